import hashlib
import secrets

from django.conf import settings
from django.db import models
from django.db.models import Count, Q
from django.utils import timezone

from articles.models import Article, Category


def new_manage_token() -> str:
    return secrets.token_urlsafe(32)


def fingerprint(value: str) -> str:
    """A keyed hash: records can be matched without storing the address or IP."""
    key = settings.SECRET_KEY.encode()
    return hashlib.blake2b(value.encode(), key=key[:64], digest_size=16).hexdigest()


class SubscriberQuerySet(models.QuerySet):
    def confirmed(self):
        return self.filter(status=Subscriber.Status.CONFIRMED)

    def immediate(self):
        return self.filter(frequency=Subscriber.Frequency.IMMEDIATE)

    def weekly(self):
        return self.filter(frequency=Subscriber.Frequency.WEEKLY)

    def following(self, category_ids):
        """Who gets guides on any of these topics: all topics (none chosen) or one."""
        return self.filter(Q(topics=None) | Q(topics__in=category_ids)).distinct()

    def counts_by_topic(self) -> list[dict]:
        """Confirmed followers by topic and frequency, for editors: no addresses.

        The first row is those who chose no topic (they get all); then each topic,
        with its followers who chose it. Someone who chose two topics is in both rows.
        Two queries.
        """
        at_once = Q(frequency=Subscriber.Frequency.IMMEDIATE)
        weekly = Q(frequency=Subscriber.Frequency.WEEKLY)
        everything = (
            self.confirmed()
            .filter(topics=None)
            .aggregate(
                at_once=Count("pk", filter=at_once), weekly=Count("pk", filter=weekly)
            )
        )
        confirmed = Q(subscribers__status=Subscriber.Status.CONFIRMED)
        topics = Category.objects.annotate(
            at_once=Count(
                "subscribers",
                filter=confirmed
                & Q(subscribers__frequency=Subscriber.Frequency.IMMEDIATE),
            ),
            weekly=Count(
                "subscribers",
                filter=confirmed
                & Q(subscribers__frequency=Subscriber.Frequency.WEEKLY),
            ),
        ).values("name", "at_once", "weekly")
        return [{"name": "All topics (chose none)", **everything}, *topics]


class Subscriber(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", "Waiting for confirmation"
        CONFIRMED = "confirmed", "Confirmed"
        UNSUBSCRIBED = "unsubscribed", "Unsubscribed"
        BOUNCED = "bounced", "Bounced"

    class Frequency(models.TextChoices):
        IMMEDIATE = "immediate", "An email for each new guide"
        WEEKLY = "weekly", "A weekly digest"

    # Stored lower-cased, so unique means unique whatever the case typed.
    email = models.EmailField(max_length=254, unique=True)
    status = models.CharField(max_length=20, choices=Status, default=Status.PENDING)
    topics = models.ManyToManyField(
        Category,
        blank=True,
        related_name="subscribers",
        help_text="None means all topics.",
    )
    frequency = models.CharField(
        max_length=20, choices=Frequency, default=Frequency.IMMEDIATE
    )
    manage_token = models.CharField(
        max_length=64, unique=True, default=new_manage_token
    )
    created_at = models.DateTimeField(auto_now_add=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    unsubscribed_at = models.DateTimeField(null=True, blank=True)
    last_confirmation_sent_at = models.DateTimeField(null=True, blank=True)
    permanent_failures = models.PositiveSmallIntegerField(default=0)

    objects = SubscriberQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(email=models.functions.Lower("email")),
                name="subscriber_email_lower_case",
            )
        ]

    def __str__(self) -> str:
        return self.email

    def has_left(self) -> bool:
        """Unsubscribed or bounced: only a new request can bring the address back."""
        return self.status in (self.Status.UNSUBSCRIBED, self.Status.BOUNCED)


class ConsentRecord(models.Model):
    """Proof of what a reader agreed to, when, on which wording; kept after erasure."""

    class Action(models.TextChoices):
        SUBSCRIBE = "subscribe", "Asked to subscribe"
        CONFIRM = "confirm", "Confirmed"
        CHANGE = "change", "Changed topics or frequency"
        UNSUBSCRIBE = "unsubscribe", "Unsubscribed"
        ERASE = "erase", "Erased their data"

    subscriber = models.ForeignKey(
        Subscriber, null=True, on_delete=models.SET_NULL, related_name="consents"
    )
    email_hash = models.CharField(max_length=32, db_index=True)
    action = models.CharField(max_length=20, choices=Action)
    wording_version = models.CharField(max_length=20)
    source = models.CharField(max_length=200, blank=True, help_text="Page or channel.")
    ip_hash = models.CharField(max_length=32, blank=True)
    details = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.get_action_display()} at {self.created_at:%Y-%m-%d %H:%M}"


class DeliveryQuerySet(models.QuerySet):
    def pending(self):
        return self.filter(status=Delivery.Status.PENDING)

    def for_sending(self):
        """In id order, with all a mail names."""
        return self.select_related(
            "subscriber", "article__category", "article__sign_off", "update"
        ).order_by("pk")


class Delivery(models.Model):
    """One mail to one subscriber: a new guide, an update of one, or a weekly digest.
    Sent at least once."""

    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        SENT = "sent", "Sent"
        FAILED = "failed", "Failed"

    subscriber = models.ForeignKey(
        Subscriber, on_delete=models.CASCADE, related_name="deliveries"
    )
    article = models.ForeignKey(
        Article,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="deliveries",
        help_text="The guide announced (empty for a digest).",
    )
    update = models.ForeignKey(
        "articles.WorkflowEvent",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text="For an update of a guide: its approval (empty for a new guide).",
    )
    digest_week = models.DateField(
        null=True, blank=True, help_text="For a digest: the day its week starts."
    )
    status = models.CharField(max_length=20, choices=Status, default=Status.PENDING)
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    objects = DeliveryQuerySet.as_manager()

    class Meta:
        verbose_name_plural = "deliveries"
        constraints = [
            models.UniqueConstraint(
                fields=["subscriber", "article"],
                condition=Q(article__isnull=False, update__isnull=True),
                name="one_delivery_per_article",
            ),
            models.UniqueConstraint(
                fields=["subscriber", "update"],
                condition=Q(update__isnull=False),
                name="one_delivery_per_update",
            ),
            models.CheckConstraint(
                condition=Q(update__isnull=True) | Q(article__isnull=False),
                name="update_delivery_names_its_guide",
            ),
            models.UniqueConstraint(
                fields=["subscriber", "digest_week"],
                condition=Q(digest_week__isnull=False),
                name="one_digest_per_week",
            ),
            models.CheckConstraint(
                condition=Q(article__isnull=True) ^ Q(digest_week__isnull=True),
                name="delivery_is_a_guide_or_a_digest",
            ),
        ]
        indexes = [
            models.Index(fields=["article", "status"], name="delivery_article_status")
        ]

    def __str__(self) -> str:
        what = self.article or f"digest of {self.digest_week}"
        return f"{what} → {self.subscriber}"


class SubscribeAttempt(models.Model):
    """A subscribe POST, kept briefly to limit requests per IP address."""

    ip_hash = models.CharField(max_length=32)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        indexes = [
            models.Index(fields=["ip_hash", "created_at"], name="attempt_ip_time")
        ]

    def __str__(self) -> str:
        return f"{self.ip_hash} at {self.created_at:%Y-%m-%d %H:%M}"


class FollowRequest(models.Model):
    """A follow form as it was sent, kept until the worker has acted on it.

    The form does the same database work for every address (this row and its job), so
    its timing tells nobody who follows; what the request means (a new follower, a
    new link, nothing for an address that already follows) is decided by the worker
    (subscriptions/follow_requests.py), which then deletes the row.
    """

    email = models.EmailField(max_length=254)
    topic_ids = models.JSONField(default=list, blank=True)
    frequency = models.CharField(max_length=20, choices=Subscriber.Frequency)
    source = models.CharField(max_length=200, blank=True)
    ip_hash = models.CharField(max_length=32, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"Follow request at {self.created_at:%Y-%m-%d %H:%M}"
