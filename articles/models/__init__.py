"""The models of guides, FAQ and site pages, one module per concern.

taxonomy: topics, tags, people. guides: guides and their reads. guide_links: sources,
pinned related guides and PDF handouts. faq: questions and answers. site: the notice
bar, site pages and redirects from old addresses. search_tables: what search keeps
beside the guides. signoff: revisions of medical text and the workflow record of their
sign-off; subjects: how such a row names its one guide or FAQ entry.
review_reminders: the mails that remind of reviews coming due. editing: who has an
admin change form open. generation: the content version that page caches key on.
"""

from articles.models.editing import EditorVisit
from articles.models.faq import FaqEntry
from articles.models.generation import ContentGeneration, ContentVersion
from articles.models.guide_links import Handout, PinnedRelatedArticle, Reference
from articles.models.guide_reads import ArticleQuerySet
from articles.models.guides import Article
from articles.models.review_reminders import ReviewReminder
from articles.models.search_tables import (
    ArticleSearchHead,
    PromotedResult,
    SearchSynonym,
    SearchTermCount,
    SearchWord,
    UnansweredSearch,
)
from articles.models.share_links import ShareComment, ShareLink
from articles.models.signoff import Revision, WorkflowEvent
from articles.models.site import Announcement, Page, Redirect
from articles.models.taxonomy import Category, Person, Tag

__all__ = [
    "Announcement",
    "Article",
    "ArticleQuerySet",
    "ArticleSearchHead",
    "Category",
    "ContentGeneration",
    "ContentVersion",
    "EditorVisit",
    "FaqEntry",
    "Handout",
    "Page",
    "Person",
    "PinnedRelatedArticle",
    "PromotedResult",
    "Redirect",
    "Reference",
    "ReviewReminder",
    "Revision",
    "SearchSynonym",
    "SearchTermCount",
    "SearchWord",
    "ShareComment",
    "ShareLink",
    "Tag",
    "UnansweredSearch",
    "WorkflowEvent",
]
