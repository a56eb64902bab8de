"""A reader's query as PostgreSQL reads it: cleaned, websearch syntax, synonyms."""

import re
import unicodedata

from django.contrib.postgres.search import SearchQuery

from articles.models import SearchSynonym
from articles.search.snippets import START, STOP
from articles.sql import SEARCH_CONFIG as CONFIG

MAX_QUERY_LENGTH = 200
# Control characters, and the marks snippets highlight with.
_CONTROL = re.compile(f"[\\x00-\\x08\\x0b-\\x1f\\x7f{START}{STOP}]")
# "keytruda/opdivo" means either; the parser would read it as one file-path token.
_SLASH_BETWEEN_WORDS = re.compile(r"(?<=[^\W\d_])/(?=[^\W\d_])")
# "pleural-effusion" means both words; the parser would look for the compound token
# 'pleural-effus', which text saying "pleural effusion" does not hold.
_HYPHEN_BETWEEN_WORDS = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")


def clean_query(raw: str) -> str:
    """What the reader typed, made safe to search: no control characters, one line,
    at most MAX_QUERY_LENGTH characters."""
    text = unicodedata.normalize("NFC", _CONTROL.sub(" ", raw or ""))
    text = _SLASH_BETWEEN_WORDS.sub(" or ", text)
    text = _HYPHEN_BETWEEN_WORDS.sub(" ", text)
    return " ".join(text.split())[:MAX_QUERY_LENGTH].strip()


class SynonymQuery(SearchQuery):
    """websearch_to_tsquery of a query in which each synonym group stands as one
    placeholder word, rewritten (ts_rewrite) to "any of the group's words".

    So "opdivo and yervoy" is (opdivo or nivolumab) and (yervoy or ipilimumab), and
    "-chemo" excludes chemotherapy too: a query that grows with the number of
    synonyms, not with the number of their combinations.
    """

    def __init__(self, text: str, groups: dict[str, list[str]]):
        super().__init__(text, search_type="websearch", config=CONFIG)
        self.groups = groups

    def as_sql(self, compiler, connection, function=None, template=None):
        sql, params = super().as_sql(compiler, connection, function, template)
        for placeholder, words in self.groups.items():
            any_word = " || ".join(["phraseto_tsquery(%s::regconfig, %s)"] * len(words))
            sql = f"ts_rewrite({sql}, to_tsquery(%s::regconfig, %s), {any_word})"
            params = [*params, CONFIG, placeholder]
            for word in words:
                params += [CONFIG, word]
        return sql, params


def build_query(query: str) -> SearchQuery | None:
    """The query as PostgreSQL reads it: websearch syntax, synonyms applied."""
    text, groups = replace_synonyms(query)
    return SynonymQuery(text, groups) if text.strip() else None


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
