"""The adapters to MkDocs (the hook) and mkdocs-macros (define_env): the only code that imports them."""
