"""The glossary reads a page with one regular expression, and with html.parser only when it meets markup it
is unsure of: both readings must give the same page, byte for byte, and the same terms linked.

Compared here on every page of the real site (whole page, article, article with its links taken out again)
and on generated HTML full of what trips a reader: entities, stray "<", quoted ">", comments, scripts.
"""
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import ROOT
from macros.kinds import load_guide
from macros.pages.views import Views
from macros.html.glossary_links import Glossary, _link_tokens, link_terms, plain_text
from macros.html.glossary_reading import parsed, scan, Unsure
from site_html import unlinked
from test_glossary_links import STEP, TERMS


def with_html_parser(source, glossary, src_uri):
    """The reference: the same linking, on html.parser's tokens."""
    return _link_tokens(source, parsed(source), glossary.matcher, glossary.tips, src_uri)


def fast_path_taken(source):
    try:
        for _token in scan(source):
            pass
    except Unsure:
        return False
    return True


def assert_same(source, glossary, src_uri):
    result = link_terms(source, glossary.matcher, glossary.tips, src_uri)
    assert result == with_html_parser(source, glossary, src_uri), (src_uri, source)
    return result


def src_uri_of(folder):
    return "index.md" if folder == "." else f"{folder}.md"


@pytest.mark.build      # reads every page of the real site as built (the one test here that needs a build)
def test_every_page_of_the_site_is_linked_as_html_parser_would(built_site):
    guide = load_guide(ROOT)
    glossary = Glossary(guide.terms, Views(guide).openings)
    pages = sorted(p for p in built_site.rglob("*.html") if not p.relative_to(built_site).parts[0] == "assets")
    assert len(pages) > 50
    linked = 0
    for path in pages:
        html = path.read_text(encoding="utf-8")
        src_uri = src_uri_of(path.parent.relative_to(built_site).as_posix())
        if "<article" in html:
            article = html[html.index("<article"):html.index("</article>")]
            assert fast_path_taken(article), f"{src_uri} : l'article est lu par html.parser"
            assert_same(article, glossary, src_uri)
            _html, used = assert_same(unlinked(article), glossary, src_uri)     # about what the hook was given
            linked += bool(used)
        assert_same(html, glossary, src_uri)
    assert linked > 20


def test_markup_python_markdown_writes_is_read_without_html_parser():
    for source in ('<!DOCTYPE html>\n<p class="a b" id=x data-no-glossary>Un <em>incubateur</em></p>',
                   "<h2 id='t'>T</h2><ul>\n<li><a href=\"../x/\" title='a > b'>x</a></li>\n</ul><br/><img src=a.png>",
                   "<p>a &lt; b &amp; c &#39;d&#39; x < y</p><!-- note --><script>if (a<b) x();</script>",
                   '<textarea name="t">incubateur &amp;</textarea><TITLE>x</TITLE><div\n  class="gb-gloss">y</div>'):
        assert fast_path_taken(source), source


# --- Generated HTML ---

TEXT = st.sampled_from([
    "incubateur", "Incubateur", "INCUBATEURS", "l'incubateur", "l&#39;incubateur", "l&rsquo;incubateur",
    "incubateur d&#39;entreprises", "start-up", "start-ups", "sous-incubateur", "tiers lieu", "tiers\nlieu",
    "tiers-lieux", "Données ouvertes", "donn&eacute;es ouvertes", "open&nbsp;data", "open data", " ", "\n", "\r\n",
    "&amp;", "&copy", "&copy;", "&nbsp;", "&", "&#", "&#x27;", "&unknown;", "<", " < ", "<3", "<-", "< p>", "x", "-",
    "é", "\xa0", ";", '"', "'", ">", "=", "/", "un", "et"])
NAMES = ["p", "P", "em", "span", "div", "a", "A", "code", "pre", "h2", "label", "nav", "svg", "template", "dfn",
         "b", "li", "script", "style", "textarea", "title", "TITLE", "br", "img", "input", "hr", "my-el", "o:p"]
# Attributes, end tags and other markup as Python-Markdown and the templates write them, then odd ones.
ATTRIBUTES = [
    ' class="x"', " class='gb-gloss'", " class=gb-gloss", ' CLASS="gb-gloss other"', ' class="gb&#45;gloss"',
    " data-no-glossary", ' data-no-glossary=""', ' data-term="incubateur"', " data-term=start-up",
    ' DATA-TERM="tiers-lieu"', ' data-gloss="start-up"', ' href="../../glossaire/#incubateur"',
    " href='../../glossaire/start-up/'", " href=../../glossaire/tiers-lieu/", ' href="#start-up"',
    " href=../../glossaire/donnees-ouvertes/ ", ' href="a>b"', " title='a > b'", ' alt="incubateur"',
    ' id="a&amp;b"', "\n  id=x", "\tid = 'y'", " a=b/", " x", " é=1"]
ODD_ATTRIBUTES = [" /", "/", ' x="1"y=2', " =x", " a==b", ' a="', " a='b", "\xa0id=x", '\xa0class="x y"',
                  " a=`b`", " a=b<c", " a\x0bb=1"]
END_TAGS = ["</{}>", "</{} >", "</{}\n>"]
ODD_END_TAGS = ["</ {}>", "</{} x>", "</{}/>", "</{}", "</>", "</3>"]
OTHER = ["<!-- incubateur -->", "<!---->", "<!-- a - b -->", "<!DOCTYPE html>", "<!doctype x>",
         "<script>if (a<b) {}</script >", "<style>p>a{}</style>", "<script>incubateur</SCRIPT>",
         "<p data-no-glossary><em>incubateur</em></p>", "<code><b>incubateur</code>", "<textarea>x</textarea>"]
ODD_OTHER = ["<!-->", "<!--->", "<!-- a -- >", "<!--x--!>", "<!--", "<?php x ?>", "<![CDATA[x]]>", "<!x>", "<!",
             "<script>var a = '</scr' + 'ipt>'; incubateur</script>", "<script>document.write('</p>')</script>",
             "<script><!-- x --></script>", "<textarea><p>incubateur</p></textarea>", "<title>a</b>x</title>",
             "<script>", "</script>"]


def html(odd):
    """Pages of text and markup; with `odd`, also markup the fast reading leaves to html.parser."""
    attributes = st.sampled_from(ATTRIBUTES + ODD_ATTRIBUTES * odd)
    start = st.tuples(st.sampled_from(NAMES), st.lists(attributes, max_size=3).map("".join),
                      st.sampled_from(["", " ", "/", " /", "\n"])).map(lambda t: f"<{t[0]}{t[1]}{t[2]}>")
    end = st.tuples(st.sampled_from(END_TAGS + ODD_END_TAGS * odd), st.sampled_from(NAMES)).map(
        lambda t: t[0].format(t[1]))
    other = st.sampled_from(OTHER + ODD_OTHER * odd)
    return st.lists(st.one_of(TEXT, TEXT, TEXT, start, start, end, other), max_size=40).map("".join)


SOURCES = st.sampled_from([STEP, "index.md", "glossaire.md", "glossaire/incubateur.md"])
GLOSSARY = Glossary(TERMS, {slug: plain_text(term.definition) for slug, term in TERMS.items()})


@settings(max_examples=1500, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(html(odd=False), html(odd=True)), SOURCES)
def test_generated_html_is_linked_as_html_parser_would(source, src_uri):
    result, _used = assert_same(source, GLOSSARY, src_uri)
    assert_same(result, GLOSSARY, src_uri)


@pytest.mark.parametrize("source", [
    "<p>x</p><script>a = '</scr' + 'ipt>'</script><p>incubateur</p>",
    "<p>un incubateur</p><!-- -- ><p>start-up</p> -->",
    "<p title='a > incubateur'>start-up <b class=x/>incubateur</p>",
    "<p>&copy incubateur < incubateur</p>",
    "<p><a href=../../glossaire/incubateur/>x</a> un incubateur</p>",
    "<title>a</b>incubateur</title><p>start-up</p>",
    "<code class=x/>incubateur</code> start-up",        # "/" belongs to the value: the tag is not self-closing
    '<code\xa0class="x y">incubateur</code>',           # "\xa0" is part of the tag's name, not a space
    "<code>x</code/> incubateur",
])
def test_tricky_pages_are_linked_as_html_parser_would(source):
    assert_same(source, GLOSSARY, STEP)
