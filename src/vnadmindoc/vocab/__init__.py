"""Vocabularies as data: document types and their abbreviations, authority prefixes,
urgency and secrecy marks, and the word lists the parser uses to find names.

The tables live in ``vocab/data/`` as plain TSV/text files so that they can be
read, reviewed and extended without touching code; this module loads them
once and offers lookups.

>>> kind_from_title("QUYẾT ĐỊNH")
'quyet_dinh'
>>> kind_from_abbreviation("TB")
'thong_bao'
>>> kind_from_abbreviation("TT", party=True)
'thong_tri'
>>> canonical_abbreviation("ttr")
'TTr'
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import attrs
import regex

from vnadmindoc.text import fold

__all__ = [
    "AUTHORITY_PREFIXES",
    "BODY_START",
    "DOC_TYPES",
    "AuthorityPrefix",
    "DocType",
    "canonical_abbreviation",
    "doc_type",
    "is_not_unit",
    "kind_from_abbreviation",
    "kind_from_title",
    "kind_from_type_phrase",
    "mark_for",
    "slugify",
    "type_phrase_pattern",
]


_DATA = Path(__file__).parent / "data"

# The words a body's first line opens with (căn cứ, thực hiện, xét đề nghị, theo đề nghị, kính
# gửi), matched on folded text: what the heading reader stops at and the renderer keeps apart.
# It lives here, not with the heading reader, so that rendering needs none of the parser.
BODY_START = regex.compile(
    r"[ \t]*(?:can\s+cu|thuc\s+hien|xet\s+de\s+nghi|theo\s+de\s+nghi|kinh\s+gui)\b",
    regex.IGNORECASE,
)


def _rows(name: str) -> list[list[str]]:
    # A plain path, not importlib.resources: that import alone costs more than all the tables.
    text = (_DATA / name).read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append([cell.strip() for cell in line.split("\t")])
    return rows


def _words(name: str) -> tuple[str, ...]:
    return tuple(row[0] for row in _rows(name))


def slugify(name: str) -> str:
    """ASCII slug of a Vietnamese type name: ``"Quyết định"`` → ``"quyet_dinh"``."""
    folded = fold(name).lower()
    return regex.sub(r"[^a-z0-9]+", "_", folded).strip("_")


@attrs.frozen
class DocType:
    """A document type (tên loại) and its abbreviations."""

    slug: str
    name: str
    state_code: str | None
    party_code: str | None
    category: str
    """``admin``, ``normative``, ``copy`` or ``party``."""
    normative: bool = False
    """The type may carry a year in its symbol as a normative act (``20/2020/QĐ-TTg``)."""
    state_example: str | None = None
    """A code of this type in the state family (``15/QĐ-BNV``)."""
    party_example: str | None = None
    """A code of this type in the Party family (``127-QĐ/TW``)."""


def _dash(cell: str) -> str | None:
    return None if cell == "-" else cell


def _load_doc_types() -> tuple[DocType, ...]:
    out = []
    for slug, name, state, party, category, normative, state_ex, party_ex in _rows("doctypes.tsv"):
        out.append(
            DocType(
                slug=slug,
                name=name,
                state_code=_dash(state),
                party_code=_dash(party),
                category=category,
                normative=normative == "y",
                state_example=_dash(state_ex),
                party_example=_dash(party_ex),
            )
        )
    return tuple(out)


OLD_CODES: dict[str, str] = {row[0]: row[1] for row in _rows("old_codes.tsv")}
"""Type abbreviations of older rules still in use → the code Nghị định 30/2020 uses."""


DOC_TYPES: tuple[DocType, ...] = _load_doc_types()
_BY_SLUG = {t.slug: t for t in DOC_TYPES}


def doc_type(slug: str) -> DocType | None:
    """The :class:`DocType` with this slug, if known."""
    return _BY_SLUG.get(slug)


def _key(text: str) -> str:
    return " ".join(fold(text).upper().split())


# Title lookup: folded upper-case name → slug (the first type of a name wins).
_TITLES: dict[str, str] = {}
for _type in DOC_TYPES:
    _TITLES.setdefault(_key(_type.name), _type.slug)
_TITLE_WORDS = max(len(name.split()) for name in _TITLES)
# Titles printed letter-spaced ("Q U Y Ế T  Đ Ị N H") or split by OCR ("K ÉT LUẬN"), without
# their spaces; only unambiguous ones.
_DESPACED: dict[str, str] = {}
for _name, _slug in _TITLES.items():
    _DESPACED.setdefault(_name.replace(" ", ""), _slug)


def kind_from_title(title: str, *, extra_words: int | None = None) -> str | None:
    """The type slug of a printed title (tên loại): ``"THÔNG BÁO KẾT LUẬN"`` → ``"thong_bao"``.

    The longest type name the title starts with decides; ``extra_words`` limits how many
    words may follow it.  A title printed letter-spaced is known when it is a type name alone.

    >>> kind_from_title("Q U Y Ế T  Đ Ị N H")
    'quyet_dinh'
    """
    words = _key(title).split()
    for n in range(min(len(words), _TITLE_WORDS), 0, -1):
        slug = _TITLES.get(" ".join(words[:n]))
        if slug is not None:
            return slug if extra_words is None or len(words) - n <= extra_words else None
    # Letter-spaced, the whole title is the name: "Q U Y Ế T  Đ Ị N H", "K ÉT LUẬN".
    return _DESPACED.get("".join(words)) if len(words) > 1 else None


def _abbreviation_table(party: bool) -> dict[str, str]:
    table: dict[str, str] = {}
    for t in DOC_TYPES:
        code = t.party_code if party else t.state_code
        if code:
            table.setdefault(code, t.slug)
    return table


_ABBR = {False: _abbreviation_table(False), True: _abbreviation_table(True)}
_ALL_CODES = sorted({c for table in _ABBR.values() for c in table})
STATE_CODES: frozenset[str] = frozenset(_ABBR[False])
"""Every state type abbreviation (Phụ lục III, copies, normative acts), as printed."""
PARTY_CODES: frozenset[str] = frozenset(_ABBR[True])
"""Every Party type abbreviation (Hướng dẫn 36-HD/VPTW practice), as printed."""


def _unique(pairs: list[tuple[str, str]]) -> dict[str, str]:
    seen: dict[str, set[str]] = {}
    for key, code in pairs:
        seen.setdefault(key, set()).add(code)
    return {key: codes.pop() for key, codes in seen.items() if len(codes) == 1}


_BY_UPPER = _unique([(c.upper(), c) for c in _ALL_CODES])
# Folded lookups only where unambiguous: "QD" → "QĐ", but "HD" stays Hướng dẫn and "DA" Dự án.
_BY_FOLDED = _unique([(fold(c).upper(), c) for c in _ALL_CODES])


def canonical_abbreviation(group: str) -> str | None:
    """The official spelling of a type abbreviation, or ``None`` if ``group`` is not one.

    Exact matches win; then a case-insensitive match (``TTR`` → ``TTr``); then a
    diacritic-insensitive one when it is unambiguous (``QD`` → ``QĐ``).
    """
    if group in _ALL_CODES:
        return group
    upper = group.upper()
    if upper in _BY_UPPER:
        return _BY_UPPER[upper]
    return _BY_FOLDED.get(fold(group).upper())


def kind_from_abbreviation(group: str, *, party: bool = False) -> str | None:
    """The type slug a ký hiệu abbreviation stands for (``TB`` → ``thong_bao``)."""
    code = canonical_abbreviation(group)
    if code is None:
        return None
    return _ABBR[party].get(code) or _ABBR[not party].get(code)


# Phrases introducing a cited document: every type name plus the extra words of type_words.tsv.
_PHRASES: dict[str, str | None] = {_key(t.name).lower(): t.slug for t in DOC_TYPES}
for _phrase, _slug in _rows("type_words.tsv"):
    _PHRASES[_key(_phrase).lower()] = None if _slug == "-" else _slug


def kind_from_type_phrase(phrase: str) -> str | None:
    """The type slug of a phrase such as ``"Công văn"`` or ``"Thông báo kết luận"``."""
    return _PHRASES.get(_key(phrase).lower())


@lru_cache(maxsize=1)
def type_phrases() -> list[str]:
    """Every phrase that introduces a cited document, folded and in lower case."""
    return list(_PHRASES)


def lead_title_pattern() -> str:
    """A regular expression matching an office named before a unit or a signer, "Phó" allowed
    before it ("Giám đốc", "Phó Chủ tịch"), as printed in sentence case."""
    return _titles_pattern(LEAD_TITLES)


def signer_title_pattern() -> str:
    """A regular expression matching a signer's office in sentence case, "Phó" allowed before
    it ("Phó Chủ tịch", "Phó Thủ tướng"): the offices of :func:`lead_title_pattern` and
    those only a signer holds."""
    return _titles_pattern((*LEAD_TITLES, *_words("signer_titles.txt")))


def _titles_pattern(titles: tuple[str, ...]) -> str:
    return "(?:Phó[ \t]+)?(?:" + "|".join(t.replace(" ", "[ \t]+") for t in titles) + ")"


def enacting_pattern() -> str:
    """A regular expression matching the words of an act's enacting line ("QUYẾT ĐỊNH",
    "QUYẾT NGHỊ"), in capitals as printed, without its colon."""
    return "(?:" + "|".join(w.replace(" ", r"[ \t]+") for w in _words("enacting_words.txt")) + ")"


ENACTING_KINDS: dict[str, str] = {
    " ".join(row[0].split()): row[1] for row in _rows("enacting_words.txt")
}
"""The type of act each enacting line's words enact: ``{"QUYẾT NGHỊ": "nghi_quyet", …}``."""


def type_phrase_pattern() -> str:
    """A regular expression (for folded, lower-case text) matching any type phrase."""
    phrases = sorted(_PHRASES, key=len, reverse=True)
    return "|".join(regex.escape(p).replace(r"\ ", r"\s+") for p in phrases)


@attrs.frozen
class AuthorityPrefix:
    """A signing-authority prefix in its state and Party spellings."""

    kind: str
    state: str
    party: str | None
    meaning: str


AUTHORITY_PREFIXES: tuple[AuthorityPrefix, ...] = tuple(
    AuthorityPrefix(kind, state, None if party == "-" else party, meaning)
    for kind, state, party, meaning in _rows("authority.tsv")
)

_MARKS: dict[str, tuple[str, str]] = {}
for _field, _value, _printed in _rows("marks.tsv"):
    _MARKS.setdefault(_key(_printed), (_field, _value))  # the first row of a spelling wins

COLLECTIVES: tuple[str, ...] = tuple(_key(w) for w in _words("collectives.txt"))
"""Collective bodies a TM. signs for, folded upper case."""
DEPUTY_TITLES: tuple[str, ...] = tuple(_key(w) for w in _words("deputy_titles.txt"))
"""How a deputy's position begins, folded upper case."""
NAME_TITLES: tuple[str, ...] = _words("name_titles.txt")
"""Titles that must not precede a signer's name, as printed."""


@attrs.frozen
class UnofficialMark:
    """An urgency or secrecy mark seen on documents but not in Nghị định 30/2020."""

    printed: str
    severity: str
    official: str
    note: str


UNOFFICIAL_MARKS: dict[str, UnofficialMark] = {
    _key(row[0]): UnofficialMark(*row) for row in _rows("unofficial_marks.tsv")
}
"""Unofficial marks by folded upper-case text."""


def printed_head(text: str, heads: tuple[str, ...]) -> str:
    """The longest of ``heads`` that ``text`` (upper case, diacritics kept) opens with as a
    whole word; "" when none. Printed, "VŨ" (a name) is not the head "VỤ".

    >>> printed_head("SỞ Y TẾ", PRINTED_ORG_HEADS)
    'SỞ'
    """
    return max((h for h in heads if _opens_with(text, h)), key=len, default="")


def _opens_with(text: str, head: str) -> bool:
    """``text`` is ``head`` or opens with it as a whole word, a colon allowed after it (a joint
    body's "LIÊN NGÀNH: NỘI VỤ - …")."""
    return text.startswith(head) and (
        text[len(head) : len(head) + 1] in _HEAD_ENDS or text.startswith(": ", len(head))
    )


_HEAD_ENDS = ("", " ")


def head_length(text: str, heads: tuple[str, ...]) -> int:
    """The length of the longest of ``heads`` (folded upper case) that ``text``, folded, is or
    opens with as a whole word; 0 when none.

    >>> head_length("Ủy ban nhân dân tỉnh", ORG_HEADS)
    6
    """
    key = fold(text).upper()
    # (inline, not _opens_with: asked of every head for most lines of a text)
    return max(
        (
            len(h)
            for h in heads
            if key.startswith(h)
            and (key[len(h) : len(h) + 1] in _HEAD_ENDS or key.startswith(": ", len(h)))
        ),
        default=0,
    )


def key(text: str) -> str:
    """The lookup key of a phrase: folded (no diacritics), upper case, single spaces."""
    return _key(text)


def mark_for(text: str) -> tuple[str, str] | None:
    """``("urgency", "khan")`` if ``text`` is exactly an urgency or secrecy mark."""
    return _MARKS.get(_key(text))


ORG_HEADS: tuple[str, ...] = tuple(_key(row[0]) for row in _rows("org_heads.txt"))
"""Every organisation head word, folded upper case."""
PRINTED_ORG_HEADS: tuple[str, ...] = tuple(
    " ".join(row[0].upper().split()) for row in _rows("org_heads.txt")
)
"""ORG_HEADS with their diacritics: folded, the name "Vũ" would open with the head "Vụ"."""
SUBORDINATE_HEADS: tuple[str, ...] = tuple(
    _key(row[0]) for row in _rows("org_heads.txt") if row[1] == "body"
)
"""Heads that can start the name of a body printed below its parent."""
ATTACHED_HEADS: tuple[str, ...] = tuple(_key(w) for w in _words("attached_heads.txt"))
"""Bodies named after the body they sit in (``BAN CÁN SỰ ĐẢNG UBND TỈNH``), folded upper case."""
ABBREVIATED_UNITS: tuple[str, ...] = tuple(
    _key(row[0]) for row in _rows("org_heads.txt") if row[1] == "under"
)
"""Units named by an abbreviation ("BCĐ", "BQL"): their line is the issuer only under a
UNIT_PARENTS line."""
UNIT_PARENTS: tuple[str, ...] = tuple(_key(w) for w in _words("unit_parents.txt"))
"""Bodies a unit named by an abbreviation is printed under, folded upper case."""
PLACE_HEADS: tuple[str, ...] = tuple(_key(w) for w in _words("place_heads.txt"))
PARENT_HEADS: tuple[str, ...] = tuple(_key(w) for w in _words("parent_heads.txt"))
"""Bodies whose lower body's name a flattened heading prints on the same line, folded."""
PRINTED_BODY_HEADS: tuple[str, ...] = tuple(
    " ".join(row[0].upper().split()) for row in _rows("org_heads.txt") if row[1] == "body"
)
"""SUBORDINATE_HEADS with their diacritics: folded, "ĐẠI LỘC" and "BẢO LỘC" open bodies."""
PRINTED_PLACE_HEADS: tuple[str, ...] = tuple(
    " ".join(w.upper().split()) for w in _words("place_heads.txt")
)
"""PLACE_HEADS with their diacritics."""
POSITION_WORDS: tuple[str, ...] = _words("positions.txt")
TRUONG_PLACES: frozenset[str] = frozenset(_words("truong_places.txt"))
JOINT_PLACES: tuple[str, ...] = tuple(_key(w) for w in _words("joint_places.txt"))
TRUONG_SCHOOLS: tuple[str, ...] = _words("truong_schools.txt")
TRUONG_WORDS_AFTER: frozenset[str] = frozenset(_words("truong_words_after.txt"))
PARTY_BODY_ENDINGS: tuple[str, ...] = _words("party_body_endings.txt")
UNIT_NAMED_HEADS: tuple[str, ...] = tuple(
    " ".join(w.upper().split()) for w in _words("unit_named_heads.txt")
)
"""Party bodies named after the unit they sit in ("ĐẢNG ỦY"), upper case with diacritics."""
HEAD_LOOKALIKES: frozenset[str] = frozenset(w.upper() for w in _words("head_lookalikes.txt"))
"""Upper-case words that fold like a body's head word but are others ("ĐẠI" and "ĐÀI")."""
VERB_LOOKALIKES: tuple[str, ...] = tuple(w.upper() for w in _words("verb_lookalikes.txt"))
"""Words in capitals that open a trích yếu's line and fold like a body's name ("BỔ SUNG")."""
DASH_CHILDREN: dict[str, tuple[str, ...]] = {
    _key(row[0]): tuple(_key(h) for h in row[1].split("|")) for row in _rows("dash_children.tsv")
}
"""Parent heads and the heads of the bodies a heading prints under them (``dash_children.tsv``)."""

MEMBER_PARENTS: tuple[tuple[str, tuple[str, ...], bool], ...] = tuple(
    (row[0], tuple(row[1].split("|")), len(row) > 2 and row[2] == "named")
    for row in _rows("member_parents.tsv")
)
"""Parent bodies, their members' heads, and whether the parent's head word needs its name in
capitals after it ("Sở Nội vụ", not "sở hữu") (``member_parents.tsv``)."""
POSITION_STARTS: tuple[str, ...] = tuple(_key(w) for w in _words("position_starts.txt"))
UNIT_HEADS: tuple[tuple[str, bool], ...] = tuple(
    sorted(
        ((row[0], len(row) > 1 and row[1] == "cap") for row in _rows("unit_heads.tsv")),
        key=lambda pair: -len(pair[0]),
    )
)
NOT_UNITS: tuple[str, ...] = _words("not_units.txt")
_NOT_UNITS_LOWER = frozenset(w.lower() for w in NOT_UNITS)
_NOT_UNIT_OPENINGS = tuple(w + " " for w in _NOT_UNITS_LOWER)  # one str.startswith call for all
LEAD_STOPS: tuple[str, ...] = _words("lead_stops.txt")
LEAD_TITLES: tuple[str, ...] = _words("lead_titles.txt")
GROUP_UNITS: tuple[str, ...] = _words("group_units.txt")
SURNAMES: frozenset[str] = frozenset(w.upper() for w in _words("surnames.txt"))
"""Vietnamese family names in capitals, with their diacritics."""
LEAD_COMPOUNDS: tuple[tuple[str, str], ...] = tuple(
    (row[0], row[1]) for row in _rows("lead_compounds.txt")
)
ISSUER_STOPS: tuple[str, ...] = _words("issuer_stops.txt")
NAME_CONTINUATIONS: tuple[str, ...] = _words("name_continuations.txt")
MINISTER_OFFICES: tuple[str, ...] = _words("minister_offices.txt")
CLOSED_NAMES: tuple[str, ...] = _words("closed_names.txt")
LONG_NAMES: tuple[str, ...] = _words("long_names.txt")
OPEN_ENDINGS: frozenset[str] = frozenset(_words("open_endings.txt"))
ORG_ABBREVIATIONS: dict[str, str] = {row[0]: row[1] for row in _rows("org_abbreviations.tsv")}
BASIS_CUES: tuple[str, ...] = _words("basis_cues.txt")
CLOSING_SENTENCES: tuple[str, ...] = _words("closing_sentences.txt")
BACK_WORDS: dict[str, str] = {row[0]: row[1] for row in _rows("back_words.tsv")}
NOT_BACK: tuple[str, ...] = _words("not_back.txt")
TITLE_STOPS: tuple[str, ...] = _words("title_stops.txt")
LAW_TITLES: tuple[str, ...] = _words("law_titles.txt")


def is_not_unit(text: str) -> bool:
    """True when ``text`` starts with a phrase that looks like a unit but is not one."""
    lowered = text.lower()
    return lowered in _NOT_UNITS_LOWER or lowered.startswith(_NOT_UNIT_OPENINGS)
