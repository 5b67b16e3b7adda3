"""One build: what it knows, from the guide read to the files it offers, made by the adapter and passed
down to every stage (no module keeps per-build state of its own).

Under `make serve` the same object lives from one rebuild to the next: what may be reused stays (the
files read, the compiled templates, what the previous build made); what one build found is replaced at
`begin`.
"""
from pathlib import Path
from typing import Optional

from macros import addresses, kinds
from macros.html import glossary_links
from macros.model.guide import Guide
from macros.outputs import history
from macros.outputs.downloads import Downloads
from macros.pages.catalogue import Catalogue
from macros.pages.render import Templates
from macros.pages.views import Views
from macros.reading import overlays
from macros.reading.records import ReadCache
from macros.serve.live_reload import Incremental


class Build:
    def __init__(self, root: Path, command: str = "build", dirty: bool = False):
        self.root = Path(root)
        self.language = "fr"
        self.messages = Catalogue(self.language)   # the words the pages write around the records' text
        self.read_cache = ReadCache()
        self.templates = Templates()
        self.templates_edited = True
        self.incremental = Incremental(dirty)
        self.downloads = Downloads(command)
        self.links = addresses.Links()
        self.guide: Optional[Guide] = None
        self.views: Optional[Views] = None
        self.glossary: Optional[glossary_links.Glossary] = None
        self.dates: dict = {}              # file -> date of its last commit
        self.styles = None                 # the joined style sheet (html.page_speed.StyleBundle)
        # For the adapter, page by page: the metadata of each generated page (they have no front matter,
        # see pages.render.PageText), and each page's HTML as read and with its glossary links, from
        # MkDocs' on_page_content to on_page_context. The search plugin indexes the page in between,
        # without the links: they and their tooltips add nothing the index keeps, and its HTML parser
        # would read them on every page for nothing.
        self.meta: dict = {}
        self.linked: dict = {}
        self.overlay_stamps = None         # the English overlays as the previous build read them
        self.untranslated_pages: dict = {}   # src_uri -> "all" or "some": the English pages showing French text
        self.site_roots: dict = {}           # language -> the address of that edition's home page

    @property
    def dirty(self) -> bool:
        return self.incremental.dirty

    def use_language(self, language: str) -> None:
        """The edition this build makes (mkdocs.yml: theme.language), known once the configuration is read."""
        if language != self.language:
            self.language, self.messages = language, Catalogue(language)
            self.templates.use(self.messages)
            self.downloads.messages = self.messages     # its booklets, spreadsheets and copy in that language

    def load(self) -> Guide:
        """Read and check the guide (a rebuild of `make serve` reads only the files edited since)."""
        guide = kinds.load_guide(self.root, cache=self.read_cache if self.dirty else None, language=self.language)
        guide.edited = self.read_cache.edited if self.dirty else None
        if self.language != "fr":
            stamps = overlays.stamps(self.root)
            if stamps != self.overlay_stamps:
                guide.edited = None     # an English text changed: every page is made again
            self.overlay_stamps = stamps
        self.guide, self.views = guide, Views(guide, self.messages)
        return guide

    def begin_pages(self, directory_urls: bool) -> None:
        """What the pages need once the site's files are known: the URL style, the history, the glossary
        (under `make serve`, it keeps the links the previous builds found)."""
        self.links = addresses.Links(directory_urls)
        self.dates = history.last_changes(self.root)
        self.glossary = glossary_links.for_build(self, self.glossary if self.dirty else None)

    def edit_path(self, path: str) -> str:
        """The file (or folder) a reader edits to change a page made from `path`: in the English edition,
        its overlay (en/<path>) once there is one."""
        english = f"{overlays.translations.FOLDER}/{path}"
        return english if self.language != "fr" and (self.root / english).exists() else path

    def pages(self) -> list:
        return kinds.generated_pages(self)

    def files(self) -> list:
        return kinds.generated_files(self)
