"""A tiny guide as a contributor's clone has it (mini corpus, engine, Makefile), driven through `make`."""
import os
import shutil
import subprocess
from pathlib import Path

from corpus import MINI

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
# The copies use this venv as it is (-o: a test never reinstalls it); no PDF booklets.
MAKE = ["make", "--no-print-directory", "-s", "-o", str(VENV / ".installed"), f"VENV={VENV}", "GUIDE_PDF=0"]
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


def make_project(destination: Path) -> Path:
    shutil.copytree(MINI, destination)
    for name in ("macros", "schemas", "docs/assets", "docs/overrides"):
        shutil.copytree(ROOT / name, destination / name, dirs_exist_ok=True,
                        ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("mkdocs.yml", "mkdocs.en.yml", "Makefile", "requirements.txt", "requirements-test.txt"):
        shutil.copy2(ROOT / name, destination / name)
    return destination


def make(project: Path, *arguments: str):
    return subprocess.run(MAKE + list(arguments), cwd=project, capture_output=True, text=True, env=ENV)


def contributing_block(marker, language):
    """The first ```language block of CONTRIBUTING.md after marker, as a contributor reads it there."""
    text = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    start = text.index(f"```{language}\n", text.index(marker)) + len(language) + 4
    return text[start:text.index("```", start)]
