"""A small valid corpus copied to a temporary folder, changed file by file, then checked."""
import shutil
import subprocess
import sys
from pathlib import Path

from macros.site import load_guide  # site knows every registered kind of record
from macros.problems import ContentError

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


def problems(root: Path):
    """The located problems, as the contributor reads them (empty when the content is valid)."""
    try:
        load_guide(root)
    except ContentError as error:
        return [str(p) for p in error.problems]
    return []


def run_check(root: Path):
    return subprocess.run([sys.executable, "-m", "macros.check", str(root)], cwd=ROOT,
                          capture_output=True, text=True)
