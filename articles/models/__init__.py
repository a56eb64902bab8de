"""The models of guides, FAQ and site pages, one module per concern.

taxonomy: topics, tags, people. guides: guides and their reads. guide_links: sources
and pinned related guides. faq: questions and answers. site: the notice bar and
site pages. search_tables: what search keeps beside the guides. editing: who has an
admin change form open.
"""

from articles.models.editing import EditorVisit
from articles.models.faq import FaqEntry
from articles.models.guide_links import PinnedRelatedArticle, Reference
from articles.models.guides import Article, ArticleQuerySet
from articles.models.search_tables import (
    ArticleSearchHead,
    PromotedResult,
    SearchSynonym,
    SearchWord,
    UnansweredSearch,
)
from articles.models.site import Announcement, Page
from articles.models.taxonomy import Category, Person, Tag

__all__ = [
    "Announcement",
    "Article",
    "ArticleQuerySet",
    "ArticleSearchHead",
    "Category",
    "EditorVisit",
    "FaqEntry",
    "Page",
    "Person",
    "PinnedRelatedArticle",
    "PromotedResult",
    "Reference",
    "SearchSynonym",
    "SearchWord",
    "Tag",
    "UnansweredSearch",
]
