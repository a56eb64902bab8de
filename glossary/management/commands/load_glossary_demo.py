from django.core.management.base import BaseCommand
from django.db import transaction

from articles.models import Article
from glossary.demo_terms import TERMS
from glossary.models import Term


class Command(BaseCommand):
    help = (
        "Load the demo glossary (glossary/demo_terms.py). Idempotent: a term that "
        "exists already (matched by slug) is left as it is, edits included."
    )

    def handle(self, *args, **options) -> None:
        with transaction.atomic():
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
                    slug__in={s for e in TERMS for s in e["see_also"]}
                )
            }
            for entry in TERMS:
                if entry["slug"] in created:
                    created[entry["slug"]].see_also.set(
                        [by_slug[s] for s in entry["see_also"] if s in by_slug]
                    )
        if created:
            self.stdout.write(f"Demo glossary loaded: {len(created)} terms.")
        else:
            self.stdout.write("Demo glossary: every term was there already.")
