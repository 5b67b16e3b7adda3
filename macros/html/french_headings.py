"""The table of contents of an English page whose headings hold French text.

Python-Markdown gives the theme each heading's text without its markup, so a heading still in French
(`<h2><span lang="fr">…</span></h2>`, see pages.render) would lose its mark in the table of contents
beside the page. Its entry gets the heading's text again, escaped, with its French runs in a
<span lang="fr">; every other entry is left as Python-Markdown made it.
"""
import html
import re
from collections.abc import Iterable
from html.parser import HTMLParser

from macros.pages.render import FRENCH_PART

_HEADING = re.compile(r'<h([1-6])\b[^>]*\bid="([^"]+)"[^>]*>(.*?)</h\1>', re.DOTALL)
_VOID = {"br", "img", "wbr"}
_SPACES = re.compile(r"\s+")


class _Runs(HTMLParser):
    """A heading's text as runs of (is French, text), each element's language being its own lang or its
    parent's."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.languages = [None]
        self.runs = []

    def handle_starttag(self, tag, attrs):
        if tag not in _VOID:
            self.languages.append(dict(attrs).get("lang", self.languages[-1]))

    def handle_endtag(self, tag):
        if tag not in _VOID and len(self.languages) > 1:
            self.languages.pop()

    def handle_data(self, data):
        french = self.languages[-1] == "fr"
        if self.runs and self.runs[-1][0] == french:
            self.runs[-1] = (french, self.runs[-1][1] + data)
        else:
            self.runs.append((french, data))


def marked_text(heading_html: str) -> str:
    """A heading's text as the table of contents shows it: escaped, its French runs in a <span lang="fr">."""
    reader = _Runs()
    reader.feed(heading_html)
    reader.close()
    made = "".join(f"{FRENCH_PART}{html.escape(_SPACES.sub(' ', words))}</span>" if french
                   else html.escape(_SPACES.sub(" ", words)) for french, words in reader.runs)
    return made.strip()


def mark_toc(toc: Iterable, page_html: str, whole: bool = False) -> None:
    """Each entry of `toc` (MkDocs' table of contents, changed in place) whose heading in `page_html`
    holds French text gets that text marked; every entry when the `whole` page is French (a hand-written
    page with no translation yet, whose text is marked once, around it all)."""
    if FRENCH_PART not in page_html and not whole:
        return
    french = {anchor: marked_text(inner) for _level, anchor, inner in _HEADING.findall(page_html)
              if FRENCH_PART in inner}
    entries = list(toc)
    while entries:
        entry = entries.pop()
        if whole:
            entry.title = f"{FRENCH_PART}{entry.title}</span>"
        elif entry.id in french:
            entry.title = french[entry.id]
        entries.extend(entry.children)
