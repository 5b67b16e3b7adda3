"""The decision tree page in Chromium: one question at a time, answers changed, the path in the address,
Back, « Recommencer », printing, the page without JavaScript, and data that tries to end its script."""
import functools
import http.server
import re
import threading

import pytest
import yaml
from playwright.sync_api import expect

from conftest import ROOT, _QuietHandler, mkdocs_build, open_in_sidebar
from corpus import make_corpus, with_engine


def as_shown(value):
    """The YAML's texts as a reader sees them: a narrow no-break space (U+202F) where the source has a
    space before « : ; ! ? » » or after « « »."""
    if isinstance(value, dict):
        return {key: as_shown(item) for key, item in value.items()}
    if isinstance(value, list):
        return [as_shown(item) for item in value]
    if isinstance(value, str):
        for written, shown in ((" :", "\u202f:"), (" ;", "\u202f;"), (" !", "\u202f!"), (" ?", "\u202f?"),
                               (" »", "\u202f»"), ("« ", "«\u202f")):
            value = value.replace(written, shown)
    return value


TREE = as_shown(yaml.safe_load((ROOT / "decisions/dispositifs.yml").read_text(encoding="utf-8")))
QUESTIONS = {q["id"]: q for q in TREE["questions"]}
OUTCOMES = {o["id"]: o for o in TREE["outcomes"]}
INITIATIVES = [as_shown(yaml.safe_load(p.read_text(encoding="utf-8")))
               for p in sorted((ROOT / "initiatives").glob("*.yml"))]
PAGE = "/arbre-de-decision/"


def walk(answer_ids):
    """[(question, answer)] along the given answers, and the outcome they end on (None if a question)."""
    steps, node = [], TREE["start"]
    for answer_id in answer_ids:
        question = QUESTIONS[node]
        answer = next(a for a in question["answers"] if a["id"] == answer_id)
        steps.append((question, answer))
        node = answer["next"]
    return steps, OUTCOMES.get(node)


def open_tree(page, site_url, query=""):
    page.goto(f"{site_url}{PAGE}{query}")
    expect(page.locator(".gb-tree__app")).to_be_visible()


def heading(page, text):
    return page.get_by_role("heading", name=text, exact=True)


def answer_by_clicks(page, answer_ids, start=0):
    """Answer from the start (or from the question at `start`), checking focus follows each question."""
    for index, (question, answer) in enumerate(walk(answer_ids)[0][start:]):
        title = heading(page, question["text"])
        expect(title).to_be_focused() if index or start else expect(title).to_be_visible()
        page.get_by_label(answer["label"], exact=True).check()
        page.get_by_role("button", name="Continuer").click()


def given_answers(page):
    rows = page.locator(".gb-tree__given-row")
    return [(row.locator("dt").inner_text(), row.locator(".gb-tree__given-answer").inner_text())
            for row in rows.all()]


def assert_outcome_shown(page, answer_ids):
    steps, outcome = walk(answer_ids)
    # The address changes when the browser has handled the step (a back or forward is not awaited).
    expect(page).to_have_url(re.compile(re.escape(f"{PAGE}?r={','.join(answer_ids)}") + "$"))
    expect(heading(page, outcome["title"])).to_be_focused()
    shown = page.locator(".gb-outcome:visible")
    expect(shown).to_have_count(1)
    expect(shown).to_have_attribute("id", f"resultat-{outcome['id']}")
    assert given_answers(page) == [(q["text"], a["label"]) for q, a in steps]
    site = page.url.split(PAGE)[0]
    assert shown.locator(".gb-outcome__devices a").evaluate_all("links => links.map(a => a.href)") == [
        f"{site}/glossaire/{slug}/" for slug in outcome["devices"]]
    assert shown.locator(".gb-outcome__steps a").evaluate_all("links => links.map(a => a.href)") == [
        f"{site}/{key}/" for key in outcome["steps"]]
    # The first five, in the guide's order (by title); a link leads to the others.
    using = sorted((i["title"] for i in INITIATIVES if set(i.get("devices", [])) & set(outcome["devices"])),
                   key=str.lower)
    assert [a.inner_text() for a in shown.locator(".gb-outcome__initiatives a").all()] == using[:5]
    expect(shown.locator(".gb-outcome__more")).to_have_count(1 if len(using) > 5 else 0)
    expect(page.locator(".gb-tree__form")).to_have_count(0)
    return outcome


def test_walking_by_clicks_reaches_the_outcome_with_its_devices_steps_and_initiatives(page, site_url):
    open_tree(page, site_url)
    expect(page.locator(".gb-tree__map")).to_be_hidden()
    expect(page.locator(".gb-outcome:visible")).to_have_count(0)
    path = ["emergence", "limite", "competences"]
    answer_by_clicks(page, path)
    outcome = assert_outcome_shown(page, path)
    assert outcome["id"] == "evenements-et-mentorat"
    assert page.locator(".gb-outcome:visible .gb-outcome__initiatives li").count() > 0
    assert page.errors == []


def test_walking_by_keyboard_only(page, site_url):
    open_tree(page, site_url)
    page.locator(".gb-tree__form input[type=radio]").first.focus()
    page.keyboard.press("ArrowDown")          # « Aider celles qui existent déjà… », the second answer
    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Continuer")).to_be_focused()
    page.keyboard.press("Enter")
    expect(heading(page, QUESTIONS["budget-consolidation"]["text"])).to_be_focused()
    page.keyboard.press("Tab")                # into the answers, none chosen yet
    page.keyboard.press("Space")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")          # « Important… »
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    expect(heading(page, QUESTIONS["contrainte-consolidation-important"]["text"])).to_be_focused()
    page.keyboard.press("Tab")
    page.keyboard.press("Space")              # « Les compétences… »
    page.keyboard.press("Enter")              # submits the form from the chosen answer
    assert assert_outcome_shown(page, ["consolidation", "important", "competences"])["id"] == "accelerateur"
    assert page.errors == []


def test_continuing_without_an_answer_says_so_and_stays(page, site_url):
    open_tree(page, site_url)
    page.get_by_role("button", name="Continuer").click()
    expect(page.get_by_role("alert")).to_have_text("Choisissez une réponse pour continuer.")
    expect(page.locator(".gb-tree__form input[type=radio]").first).to_be_focused()
    assert page.url == f"{site_url}{PAGE}"


def test_modifier_goes_back_to_that_question_with_its_answer_chosen(page, site_url):
    open_tree(page, site_url, "?r=emergence,limite,competences")
    budget = QUESTIONS["budget-emergence"]
    page.get_by_role("button", name=f"Modifier la réponse à « {budget['text']} »").click()
    assert page.url.endswith(f"{PAGE}?r=emergence")
    expect(heading(page, budget["text"])).to_be_focused()
    expect(page.get_by_label(budget["answers"][0]["label"], exact=True)).to_be_checked()
    assert given_answers(page) == [(QUESTIONS["objectif"]["text"], QUESTIONS["objectif"]["answers"][0]["label"])]
    answer_by_clicks(page, ["emergence", "modere", "equipements"], start=1)
    assert assert_outcome_shown(page, ["emergence", "modere", "equipements"])["id"] == "locaux-municipaux"
    assert page.errors == []


def test_the_address_of_a_result_opens_the_same_result_elsewhere(page, browser, site_url):
    open_tree(page, site_url)
    path = ["consolidation", "limite", "demarches"]
    answer_by_clicks(page, path)
    shared = page.url
    context = browser.new_context(locale="fr-FR")
    other = context.new_page()
    errors = []
    other.on("pageerror", lambda error: errors.append(str(error)))
    other.goto(shared)
    steps, outcome = walk(path)
    expect(other.locator(".gb-outcome:visible")).to_have_attribute("id", f"resultat-{outcome['id']}")
    expect(heading(other, outcome["title"])).to_be_visible()
    assert given_answers(other) == [(q["text"], a["label"]) for q, a in steps]
    context.close()
    assert errors == [] and page.errors == []


def test_back_and_forward_step_through_the_questions(page, site_url):
    open_tree(page, site_url)
    answer_by_clicks(page, ["emergence", "important", "financement"])
    page.go_back()
    expect(heading(page, QUESTIONS["contrainte-emergence-important"]["text"])).to_be_focused()
    assert page.url.endswith(f"{PAGE}?r=emergence,important")
    expect(page.locator(".gb-outcome:visible")).to_have_count(0)
    page.go_back()
    expect(heading(page, QUESTIONS["budget-emergence"]["text"])).to_be_focused()
    assert page.url.endswith(f"{PAGE}?r=emergence")
    page.go_forward()
    expect(heading(page, QUESTIONS["contrainte-emergence-important"]["text"])).to_be_focused()
    page.go_forward()
    assert_outcome_shown(page, ["emergence", "important", "financement"])
    assert page.errors == []


def test_recommencer_starts_again_from_the_first_question(page, site_url):
    open_tree(page, site_url, "?r=emergence,modere,financement")
    page.get_by_role("button", name="Recommencer").click()
    assert page.url == f"{site_url}{PAGE}"
    expect(heading(page, QUESTIONS[TREE["start"]]["text"])).to_be_focused()
    expect(page.locator(".gb-tree__summary")).to_have_count(0)
    expect(page.locator(".gb-outcome:visible")).to_have_count(0)
    expect(page.get_by_role("button", name="Recommencer")).to_have_count(0)
    page.go_back()
    expect(page.locator(".gb-outcome:visible")).to_have_attribute("id", "resultat-appels-a-projets-amorcage")
    assert page.errors == []


def test_an_address_with_an_answer_that_no_longer_exists_resumes_where_it_still_makes_sense(page, site_url):
    open_tree(page, site_url, "?r=emergence,enorme,competences")
    expect(page.get_by_role("status")).to_have_text(
        "Le lien ouvert contenait une réponse qui n'existe plus dans cet arbre : reprenez à partir de la "
        "question ci-dessous.")
    expect(heading(page, QUESTIONS["budget-emergence"]["text"])).to_be_visible()
    assert page.url.endswith(f"{PAGE}?r=emergence")
    assert page.errors == []


def test_a_link_to_an_outcome_anchor_opens_a_path_to_it(page, site_url):
    open_tree(page, site_url, "#resultat-pole-numerique")
    expect(page.locator(".gb-outcome:visible")).to_have_attribute("id", "resultat-pole-numerique")
    assert page.url.endswith(f"{PAGE}?r=consolidation,important,equipements")


def test_without_javascript_every_question_and_outcome_is_on_the_page(browser, site_url):
    context = browser.new_context(java_script_enabled=False, locale="fr-FR")
    page = context.new_page()
    page.goto(f"{site_url}{PAGE}")
    expect(page.locator(".gb-tree__app")).to_be_hidden()
    for question in QUESTIONS.values():
        node = page.locator(f"#question-{question['id']}")
        expect(node.locator(".gb-tree__question").first).to_contain_text(question["text"])
        expect(node).to_be_visible()
        answers = node.locator(":scope > ul > li > .gb-tree__answer")
        assert answers.all_inner_texts() == [answer["label"] for answer in question["answers"]]
    for outcome in OUTCOMES.values():
        section = page.locator(f"#resultat-{outcome['id']}")
        expect(section).to_be_visible()
        expect(section.get_by_role("heading", name=outcome["title"], exact=True)).to_be_visible()
    nested = page.locator("#question-objectif #question-budget-emergence #question-contrainte-emergence-limite")
    expect(nested).to_have_count(1)
    nested.get_by_role("link", name=OUTCOMES["lieux-partages"]["title"]).click()
    assert page.url.endswith(f"{PAGE}#resultat-lieux-partages")
    context.close()


def test_printing_the_outcome_shows_the_answers_and_hides_the_controls(page, site_url):
    page.context.add_init_script("window.printed = 0; window.print = () => { window.printed += 1; };")
    path = ["consolidation", "modere", "financement"]
    open_tree(page, site_url, f"?r={','.join(path)}")
    page.get_by_role("button", name="Imprimer cette recommandation").click()
    assert page.evaluate("window.printed") == 1
    page.emulate_media(media="print")
    steps, outcome = walk(path)
    expect(heading(page, outcome["title"])).to_be_visible()
    expect(page.get_by_role("heading", name="Vos réponses")).to_be_visible()
    for question, answer in steps:
        expect(page.locator(".gb-tree__given-answer", has_text=answer["label"])).to_be_visible()
    for name in ("Imprimer cette recommandation", "Recommencer"):
        expect(page.get_by_role("button", name=name)).to_be_hidden()
    for button in page.locator(".gb-tree__modify").all():
        expect(button).to_be_hidden()
    expect(page.locator(".gb-outcome:visible")).to_have_count(1)
    assert page.errors == []


def test_instant_navigation_to_the_tree_then_back_and_forth(page, site_url):
    page.goto(f"{site_url}/developpement-economique/feuille-de-route/")
    page.wait_for_load_state("networkidle")
    page.evaluate("window.gbSamePage = true")
    open_in_sidebar(page, "Quels dispositifs ?", "1. Stimuler le développement économique local")
    expect(heading(page, QUESTIONS[TREE["start"]]["text"])).to_be_visible()
    assert page.evaluate("window.gbSamePage") is True, "Material's instant navigation did not happen"
    path = ["consolidation", "modere", "equipements"]
    answer_by_clicks(page, path)
    assert_outcome_shown(page, path)
    page.go_back()
    expect(heading(page, QUESTIONS["contrainte-consolidation-modere"]["text"])).to_be_focused()
    expect(page.locator(".gb-tree__app")).to_have_count(1)
    assert page.evaluate("window.gbSamePage") is True
    assert page.errors == []


HOSTILE = "Limité </script><script>window.injected = true</script> & <!-- fin\u2028ligne\u2029suite"


AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]


@pytest.mark.parametrize("query", ["", "?r=consolidation,limite", "?r=consolidation,limite,financement", "nested"])
def test_each_state_of_the_page_has_no_accessibility_violation(page, site_url, query):
    if query == "nested":  # the page as read when the widget's script does not run
        page.route("**/decision-tree.js", lambda route: route.abort())
        page.goto(f"{site_url}{PAGE}")
        expect(page.locator(".gb-tree__map")).to_be_visible()
    else:
        open_tree(page, site_url, query)
    if not query:
        page.get_by_role("button", name="Continuer").click()   # with its error message shown
    assert AXE.exists(), f"{AXE} manque : lancez `make test-deps`, qui l'installe"
    page.evaluate(AXE.read_text(encoding="utf-8"))  # by DevTools: the page's policy refuses inline scripts
    result = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", AXE_TAGS)
    assert [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in result["violations"]] == []
    assert page.errors == []


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    """The fixture corpus built with an answer label that tries to end the data's script element."""
    tmp = tmp_path_factory.mktemp("hostile")
    tree = (ROOT / "tests/fixtures/mini/decisions/dispositifs.yml").read_text(encoding="utf-8")
    project = make_corpus(tmp, {"decisions/dispositifs.yml": tree.replace("label: Limité", f'label: "{HOSTILE}"', 1)})
    with_engine(project)
    result = mkdocs_build(project, tmp / "site")
    assert result.returncode == 0, result.stderr
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0),
                                             functools.partial(_QuietHandler, directory=str(tmp / "site")))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_a_label_with_a_closing_script_tag_and_line_separators_stays_text(page, hostile_site):
    open_tree(page, hostile_site, "?r=emergence")
    label = page.locator(".gb-tree__choice label").first
    assert label.text_content() == HOSTILE
    label.click()
    page.get_by_role("button", name="Continuer").click()
    expect(page.locator(".gb-outcome:visible")).to_have_attribute("id", "resultat-lieux")
    assert page.locator(".gb-tree__given-answer").nth(1).text_content() == HOSTILE
    assert page.evaluate("window.injected") is None
    assert page.errors == []


