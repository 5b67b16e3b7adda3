"""What a first visit costs: one style sheet of the guide's own, scripts that let the page paint first, no
indentation to download (the search index only for a reader who opens it: tests/browser/test_search_on_demand.py).
(Sizes are measured by `make bench-web`.)"""
import re

import yaml

from conftest import ROOT
from site_html import read

STEP = "developpement-economique/feuille-de-route"


def test_page_links_one_style_sheet_of_the_guide_with_every_extra_css_in_order(built_site):
    html = read(built_site, STEP)
    head = html[:html.index("</head>")]
    blocking = re.findall(r'<link rel="stylesheet" href="([^"]+)">', head)
    assert [href.split("/")[-1].split(".")[0] for href in blocking] == ["main", "palette", "guide"]
    bundle = (built_site / STEP / blocking[-1]).resolve().read_text(encoding="utf-8")
    extra = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)["extra_css"]
    # Each style sheet is also published on its own: the bundle holds each of them whole, in order.
    positions = [bundle.index(f"/* {path} */\n" + (built_site / path).read_text(encoding="utf-8").strip())
                 for path in extra]
    assert positions == sorted(positions)
    assert re.search(r'<link rel="stylesheet" href="[^"]+/print\.css" media="print">', head)


def test_body_scripts_are_deferred_in_order_search_guard_first(built_site):
    html = read(built_site, STEP)
    body = html[html.index("<body"):]
    scripts = re.findall(r"<script src=\"([^\"]+)\"([^>]*)>", body)
    assert scripts and all(attributes == " defer" for _src, attributes in scripts)
    names = [src.split("/")[-1] for src, _attributes in scripts]
    assert names[0] == "search-on-demand.js" and names[1].startswith("bundle.")


def test_built_pages_have_no_indentation_outside_text_kept_as_written(built_site):
    from macros.html.page_speed import strip_indentation
    pages = sorted(built_site.rglob("*.html"))
    assert len(pages) > 50 and any(p.name == "404.html" for p in pages)
    for path in pages:
        html = path.read_text(encoding="utf-8")
        assert strip_indentation(html) == html, path.relative_to(built_site)
