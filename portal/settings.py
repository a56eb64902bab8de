"""Settings: one module, read from the environment (.env.example lists every variable).

Production is the default: with DEBUG off the app refuses to start without SECRET_KEY,
ALLOWED_HOSTS and DATABASE_URL. `make run` and `make test` turn DEBUG on, and then an
embedded PostgreSQL is started when DATABASE_URL is unset. A variable set to an empty
value counts as unset.
"""

import ipaddress
import os
from collections.abc import Iterator, Mapping
from datetime import time, timedelta
from pathlib import Path

import environ
from csp.constants import NONE, SELF

BASE_DIR = Path(__file__).resolve().parent.parent


class NonEmptyEnviron(Mapping):
    """os.environ without its empty variables: `EMAIL_URL=` counts as unset.

    So an optional variable left empty (as in a copied .env.example) takes its default
    instead of failing to parse, and a required one left empty is missing.
    """

    def __getitem__(self, name: str) -> str:
        if value := os.environ[name]:
            return value
        raise KeyError(name)

    def __iter__(self) -> Iterator[str]:
        return (name for name, value in os.environ.items() if value)

    def __len__(self) -> int:
        return sum(1 for _ in self)


environ.Env.read_env(BASE_DIR / ".env")  # into os.environ; the environment wins
env = environ.Env()
env.ENVIRON = NonEmptyEnviron()

DEBUG = env.bool("DEBUG", default=False)

if DEBUG:
    SECRET_KEY = env("SECRET_KEY", default="django-insecure-development-only-key")
    ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost"])
    if not env("DATABASE_URL", default=""):
        from portal.devdb import ensure_dev_database

        # Exported, so the autoreloader's child, the worker and subprocesses reuse it.
        os.environ["DATABASE_URL"] = ensure_dev_database(BASE_DIR)
else:
    SECRET_KEY = env("SECRET_KEY")
    ALLOWED_HOSTS = env.list("ALLOWED_HOSTS")
    env("DATABASE_URL")  # required: production never starts a database of its own

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django.contrib.sitemaps",
    "django_ckeditor_5",
    "reversion",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "django_otp_webauthn",
    "csp",
    "procrastinate.contrib.django",
    "articles",
    "subscriptions",
    "feedback",
    "pagecache",
    "staff",
    "sourcecheck",
    "trials",
    "media_library",
    "wordpress",
    "glossary",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Outermost but one, so that every response has it: static files, cached pages,
    # 304s and error pages alike.
    "portal.middleware.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # gzip outside the ETags, which name the page, not its encoding (Django's order);
    # never on the admin, /follow/ or a signed-in user's pages (BREACH).
    "pagecache.middleware.CompressionMiddleware",
    "pagecache.middleware.ConditionalGetMiddleware",  # for HEAD too
    "portal.middleware.PublicCacheMiddleware",
    # Whole pages for anonymous readers: before the session and everything that
    # renders, after the HTTPS redirect; the headers of the middleware further in
    # (frame options, CSP) are kept with each page.
    # Before the page cache, which would answer /?p=12 with the home page; it looks
    # only at the home page's WordPress query strings (wordpress/redirects.py).
    "wordpress.redirects.OldQueryAddressMiddleware",
    "pagecache.middleware.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "portal.middleware.UnreadableRequestMiddleware",  # before the CSRF check
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",  # request.user.is_verified()
    # Staff pass a second factor before any admin page but sign-in and enrolment.
    "staff.middleware.TwoFactorRequiredMiddleware",
    "staff.middleware.SessionRenewalMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "portal.middleware.CSPMiddleware",
    # Inside the middleware above, so its 404 page gets their headers too.
    "portal.middleware.SiteNotFoundPageMiddleware",
    # Inside that, so it sees a 404 first: at an old address it answers 301.
    "articles.redirects.RedirectFallbackMiddleware",
    "axes.middleware.AxesMiddleware",  # last, as django-axes asks
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "articles.context_processors.site_navigation",
                "subscriptions.context_processors.follow_box",
            ],
        },
    },
]

DATABASES = {"default": env.db("DATABASE_URL")}
# Persistent connections (health-checked) rather than psycopg's pool: gunicorn's sync
# workers hold one connection each, so a pool per process would add nothing.
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
# PostgreSQL's default random_page_cost (4) prices a disk seek. Our tables are in
# memory or on SSDs, where 1.1 is the usual figure. With 4, the planner reads every
# FAQ entry for a common word instead of using the GIN index: 3 to 4 times slower.
_options = DATABASES["default"].setdefault("OPTIONS", {})
_options["options"] = f"{_options.get('options', '')} -c random_page_cost=1.1".strip()
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Redis when REDIS_URL is set: one cache for every process and machine. Otherwise each
# process keeps its own in memory, which is as correct (pages are keyed by the content
# version, read from PostgreSQL at each request), only renders a page once per process.
_redis = env("REDIS_URL", default="")
CACHES = {
    "default": (
        {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": _redis}
        if _redis
        else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    ),
    # Whole pages (pagecache/). In memory: up to 2,000 per process; a guide page and
    # its gzipped copy take about 20 kB, so 40 MB at most.
    "pages": (
        {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": _redis,
            "KEY_PREFIX": "pages",
        }
        if _redis
        else {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "pages",
            "OPTIONS": {"MAX_ENTRIES": 2000},
        }
    ),
}
# Seconds the page cache keeps a page at most (it never keeps one past the next
# moment the clock changes content, and a change makes a new page anyway). 0 turns
# it off. Unset: off under DEBUG, so that a template you edit shows at once.
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=0 if DEBUG else 86400)

# The reading grade editors aim at (articles.readability): the guide form and list
# mark a body above it. 8: MedlinePlus's target for health information.
READABILITY_TARGET_GRADE = env.int("READABILITY_TARGET_GRADE", default=8)

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": f"django.contrib.auth.password_validation.{name}"}
    for name in [
        "UserAttributeSimilarityValidator",
        "MinimumLengthValidator",
        "CommonPasswordValidator",
        "NumericPasswordValidator",
    ]
]
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",  # first, so locked-out logins stop here
    "django.contrib.auth.backends.ModelBackend",
]
LOGIN_URL = "admin:login"

# Staff sessions end after this many minutes without a request (a request moves the
# end on, to the minute: staff.middleware.SessionRenewalMiddleware). Sessions are for
# staff only: readers never sign in.
STAFF_SESSION_IDLE_MINUTES = env.int("STAFF_SESSION_IDLE_MINUTES", default=30)
SESSION_COOKIE_AGE = STAFF_SESSION_IDLE_MINUTES * 60

# Second factors (staff/): passkeys (django-otp-webauthn), an authenticator app (TOTP)
# and recovery codes (django-otp). Wrong codes slow down each factor exponentially:
# after n failures the next try waits 2**(n-1) seconds.
OTP_TOTP_ISSUER = "Mesothelioma Guides"
OTP_TOTP_THROTTLE_FACTOR = 1
OTP_STATIC_THROTTLE_FACTOR = 1
# The admin's device pages never show a secret (an app's key, recovery codes).
OTP_ADMIN_HIDE_SENSITIVE_DATA = True
OTP_WEBAUTHN_RP_NAME = "Mesothelioma Guides"
# Passkeys belong to the host name staff sign in at and are accepted from its origin
# (staff.passkeys), so no list of origins is kept here: its check is silenced. A
# passkey needs a domain name: in development, http://localhost:8000, not 127.0.0.1.
OTP_WEBAUTHN_RP_ID_CALLABLE = "staff.passkeys.relying_party_id"
OTP_WEBAUTHN_HELPER_CLASS = "staff.passkeys.PasskeyHelper"
SILENCED_SYSTEM_CHECKS = ["otp_webauthn.E030"]
OTP_WEBAUTHN_ALLOW_PASSWORDLESS_LOGIN = False  # a passkey is the second factor

LANGUAGE_CODE = "en-us"
TIME_ZONE = env("TIME_ZONE", default="America/New_York")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "var" / "media")
# Uploads live on this machine's disk, served by the proxy (deploy/nginx.conf). Web
# machines that share no disk keep them in S3-compatible object storage instead:
# set MEDIA_BUCKET (and MEDIA_BUCKET_ENDPOINT for a service other than AWS). Readers
# fetch them from MEDIA_BUCKET_DOMAIN (a CDN, or the bucket's public address) or
# from the bucket's address at its endpoint; MEDIA_URL follows, as the sanitizer and
# the CSP need it. The bucket must let anyone read its objects: no signed URLs,
# which would change with every page and spoil the page cache.
MEDIA_BUCKET = env("MEDIA_BUCKET", default="")
if MEDIA_BUCKET:
    MEDIA_BUCKET_ENDPOINT = env("MEDIA_BUCKET_ENDPOINT", default=None)
    MEDIA_BUCKET_DOMAIN = env("MEDIA_BUCKET_DOMAIN", default=None)
    MEDIA_URL = (
        f"https://{MEDIA_BUCKET_DOMAIN}/"
        if MEDIA_BUCKET_DOMAIN
        else f"{MEDIA_BUCKET_ENDPOINT or 'https://s3.amazonaws.com'}/{MEDIA_BUCKET}/"
    )
    MEDIA_STORAGE = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": MEDIA_BUCKET,
            "endpoint_url": MEDIA_BUCKET_ENDPOINT,
            "region_name": env("MEDIA_BUCKET_REGION", default=None),
            "access_key": env("MEDIA_BUCKET_ACCESS_KEY", default=None),
            "secret_key": env("MEDIA_BUCKET_SECRET_KEY", default=None),
            "custom_domain": MEDIA_BUCKET_DOMAIN,
            "addressing_style": "path",  # {endpoint}/{bucket}/, as MEDIA_URL says
            "querystring_auth": False,
            "file_overwrite": False,  # a new file never replaces one a page shows
            "object_parameters": {"CacheControl": "public, max-age=86400"},
        },
    }
else:
    MEDIA_STORAGE = {"BACKEND": "django.core.files.storage.FileSystemStorage"}
# The media library (media_library/): the largest file anyone may add, in bytes (the
# proxy's client_max_body_size in deploy/nginx.conf is a little above it), and the
# most pixels an image may decode to: a few compressed bytes can claim billions
# (a "decompression bomb"), and such an image is refused, not opened.
MEDIA_UPLOAD_MAX_BYTES = env.int("MEDIA_UPLOAD_MAX_BYTES", default=20 * 1024 * 1024)
MEDIA_IMAGE_MAX_PIXELS = env.int("MEDIA_IMAGE_MAX_PIXELS", default=50_000_000)
STORAGES = {
    "default": MEDIA_STORAGE,
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

EMAIL_CONFIG = env.email_url("EMAIL_URL", default="consolemail://")
vars().update(EMAIL_CONFIG)
# Absolute links in mails (confirm, manage, unsubscribe) start with this. Unset, they
# point at `make run`'s server, whose port make passes to the web server and the
# worker alike: `make run PORT=8001`.
_port = env.int("PORT", default=8000)
SITE_URL = env("SITE_URL", default=f"http://127.0.0.1:{_port}")
# The periodic check of the addresses guides cite (sourcecheck/): each address every
# SOURCE_CHECK_EVERY_DAYS days, at most SOURCE_CHECK_PER_HOST requests to one host a
# run (runs start ten minutes apart), SOURCE_CHECK_PER_RUN in all, never an address
# inside our own network unless SOURCE_CHECK_PRIVATE_ADDRESSES (the tests' local
# server).
SOURCE_CHECK_EVERY_DAYS = env.int("SOURCE_CHECK_EVERY_DAYS", default=7)
SOURCE_CHECK_PER_HOST = env.int("SOURCE_CHECK_PER_HOST", default=5)
SOURCE_CHECK_PER_RUN = env.int("SOURCE_CHECK_PER_RUN", default=200)
SOURCE_CHECK_TIMEOUT = env.int("SOURCE_CHECK_TIMEOUT", default=10)
SOURCE_CHECK_PRIVATE_ADDRESSES = env.bool(
    "SOURCE_CHECK_PRIVATE_ADDRESSES", default=False
)
SOURCE_CHECK_USER_AGENT = (
    f"MesoGuidesSourceCheck/1.0 (checks the sources our guides cite; {SITE_URL})"
)
# Clinical trials listed on guides (trials/): their details are read from this API
# (ClinicalTrials.gov's version 2) daily, and within a minute of being listed.
CLINICALTRIALS_API_URL = env(
    "CLINICALTRIALS_API_URL", default="https://clinicaltrials.gov/api/v2"
)
# The mailto half of List-Unsubscribe: a person or a script must read mail sent there.
UNSUBSCRIBE_MAILTO = env("UNSUBSCRIBE_MAILTO", default="unsubscribe@localhost")
# Weekly digests go out on this weekday (0 = Monday) at this local time.
DIGEST_WEEKDAY = 0
DIGEST_SEND_TIME = time(8, 0)
# Medical reviewers get their weekly list of reviews due from this weekday and local
# time on (articles/reviews_due.py).
REVIEW_REMINDER_WEEKDAY = 0
REVIEW_REMINDER_TIME = time(8, 0)
DEFAULT_FROM_EMAIL = env(
    "DEFAULT_FROM_EMAIL", default="Mesothelioma Guides <guides@localhost>"
)
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Security headers. HTTPS settings apply when DEBUG is off; TLS ends at the proxy,
# which must set X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=not DEBUG)
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=0 if DEBUG else 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = not DEBUG
SECURE_HSTS_PRELOAD = not DEBUG
SESSION_COOKIE_SECURE = not DEBUG
CSRF_COOKIE_SECURE = not DEBUG
SESSION_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "DENY"
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])
# Browser features no page of the site uses, switched off for it and anything it
# might embed (portal.middleware.PermissionsPolicyMiddleware). Passkeys stay allowed
# for the site itself: the admin's sign-in uses WebAuthn. Only features Chromium
# knows: it logs an error on every page for one it does not (bluetooth and web-share
# on Linux; tests/browser/test_permissions_policy.py listens).
PERMISSIONS_POLICY = {
    **dict.fromkeys(
        [
            "accelerometer",
            "autoplay",
            "browsing-topics",
            "camera",
            "display-capture",
            "encrypted-media",
            "fullscreen",
            "geolocation",
            "gyroscope",
            "hid",
            "identity-credentials-get",
            "idle-detection",
            "local-fonts",
            "magnetometer",
            "microphone",
            "midi",
            "otp-credentials",
            "payment",
            "picture-in-picture",
            "screen-wake-lock",
            "serial",
            "usb",
            "window-management",
            "xr-spatial-tracking",
        ],
        [],
    ),
    "publickey-credentials-create": ["self"],
    "publickey-credentials-get": ["self"],
}

# The reverse proxies in front of the app, whose X-Forwarded-For it believes: their
# addresses or networks (portal/client_ip.py). None by default: then REMOTE_ADDR is
# the client. A malformed entry stops the start.
TRUSTED_PROXIES = [
    ipaddress.ip_network(proxy) for proxy in env.list("TRUSTED_PROXIES", default=[])
]

# How long browsers and CDNs may keep an anonymous reader's page (portal.middleware).
PUBLIC_CACHE_SECONDS = env.int("PUBLIC_CACHE_SECONDS", default=300)

# The largest WordPress export the import reads (wordpress/wxr.py), in bytes; the
# admin page takes up to WORDPRESS_IMPORT_ADMIN_MAX_BYTES (it imports while the
# request waits; larger sites use `manage.py import_wordpress`).
WORDPRESS_IMPORT_MAX_BYTES = env.int("WORDPRESS_IMPORT_MAX_BYTES", default=100_000_000)
WORDPRESS_IMPORT_ADMIN_MAX_BYTES = env.int(
    "WORDPRESS_IMPORT_ADMIN_MAX_BYTES", default=10_000_000
)

# One strict policy for public pages and the admin alike: CKEditor 5 needs nothing more
# than 'self' (its config travels as JSON data, its CSS is a static file).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [NONE],
        "script-src": [SELF],
        "style-src": [SELF],
        # Uploads from object storage come from another origin (MEDIA_BUCKET).
        "img-src": [SELF, "data:"] + ([MEDIA_URL] if MEDIA_BUCKET else []),
        "connect-src": [SELF],
        "font-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}

# Admin sign-in throttling (staff.lockout): each rule locks when its failures within
# its window reach its limit. One person guessing a password: 5 from one address in
# 30 minutes. Password spraying: 10 for one username from any addresses in 5 minutes
# (short, so that nobody can keep a real user out for long). One address trying many
# usernames: 30 in 30 minutes. Failures during a lockout do not extend it.
STAFF_LOCKOUT_RULES = [
    (("username", "ip_address"), 5, timedelta(minutes=30)),
    (("username",), 10, timedelta(minutes=5)),
    (("ip_address",), 30, timedelta(minutes=30)),
]
AXES_HANDLER = "staff.lockout.LockoutHandler"
AXES_FAILURE_LIMIT = "staff.lockout.failure_limit"
AXES_USERNAME_CALLABLE = "staff.lockout.username_tried"
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]  # what a success resets
AXES_COOLOFF_TIME = max(window for _, _, window in STAFF_LOCKOUT_RULES)
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "admin/locked_out.html"
# The client's address behind the trusted proxies, as the follow form counts it.
AXES_CLIENT_IP_CALLABLE = "portal.client_ip.client_ip"

# Rich text: CKEditor 5 in the admin; whatever it posts is cleaned again on save
# (articles.sanitize). Images go into the media library (media_library.views); each
# needs a text alternative before the text can be saved, a caption is optional.
CKEDITOR_5_CONFIGS = {
    "default": {
        "toolbar": {
            "items": [
                "heading",
                "|",
                "bold",
                "italic",
                "link",
                "|",
                "bulletedList",
                "numberedList",
                "blockQuote",
                "insertTable",
                "insertImage",
                "|",
                "undo",
                "redo",
            ]
        },
        "image": {
            "toolbar": ["imageTextAlternative", "toggleImageCaption"],
            # Inserting by address is off: an image must come from the library.
            "insert": {"integrations": ["upload"]},
        },
        "heading": {
            "options": [
                {
                    "model": "paragraph",
                    "title": "Paragraph",
                    "class": "ck-heading_paragraph",
                },
                {
                    "model": "heading2",
                    "view": "h2",
                    "title": "Heading 2",
                    "class": "ck-heading_heading2",
                },
                {
                    "model": "heading3",
                    "view": "h3",
                    "title": "Heading 3",
                    "class": "ck-heading_heading3",
                },
                {
                    "model": "heading4",
                    "view": "h4",
                    "title": "Heading 4",
                    "class": "ck-heading_heading4",
                },
            ]
        },
        "link": {"defaultProtocol": "https://"},
        "table": {"contentToolbar": ["tableColumn", "tableRow", "mergeTableCells"]},
    }
}
CK_EDITOR_5_UPLOAD_FILE_VIEW_NAME = "editor_image_upload"
# What the editor's file picker offers; media_library.services decides from the bytes.
CKEDITOR_5_UPLOAD_FILE_TYPES = ["jpeg", "png", "webp", "gif"]
# The admin CSS shrinks headings; show them in the editor as readers will see them.
CKEDITOR_5_CUSTOM_CSS = "css/admin-editor.css"

# Background jobs: procrastinate on PostgreSQL; `manage.py worker` (subscriptions).
# A job whose worker sent no heartbeat for this long is requeued (subscriptions.tasks).
PROCRASTINATE_STALLED_AFTER_SECONDS = env.float(
    "JOB_STALLED_AFTER_SECONDS", default=30.0
)
PROCRASTINATE_WORKER_DEFAULTS = {
    "update_heartbeat_interval": env.float("JOB_HEARTBEAT_SECONDS", default=10.0),
    "stalled_worker_timeout": PROCRASTINATE_STALLED_AFTER_SECONDS,
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="WARNING")},
}
