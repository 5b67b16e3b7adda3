"""The JSON Schemas of the records: read once, compiled into validators (jsonschema-rs first, jsonschema when
a document may be invalid), and walked to find what they say of a field. The French messages are
schema_messages' business."""
import difflib
import json
import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

try:
    import jsonschema_rs    # the same verdicts in Rust, a hundred times faster (see _surely_valid)
except ImportError:
    jsonschema_rs = None

SCHEMA_DIR = Path(__file__).resolve().parents[2] / "schemas"


@lru_cache(maxsize=None)
def schema(kind: str) -> dict:
    return json.loads((SCHEMA_DIR / f"{kind}.schema.json").read_text(encoding="utf-8"))


# jsonschema is imported when a document is not surely valid: its import alone takes a tenth of
# `make check` on a large guide where every document is valid.
@lru_cache(maxsize=None)
def _registry():
    from referencing import Registry, Resource
    return Registry().with_resource("defs.schema.json", Resource.from_contents(schema("defs")))


# In Python, « $ » also matches before a final line break (« Titre\n » would pass « ^[^\n]*$ »); in the
# schemas' own regular-expression language (ECMA-262) and in jsonschema-rs it does not. Python reads
# each unescaped « $ » as « \Z », the true end, so that both validators give one verdict.
_END = re.compile(r"(?<!\\)\$")
_UNSAFE_IN_URL = re.compile(r"[\s\"'<>\\^`{|}\x00-\x1f\x7f]")


def _python_pattern(pattern: str) -> str:
    return _END.sub(r"\\Z", pattern)


def is_web_address(value) -> bool:
    """The one meaning of « format: uri » here, whichever validator checks it: an http(s) address with a
    host, none of the characters that would end an HTML attribute or a link."""
    if not isinstance(value, str):
        return True
    from urllib.parse import urlsplit
    try:
        parts = urlsplit(value)
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.hostname) and not _UNSAFE_IN_URL.search(value)


@lru_cache(maxsize=None)
def validator(kind: str):
    import jsonschema

    def pattern(validator, wanted, instance, schema):
        if validator.is_type(instance, "string") and not re.search(_python_pattern(wanted), instance):
            yield jsonschema.ValidationError(f"{instance!r} does not match {wanted!r}")

    checker = jsonschema.FormatChecker()
    checker.checks("uri")(is_web_address)
    strict = jsonschema.validators.extend(jsonschema.Draft202012Validator, {"pattern": pattern})
    return strict(schema(kind), registry=_registry(), format_checker=checker)


@lru_cache(maxsize=None)
def _fast_validator(kind: str):
    def retriever(uri):     # "file:///schemas/defs.schema.json" for "$ref": "defs.schema.json#/…"
        return schema(uri.rsplit("/", 1)[-1][:-len(".schema.json")])
    try:
        return jsonschema_rs.validator_for(schema(kind), validate_formats=True, retriever=retriever,
                                           base_uri=f"file:///schemas/{kind}.schema.json")
    except Exception:       # a schema it cannot read: the Python validator alone is used
        return None


# Control characters are not all "\s" for both regular-expression engines: such texts go to Python.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _surely_valid(document, kind: str) -> bool:
    """True when jsonschema-rs finds the document valid. Nearly every document is: the Python validator,
    which alone gives the French messages, then only reads those that are not (it takes a millisecond
    a document, most of `make check` for a large guide). Both give the same verdicts (benchmarks/ has
    the comparison); where they could differ, Rust is the stricter one, and Python decides."""
    if jsonschema_rs is None or document.raw is None:
        return False
    if document.may_hold_control and any(_CONTROL.search(raw) for raw, _tag, _style in document.scalars.values()
                                         if isinstance(raw, str)):
        return False
    fast = _fast_validator(kind)
    return fast is not None and fast.is_valid(document.data)


def forget():
    """Read the schemas again next time: `mkdocs serve` keeps this process across rebuilds."""
    for cached in (schema, _registry, validator, _fast_validator, _text_field):
        cached.cache_clear()


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


def closest(value: str, known: Iterable[str], cutoff: float = 0.6) -> str | None:
    """The known name nearest to a mistyped one, for « vouliez-vous dire … ? »; None when none is near
    enough (a cutoff of 0.6 rarely suggests a name unrelated to what was typed)."""
    close = difflib.get_close_matches(value, list(known), n=1, cutoff=cutoff)
    return close[0] if close else None


def unusual_characters(text: str) -> str:
    """Names the characters that only look like plain letters (« е » Cyrillic for « e »…); "" if none."""
    import unicodedata
    odd = sorted({c for c in text if ord(c) > 126 or (ord(c) < 32 and c != "\n")})
    return " ; ".join(f"« {c} », U+{ord(c):04X} {unicodedata.name(c, '')}".rstrip() for c in odd[:3])


def node_at(kind: str, path) -> dict:
    """The schema node that describes the value at a data path ({} when the path is not described)."""
    node = resolve(schema(kind))
    for part in path:
        if isinstance(part, int):
            node = resolve(node.get("items", {}))
        else:
            node = resolve(node.get("properties", {}).get(part, {}))
    return node


def expects_text(kind: str, path) -> bool:
    """Whether the value at a data path is a text, not a date (asked of each date written without quotes,
    thousands in a large guide: answered once per field, whichever item of a list holds it)."""
    return _text_field(kind, tuple(0 if isinstance(part, int) else part for part in path))


@lru_cache(maxsize=None)
def _text_field(kind: str, shape: tuple) -> bool:
    node = node_at(kind, shape)
    return node.get("type") == "string" and node.get("format") != "date"
