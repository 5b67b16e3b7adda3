"""The values of a YAML document, built from its nodes by hand (see yamlload): refused aliases, escaped
control characters, a « # » that cuts a value and over-deep nesting each become a located problem; the
position of every value is found again only when a problem needs it."""
import re

import yaml

from macros.reading.problems import Problem
from macros.reading.yaml_syntax import position as _position

MAX_DEPTH = 40


def hash_after_text(text: str) -> bool:
    """Whether a « # » follows spaces that follow something else than a space or a « # »: only such a
    « # » can cut a value (a line of comment cannot). What the expression [^\\s#][ \\t]+# finds, looked
    for from each « # » (few in a record), where the expression tried every character: 0.13 s at 1,000
    case studies, against a millisecond."""
    at = text.find("#")
    while at >= 0:
        start = at
        while start and text[start - 1] in " \t":
            start -= 1
        if start < at and start and not text[start - 1].isspace() and text[start - 1] != "#":
            return True
        at = text.find("#", at + 1)
    return False


def build_value(node, path: tuple, document, depth: int):
    """The value of a node, built by hand: each refusal becomes a located problem of the document."""
    if depth > MAX_DEPTH:
        document.problems.append(Problem(document.path, *_position(node.start_mark),
            f"structure trop profondément imbriquée (plus de {MAX_DEPTH} niveaux)"))
        return None
    if isinstance(node, yaml.CollectionNode):
        # A list or a mapping met twice is an alias, whichever parser composed it: never walked again, so
        # that no file can make the walk grow beyond its own size (a « billion laughs »).
        if id(node) in document.walked:
            document.problems.append(Problem(document.path, *_position(node.start_mark),
                "alias YAML refusé : recopiez la valeur au lieu d'y renvoyer"))
            return None
        document.walked.add(id(node))
    if isinstance(node, yaml.MappingNode):
        result = {}
        key_nodes = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                document.problems.append(Problem(document.path, *_position(key_node.start_mark),
                    "nom de champ invalide : un nom de champ est un mot simple"))
                continue
            key = key_node.value
            if key_node.tag == "tag:yaml.org,2002:merge":
                document.problems.append(Problem(document.path, *_position(key_node.start_mark),
                    "fusion YAML « << » refusée : écrivez chaque champ en entier"))
                continue
            if key in result:
                first = _position(key_nodes[key].start_mark)
                document.problems.append(Problem(document.path, *_position(key_node.start_mark),
                    f"champ « {key} » en double (déjà défini ligne {first[0]}) : gardez-en un seul"))
                continue
            key_nodes[key] = key_node
            result[key] = build_value(value_node, path + (key,), document, depth + 1)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [build_value(item, path + (index,), document, depth + 1) for index, item in enumerate(node.value)]
    return _scalar(node, path, document)


def index_positions(node, path: tuple, positions: dict, depth: int) -> None:
    """The positions of what _build kept: the same walk, without the values."""
    value_at, key_at, scalars = positions
    value_at[path] = _position(node.start_mark)
    if depth > MAX_DEPTH:
        return
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag == "tag:yaml.org,2002:merge":
                continue
            child = path + (key_node.value,)
            if child not in key_at:     # a key written twice: its first value is the one kept
                key_at[child] = _position(key_node.start_mark)
                index_positions(value_node, child, positions, depth + 1)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            index_positions(item, path + (index,), positions, depth + 1)
    else:
        scalars[path] = (node.value, node.tag, node.style or None)


_CONSTRUCTOR = yaml.SafeLoader("")
# What an escape between double quotes (« \x7f », « \u009b », « \ufffe », « \ud800 »…) can put in a text
# that the reader refuses when typed: control characters (tab and line break aside), lone halves of a
# UTF-16 pair, non-characters. Such a character can change how a page is read; none has a use here.
_ESCAPED_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]")


def _escaped_control(node, path, document):
    found = _ESCAPED_CONTROL.search(node.value)
    if found is None:
        return False
    code = ord(found.group())
    what = ("moitié isolée d'une paire UTF-16, qui ne forme aucun caractère" if 0xD800 <= code <= 0xDFFF
            else "caractère de contrôle invisible" if code < 0xA0 else "non-caractère Unicode")
    document.problems.append(Problem(document.path, *_position(node.start_mark),
        f"caractère U+{code:04X} interdit ({what}) : il est écrit par une séquence « \\ » entre guillemets "
        "(par exemple « \\x7f » ou « \\u009b ») ; retirez-la"))
    document.refused.add(path)
    return True


_COMMENT_AFTER = re.compile(r"[ \t]+#")


def _comment_after(node, document):
    """`title: Programme « DataCity » #2` publishes « Programme « DataCity » »: YAML reads « #2 » as a
    comment. Legal YAML, but never what a contributor meant on the line of a value."""
    text = document.text
    start = _COMMENT_AFTER.match(text, node.end_mark.index).end() - 1
    end = text.find("\n", start)
    rest = text[start:end if end >= 0 else len(text)].rstrip()
    whole = f"{node.value} {rest}".replace('"', '\\"')
    line, col = node.end_mark.line + 1, node.end_mark.column + 1 + (start - node.end_mark.index)
    if node.tag != "tag:yaml.org,2002:str":     # a number, a date: quotes would make it a text
        document.problems.append(Problem(document.path, line, col,
            f"commentaire « {rest} » après la valeur « {node.value} » : écrivez-le seul sur la ligne au-dessus"))
        return
    document.problems.append(Problem(document.path, line, col,
        f"« {rest} » est lu par YAML comme un commentaire : la valeur s'arrêterait à « {node.value} ». "
        f"Mettez toute la valeur entre guillemets doubles, par exemple \"{whole}\" ; pour un commentaire, "
        "écrivez-le sur une ligne à part"))


def _scalar(node, path, document):
    if getattr(node, "refused", False):
        document.refused.add(path)
    if document.may_hold_control and _escaped_control(node, path, document):
        return ""
    style = node.style or None      # libyaml says '' for a plain scalar, PyYAML None
    tag = node.tag
    if tag == "tag:yaml.org,2002:timestamp" and style is None:
        document.dates.append((path, node.value))
    if style is None and document.text is not None and _COMMENT_AFTER.match(document.text, node.end_mark.index):
        _comment_after(node, document)
    if tag == "tag:yaml.org,2002:str" or style is not None:
        return node.value
    if tag == "tag:yaml.org,2002:bool":
        return _CONSTRUCTOR.construct_yaml_bool(node)
    if tag == "tag:yaml.org,2002:int":
        return _CONSTRUCTOR.construct_yaml_int(node)
    if tag == "tag:yaml.org,2002:float":
        return _CONSTRUCTOR.construct_yaml_float(node)
    if tag == "tag:yaml.org,2002:null":
        return None
    # Dates stay the text that was written; the schema says whether a date is expected there.
    return node.value
