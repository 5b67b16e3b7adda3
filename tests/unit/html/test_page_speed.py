"""Pages without their indentation: what a reader downloads loses the spaces, never the text kept as written."""
from macros.html.page_speed import strip_indentation


def test_indentation_goes_but_text_kept_as_written_stays():
    html = ("<div>\n    <p>Un\n      deux</p>\n  <pre><code>def f():\n    return 1</code></pre>\n"
            "  <textarea>\n  notes</textarea>\n  <script>\n  var a = `\n    b`;\n</script>\n</div>")
    assert strip_indentation(html) == (
        "<div>\n<p>Un\ndeux</p>\n<pre><code>def f():\n    return 1</code></pre>\n"
        "<textarea>\n  notes</textarea>\n<script>\n  var a = `\n    b`;\n</script>\n</div>")
