"""The guidebook engine, by stage: files -> model -> pages -> HTML -> outputs.

reading/  record files read strictly and checked against their JSON Schema, on their own
model/    one module per kind of record: its dataclasses, how it is built, the links it checks
pages/    addresses aside (addresses.py), the Markdown of every page, from templates/
html/     what runs on rendered HTML: glossary links, page speed, the security policy
outputs/  what readers take away: PDF booklets, the offline copy; the pages' history
serve/    `make serve`'s incremental rebuilds
cli/      `make check`, `make new-initiative`
adapters/ the only code that knows MkDocs and mkdocs-macros

kinds.py lists the kinds of record; build.py is the one object a build passes down.
"""
