"""Clean raw text into the form the parser reads, keeping a map back to the source.

What cleaning does, in one pass over the text:

* drops Markdown and HTML mark-up (``**bold**``, ``_italic_``, ``<sup>``,
  ``<div>``, ``^(..)``, ``_{..}``, backslash escapes, headings, rules, and a rule glued to
  the end of a heading's line in capitals: ``TỈNH BÌNH DƯƠNG-------``);
* turns mark-up that glued two columns together into a line break
  (``…Hạnh phúc***Điện Biên, ngày …`` becomes two lines);
* reads Pandoc tables laid out in columns (``----  ----`` rulers) column by
  column, so a header or a signature table comes out in reading order;
* turns table and scanner borders (``|``, ``¬``) into line breaks;
* normalises line ends, odd spaces, zero-width characters, the look-alike
  ``Ð`` (U+00D0), look-alike slashes (``⁄``, ``∕``, ``／``) and composes text to
  Unicode NFC.

Everything else is copied verbatim.  :class:`CleanText` keeps, for every
piece of the cleaned text, where it came from, so that a span found in the
cleaned text maps back to the original (:meth:`CleanText.source_span`).

>>> ct = clean("Số: **2548** /UBND-KGVX")
>>> ct.text
'Số: 2548 /UBND-KGVX'
>>> ct.source_span(4, 8)
Span(start=6, end=10)
"""

from __future__ import annotations

import bisect
import html
import re
import unicodedata
from collections.abc import Iterator

import attrs
import regex

from vnadmindoc.deadline import remaining
from vnadmindoc.model import Span
from vnadmindoc.text import line_offsets

__all__ = ["CleanText", "clean"]


@attrs.frozen
class CleanText:
    """Cleaned text and the map from its offsets to offsets in the source.

    The map is a list of segments; segment ``i`` starts at ``starts[i]`` in
    the cleaned text.  A *verbatim* segment copies the source from
    ``sources[i]`` one character for one; any other segment replaces the
    source range ``[sources[i], source_ends[i])``.
    """

    text: str
    source_length: int
    starts: tuple[int, ...] = attrs.field(repr=False)
    sources: tuple[int, ...] = attrs.field(repr=False)
    source_ends: tuple[int, ...] = attrs.field(repr=False)
    verbatim: tuple[bool, ...] = attrs.field(repr=False)

    @property
    def is_identity(self) -> bool:
        """The cleaned text is the source itself: every offset maps to itself."""
        return (
            len(self.starts) == 1
            and self.verbatim[0]
            and self.sources[0] == 0
            and len(self.text) == self.source_length
        )

    def _segment(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.starts, pos) - 1)

    def source_offset(self, pos: int) -> int:
        """The source offset of the cleaned character at ``pos`` (or of the end, for ``len``)."""
        if not self.starts:
            return 0
        if pos >= len(self.text):
            return self.source_length
        i = self._segment(pos)
        if self.verbatim[i]:
            return self.sources[i] + (pos - self.starts[i])
        return self.sources[i]

    def source_end(self, pos: int) -> int:
        """The source offset just after the cleaned character at ``pos - 1``."""
        if pos <= 0 or not self.starts:
            return 0
        i = self._segment(pos - 1)
        if self.verbatim[i]:
            return self.sources[i] + (pos - self.starts[i])
        return self.source_ends[i]

    def source_span(self, start: int, end: int) -> Span:
        """Map the cleaned range ``[start, end)`` to a :class:`Span` of the source."""
        return Span(*self._source_bounds(start, end))

    def map_span(self, span: Span) -> Span:
        """:meth:`source_span` of a span of the cleaned text: ``span`` itself where the
        offsets are the same, so that what holds it need not be rebuilt."""
        start, end = self._source_bounds(span.start, span.end)
        return span if start == span.start and end == span.end else Span(start, end)

    def _source_bounds(self, start: int, end: int) -> tuple[int, int]:
        # source_offset(start) and source_end(end) in one call: it runs for every span of a
        # parsed document.
        starts = self.starts
        if end <= start or not starts:
            at = self.source_offset(start)
            return at, at
        if start >= len(self.text):
            first = self.source_length
        else:
            i = max(0, bisect.bisect_right(starts, start) - 1)
            first = self.sources[i] + (start - starts[i]) if self.verbatim[i] else self.sources[i]
        i = max(0, bisect.bisect_right(starts, end - 1) - 1)
        last = self.sources[i] + (end - starts[i]) if self.verbatim[i] else self.source_ends[i]
        return (first, last) if first <= last else (last, first)


class _Builder:
    def __init__(self, source: str) -> None:
        self.source = source
        self.parts: list[str] = []
        self.length = 0
        self.starts: list[int] = []
        self.sources: list[int] = []
        self.source_ends: list[int] = []
        self.verbatim: list[bool] = []

    def _segment(self, text: str, src: int, src_end: int, verbatim: bool) -> None:
        if not text:
            return
        self.starts.append(self.length)
        self.sources.append(src)
        self.source_ends.append(src_end)
        self.verbatim.append(verbatim)
        self.parts.append(text)
        self.length += len(text)

    def copy(self, start: int, end: int) -> None:
        """Copy ``source[start:end]`` verbatim, composing it to NFC where needed."""
        chunk = self.source[start:end]
        if not chunk:
            return
        if unicodedata.is_normalized("NFC", chunk):
            self._segment(chunk, start, end, True)
            return
        pos = start
        for cluster in _GRAPHEME.findall(chunk):
            composed = unicodedata.normalize("NFC", cluster)
            self._segment(composed, pos, pos + len(cluster), len(composed) == len(cluster))
            pos += len(cluster)

    def replace(self, text: str, start: int, end: int) -> None:
        self._segment(text, start, end, False)

    def build(self) -> CleanText:
        return CleanText(
            text="".join(self.parts),
            source_length=len(self.source),
            starts=tuple(self.starts),
            sources=tuple(self.sources),
            source_ends=tuple(self.source_ends),
            verbatim=tuple(self.verbatim),
        )


_GRAPHEME = regex.compile(r"\X")

# Elements whose content a browser does not show: a page's head (its title, styles, metadata),
# style sheets and scripts. Their text is no part of the document; in a text that is no HTML
# page ("mã độc dạng <script> chèn vào …"), or where an element would hide the page's body (a
# head left open), the tags alone go.
_HIDDEN_TAGS = frozenset(["head", "style", "script"])
_CLOSING_TAG = {name: regex.compile(rf"</{name}\s*>", regex.IGNORECASE) for name in _HIDDEN_TAGS}
_HTML_PAGE = regex.compile(r"<(?:!doctype|html|head|body|meta)\b", regex.IGNORECASE)
_PAGE_PARTS = regex.compile(r"</?(?:html|body)\b", regex.IGNORECASE)

_BLOCK_TAGS = frozenset(
    [
        "div",
        "p",
        "br",
        "li",
        "ul",
        "ol",
        "tr",
        "td",
        "th",
        "table",
        "thead",
        "tbody",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hr",
        "section",
        "blockquote",
    ]
)

# One alternation for every construct cleaning rewrites; the text between matches is verbatim.
# Line-anchored branches open with the character they match and test the line start in a
# lookbehind after it: a branch opening with ``^`` or with the lookbehind is tried at every
# position instead of only where that character is.
_MARKUP = regex.compile(
    r"""
    (?P<crlf>\r\n?)
    |(?P<comment><!--[\s\S]{0,5000}?-->|<!(?i:doctype)[^<>]{0,500}>)
    |(?P<tag></?(?P<tagname>[A-Za-z][A-Za-z0-9]{0,10})(?:\s[^<>]{0,2000})?/?>)
    |(?P<entity>&(?:[A-Za-z]{2,8}|\#[0-9]{1,6}|\#[xX][0-9A-Fa-f]{1,6});)
    |(?P<mdimage>!\[[^\]\n]{0,300}\]\([^)\n]{0,1000}\))
    |(?P<mdlink>\[(?P<linktext>[^\]\n]{1,300})\]\([^)\n]{0,1000}\))
    |(?P<sub>_\{(?P<subtext>[^{}\n]{0,100})\})
    |(?P<sup>\^\((?P<suptext>[^()\n]{0,100})\))
    |(?P<breakstars>\\(?=\*{2,}[ \t]*(?:\r?\n|\Z)))
    |(?P<escapedbreak>\\r\\n|\\n(?=[ \t\p{Lu}\d\\]|$))
    |(?P<escape>\\(?P<escaped>[\\`*_{}\[\]()\#+\-.!|~<>"'^]))
    |(?P<hardbreak>\\(?=[ \t]*(?:\r?\n|\Z)))
    |(?P<heading>\#(?<=^[ \t]{0,3}\#)\#{0,5}[ \t]+)
    |(?P<rule>-(?<=^[ \t]*-)[ \t]*(?:-[ \t]*){2,}$|\*(?<=^[ \t]*\*)[ \t]*(?:\*[ \t]*){2,}$
        |_(?<=^[ \t]*_)[ \t]*(?:_[ \t]*){2,}$|=(?<=^[ \t]*=)[ \t]*(?:=[ \t]*){2,}$)
    |(?P<gluedrule>-(?<=\p{Lu}-)-{3,}[ \t]*$)
    |(?P<stars>\*+)
    |(?P<unders>_+)
    |(?P<border>[|¬])
    |(?P<ff>\f)
    |(?P<zw>[\u200b\u200c\u200d\u2060\ufeff\u00ad])
    |(?P<space>[\u00a0\u2007\u202f\u3000])
    |(?P<lookalike>[Ðð／⁄∕])
    """,
    regex.VERBOSE | regex.MULTILINE,
)

# Slashes a PDF or OCR engine may print in a code: fullwidth, fraction (U+2044), division (U+2215).
_LOOKALIKES = {"Ð": "Đ", "ð": "đ", "／": "/", "⁄": "/", "∕": "/"}

# A Pandoc table ruler: two or more groups of dashes separated by spaces.
_RULER = regex.compile(r"[ \t]*-{3,}(?:[ \t]+-{3,})+[ \t]*$", regex.MULTILINE)
_FULL_RULER = regex.compile(r"[ \t]*-{3,}[ \t]*$", regex.MULTILINE)


_BLANK = " \t\r\f\v"


def _alone_before(source: str, pos: int, lo: int) -> bool:
    """Only blanks between the start of the line and ``pos`` (looked at without copying the
    line: a long line full of stars would make that quadratic)."""
    while pos > lo and source[pos - 1] in _BLANK:
        pos -= 1
    return pos == lo or source[pos - 1] == "\n"


def _alone_after(source: str, pos: int, hi: int) -> bool:
    """Only blanks between ``pos`` and the end of the line."""
    while pos < hi and source[pos] in _BLANK:
        pos += 1
    return pos == hi or source[pos] == "\n"


def _emphasis(source: str, start: int, end: int, lo: int, hi: int) -> str | None:
    """What a run of ``*`` or ``_`` becomes: ``None`` to keep it, else its replacement."""
    run = source[start:end]
    prev = source[start - 1] if start > lo else "\n"
    nxt = source[end] if end < hi else "\n"
    if (
        len(run) == 1
        and _alone_before(source, start, lo)
        and (nxt in " \t" or _alone_after(source, end, hi))
    ):
        return None  # a list bullet ("* item", "_ item") or a lone Party star
    if run[0] == "_" and prev.isalnum() and nxt.isalnum():
        return None  # snake_case or an identifier, not emphasis
    if len(run) == 1 and prev in " \t" and nxt in " \t":
        return None  # a star or underscore standing for itself in running text
    glued = not prev.isspace() and not nxt.isspace()
    # "phúc***Điện Biên": mark-up glued two blocks. An even run ("TH****Ủ") only closes and
    # reopens bold inside a word.
    if glued and len(run) % 2 == 0 and len(run) >= 4:
        return ""
    if glued and (len(run) >= 3 or (prev.isalpha() and prev.islower() and nxt.isupper())):
        return "\n"
    return ""


# The characters a branch of _MARKUP can open with. The standard library's ``re`` finds a
# character of a set about three times faster than ``regex`` looks for where an alternation
# may match: ``re`` finds the few places mark-up may start, _MARKUP is tried only there.
_MARKUP_FIRST = re.compile(
    r"[\r<&!\[_^\\#*=|¬\-\f\u200b\u200c\u200d\u2060\ufeff\u00ad\u00a0\u2007\u202f\u3000Ðð／⁄∕]"
)


# What opens only _MARKUP's line-anchored branches (rules, headings): a match needs blanks alone
# before it on its line. Most hyphens are inside words and codes ("UBND-KGVX").
_LINE_OPENERS = frozenset("-=#")


def markup_matches(source: str, lo: int, hi: int) -> Iterator[regex.Match[str]]:
    """``_MARKUP.finditer(source, lo, hi)``, tried only where a match can start."""
    after = lo
    for first in _MARKUP_FIRST.finditer(source, lo, hi):
        start = first.start()
        if start < after:
            continue  # inside the last match
        if (
            source[start] in _LINE_OPENERS
            and start
            and source[start - 1] not in "\n \t"
            and not (source[start - 1].isupper() and source.startswith("----", start))
        ):
            continue  # a hyphen in a word or code: no line-anchored branch can match here
        # ``concurrent`` and ``partial`` False, by position: `regex` would release the GIL around
        # each match, and reads keywords slowly.
        m = _MARKUP.match(source, start, hi, False, False, remaining())
        if m is not None:
            yield m
            after = m.end()


def _markup(builder: _Builder, lo: int, hi: int) -> None:
    source = builder.source
    pos = lo
    unclosed: set[str] = set()  # hidden elements with no closing tag after some point
    page: bool | None = None  # the text is an HTML page: asked at its first hidden element
    for m in markup_matches(source, lo, hi):
        kind = m.lastgroup
        start, end = m.span()
        if start < pos:
            continue  # inside a hidden element
        replacement: str | None
        if kind in ("crlf", "escapedbreak"):
            # "escapedbreak": a line break a scraper left escaped, as the characters \r\n.
            replacement = "\n"
        elif kind == "comment":
            replacement = ""
        elif kind == "tag":
            name = m.group("tagname").lower()
            replacement = "\n" if name in _BLOCK_TAGS else ""
            tag = m.group()
            if name in _HIDDEN_TAGS and name not in unclosed and tag[1] != "/" and tag[-2] != "/":
                if page is None:
                    page = _HTML_PAGE.search(source, 0, 5000) is not None
                # Each search for a closing tag that fails is not made again, so that many
                # opening tags without one stay linear.
                close = (
                    _CLOSING_TAG[name].search(source, end, hi, timeout=remaining())
                    if page
                    else None
                )
                if close is None:
                    unclosed.add(name)
                elif _PAGE_PARTS.search(source, end, close.start()) is None:
                    replacement, end = "\n", close.end()
        elif kind == "entity":
            decoded = html.unescape(m.group())
            replacement = None if decoded == m.group() else decoded.replace("\u00a0", " ")
        elif kind == "mdimage":
            replacement = ""
        elif kind == "mdlink":
            replacement = m.group("linktext")
        elif kind == "sub":
            replacement = f"({m.group('subtext')})"
        elif kind == "sup":
            replacement = f"({m.group('suptext')})"
        elif kind == "escape":
            replacement = m.group("escaped")
        elif kind in ("hardbreak", "breakstars", "heading", "rule", "gluedrule", "zw"):
            replacement = ""
        elif kind in ("stars", "unders"):
            replacement = _emphasis(source, start, end, lo, hi)
        elif kind in ("border", "ff"):
            replacement = "\n"
        elif kind == "space":
            replacement = " "
        else:  # lookalike
            replacement = _LOOKALIKES[m.group()]
        if replacement is None:
            continue
        builder.copy(pos, start)
        builder.replace(replacement, start, end)
        pos = end
    builder.copy(pos, hi)


# Tables open with a border ("+---+") or a ruler ("--- ---"): only lines starting as one can
# are worth the two patterns, and most texts have none.
_TABLE_FIRST = regex.compile(r"[ \t]*(?:\+[-=:]|---)")
_TABLE_HEAD = regex.compile(r"\n" + _TABLE_FIRST.pattern)


def _table_candidates(source: str) -> tuple[list[tuple[int, int]], list[int]]:
    """The lines of ``source`` (empty when there is no table) and the ones a table may open."""
    heads = [m.start() + 1 for m in _TABLE_HEAD.finditer(source)]
    if _TABLE_FIRST.match(source):
        heads.insert(0, 0)
    if not heads:
        return [], []
    starts, ends = line_offsets(source)
    lines = list(zip(starts, ends, strict=True))
    return lines, [bisect.bisect_right(starts, head) - 1 for head in heads]


_DASH_RUN = regex.compile(r"-{3,}")


def _columns(ruler: str) -> list[int]:
    return [m.start() for m in _DASH_RUN.finditer(ruler)]


def _cut(line: str, boundary: int) -> int:
    """Move a column boundary right until it no longer splits a word."""
    while (
        0 < boundary < len(line)
        and not line[boundary - 1].isspace()
        and not line[boundary].isspace()
    ):
        boundary += 1
    return boundary


def _table(builder: _Builder, lines: list[tuple[int, int]], first: int, last: int) -> None:
    """Emit the rows between rulers ``first`` and ``last`` column by column."""
    source = builder.source
    ruler_start, ruler_end = lines[first]
    cols = _columns(source[ruler_start:ruler_end])
    row: list[tuple[int, int]] = []
    rows: list[list[tuple[int, int]]] = []
    for start, end in lines[first + 1 : last]:
        if source[start:end].strip():
            row.append((start, end))
        elif row:
            rows.append(row)
            row = []
    if row:
        rows.append(row)
    builder.replace("", ruler_start, lines[first][1])
    for row in rows:
        for k in range(len(cols)):
            for start, end in row:
                line = source[start:end]
                lo = 0 if k == 0 else _cut(line, cols[k])
                hi = len(line) if k == len(cols) - 1 else _cut(line, cols[k + 1])
                if lo < hi and line[lo:hi].strip():
                    _markup(builder, start + lo, start + hi)
                    builder.replace("\n", start + hi, start + hi)
        builder.replace("\n", row[-1][1], row[-1][1])


_GRID_BORDER = regex.compile(r"[ \t]*\+(?:[-=:]+\+)+[ \t]*$", regex.MULTILINE)
_GRID_ROW = regex.compile(r"[ \t]*\|")


def _grid_table(builder: _Builder, lines: list[tuple[int, int]], first: int, last: int) -> None:
    """Emit a Pandoc grid table (``+---+---+`` borders) row by row, each row column by column."""
    source = builder.source
    border = source[lines[first][0] : lines[first][1]]
    bounds = [k for k, ch in enumerate(border) if ch == "+"]
    row: list[tuple[int, int]] = []
    for i in range(first, last + 1):
        start, end = lines[i]
        if not _GRID_BORDER.match(source, start, end):
            row.append((start, end))
            continue
        builder.replace("", start, end)
        for k in range(len(bounds) - 1):
            for lo_line, hi_line in row:
                lo = min(lo_line + bounds[k] + 1, hi_line)
                hi = min(lo_line + bounds[k + 1], hi_line)
                if source[lo:hi].strip(" \t|"):
                    _markup(builder, lo, hi)
                    builder.replace("\n", hi, hi)
            # the cell borders themselves are layout, not text
            for lo_line, hi_line in row:
                for b in (bounds[k], bounds[k + 1]):
                    if lo_line + b < hi_line:
                        builder.replace("", lo_line + b, lo_line + b + 1)
        row = []


def clean(source: str) -> CleanText:
    """Clean ``source`` for parsing; see the module documentation for what changes."""
    builder = _Builder(source)
    lines, candidates = _table_candidates(source)
    pos = 0
    after = 0  # lines before this one were read as part of a table
    for i in candidates:
        if i < after:
            continue
        start, end = lines[i]
        if _GRID_BORDER.match(source, start, end):
            last = i
            j = i + 1
            while j < len(lines) and (
                _GRID_BORDER.match(source, *lines[j]) or _GRID_ROW.match(source, *lines[j])
            ):
                if _GRID_BORDER.match(source, *lines[j]):
                    last = j
                j += 1
            if last > i:
                _markup(builder, pos, start)
                _grid_table(builder, lines, i, last)
                pos = lines[last][1]
                after = last + 1
                continue
        if _RULER.match(source, start, end):
            close = next(
                (
                    j
                    for j in range(i + 1, min(len(lines), i + 80))
                    if _RULER.match(source, *lines[j]) or _FULL_RULER.match(source, *lines[j])
                ),
                None,
            )
            if close is not None:
                _markup(builder, pos, start)
                _table(builder, lines, i, close)
                pos = lines[close][1]
                builder.replace("", lines[close][0], pos)
                after = close + 1
    _markup(builder, pos, len(source))
    return builder.build()
