"""The checks that judge pages (tests/security/dom.py) see what runs, and only that."""

import pytest

from tests.security.dom import script_findings


@pytest.mark.parametrize(
    "html",
    [
        "<script>alert(1)</script>",
        '<script src="https://evil.example/x.js"></script>',
        '<script type="application/ld+json">{"a": </script><script>1</script>',
        '<img src=x onerror="alert(1)">',
        '<a href=" java\tscript:alert(1)">x</a>',
        '<a href="&#x6A;avascript:alert(1)">x</a>',
        '<form><button formaction="data:text/html,x">x</button></form>',
        '<svg><a xlink:href="javascript:alert(1)">x</a></svg>',
        '<svg><animate attributeName="href" values="javascript:alert(1)"/></svg>',
        '<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe>',
        '<meta http-equiv="refresh" content="0;url=https://evil.example">',
        '<base href="https://evil.example/">',
        '<div style="width: expression(alert(1))">x</div>',
        '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></p></noscript>',
        "<select><style></select><img src=x onerror=alert(1)></style></select>",
        '<svg><style><img src=x onerror="alert(1)"></style></svg>',
    ],
)
def test_what_could_run_is_found(html):
    assert script_findings(f"<!doctype html><body>{html}</body>")


@pytest.mark.parametrize(
    "html",
    [
        '<script src="/static/js/site.js" defer></script>',
        '<script src="/admin/jsi18n/"></script>',
        '<script type="application/ld+json">{"name": "<\\/script>"}</script>',
        '<p>&lt;script&gt;alert(1)&lt;/script&gt; " onmouseover="x"</p>',
        '<a href="https://example.org/?q=javascript:alert(1)">x</a>',
        '<input value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;">',
        '<select name="topic"><option value="">All</option></select>',
    ],
)
def test_what_cannot_run_is_not_found(html):
    assert script_findings(f"<!doctype html><body>{html}</body>") == []
