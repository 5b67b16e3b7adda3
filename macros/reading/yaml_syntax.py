"""YAML syntax errors said in French, at the line a contributor has to edit: PyYAML notices many mistakes
a line or more after they were made (a forgotten « : », an unclosed quote)."""
from macros.reading.problems import Problem

# PyYAML's own wording, put in the contributors' language.
SYNTAX_HINTS = [
    ("found character '\\t' that cannot start any token",
     "tabulation interdite : YAML s'indente avec des espaces"),
    ("mapping values are not allowed here",
     "« : » inattendu ; si la valeur contient « : », mettez-la entre guillemets"),
    ("could not find expected ':'", "« : » attendu après le nom du champ"),
    ("found unexpected end of stream", "fin de fichier inattendue (guillemet ou crochet non fermé ?)"),
    ("did not find expected key", "indentation incohérente : les champs d'un même niveau doivent être alignés"),
    ("did not find expected '-' indicator", "élément de liste mal aligné : chaque « - » doit être au même niveau"),
    ("found unknown escape character", "caractère d'échappement inconnu entre guillemets doubles"),
    ("while scanning a quoted scalar", "guillemet non fermé"),
    ("found undefined alias", "alias YAML inconnu (« * ») : les alias ne sont pas acceptés"),
    ("expected <block end>, but found", "indentation incohérente ou texte inattendu"),
    ("found character '@' that cannot start any token", "« @ » ne peut pas commencer une valeur : mettez-la entre guillemets"),
    ("found character '`' that cannot start any token", "« ` » ne peut pas commencer une valeur : mettez-la entre guillemets"),
    ("while scanning an alias", "« * » commence un alias YAML : mettez la valeur entre guillemets"),
    ("while scanning an anchor", "« & » commence une ancre YAML : mettez la valeur entre guillemets"),
    ("while scanning a block scalar", "bloc de texte mal formé après « | » ou « > »"),
    ("found a tab character", "tabulation interdite : YAML s'indente avec des espaces"),
    ("expected ',' or ']'", "liste entre crochets non refermée : ajoutez « ] » après le dernier élément"),
    ("expected ',' or '}'", "accolade non refermée : ajoutez « } » à la fin"),
    ("expected a single document", "un seul document par fichier : retirez la ligne « --- » et ce qui la suit"),
    ("block sequence entries are not allowed here",
     "« - » inattendu : une liste commence à la ligne qui suit « nom: », chaque « - » décalé de deux espaces"),
    ("sequence entries are not allowed here",
     "« - » inattendu : une liste commence à la ligne qui suit « nom: », chaque « - » décalé de deux espaces"),
    ("mapping keys are not allowed here", "« ? » ou « : » inattendu : mettez la valeur entre guillemets"),
    ("expected a comment or a line break", "texte inattendu après la valeur : mettez toute la valeur entre guillemets"),
    ("expected the node content", "valeur attendue (une liste ou un texte) : vérifiez les crochets et l'indentation"),
    ("expected '<document start>'", "texte inattendu : chaque ligne doit être de la forme « nom: valeur »"),
]


def position(mark) -> tuple[int, int]:
    return (mark.line + 1, mark.column + 1)


def syntax_problem(error, text: str, path_label: str) -> Problem:
    """PyYAML's error, put in French and moved to the line a contributor has to edit."""
    mark = error.problem_mark or error.context_mark
    message = _syntax_message(error)
    if "could not find expected ':'" in (error.problem or "") and error.context_mark:
        # PyYAML notices the missing « : » a line later; the line to edit is where the key starts.
        mark = error.context_mark
        message = _missing_colon(text.split("\n"), mark.line)
    elif (error.context or "").startswith("while scanning a quoted scalar") and error.context_mark:
        mark = error.context_mark
        message = "erreur de syntaxe YAML : ce guillemet n'est jamais refermé (ajoutez le guillemet de fin)"
    elif _after_closing_quote(text, error.problem_mark):
        message = "erreur de syntaxe YAML : texte après le guillemet fermant : mettez toute la valeur entre guillemets"
    elif (error.context_mark and error.problem_mark and error.context_mark.line != error.problem_mark.line
          and error.context_mark.column > 0):  # the whole file starts at line 1: no help in saying so
        message += f" (l'élément concerné commence ligne {error.context_mark.line + 1})"
    return Problem(path_label, *(position(mark) if mark else (1, 1)), message)


def _missing_colon(lines, number) -> str:
    """What is wrong with a line where YAML wanted a « : »: an unindented line of a block of text or of a
    list, or a field whose « : » was forgotten."""
    line = lines[number]
    indent = len(line) - len(line.lstrip(" "))
    before = next((previous for previous in reversed(lines[:number])
                   if previous.strip() and not previous.lstrip().startswith("#")), "")
    if len(before) - len(before.lstrip(" ")) > indent or before.lstrip().startswith("- "):
        shift = len(before) - len(before.lstrip(" "))
        shift += 2 if before.lstrip().startswith("- ") else 0
        return ("erreur de syntaxe YAML : indentation : cette ligne continue-t-elle le texte ou la liste "
                f"au-dessus ? Décalez-la de {shift} espaces, comme la ligne précédente (ou, pour un nouvel "
                "élément de liste, commencez-la par « - »)")
    word, _space, rest = line.strip().partition(" ")
    return (f"erreur de syntaxe YAML : « : » manquant après le nom du champ « {word} » : "
            f"écrivez « {word}: {rest.strip()} »")


def _after_closing_quote(text, mark) -> bool:
    """`city: "Paris" centre`: the parser stops at the word after the quoted value."""
    if mark is None:
        return False
    lines = text.split("\n")
    before = lines[mark.line][:mark.column].rstrip() if mark.line < len(lines) else ""
    return before.endswith(('"', "'")) and before.count(before[-1]) >= 2


def _syntax_message(error) -> str:
    text = f"{error.context or ''} {error.problem or ''}"
    for needle, french in SYNTAX_HINTS:
        if needle in text:
            return f"erreur de syntaxe YAML : {french}"
    return f"erreur de syntaxe YAML : {error.problem or error.context}"
