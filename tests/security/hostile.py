"""Hostile values for the fuzz tests: path segments, query strings, form values,
headers, methods and bodies. Each is a known way to break a parser, a lookup or a
header, not random noise."""

from urllib.parse import quote

# Raw values: form fields, query values, search terms.
VALUES = [
    "",
    " ",
    "'",
    '"',
    "\\",
    "%",
    "%%",
    "%zz",
    "%00",
    "\x00",
    "a\x00b",
    "\x7f",
    "\r\n",
    "\u2028",
    "\u202e",
    "\ufeff",
    "\ud7ff",
    "😀" * 40,
    "ſ",
    "İ",
    "ß" * 100,
    "A" * 5000,
    "-1",
    "0",
    "00",
    "1.5",
    "1e309",
    "NaN",
    "Infinity",
    "9" * 40,
    "-9223372036854775809",
    "18446744073709551616",
    "[]",
    "{}",
    "null",
    "true",
    "' OR '1'='1",
    "1; DROP TABLE articles_article; --",
    "%' AND 1=1 --",
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "javascript:alert(1)",
    "{{ settings.SECRET_KEY }}",
    "{% debug %}",
    "${7*7}",
    "%s%s%s%n",
    "../../etc/passwd",
    "..\\..\\windows\\win.ini",
    "//evil.example",
    "https://evil.example/",
    "@evil.example",
    "a@b",
    "a" * 64 + "@" + "b" * 250 + ".example",
    "reader@example.org\r\nBcc: x@y.z",
    "=cmd|' /C calc'!A0",
    "+1",
    "@SUM(1+1)",
    "0x41",
    "1,2,3",
    "1&2",
    "a=b&c=d",
    "immediate",
    "weekly",
    "unsubscribe",
    "erase",
    "update",
    "https://guides.example/",
]

# Path segments as sent on the wire: raw, percent-encoded, and broken encodings.
# A NUL in a path is a server error today (test_fuzz.py, test_a_nul_in_the_path_...):
# segments that hold one join the others when that is fixed.
NUL_SEGMENTS = ["%00", "a%00b"]
SEGMENTS = [
    *(quote(value, safe="") for value in VALUES if value and "\x00" not in value),
    "%ff",
    "%c0%af",
    "%e0%80%af",
    "%ed%a0%80",
    "%2e%2e",
    "..",
    ".",
    "%2e",
    "%2F",
    "a%2Fb",
    "%5c..%5c",
    "%0d%0aSet-Cookie:%20x=1",
    "%",
    "%u0041",
    "a;b",
    "a,b",
    "a b",
    "~root",
    "-",
    "_",
    "a" * 300,
    "%00",
    ".htaccess",
    "admin",
    "static",
]

QUERY_KEYS = [
    "q",
    "page",
    "p",
    "topic",
    "o",
    "e",
    "all",
    "_to_field",
    "_popup",
    "_changelist_filters",
    "revision",
    "old",
    "new",
    "next",
    "format",
    "id__gt",
    "pk__in",
    "status__exact",
    "publish_at__gte",
    "publish_at__year",
    "review",
    "category__id__exact",
    "is_featured__exact",
    "",
    "%00",
    "q[]",
    "a" * 200,
]

METHODS = [
    "GET",
    "HEAD",
    "POST",
    "PUT",
    "PATCH",
    "DELETE",
    "OPTIONS",
    "TRACE",
    "PROPFIND",
    "FOO",
]

HEADERS = [
    ("HTTP_HOST", "evil.example"),
    ("HTTP_HOST", "127.0.0.1:99999"),
    ("HTTP_HOST", "[::1"),
    ("HTTP_X_FORWARDED_PROTO", "https"),
    ("HTTP_X_FORWARDED_PROTO", "gopher"),
    ("HTTP_X_FORWARDED_FOR", "1.2.3.4, <script>, ::1"),
    ("HTTP_ACCEPT", "*/*;q=foo, text/html;level=" + "9" * 50),
    ("HTTP_ACCEPT_ENCODING", "gzip;q=abc, br;q=-1, " + "x" * 500),
    ("HTTP_ACCEPT_ENCODING", "identity;q=0, *;q=0"),
    ("HTTP_ACCEPT_LANGUAGE", "xx-" + "Y" * 300 + ";q=2"),
    ("HTTP_IF_NONE_MATCH", 'W/"' + "a" * 500 + '", *, "'),
    ("HTTP_IF_NONE_MATCH", "*"),
    ("HTTP_IF_MODIFIED_SINCE", "Sun, 31 Dec 99999 23:59:59 GMT"),
    ("HTTP_IF_MODIFIED_SINCE", "not a date"),
    ("HTTP_IF_MODIFIED_SINCE", "Thu, 01 Jan 1970 00:00:00 GMT"),
    ("HTTP_RANGE", "bytes=-1-2,999999999999999999-"),
    ("HTTP_COOKIE", "sessionid=" + "x" * 4000),
    ("HTTP_COOKIE", "sessionid=../../etc; csrftoken=%00; axes=1"),
    ("HTTP_COOKIE", "=;;;==; a"),
    ("HTTP_REFERER", "https://evil.example/"),
    ("HTTP_ORIGIN", "null"),
    ("HTTP_USER_AGENT", "<script>alert(1)</script>" * 100),
    ("HTTP_AUTHORIZATION", "Basic " + "A" * 300),
    ("REMOTE_ADDR", "not-an-ip"),
    ("REMOTE_ADDR", "::ffff:999.1.1.1"),
    ("CONTENT_TYPE", "multipart/form-data"),
    ("CONTENT_TYPE", "multipart/form-data; boundary="),
]

# Form bodies Django cannot read: in a charset other than UTF-8, or multipart without
# a boundary. From a client with a CSRF cookie they were a server error
# (portal.middleware.UnreadableFormMiddleware).
UNREADABLE_FORMS = [
    (b"action=erase&topics=1", "application/x-www-form-urlencoded; charset=koi8-r"),
    (b"email=a%40b.c", "application/x-www-form-urlencoded; charset=ISO-8859-1"),
    (b"not multipart", "multipart/form-data"),
]

BODIES = [
    *UNREADABLE_FORMS,
    (b"", "application/x-www-form-urlencoded"),
    (
        b"email=%ff%fe&topics=abc&topics=-1&frequency=%00",
        "application/x-www-form-urlencoded",
    ),
    (b"\xff\xfe\xfd" * 100, "application/x-www-form-urlencoded; charset=utf-8"),
    (
        "&".join(f"f{n}=1" for n in range(1100)).encode(),
        "application/x-www-form-urlencoded",
    ),
    (b"x=" + b"A" * 2_700_000, "application/x-www-form-urlencoded"),
    (b'{"email": [1, {"$gt": ""}]}', "application/json"),
    (
        b'--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1',
        "multipart/form-data; boundary=x",
    ),
    (
        b"<?xml version='1.0'?><!DOCTYPE a [<!ENTITY e SYSTEM 'file:///etc/passwd'>]><a>&e;</a>",
        "application/xml",
    ),
    (
        b"action=erase&action=update&topics=1&topics=1",
        "application/x-www-form-urlencoded; charset=UTF-8",
    ),
    (b"a=1", "application/x-www-form-urlencoded; charset=no-such-charset"),
]


def payload_count() -> int:
    """How many distinct hostile values the fuzz tests draw from."""
    return len(
        set(VALUES) | set(SEGMENTS) | set(QUERY_KEYS) | set(HEADERS) | set(BODIES)
    )
