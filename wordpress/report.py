"""What an import did, item by item, and its totals: the report the command prints
and the admin page shows."""

from collections import Counter
from dataclasses import dataclass, field


@dataclass
class ReportLine:
    outcome: str  # imported, updated, unchanged, skipped, failed
    what: str  # e.g. 'Post 12 “Chemotherapy”'
    note: str = ""


@dataclass
class ImportReport:
    """What an import did, item by item, and its totals."""

    dry_run: bool = False
    lines: list[ReportLine] = field(default_factory=list)
    redirects_made: int = 0
    media_found: int = 0
    media_missing: list[str] = field(default_factory=list)
    comments: int = 0

    def add(self, outcome: str, what: str, note: str = "") -> None:
        self.lines.append(ReportLine(outcome, what, note))

    def totals(self) -> list[tuple[str, int]]:
        """The summary table's rows, in a fixed order."""
        counts = Counter(line.outcome for line in self.lines)
        return [
            ("Imported", counts["imported"]),
            ("Updated", counts["updated"]),
            ("Unchanged", counts["unchanged"]),
            ("Skipped", counts["skipped"]),
            ("Failed", counts["failed"]),
            ("Redirects made", self.redirects_made),
            ("Media found", self.media_found),
            ("Media missing", len(self.media_missing)),
            ("Comments (not imported)", self.comments),
        ]

    def notes(self) -> list[ReportLine]:
        """The lines worth reading: everything but the plainly unchanged."""
        return [line for line in self.lines if line.note or line.outcome != "unchanged"]
