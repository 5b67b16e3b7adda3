"""Pages: the Markdown of every page, rendered from the model through templates/."""
