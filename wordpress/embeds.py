"""What WordPress embedded from other sites (its oEmbed providers, video and audio
players), as plain links: this site embeds no frames from elsewhere."""

import html
import re
from urllib.parse import urlsplit

# WordPress's oEmbed providers that a medical site's posts are likely to hold, by host
# (without "www."), with what a reader does there.
_VIDEO, _AUDIO, _OTHER = "video", "audio", "other"
OEMBED_PROVIDERS = {
    "youtube.com": ("YouTube", _VIDEO),
    "m.youtube.com": ("YouTube", _VIDEO),
    "youtu.be": ("YouTube", _VIDEO),
    "vimeo.com": ("Vimeo", _VIDEO),
    "player.vimeo.com": ("Vimeo", _VIDEO),
    "dailymotion.com": ("Dailymotion", _VIDEO),
    "dai.ly": ("Dailymotion", _VIDEO),
    "ted.com": ("TED", _VIDEO),
    "tiktok.com": ("TikTok", _VIDEO),
    "wordpress.tv": ("WordPress.tv", _VIDEO),
    "videopress.com": ("VideoPress", _VIDEO),
    "soundcloud.com": ("SoundCloud", _AUDIO),
    "open.spotify.com": ("Spotify", _AUDIO),
    "mixcloud.com": ("Mixcloud", _AUDIO),
    "twitter.com": ("X (Twitter)", _OTHER),
    "x.com": ("X (Twitter)", _OTHER),
    "flickr.com": ("Flickr", _OTHER),
    "flic.kr": ("Flickr", _OTHER),
    "instagram.com": ("Instagram", _OTHER),
    "facebook.com": ("Facebook", _OTHER),
    "reddit.com": ("Reddit", _OTHER),
    "tumblr.com": ("Tumblr", _OTHER),
    "slideshare.net": ("SlideShare", _OTHER),
    "scribd.com": ("Scribd", _OTHER),
    "issuu.com": ("Issuu", _OTHER),
    "imgur.com": ("Imgur", _OTHER),
    "pinterest.com": ("Pinterest", _OTHER),
    "speakerdeck.com": ("Speaker Deck", _OTHER),
    "kickstarter.com": ("Kickstarter", _OTHER),
}


def embed_text(url: str, *, media_kind: str = "") -> str:
    """Return the words of a link to what WordPress embedded from url: the site's
    name when it is an oEmbed provider, else what a player held, else the address."""
    provider = oembed_provider(url)
    if provider is not None:
        name, kind = provider
        return {
            _VIDEO: f"Watch this video on {name}",
            _AUDIO: f"Listen to this on {name}",
            _OTHER: f"See this on {name}",
        }[kind]
    if media_kind == "video":
        return "Watch the video"
    if media_kind == "audio":
        return "Listen to the audio"
    return url


def embed_link(url: str, *, media_kind: str = "") -> str:
    """Return a paragraph linking to url, in place of an embedded player or post (we
    embed no frames from other sites)."""
    text = embed_text(url, media_kind=media_kind)
    return f'<p><a href="{html.escape(url)}">{html.escape(text)}</a></p>'


def is_web_address(url: str) -> bool:
    """Tell whether url is an http or https address (not javascript:, data:...)."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.hostname)


def oembed_provider(url: str) -> tuple[str, str] | None:
    """Return (provider name, kind) for an address WordPress embeds, else None."""
    if not is_web_address(url):
        return None
    host = urlsplit(url.strip()).hostname.lower().removeprefix("www.")
    if host in OEMBED_PROVIDERS:
        return OEMBED_PROVIDERS[host]
    # Subdomains such as artist.bandcamp... or user.tumblr.com count as their site.
    parent = host.partition(".")[2]
    return OEMBED_PROVIDERS.get(parent)


# WP_Embed::autoembed(): an address alone on its line, or alone in a paragraph.
_URL_ON_ITS_LINE = re.compile(r"^([ \t]*)(https?://[^\s<>\"]+)([ \t]*)$", re.M)
_URL_IN_ITS_PARAGRAPH = re.compile(
    r"<p(?: [^>]*)?>\s*+(https?://[^\s<>\"]+)\s*+</p>", re.IGNORECASE
)


def autoembed_convert(text: str, *, whole_lines: bool) -> str:
    """Return text with the addresses WordPress would embed replaced by links; others
    stay as WordPress left them. whole_lines: classic text, where an address alone on
    its line is embedded, not only one alone in a paragraph."""
    if "http" not in text:
        return text

    def paragraph(match: re.Match) -> str:
        url = html.unescape(match.group(1))
        return embed_link(url) if oembed_provider(url) else match[0]

    def line(match: re.Match) -> str:
        url = html.unescape(match.group(2))
        if not oembed_provider(url):
            return match[0]
        return "\n" + embed_link(url) + "\n"

    if whole_lines:
        text = _URL_ON_ITS_LINE.sub(line, text)
    return _URL_IN_ITS_PARAGRAPH.sub(paragraph, text)
