"""`python -m macros.cli.scaffold SLUG`: a new record file written from its JSON Schema, to be filled in.

Every field of the schema is in the file, each under a one-line comment taken from the schema
(its description, whether it is required, an example). Required values are left empty on purpose:
until they are filled in, `make check` names each one, with its line.
"""
import json
import re
import sys
from pathlib import Path

import yaml

from macros.reading import schemas, translations
from macros.reading.records import SLUG, suggest_slug

FOLDERS = {"initiative": "initiatives", "term": "glossary"}
EXAMPLE_SLUG = {"initiative": "ma-ville-mon-projet", "term": "mon-terme"}
MAX_SLUG = schemas.schema("defs")["$defs"]["slug"]["maxLength"]
INDENT = "  "


class ScaffoldError(Exception):
    """A slug that cannot become a new file; the message says why and what would do."""


def target(root: Path, slug: str, kind: str = "initiative") -> Path:
    """The file a new record would be written to; ScaffoldError when the slug cannot be used."""
    folder = FOLDERS[kind]
    example = EXAMPLE_SLUG[kind]
    if not slug:
        command = (f"make new-initiative SLUG={example}" if kind == "initiative"
                   else f"python -m macros.cli.scaffold --kind={kind} {example}")
        raise ScaffoldError(f"indiquez l'identifiant de la fiche, par exemple : {command}")
    if not SLUG.match(slug) or len(slug) > MAX_SLUG:
        # Accents have a plain twin to suggest; a letter of another alphabet is named instead.
        odd = "" if suggest_slug(slug) else schemas.unusual_characters(slug)
        why = (f"il fait {len(slug)} caractères, la limite est de {MAX_SLUG}" if SLUG.match(slug) else
               (f"caractère non autorisé : {odd} ; " if odd else "")
               + "seulement des minuscules sans accents, des chiffres et des tirets entre les mots")
        suggestion = suggest_slug(slug)[:MAX_SLUG].strip("-")
        hint = (f" ; essayez « {suggestion} »" if suggestion and suggestion != slug and SLUG.match(suggestion)
                else f", par exemple « {example} »")
        raise ScaffoldError(f"identifiant invalide « {slug} » : {why}{hint}")
    path = root / folder / f"{slug}.yml"
    existing = [p.name for p in (root / folder).glob("*") if p.stem.lower() == slug]
    if existing:
        raise ScaffoldError(f"{folder}/{existing[0]} existe déjà : modifiez ce fichier, "
                            "ou choisissez un autre identifiant")
    return path


def _sentence(text: str) -> str:
    text = " ".join(re.sub(r"\s*\(facultati(f|ve)\)", "", str(text)).split())
    return text if text.endswith((".", "?", "!", "»", ")")) else text + "."


def _shown(value, node=None) -> str:
    """An example as the contributor would write it after « nom: » (quoted only when YAML needs it)."""
    if isinstance(value, str) and "\n" not in value:
        if (node or {}).get("format") == "date":
            return value
        try:
            if yaml.safe_load(value) == value and value.strip() == value:
                return value
        except yaml.YAMLError:
            pass
    return json.dumps(value, ensure_ascii=False)


def _comment(node: dict, required: bool, item_example=False) -> str:
    parts = ["(obligatoire)" if required else "(facultatif)"]
    if node.get("description"):
        parts.append(_sentence(node["description"]))
    examples = node.get("examples")
    if examples and not _is_block_text(node):
        example = examples[0]
        if item_example and isinstance(example, list):
            parts.append("Exemple : " + " ; ".join(f"- {_shown(v)}" for v in example[:2]))
        elif not isinstance(example, (list, dict)):
            parts.append(f"Exemple : {_shown(example, node)}")
    return "# " + " ".join(parts)


def _is_block_text(node: dict) -> bool:
    """Long Markdown text is written as a block (`nom: |` then indented lines)."""
    return node.get("type") == "string" and node.get("maxLength", 0) > 2000


def _field_lines(name: str, node: dict, required: bool, depth: int) -> list:
    node = schemas.resolve(node)
    pad = INDENT * depth
    kind = node.get("type")
    lines = []
    if kind == "array":
        items = schemas.resolve(node.get("items", {}))
        lines.append(pad + _comment(node, required, item_example=True))
        if items.get("type") == "object":
            lines.append(f"{pad}{name}:")
            lines += _object_lines(items, depth + 2, first_prefix="- ")
        else:
            lines += [f"{pad}{name}:", f"{pad}{INDENT}-"]
    elif kind == "object":
        lines.append(pad + _comment(node, required))
        lines.append(f"{pad}{name}:")
        lines += _object_lines(node, depth + 1)
    else:
        comment = _comment(node, required)
        if _is_block_text(node):
            comment += f" Texte en Markdown, sur les lignes qui suivent « {name}: | », chacune décalée de deux espaces."
            lines += [pad + comment, f"{pad}{name}: |"]
        else:
            lines += [pad + comment, f"{pad}{name}:"]
    if not required:
        # An optional field stays a comment: an empty value would be an error, an absent one is not.
        # Removing the first « # » of each line gives the field back, nested comments included.
        lines = lines[:1] + [pad + "# " + line[len(pad):] for line in lines[1:]]
    if depth == 0:
        lines.insert(0, "")
    return lines


def _object_lines(node: dict, depth: int, first_prefix: str = "") -> list:
    required = set(node.get("required", []))
    lines = []
    for name, child in node.get("properties", {}).items():
        lines += _field_lines(name, child, name in required, depth)
    if first_prefix:
        # The fields of one list item: the first line that is a field (not a comment) carries the « - ».
        pad = INDENT * depth
        for index, line in enumerate(lines):
            if not line.lstrip().startswith("#"):
                lines[index] = pad[:-len(INDENT)] + first_prefix + line[len(pad):]
                break
    return lines


def render(kind: str = "initiative") -> str:
    """The text of a new, empty record of this kind."""
    schema = schemas.schema(kind)
    folder = FOLDERS[kind]
    header = [
        f"# yaml-language-server: $schema=../schemas/{kind}.schema.json",
        f"# {schema.get('title', kind)} : {_sentence(schema.get('description', ''))}",
        "# Remplissez chaque champ (obligatoire) ; pour un champ (facultatif), retirez le « # » en tête de ses lignes.",
        f"# Puis lancez « make check » : il dit ce qui manque encore, fichier {folder}/…, ligne par ligne.",
    ]
    return "\n".join(header + _object_lines(schemas.resolve(schema), 0)) + "\n"


def english_skeleton(kind: str, french: str) -> str:
    """The English overlay of a new record: an empty stamp under comments until a translator writes it
    (`make check` counts it as to translate), saying which fields take English text."""
    schema = schemas.resolve(schemas.schema(kind))
    fields = [name for name, node in schema.get("properties", {}).items() if name not in translations.NOT_TEXT
              and (schemas.resolve(node).get("type") in ("string", "array") or _is_block_text(schemas.resolve(node)))]
    depth = "../" * (french.count("/") + 1)
    return "\n".join([
        f"# yaml-language-server: $schema={depth}schemas/en/{kind}.schema.json",
        f"# The English text of {french}, for the English edition (/en/): same keys as the French file, text only",
        "# (no dates, numbers, steps, devices, sources). Written once the French is final, by whoever translates;",
        "# until then the English page shows the French text under a « Not yet translated » notice.",
        f"# Text fields of this kind: {', '.join(fields)}.",
        f"# Then: make translations-stamp FILES={translations.FOLDER}/{french}",
        f'{translations.STAMP}: ""',
    ]) + "\n"


def create(root: Path, slug: str, kind: str = "initiative") -> Path:
    path = target(root, slug, kind)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "x", encoding="utf-8") as out:  # "x": never overwrite a file made meanwhile
        out.write(render(kind))
    if (root / translations.FOLDER).is_dir():       # a guide with an English edition
        french = path.relative_to(root).as_posix()
        english = root / translations.FOLDER / french
        english.parent.mkdir(parents=True, exist_ok=True)
        if not english.exists():
            english.write_text(english_skeleton(kind, french), encoding="utf-8")
    return path


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    kind = "initiative"
    if argv and argv[0].startswith("--kind="):
        kind, argv = argv[0].split("=", 1)[1], argv[1:]
    slug = argv[0].strip() if argv else ""
    root = Path(argv[1]) if len(argv) > 1 else Path(".")
    try:
        path = create(root, slug, kind)
    except ScaffoldError as error:
        print(f"Fichier non créé : {error}", file=sys.stderr)
        return 2
    shown = path.relative_to(root).as_posix()
    print(f"{shown} créé : remplissez chaque champ (obligatoire), puis lancez « make check ».")
    if (root / translations.FOLDER / shown).is_file():
        print(f"{translations.FOLDER}/{shown} attend sa traduction anglaise : rien à y faire si vous écrivez en "
              "français, quelqu'un d'autre la fera.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
