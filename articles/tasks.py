"""Background jobs of the guides (procrastinate)."""

from procrastinate.contrib.django import app

from articles.services import articles_publish_due


@app.periodic(cron="* * * * *", periodic_id="publish_due_guides")
@app.task(queueing_lock="publish_due_guides")
def publish_due_guides(timestamp: int) -> None:
    """Every minute: announce scheduled guides whose go-live time has come."""
    articles_publish_due()
