"""Hypothesis strategies for arbitrary values of every model field, far from real documents (JSON
round trips and schema checks); `vnadmindoc.strategies` builds real-looking documents instead."""

from __future__ import annotations

from hypothesis import strategies as st

from vnadmindoc import (
    ArchiveNote,
    Authority,
    AuthorityKind,
    Directive,
    Document,
    DocumentCode,
    Fragment,
    Issuer,
    Motto,
    PartialDate,
    ReceiptStamp,
    Recipient,
    Reference,
    Secrecy,
    Signature,
    Span,
    SpanMap,
    Urgency,
)

VIETNAMESE = (
    "aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"
)
text = st.text(alphabet=VIETNAMESE + VIETNAMESE.upper() + " ,.-/()0123456789", max_size=40)
words = st.text(alphabet=VIETNAMESE + VIETNAMESE.upper(), min_size=1, max_size=8)
opt_text = st.none() | text
spans = st.none() | st.tuples(st.integers(0, 10_000), st.integers(0, 500)).map(
    lambda t: Span(t[0], t[0] + t[1])
)


@st.composite
def partial_dates(draw: st.DrawFn) -> PartialDate:
    year = draw(st.integers(1945, 2100))
    month = draw(st.none() | st.integers(1, 12))
    day = None if month is None else draw(st.none() | st.integers(1, 28))
    return PartialDate(year, month, day)


@st.composite
def codes(draw: st.DrawFn) -> DocumentCode:
    party = draw(st.booleans())
    number = draw(st.none() | st.integers(1, 99999).map(lambda n: f"{n:02d}"))
    doc_type = draw(st.sampled_from(["QĐ", "TB", "KH", "NQ", "TTr", "CV", None]))
    org = draw(st.sampled_from(["UBND", "VPCP", "TU", "BCSĐ", "TTg", "CP"]))
    if party:
        symbol = f"{doc_type or 'CV'}/{org}"
        doc_type = doc_type or "CV"
    else:
        year = draw(st.none() | st.integers(1990, 2030))
        unit = draw(st.sampled_from(["KGVX", "VX", "TH"]))
        groups = [doc_type, org] if doc_type else [org, unit]
        symbol = (f"{year}/" if year and doc_type else "") + "-".join(groups)
    return DocumentCode(
        number=number, symbol=symbol, party=party, doc_type=doc_type, span=draw(spans)
    )


def recipients() -> st.SearchStrategy[Recipient]:
    return st.builds(Recipient, name=text.filter(bool), group=opt_text, span=spans)


def directives(depth: int = 1) -> st.SearchStrategy[Directive]:
    children = st.just(()) if depth == 0 else st.lists(directives(depth - 1), max_size=2).map(tuple)
    return st.builds(
        Directive,
        label=st.sampled_from(["1", "2", "II", "Điều 3", "a"]),
        text=text,
        lead=opt_text,
        children=children,
        span=spans,
    )


@st.composite
def documents(draw: st.DrawFn) -> Document:
    return Document(
        kind=draw(st.none() | st.sampled_from(["cong_van", "quyet_dinh", "thong_bao", "ke_hoach"])),
        title=draw(opt_text),
        issuer=draw(st.none() | st.builds(Issuer, name=text, parent=opt_text, span=spans)),
        motto=draw(st.none() | st.sampled_from(Motto)),
        code=draw(st.none() | codes()),
        place=draw(opt_text),
        date=draw(st.none() | partial_dates()),
        subject=draw(opt_text),
        urgency=draw(st.none() | st.sampled_from(Urgency)),
        secrecy=draw(st.none() | st.sampled_from(Secrecy)),
        received=draw(
            st.none()
            | st.builds(ReceiptStamp, number=opt_text, date=st.none() | partial_dates(), span=spans)
        ),
        addressees=draw(st.lists(recipients(), max_size=4)),
        body=draw(text),
        directives=draw(st.lists(directives(), max_size=3)),
        references=draw(
            st.lists(
                st.builds(
                    Reference,
                    code=codes(),
                    kind=st.none() | st.sampled_from(["thong_bao", "cong_van"]),
                    date=st.none() | partial_dates(),
                    issuer=opt_text,
                    span=spans,
                ),
                max_size=3,
            )
        ),
        distribution=draw(st.lists(recipients(), max_size=4)),
        archive=draw(
            st.none()
            | st.builds(
                ArchiveNote,
                units=st.lists(words, max_size=3).map(tuple),
                drafter=st.none() | words,
                copies=st.none() | st.integers(0, 50),
                span=spans,
            )
        ),
        signatures=draw(
            st.lists(
                st.builds(
                    Signature,
                    authority=st.lists(
                        st.builds(
                            Authority,
                            kind=st.sampled_from(AuthorityKind),
                            holder=text,
                            prefix=st.none() | st.sampled_from(["TM.", "KT.", "T/M"]),
                            span=spans,
                        ),
                        max_size=2,
                    ).map(tuple),
                    position=opt_text,
                    name=opt_text,
                    span=spans,
                ),
                max_size=2,
            )
        ),
        appendix=draw(text),
        unplaced=draw(
            st.lists(st.builds(Fragment, text=text, reason=words, span=spans), max_size=2)
        ),
        span=draw(spans),
        spans=SpanMap(
            draw(
                st.lists(
                    st.tuples(st.sampled_from(["place", "date", "subject"]), spans.filter(bool)),
                    max_size=3,
                    unique_by=lambda t: t[0],
                )
            )
        ),
    )
