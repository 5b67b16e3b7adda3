"""Checks a document against its JSON Schema and says what is wrong in French, with an example."""
import difflib
import json
from functools import lru_cache
from pathlib import Path

import jsonschema
from referencing import Registry, Resource

from .yamlload import YAML_TYPE_NAMES

SCHEMA_DIR = Path(__file__).resolve().parent.parent / "schemas"

TYPE_NAMES = {
    "string": "un texte",
    "integer": "un nombre entier",
    "number": "un nombre",
    "boolean": "true ou false",
    "array": "une liste (lignes commençant par « - »)",
    "object": "des champs « nom: valeur »",
    "null": "une valeur vide",
}


@lru_cache(maxsize=None)
def schema(kind: str) -> dict:
    return json.loads((SCHEMA_DIR / f"{kind}.schema.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def _registry():
    return Registry().with_resource("defs.schema.json", Resource.from_contents(schema("defs")))


@lru_cache(maxsize=None)
def validator(kind: str):
    return jsonschema.Draft202012Validator(schema(kind), registry=_registry(),
                                           format_checker=jsonschema.FormatChecker())


def resolve(node: dict) -> dict:
    """Merge a schema node with the definition it refers to (shared fields live in defs)."""
    merged = dict(node)
    while "$ref" in merged:
        ref = merged.pop("$ref")
        target = schema("defs")
        for part in ref.split("#", 1)[1].strip("/").split("/"):
            target = target[part]
        merged = {**target, **merged}
    return merged


def describe_found(value) -> str:
    if isinstance(value, bool):
        return "un booléen (vrai/faux)"
    if isinstance(value, (int, float)):
        return "un nombre"
    if value is None:
        return "une valeur vide"
    if isinstance(value, list):
        return "une liste"
    if isinstance(value, dict):
        return "des champs « nom: valeur »"
    return "un texte"


def _example(node: dict, name: str = None) -> str:
    examples = node.get("examples") or resolve(node).get("examples")
    if not examples:
        return ""
    value = json.dumps(examples[0], ensure_ascii=False)
    return f" Exemple : {name}: {value}" if name else f" Exemple : {value}"


def check(document, kind: str):
    """Add a located, French problem to the document for each schema violation."""
    seen = set()
    for error in validator(kind).iter_errors(document.data):
        path = tuple(error.absolute_path)
        if path in document.refused:
            continue  # already reported where the refused alias stands
        for key, text, at_key in _messages(error, document, path):
            if (key, text) not in seen:
                seen.add((key, text))
                document.problem(key, text, key=at_key)


def _messages(error, document, path):
    name = path[-1] if path and isinstance(path[-1], str) else None
    node = resolve(error.schema) if isinstance(error.schema, dict) else {}
    kind = error.validator
    if kind == "required":
        properties = node.get("properties", {})
        for missing in error.validator_value:
            if isinstance(error.instance, dict) and missing not in error.instance:
                prop = properties.get(missing, {})
                what = resolve(prop).get("description", "") if prop else ""
                yield path, (f"champ obligatoire manquant : « {missing} »"
                             + (f" ({what.rstrip('.')})" if what else "") + "." + _example(prop, missing)), False
        return
    if kind == "additionalProperties":
        allowed = list(node.get("properties", {}))
        for extra in error.instance:
            if extra in allowed:
                continue
            close = difflib.get_close_matches(str(extra), allowed, n=1, cutoff=0.6)
            hint = (f" : vouliez-vous dire « {close[0]} » ?" if close
                    else f" ; champs possibles : {', '.join(allowed)}")
            yield path + (extra,), f"champ inconnu « {extra} »{hint}", True
        return
    if kind == "type":
        expected = error.validator_value
        expected = expected if isinstance(expected, list) else [expected]
        wanted = " ou ".join(TYPE_NAMES.get(t, t) for t in expected)
        raw, tag, style = document.scalars.get(path, (None, None, None))
        if "string" in expected and raw is not None and style is None and tag in YAML_TYPE_NAMES:
            read_as = YAML_TYPE_NAMES[tag]
            yield path, (f"« {raw} » est lu par YAML comme {read_as}, or il faut ici {wanted} : "
                         f"mettez-le entre guillemets, par exemple \"{raw}\""), False
            return
        found = describe_found(error.instance)
        yield path, f"type incorrect{_for(name)} : il faut {wanted}, pas {found}.{_example(error.schema, name)}", False
        return
    if kind == "maxLength":
        yield path, (f"texte trop long{_for(name)} : {len(error.instance)} caractères, "
                     f"la limite est de {error.validator_value}"), False
        return
    if kind == "minLength":
        yield path, f"texte vide{_for(name)} : écrivez au moins un mot.{_example(error.schema, name)}", False
        return
    if kind == "minItems":
        count = error.validator_value
        yield path, (f"liste trop courte{_for(name)} : au moins {count} élément{'s' if count > 1 else ''} "
                     f"attendu{'s' if count > 1 else ''}.{_example(error.schema, name)}"), False
        return
    if kind == "maxItems":
        yield path, f"liste trop longue{_for(name)} : au plus {error.validator_value} éléments", False
        return
    if kind == "uniqueItems":
        yield path, f"valeur en double dans la liste{_for(name)} : chaque valeur ne doit y figurer qu'une fois", False
        return
    if kind in ("pattern", "format"):
        what = node.get("description", "")
        if node.get("format") == "date":
            what = "une date réelle au format AAAA-MM-JJ."
        value = str(error.instance).replace("\n", "⏎")[:80]
        yield path, f"valeur mal formée{_for(name)} : « {value} ». Attendu : {what}{_example(error.schema)}".rstrip(), False
        return
    if kind in ("minimum", "maximum"):
        word = "au moins" if kind == "minimum" else "au plus"
        yield path, f"nombre hors limites{_for(name)} : {error.instance}, attendu {word} {error.validator_value}", False
        return
    if kind == "enum":
        choices = ", ".join(json.dumps(v, ensure_ascii=False) for v in error.validator_value)
        yield path, f"valeur non reconnue{_for(name)} : « {error.instance} » ; valeurs possibles : {choices}", False
        return
    yield path, f"valeur invalide{_for(name)} ({error.message})", False


def _for(name):
    return f" pour « {name} »" if name else ""


def node_at(kind: str, path) -> dict:
    """The schema node that describes the value at a data path ({} when the path is not described)."""
    node = resolve(schema(kind))
    for part in path:
        if isinstance(part, int):
            node = resolve(node.get("items", {}))
        else:
            node = resolve(node.get("properties", {}).get(part, {}))
    return node


def check_dates(document, kind: str):
    """A date written without quotes is only accepted where the schema expects a date."""
    for path, (raw, tag, style) in document.scalars.items():
        if tag == "tag:yaml.org,2002:timestamp" and style is None and path not in document.refused:
            node = node_at(kind, path)
            if node.get("type") == "string" and node.get("format") != "date":
                document.problem(path, f"« {raw} » est lu par YAML comme une date, or il faut ici un texte : "
                                       f"mettez-le entre guillemets, par exemple \"{raw}\"")
