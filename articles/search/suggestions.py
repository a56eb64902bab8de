""" "Did you mean": misspelt words replaced by the closest words the site knows."""

import re

from django.db import connection

from articles.models import Article, Category, SearchSynonym

# The words a suggestion considers: runs of four letters or more, as
# articles_title_words() in articles/sql/search.sql splits titles.
_WORD = re.compile(r"[a-z]{4,}")


def suggest(query: str) -> str:
    """The query with misspelt words replaced by the closest known words, or ""."""
    words = sorted(set(_WORD.findall(query.lower())))
    if not words:
        return ""
    corrected = query.lower()
    for word, best in _corrections(words).items():
        corrected = re.sub(rf"(?<!\w){re.escape(word)}(?!\w)", best, corrected)
    return corrected if corrected != query.lower() else ""


def _corrections(words: list[str]) -> dict[str, str]:
    """For each word that is not a known word, the closest known word: among those
    similar enough by trigrams or one or two edits away, the fewest edits away
    ("pleurel" is "pleural", not the more trigram-similar "pleura"; "feilds" is
    "fields"). Known: the words of live guides' titles (SearchWord, the closest few
    by its trigram index), of their tags, of topics and synonyms. Never a word of a
    draft, scheduled or withdrawn guide alone: a suggestion would reveal it."""
    names = list(Article.objects.published().tags_used().values_list("name", flat=True))
    names += list(Category.objects.values_list("name", flat=True))
    for synonym in SearchSynonym.objects.all():
        names += synonym.words()
    named = sorted({w for name in names for w in _WORD.findall(name.lower())})
    with connection.cursor() as cursor:
        cursor.execute(
            """
            SELECT asked.word, best.known
              FROM unnest(%s::text[]) AS asked (word)
             CROSS JOIN LATERAL (
                SELECT known
                  FROM (
                    SELECT unnest(%s::text[])
                    UNION ALL
                    (SELECT title_word.word FROM articles_searchword AS title_word
                      ORDER BY title_word.word <-> asked.word LIMIT 5)
                  ) AS candidates (known)
                 WHERE similarity(known, asked.word) >= 0.45
                    -- Swapped letters ("feilds") share few trigrams.
                    OR levenshtein(known, asked.word)
                       <= CASE WHEN length(asked.word) >= 6 THEN 2 ELSE 1 END
                 ORDER BY known = asked.word DESC,
                          levenshtein(known, asked.word),
                          similarity(known, asked.word) DESC,
                          known
                 LIMIT 1
             ) AS best
             WHERE best.known <> asked.word
            """,
            [words, named],
        )
        return dict(cursor.fetchall())
