"""A reader's query as PostgreSQL reads it: cleaned, websearch syntax, synonyms."""

import re
import unicodedata
from dataclasses import dataclass

from django.contrib.postgres.search import SearchQuery

from articles.models import SearchSynonym
from articles.search.snippets import START, STOP
from articles.sql import SEARCH_CONFIG as CONFIG

MAX_QUERY_LENGTH = 200
# Words searched at most: each is a lookup in the indexes, a term for the snippets to
# find and maybe a word to correct, so a pasted page costs what a question does.
MAX_WORDS = 32
# Words of a query weighed one by one in ranking (search.ranking.weighted_words): each
# is one more rank of every candidate. The words past these still have to match.
MAX_WEIGHED_WORDS = 8
# Control characters, lone surrogates (no encoding can carry them to PostgreSQL), and
# the marks snippets highlight with.
_UNREADABLE = re.compile(f"[\\x00-\\x08\\x0b-\\x1f\\x7f\\ud800-\\udfff{START}{STOP}]")
# "keytruda/opdivo" means either; the parser would read it as one file-path token.
_SLASH_BETWEEN_WORDS = re.compile(r"(?<=[^\W\d_])/(?=[^\W\d_])")
# "pleural-effusion" means both words; the parser would look for the compound token
# 'pleural-effus', which text saying "pleural effusion" does not hold.
_HYPHEN_BETWEEN_WORDS = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")
# A minus sign and what follows it up to the next letter or digit. websearch_to_tsquery
# reads every "-" before a word as one more NOT, and keeps the NOTs before a word on
# a stack of 32 (STACKDEPTH in PostgreSQL's tsquery.c): 32 minus signs in a row
# failed the search with "tsquery stack too small". A reader leaves a word out with
# one, so one is kept: a word is excluded at most once, whatever came before it.
_MINUS_AND_NO_WORD = re.compile(r"-[\W_]*")
_LETTER_OR_DIGIT = re.compile(r"[^\W_]")


@dataclass(frozen=True)
class ReaderQuery:
    """A reader's query, read."""

    text: str  # what is searched; "" when the reader typed no letter or digit
    typed: str  # what the reader typed, on one line, to show back
    shortened: bool  # words past MAX_WORDS or MAX_QUERY_LENGTH were left out


def read_query(raw: str) -> ReaderQuery:
    """What the reader typed, made safe to search: one line, no control characters,
    one minus sign at most before a word, at most MAX_WORDS words and
    MAX_QUERY_LENGTH characters. Websearch syntax ("phrases", -word, or) stays."""
    text = unicodedata.normalize("NFC", _UNREADABLE.sub(" ", raw or ""))
    typed = " ".join(text.split())
    text = _SLASH_BETWEEN_WORDS.sub(" or ", typed)
    text = _HYPHEN_BETWEEN_WORDS.sub(" ", text)
    text = _MINUS_AND_NO_WORD.sub(lambda run: "-" + run[0][1:].replace("-", ""), text)
    kept, words = [], 0
    for token in text[:MAX_QUERY_LENGTH].split():
        words += bool(_LETTER_OR_DIGIT.search(token))
        if words > MAX_WORDS:
            break
        kept.append(token)
    searched = " ".join(kept) if words else ""
    shortened = words > MAX_WORDS or len(text) > MAX_QUERY_LENGTH
    return ReaderQuery(searched, typed[:MAX_QUERY_LENGTH], shortened)


class SynonymQuery(SearchQuery):
    """websearch_to_tsquery of a query in which each synonym group stands as one
    placeholder word, rewritten (ts_rewrite) to "any of the group's words".

    So "opdivo and yervoy" is (opdivo or nivolumab) and (yervoy or ipilimumab), and
    "-chemo" excludes chemotherapy too: a query that grows with the number of
    synonyms, not with the number of their combinations.

    A query of plain words also knows its words one by one (`words`, each with its
    synonyms) and as "any of them" (`any_word`): ranking weighs each word, and a
    guide that has most of the words is found when none has them all.
    """

    def __init__(self, text: str, groups: dict[str, list[str]]):
        super().__init__(text, search_type="websearch", config=CONFIG)
        self.groups = groups
        self.words: list[SynonymQuery] = []
        self.any_word: SynonymQuery | None = None

    def as_sql(self, compiler, connection, function=None, template=None):
        sql, params = super().as_sql(compiler, connection, function, template)
        for placeholder, words in self.groups.items():
            any_word = " || ".join(["phraseto_tsquery(%s::regconfig, %s)"] * len(words))
            sql = f"ts_rewrite({sql}, to_tsquery(%s::regconfig, %s), {any_word})"
            params = [*params, CONFIG, placeholder]
            for word in words:
                params += [CONFIG, word]
        return sql, params


def build_query(query: str) -> SynonymQuery | None:
    """The query as PostgreSQL reads it: websearch syntax, synonyms applied."""
    text, groups = replace_synonyms(query)
    if not text.strip():
        return None
    search_query = SynonymQuery(text, groups)
    words = plain_words(text)
    search_query.words = [
        SynonymQuery(word, {word: groups[word]} if word in groups else {})
        for word in words
    ]
    if len(words) > 1:
        search_query.any_word = SynonymQuery(" or ".join(words), groups)
    return search_query


def plain_words(text: str) -> list[str]:
    """The distinct words of a query without websearch syntax (a "phrase", -word, or),
    at most MAX_WEIGHED_WORDS of them; none for a query with that syntax, which says
    itself how its words combine."""
    tokens = text.split()
    if '"' in text or any(t.startswith("-") or t == "or" for t in tokens):
        return []
    return list(dict.fromkeys(tokens))[:MAX_WEIGHED_WORDS]


def replace_synonyms(query: str) -> tuple[str, dict[str, list[str]]]:
    """The lower-cased query with every word or phrase of a known synonym group put
    as the group's placeholder, and the groups so used by placeholder."""
    text = query.lower()
    groups = {}
    for synonym in SearchSynonym.objects.all():
        words = synonym.words()
        # Longest first: "lung lining" rather than "lung". Not inside a compound:
        # "pleural-1" is not "pleural". "-chemo" is: it excludes the whole group.
        any_word = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
        # A letters-and-digits token: the parser keeps it whole, no dictionary
        # changes it, and a reader is unlikely to type it.
        placeholder = f"synonym{synonym.pk}x"
        text, found = re.subn(
            rf"(?<!\w)(?<!\w-)(?:{any_word})(?![\w-])", placeholder, text
        )
        if found:
            groups[placeholder] = words
    return text, groups
