"""A standalone HTML page in the official layout.

Two-column heading (issuing body on the left, quốc hiệu on the right, each
with its short rule), the title and trích yếu centred, the body justified,
Nơi nhận on the left and the signature on the right.  Every value is escaped:
a field holding ``<script>`` is shown as text.
"""

from __future__ import annotations

import html

from vnadmindoc.model import Document
from vnadmindoc.render.sheet import Sheet, sheet

__all__ = ["CSS", "render_html"]

# Characters a reader of Markdown-ish text takes for mark-up ("* item", "_ a", "a\\b"): written as
# character references, which read back as the characters themselves.
_MARKUP_CHARS = {ord(ch): f"&#{ord(ch)};" for ch in "*_\\^|¬[!"}


def _escape(value: str) -> str:
    """``value`` safe inside HTML, and read back by :func:`vnadmindoc.parse` as it is."""
    return html.escape(value).translate(_MARKUP_CHARS)


CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { font-family: "Times New Roman", Times, serif; font-size: 14pt; line-height: 1.3;
       max-width: 165mm; margin: 2em auto; color: #000; }
table.heading, table.closing { width: 100%; border-collapse: collapse; }
table.heading td, table.closing td { vertical-align: top; padding: 0; }
td.left { width: 40%; text-align: center; }
td.right { width: 60%; text-align: center; }
.parent { font-size: 13pt; text-transform: uppercase; }
.issuer, .motto, .tieu-ngu, .title, .subject, .authority, .name { font-weight: bold; }
.issuer, .motto { font-size: 13pt; text-transform: uppercase; }
.rule::after { content: ""; display: block; margin: 2px auto 6px; border-top: 1px solid #000; }
.issuer.rule::after { width: 40%; }
.tieu-ngu.rule::after, .motto.rule::after { width: 70%; }
.number, .vv { font-size: 13pt; }
.vv { font-size: 12pt; margin-top: 6pt; }
.date { font-style: italic; }
.marks { font-weight: bold; border: 1px solid #000; display: inline-block; padding: 0 4px; }
.title { text-align: center; margin-top: 12pt; text-transform: uppercase; }
.subject { text-align: center; }
.subject.rule::after { width: 30%; }
.addressees { margin: 12pt 0 6pt 15%; }
.body p { text-align: justify; text-indent: 1cm; margin: 0 0 6pt; }
td.recipients { width: 45%; font-size: 11pt; text-align: left; }
td.recipients .label { font-size: 12pt; font-weight: bold; font-style: italic; }
td.signature { width: 55%; text-align: center; }
.signature-space { height: 4em; }
.appendix { margin-top: 2em; white-space: pre-wrap; }
""".strip()


def _div(cls: str, text: str | None) -> str:
    return f'<div class="{cls}">{_escape(text)}</div>' if text else ""


def _heading(s: Sheet) -> str:
    left = []
    if s.received:
        left.append(_div("received", " — ".join(s.received)))
    *parents, name = s.issuer or (None,)
    left += [_div("parent", p) for p in parents]
    if name:
        left.append(_div("issuer rule", name))
    right = []
    if s.heading:
        right.append(_div("motto" + (" rule" if len(s.heading) == 1 else ""), s.heading[0]))
        right += [_div("tieu-ngu rule", x) for x in s.heading[1:]]
    number = [_div("number", s.number), _div("vv", s.vv)]
    date = [_div("date", s.date_line)]
    return (
        '<table class="heading">'
        f'<tr><td class="left">{"".join(left)}</td><td class="right">{"".join(right)}</td></tr>'
        f'<tr><td class="left">{"".join(number)}</td><td class="right">{"".join(date)}</td></tr>'
        "</table>"
    )


def _closing(s: Sheet) -> str:
    left = ""
    if s.distribution:
        label, *entries = s.distribution
        left = _div("label", label) + "".join(_div("entry", e) for e in entries)
    right = []
    for signature in s.signatures:
        right += [_div("authority", a) for a in signature.authority]
        right.append(_div("authority", signature.position))
        right.append('<div class="signature-space"></div>')
        right.append(_div("name", signature.name))
    if not left and not right:
        return ""
    return (
        '<table class="closing"><tr>'
        f'<td class="recipients">{left}</td><td class="signature">{"".join(right)}</td>'
        "</tr></table>"
    )


def _paragraphs(body: str) -> str:
    """``body`` as paragraphs: a blank line ends one, a line break inside one is ``<br>``.

    Each printed line stays a line (a hard wrap is no new paragraph), so that reading the page
    back gives the body's lines as they were; a second blank line is a ``<br>`` of its own.
    """
    out = []
    for block in body.strip("\n").split("\n\n"):
        lines = block.split("\n")
        out.append("<p>" + "<br>".join(_escape(line) for line in lines) + "</p>")
    return "".join(out)


def render_html(document: Document) -> str:
    """``document`` as a standalone HTML page.

    >>> from vnadmindoc import Document
    >>> page = render_html(Document(subject="<script>alert(1)</script>"))
    >>> "<script>" in page, "&lt;script&gt;" in page
    (False, True)
    """
    s = sheet(document)
    title = s.title or (f"{s.number}" if s.number else "") or "Văn bản"
    parts = [_heading(s)]
    if s.marks:
        # One mark a line, as the text and Markdown renderers print them.
        parts.append("".join(_div("marks", m) for m in s.marks))
    parts.append(_div("title", s.title))
    if s.subject:
        parts.append(_div("subject rule", s.subject))
    if s.addressees:
        first, *rest = s.addressees
        parts.append(
            '<div class="addressees">'
            + _div("", first)
            + "".join(_div("", r) for r in rest)
            + "</div>"
        )
    if s.body:
        parts.append(f'<div class="body">{_paragraphs(s.body)}</div>')
    parts.append(_closing(s))
    parts.append(_div("appendix", s.appendix))
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{_escape(title)}</title>\n<style>\n{CSS}\n</style>\n</head>\n<body>\n"
        '<article class="document">\n' + "\n".join(p for p in parts if p) + "\n</article>\n"
        "</body>\n</html>\n"
    )
