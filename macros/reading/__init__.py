"""Reading: record files found, read as strict YAML, checked against their JSON Schema and Markdown rules, each on its own."""
