"""What runs on rendered HTML: glossary links and tooltips, page speed, external links, the security policy, theme fixes."""
