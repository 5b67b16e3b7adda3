"""Each page's metadata shown to the theme in full only while that page itself is rendered.

Material's navigation asks each of its entries, on every page, for the icon, subtitle and status of the
entry's page, and whether it is encrypted, as soon as that page has any metadata. Every generated page
has some (its description, the title of its <head>), and each question Jinja cannot answer costs two
exceptions: about 200,000 a build at 1,000 case studies, 0.2 s of CPU (benchmarks/README.md). So until
its own render, a page keeps only the keys read of it before then, in a mapping that counts as empty for
the navigation when it holds nothing the navigation shows: Material's `if nav_item.meta and …` stops there,
while MkDocs still finds the page's title in it.
"""

# What is read of a page's metadata before the hook's on_page_context shows it whole: by Material's
# partials/nav-item.html on the other pages, by MkDocs when it picks the page's template, and by the
# search plugin's on_page_context, which runs before the hook's.
KEPT = ("icon", "subtitle", "status", "template", "search", "tags", "title")
SHOWN = ("icon", "subtitle", "status")       # what the navigation shows of another page


class _Unshown(dict):
    """Keys read by MkDocs and the search plugin, none the navigation shows: false, as an empty mapping."""

    def __bool__(self):
        return False


class ThemeMeta:
    """Holds the whole metadata of the pages while the theme renders them, one after the other."""

    def __init__(self):
        self._whole = {}        # id(page) -> (page, its whole metadata)

    def hide(self, pages) -> None:
        """Before the first page is rendered: every page shows only the keys of KEPT."""
        for page in pages:
            self._whole[id(page)] = (page, page.meta)
            page.meta = _for_navigation(page.meta)

    def show(self, page) -> None:
        """The page being rendered gets its whole metadata back (its head, its date, what it hides)."""
        kept = self._whole.get(id(page))
        if kept is not None:
            page.meta = kept[1]

    def hide_again(self, page) -> None:
        if id(page) in self._whole:
            page.meta = _for_navigation(page.meta)

    def restore(self) -> None:
        """Once the pages are written: each page has its metadata as MkDocs made it."""
        for page, meta in self._whole.values():
            page.meta = meta
        self._whole.clear()


def _for_navigation(meta: dict) -> dict:
    kept = {key: meta[key] for key in KEPT if key in meta}
    return kept if any(key in kept for key in SHOWN) else _Unshown(kept)
