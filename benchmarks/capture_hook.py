"""MkDocs hook added (by benchmarks/bare.py, in an untimed build) after the project's own hooks: it writes
down the final navigation and the Markdown of every page as the project hands it to MkDocs (generated
pages as `generated_pages` made them, hand-written pages once mkdocs-macros has rendered them), so that
the bare build gets exactly the same input."""
import json
import os
from pathlib import Path

from mkdocs.plugins import event_priority

OUT = Path(os.environ["GUIDE_CAPTURE_DIR"])


def _write(src_uri, text):
    target = OUT / "pages" / src_uri
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")


@event_priority(-100)
def on_config(config):
    (OUT / "nav.json").write_text(json.dumps(config.nav, ensure_ascii=False), encoding="utf-8")


@event_priority(-100)
def on_files(files, config):
    for file in files.documentation_pages():
        if file.generated_by is not None:
            _write(file.src_uri, file.content_string)
    return files


@event_priority(-100)
def on_page_markdown(markdown, page, config, files):
    if page.file.generated_by is None:
        _write(page.file.src_uri, json.dumps({"meta": page.meta, "markdown": markdown}, ensure_ascii=False,
                                             default=str))
