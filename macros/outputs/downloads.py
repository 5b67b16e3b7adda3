"""What a reader can take away — the PDF booklets, the spreadsheets of the checklists and the offline
copy — made once per `mkdocs build`.

They are made before the pages are rendered, so that a page can give each file's size, and copied into
the site once it is built; the offline copy, made from the built site, gives its size to the pages that
offer it afterwards (outputs/offline.py). `mkdocs serve` never makes them (it must stay fast), nor does
a build with GUIDE_PDF=0; the pages then simply do not offer them.

Each edition makes its own, in its language, under the same names in its own site (the English ones in
en/telechargements/); what they are called and how their sizes are written come from the build's
catalogue (pages/messages/).
"""
from typing import TYPE_CHECKING
import atexit
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from macros import addresses
from macros.outputs import booklets, history, layout, offline, spreadsheets
from macros.pages.catalogue import Catalogue

if TYPE_CHECKING:
    from macros.model.guide import Guide


@dataclass
class Download:
    path: str          # under the site, e.g. "telechargements/guide-complet.pdf"
    title: str
    size: int | None   # bytes; None for the offline copy until it is made from the built site
    pages: int = 0     # for a PDF
    messages: Catalogue = field(default_factory=Catalogue, repr=False, compare=False)   # the edition's words

    @property
    def kind(self):
        return Path(self.path).suffix[1:].upper()

    @property
    def media_type(self):
        return MEDIA_TYPES.get(self.kind, "")

    @property
    def size_label(self):
        """The size as the edition's reader reads it: « 19 Ko », « 1,4 Mo »; "19 KB", "1.4 MB"."""
        if self.size is None:   # given once the file is made, after the pages (outputs/offline.py)
            return offline.SIZE_MARKER
        if self.size < 1024 * 1024:
            return self.messages.text("downloads.kilobytes", count=max(1, round(self.size / 1024)))
        megabytes = f"{self.size / 1024 / 1024:.1f}".replace(".", self.messages.text("downloads.decimal_mark"))
        return self.messages.text("downloads.megabytes", count=megabytes)


MEDIA_TYPES = {"PDF": "application/pdf", "ZIP": "application/zip",
               "XLSX": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}
HOME = [  # (file, the catalogue's key of what the home page says of it), the offline copy first
    (addresses.OFFLINE_ZIP, "downloads.offline"),
    (addresses.WHOLE_GUIDE_PDF, "downloads.guide"),
    (addresses.ALL_CHECKLISTS_PDF, "downloads.checklists"),
    (addresses.ALL_CHECKLISTS_XLSX, "downloads.spreadsheet"),
]




class Downloads:
    """The files of one build, made in a temporary folder before the pages (which give their sizes)."""

    def __init__(self, command: str = "build", messages: Catalogue = None):
        self.command = command      # `mkdocs serve` never makes them
        self.messages = messages or Catalogue()   # the edition's words (Build.use_language)
        self.folder = None          # where this build's files wait until the site is written
        self.found = {}             # path under the site -> Download
        self.collections = []       # the booklets of the case studies (booklets.Booklet), in order
        self.report = ""            # what the build laid out, and what it took from the cache

    @property
    def language(self) -> str:
        return self.messages.language

    @property
    def enabled(self) -> bool:
        return self.command != "serve" and os.environ.get("GUIDE_PDF", "1") != "0"

    def prepare(self, guide: "Guide", site: dict, docs_dir: Path, root: Path) -> None:
        """Make the files of this build. site: {"name", "description", "url"} of the guide; root: the
        project's folder (its booklet cache, its git history)."""
        self.found, self.folder, self.report = {}, None, ""
        self.collections = booklets.case_study_booklets(guide) if self.enabled else []   # not for serve
        if not self.enabled:
            return
        self.folder = Path(tempfile.mkdtemp(prefix="guide-telechargements-"))
        atexit.register(shutil.rmtree, self.folder, True)
        self._write_booklets(guide, site, docs_dir, root)
        for spreadsheet in spreadsheets.write(guide, self.folder, site):
            self._found(spreadsheet.path, spreadsheet.title)
        # The offline copy is made from the built site (outputs/offline.py, at the end of the build).
        title = self.messages.text("downloads.offline_title")
        self.found[addresses.OFFLINE_ZIP] = Download(addresses.OFFLINE_ZIP, title, None, messages=self.messages)

    def _write_booklets(self, guide, site, docs_dir, root) -> None:
        cache = layout.cache_folder(root, self.language)
        made, laid_out = booklets.write(guide, docs_dir, self.folder, site, cache, history.last_changes(root))
        for booklet, page_count in made:
            self._found(booklet.path, booklet.title, page_count)
        self.report = (f"Livrets PDF : {len(laid_out)} mis en page, {len(made) - len(laid_out)} repris du "
                       f"cache ({cache})")

    def _found(self, path: str, title: str, page_count: int = 0) -> None:
        file = self.folder / path
        if file.is_file():
            self.found[path] = Download(path, title, file.stat().st_size, page_count, self.messages)

    def publish(self, site_dir) -> None:
        """Copy this build's files into the site being written (the offline copy is made there later)."""
        for path in (path for path, download in self.found.items() if download.size is not None):
            target = Path(site_dir) / path
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(self.folder / path, target)

    def for_step(self, step) -> list:
        """The step's files: its booklet (PDF), then its spreadsheet (XLSX), those this build made."""
        paths = (booklets.step_booklet_path(step), spreadsheets.step_spreadsheet_path(step))
        return [self.found[path] for path in paths if path in self.found]

    def for_collections(self) -> list:
        """(download, booklet) for each collection of case studies this build made, domain by domain."""
        return [(self.found[booklet.path], booklet) for booklet in self.collections if booklet.path in self.found]

    def for_home(self) -> list:
        """(download, what it is) for each file offered on the home page."""
        return [(self.found[path], self.messages.text(summary)) for path, summary in HOME if path in self.found]
