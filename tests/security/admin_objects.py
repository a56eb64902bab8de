"""One object of every model the admin shows, for the authorization tests."""

import reversion
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.contrib.auth.models import Group
from django.utils import timezone
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice
from procrastinate.contrib.django.models import ProcrastinateJob
from reversion.models import Version

from articles.models import (
    PromotedResult,
    SearchSynonym,
    UnansweredSearch,
    WorkflowEvent,
)
from sourcecheck.models import SourceCheck
from staff.models import SignInEvent, SignInEventKind
from subscriptions.follow_requests import follow_request_handle
from subscriptions.models import ConsentRecord, Delivery, FollowRequest
from subscriptions.services import subscriber_request
from tests.factories import (
    AnnouncementFactory,
    ArticleFactory,
    FaqEntryFactory,
    FeedbackFactory,
    MediaFileFactory,
    PageFactory,
    PersonFactory,
    RedirectFactory,
    SubscriberFactory,
    TagFactory,
    TermFactory,
)
from trials.models import ClinicalTrial
from wordpress.models import ImportedItem


def admin_objects(accounts) -> dict[str, list]:
    """The arguments of each model's object pages (its primary key first), by model
    label; "version" is a reversion version of a site page."""
    guide = ArticleFactory()
    entry = FaqEntryFactory()
    with reversion.create_revision():
        page = PageFactory()
    subscriber = SubscriberFactory()
    subscriber_request(
        email="new@example.org",
        topics=[],
        frequency="immediate",
        source="/",
        ip="10.0.0.1",
    )
    # What the worker does with it: a pending follower, a consent record, a link.
    follow_request_handle(request_id=FollowRequest.objects.get().pk)
    attempt = AccessAttempt.objects.create(
        username="x", ip_address="10.0.0.1", user_agent="x", failures_since_start=1
    )
    objects = {
        "articles.article": guide,
        "articles.faqentry": entry,
        "articles.category": guide.category,
        "articles.tag": TagFactory(),
        "articles.person": PersonFactory(),
        "articles.announcement": AnnouncementFactory(),
        "articles.page": page,
        "articles.redirect": RedirectFactory(),
        "articles.searchsynonym": SearchSynonym.objects.create(
            term="a", equivalents="b"
        ),
        "articles.promotedresult": PromotedResult.objects.create(
            term="x", article=guide
        ),
        "articles.unansweredsearch": UnansweredSearch.objects.create(query="x"),
        "articles.workflowevent": WorkflowEvent.objects.of(guide).first(),
        # Its report takes the guide: the answer's id is the guide's.
        "feedback.feedback": FeedbackFactory(pk=guide.pk, article=guide),
        "glossary.term": TermFactory(guide=guide),
        "media_library.mediafile": MediaFileFactory(),
        "subscriptions.subscriber": subscriber,
        "subscriptions.consentrecord": ConsentRecord.objects.first(),
        "subscriptions.delivery": Delivery.objects.create(
            subscriber=subscriber, article=guide
        ),
        "auth.user": accounts["editor"],
        "auth.group": Group.objects.first(),
        "axes.accessattempt": attempt,
        "axes.accesslog": AccessLog.objects.create(
            username="x",
            ip_address="10.0.0.1",
            user_agent="x",
            attempt_time=timezone.now(),
        ),
        "axes.accessfailurelog": AccessFailureLog.objects.create(
            username="x",
            ip_address="10.0.0.1",
            user_agent="x",
            attempt_time=timezone.now(),
        ),
        "procrastinate.procrastinatejob": ProcrastinateJob.objects.first(),
        "otp_static.staticdevice": StaticDevice.objects.create(
            user=accounts["editor"], name="recovery codes"
        ),
        "otp_totp.totpdevice": TOTPDevice.objects.create(
            user=accounts["editor"], name="phone"
        ),
        "sourcecheck.sourcecheck": SourceCheck.objects.create(
            url="https://example.org/source"
        ),
        "trials.clinicaltrial": ClinicalTrial.objects.create(nct_id="NCT09990001"),
        "staff.signinevent": SignInEvent.objects.create(
            kind=SignInEventKind.SIGNED_IN, username="x"
        ),
        "wordpress.importeditem": ImportedItem.objects.create(
            site="https://wp.example.org",
            kind=ImportedItem.Kind.POST,
            wp_key="1",
            content_hash="0" * 64,
            article=guide,
        ),
    }
    version = Version.objects.get_for_object(page).first()
    arguments = {label: [obj.pk] for label, obj in objects.items()}
    arguments["articles.page"].append(version.pk)
    arguments["version"] = [version.pk]
    return arguments
