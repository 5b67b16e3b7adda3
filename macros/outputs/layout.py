"""Laying the booklets out: WeasyPrint, the cache of booklets already made, and processes side by side.

WeasyPrint takes some 60 ms a page on the machines of the benchmarks, and nearly all of a build with
the PDFs; its layout is pure Python, one core per document. So:

- a booklet whose HTML, style sheet, images and WeasyPrint are those of a PDF made before is not laid
  out again: the PDF and its page count are kept in a cache folder (`.cache/booklets/<language>/` of the
  project, or `$GUIDE_CACHE/booklets/<language>/`), under the fingerprint of what made it;
- the booklets still to make are laid out in worker processes, as many as there are cores, the
  longest first; the HTML is rendered in the build's process, which holds the guide.
"""
import hashlib
import json
import os
import re
import shutil
import tempfile
from dataclasses import dataclass
from html import unescape
from importlib import metadata
from pathlib import Path

STYLESHEET = Path(__file__).resolve().parent / "templates" / "booklet.css"
# Changed whenever the way a PDF is written changes (options of write_pdf, what the worker does), so that
# a PDF made the old way is not taken from the cache.
FORMAT = "1"
# What lays the HTML out, besides it: a new version of one of these may lay the same HTML out otherwise.
# Pango and the fonts of the machine are not counted: an update of theirs changes a line break at most,
# and deleting the cache folder makes every booklet again.
LIBRARIES = ("weasyprint", "pydyf", "tinycss2", "cssselect2", "tinyhtml5", "fonttools")
_IMAGE = re.compile(r'<img\b[^>]*?\bsrc="([^"]+)"')


@dataclass
class Job:
    path: str           # under the site, e.g. "telechargements/guide-complet.pdf"
    html: str


@dataclass
class Report:
    pages: dict         # path -> number of pages of its PDF
    laid_out: list      # paths laid out by this build (the others came from the cache)


def cache_folder(root: Path, language: str = "fr") -> Path:
    """Where the booklets of an edition are kept: GUIDE_CACHE (a folder CI can keep between runs), else the
    project's .cache. One folder per language: `make build` builds the French edition then the English
    one, and each build keeps only the booklets it used (Cache.prune), which would otherwise be the
    other edition's loss at every build."""
    base = os.environ.get("GUIDE_CACHE", "").strip()
    return (Path(base) if base else Path(root) / ".cache") / "booklets" / language


def _versions() -> str:
    found = []
    for name in LIBRARIES:
        try:
            found.append(f"{name} {metadata.version(name)}")
        except metadata.PackageNotFoundError:
            found.append(f"{name} -")
    return "\n".join(found)


def fingerprint(html: str, docs_dir: Path, settings: str) -> str:
    """sha256 of everything that makes the PDF: the HTML (with its date, see booklets.edition_date), the
    style sheet and the libraries (settings), and the bytes of each image the HTML shows."""
    digest = hashlib.sha256(settings.encode("utf-8"))
    digest.update(html.encode("utf-8"))
    for source in sorted(set(_IMAGE.findall(html))):
        image = Path(docs_dir) / unescape(source)
        digest.update(f"\n{source}\n".encode("utf-8"))
        digest.update(image.read_bytes() if image.is_file() else b"-")
    return digest.hexdigest()


class Cache:
    """PDFs by fingerprint, with their page counts. After a build it holds what that build used, no more."""

    def __init__(self, folder):
        self.folder = Path(folder) if folder else None
        self.used = set()

    def restore(self, key: str, target: Path):
        """Copy the kept PDF to target; its page count, or None when there is none to take."""
        if self.folder is None:
            return None
        try:
            pages = json.loads((self.folder / f"{key}.json").read_text(encoding="utf-8"))["pages"]
            shutil.copyfile(self.folder / f"{key}.pdf", target)
        except (OSError, ValueError, KeyError, TypeError):
            return None       # never kept, or pruned meanwhile by another build sharing the folder
        self.used.add(key)
        return pages

    def keep(self, key: str, source: Path, pages: int) -> None:
        """Written under a temporary name then renamed: a build that stops midway leaves no half file."""
        if self.folder is None:
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        for suffix, write in ((".pdf", lambda tmp: shutil.copyfile(source, tmp)),
                              (".json", lambda tmp: Path(tmp).write_text(json.dumps({"pages": pages}), "utf-8"))):
            handle, tmp = tempfile.mkstemp(dir=self.folder, prefix=".tmp-")
            os.close(handle)
            write(tmp)
            os.replace(tmp, self.folder / f"{key}{suffix}")
        self.used.add(key)

    def prune(self) -> None:
        """Each content change adds PDFs; only those of the last build are worth keeping."""
        if self.folder is None or not self.folder.is_dir():
            return
        for file in self.folder.iterdir():
            if file.suffix in (".pdf", ".json") and file.stem not in self.used:
                file.unlink(missing_ok=True)


def lay_out(jobs: list, docs_dir: Path, out_dir: Path, cache: Cache) -> Report:
    """Write each job's PDF under out_dir, from the cache when it has it."""
    settings = "\n".join([FORMAT, _versions(), STYLESHEET.read_text(encoding="utf-8")])
    report, pending = Report({}, []), []
    for job in jobs:
        target = Path(out_dir) / job.path
        target.parent.mkdir(parents=True, exist_ok=True)
        key = fingerprint(job.html, docs_dir, settings)
        pages = cache.restore(key, target)
        if pages is None:
            pending.append((key, job))
        else:
            report.pages[job.path] = pages
    # The longest first: the workers end together rather than one laying the guide out alone at the end.
    pending.sort(key=lambda item: len(item[1].html), reverse=True)
    base_url = str(docs_dir) + "/"
    for (key, job), pages in zip(pending, _pages_of(pending, base_url, out_dir)):
        cache.keep(key, Path(out_dir) / job.path, pages)
        report.pages[job.path] = pages
        report.laid_out.append(job.path)
    cache.prune()
    return report


def _pages_of(pending: list, base_url: str, out_dir: Path) -> list:
    """Lay the pending jobs out, in processes of their own when there are several, and return their page
    counts (`mkdocs serve` never gets here)."""
    targets = [str(Path(out_dir) / job.path) for _key, job in pending]
    if len(pending) <= 1 or _cores() == 1:
        return [write_pdf(job.html, base_url, target) for (_key, job), target in zip(pending, targets)]
    import gc
    from concurrent.futures import ProcessPoolExecutor
    # The guide and everything the build holds are shared with forked workers, not copied, as long as
    # their garbage collector leaves them alone (it writes into every object it visits).
    gc.freeze()
    try:
        with ProcessPoolExecutor(min(_cores(), len(pending)), mp_context=_start_method()) as pool:
            futures = [pool.submit(write_pdf, job.html, base_url, target)
                       for (_key, job), target in zip(pending, targets)]
            return [future.result() for future in futures]
    finally:
        gc.unfreeze()


def _start_method():
    """fork when the build runs on a single thread (`mkdocs build`): the workers start at once, without
    importing the main module again (which a script read from stdin, or not guarded by
    `if __name__ == "__main__"`, would not survive). With other threads running (a test's web server), a
    fork could copy a lock one of them holds: then fresh processes (spawn)."""
    import multiprocessing
    import threading
    if threading.active_count() == 1 and "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def _cores() -> int:
    """The cores this process may run on (a container's share), not the machine's count."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:      # not on Linux
        return max(1, os.cpu_count() or 1)


_loaded = {}


def weasyprint_module():
    """WeasyPrint, imported once per process: never for `mkdocs serve` or `make check`."""
    if "weasyprint" not in _loaded:
        import warnings
        # Without Debian's libharfbuzz-subset0 it warns at import (with a traceback, under MkDocs) that a
        # future version will need it; this one subsets the fonts with fontTools, and the PDFs are the same.
        warnings.filterwarnings("ignore", "HarfBuzz-Subset will be required", DeprecationWarning, r"weasyprint\.")
        import weasyprint
        _loaded["weasyprint"] = weasyprint
        _loaded["stylesheet"] = weasyprint.CSS(filename=str(STYLESHEET))
        _loaded["fonts"] = weasyprint.text.fonts.FontConfiguration()
    return _loaded["weasyprint"]


def write_pdf(html: str, base_url: str, target: str) -> int:
    """Lay one booklet out and write its PDF; its number of pages. Run in a worker or in the build."""
    weasyprint = weasyprint_module()
    document = weasyprint.HTML(string=html, base_url=base_url).render(
        stylesheets=[_loaded["stylesheet"]], font_config=_loaded["fonts"])
    document.write_pdf(target)
    return len(document.pages)
