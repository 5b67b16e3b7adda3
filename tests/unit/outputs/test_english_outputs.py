"""What the English edition takes away, before any layout: the booklets' HTML and titles, the spreadsheets'
words, the offline copy's README, in English; a record's text not yet translated marked French
(lang="fr") and spaced the French way, as on the pages. The mini guide has no translation at all: every
text of its records is French text in the English edition. (The laid-out PDFs: tests/build/test_booklets.py.)"""
import re
import zipfile

from openpyxl import load_workbook

from corpus import MINI
from macros.kinds import load_guide
from macros.outputs import booklets, offline, spreadsheets
from macros.pages.catalogue import Catalogue

SITE = {"name": "Digital technology for local authorities", "description": "A guide.",
        "url": "https://guide.example.org/en/"}
NNBSP = "\u202f"


def english_guide():
    return load_guide(MINI, language="en")


def step_booklet_html(guide, site=SITE):
    booklet = next(b for b in booklets.booklets(guide) if b.path == "telechargements/listes-economie-lieux.pdf")
    return booklet, booklets.render_html(booklet, guide, site, "2026-03-01")


def test_the_english_booklets_have_english_titles_and_descriptions_under_the_same_file_names():
    made = booklets.booklets(english_guide())
    assert [(booklet.path, booklet.title, booklet.description) for booklet in made] == [
        ("telechargements/listes-economie-lieux.pdf", "Step 1: Ouvrir des lieux — question lists",
         "The question lists of step 1, to print."),
        ("telechargements/toutes-les-listes.pdf", "All question lists",
         "The question lists of every step of the guide, to print."),
        ("telechargements/guide-complet.pdf", "The complete guide",
         "The steps, their question lists, the glossary and the table of case studies."),
        ("telechargements/etudes-de-cas-economie.pdf", "Case studies: Économie locale", "1 case study."),
    ]
    # The French title of a record, in a title shown as HTML, is marked French.
    assert str(made[0].title_html) == 'Step 1: <span lang="fr">Ouvrir des lieux</span> — question lists'
    assert str(made[3].title_html) == 'Case studies: <span lang="fr">Économie locale</span>'


def test_an_english_step_booklet_is_english_around_the_french_text_it_marks():
    _booklet, html = step_booklet_html(english_guide())
    assert html.startswith('<!doctype html>\n<html lang="en" data-page="page">')
    assert "<title>Step 1: Ouvrir des lieux — question lists</title>" in html
    assert '<p class="kicker"><span lang="fr">Économie locale</span> · Step 1</p>' in html
    assert '<h1 class="running" lang="fr">Ouvrir des lieux</h1>' in html
    assert '<p class="address">Online: https://guide.example.org/en/economie/lieux/</p>' in html
    assert ('<p class="label">Objective</p><div lang="fr"><p>Offrir des lieux de travail aux jeunes '
            'entreprises.</p></div>') in html
    assert '<h3 class="checklist__title" lang="fr">Lister les contraintes</h3>' in html
    # French text shown in English is spaced the French way (as on the English pages), English text never:
    # the two questions' « ? » are the only signs of this booklet's text that follow a space.
    assert f'<span class="checklist__text"><span lang="fr">Manque-t-il des compétences{NNBSP}?</span></span>' in html
    assert '<p class="notes__label">Notes</p>' in html
    assert html.count(NNBSP) == 2
    for french in ("Étape", "Objectif", "En ligne", "Version du", "Sommaire"):
        assert french not in html, french


def test_the_same_booklet_in_french_is_french_spaced_and_marks_nothing():
    booklet, html = step_booklet_html(load_guide(MINI), dict(SITE, url="https://guide.example.org/"))
    assert booklet.title == "Étape 1 : Ouvrir des lieux — listes de questions"
    assert html.startswith('<!doctype html>\n<html lang="fr" data-page="page">')
    assert '<p class="kicker">Économie locale · Étape 1</p>' in html
    assert f'<span class="checklist__text">Manque-t-il des compétences{NNBSP}?</span>' in html
    assert f'<p class="address">En ligne{NNBSP}: https://guide.example.org/economie/lieux/</p>' in html
    assert 'lang="fr"' not in html.split("\n", 2)[2]      # only <html lang="fr">


def test_the_english_guide_and_collection_print_english_words():
    guide = english_guide()
    made = {booklet.path: booklet for booklet in booklets.booklets(guide)}
    whole = booklets.render_html(made["telechargements/guide-complet.pdf"], guide, SITE, "2026-03-01")
    for words in ('<p class="kicker">A practical guide for local authorities</p>', "<h2>Contents</h2>",
                  '<a href="#etudes-de-cas">Case studies</a>', '<a href="#glossaire">Glossary</a>',
                  "Version of 1 March 2026", "The guide online, always up to date: https://guide.example.org/en/",
                  '<th class="case-table__title">Case study</th><th class="case-table__place">Place</th>'
                  "<th>Online</th>", "<dt>Indicative duration</dt>", "<h3>In practice</h3>", "<h3>Key points</h3>",
                  '<td lang="fr">Ville test</td>'):
        assert words in whole, words
    collection = booklets.render_html(made["telechargements/etudes-de-cas-economie.pdf"], guide, SITE, "2026-03-01")
    for words in ("<h1>Case studies: <span lang=\"fr\">Économie locale</span></h1>", "<dt>Place</dt>",
                  "<dt>Period</dt>", "<h3>Key points</h3>", "<h3>Steps of the guide it illustrates</h3>",
                  "<h3>Sources</h3>", ", accessed on "):
        assert words in collection, words
    assert f"Manque-t-il des compétences{NNBSP}?" in whole        # French text, French spacing
    for html in (whole, collection):
        english = re.sub(r'<(\w+)[^>]* lang="fr"[^>]*>.*?</\1>', "", html, flags=re.S)
        assert NNBSP not in english
        for french in ("Étape", "Sommaire", "Lieu<", "Version du", "consulté", "Recueil", "À retenir"):
            assert french not in html, french


def test_english_spreadsheets_name_their_sheets_and_columns_in_english(tmp_path):
    guide = english_guide()
    assert [(s.path, s.title) for s in spreadsheets.spreadsheets(guide)] == [
        ("telechargements/listes-economie-lieux.xlsx", "Step 1: Ouvrir des lieux — question lists in a spreadsheet"),
        ("telechargements/toutes-les-listes.xlsx", "All question lists in a spreadsheet")]
    spreadsheets.write(guide, tmp_path, {"name": SITE["name"], "url": SITE["url"]})
    workbook = load_workbook(tmp_path / "telechargements" / "listes-economie-lieux.xlsx")
    assert workbook.sheetnames == ["Step 1"]
    rows = [[cell.value for cell in row] for row in workbook.active.iter_rows()]
    assert [row[0] for row in rows[:3]] == [SITE["name"], "Domain 1: Économie locale", "Step 1: Ouvrir des lieux"]
    assert rows[3][0].startswith("Version of ")
    assert rows[3][0].endswith(" · Online: https://guide.example.org/en/economie/lieux/")
    assert rows[4] == ["Question", "Done", "Who", "When", "Notes"]
    assert workbook.active.oddFooter.right.text == "Page &P of &N"
    assert [str(rule.formula1) for rule in workbook.active.data_validations.dataValidation] == ['"yes,no"']
    assert load_workbook(tmp_path / "telechargements" / "toutes-les-listes.xlsx").sheetnames == ["Domain 1"]


def test_the_english_offline_copy_has_an_english_readme(tmp_path):
    site = tmp_path / "en"
    site.mkdir()
    (site / "index.html").write_text("<html lang=\"en\"><head></head><body></body></html>", encoding="utf-8")
    offline.write(site, tmp_path / "copy.zip", "https://guide.example.org/en/", Catalogue("en"))
    with zipfile.ZipFile(tmp_path / "copy.zip") as archive:
        assert "guide-hors-ligne/LISEZ-MOI.txt" not in archive.namelist()
        readme = archive.read("guide-hors-ligne/README.txt").decode("utf-8")
    assert readme == (
        "Digital technology for local authorities — the guide offline\n\n"
        "Open the index.html file of this folder in your browser (double-click): the whole guide works\n"
        "without a connection, search and tick lists included. The PDF booklets to print are in the\n"
        'telechargements folder ("downloads").\n\n'
        "The guide online, always up to date: https://guide.example.org/en/\n")
