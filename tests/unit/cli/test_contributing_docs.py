"""What CONTRIBUTING.md shows and what the repository sets up for contributors: the model of a case study is
what `make new-initiative` writes, its messages become annotations on the pull request's lines, pull
requests are checked and main is published, and the forms propose a case study."""
import json
import re

import yaml

from conftest import ROOT
from macros.cli import scaffold
from project import contributing_block

NEW = "initiatives/ma-ville-mon-projet.yml"


def test_the_model_in_contributing_is_what_new_initiative_writes():
    assert contributing_block("<!-- modèle :", "yaml") == scaffold.render("initiative")


def test_pull_requests_are_checked_and_main_is_published():
    workflow = yaml.safe_load((ROOT / ".github/workflows/ci.yml").read_text(encoding="utf-8"))
    triggers = workflow[True]   # YAML 1.1 reads the key `on` as true
    assert "pull_request" in triggers and triggers["push"]["branches"] == ["main"]
    jobs = workflow["jobs"]

    def steps(job):
        return [step.get("run", "") + step.get("uses", "") for step in jobs[job]["steps"]]

    assert jobs["verifier"]["if"] == "github.event_name == 'pull_request'"
    assert any("make check" in s for s in steps("verifier")) and any(s == "make test" for s in steps("verifier"))
    assert any("apt-get install" in s and "chromium" in s for s in steps("verifier"))
    assert any(s == "make build" for s in steps("construire"))
    assert any(s.startswith("actions/upload-pages-artifact@") for s in steps("construire"))
    assert [s for s in steps("publier") if s.startswith("actions/deploy-pages@")]
    assert jobs["publier"]["needs"] == "construire"
    for job in ("verifier", "construire"):
        assert jobs[job]["steps"][0]["with"]["fetch-depth"] == 0   # the dates of the pages come from git


def test_the_check_messages_become_annotations_on_the_lines_of_the_pull_request():
    matcher = json.loads((ROOT / ".github/controle-yaml.json").read_text(encoding="utf-8"))
    [pattern] = matcher["problemMatcher"][0]["pattern"]
    line = contributing_block("## Lire les messages", "text").splitlines()[0]
    found = re.match(pattern["regexp"], line)
    assert [found.group(pattern[k]) for k in ("file", "line", "column")] == [NEW, "7", "7"]
    assert found.group(pattern["message"]).startswith("« title » est vide")


def test_templates_propose_an_initiative():
    form = yaml.safe_load((ROOT / ".github/ISSUE_TEMPLATE/proposer-une-initiative.yml").read_text(encoding="utf-8"))
    assert form["name"] == "Proposer une initiative"
    required = [item["id"] for item in form["body"] if item.get("validations", {}).get("required")]
    assert "sources" in required
    pull_request = (ROOT / ".github/pull_request_template.md").read_text(encoding="utf-8")
    assert pull_request.startswith("## Proposer une initiative\n")
    assert "make check" in pull_request and "CONTRIBUTING.md" in form["body"][0]["attributes"]["value"]
