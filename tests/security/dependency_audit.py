"""Audit the pinned dependencies for known vulnerabilities: `make audit` (and
`make test`, and so CI). Run as `python -m tests.security.dependency_audit`.

pip-audit reads requirements.txt and requirements-dev.txt and asks PyPI's advisory
feed about each pinned release (their dependencies included: pip-audit resolves them
as pip would). Exit status:
- 1 when a release has a known vulnerability that IGNORED does not list;
- 0 when none has, and also when the feed could not be asked (no network, the
  service down or answering without data): the audit then says plainly that nothing
  was audited and why. With AUDIT_REQUIRED=1 that case fails too. Why this is the
  default: docs/design.md, "Development and tests".
"""

import json
import os
import re
import subprocess
import sys
import tempfile
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parents[2]
REQUIREMENTS = ["requirements.txt", "requirements-dev.txt"]
# Vulnerabilities we accept for now, each with the reason; pip-audit skips them.
# An entry goes once the fix is out and pinned. ("ID": "why it does not affect us")
IGNORED: dict[str, str] = {}
TIMEOUT_SECONDS = 600
# What pip-audit's PyPI service asks for each release (pip_audit/_service/pypi.py).
FEED = "https://pypi.org/pypi/{name}/{version}/json"
_PIN = re.compile(r"^([A-Za-z0-9._-]+)(?:\[[^]]*\])?==(\S+)", re.M)


@dataclass
class Outcome:
    """What one audit found: vulnerable releases, releases it could not ask about,
    or why it did not run at all."""

    vulnerable: list[str] = field(default_factory=list)
    unasked: list[str] = field(default_factory=list)
    audited: int = 0
    not_run: str = ""

    @property
    def failed(self) -> bool:
        return bool(self.vulnerable)

    @property
    def incomplete(self) -> bool:
        return bool(self.not_run or self.unasked)


def outcome_of(returncode: int, report: str, errors: str) -> Outcome:
    """Read pip-audit's JSON report (and its exit status and error output)."""
    try:
        dependencies = json.loads(report)["dependencies"]
    except (ValueError, KeyError, TypeError):
        last = errors.strip().splitlines()[-1:] or [f"exit status {returncode}"]
        return Outcome(not_run=f"pip-audit gave no report: {last[0]}")
    outcome = Outcome()
    for dependency in dependencies:
        name = f"{dependency['name']} {dependency.get('version', '')}".strip()
        if "skip_reason" in dependency:
            outcome.unasked.append(f"{name}: {dependency['skip_reason']}")
            continue
        outcome.audited += 1
        for vulnerability in dependency.get("vulns", []):
            fixes = ", ".join(vulnerability["fix_versions"]) or "no fixed release yet"
            outcome.vulnerable.append(
                f"{name}: {vulnerability['id']} (fixed in {fixes})"
            )
    if dependencies and not outcome.audited:
        outcome.not_run = (
            "the advisory service answered without data for every release "
            f"({len(outcome.unasked)} of {len(dependencies)})"
        )
    return outcome


def run_pip_audit(requirements=REQUIREMENTS, extra: tuple[str, ...] = ()) -> Outcome:
    """Run pip-audit on requirement files (relative to the repository) and read it."""
    with tempfile.TemporaryDirectory() as scratch:
        report = Path(scratch) / "report.json"
        files = [str(BASE_DIR / name) for name in requirements]
        command = [
            sys.executable, "-m", "pip_audit",
            *(argument for name in files for argument in ("-r", name)),
            "--format", "json", "--output", str(report), "--progress-spinner", "off",
            "--timeout", "30",
            *(argument for vuln in IGNORED for argument in ("--ignore-vuln", vuln)),
            *extra,
        ]  # fmt: skip
        try:
            result = subprocess.run(  # noqa: S603 (our own command line)
                command, capture_output=True, text=True, timeout=TIMEOUT_SECONDS
            )
        except subprocess.TimeoutExpired:
            return Outcome(not_run=f"pip-audit did not finish in {TIMEOUT_SECONDS} s")
        text = report.read_text() if report.exists() else ""
        return outcome_of(result.returncode, text, result.stderr)


def describe(outcome: Outcome, *, required: bool) -> tuple[int, str]:
    """The exit status and what to print."""
    if outcome.failed:
        lines = "\n".join(f"  {line}" for line in outcome.vulnerable)
        return 1, (
            "Dependency audit FAILED: known vulnerabilities in pinned releases:\n"
            f"{lines}\n"
            "Upgrade the pin in requirements.txt or requirements-dev.txt to a fixed "
            "release and run make test; if there is no fix, list the ID in IGNORED in "
            "tests/security/dependency_audit.py with the reason (README, Dependencies)."
        )
    if outcome.not_run:
        status = 1 if required else 0
        return status, (
            f"Dependency audit NOT RUN: {outcome.not_run}.\n"
            "Nothing was checked against the advisory feed. Run `make audit` where "
            "PyPI's JSON API can be reached"
            + (" (AUDIT_REQUIRED=1: this fails the run)." if required else ".")
        )
    summary = f"Dependency audit: {outcome.audited} releases, no known vulnerabilities"
    if IGNORED:
        summary += f" ({len(IGNORED)} ignored, see IGNORED)"
    if outcome.unasked:
        lines = "\n".join(f"  {line}" for line in outcome.unasked)
        summary += f".\nNot audited:\n{lines}"
        return (1 if required else 0), summary
    return 0, summary + "."


def feed_unavailable(requirements=REQUIREMENTS[0], feed: str = FEED) -> str:
    """Why the advisory feed cannot be asked, or "" when it answers for our first
    pin: asked first, so that a run without it does not resolve every requirement
    (half a minute) to find out."""
    name, version = _PIN.search((BASE_DIR / requirements).read_text()).groups()
    url = feed.format(name=name.lower(), version=version)
    try:
        with urllib.request.urlopen(url, timeout=15) as response:  # noqa: S310 (https)
            answer = json.load(response)
    except urllib.error.HTTPError as error:
        return f"{url} answered {error.code} {error.reason}"
    except (OSError, ValueError) as error:  # unreachable, timed out, not JSON
        return f"{url} could not be read: {error}"
    return "" if "vulnerabilities" in answer else f"{url} has no advisory data"


def main() -> int:
    unavailable = feed_unavailable()
    outcome = Outcome(not_run=unavailable) if unavailable else run_pip_audit()
    status, message = describe(
        outcome, required=os.environ.get("AUDIT_REQUIRED") == "1"
    )
    stream = sys.stderr if status else sys.stdout
    stream.write(message + "\n")
    return status


if __name__ == "__main__":
    sys.exit(main())
