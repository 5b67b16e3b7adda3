"""French spacing: a narrow no-break space (U+202F) before « : ; ! ? », after « « » and before « » », in
the text of every built page, in the PDFs and in the decision tree's data; nothing changed in code,
attributes or addresses. And a build whose output a newcomer can read."""
import json
import re
import subprocess
import sys
from html.parser import HTMLParser

import pytest
from pypdf import PdfReader

from conftest import ROOT, mkdocs_build
from macros.html.typography import french_spacing, plain_text

N = "\u202f"


@pytest.mark.parametrize("source, expected", [
    ("<p>Note : à lire ; vite !</p>", f"<p>Note{N}: à lire{N}; vite{N}!</p>"),
    ("<p>Pourquoi ce guide ?</p>", f"<p>Pourquoi ce guide{N}?</p>"),
    ("<p>« mot »</p>", f"<p>«{N}mot{N}»</p>"),
    ("<p>«mot»</p>", f"<p>«{N}mot{N}»</p>"),
    ("<p>&laquo;&nbsp;mot&nbsp;&raquo; et lui&nbsp;?</p>", f"<p>&laquo;{N}mot{N}&raquo; et lui{N}?</p>"),
    ("<p>«<em>mot</em>»</p>", f"<p>«{N}<em>mot</em>{N}»</p>"),
    ("<p>Voir https://exemple.org/a?b=c</p>", "<p>Voir https://exemple.org/a?b=c</p>"),
    ("<p>Rendez-vous à 10:30</p>", "<p>Rendez-vous à 10:30</p>"),
    ("<p>Le code <code>a : b ?</code> reste</p>", "<p>Le code <code>a : b ?</code> reste</p>"),
    ("<pre><code>x = a ? b : c</code></pre>", "<pre><code>x = a ? b : c</code></pre>"),
    ("<kbd>Ctrl :</kbd><samp>ok !</samp>", "<kbd>Ctrl :</kbd><samp>ok !</samp>"),
    ("<script>var a = b ? c : d;</script>", "<script>var a = b ? c : d;</script>"),
    ("<textarea>Notes : rien</textarea>", "<textarea>Notes : rien</textarea>"),
    ('<a href="?q=a" title="Aide : lire ?">Aide ?</a>', f'<a href="?q=a" title="Aide : lire ?">Aide{N}?</a>'),
    ('<p title="a > b : c">d</p>', '<p title="a > b : c">d</p>'),
    ("<!-- note : rien -->", "<!-- note : rien -->"),
    ("<p>a &amp; b ; c</p>", f"<p>a &amp; b{N}; c</p>"),
    (f"<p>Déjà{N}: fait</p>", f"<p>Déjà{N}: fait</p>"),
    ("<p>Quoi\n?</p>", f"<p>Quoi{N}?</p>"),
])
def test_french_spacing(source, expected):
    assert french_spacing(source) == expected


def test_plain_text_variant_leaves_entities_as_text():
    assert plain_text("La liste « Lister » de l'étape 5 ?") == f"La liste «{N}Lister{N}» de l'étape 5{N}?"
    assert plain_text("Limité : surtout &nbsp;") == f"Limité{N}: surtout &nbsp;"


class _TextNodes(HTMLParser):
    SKIPPED = {"script", "style", "pre", "code", "textarea"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.open_skipped = []
        self.texts = []

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIPPED:
            self.open_skipped.append(tag)

    def handle_endtag(self, tag):
        if tag in self.open_skipped:
            while self.open_skipped.pop() != tag:
                pass

    def handle_data(self, data):
        if not self.open_skipped:
            self.texts.append(data)


BAD = re.compile(r"[ \u00a0][:;!?»]|«[ \u00a0]")


def test_no_ordinary_space_around_french_signs_in_any_text_of_any_page(built_site):
    # The French edition's pages; the English edition's, in en/, are spaced the English way.
    pages = sorted(path for path in built_site.rglob("*.html") if path.relative_to(built_site).parts[0] != "en")
    assert len(pages) > 100
    found = []
    for path in pages:
        parser = _TextNodes()
        parser.feed(path.read_text(encoding="utf-8"))
        parser.close()
        found += [f"{path.relative_to(built_site)}: {text[max(0, m.start() - 30):m.end() + 10]!r}"
                  for text in parser.texts for m in BAD.finditer(text)]
    assert found == []


def test_pages_show_the_narrow_spaces(built_site):
    html = (built_site / "introduction" / "index.html").read_text(encoding="utf-8")
    assert f'<h1 id="pourquoi-ce-guide">Pourquoi ce guide{N}?</h1>' in html
    assert f"sous le titre «{N}En pratique{N}»{N}: des questions" in html


def test_decision_tree_words_carry_the_narrow_spaces_where_the_widget_reads_them(built_site):
    # assets/js/decision-tree.js shows the questions and answers of the nested view as they are written there.
    html = (built_site / "arbre-de-decision" / "index.html").read_text(encoding="utf-8")
    assert ('<p class="gb-tree__question"><span class="gb-tree__number">Question 1</span> Pour les jeunes entreprises '
            f"du numérique de votre territoire, que cherche la collectivité en priorité{N}?</p>") in html
    assert (f'<span class="gb-tree__answer">Limité{N}: surtout du temps d&#39;agents, des locaux existants et de la '
            "visibilité</span>") in html


def test_pdf_questions_end_with_a_narrow_space_before_the_question_mark(built_site):
    reader = PdfReader(built_site / "telechargements" / "toutes-les-listes.pdf")
    text = "".join(page.extract_text() for page in reader.pages)
    assert text.count(f"{N}?") > 100
    assert " ?" not in text and "\u00a0?" not in text and " :" not in text


def test_a_default_build_prints_no_deprecation_warning_and_at_most_one_macros_line(tmp_path):
    result = mkdocs_build(ROOT, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    output = result.stdout + result.stderr
    assert "DeprecationWarning" not in output
    assert len([line for line in output.splitlines() if "[macros]" in line]) <= 1
    assert "Documentation built in" in output


def test_booklets_import_weasyprint_without_its_harfbuzz_subset_warning():
    """On a machine without libharfbuzz-subset, WeasyPrint warns at import; MkDocs would print it with a
    traceback on every PDF build. Warnings are shown here as MkDocs shows them."""
    script = """
import warnings, cffi
real = cffi.FFI.dlopen
def dlopen(self, name, *args, **kwargs):
    if "harfbuzz-subset" in str(name):
        raise OSError("absent")
    return real(self, name, *args, **kwargs)
cffi.FFI.dlopen = dlopen
warnings.simplefilter("module", DeprecationWarning)
from macros.outputs import layout
layout.weasyprint_module()
import weasyprint.text.ffi
print(weasyprint.text.ffi.harfbuzz_subset)
"""
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "None"      # the library was indeed missing
    assert "DeprecationWarning" not in result.stderr and "HarfBuzz" not in result.stderr


def test_search_results_show_the_same_spaces_as_the_pages(built_site):
    import json
    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    found = []
    for entry in index["docs"]:
        parser = _TextNodes()
        parser.feed(f"<p>{entry['title']}</p>{entry['text']}")
        parser.close()
        found += [f"{entry['location']}: {text[max(0, m.start() - 30):m.end() + 10]!r}"
                  for text in parser.texts for m in BAD.finditer(text)]
    assert len(index["docs"]) > 500 and found == []
