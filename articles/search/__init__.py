"""Site search in PostgreSQL: weighted stored vectors, websearch syntax, synonyms,
trigram "did you mean", and snippets escaped before the highlight marks go in.

`search()` is the front door. query.py reads what the reader typed, ranking.py finds
and orders the matches, suggestions.py proposes a spelling, snippets.py describes
the results shown, and articles/sql/search.sql (applied by migrations, see
articles/sql/__init__.py) keeps the vectors in the database.
"""

from dataclasses import dataclass

from articles.models import Category
from articles.search import snippets
from articles.search.query import build_query, read_query
from articles.search.ranking import ranked_results
from articles.search.results import Result
from articles.search.suggestions import suggest

__all__ = ["Outcome", "Result", "search"]


@dataclass
class Outcome:
    query: str
    results: list[Result]
    # What the reader typed, shown back when it held no word to search for.
    typed: str = ""
    # The query searched is the start of a longer one (query.MAX_WORDS).
    shortened: bool = False
    suggestion: str = ""
    showing_suggestion: bool = False

    @property
    def with_some_words(self) -> int:
        """How many results have only some of the query's words (they come last)."""
        return sum(result.partial for result in self.results)

    @property
    def with_all_words(self) -> int:
        return len(self.results) - self.with_some_words

    @property
    def found_nothing(self) -> bool:
        """Whether the reader's own words found nothing (the suggestion's may have)."""
        return bool(self.query) and (not self.results or self.showing_suggestion)

    def describe(self, results: list[Result]) -> None:
        """Fill in title, link, topic and a highlighted snippet for the results
        shown: two queries for a page, however many results the search found."""
        searched = self.suggestion if self.showing_suggestion else self.query
        snippets.describe(results, build_query(searched))


def search(raw_query: str, category: Category | None = None) -> Outcome:
    """Guides and FAQ answers for a query, best first; a suggestion when few match.

    It only reads: the caller records a search that found nothing
    (articles.services.unanswered_search_record).
    """
    read = read_query(raw_query)
    query = read.text
    if not query:
        return Outcome(query="", results=[], typed=read.typed)
    results = ranked_results(query, category)
    outcome = Outcome(query=query, results=results, shortened=read.shortened)
    if len(results) < 3:
        suggestion = suggest(query)
        if suggestion:
            outcome.suggestion = suggestion
            if not results:
                outcome.results = ranked_results(suggestion, category)
                outcome.showing_suggestion = bool(outcome.results)
    return outcome
