"""WordPress's wpautop() (wp-includes/formatting.php, WordPress 6), ported for the
import's classic-editor text (wordpress/body.py): double line breaks become paragraphs,
single ones <br />, block tags and shortcodes left on their own lines."""

import re

# wpautop() from wp-includes/formatting.php (WordPress 6), step by step. Changes, all
# for speed on large bodies, none in the result: a leading \s* is anchored at the start
# of its whitespace run, and the two steps that scanned to the end of the text for
# every candidate (newlines to <br />, the script/style/svg placeholders) are loops.
# re.ASCII: PHP's \s (no /u flag) is ASCII whitespace, so a no-break space is text.
_ALL_BLOCKS = (
    r"(?:table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li"
    r"|pre|form|map|area|blockquote|address|math|style|p|h[1-6]|hr|fieldset|legend"
    r"|section|article|aside|hgroup|header|footer|nav|figure|figcaption|details|menu"
    r"|summary)"
)


def _ascii(pattern: str, flags: int = 0) -> re.Pattern:
    return re.compile(pattern, re.ASCII | flags)


_DOUBLE_BR = _ascii(r"<br\s*/?>\s*<br\s*/?>")
_BLOCK_OPEN = _ascii(rf"(<{_ALL_BLOCKS}[\s/>])")
_BLOCK_CLOSE = _ascii(rf"(</{_ALL_BLOCKS}>)")
_HR = _ascii(r"(<hr\s*?/?>)")
# get_html_split_regex(): comments, CDATA, or an element up to its ">".
_HTML_SPLIT = _ascii(
    r"(<(?:!--(?:[^-]|-(?!->))*+(?:-->)?"
    r"|!\[CDATA\[(?:[^\]]|\](?!\]>))*+(?:\]\]>)?"
    r"|[^>]*>?))"
)
_OPTION_BEFORE = _ascii(r"(?:(?<!\s)\s++)?<option")
_OPTION_AFTER = _ascii(r"</option>\s*")
_OBJECT_OPEN = _ascii(r"(<object[^>]*>)\s*")
_OBJECT_CLOSE = _ascii(r"(?:(?<!\s)\s++)?</object>")
_PARAM_EMBED = _ascii(r"(?:(?<!\s)\s++)?(</?(?:param|embed)[^>]*>)\s*")
_MEDIA_OPEN = _ascii(r"([<\[](?:audio|video)[^>\]]*[>\]])\s*")
_MEDIA_CLOSE = _ascii(r"(?:(?<!\s)\s++)?([<\[]/(?:audio|video)[>\]])")
_SOURCE_TRACK = _ascii(r"(?:(?<!\s)\s++)?(<(?:source|track)[^>]*>)\s*")
_FIGCAPTION_OPEN = _ascii(r"(?:(?<!\s)\s++)?(<figcaption[^>]*>)")
_FIGCAPTION_CLOSE = _ascii(r"</figcaption>\s*")
_MANY_NEWLINES = _ascii(r"\n\n+")
_PARAGRAPH_SPLIT = _ascii(r"\n\s*\n")
_EMPTY_P = _ascii(r"<p>\s*</p>")
_UNCLOSED_P = _ascii(r"<p>([^<]++)</(div|address|form)>")
_WRAPPED_BLOCK = _ascii(rf"<p>\s*(</?{_ALL_BLOCKS}[^>]*>)\s*</p>")
_WRAPPED_LI = _ascii(r"<p>(<li.+?)</p>")
_P_BLOCKQUOTE = _ascii(r"<p><blockquote([^>]*)>", re.IGNORECASE)
_P_BEFORE_BLOCK = _ascii(rf"<p>\s*(</?{_ALL_BLOCKS}[^>]*>)")
_P_AFTER_BLOCK = _ascii(rf"(</?{_ALL_BLOCKS}[^>]*>)\s*</p>")
_WHITESPACE_RUN = _ascii(r"\s+")
_BR_AFTER_BLOCK = _ascii(rf"(</?{_ALL_BLOCKS}[^>]*>)\s*<br />")
_BR_BEFORE_BLOCK = _ascii(r"<br />(\s*</?(?:p|li|div|dl|dd|dt|th|pre|td|ul|ol)[^>]*>)")
_LAST_NEWLINE = _ascii(r"\n</p>$")
_PRESERVE_NEWLINE = "<WPPreserveNewline />"


def wpautop(text: str) -> str:
    """Return classic-editor text with paragraphs and line breaks, as WordPress's
    wpautop() makes them."""
    if not text.strip():
        return ""
    text += "\n"
    pre_tags: dict[str, str] = {}
    if "<pre" in text:
        *parts, last = text.split("</pre>")
        text = ""
        for part in parts:
            start = part.find("<pre")
            if start == -1:  # malformed HTML
                text += part
                continue
            name = f"<pre wp-pre-tag-{len(pre_tags)}></pre>"
            pre_tags[name] = part[start:] + "</pre>"
            text += part[:start] + name
        text += last
    text = _DOUBLE_BR.sub("\n\n", text)
    text = _BLOCK_OPEN.sub("\n\n\\1", text)
    text = _BLOCK_CLOSE.sub("\\1\n\n", text)
    text = _HR.sub("\\1\n\n", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _newlines_in_tags_mark(text)
    if "<option" in text:
        text = _OPTION_BEFORE.sub("<option", text)
        text = _OPTION_AFTER.sub("</option>", text)
    if "</object>" in text:
        text = _OBJECT_OPEN.sub("\\1", text)
        text = _OBJECT_CLOSE.sub("</object>", text)
        text = _PARAM_EMBED.sub("\\1", text)
    if "<source" in text or "<track" in text:
        text = _MEDIA_OPEN.sub("\\1", text)
        text = _MEDIA_CLOSE.sub("\\1", text)
        text = _SOURCE_TRACK.sub("\\1", text)
    if "<figcaption" in text:
        text = _FIGCAPTION_OPEN.sub("\\1", text)
        text = _FIGCAPTION_CLOSE.sub("</figcaption>", text)
    text = _MANY_NEWLINES.sub("\n\n", text)
    paragraphs = [part for part in _PARAGRAPH_SPLIT.split(text) if part]
    text = "".join(f"<p>{part.strip(chr(10))}</p>\n" for part in paragraphs)
    text = _EMPTY_P.sub("", text)
    text = _UNCLOSED_P.sub("<p>\\1</p></\\2>", text)
    text = _WRAPPED_BLOCK.sub("\\1", text)
    text = _WRAPPED_LI.sub("\\1", text)
    text = _P_BLOCKQUOTE.sub("<blockquote\\1><p>", text)
    text = text.replace("</blockquote></p>", "</p></blockquote>")
    text = _P_BEFORE_BLOCK.sub("\\1", text)
    text = _P_AFTER_BLOCK.sub("\\1", text)
    text = _newlines_in_raw_text_mark(text)
    text = text.replace("<br>", "<br />").replace("<br/>", "<br />")
    text = _WHITESPACE_RUN.sub(_newline_to_br, text)
    text = text.replace(_PRESERVE_NEWLINE, "\n")
    text = _BR_AFTER_BLOCK.sub("\\1", text)
    text = _BR_BEFORE_BLOCK.sub("\\1", text)
    text = _LAST_NEWLINE.sub("</p>", text)
    for name, original in pre_tags.items():
        text = text.replace(name, original)
    if "<!-- wpnl -->" in text:
        text = text.replace(" <!-- wpnl --> ", "\n").replace("<!-- wpnl -->", "\n")
    return text


def _newlines_in_tags_mark(text: str) -> str:
    """wp_replace_in_html_tags(text, {"\\n": " <!-- wpnl --> "})."""
    pieces = _HTML_SPLIT.split(text)
    for index in range(1, len(pieces), 2):
        pieces[index] = pieces[index].replace("\n", " <!-- wpnl --> ")
    return "".join(pieces)


def _newlines_in_raw_text_mark(text: str) -> str:
    """Keep the newlines of script, style and svg elements, as wpautop does with
    preg_replace_callback('/<(script|style|svg).*?<\\/\\1>/s')."""
    if "<script" not in text and "<style" not in text and "<svg" not in text:
        return text
    pieces = []
    position = 0
    missing: set[str] = set()
    while True:
        starts = [
            (found, name)
            for name in ("script", "style", "svg")
            if name not in missing and (found := text.find("<" + name, position)) != -1
        ]
        if not starts:
            break
        start, name = min(starts)
        end = text.find(f"</{name}>", start)
        if end == -1:
            missing.add(name)  # no later one can close either
            continue
        end += len(name) + 3
        pieces.append(text[position:start])
        pieces.append(text[start:end].replace("\n", _PRESERVE_NEWLINE))
        position = end
    pieces.append(text[position:])
    return "".join(pieces)


def _newline_to_br(match: re.Match) -> str:
    """preg_replace('|(?<!<br />)\\s*\\n|', "<br />\\n") on one whitespace run: the run
    up to its last newline becomes <br />, unless a <br /> stands right before it, in
    which case the run from its second character does."""
    run = match[0]
    last = run.rfind("\n")
    if last == -1:
        return run
    start = match.start()
    if match.string.endswith("<br />", 0, start):
        if last == 0:
            return run
        return run[0] + "<br />\n" + run[last + 1 :]
    return "<br />\n" + run[last + 1 :]
