"""HTML fragments (feed summaries, `content:encoded`) -> paragraphs of plain text."""

from __future__ import annotations

import html as htmllib
import re

from newsgraph.ingest._common import join_paragraphs, strip_controls

# Elements that end a paragraph; their text is a paragraph of its own.
BLOCK_TAGS = frozenset(
    {
        "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
        "table", "tr", "section", "article", "header", "footer", "aside", "figcaption", "dd",
        "dt", "dl", "address", "hr", "main", "nav",
    }
)  # fmt: skip
# Elements whose text is never article text.
DROP_TAGS = ("script", "style", "noscript", "iframe", "object", "embed", "svg", "button", "form")


def fragment_paragraphs(fragment: str) -> str:
    """Strip tags, keep the block structure as "\\n\\n"-separated paragraphs."""
    fragment = strip_controls(fragment)
    if "<" not in fragment:
        return join_paragraphs(re.split(r"\n\s*\n", htmllib.unescape(fragment)))
    import lxml.etree
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return join_paragraphs([re.sub(r"<[^>]*>", " ", htmllib.unescape(fragment))])
    lxml.etree.strip_elements(root, *DROP_TAGS, with_tail=False)
    lxml.etree.strip_elements(root, lxml.etree.Comment, with_tail=False)
    for el in root.iter():
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag == "br":
            el.tail = "\n" + (el.tail or "")
        elif tag in BLOCK_TAGS:
            el.text = "\n\n" + (el.text or "")
            el.tail = "\n\n" + (el.tail or "")
    text = root.text_content()
    return join_paragraphs(re.split(r"\n\s*\n", text))
