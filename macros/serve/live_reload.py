"""`make serve` rebuilds only the pages an edit changes (MkDocs' dirty reload), and keeps them right.

MkDocs rebuilds every page after any edit, which takes longer the larger the guide. With `--dirty` it
rebuilds only the files it believes modified, but a page generated in memory always counts as modified.
Here a generated page counts as modified when its Markdown differs from the previous build's, or when
what every page depends on changed (the navigation, the glossary's terms and tooltips). A term's page
also depends on which pages link to the term: the links found in earlier builds are kept, so that its
« Employé dans » stays complete, and the page is rebuilt when that list changes.

Material's search index handles a dirty rebuild of one page only; `deduplicate_search_index` keeps, for
each page, only the entries of its latest build.
"""
from typing import TYPE_CHECKING
import hashlib
import json
import logging
from pathlib import Path

if TYPE_CHECKING:
    from macros.build import Build

_DIRTY_WARNING = "A 'dirty' build is being performed"


def _digest(*parts) -> str:
    return hashlib.sha1(json.dumps(parts, ensure_ascii=False, sort_keys=True).encode()).hexdigest()


class Incremental:
    """What one `make serve` session remembers from one build to the next."""

    def __init__(self, dirty: bool = False):
        self.dirty = dirty
        self.previous, self.current = {}, {}      # src_uri -> digest of the page's Markdown
        self.common, self.common_changed = None, True
        self.initiative_pages = {}               # src_uri -> Markdown, of the previous build
        self.initiative_links = None             # the URL style those pages were made with
        if dirty:
            # MkDocs warns at each dirty build that the navigation may be stale; here it is not (see
            # above), and under --strict the warning would stop the preview.
            logging.getLogger("mkdocs.commands.build").addFilter(
                lambda record: not record.getMessage().startswith(_DIRTY_WARNING))

    def begin_build(self, common_parts) -> None:
        """Called once per build with what every page depends on (navigation, glossary terms and tips)."""
        common = _digest(common_parts)
        self.common_changed = common != self.common
        self.common = common
        self.previous, self.current = self.current, {}

    def is_modified(self, src_uri: str, on_disk, output: str, content: str = None, extra=None):
        """Whether a page must be built again, as a function MkDocs calls: for a generated page, when its
        Markdown (and `extra()`, what else it shows) differs from the previous build's; for a page of
        docs/, when `on_disk()` (MkDocs' own test) finds it newer than its output. Any page, when what all
        pages depend on changed."""
        answer = []     # MkDocs asks twice per page and build: the digest is made once

        def is_modified():
            if not answer:
                answer.append(_is_modified())
            return answer[0]

        def _is_modified():
            if content is None:
                return self.common_changed or on_disk()
            # The page's Markdown hashed as it is, not through json.dumps, which costs a pass over every page.
            digest = hashlib.sha1(content.encode()).hexdigest() + (_digest(extra()) if extra else "")
            self.current[src_uri] = digest
            stale = self.common_changed or self.previous.get(src_uri) != digest
            return stale or not Path(output).is_file()

        return is_modified

    def reusable_initiative_pages(self, build: "Build") -> dict:
        """The case studies' pages of the previous build, when only case studies were edited since and
        nothing they depend on changed; {} otherwise."""
        edited = build.guide.edited
        if build.templates_edited or edited is None or self.initiative_links != build.links.directory_urls \
                or not all(label.startswith("initiatives/") for label in edited):
            return {}
        return self.initiative_pages

    def keep_initiative_pages(self, build: "Build", pages) -> None:
        self.initiative_pages = {page.src_uri: page.content for page in pages}
        self.initiative_links = build.links.directory_urls



def deduplicate_search_index(site_dir: str):
    """Keep, for each page, only the search entries of its latest build (they come last); the entries
    kept, or None when there was nothing to remove."""
    path = Path(site_dir) / "search" / "search_index.json"
    if not path.is_file():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    groups = []           # [page, entries]: a page's entries start with the page itself (no anchor)
    for entry in data["docs"]:
        page = entry["location"].split("#")[0]
        if not groups or "#" not in entry["location"] or groups[-1][0] != page:
            groups.append([page, []])
        groups[-1][1].append(entry)
    latest = {page: index for index, (page, _entries) in enumerate(groups)}
    kept = [entry for index, (page, entries) in enumerate(groups) if latest[page] == index for entry in entries]
    if len(kept) != len(data["docs"]):
        data["docs"] = kept
        path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
        return kept
    return None
