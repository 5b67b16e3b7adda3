"""The checklists as spreadsheets (.xlsx), which staff fill in, share and print from Excel or LibreOffice.

One workbook per step (one sheet: its lists), and one for the whole guide (a sheet per domain). Each
sheet opens with a header naming the guide, the domain and the step, then a row of column names kept in
view while scrolling (« Question », « Fait », « Qui », « Quand », « Notes »), then each list: its title
as a section row, its introduction, one row per question. Printed, it is A4 landscape, one page wide,
with the column names repeated at the top of every page.

Each edition writes its own, in the language of its guide: the column names, the header's words and the
choices of « Fait » come from the catalogue of that language (pages/messages/, `spreadsheet.*`).

Contributors' text is written as text, never as something a spreadsheet would run: a question starting
with « = » is a string cell (openpyxl would store it as a formula), and characters a workbook cannot
hold are dropped. Made by the build with the PDF booklets (downloads.py), with openpyxl.
"""
from typing import TYPE_CHECKING
import math
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from macros import addresses
from macros.pages import text
from macros.pages.catalogue import Catalogue

if TYPE_CHECKING:
    from macros.model.guide import Guide

WIDTHS = [62, 8, 18, 14, 40]   # of the columns (« Question », « Fait », « Qui », « Quand », « Notes »)
LINE_HEIGHT = 15           # points, a line of Calibri 11 (Carlito in LibreOffice)
DARK, LIGHT, RULE = "153A66", "E3EAF3", "8A96A6"
FORMULA_STARTS = ("=", "+", "-", "@")   # what a spreadsheet would read as the start of a formula


@dataclass
class Spreadsheet:
    path: str              # under the site, e.g. "telechargements/listes-economie-lieux.xlsx"
    title: str
    sheets: list           # (sheet name, domain or None for several, steps)


def step_spreadsheet_path(step) -> str:
    return addresses.step_spreadsheet(step.domain.slug, step.slug)


def spreadsheets(guide: "Guide") -> list:
    words = Catalogue(guide.language)
    made = [Spreadsheet(step_spreadsheet_path(step),
                        words.text("spreadsheet.step_title", number=step.number, title=step.title),
                        [(words.text("spreadsheet.step_sheet", number=step.number), step.domain, [step])])
            for domain in guide.domains for step in domain.steps if step.checklists]
    sheets = [(words.text("spreadsheet.domain_sheet", number=domain.number), domain,
               [step for step in domain.steps if step.checklists])
              for domain in guide.domains]
    made.append(Spreadsheet(addresses.ALL_CHECKLISTS_XLSX, words.text("spreadsheet.all_title"),
                            [sheet for sheet in sheets if sheet[2]]))
    return made


def write(guide: "Guide", out_dir: Path, site: dict) -> list:
    """Write every workbook under out_dir (paths as in the site); return the Spreadsheets written.
    site: {"name", "url"} of the guide (no address is written without url)."""
    from openpyxl import Workbook   # imported here: `mkdocs serve` and `make check` never need it

    words = Catalogue(guide.language)
    built = words.date(date.today())
    made = []
    for spreadsheet in spreadsheets(guide):
        workbook = Workbook()
        workbook.remove(workbook.active)
        for name, domain, steps in spreadsheet.sheets:
            _Sheet(workbook.create_sheet(name), site, built, words).write(domain, steps)
        workbook.properties.title = spreadsheet.title
        workbook.properties.creator = site["name"]
        target = out_dir / spreadsheet.path
        target.parent.mkdir(parents=True, exist_ok=True)
        workbook.save(target)
        made.append(spreadsheet)
    return made


def as_text(value: str) -> str:
    """A value as a workbook can hold it: without the control characters XML 1.0 forbids."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    return ILLEGAL_CHARACTERS_RE.sub("", value)


def lines_needed(value: str, width: float) -> int:
    """How many lines a wrapped text takes in a column `width` characters wide (a generous guess: a
    spreadsheet does not grow a row written by a program, and a cut question cannot be read on paper)."""
    per_line = max(1, int(width) - 4)
    return sum(max(1, math.ceil(len(part) / per_line)) for part in value.split("\n"))


class _Sheet:
    def __init__(self, sheet, site: dict, built: str, words: Catalogue):
        from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
        self.sheet, self.site, self.built, self.words = sheet, site, built, words
        self.columns = list(zip(words.text("spreadsheet.columns"), WIDTHS))    # (name, width)
        self.row = 0
        self.wrap = Alignment(wrap_text=True, vertical="top")
        rule = Side(style="thin", color=RULE)
        self.grid = Border(left=rule, right=rule, top=rule, bottom=rule)
        self.bold, self.italic = Font(bold=True), Font(italic=True)
        self.title_font, self.band_font = Font(bold=True, size=14), Font(bold=True, color="FFFFFF")
        self.band, self.section = (PatternFill("solid", fgColor=DARK), PatternFill("solid", fgColor=LIGHT))

    def cell(self, column: int, value: str, font=None, fill=None, border=None):
        """A text cell: stored as a string whatever it starts with (« = », « + », « - », « @ »)."""
        cell = self.sheet.cell(row=self.row, column=column)
        cell.value = as_text(value)
        cell.data_type = "s"      # after the value: openpyxl reads a string starting with "=" as a formula
        if cell.value.startswith(FORMULA_STARTS):
            cell.quotePrefix = True   # and it stays text when a reader edits the cell
        cell.alignment = self.wrap
        for name, style in (("font", font), ("fill", fill), ("border", border)):
            if style is not None:
                setattr(cell, name, style)
        return cell

    def line(self, value: str, font=None, fill=None, across: bool = True) -> None:
        """A row of one text across every column (the header's lines, a section, an introduction)."""
        self.row += 1
        self.cell(1, value, font, fill)
        if across:
            self.sheet.merge_cells(start_row=self.row, start_column=1, end_row=self.row, end_column=len(WIDTHS))
            for column in range(2, len(WIDTHS) + 1):
                if fill is not None:
                    self.sheet.cell(row=self.row, column=column).fill = fill
        width = sum(WIDTHS) if across else WIDTHS[0]
        size = font.size if font is not None and font.size else 11
        self.sheet.row_dimensions[self.row].height = lines_needed(value, width) * LINE_HEIGHT * size / 11 + 3

    def write(self, domain, steps) -> None:
        sheet, words = self.sheet, self.words
        self.line(self.site["name"], self.title_font)
        self.line(words.text("spreadsheet.domain", number=domain.number, title=domain.title), self.bold)
        one_step = len(steps) == 1
        if one_step:
            self.line(words.text("spreadsheet.step", number=steps[0].number, title=steps[0].title), self.bold)
        else:
            self.line(words.text("spreadsheet.steps", first=steps[0].number, last=steps[-1].number))
        edition = words.text("spreadsheet.version", date=self.built)
        if self.site.get("url"):
            page = steps[0].src_uri if one_step else addresses.by_domain("checklists", domain.slug)
            edition += words.text("spreadsheet.online", address=addresses.online(self.site["url"], page))
        self.line(edition)
        self.row += 1
        for column, (name, width) in enumerate(self.columns, start=1):
            self.cell(column, name, self.band_font, self.band, self.grid)
            sheet.column_dimensions[chr(64 + column)].width = width
        header = self.row
        sheet.freeze_panes = sheet.cell(row=header + 1, column=1)
        questions = []
        for step in steps:
            if not one_step:
                self.line(words.text("spreadsheet.step", number=step.number, title=step.title), self.band_font,
                          self.band)
            for checklist in step.checklists:
                self.line(checklist.title, self.bold, self.section)
                if checklist.intro:
                    self.line(text.plain_text(checklist.intro), self.italic)
                for item in checklist.items:
                    self.line(text.plain_text(item.text), across=False)
                    questions.append(self.row)
                    for column in range(1, len(WIDTHS) + 1):
                        sheet.cell(row=self.row, column=column).border = self.grid
                        sheet.cell(row=self.row, column=column).alignment = self.wrap
        self._done_choices(questions)
        self._page_setup(header)

    def _done_choices(self, rows) -> None:
        """« Fait »: oui or non (yes or no), offered as a list (anything else typed is still accepted)."""
        from openpyxl.worksheet.datavalidation import DataValidation
        if not rows:
            return
        choices = DataValidation(type="list", formula1=f'"{self.words.text("spreadsheet.done_choices")}"',
                                 allow_blank=True, showErrorMessage=False)
        self.sheet.add_data_validation(choices)
        for row in rows:
            choices.add(f"B{row}")

    def _page_setup(self, header: int) -> None:
        sheet = self.sheet
        sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
        sheet.page_setup.orientation = sheet.ORIENTATION_LANDSCAPE
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
        sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
        sheet.print_title_rows = f"{header}:{header}"
        sheet.page_margins.left = sheet.page_margins.right = 0.5
        # In headers and footers « & » starts a code: written twice, it prints itself.
        sheet.oddFooter.left.text = as_text(self.site["name"]).replace("&", "&&")
        sheet.oddFooter.right.text = self.words.text("spreadsheet.footer_page")   # &P: the page, &N: how many
