"""Item by item: lining up two lists of blocks or sources, folding what did not change.

An unchanged stretch away from any change folds into one line a reviewer can open.
"""

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from django.utils.html import format_html
from django.utils.safestring import SafeString

from articles.diffs.words import join, opcodes

# Two items count as one that changed when this much of their words match.
SIMILAR = 0.5
# A changed stretch with more old x new items than this is shown removed, then added,
# without looking for pairs: it is a rewrite, and pairing costs old x new comparisons.
PAIRING_LIMIT = 625
# Unchanged items shown on each side of a change.
CONTEXT = 1


@dataclass
class Row:
    old: int | None  # index of the item in the old list, None when added
    new: int | None  # index of the item in the new list, None when removed
    status: str  # equal, changed, added, removed or moved
    note: str = ""  # where a moved item went or came from


def align(
    old_keys: Sequence, new_keys: Sequence, old_words: Sequence, new_words: Sequence
) -> list[Row]:
    """Return the rows of a diff of two lists of items, in reading order.

    Items are equal when their keys are; in a changed stretch, an old and a new item
    whose words (tuples of str) are similar enough pair up as one changed item.
    """
    rows = []
    for tag, i1, i2, j1, j2 in opcodes(old_keys, new_keys):
        if tag == "equal":
            pairs = zip(range(i1, i2), range(j1, j2), strict=True)
            rows += [Row(i, j, "equal") for i, j in pairs]
            continue
        for i, j in _pair(old_words[i1:i2], new_words[j1:j2]):
            if i is None:
                rows.append(Row(None, j1 + j, "added"))
            elif j is None:
                rows.append(Row(i1 + i, None, "removed"))
            else:
                rows.append(Row(i1 + i, j1 + j, "changed"))
    _find_moves(rows, old_keys, new_keys)
    return rows


def render_rows(
    rows: list[Row],
    render: Callable[[Row], SafeString],
    noun: Callable[[Row], tuple[str, str]],
    is_heading: Callable[[Row], bool],
) -> SafeString:
    """Render rows; unchanged stretches away from a change and its heading fold away.

    noun gives the singular and plural that count a folded item ("paragraph").
    """
    shown: set[int] = set()
    heading = None
    for n, row in enumerate(rows):
        if row.status != "equal":
            shown.update(range(n - CONTEXT, n + CONTEXT + 1))
            if heading is not None:
                shown.add(heading)
        if is_heading(row):
            heading = n
    parts: list[SafeString] = []
    folded: list[Row] = []

    def fold() -> None:
        if len(folded) > 1:
            counts = Counter(noun(row) for row in folded)
            summary = [
                f"{c} {one if c == 1 else many}" for (one, many), c in counts.items()
            ]
            parts.append(
                format_html(
                    '<details class="diff-fold"><summary>{} unchanged</summary>'
                    "{}</details>",
                    _and(summary),
                    join([render(row) for row in folded]),
                )
            )
        else:
            parts.extend(render(row) for row in folded)
        folded.clear()

    for n, row in enumerate(rows):
        if n in shown:
            fold()
            parts.append(render(row))
        else:
            folded.append(row)
    fold()
    return join(parts)


def _pair(olds: Sequence, news: Sequence) -> list[tuple[int | None, int | None]]:
    """Pair the most similar old and new items in order; the rest are removed or added.

    The way difflib's Differ pairs similar lines, with the ratios computed once.
    """
    if len(olds) * len(news) > PAIRING_LIMIT:
        return [(i, None) for i in range(len(olds))] + [
            (None, j) for j in range(len(news))
        ]
    lower_olds = [[word.lower() for word in old] for old in olds]
    scores = {}
    matcher = SequenceMatcher(autojunk=False)
    for j, new in enumerate(news):
        lower_new = [word.lower() for word in new]
        matcher.set_seq2(lower_new)
        for i, old in enumerate(lower_olds):
            matcher.set_seq1(old)
            # The quick upper bounds first; the ratio itself only when they pass.
            if (
                matcher.real_quick_ratio() >= SIMILAR
                and matcher.quick_ratio() >= SIMILAR
                and (ratio := _ratio(old, lower_new)) >= SIMILAR
            ):
                scores[i, j] = ratio

    def walk(i1: int, i2: int, j1: int, j2: int) -> list:
        inside = [
            (ratio, -i, -j)
            for (i, j), ratio in scores.items()
            if i1 <= i < i2 and j1 <= j < j2
        ]
        if not inside:
            return [(i, None) for i in range(i1, i2)] + [
                (None, j) for j in range(j1, j2)
            ]
        _, i, j = max(inside)  # the best pair; on a tie, the first
        i, j = -i, -j
        return walk(i1, i, j1, j) + [(i, j)] + walk(i + 1, i2, j + 1, j2)

    return walk(0, len(olds), 0, len(news))


def _ratio(a: Sequence, b: Sequence) -> float:
    """Return difflib's ratio of a and b, fast when they share a long start or end."""
    matched = sum(i2 - i1 for tag, i1, i2, _, _ in opcodes(a, b) if tag == "equal")
    return 2 * matched / (len(a) + len(b)) if a or b else 1.0


def _find_moves(rows: list[Row], old_keys: Sequence, new_keys: Sequence) -> None:
    """Mark an item removed in one place and added unchanged in another as moved."""
    removed_at: dict = {}
    for n, row in enumerate(rows):
        if row.status == "removed":
            removed_at.setdefault(old_keys[row.old], []).append(n)
    for n, row in enumerate(rows):
        if row.status == "added" and removed_at.get(new_keys[row.new]):
            m = removed_at[new_keys[row.new]].pop(0)
            down = m < n
            rows[m].status = row.status = "moved"
            rows[m].note = "Moved further down:" if down else "Moved further up:"
            row.note = "Moved here from further " + ("up:" if down else "down:")


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"
