"""A document checked against its JSON Schema, and what is wrong said in French, with an example: one
entry per JSON Schema keyword in a table (_BY_KEYWORD)."""
import json
import re
from dataclasses import dataclass

from macros.reading.schemas import (_surely_valid, closest, expects_text, node_at, resolve, unusual_characters,
                                    validator)
from macros.reading.yamlload import YAML_TYPE_NAMES

TYPE_NAMES = {
    "string": "un texte",
    "integer": "un nombre entier",
    "number": "un nombre",
    "boolean": "true ou false",
    "array": "une liste (lignes commençant par « - »)",
    "object": "des champs « nom: valeur »",
    "null": "une valeur vide",
}


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
    if _surely_valid(document, kind):
        return
    seen = set()
    for error in validator(kind).iter_errors(document.data):
        path = tuple(error.absolute_path)
        if path in document.refused:
            continue  # already reported where the refused alias stands
        for key, text, at_key in messages(error, document, path, kind):
            if (key, text) not in seen:
                seen.add((key, text))
                document.problem(key, text, key=at_key)


def _field(kind, path) -> dict:
    """What the schema says of the value at path: its own description and examples first."""
    try:
        return node_at(kind, path) if kind else {}
    except (KeyError, TypeError, AttributeError):
        return {}  # a schema shape node_at does not follow (oneOf…): the error's own node is used


def _field_example(kind, path, fallback: dict, name=None) -> str:
    """« Exemple : nom: valeur » for a field, « Exemple : - valeur » for an item of a list."""
    if path and isinstance(path[-1], int):
        parent = _field(kind, path[:-1])
        examples = parent.get("examples") or []
        if examples and isinstance(examples[0], list) and examples[0]:
            return f" Exemple : - {json.dumps(examples[0][0], ensure_ascii=False)}"
        return _example(fallback).replace(" Exemple : ", " Exemple : - ", 1)
    field = _field(kind, path)
    return _example(field if field.get("examples") else fallback, name)


def _what(kind, path, fallback: dict) -> str:
    """The field's description, as « (…) » after what is expected."""
    if path and isinstance(path[-1], int) and _field(kind, path[:-1]).get("description"):
        path = path[:-1]  # an item of a list: what the list is for says more than the item's type
    description = (_field(kind, path).get("description") or resolve(fallback).get("description") or "").strip()
    return f" ({description.rstrip('.')})" if description else ""


def _label(path) -> str:
    """« title », or « l'élément 2 de « lead » » for an item of a list."""
    if path and isinstance(path[-1], int):
        parent = next((p for p in reversed(path[:-1]) if isinstance(p, str)), None)
        return f"l'élément {path[-1] + 1} de « {parent} »" if parent else f"l'élément {path[-1] + 1}"
    return f"« {path[-1]} »" if path else "le fichier"


def _left_empty(error, document, path) -> bool:
    """A field written « nom: » with nothing after it (not an explicit « null » or « ~ »)."""
    raw, _tag, _style = document.scalars.get(path, (None, None, None))
    return (error.validator == "type" and error.instance is None and raw == "") or (
        error.validator == "minLength" and error.instance == "")


# What each message is built from, gathered once: every keyword's message reads some of it.
@dataclass(frozen=True)
class _Violation:
    keyword: str            # the JSON Schema keyword the value breaks: "type", "required"…
    expected: object        # what that keyword asks for in the schema: ["string"], 120, ["title"]…
    instance: object        # the value written in the file
    message: str            # jsonschema's own, in English: shown only for a keyword with no French message
    schema: object          # the schema node that refused the value, as written
    node: dict              # the same with its « $ref » followed ({} for a schema that is only true/false)
    document: object
    path: tuple
    kind: str | None
    name: str | None        # the field's name; None for an item of a list or the whole file

    def at(self, text: str) -> tuple:
        """A message on the value itself, the place most messages point at."""
        return self.path, text, False

    # What the format strings of _BY_KEYWORD name besides the fields, worked out only when named.
    @property
    def example(self) -> str:
        return _field_example(self.kind, self.path, self.schema, self.name)

    @property
    def for_name(self) -> str:
        return _for(self.name)

    @property
    def length(self) -> int:
        return len(self.instance)


def _violation(error, document, path, kind) -> _Violation:
    return _Violation(
        keyword=error.validator, expected=error.validator_value, instance=error.instance, message=error.message,
        schema=error.schema, node=resolve(error.schema) if isinstance(error.schema, dict) else {},
        document=document, path=path, kind=kind, name=path[-1] if path and isinstance(path[-1], str) else None)


def messages(error, document, path, kind=None):
    """(where, French text, whether to point at the key) for each thing one schema error says is wrong."""
    violation = _violation(error, document, path, kind)
    if _left_empty(error, document, path) and path:
        # Whatever keyword refused it, « nom: » with nothing after it is one mistake, said one way.
        yield from _left_empty_messages(violation)
        return
    build = _BY_KEYWORD.get(error.validator, _INVALID)
    if isinstance(build, str):
        yield violation.at(build.format(v=violation))
    else:
        yield from build(violation)


def _as_list(types) -> list:
    return types if isinstance(types, list) else [types]


def _type_names(types: list) -> str:
    return " ou ".join(TYPE_NAMES.get(t, t) for t in types)


def _left_empty_messages(v: _Violation):
    wanted = _type_names([t for t in _as_list(v.node.get("type") or "string") if t != "null"])
    if v.node.get("maxLength", 0) > 2000 and v.name:
        # A long text is where « | » helps; an example of the text itself would fill the terminal.
        example = f" Écrivez « {v.name}: | » puis le texte sur les lignes suivantes, chacune décalée de deux espaces."
    else:
        example = v.example
    yield v.at(f"{_label(v.path)} est vide : il faut {wanted}{_what(v.kind, v.path, v.schema)}.{example}")


def _required(v: _Violation):
    properties = v.node.get("properties", {})
    for missing in v.expected:
        if isinstance(v.instance, dict) and missing not in v.instance:
            prop = properties.get(missing, {})
            what = resolve(prop).get("description", "") if prop else ""
            yield v.at(f"champ obligatoire manquant : « {missing} »"
                       + (f" ({what.rstrip('.')})" if what else "") + "." + _example(prop, missing))


def _additional_properties(v: _Violation):
    allowed = list(v.node.get("properties", {}))
    for extra in v.instance:
        if extra in allowed:
            continue
        near = closest(str(extra), allowed)
        hint = f" : vouliez-vous dire « {near} » ?" if near is not None else f" ; champs possibles : {', '.join(allowed)}"
        yield v.path + (extra,), f"champ inconnu « {extra} »{hint}", True   # the key is what was mistyped


def _type(v: _Violation):
    expected = _as_list(v.expected)
    wanted = _type_names(expected)
    raw, tag, style = v.document.scalars.get(v.path, (None, None, None))
    # Most wrong types come from how YAML reads what was typed: say that, rather than name the types.
    if {"integer", "number"} & set(expected) and style in ("'", '"') and _is_number(raw):
        yield v.at(f"« \"{raw}\" » est entre guillemets, donc lu comme un texte, or il faut ici {wanted} : "
                   f"retirez les guillemets, par exemple {v.name or 'valeur'}: {raw.strip()}")
    elif "string" in expected and raw is not None and style is None and tag in YAML_TYPE_NAMES:
        yield v.at(f"« {raw} » est lu par YAML comme {YAML_TYPE_NAMES[tag]}, or il faut ici {wanted} : "
                   f"mettez-le entre guillemets, par exemple \"{raw}\"")
    else:
        yield v.at(f"type incorrect pour {_label(v.path)} : il faut {wanted}, pas {describe_found(v.instance)}."
                   f"{v.example}")


def _min_items(v: _Violation):
    plural = "s" if v.expected > 1 else ""
    yield v.at(f"liste trop courte{_for(v.name)} : au moins {v.expected} élément{plural} "
               f"attendu{plural}.{_example(v.schema, v.name)}")


def _malformed(v: _Violation):
    """« pattern » and « format »: the schema's description of the field says what was expected."""
    value = str(v.instance).replace("\n", "⏎")[:80]
    if v.node.get("format") == "date":
        # One message for the pattern and the format, which both refuse a date written in words.
        yield v.at(_date_message(value, v.path))
        return
    odd = unusual_characters(str(v.instance)) if v.keyword == "pattern" else ""
    odd = f" ; caractère non autorisé : {odd}" if odd else ""
    yield v.at(f"valeur mal formée{_for_path(v.path)} : « {value} »{odd}. "
               f"Attendu : {v.node.get('description', '')}{v.example}".rstrip())


def _date_message(value: str, path) -> str:
    if re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value):
        return (f"date impossible{_for_path(path)} : « {value} » n'existe pas au calendrier ; "
                "vérifiez le mois et le jour (AAAA-MM-JJ)")
    return (f"date mal écrite{_for_path(path)} : « {value} ». Écrivez-la en chiffres, année-mois-jour "
            "(AAAA-MM-JJ), par exemple 2026-11-26 pour le 26 novembre 2026")


def _enum(v: _Violation):
    choices = ", ".join(json.dumps(choice, ensure_ascii=False) for choice in v.expected)
    yield v.at(f"valeur non reconnue{_for(v.name)} : « {v.instance} » ; valeurs possibles : {choices}")


# The message for each JSON Schema keyword: a format string, filled from the _Violation « v », where the
# message only puts the error into words; a function yielding (where, text, at the key) where it has to
# choose between wordings or give several messages.
_BY_KEYWORD = {
    "required": _required,
    "additionalProperties": _additional_properties,
    "type": _type,
    "minLength": "texte vide{v.for_name} : écrivez au moins un mot.{v.example}",
    "maxLength": "texte trop long{v.for_name} : {v.length} caractères, la limite est de {v.expected} : raccourcissez-le",
    "minItems": _min_items,
    "maxItems": "liste trop longue{v.for_name} : {v.length} éléments, au plus {v.expected} sont acceptés",
    "uniqueItems": "valeur en double dans la liste{v.for_name} : chaque valeur ne doit y figurer qu'une fois",
    "pattern": _malformed,
    "format": _malformed,
    "minimum": "nombre hors limites{v.for_name} : {v.instance}, attendu au moins {v.expected}.{v.example}",
    "maximum": "nombre hors limites{v.for_name} : {v.instance}, attendu au plus {v.expected}.{v.example}",
    "enum": _enum,
}


# A keyword the schemas may come to use before it has a French message: still said, and located.
_INVALID = "valeur invalide{v.for_name} ({v.message})"


def _is_number(raw) -> bool:
    try:
        float(raw)
        return True
    except (TypeError, ValueError):
        return False


def _for(name):
    return f" pour « {name} »" if name else ""


def _for_path(path):
    return f" pour {_label(path)}" if path and isinstance(path[-1], int) else _for(path[-1] if path else None)


def check_dates(document, kind: str):
    """A date written without quotes is only accepted where the schema expects a date."""
    for path, raw in document.dates:
        if path not in document.refused:
            if expects_text(kind, path):
                document.problem(path, f"« {raw} » est lu par YAML comme une date, or il faut ici un texte : "
                                       f"mettez-le entre guillemets, par exemple \"{raw}\"")
