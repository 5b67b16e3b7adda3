"""What the scripts show of a record still French in an English page is marked lang="fr", as the pages
mark it: the cards the filters make from the complete list, the devices' options, the decision tree's
questions and answers, the band a self-assessment reaches, the sheet printed for one list, a search
result's title; the head's <title lang="fr"> follows Material's instant navigation; axe finds nothing on
these pages. A copy of the guide, English edition only, where a case study, a term, a step, a domain, a
decision tree and a self-assessment have no English text, and the index has pages of 10 (so that the
filters read the complete list)."""
import pytest
from playwright.sync_api import expect

from conftest import english_copy, mkdocs_build, new_page
from test_accessibility import violations
from test_initiatives_pages import serve, with_page_size

UNTRANSLATED = ("en/initiatives/kenya-open-data.yml", "en/glossary/hackathon.yml",
                "en/roadmap/relations-citoyens/partenaires-civic-tech.yml", "en/roadmap/services-urbains.yml",
                "en/decisions/relations-citoyens.yml", "en/assessments/autodiagnostic.yml")
TREE = "/en/arbre-de-decision/relations-citoyens/"


@pytest.fixture(scope="module")
def address(tmp_path_factory):
    project = english_copy(tmp_path_factory.mktemp("french-in-english-project"), UNTRANSLATED)
    with_page_size(project, 10)
    site = tmp_path_factory.mktemp("french-in-english")
    server = serve(site)
    address = f"http://127.0.0.1:{server.server_address[1]}"
    result = mkdocs_build(project, site / "en", {"SITE_URL": address + "/"}, "mkdocs.en.yml")
    assert result.returncode == 0, result.stderr[-3000:]
    yield address
    server.shutdown()


@pytest.fixture
def english(browser):
    with new_page(browser, "en-GB") as page:
        yield page


def test_a_card_made_by_the_filters_marks_a_french_title_and_place(english, address):
    english.goto(address + "/en/initiatives/page/2/")
    english.get_by_label("Search the initiatives").fill("Kenya Open Data")
    card = english.locator("#resultats-initiatives .gb-card")
    expect(card).to_have_count(1)
    expect(card.locator(".gb-card__title a")).to_have_attribute("lang", "fr")
    expect(card.locator(".gb-card__title a")).to_have_text("Kenya Open Data Initiative")
    expect(card.locator('.gb-card__place span[lang="fr"]')).to_have_text("Nairobi, Kenya")
    expect(card.locator(".gb-card__place")).to_have_text("Nairobi, Kenya · since 2011")
    english.get_by_label("Search the initiatives").fill("kLab")
    expect(card.locator(".gb-card__title a")).to_have_text("kLab")
    assert card.locator("[lang]").count() == 0
    assert violations(english) == []
    assert english.errors == []


def test_the_devices_options_made_by_the_script_mark_a_french_name(english, address):
    english.goto(address + "/en/initiatives/page/2/")
    field = english.locator("#filtre-dispositif")
    expect(field.locator('option[value="hackathon"]')).to_have_attribute("lang", "fr")
    assert field.locator('option[value="bootcamp"]').get_attribute("lang") is None
    assert english.errors == []


def test_the_decision_tree_marks_its_french_question_answers_and_the_answers_given(english, address):
    english.goto(address + TREE)
    widget = english.locator(".gb-tree__app")
    expect(widget.locator(".gb-tree__question-title")).to_have_attribute("lang", "fr")
    expect(widget.locator(".gb-tree__help")).to_have_attribute("lang", "fr")
    labels = widget.locator(".gb-tree__choice label")
    assert labels.count() > 1
    assert all(label.get_attribute("lang") == "fr" for label in labels.all())
    assert widget.locator(".gb-tree__number").get_attribute("lang") is None     # « Question 1 »: English
    assert violations(english) == []
    labels.first.click()
    english.get_by_role("button", name="Continue").click()
    expect(widget.locator(".gb-tree__given dt")).to_have_attribute("lang", "fr")
    expect(widget.locator(".gb-tree__given-answer")).to_have_attribute("lang", "fr")
    assert english.errors == []


def test_instant_navigation_brings_the_french_title_and_takes_it_away(english, address):
    english.goto(address + "/en/relations-citoyens/evaluation-communication/")
    english.evaluate("window.gbSamePage = true")     # still there after a navigation only if it was instant
    english.locator(".gb-initiative__title a", has_text="Kenya Open Data Initiative").click()
    english.wait_for_url("**/en/initiatives/kenya-open-data/")
    assert english.evaluate("window.gbSamePage") is True
    expect(english.locator("head title")).to_have_attribute("lang", "fr")
    expect(english.locator('head meta[name="description"]')).to_have_attribute("lang", "fr")
    english.locator(".md-path").get_by_role("link", name="Initiatives").click()
    english.wait_for_url("**/en/initiatives/")
    assert english.evaluate("window.gbSamePage") is True
    assert english.title() == "Initiatives - Digital technology for local authorities"
    assert english.locator("head title").get_attribute("lang") is None
    assert english.evaluate("document.querySelectorAll('head title').length") == 1
    assert english.errors == []


@pytest.mark.parametrize("path", ["/en/relations-citoyens/partenaires-civic-tech/",
                                  "/en/relations-citoyens/actions-pilotes/", "/en/services-urbains/feuille-de-route/",
                                  "/en/initiatives/kenya-open-data/", "/en/glossaire/hackathon/"])
def test_no_axe_violation_on_pages_showing_french_text(english, address, path):
    english.goto(address + path, wait_until="networkidle")
    assert violations(english) == []


def test_a_search_result_marks_the_french_title_of_its_page(english, address):
    english.goto(address + "/en/", wait_until="networkidle")
    english.locator("input[name=query]").click()
    english.keyboard.type("Kenya Open Data", delay=30)
    found = english.locator('.md-search-result__item a[href*="/en/initiatives/kenya-open-data/?"]').first
    expect(found.locator('h1 span[lang="fr"]')).to_have_text("Kenya Open Data Initiative")
    assert english.errors == []


def _printed_sheet(english, address, path, nth=0):
    english.context.add_init_script("window.print = () => {};")
    english.goto(address + path)
    english.get_by_role("button", name="Print this list").nth(nth).click()
    return english.locator(".gb-print-sheet")


def test_the_printed_sheet_of_a_french_step_marks_its_title_and_its_list(english, address):
    sheet = _printed_sheet(english, address, "/en/relations-citoyens/partenaires-civic-tech/")
    step = sheet.locator(".gb-print-sheet__step")
    expect(step).to_have_text("Step 3: Identifier les partenaires et les initiatives locales de la civic tech")
    expect(step.locator('span[lang="fr"]')).to_have_text("Identifier les partenaires et les initiatives locales de "
                                                          "la civic tech")
    assert step.get_attribute("lang") is None
    domain = sheet.locator(".gb-print-sheet__meta").first
    expect(domain).to_have_text("Improving relations between the local authority and citizens")
    assert domain.get_attribute("lang") is None
    expect(sheet.locator(".gb-print-sheet__title").first).to_have_attribute("lang", "fr")
    assert sheet.locator(".gb-print-sheet__title").last.get_attribute("lang") is None     # « Notes »
    assert english.errors == []


def test_the_printed_sheet_of_a_list_of_a_french_domain_marks_the_domain_only(english, address):
    sheet = _printed_sheet(english, address, "/en/checklists/services-urbains/")
    expect(sheet.locator(".gb-print-sheet__meta").first).to_have_text("Gérer les services urbains")
    expect(sheet.locator(".gb-print-sheet__meta").first).to_have_attribute("lang", "fr")
    assert sheet.locator(".gb-print-sheet__step [lang]").count() == 0
    assert sheet.locator(".gb-print-sheet__title").first.get_attribute("lang") is None
    assert english.errors == []


def test_the_band_reached_in_a_french_self_assessment_keeps_its_title_marked(english, address):
    english.goto(address + "/en/autodiagnostic/")
    english.locator(".gb-assess[data-ready] .gb-assess__total").wait_for()
    names = english.evaluate("[...new Set([...document.querySelectorAll('.gb-assess input[type=radio]')]"
                             ".map(input => input.name))]")
    for name in names:
        english.locator(f'.gb-assess input[name="{name}"]').first.check()
    title = english.locator(".gb-assess__outcome-title")
    expect(title.locator('span[lang="fr"]')).to_have_count(1)
    band = english.locator(".gb-assess__band--current .gb-assess__band-title")
    expect(title).to_have_text(band.inner_text())
    assert title.get_attribute("id") is None
    assert english.errors == []
