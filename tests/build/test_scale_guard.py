"""A guard against pages that grow with the guide: at 300 case studies, no case study, step, page of the
initiatives index or decision tree is over 100 KB, no page is bigger than what it lists, and a case study's
navigation does not list the others (else the site grows as n²).

Not a timing: sizes and links only. `make bench-build` measures the times.
"""
from collections import Counter
import posixpath
import re
from urllib.parse import urlsplit

import pytest

from benchmarks.corpus import make_corpus
from conftest import mkdocs_build
from site_html import PrimaryNav, article, complete_list

N = 300
PAGE_KB = 100          # a case study or a step, whatever the size of the guide
PER_ENTRY_KB = 1       # what a listing page may add for each item or link it shows


@pytest.fixture(scope="module")
def scaled_site(tmp_path_factory):
    root = tmp_path_factory.mktemp("scale")
    counts = make_corpus(root / "project", N)
    assert counts["initiatives"] == N
    result = mkdocs_build(root / "project", root / "site", {"GUIDE_PDF": "0"})
    assert result.returncode == 0, result.stderr[-3000:]
    return root / "site"


def pages(site):
    return {p.parent.relative_to(site).as_posix(): p for p in site.rglob("index.html")}


def listing_pages(site):
    """The pages of the initiatives index: initiatives/, then initiatives/page/2/…"""
    more = sorted((site / "initiatives" / "page").glob("*/index.html"), key=lambda file: int(file.parent.name))
    return [site / "initiatives" / "index.html", *more]


def case_studies(site):
    return {path: file for path, file in pages(site).items() if re.fullmatch(r"initiatives/[a-z0-9-]+", path)}


def test_a_case_study_page_does_not_list_the_other_case_studies(scaled_site):
    studies = case_studies(scaled_site)
    assert len(studies) == N
    for path, file in list(studies.items())[::25]:
        links = PrimaryNav(file.read_text(encoding="utf-8")).links
        assert links, f"{path} : navigation introuvable"
        targets = {posixpath.normpath(posixpath.join(path, urlsplit(href).path)) for href in links}
        others = sorted(t for t in targets if t in studies and t != path)
        assert others == [], f"{path} : la navigation liste {len(others)} études de cas"
        assert len(links) < 100, f"{path} : {len(links)} liens dans la navigation"


def test_case_study_step_index_and_decision_tree_pages_stay_small(scaled_site):
    sizes = {path: file.stat().st_size / 1024 for path, file in pages(scaled_site).items()}
    steps = [path for path in sizes if path.count("/") == 1 and not path.startswith("initiatives/")
             and (scaled_site / path.split("/")[0] / "index.html").exists()]
    assert len(steps) >= 24
    index = [file.parent.relative_to(scaled_site).as_posix() for file in listing_pages(scaled_site)]
    for path in [*case_studies(scaled_site), *steps, *index, "arbre-de-decision"]:
        assert sizes[path] <= PAGE_KB, f"{path} : {sizes[path]:.0f} Ko"


def test_the_index_pages_list_every_case_study_once(scaled_site):
    listed = []
    for file in listing_pages(scaled_site):
        html = file.read_text(encoding="utf-8")
        listed += re.findall(r'<p class="gb-card__title"><a href="(?:[^"]*/)?([a-z0-9-]+)/">', html)
    assert len(listing_pages(scaled_site)) == 5
    assert sorted(listed) == sorted(path.split("/")[1] for path in case_studies(scaled_site))
    assert len(listed) == N


def test_no_page_is_bigger_than_what_it_lists(scaled_site):
    for path, file in pages(scaled_site).items():
        html = file.read_text(encoding="utf-8")
        content = article(html) if "<article" in html else html
        entries = content.count("<li") + content.count("<a ")
        bound = PAGE_KB + PER_ENTRY_KB * entries
        assert len(html.encode()) / 1024 <= bound, (
            f"{path or 'accueil'} : {len(html.encode()) / 1024:.0f} Ko pour {entries} éléments listés "
            f"(au plus {bound} Ko)")


def test_a_step_shows_a_few_case_studies_and_links_to_the_others(scaled_site):
    listed = complete_list(scaled_site)
    per_step = Counter(listed["steps"][s] for item in listed["items"] for s in item["s"])
    path, count = per_step.most_common(1)[0]      # the step that illustrates the most case studies
    assert count > 8
    html = article((scaled_site / path / "index.html").read_text(encoding="utf-8"))
    boxes = html.count('<aside class="gb-initiative"')
    more = re.search(r'<p class="gb-initiatives__more"><a href="([^"]+)">Voir les (\d+) initiatives de cette '
                     r'étape</a></p>', html)
    assert boxes == 8 and more, "au plus 8 encadrés, puis un lien vers les autres"
    assert more.group(1) == f"../../initiatives/?etape={path}"
    assert int(more.group(2)) == len([i for i in complete_list(scaled_site)["items"]
                                      if path in (complete_list(scaled_site)["steps"][s] for s in i["s"])]) > 8


@pytest.mark.parametrize("part, heading", [("checklists", "Listes de questions"), ("questions-cles", "Questions clés")])
def test_a_guide_with_several_domains_gathers_its_checklists_on_one_page_per_domain(scaled_site, part, heading):
    index = article((scaled_site / part / "index.html").read_text(encoding="utf-8"))
    domains = re.findall(r'<li><a href="([a-z0-9-]+)/">([^<]+)</a>\u202f: (\d+) (?:listes?|questions?), (\d+) étapes?</li>',
                         index)
    assert len(domains) >= 4
    for slug, title, count, steps in domains:
        html = article((scaled_site / part / slug / "index.html").read_text(encoding="utf-8"))
        assert "<h1" in html and f"{heading}\u202f: {title}" in html
        keys = set(re.findall(r'data-checklist="([^"]+)"', html))
        assert keys and all(key.startswith(f"{slug}/") for key in keys)
        listed = len(keys) if part == "checklists" else html.count("<li data-question=")
        assert listed == int(count)
        assert len(set(key.split("/")[1] for key in keys)) == int(steps)
