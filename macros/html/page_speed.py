"""Pages that paint sooner on a slow connection: one style sheet for the guide's own styles, scripts deferred.

Each feature keeps its own small style sheet and script in docs/assets/ (easy to read and to change);
the reader's browser, though, waits for every style sheet of the <head>, and for every script met while
reading the page, before it paints anything. So the built site gets:
- the guide's local style sheets (extra_css) joined, in order, into one file named by its content;
- the scripts of the page's body (Material's bundle, extra_javascript) marked `defer`: they still run in
  the same order, before DOMContentLoaded, but after the page is read, and the text shows first (the
  theme's block of scripts goes through `deferred_scripts`);
- no indentation at the start of the lines of its HTML (the templates' own, about 5 % of each page
  once compressed), except inside the elements where spaces are kept as written.
"""
import hashlib
import posixpath
import re
from pathlib import Path

import jinja2   # only the MkDocs hook imports this module, and MkDocs has loaded Jinja

from macros.html import theme_fixes

BUNDLE_DIR = "assets/css"
_URL = re.compile(r"""url\((['"]?)(?!data:|https?:|/|#)([^'")]+)\1\)""")
_BODY_SCRIPT = re.compile(r'<script src="([^"]+)"></script>')
_KEPT_AS_WRITTEN = re.compile(r"(<(pre|textarea|script|style)\b.*?</\2>)", re.S | re.I)
_INDENT = re.compile(r"\n[ \t]+")


def _is_local(path) -> bool:
    return isinstance(path, str) and not re.match(r"^(https?:)?//", path)


def _joined(docs_dir: Path, paths) -> str:
    """The style sheets one after the other, their relative url()s made relative to the bundle."""
    parts = []
    for path in paths:
        css = (docs_dir / path).read_text(encoding="utf-8")
        folder = posixpath.dirname(path)
        css = _URL.sub(lambda m: "url({0}{1}{0})".format(
            m.group(1), posixpath.relpath(posixpath.normpath(posixpath.join(folder, m.group(2))), BUNDLE_DIR)), css)
        parts.append(f"/* {path} */\n{css.strip()}\n")
    return "\n".join(parts)


class StyleBundle:
    """The local entries of extra_css, replaced by one file (`extra_css`: the list the pages link) written
    after the build."""

    def __init__(self, docs_dir: Path, extra_css: list):
        self.docs_dir = Path(docs_dir)
        self.paths = [str(path) for path in extra_css if _is_local(str(path))]
        self.path = None
        self.extra_css = list(extra_css)
        if len(self.paths) < 2 or not all((self.docs_dir / p).is_file() for p in self.paths):
            return
        digest = hashlib.sha256(_joined(self.docs_dir, self.paths).encode("utf-8")).hexdigest()[:8]
        self.path = f"{BUNDLE_DIR}/guide.{digest}.css"
        first = next(i for i, p in enumerate(extra_css) if _is_local(str(p)))
        kept = [p for p in extra_css if not _is_local(str(p))]
        self.extra_css = kept[:first] + [self.path] + kept[first:]

    def write(self, site_dir) -> None:
        if self.path:
            target = Path(site_dir) / self.path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(_joined(self.docs_dir, self.paths), encoding="utf-8")


def strip_indentation(html: str) -> str:
    """The page without the spaces that start its lines; a line break stays, so the text reads the same."""
    parts = _KEPT_AS_WRITTEN.split(html)
    # split() with two groups gives: text, whole kept element, its tag name, text, …
    out = []
    for index, part in enumerate(parts):
        kind = index % 3
        if kind == 0:
            out.append(_INDENT.sub("\n", part))
        elif kind == 1:
            out.append(part)
    return "".join(out)


class IndentFreeTemplates(jinja2.BaseLoader):
    """The theme's template loader, giving each template without the indentation of its lines.

    The pages then come out of the theme without it, at no cost per page, where stripping each built
    page cost a share of the build that grew with the guide. Spaces at the start of a template's lines mean nothing to Jinja,
    and the elements kept as written keep them: the pages are the same as when each one was stripped
    once built (the page's own text is stripped by the hook, see on_page_context).
    """

    def __init__(self, loader):
        self.loader = loader

    def get_source(self, environment, template):
        source, filename, uptodate = self.loader.get_source(environment, template)
        return strip_indentation(theme_fixes.fixed(template, source)), filename, uptodate

    def list_templates(self):
        return self.loader.list_templates()


def deferred_scripts(html: str) -> str:
    """The theme's block of body scripts (docs/overrides/main.html, filter gb_deferred) with each plain
    external script deferred; applied to that block alone rather than to each whole page."""
    return _BODY_SCRIPT.sub(r'<script src="\1" defer></script>', html)
