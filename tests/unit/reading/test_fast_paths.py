"""The shortcuts that keep a large guide fast give exactly what the slow, reference paths give.

libyaml reads the YAML (PyYAML in pure Python gives the messages), jsonschema-rs says which documents
are valid (the Python validator gives the messages), plain paragraphs skip Python-Markdown, and the
glossary's pattern is a trie rather than a list of every form. Each is compared here with the path it
stands in for, on the real content, the synthetic guide of the benchmarks and every test fixture.
"""
import random

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from benchmarks.corpus import make_corpus
from conftest import ROOT
from macros import kinds
from macros.model.matcher import TermMatcher, fold
from macros.pages import text
from macros.reading import records, schema_messages, schemas, yamlload
from macros.reading.problems import ContentError

FIXTURES = ROOT / "tests" / "fixtures"


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory):
    project = tmp_path_factory.mktemp("fast") / "project"
    make_corpus(project, 60, terms=120)
    return project


def record_files():
    """(kind, path) of every record of the real content, of each fixture corpus and of the synthetic one."""
    roots = [ROOT, *sorted(p for p in FIXTURES.glob("*/*") if p.is_dir()), FIXTURES / "mini"]
    found = []
    for root in roots:
        for kind in kinds.KINDS:
            found += [(kind.name, p) for p in sorted(root.glob(kind.files)) if p.is_file() and p.suffix == ".yml"]
    return found


def loaded(path, pure_python=False, monkeypatch=None):
    if pure_python:
        monkeypatch.setattr(yamlload, "_FastComposer", None)
    document = yamlload.load(path.as_posix(), path.read_bytes())
    # Positions are read lazily, by reading the text again: before the undo, so by the same parser.
    read = (document.data, document.value_at, document.key_at, document.scalars, document.problems,
            document.refused, document.dates)
    if pure_python:
        monkeypatch.undo()
    return read


def test_libyaml_reads_every_file_as_pyyaml_does(monkeypatch):
    files = record_files()
    assert len(files) > 100
    bad = sum(1 for _kind, path in files if "fixtures/bad" in path.as_posix())
    assert bad > 20, "les fichiers refusés des tests doivent aussi être comparés"
    for _kind, path in files:
        assert loaded(path) == loaded(path, True, monkeypatch), path


def test_libyaml_refuses_every_invisible_character_that_pyyaml_refuses():
    """A file libyaml reads is not searched for invisible characters again: libyaml must refuse them all."""
    invisible = [chr(c) for c in range(0x10000) if not 0xD800 <= c <= 0xDFFF
                 and yaml.reader.Reader.NON_PRINTABLE.match(chr(c))]
    assert len(invisible) > 60
    for character in invisible:
        text = f"title: un{character}deux\n"
        assert yamlload._compose_fast(text, yamlload.Document("x.yml")) is None, hex(ord(character))
        document = yamlload.load("x.yml", text.encode())
        assert [str(p) for p in document.problems] == [
            f"x.yml:1:10: caractère invisible U+{ord(character):04X} interdit : supprimez-le (il vient souvent "
            "d'un copier-coller depuis un traitement de texte)"], hex(ord(character))


def test_the_rust_validator_gives_the_python_verdicts():
    assert schemas.jsonschema_rs is not None, "jsonschema-rs manque : `make install`"
    verdicts = {True: 0, False: 0}
    for kind, path in record_files():
        document = yamlload.load(path.as_posix(), path.read_bytes())
        if document.data is None:
            continue
        python = not any(True for _ in schemas.validator(kind).iter_errors(document.data))
        assert schemas._surely_valid(document, kind) == python, path
        verdicts[python] += 1
    assert verdicts[True] > 50 and verdicts[False] > 5, verdicts


def test_control_characters_are_left_to_the_python_validator():
    document = yamlload.load("glossary/x.yml", 'term: "\\x1c"\ndefinition: Une définition.\n'.encode())
    assert not schemas._surely_valid(document, "term")
    schema_messages.check(document, "term")
    assert document.problems, "« \\x1c » seul n'est pas un texte sur une ligne"


def _markdown(value):
    md = text.contributor_markdown()
    md.reset()
    return text.nh3.clean(md.convert(value), tags=text.ALLOWED_TAGS, attributes={"a": {"href", "title"}},
                          url_schemes={"http", "https", "mailto"}, link_rel="noopener noreferrer")


TRICKY = ["Une ligne.", "Deux\nlignes.", "Un.\n\nDeux.", "- une liste", "1. une liste", "2016 : un an",
          "# titre", "> citation", "Titre\n===", "Titre\n---", "    code", "fin  \nsuite", "a & b", "a < b",
          "**gras**", "un_mot", "[lien](https://exemple.org)", "a | b", "« guillemets » et l’apostrophe !",
          "Un\n\n\nDeux.", "Fin.\n", "\tTab", "a\tb", "x\u00a0: y", "Prix : 10 € (environ).", "Voir http://a.b/c.",
          "a **b** c", "**a**b**c**", "***a***", "** a **", "**a **", "a ** b", "**2016** : un an", "**a\nb**",
          "x**y**z", "**a** et *b*", "* liste", "**", "****", "**a***", "un **deux** trois **quatre**.",
          "**a** **b**", "a\n**b** c", "**« a »** b", "**a**\n\n**b**", "**a**  \nb", "**\u00a0a**", "**a**-**b**",
          "[a](https://b.c)", "x [a b](https://b.c/d?e=f#g) y.", "![a](https://b.c)", "[a](https://b.c \"t\")",
          "[**a**](https://b.c)", "**[a](https://b.c)**", "[ a ](https://b.c)", "[a](https://b.c) [d](http://e.f)",
          "[a]( https://b.c)", "[a](https://b.c/_d_)", "\\[a](https://b.c)", "[a][b]", "[a](https://b.c))"]


def test_plain_paragraphs_are_what_python_markdown_makes_of_them(synthetic):
    values = list(TRICKY)
    for _kind, path in record_files() + [("", p) for p in synthetic.rglob("*.yml")]:
        document = yamlload.load(path.as_posix(), path.read_bytes())
        # (a lone UTF-16 half, refused by the checker, is no text either renderer could write out)
        values += [raw for raw, _tag, _style in document.scalars.values()
                   if isinstance(raw, str) and not any("\ud800" <= c <= "\udfff" for c in raw)]
    shortcut = [value for value in values if text._plain_paragraphs(value) is not None]
    assert len(shortcut) > 100
    for value in values:
        assert str(text.rich(value)) == _markdown(value), repr(value)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["a", "b", "c", " ", "**", "*", "\n", "\n\n", "«", ".", "-", "2", "\u00a0", "[", "]",
                                 "(", ")", "](", "!", "https://a.b/c", "http://x.y/1-2?p=3#d", "/"]),
                max_size=14).map("".join))
def test_the_shortcut_for_bold_words_and_links_is_what_python_markdown_makes(value):
    if text._plain_paragraphs(value) is not None:
        assert str(text.rich(value)) == _markdown(value)


class _Term:
    def __init__(self, slug, forms):
        self.slug, self.forms = slug, forms


def _flat_alternation(terms):
    """The glossary pattern as it was: every form tried in turn, longest first."""
    import re
    slug_of = {}
    for term in terms:
        for form in term.forms:
            slug_of.setdefault(fold(form), term.slug)
    forms = sorted(slug_of, key=len, reverse=True)
    alternation = "|".join(r"\s+".join(re.escape(w).replace("'", "['’]") for w in f.split()) for f in forms)
    pattern = re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])", re.IGNORECASE)
    # IGNORECASE also takes "İ" for "i", though its lower case is not "i": no form is written so.
    return lambda value: [(m.start(), m.end(), slug_of[fold(m.group(0))]) for m in pattern.finditer(value)
                          if fold(m.group(0)) in slug_of]


def test_the_glossary_trie_finds_what_the_list_of_forms_found():
    guide = kinds.load_guide(ROOT)
    terms = list(guide.terms.values()) + [_Term("a", ["tiers", "tiers lieu rural"]), _Term("b", ["l'eau", "l’eau vive"])]
    flat, trie = _flat_alternation(terms), TermMatcher(terms)
    rng = random.Random(7)
    words = [form for term in terms for form in term.forms] + ["sous-incubateur", "TIERS-LIEUX", "l’eau", "des",
                                                               "tiers  lieu   rural", "-", "incubateurs-"]
    # Upper case, and "İ", whose lower case is two characters: such a text is matched as written.
    words += [form.upper() for form in words[:40]] + ["İncubateur", "İ", "ÉCONOMIE CIRCULAIRE"]
    samples = [" ".join(rng.choices(words, k=12)) for _ in range(600)]
    samples += [step.objective for step in guide.steps.values()] + [i.body for i in guide.initiatives]
    assert any(len(sample.lower()) != len(sample) for sample in samples)
    for sample in samples:
        assert list(trie.finditer(sample)) == flat(sample), sample


def test_relative_links_are_those_posixpath_gives():
    import itertools
    import posixpath

    from macros.addresses import relpath as _relpath
    paths = [".", "a", "a/b", "a/b/c", "a/c", "b", "a/b/c.html", "glossaire/incubateur", "initiatives/page/2"]
    for target, start in itertools.product(paths, paths):
        assert _relpath(target, start) == posixpath.relpath(target, start), (target, start)


def _outcome(root, monkeypatch, workers):
    """What checking gives: every problem, or the records of the guide and what links them."""
    monkeypatch.setattr(records, "PARALLEL_FROM", 1)     # the fixtures are far below the real threshold
    try:
        guide = kinds.load_guide(root, workers=workers)
    except ContentError as error:
        return str(error)
    return ([(i.slug, i.title, i.body, [s.key for s in i.steps], [d.slug for d in i.devices]) for i in guide.initiatives],
            [(t.slug, t.definition, [r.slug for r in t.related]) for t in guide.terms.values()],
            [(s.key, s.title, [c.title for c in s.checklists]) for s in guide.steps.values()],
            sorted(guide.decision_trees), sorted(guide.assessments))


def test_reading_in_processes_gives_what_reading_in_turn_gives(monkeypatch, synthetic):
    roots = [ROOT, synthetic, FIXTURES / "mini", *sorted(p for p in FIXTURES.glob("bad/*") if p.is_dir())]
    refused = 0
    for root in roots:
        in_turn = _outcome(root, monkeypatch, 1)
        assert _outcome(root, monkeypatch, 2) == in_turn, root
        refused += isinstance(in_turn, str)
    assert refused > 20, "les corpus refusés doivent aussi être comparés"


def test_the_quick_yaml_resolver_gives_the_tags_pyyaml_gives():
    import yaml

    from macros.reading.yamlload import _QuickResolver
    values = ["", "true", "yes", "No", "OFF", "on", "~", "null", "Null", "12", "012", "0x1F", "1_000", "1.5", ".inf",
              "-.NaN", "-3", "+1", "2026-11-26", "2026-11-26 10:00:00", "=", "<<", "abc", "Étape 3", "tiers-lieu",
              "t", "o", "y", "n", "f", "F", "Yes we can", "1 000 emplois", "- tiret", "~ tilde", "« citation »"]
    values += [chr(code) + "x" for code in range(32, 0x250)]
    quick, stock = _QuickResolver(), yaml.resolver.Resolver()
    for value in values:
        for implicit in [(True, False), (False, True), (False, False)]:
            assert quick.resolve(yaml.ScalarNode, value, implicit) == stock.resolve(yaml.ScalarNode, value, implicit), value
    for kind in (yaml.SequenceNode, yaml.MappingNode):
        assert quick.resolve(kind, None, (True, False)) == stock.resolve(kind, None, (True, False))


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=" \t\n\r\x0b\u00a0\u2003#a:-'é", max_size=40))
def test_a_hash_that_may_cut_a_value_is_found_as_the_expression_finds_it(value):
    import re

    from macros.reading.yaml_values import hash_after_text
    assert hash_after_text(value) == (re.search(r"[^\s#][ \t]+#", value) is not None)


def test_a_hash_that_may_cut_a_value_is_found_in_every_record_as_the_expression_finds_it(synthetic):
    import re

    from macros.reading.yaml_values import hash_after_text
    paths = [path for _kind, path in record_files()] + sorted(synthetic.rglob("*.yml"))
    for path in paths:
        text = path.read_text(encoding="utf-8", errors="replace")
        assert hash_after_text(text) == (re.search(r"[^\s#][ \t]+#", text) is not None), path
    assert any(hash_after_text(path.read_text(encoding="utf-8", errors="replace")) for path in paths)
