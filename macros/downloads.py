"""What a reader can take away — the PDF booklets and the offline copy — made once per `mkdocs build`.

They are made before the pages are rendered, so that a page can give each file's size, and copied into
the site once it is built. `mkdocs serve` never makes them (it must stay fast), nor does a build with
GUIDE_PDF=0; the pages then simply do not offer them.
"""
import atexit
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from . import booklets, offline, pages


@dataclass
class Download:
    path: str          # under the site, e.g. "telechargements/guide-complet.pdf"
    title: str
    size: int          # bytes
    pages: int = 0     # for a PDF

    @property
    def kind(self):
        return Path(self.path).suffix[1:].upper()

    @property
    def size_label(self):
        """The size as a French reader reads it: « 19 Ko », « 1,4 Mo »."""
        if self.size < 1024 * 1024:
            return f"{max(1, round(self.size / 1024))} Ko"
        return f"{self.size / 1024 / 1024:.1f} Mo".replace(".", ",")


class _Build:
    command = "build"
    folder = None       # where this build's files wait until the site is written
    found = {}          # path -> Download


def enabled() -> bool:
    return _Build.command != "serve" and os.environ.get("GUIDE_PDF", "1") != "0"


def set_command(command):
    _Build.command = command


def prepare(guide, config):
    """Make the files of this build (or, in the offline copy's own build, take its parent's booklets)."""
    _Build.found = {}
    _Build.folder = None
    if offline.is_offline_build():
        parent = offline.parent_downloads()
        if parent is not None:
            _Build.folder = parent
            for booklet in booklets.booklets(guide):
                _found(parent, booklet.path, booklet.title)
        return
    if not enabled():
        return
    folder = Path(tempfile.mkdtemp(prefix="guide-telechargements-"))
    atexit.register(shutil.rmtree, folder, True)
    site = {"name": config.site_name, "description": config.site_description or "",
            "url": config.extra.get("public_url") or ""}
    for booklet, page_count in booklets.write(guide, Path(config.docs_dir), folder, site):
        _found(folder, booklet.path, booklet.title, page_count)
    offline.build(Path(config.config_file_path), folder, folder / offline.ZIP, site["url"])
    _found(folder, offline.ZIP, "Le guide hors connexion")
    _Build.folder = folder


def _found(folder, path, title, page_count=0):
    file = folder / path
    if file.is_file():
        _Build.found[path] = Download(path, title, file.stat().st_size, page_count)


def publish(site_dir):
    """Copy this build's files into the site being written."""
    for path in _Build.found:
        target = Path(site_dir) / path
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(_Build.folder / path, target)


def find(path):
    return _Build.found.get(path)


def for_step(step):
    return find(booklets.step_booklet_path(step))


HOME = [  # (file, what the home page says of it), the offline copy first
    (offline.ZIP, "décompressez-le, puis ouvrez le fichier index.html du dossier dans votre navigateur : "
                  "tout le guide fonctionne alors sans connexion, recherche et listes à cocher comprises."),
    (booklets.WHOLE_GUIDE, "les étapes, les initiatives et le glossaire, avec un sommaire."),
    (booklets.ALL_CHECKLISTS, "les questions de toutes les étapes, à cocher en réunion."),
]


def for_home():
    """(download, what it is) for each file offered on the home page."""
    return [(_Build.found[path], summary) for path, summary in HOME if path in _Build.found]


pages.GLOBALS.update(step_download=for_step)
