"""The guide's content, read from the YAML and from the built site: what a regression would break."""
import re
from datetime import date

import yaml

from conftest import ROOT, questions
from site_html import Elements, Sections, article, pages, plain, read, squash

DOMAIN = "developpement-economique"
STEP_SLUGS = ["diagnostic-ecosysteme", "priorites-economiques", "partenaires-locaux", "actions-pilotes",
              "feuille-de-route", "evaluation-suivi"]


def load(path):
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def domains():
    """(domain slug, domain data, [(step slug, step data)] by number), domains by number."""
    found = []
    for path in (ROOT / "roadmap").glob("*.yml"):
        steps = [(p.stem, load(p)) for p in (ROOT / "roadmap" / path.stem).glob("*.yml")]
        found.append((path.stem, load(path), sorted(steps, key=lambda s: s[1]["number"])))
    return sorted(found, key=lambda d: d[1]["number"])


def initiatives():
    return {p.stem: load(p) for p in sorted((ROOT / "initiatives").glob("*.yml"))}


def test_domain_1_has_its_six_steps_in_order():
    steps = dict((slug, steps) for slug, _data, steps in domains())[DOMAIN]
    assert [slug for slug, _data in steps] == STEP_SLUGS
    assert [data["number"] for _slug, data in steps] == [1, 2, 3, 4, 5, 6]


def test_every_step_of_domain_1_has_each_part(built_site):
    missing = []
    for slug in STEP_SLUGS:
        data = load(ROOT / "roadmap" / DOMAIN / f"{slug}.yml")
        page = Elements(article(read(built_site, f"{DOMAIN}/{slug}")))
        headings = [squash(e[2]) for e in page.all("h2")]

        def lacks(what, ok):
            if not ok:
                missing.append(f"{slug} : {what}")

        objective = page.with_class("gb-objective")
        lacks("objectif", "Objectif" in headings and objective and squash(objective[0][2]) == plain(data["objective"]))
        lacks("corps en sections", data["sections"] and all(squash(s["title"]) in headings for s in data["sections"])
              and len(page.with_class("gb-prose")) >= len(data["sections"]))
        fieldsets = page.all("fieldset")
        lacks("liste « En pratique »", "En pratique" in headings and fieldsets)
        for fieldset in fieldsets:
            items = [e[1]["data-item"] for e in page.all("input", within=fieldset, type="checkbox")]
            lacks(f"questions de la liste {fieldset[1]['data-checklist']}", items and len(items) == len(set(items)))
        # The questions of a list, grouped under subheadings or not, in the order of the file.
        checklist_items = {c["id"]: [i["id"] for i in questions(c)] for c in data["checklists"]}
        shown_items = {f[1]["data-checklist"].rsplit("/", 1)[1]: [e[1]["data-item"] for e in page.all("input", within=f)]
                       for f in fieldsets}
        lacks("identifiants de questions stables (ceux du YAML)", shown_items == checklist_items)
        ideas = page.with_class("gb-ideas")
        lacks("boîte à idées", "idea_box" in data and squash(data["idea_box"]["title"]) in headings and ideas
              and len(page.all("li", within=ideas[0])) == len(data["idea_box"]["items"]))
        keypoints = page.with_class("gb-keypoints")
        lacks("« À retenir »", "À retenir" in headings and keypoints
              and len(page.all("li", within=keypoints[0])) == len(data["key_points"]) > 0)
        lacks("encadré d'initiative", page.with_class("gb-initiative"))
    assert missing == []


def test_every_step_is_named_by_at_least_one_initiative():
    named = {key for data in initiatives().values() for key in data["steps"]}
    for domain, _data, steps in domains():
        for slug, _step in steps:
            assert f"{domain}/{slug}" in named, f"aucune initiative n'illustre l'étape {domain}/{slug}"


def test_every_initiative_has_a_dated_source_with_an_address(built_site):
    for slug, data in initiatives().items():
        sources = data.get("sources") or []
        assert sources, f"{slug} : aucune source"
        page = Elements(article(read(built_site, f"initiatives/{slug}")))
        shown = page.with_class("gb-sources")
        assert shown, f"{slug} : la page n'affiche pas ses sources"
        items = page.all("li", within=shown[0])
        assert len(items) == len(sources)
        for source, item in zip(sources, items):
            assert re.match(r"^https?://\S+$", source["url"]), (slug, source)
            consulted = date.fromisoformat(str(source["consulted"]))
            assert consulted <= date.today(), (slug, source)
            assert page.all("a", within=item, href=source["url"]), (slug, source["url"])
            assert "consulté le" in item[2] and str(consulted.year) in item[2], (slug, item[2])


def test_every_case_study_s_head_describes_it_with_its_own_lede(built_site):
    # The theme reads each page's description while that page is rendered (adapters/theme_meta.py).
    import html
    for slug, data in initiatives().items():
        head = read(built_site, f"initiatives/{slug}").split("</head>")[0]
        found = re.findall(r'<meta name="description" content="([^"]*)">', head)
        assert [html.unescape(content) for content in found] == [" ".join(data["lede"].split())], slug


def _forms_pattern(forms):
    words = "|".join(r"\s+".join(re.escape(w).replace("'", "['’]") for w in form.split())
                     for form in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{words})(?![\w-])", re.IGNORECASE)


def test_every_glossary_term_is_used_or_linked_outside_the_glossary(built_site):
    terms = {p.stem: load(p) for p in (ROOT / "glossary").glob("*.yml")}
    texts, hrefs = [], set()
    for url, html in pages(built_site):
        if url == "404.html" or url.startswith("glossaire/") or "<article" not in html:
            continue
        page = Elements(article(html))
        texts.append(squash(page.found[0][2]) if page.found else "")
        hrefs |= {e[1].get("href", "") for e in page.all("a")}
    text = "\n".join(texts)
    unused = []
    for slug, data in sorted(terms.items()):
        linked = any(re.search(rf"glossaire/(#{re.escape(slug)}|{re.escape(slug)}/)$", href) for href in hrefs)
        if not linked and not _forms_pattern([data["term"], *data.get("synonyms", []), *data.get("variants", [])]).search(text):
            unused.append(slug)
    assert unused == [], "termes employés nulle part hors du glossaire"


def test_no_page_has_an_empty_section(built_site):
    empty = []
    for url, html in pages(built_site):
        if "<article" in html:
            empty += [f"/{url} : « {title} »" for title in Sections(article(html)).empty()]
    assert empty == []


def test_the_empty_section_check_sees_an_empty_section():
    assert Sections("<article><h2>A</h2><p>x</p><h2>B</h2>\n<h2>C</h2><img src=a.png><h2>D</h2> </article>").empty() \
        == ["B", "D"]


def test_checklist_ids_are_unique_and_stable_in_the_built_steps(built_site):
    expected, shown = {}, []
    for domain, _data, steps in domains():
        for slug, data in steps:
            for checklist in data["checklists"]:
                ids = [item["id"] for item in questions(checklist)]
                assert len(ids) == len(set(ids)), f"{domain}/{slug}/{checklist['id']} : identifiant en double"
                expected[f"{domain}/{slug}/{checklist['id']}"] = ids
            page = Elements(article(read(built_site, f"{domain}/{slug}")))
            for fieldset in page.all("fieldset"):
                shown.append((fieldset[1]["data-checklist"],
                              [e[1]["data-item"] for e in page.all("input", within=fieldset)]))
    keys = [key for key, _items in shown]
    assert len(keys) == len(set(keys)), "clé de liste en double dans le guide"
    assert dict(shown) == expected
    for key, items in shown:
        assert len(items) == len(set(items)), key


def all_checklists():
    for domain, _data, steps in domains():
        for slug, data in steps:
            for checklist in data["checklists"]:
                yield domain, slug, checklist


def test_questions_cles_holds_exactly_the_questions_of_all_checklists(built_site):
    """An index, then one page per domain (the guide has several): every question once, in order."""
    index = Elements(article(read(built_site, "questions-cles")))
    links = [e[1]["href"] for e in index.all("a")]
    assert all(f"{domain}/" in links for domain, _data, _steps in domains())
    shown = []
    for domain, _data, _steps in domains():
        page = Elements(article(read(built_site, f"questions-cles/{domain}")))
        shown += [(e[1]["data-question"], squash(e[2])) for e in page.all("li") if "data-question" in e[1]]
    expected = [(f"{domain}/{slug}/{checklist['id']}/{item['id']}", plain(item["text"]))
                for domain, slug, checklist in all_checklists() for item in questions(checklist)]
    assert shown == expected


def test_questions_cles_link_each_list_to_its_step_and_anchor(built_site):
    for domain, _data, steps in domains():
        page = Elements(article(read(built_site, f"questions-cles/{domain}")))
        groups = page.with_class("gb-agg__group")
        lists = [(d, slug, c) for d, slug, c in all_checklists() if d == domain]
        assert [g[1]["data-checklist"] for g in groups] == [f"{d}/{slug}/{c['id']}" for d, slug, c in lists]
        for group, (_domain, slug, checklist) in zip(groups, lists):
            links = page.all("a", within=group)
            assert links[0][1]["href"] == f"../../{domain}/{slug}/#liste-{checklist['id']}"
            assert squash(links[0][2]) == squash(checklist["title"])
            step = Elements(read(built_site, f"{domain}/{slug}"))
            assert step.all("fieldset", id=f"liste-{checklist['id']}"), f"ancre absente : {links[0][1]['href']}"
        headings = [squash(e[2]) for e in page.all("h2")]     # under the domain's own title (h1)
        assert headings == [f"Étape {data['number']} : {squash(data['title'])}" for _s, data in steps
                            if data["checklists"]]


def test_boites_a_idees_holds_every_idea_box_with_a_link_to_its_step(built_site):
    """An index, then one page per domain: every idea box once, each linked to its step."""
    index = Elements(article(read(built_site, "boites-a-idees")))
    assert all(f"{domain}/" in [e[1]["href"] for e in index.all("a")] for domain, _d, _s in domains())
    for domain, _data, steps in domains():
        page = Elements(article(read(built_site, f"boites-a-idees/{domain}")))
        boxes = page.with_class("gb-ideas")
        expected = [(f"{domain}/{slug}", data["idea_box"]) for slug, data in steps if "idea_box" in data]
        assert [b[1]["data-idea-box"] for b in boxes] == [key for key, _box in expected]
        for box, (key, data) in zip(boxes, expected):
            assert squash(page.with_class("gb-agg__title", within=box)[0][2]) == squash(data["title"])
            assert [squash(e[2]) for e in page.all("li", within=box)] == [plain(item) for item in data["items"]]
        links = [e[1]["href"] for e in page.with_class("gb-agg__step") for e in page.all("a", within=e)]
        assert links == [f"../../{key}/" for key, _box in expected]


def test_resource_pages_are_in_the_navigation(built_site):
    nav = Elements(read(built_site, "introduction"))
    labels = {squash(e[2]): e[1].get("href") for e in nav.all("a") if "md-nav__link" in (e[1].get("class") or "")}
    assert labels.get("Questions clés") == "../questions-cles/"
    assert labels.get("Boîtes à idées") == "../boites-a-idees/"
    # One self-assessment per domain: the entry is a section where the reader picks the domain.
    assert labels.get("1. Stimuler le développement économique local") == "../autodiagnostic/"
    assert labels.get("2. Améliorer les relations entre la collectivité et les citoyen·nes") == \
        "../maturite-e-gouvernement/"
    assert any("Ressources" in squash(e[2]) for e in nav.with_class("md-nav__link"))


def test_each_domain_has_six_steps_a_decision_tree_a_self_assessment_and_eight_case_studies(built_site):
    """The four domains of the original guide, each complete; the reader picks the domain of a tool."""
    found = domains()
    assert [data["number"] for _slug, data, _steps in found] == [1, 2, 3, 4]
    nav = Elements(read(built_site, "introduction"))
    links = [(squash(e[2]), e[1].get("href")) for e in nav.all("a") if "md-nav__link" in (e[1].get("class") or "")]
    trees = {load(p)["title"]: p.stem for p in (ROOT / "decisions").glob("*.yml")}
    per_tree_domain = {}
    for path in (ROOT / "decisions").glob("*.yml"):
        steps = [s for o in load(path)["outcomes"] for s in o["steps"]]
        per_tree_domain[max(set(s.split("/")[0] for s in steps), key=[s.split("/")[0] for s in steps].count)] = path.stem
    for slug, data, steps in found:
        assert [s["number"] for _s, s in steps] == [1, 2, 3, 4, 5, 6], slug
        cases = [i for i in initiatives().values() if any(s.startswith(f"{slug}/") for s in i["steps"])]
        assert len(cases) >= 8, slug
        tree = per_tree_domain[slug]
        address = "../arbre-de-decision/" if tree == "dispositifs" else f"../arbre-de-decision/{tree}/"
        assert (f"{data['number']}. {data['title']}", address) in links, slug
        assert (built_site / address.removeprefix("../") / "index.html").is_file()
    assert len(trees) == 4 and len(list((ROOT / "assessments").glob("*.yml"))) == 4
