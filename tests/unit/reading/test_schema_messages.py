"""The schema messages as a table: each keyword the schemas use has its French message, and the messages
no schema of the guide can give yet (tests/fixtures/bad/ cannot reach them) are pinned here."""
import ast
import json

import jsonschema
import pytest

from macros.reading import schema_messages, schemas, yamlload

# What a schema node may hold that never refuses a value by itself: the rest needs a French message.
NOT_REFUSING = {"$schema", "$id", "$defs", "$ref", "$comment", "title", "description", "examples", "default",
                "properties", "items"}


def _keywords(node):
    if not isinstance(node, dict):
        return
    yield from node
    for child in [*node.get("properties", {}).values(), *node.get("$defs", {}).values(), node.get("items")]:
        yield from _keywords(child)


def test_every_keyword_the_schemas_use_has_a_french_message():
    used = {keyword for path in schemas.SCHEMA_DIR.glob("*.schema.json")
            for keyword in _keywords(json.loads(path.read_text(encoding="utf-8")))}
    assert used - NOT_REFUSING - set(schema_messages._BY_KEYWORD) == set()


def _messages(schema, text):
    document = yamlload.load("t.yml", text.encode())
    return [message for error in jsonschema.Draft202012Validator(schema).iter_errors(document.data)
            for message in schema_messages.messages(error, document, tuple(error.absolute_path))]


def test_a_value_outside_a_list_of_choices_names_the_choices():
    schema = {"type": "object", "properties": {"level": {"enum": ["débutant", "confirmé", 3]}}}
    assert _messages(schema, "level: expert\n") == [
        (("level",), 'valeur non reconnue pour « level » : « expert » ; valeurs possibles : "débutant", "confirmé", 3',
         False)]


def test_a_keyword_without_a_french_message_is_still_located():
    schema = {"type": "object", "properties": {"count": {"const": 1}}}
    assert _messages(schema, "count: 2\n") == [(("count",), "valeur invalide pour « count » (1 was expected)", False)]


def test_bounds_and_lengths_are_said_with_the_limit():
    schema = {"type": "object", "properties": {
        "n": {"type": "integer", "minimum": 2}, "m": {"type": "integer", "maximum": 5},
        "tags": {"type": "array", "maxItems": 1}, "code": {"type": "string", "maxLength": 2}}}
    assert _messages(schema, "n: 1\nm: 9\ntags: [a, b]\ncode: abc\n") == [
        (("n",), "nombre hors limites pour « n » : 1, attendu au moins 2.", False),
        (("m",), "nombre hors limites pour « m » : 9, attendu au plus 5.", False),
        (("tags",), "liste trop longue pour « tags » : 2 éléments, au plus 1 sont acceptés", False),
        (("code",), "texte trop long pour « code » : 3 caractères, la limite est de 2 : raccourcissez-le", False)]


@pytest.mark.parametrize("value, known, cutoff, expected", [
    ("titel", ["title", "lede", "city"], 0.6, "title"),
    ("zzzz", ["title", "lede"], 0.6, None),
    ("titre", iter(["lede", "title"]), 0.6, "title"),      # any iterable of names
    ("ttl", ["title"], 0.9, None),
    ("x", [], 0.6, None),
])
def test_closest_names_the_nearest_known_name_or_none(value, known, cutoff, expected):
    assert schemas.closest(value, known, cutoff) == expected


@pytest.mark.parametrize("module", [schemas, schema_messages, yamlload])
def test_no_function_is_longer_than_sixty_lines(module):
    tree = ast.parse(open(module.__file__, encoding="utf-8").read())
    lengths = {node.name: node.end_lineno - node.lineno + 1 for node in ast.walk(tree)
               if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))}
    assert {name: length for name, length in lengths.items() if length > 60} == {}
