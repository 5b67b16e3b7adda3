"""The floor: bare MkDocs Material building the same final Markdown as the project, as plain files.

The pages are taken from an untimed build of the project with benchmarks/capture_hook.py: the
generated pages as `generated_pages(guide)` made them and the hook handed them to MkDocs, the
hand-written pages once mkdocs-macros has rendered them, and the final navigation. The bare site has
the same theme, overrides, assets and navigation, and neither mkdocs-macros nor the project's hooks.
"""
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

CAPTURE_HOOK = Path(__file__).resolve().parent / "capture_hook.py"
BARE_HOOK = Path(__file__).resolve().parent / "bare_hook.py"


def _parent_config(project: Path) -> dict:
    from mkdocs.utils.yaml import yaml_load
    with open(project / "mkdocs.yml", encoding="utf-8") as source:
        return yaml_load(source)


def capture(project: Path, folder: Path):
    """Build the project once with the capture hook; the site itself is thrown away."""
    parent = _parent_config(project)
    config = project / "mkdocs-capture.yml"
    config.write_text(yaml.safe_dump({"INHERIT": "mkdocs.yml",
                                      "hooks": [*parent.get("hooks", []), str(CAPTURE_HOOK)]}),
                      encoding="utf-8")
    folder.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "GUIDE_PDF": "0", "GUIDE_CAPTURE_DIR": str(folder)}
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f", str(config),
                             "-d", str(folder / "site")], cwd=project, env=env, capture_output=True, text=True)
    config.unlink()
    if result.returncode != 0:
        raise RuntimeError(f"la construction du projet a échoué :\n{result.stderr}")
    shutil.rmtree(folder / "site")


def _page(meta: dict, markdown: str) -> str:
    if not meta:
        return markdown
    return "---\n" + yaml.safe_dump(meta, allow_unicode=True, sort_keys=False) + "---\n\n" + markdown


def make_bare(project: Path, destination: Path) -> Path:
    """A project with the same docs, rendered, and a config without macros nor the project's hook (only
    bare_hook.py, which gives the theme's overrides the catalogue's words)."""
    captured = destination.parent / f"{destination.name}-capture"
    capture(project, captured)
    docs = destination / "docs"
    shutil.copytree(project / "docs", docs)
    for page in (captured / "pages").rglob("*"):
        if page.is_file():
            src_uri = page.relative_to(captured / "pages").as_posix()
            text = page.read_text(encoding="utf-8")
            if (project / "docs" / src_uri).is_file():    # hand-written: rendered Markdown and its meta
                data = json.loads(text)
                text = _page(data["meta"], data["markdown"])
            (docs / src_uri).parent.mkdir(parents=True, exist_ok=True)
            (docs / src_uri).write_text(text, encoding="utf-8")
    parent = _parent_config(project)
    plugins = [p for p in parent.get("plugins", []) if (p if isinstance(p, str) else next(iter(p))) != "macros"]
    nav = json.loads((captured / "nav.json").read_text(encoding="utf-8"))
    config = {"INHERIT": os.path.relpath(project / "mkdocs.yml", destination), "hooks": [str(BARE_HOOK)], "watch": [],
              "plugins": plugins, "nav": nav}
    (destination / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False),
                                            encoding="utf-8")
    shutil.rmtree(captured)
    return destination
