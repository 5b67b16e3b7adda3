"""The self-assessment « Autodiagnostic » : its page without JavaScript, and the form it becomes in a real
Chromium (score, band, print, answers kept). Its checks: tests/unit/model/test_assessment.py."""
import json

import pytest
import yaml
from playwright.sync_api import expect

from conftest import ROOT, open_in_sidebar
from site_html import Elements, article, plain, read, squash

SOURCE = yaml.safe_load((ROOT / "assessments/autodiagnostic.yml").read_text(encoding="utf-8"))
KEY = "guide-numerique:autodiagnostic:v1:autodiagnostic"
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]


def lowest():
    return sum(min(a["score"] for a in q["answers"]) for q in SOURCE["questions"])


def highest():
    return sum(max(a["score"] for a in q["answers"]) for q in SOURCE["questions"])


def points(n):
    return f"{n} point{'s' if n > 1 else ''}"


def band_for(total):
    return [b for b in SOURCE["bands"] if b["min"] <= total <= b["max"]]


def step_title(key):
    return yaml.safe_load((ROOT / f"roadmap/{key}.yml").read_text(encoding="utf-8"))["title"]


# --- The page without JavaScript ------------------------------------------------------------------

def test_page_without_javascript_shows_questions_answers_scores_and_bands(built_site):
    page = Elements(article(read(built_site, "autodiagnostic")))
    assert [squash(e[2]) for e in page.all("h1")] == [SOURCE["title"]]
    questions = page.with_class("gb-assess__question")
    assert [q[1]["data-question"] for q in questions] == [q["id"] for q in SOURCE["questions"]]
    for shown, question in zip(questions, SOURCE["questions"]):
        assert squash(page.all("legend", within=shown)[0][2]) == question["text"]
        answers = [squash(e[2]) for e in page.with_class("gb-assess__answer", within=shown)]
        assert answers == [f"{a['text']} ({points(a['score'])})" for a in question["answers"]]
    assert not page.all("input"), "sans JavaScript, la page n'a pas de contrôle qui ne ferait rien"
    bands = page.with_class("gb-assess__band")
    assert len(bands) == len(SOURCE["bands"])
    for shown, band in zip(bands, sorted(SOURCE["bands"], key=lambda b: b["min"])):
        assert squash(page.all("h3", within=shown)[0][2]) == \
            f"De {band['min']} à {points(band['max'])} : {band['title']}"
        assert plain(band["text"]) in squash(shown[2])
        links = page.all("a", within=shown)
        assert [a[1]["href"] for a in links] == [f"../{key}/" for key in band["steps"]]
        assert [squash(a[2]) for a in links][0].endswith(step_title(band["steps"][0]))
    assert f"le total va de {lowest()} à {points(highest())}" in squash(page.found[0][2])


def test_page_reads_the_same_with_javascript_off_in_a_browser(browser, site_url):
    context = browser.new_context(java_script_enabled=False, locale="fr-FR")
    page = context.new_page()
    page.goto(f"{site_url}/autodiagnostic/")
    first = SOURCE["questions"][0]
    expect(page.get_by_text(first["text"])).to_be_visible()
    expect(page.get_by_text(f"{first['answers'][-1]['text']} ({points(first['answers'][-1]['score'])})")) \
        .to_be_visible()
    for band in SOURCE["bands"]:
        expect(page.get_by_role("heading", name=f"De {band['min']} à {points(band['max'])} : {band['title']}")) \
            .to_be_visible()
    expect(page.locator("input[type=radio]")).to_have_count(0)
    context.close()


# --- The form, in a browser -----------------------------------------------------------------------

def radio(page, question, answer):
    return page.locator(f"#reponse-autodiagnostic-{question}-{answer}")


def answer(page, choices):
    """Click the label of each chosen answer, as a reader would."""
    for question, chosen in choices.items():
        page.locator(f"label[for=reponse-autodiagnostic-{question}-{chosen}]").click()


def choices_for(pick):
    """{question id: answer id} choosing, in each question, the answer `pick(index, answers)`."""
    return {q["id"]: pick(i, q["answers"])["id"] for i, q in enumerate(SOURCE["questions"])}


def score_of(choices):
    return sum(a["score"] for q in SOURCE["questions"] for a in q["answers"] if choices.get(q["id"]) == a["id"])


def total_text(score, answered):
    count = len(SOURCE["questions"])
    return (f"Votre score : {points(score)} sur {highest()} · {answered} "
            f"{'questions répondues' if answered > 1 else 'question répondue'} sur {count}.")


def open_form(page, site_url):
    page.goto(f"{site_url}/autodiagnostic/")
    page.locator(".gb-assess[data-ready] .gb-assess__total").wait_for()


MIXED = choices_for(lambda i, answers: answers[i % len(answers)])


def test_answers_give_the_score_the_band_and_its_links_and_survive_a_reload(page, site_url):
    open_form(page, site_url)
    count = len(SOURCE["questions"])
    expect(page.locator(".gb-assess input[type=radio]")).to_have_count(sum(len(q["answers"]) for q in SOURCE["questions"]))
    expect(page.locator(".gb-assess__total")).to_have_text(total_text(0, 0))

    first_questions = dict(list(MIXED.items())[:-1])
    answer(page, first_questions)
    expect(page.locator(".gb-assess__total")).to_have_text(total_text(score_of(first_questions), count - 1))
    expect(page.locator(".gb-assess__outcome")).to_have_text(
        f"Répondez aux {count} questions pour connaître l'interprétation de votre score : il en reste une.")
    expect(page.locator(".gb-assess__band--current")).to_have_count(0)

    answer(page, dict(list(MIXED.items())[-1:]))
    score = score_of(MIXED)
    [band] = band_for(score)
    expect(page.locator(".gb-assess__total")).to_have_text(total_text(score, count))
    outcome = page.locator(".gb-assess__outcome")
    expect(outcome.get_by_role("heading", level=3)).to_have_text(
        f"De {band['min']} à {points(band['max'])} : {band['title']}")
    expect(outcome).to_contain_text(f"Votre score : {points(score)} sur {highest()}.")
    links = outcome.get_by_role("link")
    expect(links).to_have_count(len(band["steps"]))
    for index, key in enumerate(band["steps"]):
        expect(links.nth(index)).to_contain_text(step_title(key))
        assert links.nth(index).evaluate("a => a.href") == f"{site_url}/{key}/"
    expect(page.locator(".gb-assess__band--current")).to_have_attribute("data-band", band["id"])
    assert json.loads(page.evaluate("key => localStorage.getItem(key)", KEY)) == {"version": 1, "answers": MIXED}

    page.reload()
    page.locator(".gb-assess[data-ready]").wait_for()
    for question, chosen in MIXED.items():
        expect(radio(page, question, chosen)).to_be_checked()
    expect(page.locator(".gb-assess input:checked")).to_have_count(count)
    expect(page.locator(".gb-assess__total")).to_have_text(total_text(score, count))
    expect(page.locator(".gb-assess__outcome h3")).to_contain_text(band["title"])

    page.get_by_role("button", name="Recommencer").click()
    expect(page.locator(".gb-assess input:checked")).to_have_count(0)
    expect(page.locator(".gb-assess__total")).to_have_text(total_text(0, 0))
    assert page.evaluate("key => localStorage.getItem(key)", KEY) is None
    first = SOURCE["questions"][0]
    expect(radio(page, first["id"], first["answers"][0]["id"])).to_be_focused()
    assert page.errors == []


@pytest.mark.parametrize("pick, total", [(min, lowest), (max, highest)], ids=["lowest", "highest"])
def test_the_lowest_and_highest_totals_get_the_first_and_last_band(page, site_url, pick, total):
    open_form(page, site_url)
    choices = choices_for(lambda _i, answers: pick(answers, key=lambda a: a["score"]))
    answer(page, choices)
    [band] = band_for(total())
    expect(page.locator(".gb-assess__band--current")).to_have_attribute("data-band", band["id"])
    expect(page.locator(".gb-assess__outcome h3")).to_contain_text(band["title"])
    assert page.errors == []


def test_keyboard_arrows_change_the_answer_and_the_total(page, site_url):
    open_form(page, site_url)
    question = SOURCE["questions"][0]
    first, second = question["answers"][0], question["answers"][1]
    radio(page, question["id"], first["id"]).focus()
    page.keyboard.press("Space")
    expect(radio(page, question["id"], first["id"])).to_be_checked()
    page.keyboard.press("ArrowDown")
    expect(radio(page, question["id"], second["id"])).to_be_checked()
    expect(page.locator(".gb-assess__total")).to_have_text(total_text(second["score"], 1))


def test_print_button_prints_the_answers_and_the_band_only(page, site_url):
    page.add_init_script("window.print = () => { window.printed = (window.printed || 0) + 1; };")
    open_form(page, site_url)
    answer(page, MIXED)
    page.get_by_role("button", name="Imprimer le résultat").click()
    assert page.evaluate("window.printed") == 1
    page.emulate_media(media="print")
    question = SOURCE["questions"][0]
    chosen = MIXED[question["id"]]
    for option in question["answers"]:
        visible = radio(page, question["id"], option["id"]).locator("xpath=..")
        (expect(visible).to_be_visible if option["id"] == chosen else expect(visible).to_be_hidden)()
    expect(page.locator(".gb-assess__result")).to_be_visible()
    expect(page.locator(".gb-assess__bands")).to_be_hidden()
    expect(page.locator(".gb-assess__actions")).to_be_hidden()
    page.emulate_media(media="screen")
    expect(page.locator(".gb-assess__bands")).to_be_visible()


BLOCK_STORAGE = """Object.defineProperty(window, "localStorage", {configurable: true,
  get() { throw new DOMException("The operation is insecure.", "SecurityError"); }});"""
STORAGE_NOTICE = ("Ce navigateur n'autorise pas l'enregistrement de vos réponses : elles seront perdues si vous "
                  "rechargez la page ou fermez l'onglet. Pensez à imprimer le résultat.")


def test_blocked_storage_works_in_memory_with_one_polite_notice(page, site_url):
    page.add_init_script(BLOCK_STORAGE)
    open_form(page, site_url)
    notice = page.locator(".gb-assess__notice")
    expect(notice).to_have_text(STORAGE_NOTICE)
    expect(notice).to_have_attribute("role", "status")
    answer(page, MIXED)
    expect(page.locator(".gb-assess__total")).to_have_text(total_text(score_of(MIXED), len(MIXED)))
    expect(page.get_by_text(STORAGE_NOTICE)).to_have_count(1)
    assert page.errors == []


def test_full_storage_switches_to_memory_and_says_so_once(page, site_url):
    page.add_init_script('Storage.prototype.setItem = function () { '
                         'throw new DOMException("The quota has been exceeded.", "QuotaExceededError"); };')
    open_form(page, site_url)
    expect(page.locator(".gb-assess__notice")).to_have_text("")
    answer(page, MIXED)
    expect(page.get_by_text(STORAGE_NOTICE)).to_have_count(1)
    expect(page.locator(".gb-assess__total")).to_have_text(total_text(score_of(MIXED), len(MIXED)))
    assert page.errors == []


def test_unreadable_saved_answers_start_afresh_and_say_so(page, site_url):
    open_form(page, site_url)
    page.evaluate("key => localStorage.setItem(key, '{pas du JSON')", KEY)
    page.reload()
    page.locator(".gb-assess[data-ready]").wait_for()
    expect(page.locator(".gb-assess__notice")).to_have_text(
        "Les réponses enregistrées dans ce navigateur étaient illisibles : le questionnaire repart de zéro.")
    expect(page.locator(".gb-assess input:checked")).to_have_count(0)
    page.evaluate("key => localStorage.setItem(key, JSON.stringify({version: 0, answers: {}}))", KEY)
    page.reload()
    expect(page.locator(".gb-assess__notice")).to_contain_text("illisibles")
    assert page.errors == []


def test_instant_navigation_sets_the_form_up_once_and_memory_keeps_answers(page, site_url):
    page.add_init_script(BLOCK_STORAGE)
    page.goto(f"{site_url}/introduction/")
    page.evaluate("window.sameDocument = true")
    open_in_sidebar(page, "Autodiagnostic", "1. Stimuler le développement économique local")
    page.locator(".gb-assess[data-ready]").wait_for()
    assert page.evaluate("window.sameDocument") is True, "la navigation instantanée de Material n'a pas servi"
    question = SOURCE["questions"][0]
    answer(page, {question["id"]: question["answers"][-1]["id"]})
    page.locator(".md-sidebar--primary").get_by_role("link", name="Initiatives", exact=True).click()
    page.wait_for_url("**/initiatives/")
    open_in_sidebar(page, "Autodiagnostic", "1. Stimuler le développement économique local")
    page.locator(".gb-assess[data-ready]").wait_for()
    assert page.evaluate("window.sameDocument") is True
    answers = sum(len(q["answers"]) for q in SOURCE["questions"])
    expect(page.locator(".gb-assess input[type=radio]")).to_have_count(answers)
    expect(page.locator(".gb-assess__total")).to_have_count(1)
    expect(page.locator(".gb-assess__result")).to_have_count(1)
    expect(radio(page, question["id"], question["answers"][-1]["id"])).to_be_checked()
    expect(page.locator(".gb-assess__total")).to_have_text(total_text(question["answers"][-1]["score"], 1))
    assert page.errors == []


def axe_violations(page):
    assert AXE.exists(), f"{AXE} manque : lancez `make test-deps`, qui l'installe"
    page.evaluate(AXE.read_text(encoding="utf-8"))  # by DevTools: the page's policy refuses inline scripts
    result = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", AXE_TAGS)
    return [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in result["violations"]]


@pytest.mark.parametrize("url", ["autodiagnostic/", "questions-cles/", "boites-a-idees/",
                                 "boites-a-idees/developpement-economique/", "maturite-e-gouvernement/"])
def test_pages_have_no_accessibility_violation(page, site_url, url):
    page.goto(f"{site_url}/{url}")
    if url == "autodiagnostic/":
        page.locator(".gb-assess[data-ready]").wait_for()
        answer(page, MIXED)
        expect(page.locator(".gb-assess__band--current")).to_have_count(1)
    assert axe_violations(page) == []
    assert page.errors == []


