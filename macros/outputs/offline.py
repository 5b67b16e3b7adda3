"""The offline copy: the whole site built a second time for opening from a folder (file://), zipped.

Material's offline plugin does what it covers (pages as x/y.html, the search index as a script); the
plugin is switched on by GUIDE_OFFLINE=true in mkdocs.yml. The build runs in its own process, so that its
configuration and its loaded guide never mix with those of the build that asked for it.
"""
import os
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

FOLDER = "guide-hors-ligne"
# Material's offline plugin loads a worker shim from a public CDN; the copy must work without network
# and the site never asks another host, so a shim of our own, shipped with the site, replaces it.
WORKER_SHIM = "assets/js/file-worker.js"
README = """Le numérique au service des collectivités locales — le guide hors connexion

Ouvrez le fichier index.html de ce dossier dans votre navigateur (double-clic) : le guide entier
fonctionne sans connexion, recherche et listes à cocher comprises. Les livrets PDF à imprimer sont
dans le dossier telechargements.
{online}"""


class OfflineBuildError(Exception):
    pass


def is_offline_build() -> bool:
    return os.environ.get("GUIDE_OFFLINE") == "true"


def parent_downloads():
    folder = os.environ.get("GUIDE_DOWNLOADS_FROM")
    return Path(folder) if folder else None


def with_local_worker_shim(polyfills: list) -> list:
    """In the offline build, our worker shim instead of the plugin's one from another host."""
    return [WORKER_SHIM if "iframe-worker" in str(script) else script for script in polyfills]


def without_instant_navigation(features: list) -> list:
    """In the offline build, no instant navigation: from a file Material cannot load its sitemap, and
    then never announces the page shown (document$), so no script of the guide starts (checklists,
    filters, decision tree…). Each page of the copy is opened as a file instead."""
    return [feature for feature in features if feature != "navigation.instant"]


def build(config_file: Path, downloads: Path, zip_path: Path, site_url: str = ""):
    """Build the offline copy (its pages offer the booklets already in `downloads`) and zip it."""
    env = {**os.environ, "GUIDE_OFFLINE": "true", "GUIDE_DOWNLOADS_FROM": str(downloads),
           "NO_MKDOCS_2_WARNING": "1"}
    with tempfile.TemporaryDirectory(prefix="guide-hors-ligne-") as tmp:
        site = Path(tmp) / FOLDER
        result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet",
                                 "-f", str(config_file), "-d", str(site)],
                                cwd=config_file.parent, env=env, capture_output=True, text=True)
        if result.returncode != 0:
            raise OfflineBuildError("la copie hors connexion n'a pas pu être construite :\n"
                                    + (result.stderr or result.stdout)[-4000:])
        online = f"\nLe guide en ligne, toujours à jour : {site_url}\n" if site_url else ""
        (site / "LISEZ-MOI.txt").write_text(README.format(online=online), encoding="utf-8")
        zip_path.parent.mkdir(parents=True, exist_ok=True)
        with zipfile.ZipFile(zip_path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
            for file in sorted(site.rglob("*")):
                if file.is_file() and not _left_out(file.relative_to(site).as_posix()):
                    archive.write(file, f"{FOLDER}/{file.relative_to(site).as_posix()}")


def _left_out(path: str) -> bool:
    # From a file, search reads the index inlined in search_index.js, never the JSON; the error page is
    # only ever shown by a web server (its links start at the server's root), as are HTTP headers.
    return path in ("search/search_index.json", "404.html", "_headers")
