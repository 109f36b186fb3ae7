"""The parsing pipeline: text → cleaned text → documents → zones → fields → :class:`Document`.

Each stage is a function of the previous stage's value (see
``docs/architecture.md``): :func:`vnadmindoc.clean.clean` normalises the
text and keeps an offset map, :mod:`vnadmindoc.segment` finds documents and
zones, and the modules of :mod:`vnadmindoc.fields` read each zone.  Spans
are computed in the cleaned text and mapped back to the input at the end.

The entry points are in :mod:`vnadmindoc.parse`, which loads this module on
the first parse: compiling the stages' patterns is most of what loading the
parser costs.
"""

from __future__ import annotations

import string
from typing import Any

import attrs
import regex

from vnadmindoc import vocab
from vnadmindoc.clean import clean
from vnadmindoc.deadline import check
from vnadmindoc.fields.closing import find_closing_start, read_closing
from vnadmindoc.fields.codes import make_code, match_code
from vnadmindoc.fields.directives import find_directives
from vnadmindoc.fields.header import Header, read_header
from vnadmindoc.fields.page_title import announces_notice, announces_plan
from vnadmindoc.fields.references import Mention, merge_mentions, scan_references
from vnadmindoc.layout import Layout
from vnadmindoc.model import Document, DocumentCode, Fragment, Span, SpanMap
from vnadmindoc.restore import Restoration, restore
from vnadmindoc.segment import (
    RULE_LINE,
    DocumentRange,
    find_anchors,
    is_noise_line,
    join_clean_lines,
    split_documents,
)
from vnadmindoc.tasks import directive_tree
from vnadmindoc.text import has_alnum, is_upper_text
from vnadmindoc.walk import map_inside

__all__ = ["read_all", "read_one"]


def read_all(text: str) -> list[Document]:
    """Every document in ``text`` (not blank), read under the caller's time limit."""
    layout, restored = _read(text)
    documents = []
    for r in split_documents(layout):
        check()
        documents.append(_document(layout, r))
    if restored is not None:
        # Read with the letters given back; printed as the text has them.
        documents = [restored.document(d) for d in documents]
    return documents


def read_one(text: str) -> Document:
    """``text`` (not blank) read as exactly one document."""
    layout, restored = _read(text)
    ranges = split_documents(layout, find_anchors(layout))
    document = _document(layout, DocumentRange(0, len(layout), ranges[0].cluster))
    return restored.document(document) if restored is not None else document


def _read(text: str) -> tuple[Layout, Restoration | None]:
    """The text's layout, cleaned and, if it lost its letters beyond ASCII, restored."""
    cleaned = clean(text)
    restored = restore(cleaned)
    return Layout.of(restored.clean if restored is not None else cleaned), restored


# A type and its joint form, which some headings print under the plain title.
_JOINT_OF = {"thong_tu": ("thong_tu_lien_tich",), "nghi_quyet": ("nghi_quyet_lien_tich",)}

# Types a code with a year names surely ("30/2007/QĐ-UBND"); a company's "125/2019/CT-XD5" is
# a công văn of its "CT" (Công ty), not a chỉ thị.
_NORMATIVE = frozenset(t.slug for t in vocab.DOC_TYPES if t.normative) - {"chi_thi"}


def _kind(header: Header) -> str | None:
    code = header.code
    if header.title:
        kind = vocab.kind_from_title(header.title) or vocab.slugify(header.title)
        if (
            code is not None
            and code.doc_type
            and not code.party
            and kind != (joint := vocab.kind_from_abbreviation(code.doc_type, party=code.party))
            and joint in _JOINT_OF.get(kind, ())
        ):
            # "THÔNG TƯ" over "01/2004/TTLT/BVHTT-BYT": the code says the act is joint.
            return joint
        return kind
    typed = (
        vocab.kind_from_abbreviation(code.doc_type, party=code.party)
        if code is not None and code.doc_type
        else None
    )
    sure = code is not None and (code.year or header.enacted)
    if typed in _NORMATIVE and sure and header.subject is not None:
        # A page that lost the title line: "30/2007/QĐ-UBND" over "VỀ VIỆC BAN HÀNH …". Only
        # a normative act's code, with its year or over an enacting line, is sure to name the
        # type: "345/CT-TTHT" is the Cục Thuế's công văn, not a chỉ thị.
        return typed
    if typed is not None and header.enacted and is_upper_text(header.subject or ""):
        # A trích yếu in capitals over the preamble, its title line lost ("Số: 2949/KH-UBND" /
        # "PHÁT TRIỂN KINH TẾ TẬP THỂ …" / "Thực hiện …"): no công văn's "V/v", the code names it.
        return typed
    if header.telegram:
        return "cong_dien"  # its recipients follow "điện:", its title lost
    if header.subject is not None or header.addressees:
        # No tên loại, a "V/v" or "Kính gửi": a công văn (the only type printed without a title).
        return "cong_van"
    if code is None:
        return None
    if code.doc_type:
        return typed
    return None if code.party else "cong_van"


_LINE = regex.compile(r"[^\n]+")
_NO_ALNUM = string.whitespace + string.punctuation  # (ASCII: no letters or digits)


def _uncovered(
    layout: Layout, start: int, stop: int, used: list[tuple[int, int]]
) -> list[Fragment]:
    """Pieces of lines ``[start, stop)`` no field used: kept as :class:`Fragment`."""
    out = []
    lo = layout.starts[start] if start < len(layout) else len(layout.text)
    hi = layout.ends[stop - 1] if stop > start else lo
    pos = lo
    for a, b in [*sorted(used), (hi, hi)]:
        # Most gaps between the used ranges are line breaks and list marks (";\n- "), with no
        # letter or digit: nothing to keep, known without a pattern.
        gap_end = min(a, hi)
        if gap_end > pos and layout.text[pos:gap_end].strip(_NO_ALNUM):
            for m in _LINE.finditer(layout.text, pos, gap_end):
                piece = layout.trim(m.start(), m.end())
                if has_alnum(piece.text):
                    reason = (
                        "noise"
                        if is_noise_line(piece.text) or RULE_LINE.fullmatch(piece.text)
                        else "unrecognised"
                    )
                    out.append(Fragment(piece.text, reason, span=Span(piece.start, piece.end)))
        pos = max(pos, b)
    return out


def _body(
    layout: Layout, start: int, stop: int
) -> tuple[str, list[tuple[int, int]], list[Fragment]]:
    if start >= stop:
        return "", [], []
    lo = layout.starts[start]
    noise: list[Fragment] = []
    kept = []
    for i, text in enumerate(layout.text[lo : layout.ends[stop - 1]].split("\n"), start):
        if is_noise_line(text):
            piece = layout.line_piece(i)
            noise.append(Fragment(piece.text, "noise", span=Span(piece.start, piece.end)))
        else:
            kept.append(text)
    # The lines are used whole, noise lines included (as fragments): one range.
    return join_clean_lines(kept), [(lo, layout.ends[stop - 1])], noise


def _document(layout: Layout, r: DocumentRange) -> Document:
    header = read_header(layout, r.start, r.end, r.cluster)
    used = list(header.used)
    body_start = min(header.end, r.end)
    closing_start = find_closing_start(layout, body_start, r.end)
    closing = read_closing(layout, closing_start, r.end) if closing_start is not None else None
    body_end = closing_start if closing_start is not None else r.end
    appendix_start = closing.end if closing is not None else r.end
    body_lines, body_used, fragments = _body(layout, body_start, body_end)
    body = body_lines
    if header.lead_in is not None:
        # The body's first words were flattened onto the heading's last line.
        body = join_clean_lines([layout.text[slice(*header.lead_in)], body_lines])
        body_used.append(header.lead_in)
    used += body_used
    appendix, appendix_used, appendix_noise = _body(layout, appendix_start, r.end)
    if len(appendix.split()) < 3:
        appendix, appendix_used, appendix_noise = "", [], []
    used += appendix_used
    fragments += appendix_noise
    if closing is not None:
        used += closing.used
        fragments += closing.fragments

    spans: dict[str, tuple[int, int]] = dict(header.spans)
    code = header.code
    kind = _kind(header)
    if kind is None and announces_notice(body):
        kind = "thong_bao"  # no title printed; the body says what the text is
    if kind is None and announces_plan(body):
        kind = "ke_hoach"
    if kind is None:
        kind = _enacted_kind(body)
    if code is not None:
        if kind == "cong_van" and not code.party:
            code = attrs.evolve(code, doc_type=None)
        code = attrs.evolve(code, span=Span(*spans["code"]))
    doc_lo = layout.starts[r.start]
    doc_hi = layout.ends[r.end - 1]
    # Citations count from the heading on: banners and front matter above it are not the
    # document's own text.
    heading = min((a for a, _ in header.spans.values()), default=doc_lo)
    # ... and end where a web page's own listing of the document begins after the signature.
    cited_until = _trailer_start(layout, appendix_start, r.end, code) or doc_hi
    own = spans.get("code")
    mentions = [
        m
        for m in scan_references(layout.text, heading, cited_until, folded=layout.folded)
        if not _annex_header(layout, m, kind)
        # The number line's own code, read in part ("1838/VPCP-V" of "1838/VPCP-V .III").
        and not (own and m.code.span is not None and own[0] <= m.code.span.start < own[1])
    ]
    # Spellings are voted on within this document: the whole file would make a file of many
    # documents quadratic.
    references = merge_mentions(
        mentions, exclude=code.code if code else None, text=layout.text[doc_lo:doc_hi]
    )
    directives = (
        [directive_tree(d) for d in find_directives(layout, body_start, body_end)]
        if body_end > body_start
        else []
    )
    if body_lines:
        first = next(i for i in range(body_start, body_end) if not layout.is_blank(i))
        last = next(i for i in reversed(range(body_start, body_end)) if not layout.is_blank(i))
        lo = header.lead_in[0] if header.lead_in else layout.starts[first]
        spans["body"] = (lo, layout.ends[last])
    elif header.lead_in is not None:
        spans["body"] = header.lead_in
    if appendix:
        spans["appendix"] = (layout.starts[appendix_start], doc_hi)
    distribution = archive = None
    signatures: list[Any] = []
    subject = header.subject
    if closing is not None:
        if subject is None and closing.subject is not None:
            subject = closing.subject
            used.append(closing.spans["subject"])
        else:
            closing.spans.pop("subject", None)
        spans.update(closing.spans)
        distribution, archive, signatures = (
            closing.distribution,
            closing.archive,
            closing.signatures,
        )

    fragments += _uncovered(layout, r.start, r.end, used)
    fragments.sort(key=lambda f: f.span.start if f.span is not None else 0)

    issuer = header.issuer
    if issuer is not None:
        issuer = attrs.evolve(issuer, span=Span(*spans["issuer"]))
    received = header.received
    if received is not None:
        received = attrs.evolve(received, span=Span(*spans["received"]))
    document = Document(
        kind=kind,
        title=header.title,
        issuer=issuer,
        motto=header.motto,
        code=code,
        place=header.place,
        date=header.date,
        subject=subject,
        urgency=header.urgency,
        secrecy=header.secrecy,
        received=received,
        addressees=header.addressees,
        body=body,
        directives=directives,
        references=references,
        distribution=distribution or (),
        archive=archive,
        signatures=signatures,
        appendix=appendix,
        unplaced=fragments,
        span=Span(doc_lo, doc_hi),
        spans=SpanMap(tuple((k, Span(*v)) for k, v in sorted(spans.items()))),
    )
    if layout.clean.is_identity:
        return document  # clean text with nothing to clean: offsets are already the source's
    mapped: Document = map_inside(document, Span, layout.clean.map_span)
    return mapped


_ENACTING_LINE = regex.compile(
    rf"^[ \t*_]*(?P<words>{vocab.enacting_pattern()})[ \t]*:[ \t*_]*\n\s*"
    r"(?:Điều[ \t]+1\b|ĐIỀU[ \t]+1\b|1[.)][ \t])",
    regex.MULTILINE,
)
_BASIS = regex.compile(r"^[ \t*_\-–+]*(?:Căn cứ|Xét đề nghị|Theo đề nghị)\b", regex.MULTILINE)


def _enacted_kind(body: str) -> str | None:
    """The act a body enacts whose heading was cut: a basis ("Căn cứ …"), then "QUYẾT NGHỊ:"
    alone on its line over "Điều 1" (not a news page or a minute quoting the formula)."""
    enacting = _ENACTING_LINE.search(body)
    if enacting is None or _BASIS.search(body, 0, enacting.start()) is None:
        return None
    return vocab.ENACTING_KINDS[" ".join(enacting.group("words").split())]


_KEM_THEO = regex.compile(r"\(\s*(?:ban\s+hanh\s+)?kem\s+theo\s*$", regex.IGNORECASE)


def _annex_header(layout: Layout, mention: Mention, kind: str | None) -> bool:
    """``(Kèm theo Nghị quyết số 88/NQ-HĐND …)`` heading an annex names the document itself."""
    before = layout.folded[max(0, mention.start - 40) : mention.start]
    return bool(_KEM_THEO.search(before)) and mention.kind is not None and mention.kind == kind


def _trailer_start(layout: Layout, start: int, stop: int, code: DocumentCode | None) -> int | None:
    """Where text after the document begins: a line titled with the document's own code.

    Web pages list the document again after its signature ("Công điện 226/CĐ-TTg năm 2025
    tăng cường …"), followed by site material; a document never retitles itself there.
    """
    if code is None:
        return None
    own = code.code.casefold()
    for i in range(start, stop):
        titled = _TITLED.match(layout.folded, layout.starts[i], layout.ends[i])
        cited = titled and match_code(layout.text, titled.end(), layout.ends[i])
        if (
            cited
            and make_code(cited["number"], cited["sep"], cited["symbol"]).code.casefold() == own
        ):
            return layout.starts[i]
    return None


_TITLED = regex.compile(
    rf"[ \t]*(?:{vocab.type_phrase_pattern()})[ \t]+(?:so[ \t]*)?(?=\d)", regex.IGNORECASE
)
