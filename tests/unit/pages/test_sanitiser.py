"""Defence in depth: contributor Markdown that got past the checker still renders harmless.

The checker refuses raw HTML and links other than https/http/mailto (tests/fixtures/bad/). Were a
checker rule ever missing, the renderer (macros/pages/text.py) would still drop what runs code: raw HTML is
not parsed by the restricted Markdown, and nh3 keeps only an allowlist of tags, attributes and schemes.
"""
import re
from html.parser import HTMLParser

import pytest

from macros.pages import text
from macros.reading import markdown_check

HOSTILE = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '<iframe src="https://exemple.org"></iframe>',
    "[ici](javascript:alert(1))",
    "[ici](JaVa\tScRiPt:alert(1))",
    "[ici](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "[ici][i]\n\n[i]: javascript:alert(1)",
    "![x](javascript:alert(1))",
    '<a href="javascript:alert(1)">ici</a>',
    "<svg onload=alert(1)>",
    '<div style="background:url(javascript:alert(1))">x</div>',
    "<!-- <script>alert(1)</script> -->",
    "<<script>script>alert(1)<</script>/script>",
]


@pytest.mark.parametrize("source", HOSTILE)
def test_the_checker_refuses_it(source):
    assert markdown_check.problems(source)


class _Elements(HTMLParser):
    def __init__(self, html):
        super().__init__(convert_charrefs=True)
        self.found = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.found.append((tag, dict(attrs)))


# The elements contributor text may become, none of which runs anything: written out here, not read from
# the renderer's own list (which a mistake could widen).
SAFE_TAGS = {"p", "a", "em", "strong", "ul", "ol", "li", "code", "pre", "blockquote", "br", "hr",
             "table", "thead", "tbody", "tr", "th", "td", "h3", "h4", "h5", "h6"}


def scheme(url):
    """The scheme a browser sees: tabs and line breaks removed, as the URL standard says."""
    url = re.sub(r"[\t\n\r]", "", url).strip("\x00- ")
    match = re.match(r"([a-zA-Z][a-zA-Z0-9+.-]*):", url)
    return match.group(1).lower() if match else None


@pytest.mark.parametrize("source", HOSTILE)
def test_the_renderer_keeps_nothing_that_runs(source):
    html = str(text.rich(source))
    for tag, attrs in _Elements(html).found:
        assert tag in SAFE_TAGS, html
        assert not [name for name in attrs if name.lower().startswith("on") or name == "style"], html
        for name in ("href", "src"):
            if attrs.get(name) is not None:
                assert scheme(attrs[name]) in (None, "http", "https", "mailto"), html


def test_links_that_are_kept_get_rel_noopener():
    html = str(text.rich("Voir [le site](https://exemple.org)."))
    assert html == '<p>Voir <a href="https://exemple.org" rel="noopener noreferrer">le site</a>.</p>'
