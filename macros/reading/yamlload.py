"""Strict YAML reading: every value keeps its line and column, nothing changes type silently.

PyYAML's safe loader keeps the last of two duplicate keys, expands aliases and reads `NO` as a
boolean. Here the document is composed into nodes and built by hand so that each of these becomes a
located problem instead, and so that the raw text of every scalar is kept for the error messages.
"""
import re
from dataclasses import dataclass, field

import yaml

from macros.reading.problems import Problem
from macros.reading.yaml_syntax import position as _position
from macros.reading.yaml_syntax import syntax_problem
from macros.reading.yaml_values import build_value, hash_after_text, index_positions

MAX_BYTES = 1_000_000
MAX_LISTED = 10     # of one kind of problem in one file: the rest is counted, not listed

YAML_TYPE_NAMES = {
    "tag:yaml.org,2002:bool": "un booléen (vrai/faux)",
    "tag:yaml.org,2002:int": "un nombre entier",
    "tag:yaml.org,2002:float": "un nombre décimal",
    "tag:yaml.org,2002:null": "une valeur vide",
    "tag:yaml.org,2002:timestamp": "une date",
}

@dataclass
class Document:
    """A YAML file read into plain Python values, with the position of each value and key."""
    path: str
    data: object = None
    problems: list = field(default_factory=list)
    refused: set = field(default_factory=set)       # paths whose value was an alias, already reported
    dates: list = field(default_factory=list)       # (path, raw text) of the values YAML reads as dates
    may_hold_control: bool = False                  # a value may hold a control character (see schemas)
    walked: set = field(default_factory=set, repr=False, compare=False)   # ids of the collections built
    text: str = field(default=None, repr=False, compare=False)    # while built, when a « # » may follow a value
    raw: bytes = field(default=None, repr=False, compare=False)
    _positions: tuple = field(default=None, repr=False, compare=False)

    # Positions are only read to report a problem: the file is read again for them on first use, rather
    # than every value of every file being located (a quarter of `make check` for a large guide), or its
    # nodes kept (their marks take more memory than the values themselves). The bytes are kept rather
    # than the text: `make check` sends documents between processes, and bytes are only copied.
    @property
    def value_at(self) -> dict:
        """(path tuple) -> (line, col), 1-based"""
        return self._index()[0]

    @property
    def key_at(self) -> dict:
        return self._index()[1]

    @property
    def scalars(self) -> dict:
        """(path tuple) -> (raw text, resolved tag, style) of each scalar"""
        return self._index()[2]

    def _index(self):
        if self._positions is None:
            self._positions = ({}, {}, {})
            if self.raw is not None:
                scratch = Document(self.path)
                index_positions(_compose(read_text(self.path, self.raw, scratch), scratch), (), self._positions, 0)
        return self._positions

    def where(self, path, key=False):
        """Nearest known position for a path (the key's position when asked and known)."""
        path = tuple(path)
        if key and path in self.key_at:
            return self.key_at[path]
        while path not in self.value_at and path:
            path = path[:-1]
        return self.value_at.get(path, (1, 1))

    def problem(self, path, message, key=False):
        line, col = self.where(path, key)
        self.problems.append(Problem(self.path, line, col, message))

    def problem_in_text(self, path, offset, message):
        """A problem inside a block of text: point at the line where it is when that can be known."""
        line, col = self.where(path)
        raw, _tag, style = self.scalars.get(tuple(path), (None, None, None))
        if style == "|" and raw is not None:
            line, col = line + 1 + raw.count("\n", 0, offset), 1
        self.problems.append(Problem(self.path, line, col, message))


class _Refusals:
    """Composes nodes, refusing anchors, aliases and explicit tags as it meets them."""

    def _refuse(self, mark, message):
        self.document.problems.append(
            Problem(self.document.path, mark.line + 1, mark.column + 1, message))

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            event = self.get_event()
            self._refuse(event.start_mark,
                         f"alias YAML « *{event.anchor} » refusé : recopiez la valeur au lieu d'y renvoyer")
            node = yaml.ScalarNode("tag:yaml.org,2002:null", "", event.start_mark, event.end_mark)
            node.refused = True
            return node
        event = self.peek_event()
        if getattr(event, "anchor", None):
            self._refuse(event.start_mark,
                         f"ancre YAML « &{event.anchor} » refusée : écrivez chaque valeur en entier")
        tag = getattr(event, "tag", None)
        if tag and tag != "!" and not (isinstance(event, yaml.ScalarEvent) and event.implicit[0]):
            shown = tag.replace("tag:yaml.org,2002:", "!!")
            self._refuse(event.start_mark, f"étiquette YAML « {shown} » refusée : écrivez une valeur simple")
            event.tag = None
        return super().compose_node(parent, index)


class _Composer(_Refusals, yaml.SafeLoader):
    def __init__(self, stream, document):
        super().__init__(stream)
        self.document = document


class _QuickResolver(yaml.resolver.Resolver):
    """PyYAML's resolver, answering at once for the plain text most values are: only a value that starts
    with one of the characters of its implicit types (digits, « - », « t » of true, « ~ »…) is tried
    against their patterns. It answers for every value of the guide, one by one."""

    def resolve(self, kind, value, implicit):
        if kind is yaml.ScalarNode and _QUICK and value[:1] not in _IMPLICIT_STARTS:
            return self.DEFAULT_SCALAR_TAG      # no path resolvers here: what resolve() would end with
        return super().resolve(kind, value, implicit)


# The characters an implicit type may start with, known once; a resolver for any start (None) rules it out.
_IMPLICIT_STARTS = set(yaml.resolver.Resolver.yaml_implicit_resolvers) | {""}
_QUICK = None not in _IMPLICIT_STARTS
_FastLoader = _FastComposer = None
if yaml.__with_libyaml__:
    class _FastLoader(yaml.cyaml.CParser, yaml.constructor.SafeConstructor, _QuickResolver):
        def __init__(self, stream):
            yaml.cyaml.CParser.__init__(self, stream)
            yaml.constructor.SafeConstructor.__init__(self)
            _QuickResolver.__init__(self)

    class _FastComposer(_Refusals, yaml.composer.Composer, yaml.cyaml.CParser, yaml.constructor.SafeConstructor,
                        _QuickResolver):
        """The same composition on top of libyaml's scanner and parser, which are written in C."""

        def __init__(self, stream, document):
            yaml.cyaml.CParser.__init__(self, stream)
            yaml.composer.Composer.__init__(self)
            yaml.constructor.SafeConstructor.__init__(self)
            _QuickResolver.__init__(self)
            self.document = document

        def compose_scalar_node(self, anchor):
            node = super().compose_scalar_node(anchor)
            node.style = node.style or None     # libyaml says '' for a plain scalar, PyYAML None
            return node


_PROPERTY_CHARACTER = re.compile(r"[&*!]")
_TAB_IN_INDENT = re.compile(r"^ *\t", re.MULTILINE)
_CONTENT_LINE = re.compile(r"^\s*[^\s#]", re.MULTILINE)     # a line that is neither blank nor a comment


def _may_have_node_properties(text) -> bool:
    """Whether an anchor « &a », an alias « *a » or a tag « !t » may stand in the text: one of these
    characters at the start of a value (line start, after « - » or « ? » and a space, or after
    « [ », « { », « , », « : »). A file without any (nearly every file) is composed by libyaml alone, in C;
    a « **gras** » at the start of a line is taken for one, harmlessly."""
    for match in _PROPERTY_CHARACTER.finditer(text):
        before = match.start() - 1
        while before >= 0 and text[before] in " \t":
            before -= 1
        if before < 0 or text[before] in "\n[{,:":
            return True     # « : » even without a space: in a flow mapping, {"a":&x [1]} is an anchor
        if text[before] in "-?" and before < match.start() - 1:
            return True
    return False


def _compose_fast(text, document):
    """The document's node by libyaml, ten times faster than PyYAML; None when libyaml is missing or
    finds a problem: then the pure-Python parser reads the file again, for the messages it gives."""
    if _FastComposer is None:
        return None
    if not _may_have_node_properties(text):
        loader = _FastLoader(text)
        try:
            return loader.get_single_node()
        except Exception:
            return None
        finally:
            loader.dispose()
    before = len(document.problems)
    composer = _FastComposer(text, document)
    try:
        return composer.get_single_node()
    except Exception:
        del document.problems[before:]
        return None
    finally:
        composer.dispose()


def _locate_invisible(text, document):
    """PyYAML would raise at the first invisible control character: each is located here instead."""
    invisible = list(yaml.reader.Reader.NON_PRINTABLE.finditer(text))
    for match in invisible[:MAX_LISTED]:
        before = text[:match.start()]
        document.problems.append(Problem(document.path, before.count("\n") + 1, match.start() - before.rfind("\n"),
            f"caractère invisible U+{ord(match.group()):04X} interdit : supprimez-le (il vient souvent d'un "
            "copier-coller depuis un traitement de texte)"
            + (f" ; {len(invisible) - MAX_LISTED} autres plus loin" if len(invisible) > MAX_LISTED
               and match is invisible[MAX_LISTED - 1] else "")))


def _compose(text, document):
    return _compose_fast(text, document) or _compose_pure(text, document)


def _compose_pure(text, document):
    composer = _Composer(text, document)
    try:
        return composer.get_single_node()
    finally:
        composer.dispose()


def _byte_position(raw: bytes, offset: int):
    before = raw[:offset]
    line = before.count(b"\n") + 1
    col = offset - (before.rfind(b"\n") + 1) + 1
    return line, col


def read_text(path_label: str, raw: bytes, document: Document):
    if len(raw) > MAX_BYTES:
        document.problems.append(Problem(path_label, 1, 1,
            f"fichier trop gros : {len(raw)} octets, la limite est de {MAX_BYTES} octets (1 Mo)"))
        return None
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]  # a BOM is what Windows editors add; it carries no meaning here
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line, col = _byte_position(raw, error.start)
        document.problems.append(Problem(path_label, line, col,
            "ce fichier n'est pas en UTF-8 : enregistrez-le en UTF-8 (octet "
            f"0x{raw[error.start]:02x} invalide)"))
        return None
    return text.replace("\r\n", "\n")


def load(path_label: str, raw: bytes) -> Document:
    """Read one YAML file. Problems are collected in the returned document, never raised."""
    document = Document(path_label)
    text = read_text(path_label, raw, document)
    if text is None:
        return document
    if _CONTENT_LINE.search(text) is None:
        document.problems.append(Problem(path_label, 1, 1,
            "fichier vide : il doit contenir des champs « nom: valeur »"))
        return document
    if "\t" in text:
        _locate_tabs(text, document)
    node = _parse(text, document)
    if node is not None:
        _fill(document, node, raw, text)
    return document


def _locate_tabs(text, document):
    for match in _TAB_IN_INDENT.finditer(text):
        tab = match.end() - 1
        document.problems.append(Problem(document.path, text.count("\n", 0, tab) + 1, tab - match.start() + 1,
            "tabulation interdite en début de ligne : YAML s'indente avec des espaces"))


def _parse(text, document):
    """The document's root node; None once a problem says why there is none (a syntax error, an empty file…)."""
    # libyaml refuses the invisible characters that PyYAML refuses: a file it reads has none.
    node = None if document.problems else _compose_fast(text, document)
    try:
        if node is None:
            _locate_invisible(text, document)
            if document.problems:
                return None
            node = _compose_pure(text, document)
    except yaml.MarkedYAMLError as error:
        document.problems.append(syntax_problem(error, text, document.path))
        return None
    except yaml.YAMLError as error:
        document.problems.append(Problem(document.path, 1, 1, f"YAML illisible : {error}"))
        return None
    except RecursionError:
        document.problems.append(Problem(document.path, 1, 1, "structure trop profondément imbriquée"))
        return None
    if node is None:
        document.problems.append(Problem(document.path, 1, 1, "fichier vide"))
    return node


def _fill(document, node, raw, text):
    """The document's values from its root node, and what is kept to locate them later."""
    document.raw = raw
    document.may_hold_control = "\\" in text or "\r" in text or "\x85" in text
    document.text = text if hash_after_text(text) else None
    document.data = build_value(node, (), document, 0)
    document.walked, document.text = set(), None
    if not isinstance(document.data, dict):
        line, col = _position(node.start_mark)
        document.problems.append(Problem(document.path, line, col,
            "le fichier doit être un ensemble de champs « nom: valeur », pas une liste ni une valeur seule"))
        document.data = None
