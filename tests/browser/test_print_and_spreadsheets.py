"""The guide in the field: printed pages, the PDF booklets' lists with room to write, the checklists as
spreadsheets (.xlsx) and the reader's own answers exported as CSV for French Excel."""
import csv
import io
import json
import zipfile
from datetime import date

import yaml
from openpyxl import load_workbook
from pypdf import PdfReader

from conftest import ROOT, copy_project
from test_accessibility import violations

GUIDE = "Le numérique au service des collectivités locales"
DOMAIN = "Stimuler le développement économique local"
STEP = "developpement-economique/feuille-de-route"
STEP_TITLE = "Définir une feuille de route pour accélérer le développement économique local"
LISTS = ["Repérer ce qui freine le développement des jeunes entreprises",
         "Choisir les leviers qui favorisent l'innovation"]
FIRST_QUESTION = ("Ressources humaines : manque-t-il des compétences en développement informatique, en méthodes "
                  "d'innovation, en design centré sur l'utilisateur ou en conception d'un produit vendable ?")
FOLDER = "telechargements"
NNBSP = "\u202f"


def squash(value):
    return " ".join(value.split())


def pdf_pages(path):
    return [squash(page.extract_text()) for page in PdfReader(path).pages]


# --- Printed pages -------------------------------------------------------------------------------------

def test_printed_step_shows_no_address_after_glossary_links_and_no_progress_line(page, site_url):
    page.goto(f"{site_url}/{STEP}/", wait_until="networkidle")
    page.locator("fieldset.gb-checklist[data-gb-checklist-ready]").first.wait_for()
    page.emulate_media(media="print")
    glossary = page.evaluate("""() => [...document.querySelectorAll('article .gb-gloss a')]
        .map(a => [a.getAttribute('href'), getComputedStyle(a, '::after').content])""")
    assert len(glossary) >= 7
    # Instant navigation has made these links absolute: still, no address follows them on paper.
    assert all(href.startswith("http") for href, _after in glossary)
    assert [link for link in glossary if link[1] not in ("none", "normal", '""')] == []
    progress = page.locator(".gb-checklist__progress")
    assert progress.count() == 2
    assert progress.first.inner_text().startswith("Progression")   # there on screen, not on paper
    assert progress.evaluate_all("nodes => nodes.map(n => getComputedStyle(n).display)") == ["none", "none"]
    assert page.evaluate("getComputedStyle(document.querySelector('.gb-checklist-export__tools')).display") \
        == "none"


def test_a_checklist_printed_alone_from_the_domain_page_names_the_guide_and_the_step(page, site_url):
    page.context.add_init_script("window.print = () => {};")
    page.goto(f"{site_url}/checklists/developpement-economique/")
    fieldset = page.locator(f'fieldset[data-checklist="{STEP}/contraintes"]')
    fieldset.get_by_role("button", name="Imprimer cette liste").click()
    page.emulate_media(media="print")
    lines = [line for line in page.locator(".gb-print-sheet").inner_text().split("\n") if line]
    today = date.today()
    months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
              "novembre", "décembre"]
    printed = f"Imprimé le {today.day}{'er' if today.day == 1 else ''} {months[today.month - 1]} {today.year}"
    assert lines[:6] == [GUIDE, DOMAIN, f"Étape 5{NNBSP}: {STEP_TITLE}", f"Adresse{NNBSP}: {site_url}/{STEP}/",
                         printed, LISTS[0]]
    assert page.locator(".gb-print-sheet__site").evaluate("e => getComputedStyle(e).fontWeight") == "700"


# --- PDF booklets --------------------------------------------------------------------------------------

def ruled_lines(step_key):
    """(bottom border width, height in CSS px) of each ruled line of the step's booklet as laid out."""
    import weasyprint
    from macros.kinds import load_guide
    from macros.outputs import booklets
    guide = load_guide(ROOT)
    booklet = next(b for b in booklets.booklets(guide) if b.context.get("steps") and len(b.context["steps"]) == 1
                   and b.context["steps"][0].key == step_key)
    html = booklets.render_html(booklet, guide, {"name": GUIDE, "description": "", "url": ""})
    document = weasyprint.HTML(string=html, base_url=str(ROOT / "docs") + "/").render(
        stylesheets=[weasyprint.CSS(filename=str(booklets.TEMPLATES / "booklet.css"))])
    found = []

    def walk(box):
        if "notes__line" in (getattr(box, "element", None) is not None and box.element.get("class") or ""):
            found.append((box.style["border_bottom_width"], box.height))
        for child in getattr(box, "children", []):
            walk(child)
    for page in document.pages:
        walk(page._page_box)
    return found


def test_each_list_of_a_step_booklet_has_a_ruled_notes_area(built_site):
    pages = pdf_pages(built_site / FOLDER / "listes-developpement-economique-feuille-de-route.pdf")
    text = " ".join(pages)
    assert text.count("Notes") == 2                        # two lists, a notes area under each
    for title in LISTS:
        assert title in text
    # Lines to write on, as WeasyPrint lays the booklet out: under each list, four ruled lines (boxes with
    # a bottom border) 8 mm apart, the room a handwritten line needs.
    lines = ruled_lines(STEP)
    assert len(lines) == 8
    assert all(width > 0 and round(height * 25.4 / 96) == 8 for width, height in lines)


def test_the_first_page_of_each_step_booklet_holds_its_first_list(built_site):
    pages = pdf_pages(built_site / FOLDER / "listes-developpement-economique-feuille-de-route.pdf")
    assert STEP_TITLE in pages[0]
    assert LISTS[0] in pages[0] and FIRST_QUESTION in pages[0]
    for step_file in sorted((ROOT / "roadmap").glob("*/*.yml")):
        source = yaml.safe_load(step_file.read_text(encoding="utf-8"))
        if not source.get("checklists"):
            continue
        name = f"listes-{step_file.parent.name}-{step_file.stem}.pdf"
        first = pdf_pages(built_site / FOLDER / name)[0]
        assert squash(source["checklists"][0]["title"]) in first, name
        assert "Notes" in first, name


def test_each_step_of_the_all_lists_booklet_starts_with_its_first_list(built_site):
    pages = pdf_pages(built_site / FOLDER / "toutes-les-listes.pdf")
    assert pages[0].startswith(f"{GUIDE.upper()} Toutes les listes de questions")
    start = next(i for i, text in enumerate(pages) if i > 0 and STEP_TITLE in text)
    assert LISTS[0] in pages[start] and FIRST_QUESTION in pages[start]


# --- Spreadsheets --------------------------------------------------------------------------------------

def sheet_rows(sheet):
    return [[cell.value for cell in row] for row in sheet.iter_rows()]


def test_a_step_spreadsheet_holds_its_header_its_lists_and_every_question(built_site, site_url):
    workbook = load_workbook(built_site / FOLDER / "listes-developpement-economique-feuille-de-route.xlsx")
    assert workbook.sheetnames == ["Étape 5"]
    sheet = workbook["Étape 5"]
    rows = sheet_rows(sheet)
    assert [row[0] for row in rows[:3]] == [GUIDE, f"Domaine 1{NNBSP}: {DOMAIN}", f"Étape 5{NNBSP}: {STEP_TITLE}"]
    assert rows[3][0].endswith(f" · En ligne{NNBSP}: {site_url}/{STEP}/")
    assert rows[4] == ["Question", "Fait", "Qui", "Quand", "Notes"]
    assert sheet.freeze_panes == "A6"                      # the column names stay in view
    assert sheet.print_title_rows == "$5:$5"               # and head every printed page
    assert sheet.page_setup.orientation == "landscape" and sheet.page_setup.fitToWidth == 1
    merged = {rng.min_row for rng in sheet.merged_cells.ranges}
    sections = [row[0] for number, row in enumerate(rows, start=1) if number > 5 and number in merged]
    assert LISTS[0] in sections and LISTS[1] in sections
    questions = [(number, row) for number, row in enumerate(rows, start=1) if number > 5 and number not in merged]
    assert len(questions) == 13                            # 4 + 9 questions in roadmap/…/feuille-de-route.yml
    assert questions[0][1] == [FIRST_QUESTION, None, None, None, None]
    first = sheet.cell(row=questions[0][0], column=1)
    assert first.alignment.wrap_text and sheet.row_dimensions[first.row].height >= 45   # three lines or more
    assert [sheet.column_dimensions[c].width for c in "ABCDE"] == [62, 8, 18, 14, 40]

    other = load_workbook(built_site / FOLDER / "listes-developpement-economique-diagnostic-ecosysteme.xlsx")
    other_rows = sheet_rows(other.active)
    merged = {rng.min_row for rng in other.active.merged_cells.ranges}
    assert len([row for number, row in enumerate(other_rows, start=1) if number > 5 and number not in merged]) == 9


def test_the_spreadsheets_are_offered_with_their_size_on_the_step_page_the_home_and_offline(built_site):
    step_page = (built_site / STEP / "index.html").read_text(encoding="utf-8")
    size = (built_site / FOLDER / "listes-developpement-economique-feuille-de-route.xlsx").stat().st_size
    label = f"{max(1, round(size / 1024))} Ko"
    assert (f'<li><a href="../../{FOLDER}/listes-developpement-economique-feuille-de-route.xlsx" '
            'type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet">Les mêmes listes dans un '
            f'tableur, avec des colonnes «\u202fFait\u202f», «\u202fQui\u202f», «\u202fQuand\u202f» et «\u202fNotes\u202f» '
                f'(XLSX, {label})</a></li>'
            in step_page)
    home = (built_site / "index.html").read_text(encoding="utf-8")
    size = (built_site / FOLDER / "toutes-les-listes.xlsx").stat().st_size
    assert (f'<a href="{FOLDER}/toutes-les-listes.xlsx">Toutes les listes de questions en tableur '
            f"(XLSX, {max(1, round(size / 1024))} Ko)</a>") in home
    with zipfile.ZipFile(built_site / FOLDER / "guide-hors-ligne.zip") as archive:
        names = archive.namelist()
        offline_step = archive.read(f"guide-hors-ligne/{STEP}/index.html").decode("utf-8")
    assert f"guide-hors-ligne/{FOLDER}/listes-developpement-economique-feuille-de-route.xlsx" in names
    assert f"guide-hors-ligne/{FOLDER}/toutes-les-listes.xlsx" in names
    assert f'href="../../{FOLDER}/listes-developpement-economique-feuille-de-route.xlsx"' in offline_step


def test_the_all_lists_spreadsheet_has_a_sheet_per_domain(built_site):
    workbook = load_workbook(built_site / FOLDER / "toutes-les-listes.xlsx")
    assert workbook.sheetnames == ["Domaine 1", "Domaine 2", "Domaine 3", "Domaine 4"]
    rows = sheet_rows(workbook["Domaine 1"])
    assert [row[0] for row in rows[:3]] == [GUIDE, f"Domaine 1{NNBSP}: {DOMAIN}", "Étapes 1 à 6"]
    assert f"Étape 5{NNBSP}: {STEP_TITLE}" in [row[0] for row in rows]


def test_the_english_spreadsheets_have_english_sheets_headers_and_columns(built_site, site_url):
    """The English edition's spreadsheets (en/telechargements/, same names): the words around the questions
    in English, the questions from en/roadmap/developpement-economique/feuille-de-route.yml."""
    folder = built_site / "en" / FOLDER
    workbook = load_workbook(folder / "listes-developpement-economique-feuille-de-route.xlsx")
    assert workbook.sheetnames == ["Step 5"]
    assert workbook.properties.title == ("Step 5: Drawing up a roadmap to speed up local economic development — "
                                         "question lists in a spreadsheet")
    sheet = workbook["Step 5"]
    rows = sheet_rows(sheet)
    assert [row[0] for row in rows[:3]] == ["Digital technology for local authorities",
                                            "Domain 1: Stimulating local economic development",
                                            "Step 5: Drawing up a roadmap to speed up local economic development"]
    assert rows[3][0].startswith("Version of ")
    assert rows[3][0].endswith(f" · Online: {site_url}/en/{STEP}/")
    assert rows[4] == ["Question", "Done", "Who", "When", "Notes"]
    assert rows[5][0] == "Identify what holds back the growth of young companies"
    assert ["Human resources: is there a lack of skills in software development, innovation methods, user-centred "
            "design or designing a marketable product?", None, None, None, None] in rows
    assert [str(rule.formula1) for rule in sheet.data_validations.dataValidation] == ['"yes,no"']
    assert sheet.oddFooter.right.text == "Page &P of &N"
    assert all(NNBSP not in str(value) for row in rows for value in row)
    everything = load_workbook(folder / "toutes-les-listes.xlsx")
    assert everything.sheetnames == ["Domain 1", "Domain 2", "Domain 3", "Domain 4"]
    assert [row[0] for row in sheet_rows(everything["Domain 1"])[:3]] == [
        "Digital technology for local authorities", "Domain 1: Stimulating local economic development", "Steps 1 to 6"]
    assert sheet_rows(everything["Domain 1"])[4] == ["Question", "Done", "Who", "When", "Notes"]


def test_contributor_text_that_looks_like_a_formula_stays_text(tmp_path):
    """A question written « =HYPERLINK(…) » (or starting with + - @) is a text cell, never a formula."""
    from macros.kinds import load_guide
    from macros.outputs import spreadsheets
    project = copy_project(tmp_path / "guide")
    path = project / "roadmap" / f"{STEP}.yml"
    source = path.read_text(encoding="utf-8")
    hostile = {"=HYPERLINK(\"https://exemple.invalid\";\"Cliquez\")": "Ressources humaines : manque-t-il",
               "+33 : le budget est-il voté ?": "Ressources techniques :",
               "@SOMME(A1:A3) est-elle tenue ?": "Ressources financières :",
               "-10 % de budget, est-ce tenable ?": "Ressources administratives"}
    for text, start in hostile.items():   # at the start of folded scalars (>-): read as written
        assert start in source
        source = source.replace(start, text + " " + start, 1)
    path.write_text(source, encoding="utf-8")
    guide = load_guide(project)
    spreadsheets.write(guide, tmp_path / "out", {"name": GUIDE, "url": ""})
    target = tmp_path / "out" / FOLDER / "listes-developpement-economique-feuille-de-route.xlsx"
    sheet = load_workbook(target).active
    cells = [cell for row in sheet.iter_rows() for cell in row if isinstance(cell.value, str)]
    for text in hostile:
        cell = next(cell for cell in cells if cell.value.startswith(text))
        assert cell.data_type == "s" and cell.quotePrefix, cell.value
    with zipfile.ZipFile(target) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode("utf-8")
    assert "<f>" not in xml                                  # no formula anywhere in the sheet
    assert all("127.0.0.1" not in str(cell.value) and "En ligne" not in str(cell.value) for cell in cells)


# --- The reader's answers as CSV -----------------------------------------------------------------------

def test_answers_export_as_csv_for_french_excel(page, site_url):
    page.goto(f"{site_url}/{STEP}/")
    fieldset = page.locator(f'fieldset[data-checklist="{STEP}/contraintes"][data-gb-checklist-ready]')
    fieldset.wait_for()
    fieldset.locator('input[data-item="ressources-techniques"]').check()
    fieldset.get_by_role("textbox", name="Notes").fill('=SOMME(1;2) à voir ; avec "Marie"\nen mars')
    assert json.loads(page.evaluate("localStorage.getItem('guide-numerique:checklists:v1')"))  # kept as before
    with page.expect_download() as download:
        page.get_by_role("button", name="Exporter vos réponses (tableur CSV)").click()
    assert download.value.suggested_filename == \
        f"reponses-developpement-economique-feuille-de-route-{date.today().isoformat()}.csv"
    data = download.value.path().read_bytes()
    text = data.decode("utf-8")
    assert text.startswith("\ufeff")
    assert text.count("\r\n") == 14 and "\n" not in text.replace("\r\n", "").replace("\n", "", 1)
    rows = list(csv.reader(io.StringIO(text[1:], newline=""), delimiter=";"))
    assert rows[0] == ["Domaine", "Étape", "Liste", "Question", "Cochée", "Notes de la liste"]
    assert len(rows) == 14                                  # the header, then the step's 13 questions
    step = f"Étape 5{NNBSP}: {STEP_TITLE}"
    assert rows[1] == [DOMAIN, step, LISTS[0], FIRST_QUESTION, "non", '\'=SOMME(1;2) à voir ; avec "Marie"\nen mars']
    assert rows[2] == [DOMAIN, step, LISTS[0], "Ressources techniques : ordinateurs, lieux de travail ou connexion "
                       "font-ils défaut ? Les données utiles sont-elles accessibles ?", "oui", ""]
    assert [row[4] for row in rows[1:]].count("oui") == 1
    assert rows[5][2] == LISTS[1]
    status = page.locator(".gb-checklist-export__status")
    assert status.inner_text() == (f"Fichier «{NNBSP}reponses-developpement-economique-feuille-de-route-"
                                   f"{date.today().isoformat()}.csv{NNBSP}» créé{NNBSP}: 13 questions, dont 1 cochée.")
    assert page.errors == []


def test_the_domain_checklists_page_exports_its_steps(page, site_url):
    page.goto(f"{site_url}/checklists/developpement-economique/")
    page.locator("fieldset.gb-checklist[data-gb-checklist-ready]").first.wait_for()
    with page.expect_download() as download:
        page.get_by_role("button", name="Exporter vos réponses (tableur CSV)").click()
    rows = list(csv.reader(io.StringIO(download.value.path().read_text(encoding="utf-8-sig"), newline=""),
                           delimiter=";"))
    steps = {row[1] for row in rows[1:]}
    assert len(steps) == 6 and f"Étape 5{NNBSP}: {STEP_TITLE}" in steps
    assert {row[0] for row in rows[1:]} == {DOMAIN}
    assert page.errors == []


def test_no_axe_violation_on_a_step_page_with_the_export_button_and_its_message(page, site_url):
    page.goto(f"{site_url}/{STEP}/", wait_until="networkidle")
    button = page.get_by_role("button", name="Exporter vos réponses (tableur CSV)")
    assert button.get_attribute("aria-describedby") == "gb-checklist-export-aide"
    with page.expect_download():
        button.click()
    assert violations(page) == []
