"""Background jobs of the guides (procrastinate)."""

from procrastinate.contrib.django import app

from articles.models import SearchTermCount
from articles.services import articles_publish_due


# Priority 20 (higher runs first, the default is 0): a guide due now goes live on time
# even while thousands of mails are queued (subscriptions.tasks has the whole scheme).
@app.periodic(cron="* * * * *", periodic_id="publish_due_guides")
@app.task(queueing_lock="publish_due_guides", priority=20)
def publish_due_guides(timestamp: int) -> None:
    """Every minute: announce scheduled guides whose go-live time has come."""
    articles_publish_due()


@app.periodic(cron="20 4 * * *", periodic_id="count_search_terms")
@app.task(queueing_lock="count_search_terms")
def count_search_terms(timestamp: int) -> None:
    """Every day at 04:20: count again how many live guides name each term, which
    weighs the words of a search (articles.search.ranking.weighted_words)."""
    SearchTermCount.objects.refresh()
