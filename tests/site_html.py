"""Reading the built site as a reader gets it: pages, their article, and the elements in it."""
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import markdown

# A glossary link as the engine writes it: (slug, href, the words linked, the tooltip's text).
GLOSSARY_LINK = re.compile(r'<span class="gb-gloss" data-gloss="([a-z-]+)"><a class="gb-gloss__link" href="([^"]*)" '
                           r'aria-describedby="gb-gloss-\1">(.*?)</a><span class="gb-gloss__tip" id="gb-gloss-\1" '
                           r'role="tooltip" hidden data-search-exclude>(.*?)</span></span>', re.S)
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


def read(site: Path, page: str) -> str:
    return (site / page / "index.html").read_text(encoding="utf-8") if page else \
        (site / "index.html").read_text(encoding="utf-8")


def article(html: str) -> str:
    return html[html.index("<article"):html.index("</article>")]


def pages(site: Path):
    """(url path, html) of every HTML page of the site."""
    for path in sorted(site.rglob("*.html")):
        relative = path.relative_to(site).as_posix()
        yield relative.removesuffix("index.html"), path.read_text(encoding="utf-8")


def unlinked(html: str) -> str:
    """The HTML with the glossary links taken out again: the words linked stay, as they were written."""
    return GLOSSARY_LINK.sub(lambda m: m.group(3), html)


MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre"]


def french_date(iso: str) -> str:
    """A date as a French reader writes it, « 1er mars 2025 », « 9 janvier 2025 »: the tests' own reading,
    not the engine's (macros.pages.render.date_fr, whose output it checks)."""
    year, month, day = (int(part) for part in iso.split("-"))
    return f"{'1er' if day == 1 else day} {MONTHS[month - 1]} {year}"


def squash(text: str) -> str:
    return " ".join(text.split())


def plain(markdown_text: str) -> str:
    """What a reader sees of a Markdown text: its words, without the markup."""
    return squash(Text(markdown.markdown(markdown_text)).text)


class Text(HTMLParser):
    def __init__(self, html):
        super().__init__()
        self.parts = []
        self.feed(html)

    def handle_data(self, data):
        self.parts.append(data)

    @property
    def text(self):
        return "".join(self.parts)


class Elements(HTMLParser):
    """(tag, attrs, text) of every element, in document order; text includes the descendants'."""

    def __init__(self, html):
        super().__init__()
        self.found, self.stack, self.parents = [], [], {}
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        entry = [tag, dict(attrs), ""]
        self.parents[id(entry)] = list(self.stack)
        self.found.append(entry)
        if tag not in VOID:
            self.stack.append(entry)

    def handle_endtag(self, tag):
        if any(entry[0] == tag for entry in self.stack):
            while self.stack and self.stack.pop()[0] != tag:
                pass

    def handle_data(self, data):
        # A reader never sees the text of a hidden element (the glossary's tooltips, before hovering).
        if any("hidden" in entry[1] for entry in self.stack):
            return
        for entry in self.stack:
            entry[2] += data

    def all(self, tag, within=None, **attrs):
        """Elements by tag and exact attribute values (write data_x for data-x), optionally inside one."""
        return [e for e in self.found if e[0] == tag and (within is None or self.is_inside(e, within))
                and all(e[1].get(k.replace("_", "-")) == v for k, v in attrs.items())]

    def with_class(self, name, within=None):
        return [e for e in self.found if name in (e[1].get("class") or "").split()
                and (within is None or self.is_inside(e, within))]

    def is_inside(self, entry, outer):
        return any(parent is outer for parent in self.parents[id(entry)])


class Sections(HTMLParser):
    """The h2 sections of an article, each with whether anything but its heading stands in it."""

    EMBEDDED = {"img", "input", "svg", "video", "audio", "iframe", "object", "canvas", "select", "textarea"}

    def __init__(self, html):
        super().__init__()
        self.sections = []          # [heading text, has content]
        self.stack = []             # (tag, hidden) of the open elements
        self.feed(html)

    def _hidden(self):
        return any(hidden for _tag, hidden in self.stack)

    def _in_heading(self):
        return any(tag == "h2" for tag, _hidden in self.stack)

    def handle_starttag(self, tag, attrs):
        if tag == "h2":
            self.sections.append(["", False])
        elif tag in self.EMBEDDED and self.sections and not self._in_heading() and not self._hidden():
            self.sections[-1][1] = True
        if tag not in VOID:
            self.stack.append((tag, "hidden" in dict(attrs)))

    def handle_endtag(self, tag):
        if any(open_tag == tag for open_tag, _hidden in self.stack):
            while self.stack and self.stack.pop()[0] != tag:
                pass

    def handle_data(self, data):
        if not self.sections or self._hidden():
            return
        if self._in_heading():
            self.sections[-1][0] += data
        elif data.strip():
            self.sections[-1][1] = True

    def empty(self):
        return [squash(title) for title, has_content in self.sections if not has_content]


class PrimaryNav(HTMLParser):
    """The links of the site navigation (Material's primary nav), apart from the page's own content."""

    def __init__(self, html):
        super().__init__()
        self.depth, self.links = 0, []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "nav" and (self.depth or "md-nav--primary" in (attrs.get("class") or "")):
            self.depth += 1
        elif tag == "a" and self.depth:
            self.links.append(attrs.get("href", ""))

    def handle_endtag(self, tag):
        if tag == "nav" and self.depth:
            self.depth -= 1


def complete_list(site):
    """What initiatives/liste-complete.js gives the filters: every case study."""
    script = (site / "initiatives" / "liste-complete.js").read_text(encoding="utf-8")
    return json.loads(script.removeprefix("window.gbInitiatives=").rstrip().removesuffix(";"))
