"""A small valid corpus copied to a temporary folder, changed file by file, then checked."""
import shutil
import subprocess
import sys
from pathlib import Path

from macros.kinds import load_guide
from macros.reading.problems import ContentError

MINI = Path(__file__).resolve().parent / "fixtures" / "mini"
ROOT = Path(__file__).resolve().parent.parent


def make_corpus(tmp_path: Path, changes=None) -> Path:
    root = tmp_path / "corpus"
    shutil.copytree(MINI, root)
    shutil.copytree(ROOT / "docs" / "assets", root / "docs" / "assets")
    for relative, content in (changes or {}).items():
        target = root / relative
        if content is None:
            target.unlink()
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            target.write_bytes(content)
        else:
            target.write_text(content, encoding="utf-8")
    return root


def with_engine(root: Path) -> Path:
    """The corpus made buildable: the real engine, schemas, settings and theme overrides beside it."""
    for name in ("macros", "schemas"):
        shutil.copytree(ROOT / name, root / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copytree(ROOT / "docs" / "overrides", root / "docs" / "overrides", dirs_exist_ok=True)
    return root


def problems(root: Path, language: str = "fr"):
    """The located problems, as the contributor reads them (empty when the content is valid)."""
    try:
        load_guide(root, language=language)
    except ContentError as error:
        return [str(p) for p in error.problems]
    return []


def run_check(root: Path):
    return subprocess.run([sys.executable, "-m", "macros.cli.check", str(root)], cwd=ROOT,
                          capture_output=True, text=True)


def build_pages(root, directory_urls=True, language="fr"):
    """(build, every generated page) of the guide under root, as the site engine gets them."""
    from macros.build import Build
    build = Build(root)
    build.use_language(language)
    build.load()
    build.begin_pages(directory_urls)
    return build, build.pages()
