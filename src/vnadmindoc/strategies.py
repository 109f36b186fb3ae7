"""Hypothesis strategies that build valid, real-looking documents.

For property-based tests of code that consumes vnadmindoc's model — and for
vnadmindoc's own round trips (``parse_document(render(d, "text")) == d``).
Needs Hypothesis (``pip install "vnadmindoc[hypothesis]"``).

:func:`documents` builds whole documents: state and Party families, typed
documents and công văn, codes of every style with blank numbers in drafts,
partial dates, authority chains, numbered directives with their lead units,
coded references in the body, Kính gửi and Nơi nhận lists, the Lưu line and
the incoming stamp; text with every Vietnamese diacritic.  With
``parseable=True`` (the default) every derived field — the kind, the type in
the code, the directives and references — is what the parser reads from the
rendered text, so the document round-trips through every text format.
``parseable=False`` adds what only the JSON contract carries (nested
directives, any label).

>>> from hypothesis import given
>>> @given(documents())
... def test_has_a_kind(doc):
...     assert doc.kind is not None
>>> test_has_a_kind()
"""

from __future__ import annotations

import datetime
from typing import Any

import attrs

from vnadmindoc.errors import MissingExtraError

try:
    from hypothesis import strategies as st
except ImportError as exc:  # pragma: no cover - exercised without the extra
    raise MissingExtraError(
        'vnadmindoc.strategies needs Hypothesis: pip install "vnadmindoc[hypothesis]"'
    ) from exc

from vnadmindoc import vocab
from vnadmindoc.fields.codes import make_code
from vnadmindoc.fields.directives import find_lead
from vnadmindoc.model import (
    ArchiveNote,
    Authority,
    AuthorityKind,
    Directive,
    Document,
    DocumentCode,
    Issuer,
    Motto,
    PartialDate,
    ReceiptStamp,
    Recipient,
    Reference,
    Secrecy,
    Signature,
    Urgency,
)
from vnadmindoc.tasks import directive_tree

__all__ = [
    "authority_chains",
    "codes",
    "documents",
    "issuers",
    "partial_dates",
    "signatures",
    "vietnamese_words",
]

# Words that together carry every vowel with every tone, ă â ê ô ơ ư and đ.
_PROSE = (
    "phòng chống dịch bệnh tăng cường quản lý nhà nước đầu tư xây dựng kế hoạch thực hiện "
    "triển khai kiểm tra giám sát hỗ trợ người dân doanh nghiệp ổn định đời sống ưu tiên ẩm "
    "thực ủy quyền lĩnh vực giáo dục đào tạo y tế văn hóa thể thao du lịch nông nghiệp môi "
    "trường tài nguyên khoáng sản giao thông vận tải hạ tầng kỹ thuật số hóa dữ liệu cải cách "
    "hành chính thủ tục bảo hiểm xã hội an sinh việc làm lao động thương binh chất lượng hiệu "
    "quả nguồn lực cơ sở vật chất trang thiết bị phương án ứng phó thiên tai lũ lụt hạn hán "
    "biến đổi khí hậu rừng biển đảo ngư dân hợp tác quốc tế xuất khẩu sản phẩm chủ lực thị "
    "trường nội địa bền vững khẩn trương nghiêm túc kịp thời đầy đủ ký hợp đồng mở rộng ứng "
    "dụng khoa học công nghệ thanh niên phụ nữ trẻ em khuyết tật nhân lực tuyển dụng bồi "
    "dưỡng cán bộ công chức viên chức kỷ luật kỷ cương ngỡ ngàng thuở ấy nghỉ ngơi suy nghĩ "
    "tưởng nhớ bưởi ổi mướp khuỷu tay quẫy đuôi "
)
WORDS: tuple[str, ...] = tuple(_PROSE.split())

UNITS = (
    "Sở Y tế",
    "Sở Tài chính",
    "Sở Kế hoạch và Đầu tư",
    "Sở Giáo dục và Đào tạo",
    "Sở Nội vụ",
    "Công an tỉnh",
    "Bộ Chỉ huy Quân sự tỉnh",
    "Ủy ban nhân dân các huyện",
    "Văn phòng Ủy ban nhân dân tỉnh",
    "Sở Thông tin và Truyền thông",
)
LEAD_VERBS = (
    "chủ trì, phối hợp với các đơn vị liên quan",
    "chủ trì tham mưu",
    "có trách nhiệm hướng dẫn",
    "tổ chức thực hiện",
    "khẩn trương rà soát",
)
OPENERS = ("Tăng cường", "Tiếp tục", "Đẩy mạnh", "Khẩn trương", "Nghiêm túc")
CITERS = (
    "Văn phòng Chính phủ",
    "Ủy ban nhân dân tỉnh",
    "Bộ Y tế",
    "Bộ Tài chính",
    "Ban Thường vụ Tỉnh ủy",
    "Chính phủ",
)
PLACES = (
    "Hà Nội",
    "Bắc Kạn",
    "Điện Biên",
    "Lai Châu",
    "Thành phố Hồ Chí Minh",
    "Đà Nẵng",
    "Cần Thơ",
    "Quảng Ngãi",
)
STATE_ISSUERS = (
    ("ỦY BAN NHÂN DÂN TỈNH BẮC KẠN", None, "UBND"),
    ("ỦY BAN NHÂN DÂN", "TỈNH ĐIỆN BIÊN", "UBND"),
    ("BỘ TÀI CHÍNH", None, "BTC"),
    ("SỞ Y TẾ", "ỦY BAN NHÂN DÂN TỈNH LAI CHÂU", "SYT"),
    ("TỔNG CỤC THUẾ", "BỘ TÀI CHÍNH", "TCT"),
    ("VĂN PHÒNG CHÍNH PHỦ", None, "VPCP"),
)
PARTY_ISSUERS = (
    ("TỈNH ỦY", "ĐẢNG BỘ TỈNH ĐIỆN BIÊN", "TU"),
    ("HUYỆN ỦY", "ĐẢNG BỘ TỈNH BẮC KẠN", "HU"),
    ("BAN TUYÊN GIÁO", "TỈNH ỦY QUẢNG NGÃI", "BTGTU"),
)
DRAFTING_UNITS = ("VP", "KGVX", "TH", "NC", "KT", "TCCB")
STATE_TYPES = ("quyet_dinh", "ke_hoach", "thong_bao", "bao_cao", "to_trinh", "huong_dan", "chi_thi")
PARTY_TYPES = ("thong_bao", "ke_hoach", "bao_cao", "huong_dan", "chi_thi", "quyet_dinh")
REFERENCE_TYPES = ("cong_van", "thong_bao", "ke_hoach", "quyet_dinh", "chi_thi")
ADDRESSEES = (
    "Các sở, ban, ngành tỉnh",
    "Ủy ban nhân dân các huyện, thành phố",
    "Sở Y tế",
    "Bộ Tài chính",
    "Cục Thuế các tỉnh",
    "Các đơn vị trực thuộc",
)
DISTRIBUTION = (
    "TT Tỉnh ủy (b/c)",
    "TT HĐND tỉnh",
    "CT, các PCT UBND tỉnh",
    "LĐVP",
    "Cổng thông tin điện tử tỉnh",
    "Các đồng chí Tỉnh ủy viên",
)
SURNAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Lò", "Hồ")
MIDDLE = ("Văn", "Thị", "Đức", "Minh", "Thành", "Quốc", "Thu", "Ngọc")
GIVEN = ("An", "Bằng", "Cường", "Dũng", "Đô", "Hà", "Hương", "Khải", "Lợi", "Muôn", "Thủy", "Yến")
STATE_CHAINS: tuple[tuple[tuple[tuple[str, str], ...], str], ...] = (
    ((), "CHỦ TỊCH"),
    ((("TM", "ỦY BAN NHÂN DÂN"),), "CHỦ TỊCH"),
    ((("TM", "ỦY BAN NHÂN DÂN"), ("KT", "CHỦ TỊCH")), "PHÓ CHỦ TỊCH"),
    ((("KT", "BỘ TRƯỞNG"),), "THỨ TRƯỞNG"),
    ((("TL", "BỘ TRƯỞNG"),), "VỤ TRƯỞNG VỤ TỔ CHỨC CÁN BỘ"),
    ((("TL", "BỘ TRƯỞNG"), ("KT", "VỤ TRƯỞNG")), "PHÓ VỤ TRƯỞNG"),
    ((("TUQ", "CHỦ TỊCH"),), "GIÁM ĐỐC SỞ NỘI VỤ"),
    ((("Q", "GIÁM ĐỐC"),), "PHÓ GIÁM ĐỐC"),
    ((("KT", "GIÁM ĐỐC"),), "PHÓ GIÁM ĐỐC"),
)
PARTY_CHAINS: tuple[tuple[tuple[tuple[str, str], ...], str], ...] = (
    ((("TM", "BAN THƯỜNG VỤ"),), "BÍ THƯ"),
    ((("TM", "BAN THƯỜNG VỤ"),), "PHÓ BÍ THƯ"),
    ((("KT", "TRƯỞNG BAN"),), "PHÓ TRƯỞNG BAN"),
)
_STATE_PREFIX = {p.kind: p.state for p in vocab.AUTHORITY_PREFIXES}
_PARTY_PREFIX = {p.kind: p.party or p.state for p in vocab.AUTHORITY_PREFIXES}


def vietnamese_words(min_size: int = 3, max_size: int = 12) -> st.SearchStrategy[str]:
    """Lower-case Vietnamese phrases, every diacritic represented in the word list."""
    # "nội nhân" folds to "noi nhan": opening a line, a parser reads it as OCR's "Nơi nhận".
    return (
        st.lists(st.sampled_from(WORDS), min_size=min_size, max_size=max_size)
        .map(" ".join)
        .filter(lambda phrase: "nội nhân" not in phrase)
    )


def _sentence(min_size: int = 4, max_size: int = 14) -> st.SearchStrategy[str]:
    return vietnamese_words(min_size, max_size).map(lambda s: s[0].upper() + s[1:] + ".")


def partial_dates(*, drafts: bool = True) -> st.SearchStrategy[PartialDate]:
    """Dates from 2000 to 2030; with ``drafts``, some leave the day blank."""
    full = st.dates(min_value=datetime.date(2000, 1, 1), max_value=datetime.date(2030, 12, 31)).map(
        lambda d: PartialDate(d.year, d.month, d.day)
    )
    if not drafts:
        return full
    blank_day = st.builds(PartialDate, st.integers(2000, 2030), st.integers(1, 12))
    return st.one_of(full, full, full, blank_day)


def codes(
    *, party: bool | None = None, kind: str | None = None, year: int | None = None
) -> st.SearchStrategy[DocumentCode]:
    """Codes of every style: typed and công văn, normative with a year, Party, drafts."""

    @st.composite
    def build(draw: Any) -> DocumentCode:
        is_party = draw(st.booleans()) if party is None else party
        slug = kind or draw(st.sampled_from(PARTY_TYPES if is_party else STATE_TYPES))
        number = draw(st.one_of(st.integers(1, 9999).map(str), st.just(""), st.just("05")))
        info = vocab.doc_type(slug)
        body = draw(st.sampled_from([i[2] for i in (PARTY_ISSUERS if is_party else STATE_ISSUERS)]))
        if is_party:
            abbreviation = info.party_code if info and info.party_code else "CV"
            return make_code(number, "-", f"{abbreviation}/{body}")
        if slug == "cong_van" or info is None or not info.state_code:
            unit = draw(st.sampled_from(DRAFTING_UNITS))
            return make_code(number, "/", f"{body}-{unit}", doc_type=None)
        normative = info.normative and year is not None and draw(st.booleans())
        prefix = f"{year}/" if normative else ""
        return make_code(number, "/", f"{prefix}{info.state_code}-{body}")

    return build()


def issuers(*, party: bool = False) -> st.SearchStrategy[Issuer]:
    """Issuing bodies, with their parent body when they have one."""
    table = PARTY_ISSUERS if party else STATE_ISSUERS
    return st.sampled_from(table).map(lambda row: Issuer(name=row[0], parent=row[1]))


def authority_chains(
    *, party: bool = False
) -> st.SearchStrategy[tuple[tuple[Authority, ...], str]]:
    """An authority chain and the position signing under it."""
    prefixes = _PARTY_PREFIX if party else _STATE_PREFIX

    def build(row: tuple[tuple[tuple[str, str], ...], str]) -> tuple[tuple[Authority, ...], str]:
        chain, position = row
        return (
            tuple(Authority(AuthorityKind(k), holder, prefix=prefixes[k]) for k, holder in chain),
            position,
        )

    return st.sampled_from(PARTY_CHAINS if party else STATE_CHAINS).map(build)


def names() -> st.SearchStrategy[str]:
    """Vietnamese personal names: surname, middle name(s), given name."""
    return st.builds(
        lambda s, m, g: f"{s} {m} {g}",
        st.sampled_from(SURNAMES),
        st.sampled_from(MIDDLE),
        st.sampled_from(GIVEN),
    )


def signatures(*, party: bool = False) -> st.SearchStrategy[Signature]:
    """A signature block: authority chain, position and signer."""
    return st.builds(
        lambda chain, name: Signature(authority=chain[0], position=chain[1], name=name),
        authority_chains(party=party),
        names(),
    )


@st.composite
def _reference(draw: Any, own: DocumentCode | None) -> tuple[str, Reference]:
    slug = draw(st.sampled_from(REFERENCE_TYPES))
    info = vocab.doc_type(slug)
    assert info is not None
    date = draw(partial_dates(drafts=False))
    code = draw(codes(party=False, kind=slug, year=date.year).filter(lambda c: bool(c.number)))
    if own is not None and code.code.casefold() == own.code.casefold():
        code = make_code("9" + (code.number or ""), "/", code.symbol, doc_type=code.doc_type)
    issuer = draw(st.sampled_from(CITERS))
    when = f"{date.day}/{date.month}/{date.year}"
    phrase = f"{info.name} số {code.code} ngày {when} của {issuer}"
    return phrase, Reference(code=code, kind=slug, date=date, issuer=issuer)


@st.composite
def _body(draw: Any, own: DocumentCode | None) -> tuple[str, list[Directive], list[Reference]]:
    lines: list[str] = []
    references: list[Reference] = []
    for _ in range(draw(st.integers(0, 2))):
        phrase, reference = draw(_reference(own))
        if all(r.code.code.casefold() != reference.code.code.casefold() for r in references):
            references.append(reference)
            lines.append(f"Thực hiện {phrase}, {draw(vietnamese_words(3, 10))}.")
    if not lines or draw(st.booleans()):
        lines.append(draw(_sentence()))
    directives: list[Directive] = []
    items = draw(st.integers(0, 4))
    for i in range(1, items + 1):
        if draw(st.booleans()):
            first = f"{draw(st.sampled_from(UNITS))} {draw(st.sampled_from(LEAD_VERBS))} "
            first += draw(vietnamese_words(3, 10)) + "."
        else:
            first = f"{draw(st.sampled_from(OPENERS))} {draw(vietnamese_words(3, 10))}."
        item_lines = [first]
        for _ in range(draw(st.integers(0, 2))):
            item_lines.append(f"- {draw(vietnamese_words(3, 10))};")
        lines.append(f"{i}. {item_lines[0]}")
        lines += item_lines[1:]
        directives.append(
            directive_tree(
                Directive(label=str(i), text="\n".join(item_lines), lead=find_lead(first))
            )
        )
    closing = draw(st.sampled_from(["", "Đề nghị các cơ quan, đơn vị triển khai thực hiện./."]))
    if closing:
        lines.append(closing)
        if directives:
            last = directives[-1]
            directives[-1] = directive_tree(
                Directive(last.label, last.text + "\n" + closing, last.lead)
            )
    return "\n".join(lines), directives, references


@st.composite
def _document(draw: Any, family: str | None) -> Document:
    party = draw(st.booleans()) if family is None else family == "party"
    cong_van = draw(st.booleans())
    if cong_van:
        kind, title = "cong_van", None
    else:
        kind = draw(st.sampled_from(PARTY_TYPES if party else STATE_TYPES))
        info = vocab.doc_type(kind)
        assert info is not None
        title = info.name.upper()
    date = draw(st.one_of(st.none(), partial_dates()))
    year = date.year if date is not None else None
    code = draw(st.one_of(st.none(), codes(party=party, kind=kind, year=year)))
    subject = draw(vietnamese_words(3, 14))
    if title is not None:
        subject = subject[0].upper() + subject[1:]
    body, directives, references = draw(_body(code))
    addressees: tuple[Recipient, ...] = ()
    if cong_van:
        picked = draw(st.lists(st.sampled_from(ADDRESSEES), min_size=1, max_size=4, unique=True))
        addressees = tuple(Recipient(a) for a in picked)
    distribution = tuple(
        Recipient(r) for r in draw(st.lists(st.sampled_from(DISTRIBUTION), max_size=4, unique=True))
    )
    if addressees:
        distribution = (Recipient("Như trên"), *distribution)
    archive = None
    if draw(st.booleans()):
        units = ("VT", *draw(st.lists(st.sampled_from(DRAFTING_UNITS), max_size=2, unique=True)))
        archive = ArchiveNote(
            units=units,
            drafter=draw(st.one_of(st.none(), st.sampled_from(["NNT", "HĐĐ", "Thg"]))),
            copies=draw(st.one_of(st.none(), st.integers(1, 20))),
        )
    received = None
    if not party and draw(st.integers(0, 4)) == 0:
        received = ReceiptStamp(
            number=str(draw(st.integers(1, 99999))), date=draw(partial_dates(drafts=False))
        )
    return Document(
        kind=kind,
        title=title,
        issuer=draw(issuers(party=party)),
        motto=Motto.PARTY if party else Motto.STATE,
        code=code,
        place=draw(st.sampled_from(PLACES)),
        date=date,
        subject=subject,
        urgency=draw(st.one_of(st.none(), st.sampled_from(list(Urgency)))),
        secrecy=draw(st.one_of(st.none(), st.sampled_from(list(Secrecy)))),
        received=received,
        addressees=addressees,
        body=body,
        directives=directives,
        references=references,
        distribution=distribution,
        archive=archive,
        signatures=draw(st.lists(signatures(party=party), min_size=0, max_size=1)),
    )


@st.composite
def _nested(draw: Any, directives: tuple[Directive, ...]) -> tuple[Directive, ...]:
    """The directives with points (điểm) nested under them, as JSON carries them."""
    point = st.builds(Directive, st.sampled_from("abcdđeg"), vietnamese_words(2, 6))
    return tuple(
        Directive(d.label, d.text, d.lead, draw(st.lists(point, max_size=3))) for d in directives
    )


def documents(*, family: str | None = None, parseable: bool = True) -> st.SearchStrategy[Document]:
    """Whole documents of ``family`` (``"state"``, ``"party"`` or either).

    With ``parseable`` every field is what the parser reads back from the
    rendered text; without it, directives may also nest (as JSON carries).
    """
    if family not in (None, "state", "party"):
        raise ValueError(f"family is 'state', 'party' or None, not {family!r}")
    base = _document(family)
    if parseable:
        return base
    return base.flatmap(
        lambda d: _nested(d.directives).map(lambda ds: Document(**{**_fields(d), "directives": ds}))
    )


def _fields(doc: Document) -> dict[str, Any]:
    return {f.name: getattr(doc, f.name) for f in attrs.fields(Document) if f.init}
