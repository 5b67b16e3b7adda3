"""Builds of the real content and of the small fixture corpus, asserting on the HTML a reader gets."""
import re
from html.parser import HTMLParser
from pathlib import Path

import yaml

from conftest import ROOT, copy_project, mkdocs_build, questions
from corpus import make_corpus, with_engine

STEP = "developpement-economique/feuille-de-route"


def read(site: Path, page: str) -> str:
    return (site / page / "index.html").read_text(encoding="utf-8")


def article(html: str) -> str:
    return html[html.index("<article"):html.index("</article>")]


class Elements(HTMLParser):
    """Collects (tag, attrs, text) for the elements of a page, to assert on what a reader sees."""

    def __init__(self, html):
        super().__init__()
        self.found, self.stack = [], []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        entry = [tag, dict(attrs), ""]
        self.found.append(entry)
        if tag not in ("input", "img", "br", "meta", "link", "hr"):
            self.stack.append(entry)

    def handle_endtag(self, tag):
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data):
        for entry in self.stack:
            entry[2] += data

    def all(self, tag, **attrs):
        return [e for e in self.found if e[0] == tag and all(e[1].get(k) == v for k, v in attrs.items())]


def test_step_page_shows_its_checklists_items_and_initiative(built_site):
    source = yaml.safe_load((ROOT / f"roadmap/{STEP}.yml").read_text(encoding="utf-8"))
    page = Elements(article(read(built_site, STEP)))
    assert [e[2] for e in page.all("h1")] == [source["title"]]
    headings = [e[2].strip() for e in page.all("h2")]
    assert headings[:3] == ["En bref", "Objectif", source["sections"][0]["title"]]
    for expected in ("En pratique", "À retenir", "Les étapes du domaine"):
        assert expected in headings
    fieldsets = page.all("fieldset")
    assert [f[1]["data-checklist"] for f in fieldsets] == [f"{STEP}/{c['id']}" for c in source["checklists"]]
    for checklist in source["checklists"]:
        boxes = [e for e in page.all("input", type="checkbox") if e[1]["id"].startswith(checklist["id"] + "--")]
        assert [b[1]["data-item"] for b in boxes] == [item["id"] for item in questions(checklist)]
        labels = {e[1]["for"]: " ".join(e[2].split()) for e in page.all("label")}
        for box, item in zip(boxes, questions(checklist)):
            assert labels[box[1]["id"]] == " ".join(item["text"].split())
    boxes = page.all("aside", **{"class": "gb-initiative"})
    assert any("DataCity Casablanca" in b[2] for b in boxes)
    assert page.all("a", href="../../initiatives/datacity-casablanca/")
    figure = page.all("img", src="../../assets/figures/dispositifs-innovation.svg")
    assert figure and len(figure[0][1]["alt"]) > 50
    assert "Source\u202f:" in page.all("figcaption")[0][2]


def test_step_page_has_step_navigation_with_current_step(built_site):
    page = Elements(read(built_site, STEP))
    current = page.all("li", **{"aria-current": "step"})
    assert len(current) == 1 and "Étape 5" in current[0][2]
    assert page.all("a", rel="prev") and page.all("a", rel="next")


def test_initiative_page_shows_its_facts_and_sources(built_site):
    data = yaml.safe_load((ROOT / "initiatives/datacity-casablanca.yml").read_text(encoding="utf-8"))
    html = article(read(built_site, "initiatives/datacity-casablanca"))
    page = Elements(html)
    assert [e[2] for e in page.all("h1")] == [data["title"]]
    facts = page.all("dl")[0][2]
    assert "Casablanca, Maroc" in facts and str(data["years"]["start"]) in facts
    for partner in data.get("partners", []):
        assert partner in facts
    for source in data["sources"]:
        assert page.all("a", href=source["url"], rel="noopener noreferrer")
    assert "consulté le" in page.all("ol", **{"class": "gb-sources"})[0][2]
    assert page.all("a", href="../../developpement-economique/feuille-de-route/")


def test_glossary_has_an_anchor_per_term_and_a_page_per_term_with_back_links(built_site):
    page = Elements(read(built_site, "glossaire"))
    terms = sorted(p.stem for p in (ROOT / "glossary").glob("*.yml"))
    assert sorted(e[1]["id"] for e in page.all("dt")) == terms
    assert sorted(a[1]["href"] for a in page.all("a") if a[1].get("href", "").rstrip("/") in terms) == [
        f"{slug}/" for slug in terms]
    tiers = Elements(read(built_site, "glossaire/tiers-lieu"))
    assert tiers.all("h1")[0][2] == "Tiers-lieu"
    used = tiers.all("p", **{"class": "gb-term__used"})
    assert "Employé dans" in used[0][2] and "Définir une feuille de route" in used[0][2]
    assert "Tiers-lieu" in tiers.all("title")[0][2]


def test_edit_links_point_at_the_yaml_files(built_site):
    for page, source in [(STEP, f"roadmap/{STEP}.yml"),
                         ("initiatives/datacity-casablanca", "initiatives/datacity-casablanca.yml"),
                         ("developpement-economique", "roadmap/developpement-economique.yml"),
                         ("glossaire/tiers-lieu", "glossary/tiers-lieu.yml")]:
        edit = [a for a in Elements(read(built_site, page)).all("a") if "edit" in a[1].get("rel", "").split()]
        assert edit and edit[0][1]["href"].endswith("/" + source), page


def test_domain_page_lists_its_steps_in_order(built_site):
    page = Elements(article(read(built_site, "developpement-economique")))
    numbers = [e[2] for e in page.all("span", **{"class": "gb-stepnav__number"})]
    steps = sorted(yaml.safe_load(p.read_text(encoding="utf-8"))["number"]
                   for p in (ROOT / "roadmap/developpement-economique").glob("*.yml"))
    assert numbers == [f"Étape {n}" for n in steps]


def test_initiatives_index_lists_every_case_study(built_site):
    page = Elements(article(read(built_site, "initiatives")))
    titles = sorted(e[2] for e in page.all("p", **{"class": "gb-card__title"}))
    expected = sorted(yaml.safe_load(p.read_text(encoding="utf-8"))["title"]
                      for p in (ROOT / "initiatives").glob("*.yml"))
    assert titles == expected


def test_no_generated_file_is_written_into_docs(built_site):
    assert not (ROOT / "docs" / "glossaire.md").exists()
    assert not (ROOT / "docs" / "initiatives").exists()
    assert not (ROOT / "docs" / "developpement-economique").exists()


def test_fixture_corpus_builds_and_contributor_text_is_never_executed(tmp_path):
    project = make_corpus(tmp_path, {"initiatives/ville-test.yml": (
        (ROOT / "tests/fixtures/mini/initiatives/ville-test.yml").read_text(encoding="utf-8")
        .replace("title: Ville test", 'title: "Ville {{ 7*7 }} <b>test</b>"', 1)
        .replace("La ville a ouvert un lieu.", "La ville a ouvert un lieu {% include 'x' %} pour {{ 7*7 }}."))})
    with_engine(project)
    result = mkdocs_build(project, tmp_path / "out")
    assert result.returncode == 0, result.stderr
    html = article(read(tmp_path / "out", "initiatives/ville-test"))
    assert "Ville {{ 7*7 }} &lt;b&gt;test&lt;/b&gt;</h1>" in html
    assert "{% include 'x' %} pour {{ 7*7 }}" in html
    assert "49" not in html
    step = article(read(tmp_path / "out", "economie/lieux"))
    assert 'data-checklist="economie/lieux/contraintes"' in step


def test_build_refuses_broken_content_with_the_checker_messages(tmp_path):
    project = copy_project(tmp_path / "project")
    path = project / "initiatives" / "datacity-casablanca.yml"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    number = next(i for i, line in enumerate(lines) if line.startswith("lede:"))
    end = number + 1
    while end < len(lines) and (lines[end].startswith(" ") or not lines[end].strip()):
        end += 1
    path.write_text("".join(lines[:number] + lines[end:]), encoding="utf-8")
    result = mkdocs_build(project, tmp_path / "out")
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert re.search(r"^initiatives/datacity-casablanca\.yml:\d+:\d+: champ obligatoire manquant : « lede »",
                     output, re.MULTILINE)
    assert "Traceback" not in output
    assert not (tmp_path / "out" / "index.html").exists()
