"""Links taken from people (editors' announcements, redirects and rich text; a
request's redirect target), read as a browser reads them.

A browser does not follow a link as it looks: it resolves it by the WHATWG URL
Standard (https://url.spec.whatwg.org/#concept-basic-url-parser). Before anything
else it trims C0 control characters and spaces from both ends and drops every tab
and newline, and in an http(s) address, or a relative link on an http(s) page such
as ours, it reads a backslash as a slash. So "/\\evil.example/" and
"/<tab>/evil.example/" look like paths on this site, but a browser reads
"//evil.example/": another host. Every check of such a link goes through this module.
"""

import re

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator

# "C0 control or space", trimmed from both ends; "ASCII tab or newline", dropped.
_C0_OR_SPACE = "".join(chr(code) for code in range(0x21))
_TAB_OR_NEWLINE = re.compile("[\t\n\r]")
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:")
_WEB_ADDRESS = URLValidator(schemes=["http", "https"])


def as_browsers_read(link: str) -> str:
    """The link as a browser on one of our pages reads it, before resolving it."""
    return _TAB_OR_NEWLINE.sub("", link.strip(_C0_OR_SPACE)).replace("\\", "/")


def stays_on_site(link: str) -> bool:
    """Whether a browser following the link from one of our pages stays on this site.

    Resolved against the page, a link keeps the page's scheme and host unless it names
    a scheme or starts with "//" (a host). Any scheme counts as leaving, even our own:
    "http:x" stays only on an http page.
    """
    read = as_browsers_read(link)
    return not _SCHEME.match(read) and not read.startswith("//")


def is_site_path(link: str) -> bool:
    """Whether the link is a path on this site, such as /guides/x/, written as a
    browser reads it: it starts with one slash."""
    return (
        link == as_browsers_read(link) and link.startswith("/") and stays_on_site(link)
    )


def is_web_address(link: str) -> bool:
    """Whether the link is an http(s) address, written as a browser reads it."""
    try:
        _WEB_ADDRESS(link)
    except ValidationError:
        return False
    return link == as_browsers_read(link)


def is_link_to_give(link: str) -> bool:
    """Whether editors may give the link (an announcement's, a redirect's target): a
    path on this site or an http(s) address, written as browsers read them."""
    return is_site_path(link) or is_web_address(link)


def validate_web_address(value: str) -> None:
    """Accept an http(s) address written as browsers read it (a guide's source)."""
    if not is_web_address(value):
        raise ValidationError(
            "Enter a web address starting with https://, without spaces or backslashes."
        )
