"""The JSON Schemas of the English overlays (schemas/en/): every overlay of the guide is valid against its
kind's, what is not text is refused, and the files follow the French schemas they derive from."""
import json

import jsonschema
import pytest
import yaml

from conftest import ROOT
from macros.reading import overlay_schemas

KIND_OF = {"initiatives": "initiative", "glossary": "term", "decisions": "decision-tree", "assessments": "assessment"}


def kind_of(path) -> str:
    parts = path.relative_to(ROOT / "en").parts
    if parts[0] == "roadmap":
        return "domain" if len(parts) == 2 else "step"
    return KIND_OF[parts[0]]


def validator(kind):
    schema = json.loads((ROOT / "schemas/en" / f"{kind}.schema.json").read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


@pytest.mark.parametrize("path", sorted((ROOT / "en").rglob("*.yml")), ids=lambda p: p.relative_to(ROOT).as_posix())
def test_every_english_overlay_is_valid_against_its_schema(path):
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert [error.message for error in validator(kind_of(path)).iter_errors(data)] == []


def test_what_is_not_text_is_refused():
    check = validator("initiative")
    assert not check.is_valid({"title": "A title", "steps": ["a/b"]})
    assert not check.is_valid({"title": "A title", "years": {"start": 2016}})
    assert not check.is_valid({"title": 12})
    assert not check.is_valid({"translated_from": "not-a-fingerprint"})
    assert check.is_valid({"translated_from": "0123456789ab", "title": "A title", "key_points": ["One.", "Two."]})
    step = validator("step")
    assert step.is_valid({"checklists": [{"id": "premiere", "title": "First list", "items": [{"id": "q1", "text": "A?"}]}]})
    assert not step.is_valid({"checklists": [{"title": "First list", "number": 2}]})


def test_the_schema_files_follow_the_french_schemas():
    for kind in overlay_schemas.KINDS:
        written = json.loads((ROOT / "schemas/en" / f"{kind}.schema.json").read_text(encoding="utf-8"))
        assert written == overlay_schemas.overlay_schema(kind), \
            f"schemas/en/{kind}.schema.json : lancez « python -m macros.cli.translations --schemas »"
