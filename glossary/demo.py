"""The demo glossary (glossary/demo_terms.py), added by `manage.py load_demo`
through its demo_loaded signal. A term that exists already (matched by slug) is left
as it is, edits included."""

from articles.models import Article
from glossary.demo_terms import TERMS
from glossary.models import Term


def load_demo_terms(sender, **kwargs) -> dict[str, int]:
    guides = dict(
        Article.objects.filter(
            slug__in={entry["guide"] for entry in TERMS if entry["guide"]}
        ).values_list("slug", "pk")
    )
    created = {}
    for entry in TERMS:
        term, is_new = Term.objects.get_or_create(
            slug=entry["slug"],
            defaults={
                "term": entry["term"],
                "other_forms": entry["other_forms"],
                "definition": entry["definition"],
                "guide_id": guides.get(entry["guide"]),
            },
        )
        if is_new:
            created[term.slug] = term
    by_slug = {
        term.slug: term
        for term in Term.objects.filter(
            slug__in={slug for entry in TERMS for slug in entry["see_also"]}
        )
    }
    for entry in TERMS:
        if entry["slug"] in created:
            created[entry["slug"]].see_also.set(
                [by_slug[slug] for slug in entry["see_also"] if slug in by_slug]
            )
    return {"glossary terms": len(created)}
