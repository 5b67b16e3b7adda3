"""The two halves of the strict YAML reader: syntax errors said at the line to edit (yaml_syntax), values
built by hand from the nodes (yaml_values)."""
import yaml

from macros.reading import yaml_syntax, yaml_values, yamlload


def test_a_forgotten_colon_is_reported_on_the_line_of_the_field():
    text = "title: Ville\ncity Paris\n"
    try:
        yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as error:
        problem = yaml_syntax.syntax_problem(error, text, "initiatives/x.yml")
    assert str(problem) == ("initiatives/x.yml:2:1: erreur de syntaxe YAML : « : » manquant après le nom du "
                            "champ « city » : écrivez « city: Paris »")


def test_text_after_a_closing_quote_is_named():
    document = yamlload.load("initiatives/x.yml", b'city: "Paris" centre\n')
    assert [str(p) for p in document.problems] == [
        "initiatives/x.yml:1:15: erreur de syntaxe YAML : texte après le guillemet fermant : mettez toute la "
        "valeur entre guillemets"]


def test_positions_count_from_one():
    node = yaml.compose("a: b\nc: d\n", Loader=yaml.SafeLoader)
    assert yaml_syntax.position(node.value[1][0].start_mark) == (2, 1)


def test_a_hash_after_a_value_is_found_and_reported_where_it_cuts():
    assert yaml_values.hash_after_text("title: Un # texte")
    assert not yaml_values.hash_after_text("# une ligne de commentaire")
    assert not yaml_values.hash_after_text("url: https://exemple.org/#ancre\n  # commentaire")
    document = yamlload.load("initiatives/x.yml", b"title: Un # texte\n")
    assert [str(p) for p in document.problems] == [
        "initiatives/x.yml:1:11: « # texte » est lu par YAML comme un commentaire : la valeur s'arrêterait à "
        "« Un ». Mettez toute la valeur entre guillemets doubles, par exemple \"Un # texte\" ; pour un "
        "commentaire, écrivez-le sur une ligne à part"]


def test_an_alias_is_refused_where_it_stands():
    document = yamlload.load("initiatives/x.yml", b"a: &x [1]\nb: *x\n")
    assert [str(p) for p in document.problems] == [
        "initiatives/x.yml:1:4: ancre YAML « &x » refusée : écrivez chaque valeur en entier",
        "initiatives/x.yml:2:4: alias YAML « *x » refusé : recopiez la valeur au lieu d'y renvoyer"]
