"""Contributor text made safe for the page: escaped where plain, sanitised Markdown where rich."""
import functools
import html
import re
import unicodedata
from html.parser import HTMLParser

import nh3
from markupsafe import Markup

# Backslash escapes that Python-Markdown understands; '<' and '&' are escaped as HTML entities.
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|~])")
_REL = "noopener noreferrer"      # on every link to another site (html/external_links.py)
ALLOWED_TAGS = {"p", "a", "em", "strong", "ul", "ol", "li", "code", "pre", "blockquote", "br", "hr",
                "table", "thead", "tbody", "tr", "th", "td", "h3", "h4", "h5", "h6"}


def inline_markdown(text: str) -> Markup:
    """Plain text placed where Markdown is parsed (a heading): shown exactly as written."""
    return Markup(_MD_SPECIAL.sub(r"\\\1", html.escape(text, quote=False)))


@functools.lru_cache(maxsize=None)
def contributor_markdown():
    """Python-Markdown, made on first use (`make check` does not render, nor import it)."""
    import markdown
    md = markdown.Markdown(extensions=["sane_lists", "tables"], output_format="html")
    # Raw HTML is refused by the checker; here it could only be shown as text, never kept.
    md.preprocessors.deregister("html_block")
    md.inlinePatterns.deregister("html")
    return md


# A line in which Markdown can find nothing to do: no special character, no list, heading, quote, rule or
# code block at its start, no hard break at its end.
_PLAIN_LINE = re.compile(r"(?![\s\-+*#>=0-9])[^\x00-\x1f\x7f\\`*_{}\[\]<>&|~]+(?<!\s)")


# Words in bold on one line, « **comme ceci** »: nothing inside that Markdown could act on, no space
# next to the asterisks (« ** » between spaces stays as written).
_STRONG = re.compile(r"\*\*([^*\s](?:[^*\n]*[^*\s])?)\*\*")
# A link « [texte](https://…) » to an address of the plainest characters (not an image « ![…](…) »).
_LINK = re.compile(r"(?<!!)\[([^\[\]\n]+)\]\((https?://[A-Za-z0-9./%?=#:-]+)\)")


def _words(line: str) -> str:
    """The line as Markdown would show it once its links and bold words are read: plain or not?"""
    if "](" in line:
        line = _LINK.sub(r"\1", line)
    return _STRONG.sub(r"\1", line) if "*" in line else line


def _inline_html(paragraph: str) -> str:
    if "](" in paragraph:
        paragraph = _LINK.sub(r'<a href="\2">\1</a>', paragraph)
    return _STRONG.sub(r"<strong>\1</strong>", paragraph) if "*" in paragraph else paragraph


def _plain_paragraphs(text: str):
    """The HTML Python-Markdown makes of paragraphs of plain text, with some words in bold or some links
    (most checklist questions, key points, many case studies), without running it: it costs a
    millisecond a call, and a large guide makes tens of thousands of them. None when the text has
    anything else Markdown could act on."""
    paragraphs = text.split("\n\n")
    for paragraph in paragraphs:
        for line in paragraph.split("\n"):
            if not _PLAIN_LINE.fullmatch(_words(line)):
                return None
    return "\n".join(f"<p>{_inline_html(paragraph)}</p>" for paragraph in paragraphs)


# A text is rendered once however many pages show it (a lede on its page, its steps' pages and the index;
# a question on its step, the checklists and the key questions), and once per `make serve` session.
@functools.lru_cache(maxsize=100_000)
def rich(text: str, shift_headings: int = 0) -> Markup:
    """Contributor Markdown rendered by a restricted Markdown, then passed through an allowlist."""
    if not text:
        return Markup("")
    rendered = _plain_paragraphs(text)
    if rendered is not None and ("<a " not in rendered or "*" not in text):
        # Paragraphs, bold words or links (not both: the allowlist would mend a link across bold words) of
        # text without « & », « < » or « > »: all the allowlist would change is how it writes a no-break
        # space, and the rel of each link (tests/unit/reading/test_fast_paths.py compares).
        rendered = rendered.replace("\xa0", "&nbsp;")
        return Markup(rendered.replace('">', f'" rel="{_REL}">') if "<a " in rendered else rendered)
    if rendered is None:
        md = contributor_markdown()
        md.reset()
        rendered = md.convert(text)
    cleaned = nh3.clean(rendered, tags=ALLOWED_TAGS, attributes={"a": {"href", "title"}},
                        url_schemes={"http", "https", "mailto"}, link_rel=_REL)
    return Markup(cleaned)


@functools.lru_cache(maxsize=100_000)
def rich_inline(text: str) -> Markup:
    """Markdown of one paragraph, without the enclosing <p> (for list items and labels)."""
    rendered = str(rich(text))
    if rendered.startswith("<p>") and rendered.endswith("</p>") and rendered.count("<p>") == 1:
        rendered = rendered[3:-4]
    return Markup(rendered)


def plain_text(markdown_text: str) -> str:
    """The words of a Markdown text, without its markup, on one line."""
    parts = []
    parser = HTMLParser()
    parser.handle_data = parts.append
    parser.feed(str(rich(markdown_text)))
    parser.close()
    return " ".join("".join(parts).split())


SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[«A-ZÀ-ÖØ-Þ])")


def opening(markdown_text: str, enough: int = 80) -> str:
    """The opening of a text, sentence by sentence until it says enough (a term's short definition)."""
    sentences = SENTENCE_END.split(plain_text(markdown_text))
    kept = []
    for sentence in sentences:
        kept.append(sentence)
        if len(" ".join(kept)) >= enough:
            break
    return " ".join(kept)


def initial(words: str) -> str:
    """The letter a word is filed under in an index: « Écosystème » under E, « 3D » under #."""
    first = unicodedata.normalize("NFD", words.strip()[:1])[:1].upper()
    return first if "A" <= first <= "Z" else "#"
