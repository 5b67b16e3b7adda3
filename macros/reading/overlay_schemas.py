"""The JSON Schema of each kind's English overlay (schemas/en/<kind>.schema.json), derived from the
French one: the same keys and nesting, none required, without what is not text (translations.NOT_TEXT:
an `id` stays, to say which item a translation is for), with `translated_from` at the top.

Written by `python -m macros.cli.translations --schemas`; read by editors (`# yaml-language-server:
$schema=…` in the file make new-initiative writes) and by tests/unit/reading/test_overlay_schemas.py.
What the schema cannot say (each list as long as the French one, ids equal to the French ones) is
checked by macros/reading/translations.py.
"""
import json
from pathlib import Path

from macros.reading import schemas, translations

KINDS = ("initiative", "term", "domain", "step", "decision-tree", "assessment")
FOLDER = schemas.SCHEMA_DIR / "en"
# Facts about the French value a translation need not repeat: its pattern or its list of values (the
# English words differ), its length (English text is longer or shorter), how many items (checked apart).
_DROPPED = {"required", "pattern", "enum", "const", "format", "minLength", "maxLength", "minItems",
            "maxItems", "uniqueItems", "examples", "default", "$schema", "$id", "$defs", "if", "then", "else"}


def overlay_schema(kind: str) -> dict:
    french = schemas.schema(kind)
    derived = {"$schema": french["$schema"], "title": "", "description": "", **_text_only(french)}
    derived.update(title=f"{french.get('title', kind)} — English text",
                   description="The English text of a record of this kind, in en/<the French record's path>: "
                               "the French file's keys and lists, text only.")
    derived["properties"] = {translations.STAMP: {
        "type": "string", "pattern": "^([0-9a-f]{12})?$",
        "description": "Fingerprint of the French text translated (make translations-stamp writes it)."},
        **derived.get("properties", {})}
    return derived


def _text_only(node: dict) -> dict:
    node = schemas.resolve(node)
    if "anyOf" in node or "oneOf" in node:
        key = "anyOf" if "anyOf" in node else "oneOf"
        choices = [_text_only(choice) for choice in node[key]]
        return {k: v for k, v in node.items() if k not in _DROPPED | {key}} | {key: choices}
    derived = {k: v for k, v in node.items() if k not in _DROPPED | {"properties", "items", "title", "description"}}
    if "description" in node:
        derived["description"] = node["description"]
    if "properties" in node:
        derived["properties"] = {name: (schemas.resolve(child) if name == "id" else _text_only(child))
                                 for name, child in node["properties"].items()
                                 if name == "id" or name not in translations.NOT_TEXT}
        if "id" in derived["properties"]:
            derived["properties"]["id"] = {k: v for k, v in derived["properties"]["id"].items() if k != "examples"}
    if "items" in node and isinstance(node["items"], dict):
        derived["items"] = _text_only(node["items"])
    return derived


def write(folder: Path = FOLDER) -> list:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for kind in KINDS:
        target = folder / f"{kind}.schema.json"
        text = json.dumps(overlay_schema(kind), ensure_ascii=False, indent=2) + "\n"
        if not target.is_file() or target.read_text(encoding="utf-8") != text:
            target.write_text(text, encoding="utf-8")
            written.append(target)
    return written
