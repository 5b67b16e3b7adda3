"""The scripts speak the page's language (<html lang>), from their catalogue (docs/assets/js/messages.js):
the French site as it always was, and the same pages served with lang="en" (as the English edition's are)
in English; any other language gives French. The expected texts are written out here, never taken from the
scripts. The catalogue itself: tests/unit/test_js_messages.py.

The site is built once (French); an English page is the same page with its <html lang> changed on the way
to the browser, and, on step pages, its kicker's « Étape 5 » written "Step 5" as the English edition
writes it (the print sheet and the spreadsheet read the step's number there)."""
import csv
import io
import re
from datetime import date

import pytest
import yaml
from playwright.sync_api import expect

from conftest import ROOT, questions
from site_html import french_date

NNBSP = "\u202f"
DOMAIN = "developpement-economique"
STEP = f"{DOMAIN}/feuille-de-route"                  # step 5: two checklists, 4 + 9 questions
CONSTRAINTS = f"{STEP}/contraintes"
ENGLISH_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                  "October", "November", "December"]


def english_date(day: date) -> str:
    """ "1 May 2025", "14 July 2025": the test's own writing of a date."""
    return f"{day.day} {ENGLISH_MONTHS[day.month - 1]} {day.year}"


def source(path):
    return yaml.safe_load((ROOT / path).read_text(encoding="utf-8"))


def serve_as(page, site_url, lang):
    """Every page of the site reaches this tab with <html lang="<lang>"> (from now on: in place of the
    language asked for before)."""
    def swap(route):
        if route.request.resource_type != "document":
            return route.continue_()
        response = route.fetch()
        html, count = re.subn(r'<html lang="fr"', f'<html lang="{lang}"', response.text(), count=1)
        assert count == 1, "the built page has no <html lang=\"fr\">"
        if lang.startswith("en"):
            html = re.sub(r'(<p class="gb-kicker">[^<]*)Étape ', r"\1Step ", html)
        route.fulfill(response=response, body=html)
    page.unroute(f"{site_url}/**")
    page.route(f"{site_url}/**", swap)


def enhanced(page, key):
    fieldset = page.locator(f'fieldset[data-checklist="{key}"][data-gb-checklist-ready]')
    fieldset.wait_for()
    return fieldset


def open_page(page, site_url, lang, path):
    serve_as(page, site_url, lang)
    page.goto(f"{site_url}/{path}")
    assert page.evaluate("document.documentElement.lang") == lang


# --- A step page: checklists, step navigation, share -------------------------------------------------

STEP_PAGE = {
    "fr": {
        "buttons": ["Imprimer", "Partager", "Enregistrer (fichier)", "Restaurer (fichier)",
                    "Exporter vos réponses (tableur CSV)", "Tout décocher", "Imprimer cette liste"],
        "progress": f"Progression{NNBSP}: 2 / 4",
        "stepnav": "2 / 13 questions cochées",
        "stepnav one": "1 / 13 question cochée",
        "unticked": f"2 cases décochées{NNBSP}; vos notes sont gardées. Annuler",
        "undo": "Annuler",
        "ticked again": "Les cases sont de nouveau cochées.",
        "nothing": f"Aucune case n'était cochée{NNBSP}: rien n'a changé.",
        "file intro": "Vos cases cochées et vos notes restent dans ce navigateur.",
        "share": ["Copier le lien", "Partager sur WhatsApp", "Envoyer par courriel", "Partager sur LinkedIn",
                  "Partager sur X", "Partager sur Facebook"],
        "address": "Adresse de cette page",
    },
    "en": {
        "buttons": ["Print", "Share", "Save (file)", "Restore (file)", "Export your answers (CSV spreadsheet)",
                    "Untick all", "Print this list"],
        "progress": "Progress: 2 / 4",
        "stepnav": "2 / 13 questions ticked",
        "stepnav one": "1 / 13 questions ticked",
        "unticked": "2 boxes unticked; your notes are kept. Undo",
        "undo": "Undo",
        "ticked again": "The boxes are ticked again.",
        "nothing": "No box was ticked: nothing has changed.",
        "file intro": "Your ticks and notes stay in this browser.",
        "share": ["Copy link", "Share on WhatsApp", "Send by email", "Share on LinkedIn", "Share on X",
                  "Share on Facebook"],
        "address": "Address of this page",
    },
}


@pytest.mark.parametrize("lang, words", [("fr", "fr"), ("en", "en"), ("en-GB", "en"), ("de", "fr")])
def test_a_step_page_speaks_the_language_of_the_page(page, site_url, lang, words):
    said = STEP_PAGE[words]
    open_page(page, site_url, lang, f"{STEP}/")
    fieldset = enhanced(page, CONSTRAINTS)
    for name in said["buttons"]:
        expect(page.get_by_role("button", name=name, exact=True).first).to_be_visible()
    expect(page.locator(".gb-checklist-file")).to_contain_text(said["file intro"])
    fieldset.get_by_role("button", name=said["buttons"][5], exact=True).click()
    expect(fieldset.locator(".gb-checklist__undo")).to_have_text(said["nothing"])
    fieldset.locator('input[data-item="ressources-humaines"]').check()
    stepnav = page.locator("nav.gb-stepnav .gb-stepnav__step").nth(4).locator(".gb-stepnav__progress")
    expect(stepnav).to_have_text(said["stepnav one"])
    fieldset.locator('input[data-item="ressources-financieres"]').check()
    expect(fieldset.locator(".gb-checklist__progress")).to_have_text(said["progress"])
    expect(stepnav).to_have_text(said["stepnav"])
    fieldset.get_by_role("button", name=said["buttons"][5], exact=True).click()
    expect(fieldset.locator(".gb-checklist__undo")).to_have_text(said["unticked"])
    fieldset.get_by_role("button", name=said["undo"], exact=True).click()
    expect(fieldset.locator(".gb-checklist__undo")).to_have_text(said["ticked again"])
    # The answers are the same whichever the language: one key, the same item ids.
    assert "ressources-humaines" in page.evaluate("localStorage.getItem('guide-numerique:checklists:v1')")
    page.get_by_role("button", name=said["buttons"][1], exact=True).click()
    panel = page.locator(".gb-share__panel")
    assert [panel.get_by_role("button").inner_text()] + panel.get_by_role("link").all_inner_texts() == said["share"]
    assert page.locator(".gb-share__address").get_attribute("aria-label") == said["address"]
    assert page.errors == []


def test_the_answers_ticked_in_french_are_the_ones_shown_in_english(page, site_url):
    open_page(page, site_url, "fr", f"{STEP}/")
    enhanced(page, CONSTRAINTS).locator('input[data-item="ressources-humaines"]').check()
    stored = page.evaluate("localStorage.getItem('guide-numerique:checklists:v1')")
    open_page(page, site_url, "en", f"{STEP}/")
    fieldset = enhanced(page, CONSTRAINTS)
    expect(fieldset.locator('input[data-item="ressources-humaines"]')).to_be_checked()
    expect(fieldset.locator(".gb-checklist__progress")).to_have_text("Progress: 1 / 4")
    assert page.evaluate("localStorage.getItem('guide-numerique:checklists:v1')") == stored
    assert page.errors == []


# --- Printing: the checklist's sheet and the date of a printed page ----------------------------------

def test_the_printed_checklist_and_page_say_where_and_when_in_english(page, site_url):
    page.context.add_init_script("window.print = () => {};")
    step = source(f"roadmap/{STEP}.yml")
    second = step["checklists"][1]
    open_page(page, site_url, "en", f"{STEP}/")
    enhanced(page, f"{STEP}/{second['id']}").get_by_role("button", name="Print this list").click()
    page.emulate_media(media="print")
    sheet = page.locator(".gb-print-sheet")
    lines = [line for line in sheet.inner_text().split("\n") if line]
    today = date.today()
    assert lines[:6] == ["Le numérique au service des collectivités locales",
                         "Stimuler le développement économique local",
                         f"Step 5: {step['title']}", f"Address: {site_url}/{STEP}/",
                         f"Printed on {english_date(today)}", second["title"]]
    assert sheet.locator(".gb-print-sheet__title").last.inner_text() == "Notes"
    page.evaluate("window.dispatchEvent(new Event('afterprint')); window.dispatchEvent(new Event('beforeprint'))")
    expect(page.locator("[data-gb-print-date]")).to_have_text(f"Printed on {english_date(today)}")
    assert page.errors == []


def test_a_french_printed_page_keeps_its_french_date(page, site_url):
    open_page(page, site_url, "fr", f"{STEP}/")
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    expect(page.locator("[data-gb-print-date]")).to_have_text(f"Imprimé le {french_date(date.today().isoformat())}")


# --- The answers as a spreadsheet --------------------------------------------------------------------

def test_the_english_spreadsheet_has_english_headings_commas_and_yes_or_no(page, site_url):
    open_page(page, site_url, "en", f"{STEP}/")
    fieldset = enhanced(page, CONSTRAINTS)
    fieldset.locator('input[data-item="ressources-techniques"]').check()
    fieldset.get_by_role("textbox", name="Notes").fill("Budget, then staff")
    with page.expect_download() as download:
        page.get_by_role("button", name="Export your answers (CSV spreadsheet)").click()
    name = f"answers-developpement-economique-feuille-de-route-{date.today().isoformat()}.csv"
    assert download.value.suggested_filename == name
    text = download.value.path().read_bytes().decode("utf-8")
    assert text.startswith("\ufeffDomain,Step,List,Question,Ticked,Notes for the list\r\n")
    rows = list(csv.reader(io.StringIO(text[1:], newline="")))
    step = source(f"roadmap/{STEP}.yml")
    assert len(rows) == 1 + sum(len(questions(c)) for c in step["checklists"])
    assert rows[1][1] == f"Step 5: {step['title']}"
    assert rows[1][5] == "Budget, then staff"
    assert [row[4] for row in rows[1:]].count("yes") == 1
    assert {row[4] for row in rows[1:]} == {"yes", "no"}
    expect(page.locator(".gb-checklist-export__status")).to_have_text(
        f"File “{name}” created: 13 questions, 1 ticked.")
    assert page.errors == []


# --- The decision tree -------------------------------------------------------------------------------

TREE = {
    "fr": {"continue": "Continuer", "choose": "Choisissez une réponse pour continuer.", "answers": "Vos réponses",
           "change": "Modifier la réponse à «", "restart": "Recommencer", "question": "Question 2"},
    "en": {"continue": "Continue", "choose": "Choose an answer to continue.", "answers": "Your answers",
           "change": "Change the answer to “", "restart": "Start again", "question": "Question 2"},
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_decision_tree_speaks_the_language_of_the_page(page, site_url, lang):
    said = TREE[lang]
    open_page(page, site_url, lang, "arbre-de-decision/")
    expect(page.locator(".gb-tree__app .gb-tree__number")).to_have_text("Question 1")
    page.get_by_role("button", name=said["continue"], exact=True).click()
    expect(page.locator(".gb-tree__error")).to_have_text(said["choose"])
    page.locator(".gb-tree__choice input").first.check()
    page.get_by_role("button", name=said["continue"], exact=True).click()
    expect(page.locator(".gb-tree__app .gb-tree__number")).to_have_text(said["question"])
    expect(page.get_by_role("heading", name=said["answers"], exact=True)).to_be_visible()
    expect(page.get_by_role("button", name=re.compile("^" + re.escape(said["change"])))).to_be_visible()
    page.get_by_role("button", name=said["restart"], exact=True).click()
    expect(page.locator(".gb-tree__app .gb-tree__number")).to_have_text("Question 1")
    assert page.errors == []


def test_a_link_to_a_lost_answer_is_explained_in_english(page, site_url):
    open_page(page, site_url, "en", "arbre-de-decision/?r=no-such-answer")
    expect(page.locator(".gb-tree__notice")).to_have_text(
        "The link you opened contained an answer that is no longer in this tree: carry on from the question below.")


# --- The self-assessment -----------------------------------------------------------------------------

def test_the_self_assessment_speaks_the_language_of_the_page(page, site_url):
    assessment = source("assessments/autodiagnostic.yml")
    count = len(assessment["questions"])
    highest = sum(max(a["score"] for a in q["answers"]) for q in assessment["questions"])
    said = {
        "fr": (f"Votre score{NNBSP}: 0 point sur {highest} · 0 question répondue sur {count}.",
               f"Répondez aux {count} questions pour connaître l'interprétation de votre score{NNBSP}: "
               f"il en reste {count}.", "Votre résultat", "Imprimer le résultat", "Recommencer"),
        "en": (f"Your score: 0 points out of {highest} · 0 questions answered out of {count}.",
               f"Answer all {count} questions to find out what your score means: {count} left.",
               "Your result", "Print the result", "Start again"),
    }
    for lang, (total, remaining, heading, print_button, restart) in said.items():
        open_page(page, site_url, lang, "autodiagnostic/")
        expect(page.locator(".gb-assess__total")).to_have_text(total)
        expect(page.locator(".gb-assess__outcome")).to_have_text(remaining)
        expect(page.get_by_role("heading", name=heading, exact=True)).to_be_visible()
        expect(page.get_by_role("button", name=print_button, exact=True)).to_be_visible()
        expect(page.get_by_role("button", name=restart, exact=True)).to_be_visible()
    assert page.errors == []


# --- The initiatives' filters ------------------------------------------------------------------------

def test_the_initiatives_filters_count_in_the_language_of_the_page(page, site_url):
    total = len(list((ROOT / "initiatives").glob("*.yml")))
    in_morocco = sum(source(f"initiatives/{p.name}")["country"] == "Maroc"
                     for p in (ROOT / "initiatives").glob("*.yml"))
    assert 1 < in_morocco < total
    said = {
        "fr": ("Filtrer", f"{total} études de cas, toutes affichées.", "Filtrer (1)",
               f"{in_morocco} études de cas correspondent à ces filtres, sur {total}.",
               f"L'un de ces dispositifs{NNBSP}: Tiers-lieu, Incubateur"),
        "en": ("Filter", f"{total} case studies, all shown.", "Filter (1)",
               f"{in_morocco} case studies match these filters, out of {total}.",
               "Any of these: Tiers-lieu, Incubateur"),
    }
    page.set_viewport_size({"width": 400, "height": 800})     # a phone: the form folds behind « Filtrer »
    for lang, (toggle, everything, toggle_one, some, devices) in said.items():
        open_page(page, site_url, lang, "initiatives/")
        button = page.locator(".gb-filters__toggle")
        expect(button).to_have_text(toggle)
        expect(page.locator("#compte-initiatives")).to_have_text(everything)
        button.click()
        page.locator("#filtre-pays").select_option("Maroc")
        expect(page.locator("#compte-initiatives")).to_have_text(some)
        expect(button).to_have_text(toggle_one)
        page.goto(f"{site_url}/initiatives/?dispositif=tiers-lieu,incubateur")
        expect(page.locator("#filtre-dispositif option:checked")).to_have_text(devices)
    assert page.errors == []
