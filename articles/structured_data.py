"""schema.org JSON-LD: who reviewed a guide and when, its breadcrumbs, the FAQ."""

from django.http import HttpRequest
from django.urls import reverse

from articles.models import Article, FaqEntry
from articles.sanitize import html_to_text

SCHEMA = "https://schema.org"
SITE_NAME = "Mesothelioma Treatment Guides"


def _person(person) -> dict:
    return {"@type": "Person", "name": person.name, "description": person.credentials}


def _reviewer(sign_off) -> dict:
    """The reviewer as they signed: name and credentials at the time."""
    return {
        "@type": "Person",
        "name": sign_off.reviewer_name,
        "description": sign_off.reviewer_credentials,
    }


def article_data(article: Article, request: HttpRequest) -> list[dict]:
    """MedicalWebPage and BreadcrumbList for a guide."""
    url = request.build_absolute_uri(article.get_absolute_url())
    page = {
        "@context": SCHEMA,
        "@type": "MedicalWebPage",
        "name": article.title,
        "headline": article.title,
        "description": article.summary,
        "url": url,
        "inLanguage": "en",
        "about": {"@type": "MedicalCondition", "name": "Mesothelioma"},
        "audience": {"@type": "MedicalAudience", "audienceType": "Patient"},
        "author": _person(article.author),
        "publisher": {"@type": "Organization", "name": SITE_NAME},
        "dateModified": article.updated_at.isoformat(),
    }
    if article.first_published_at:
        page["datePublished"] = article.first_published_at.isoformat()
    if article.last_reviewed_on:
        page["lastReviewed"] = article.last_reviewed_on.isoformat()
    if article.sign_off_id:
        page["reviewedBy"] = _reviewer(article.sign_off)
    citations = [source.citation for source in article.public_sources()]
    if citations:
        page["citation"] = citations
    return [page, breadcrumb_data(article, request)]


def breadcrumb_data(article: Article, request: HttpRequest) -> dict:
    trail = [
        ("Home", reverse("articles:home")),
        (article.category.name, article.category.get_absolute_url()),
        (article.title, article.get_absolute_url()),
    ]
    return {
        "@context": SCHEMA,
        "@type": "BreadcrumbList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": position,
                "name": name,
                "item": request.build_absolute_uri(path),
            }
            for position, (name, path) in enumerate(trail, start=1)
        ],
    }


def faq_data(entries: list[FaqEntry]) -> dict:
    """FAQPage with every published question and its plain-text answer."""
    return {
        "@context": SCHEMA,
        "@type": "FAQPage",
        "mainEntity": [
            {
                "@type": "Question",
                "name": entry.question,
                "acceptedAnswer": {
                    "@type": "Answer",
                    "text": html_to_text(entry.answer),
                },
            }
            for entry in entries
        ],
    }
