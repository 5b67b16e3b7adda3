"""Whatever a file holds, reading it gives a model or located problems, never an uncaught exception."""
import shutil

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from corpus import MINI, ROOT
from macros.kinds import load_guide
from macros.reading import yamlload
from macros.reading.problems import ContentError, Problem

SETTINGS = settings(max_examples=150, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.too_slow])
FILES = ["initiatives/ville-test.yml", "glossary/incubateur.yml", "roadmap/economie.yml",
         "roadmap/economie/lieux.yml", "decisions/dispositifs.yml", "assessments/autodiagnostic.yml"]
ORIGINAL = {name: (MINI / name).read_bytes() for name in FILES}


def assert_located(problems, label, raw):
    lines = raw.count(b"\n") + 1
    for problem in problems:
        assert isinstance(problem, Problem) and problem.message
        if problem.path == label:
            assert 1 <= problem.line <= lines + 1 and problem.col >= 1, problem


def check_document(raw: bytes):
    document = yamlload.load("initiatives/x.yml", raw)
    assert document.problems or isinstance(document.data, dict)
    assert_located(document.problems, "initiatives/x.yml", raw)


@SETTINGS
@given(st.binary(max_size=2000))
def test_any_bytes_give_a_document_or_located_problems(raw):
    check_document(raw)


@SETTINGS
@given(st.text(max_size=2000))
def test_any_text_gives_a_document_or_located_problems(text):
    check_document(text.encode("utf-8"))


# Text that looks like YAML reaches further than random characters: past the parser, into the schemas.
YAML_BITS = st.sampled_from([": ", "- ", "  ", "\n", "\t", "#", "&a ", "*a", "!!str ", "<<: ", "? ", "|", ">-",
                             "'", '"', "[", "]", "{", "}", ",", "~", "yes", "1.10", "2026-02-30", "\ufeff",
                             "\r\n", "\u2028", "</script>", "{{ 7*7 }}", "../", "title", "steps", "id", "next"])


@st.composite
def mutated(draw):
    name = draw(st.sampled_from(FILES))
    text = ORIGINAL[name].decode("utf-8")
    for _ in range(draw(st.integers(1, 4))):
        start = draw(st.integers(0, len(text)))
        end = draw(st.integers(start, min(len(text), start + 40)))
        insert = "".join(draw(st.lists(st.one_of(YAML_BITS, st.text(max_size=5)), max_size=6)))
        text = text[:start] + insert + text[end:]
    return name, text.encode("utf-8")


SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=30),
                    st.sampled_from(["economie/lieux", "tiers-lieu", "incubateur", "objectif", "lieux", "x/y"]))
VALUES = st.recursive(SCALARS, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                        st.dictionaries(st.text(max_size=8), inner, max_size=4)),
                      max_leaves=12)


@st.composite
def reshaped(draw):
    """A valid record with one field, anywhere in it, given any other shape of value."""
    name = draw(st.sampled_from(FILES))
    data = yaml.safe_load(ORIGINAL[name])
    node, key = data, None
    while True:
        keys = list(node) if isinstance(node, dict) else list(range(len(node))) if isinstance(node, list) else []
        if not keys:
            break
        key = draw(st.sampled_from(keys))
        if not draw(st.booleans()) or not isinstance(node[key], (dict, list)):
            break
        node = node[key]
    node[key] = draw(VALUES)
    return name, yaml.safe_dump(data, allow_unicode=True, sort_keys=False).encode("utf-8")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    root = tmp_path_factory.mktemp("properties") / "corpus"
    shutil.copytree(MINI, root)
    shutil.copytree(ROOT / "docs" / "assets", root / "docs" / "assets", dirs_exist_ok=True)
    return root


def check_guide(root, name, raw):
    path = root / name
    path.write_bytes(raw)
    try:
        load_guide(root)
    except ContentError as error:
        assert error.problems
        assert_located([p for p in error.problems if p.path == name], name, raw)
    finally:
        path.write_bytes(ORIGINAL[name])


@SETTINGS
@given(mutated())
def test_a_mutated_record_gives_a_model_or_located_problems(corpus, case):
    check_guide(corpus, *case)


@SETTINGS
@given(reshaped())
def test_a_record_with_a_field_of_any_shape_gives_a_model_or_located_problems(corpus, case):
    check_guide(corpus, *case)


@SETTINGS
@given(st.sampled_from(FILES), st.one_of(st.binary(max_size=500), st.text(max_size=500).map(str.encode)))
def test_any_file_in_the_corpus_gives_a_model_or_located_problems(corpus, name, raw):
    check_guide(corpus, name, raw)
