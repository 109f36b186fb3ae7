"""The closing of a document: ``Nơi nhận`` list, ``Lưu`` line and signature blocks.

In the printed layout the recipients sit on the left and the signature on
the right; text exports and OCR put them one after the other or merge
them on the same lines (``Nơi nhận: KT. CỤC TRƯỞNG``, ``- Như trên; PHÓ CỤC
TRƯỞNG``).  The reader splits such lines back into their two columns: an
upper-case run naming a position or starting with an authority prefix
belongs to the signature.
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs
import regex

from vnadmindoc import vocab
from vnadmindoc.fields.recipients import (
    is_bullet,
    match_bullet,
    match_luu,
    read_archive,
    split_entries,
)
from vnadmindoc.fields.subject import subject_text
from vnadmindoc.layout import Layout, Piece
from vnadmindoc.model import (
    ArchiveNote,
    Authority,
    AuthorityKind,
    Fragment,
    Recipient,
    Signature,
    Span,
)
from vnadmindoc.segment import (
    NAME_IN_CAPITALS,
    RULE_LINE,
    RULE_MARKS,
    VV,
    authority_line,
    closing_candidates,
    closing_lines,
    is_noise_line,
    match_authority,
    noi_nhan,
    signer_in_capitals,
)
from vnadmindoc.text import (
    NON_SPACE,
    collapse_spaces,
    fold,
    has_letter,
    is_upper_text,
    strip_separators,
)

__all__ = ["Closing", "find_closing_start", "is_name", "read_closing"]

# A title spelled out before the name ("Bác sỹ Hoàng Tích Trí", "Đại tá …"): the rule of
# Nghị định 30 forbids it, older and military documents print it.
_SPELLED_TITLES = "|".join(
    regex.escape(t).replace(r"\ ", r"[ \t]+")
    for t in vocab.NAME_TITLES
    # "Đồng chí" names a person in a list, never a signer.
    if " " in t and not t.split()[1][:1].isupper() and t != "Đồng chí"
)
# Academic titles abbreviated, without their dots ("TS", "ThS", "CKII"): the last of several
# may lose its dot before the name ("PGS.TS Nguyễn Phong Điền").
_UNDOTTED_TITLES = "|".join(
    sorted(
        {t.rstrip(".").rsplit(".", 1)[-1] for t in vocab.NAME_TITLES if t.endswith(".")},
        key=len,
        reverse=True,
    )
)
_NAME = regex.compile(
    rf"(?:(?:\p{{Lu}}[\p{{L}}]{{0,3}}\.){{1,3}}(?:(?:{_UNDOTTED_TITLES})(?=[ \t]))?[ \t]*"
    rf"|(?:{_SPELLED_TITLES})[ \t]+)?"
    r"\p{Lu}\p{Ll}*(?:[ \t]+\p{Lu}\p{Ll}*){1,5}"
)
_MARKER = regex.compile(
    r"[\[(]?\s*(?:da\s*ky|daky|da\s*ki(?![a-z])|ky\s*ten|dau\s*do|chu\s*ky|ky\s*,?\s*(?:va\s*)?dong\s*dau|signed)"
    r"[^)\]\n]{0,30}[\])]?"
    # A converter's placeholder, in brackets: "[Signature]", "(seal)".
    r"|[\[(]\s*(?:signature|seal|stamp)[^()\[\]\n]{0,20}[\])]",
    regex.IGNORECASE,
)
_POSITION = regex.compile(
    r"\b(?:"
    + "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in vocab.POSITION_WORDS)
    + r")\b"
)
_COLUMN_SEP = regex.compile(r";[ \t]*|[ \t]+[—–][ \t]+|[ \t]{3,}")
_GAP = regex.compile(r"[ \t]{2,}")
_WIDE_GAP = regex.compile(r"[ \t]{8,}")  # between the list's column and the signature's
# Before the signature column on the "Nơi nhận:" line: a bullet or specks a scanner left
# ("Nơi nhận“. KT. CỤC TRƯỞNG", "}„ KT. …"); a position never opens with anything but a letter.
_LEADING_DASHES = regex.compile(r"[^\p{L}\p{N}\n]*")
# After it, a lone mark the scanner left ("TL. TONG CUC TRUONG l").
_TRAILING_SCRAP = regex.compile(r"(?:[ \t]+[^\s\p{Lu}\p{N}])+[ \t]*$")
_NOT_CAPITAL = regex.compile(r"[^A-Z]")
_BARE_PREFIX = regex.compile(
    r"[ \t]*(?:T[ \t]*/[ \t]*UQ|T[ \t]*/[ \t]*M|K[ \t]*/[ \t]*T|T[ \t]*/[ \t]*L|TUQ|TM|KT|TL|Q)"
    r"[ \t]*[.:]?[ \t]*"
)
_GROUP_LABEL = regex.compile(r"[ \t]*[\p{L}][\p{L} ]{2,40}:[ \t]*$")


# The signing mark before the name on its line: "Đã ký: Vũ Đức Khiển", "(Đã ký) Nguyễn Văn A".
# A converter's caption before the name has the same role: "signature: Nguyễn Thanh Tường".
_SIGNED_AS = regex.compile(
    r"[ \t]*(?:[\[(]?[ \t]*(?:Đã|đã|ĐÃ)[ \t]+(?:ký|KÝ|kí|KÍ)[ \t]*[\])]?[ \t]*:?"
    r"|(?:[Ss]ignature|SIGNATURE)[ \t]*:)[ \t]*"
)
# A stray mark before a signer's name: "* Võ Thị Tuyết", a quote glued on ("\"Lưu Đức Huy").
_DEBRIS = regex.compile(r"(?:[^\p{Lu}\s]{1,2}[ \t]+|[\"'“”‘’`]+)(?=\p{Lu})")


# A converter's description of the seal's image, a line of its own starting with a capital:
# "Red seal of the Prime Minister of Vietnam with signature", "Dấu mộc đỏ của Trường … và chữ
# ký của …" (the seal named: "Chữ ký của các thành viên …" heads a list).
_IMAGE_CAPTION = regex.compile(
    r"(?:Red[ \t]+)?(?:Seal|seal|Stamp|stamp)[ \t]+(?:of|and|with)\b[^\n;()]{0,100}"
    r"|Dấu[ \t]+(?:mộc|đỏ)\b[^\n;()]{0,100}"
)


def is_marker(text: str) -> bool:
    """True for a signing mark such as ``(Đã ký)`` or ``(dấu đỏ)``, or a converter's
    description of the seal ("Red seal of … with signature")."""
    stripped = text.strip()
    if _MARKER.fullmatch(fold(stripped)) is not None:
        return True
    return (
        stripped[:1].isupper()
        and not stripped.endswith((";", ".", ")"))
        and _IMAGE_CAPTION.fullmatch(stripped) is not None
    )


def is_name(text: str) -> bool:
    """True for a signer's name: two to six capitalised words (``Vũ A Bằng``)."""
    stripped = text.strip()
    debris = _DEBRIS.match(stripped)
    return _NAME.fullmatch(stripped[debris.end() if debris else 0 :]) is not None


def is_name_in_capitals(text: str) -> bool:
    """True for a signer's name printed in capitals (``ĐÀM VĂN BÔNG``): two to five words, the
    first a family name, naming no body."""
    stripped = text.strip()
    return signer_in_capitals(stripped) and not _opens_printed_body(stripped)


def _opens_printed_body(text: str) -> bool:
    """``text`` opens with a body's head as printed, with its diacritics ("SỞ …", "VỤ …"; not
    the names "VŨ …", "ĐOÀN …")."""
    return vocab.printed_head(text.upper(), vocab.PRINTED_ORG_HEADS) != ""


def is_position(text: str) -> bool:
    """True for an upper-case line naming a position (``PHÓ CHỦ TỊCH``, ``PHO TONG CUC TRUONG``).

    OCR lowers some letters ("PHÓ cụ c TRƯỞNG"): most letters upper case is enough.
    """
    if (
        text.count(" ") > 20
        and len(text.split()) > 16
        and any(c.isdigit() or c == "(" for c in text)
    ):
        return False  # an annex's heading naming an office ("(Kèm theo … của Chủ tịch UBND tỉnh)")
    letters = list(filter(str.isalpha, text))
    if len(letters) < 2 or not letters[0].isupper():
        return False
    if sum(map(str.isupper, letters)) < 0.6 * len(letters):
        return False
    # Matched without diacritics (OCR drops them); but "THỊ TRƯỜNG" (a market) or "MÔI
    # TRƯỜNG" (the environment), printed with their accents, names no "TRƯỞNG".
    folded = fold(text).upper()
    return any(
        m.group() != "TRUONG" or not _place_word(text.upper(), m)
        for m in _POSITION.finditer(folded)
    )


def _place_word(upper: str, m: regex.Match[str]) -> bool:
    """The "TRUONG" ``m`` found in the folded text is "TRƯỜNG" after a place's word in
    ``upper``, or before a word that makes it one ("KIỂM TRA NỘI BỘ TRƯỜNG HỌC")."""
    if upper[m.start() : m.end()] != "TRƯỜNG":
        return False
    before = upper[: m.start()].split()
    if before and before[-1] in vocab.TRUONG_PLACES:
        return True
    after = fold(upper[m.end() : m.end() + 16]).split()
    return bool(after) and after[0] in vocab.TRUONG_WORDS_AFTER


# A position in sentence case, alone on its line: "Chủ tịch", "Phó Giám đốc", "Trưởng ban".
_SENTENCE_POSITION = regex.compile(
    r"[ \t]*" + vocab.signer_title_pattern() + r"(?:[ \t]+\p{L}+){0,2}[ \t]*"
)


def is_sentence_position(text: str) -> bool:
    """True for a signer's position typed in sentence case on a line of its own (``Chủ tịch``);
    longer lines and lines ending in punctuation are prose or a recipient."""
    return _SENTENCE_POSITION.fullmatch(text) is not None


@attrs.define
class _Item:
    kind: str  # "authority" | "position" | "name"
    piece: Piece
    prefix: str = ""
    start: int = -1  # where the item begins, its prefix included

    @property
    def extent(self) -> tuple[int, int]:
        return (self.piece.start if self.start < 0 else self.start, self.piece.end)


class _Items(list[_Item]):
    """The signature column's items and the kinds among them, asked after every line: looking
    through the items each time made a closing of thousands of lines quadratic."""

    def __init__(self) -> None:
        super().__init__()
        self.kinds: set[str] = set()

    def append(self, item: _Item) -> None:
        super().append(item)
        self.kinds.add(item.kind)

    def extend(self, items: Iterable[_Item]) -> None:
        for item in items:
            self.append(item)


@attrs.define
class Closing:
    """What the closing gives, with the cleaned ranges each part used."""

    distribution: list[Recipient] = attrs.Factory(list)
    archive: ArchiveNote | None = None
    signatures: list[Signature] = attrs.Factory(list)
    subject: str | None = None
    """A trích yếu found among the closing lines (a PDF's text boxes out of order)."""
    spans: dict[str, tuple[int, int]] = attrs.Factory(dict)
    used: list[tuple[int, int]] = attrs.Factory(list)
    fragments: list[Fragment] = attrs.Factory(list)
    end: int = 0

    def use(self, start: int, end: int) -> None:
        if end > start:
            self.used.append((start, end))

    def archive_line(self, piece: Piece) -> None:
        note, aside = read_archive(piece.text, piece.start)
        self.archive = attrs.evolve(note, span=Span(piece.start, piece.end))
        self.spans["archive"] = (piece.start, piece.end)
        self.use(piece.start, piece.end)
        self.fragments += [Fragment(text, reason, span=span) for text, reason, span in aside]


def find_closing_start(layout: Layout, start: int, stop: int) -> int | None:
    """The first line of the closing zone in ``[start, stop)``, if there is one."""
    found = next(closing_lines(layout, start, stop), None)
    if found is None:
        # "KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG Nguyễn Sinh Hùng": a web page's signature cell, the
        # recipient list left out.
        found = next(
            (i for i in closing_candidates(layout, start, stop) if _signs_flattened(layout, i)),
            None,
        )
    if found is None or noi_nhan(layout.folded_line(found)) is None:
        # No "Nơi nhận:" label: perhaps lost, with the list still there.
        unlabelled = _unlabelled_list(layout, start, stop if found is None else found)
        if unlabelled is not None:
            found = unlabelled
    if found is None:
        # No list and no authority line: a position and a name closing the text.
        above = _signature_above(layout, stop, start)
        if above is None:
            above = _signed_above_caption(layout, start, stop)
        if above is None:
            above = _position_and_name_last(layout, start, stop)
        # ("TM." / "ỦY BAN NHÂN DÂN" / "CHỦ TỊCH" / name: the prefix's cell split above it)
        return _bare_prefix_above(layout, above, start) if above is not None else None
    # A signature printed before "Nơi nhận" without an authority line: position, then name.
    above = _signature_above(layout, found, start)
    if above is None:
        above = _position_above(layout, found, start)
    return _bare_prefix_above(layout, found if above is None else above, start)


def _holder_line(layout: Layout, i: int) -> list[_Item] | None:
    """Line ``i`` holds the office a bare prefix above signs for: ``[]`` for a line in
    capitals, the position and name items when the signer's are flattened after the office,
    ``None`` for neither."""
    if is_upper_text(layout.line(i)):
        return []
    flat = _flattened(layout, layout.line_piece(i))
    return (
        flat if flat is not None and [item.kind for item in flat] == ["position", "name"] else None
    )


def _bare_prefix_above(layout: Layout, found: int, floor: int) -> int:
    """The closing's first line, moved up to a prefix alone on its line with its holder
    under it, when a table's cell split them ("TM." / "ỦY BAN NHÂN DÂN TỈNH" / "KT. CHỦ TỊCH")."""
    holder = found - 1
    if holder - 1 < floor:
        return found
    text = layout.line(holder).strip()
    prefix = layout.folded_line(holder - 1)
    # The holder names a body or an office ("KT" / "KINH TẾ" in a list of abbreviations, "Q."
    # / "TRÂN TRỌNG!" are none), and the prefix has its dot or slash.
    if (
        not is_upper_text(text)
        or text.endswith("!")
        or not (vocab.head_length(text, vocab.ORG_HEADS) or is_position(text))
        or not any(c in prefix for c in "./")
    ):
        return found
    return holder - 1 if _BARE_PREFIX.fullmatch(prefix) else found


_CAPTION_LINES = 2  # lines a page may print under the signer's name (an attachment's caption)


def _signed_above_caption(layout: Layout, start: int, stop: int) -> int | None:
    """A position, a signing mark and a name with a caption or two under them ("Hiệu
    trưởng" / "(Đã ký)" / "Nguyễn Văn Lợi" / "Văn bản số 1289/UBND …"); the mark is needed,
    or the body's closing just above ("Trân trọng!" / "Giám đốc" / … / "Các tin đã đăng")."""
    end = stop
    for _ in range(_CAPTION_LINES):
        end -= 1
        while end > start and layout.is_blank(end):
            end -= 1
        caption = layout.line(end).strip()
        if end <= start or caption.endswith((".", ";")) or len(caption.split()) > 25:
            return None  # a sentence of the body, not a caption
        top = _signature_above(layout, end, start)
        if top is None:
            continue
        if any(is_marker(layout.line(k)) for k in range(top, end)):
            return top
        if _body_closed_above(layout, top, start) and all(
            _site_caption(layout.line(k)) for k in range(end, stop) if not layout.is_blank(k)
        ):
            return top
    return None


def _position_and_name_last(layout: Layout, start: int, stop: int) -> int | None:
    """The text's last line, when it is a position and a name flattened onto one line without
    an authority line: a web page's signature cell ("CHỦ TỊCH     Huỳnh Tấn Việt").

    The line above must end the body's last sentence: "THƯ KÝ Lê Văn Cường" under "PHÓ CHỦ
    TỊCH Trần Văn Bình" ends a list of members."""
    j = stop - 1
    while j >= start and (layout.is_blank(j) or is_noise_line(layout.line(j))):
        j -= 1
    if j <= start:
        return None
    items = _flattened(layout, layout.line_piece(j))
    if items is None or [item.kind for item in items] != ["position", "name"]:
        return None
    k = j - 1
    while k > start and layout.is_blank(k):
        k -= 1
    above = layout.line(k).rstrip()
    if not above.endswith(".") or is_bullet(above):
        return None
    return j if is_position(items[0].piece.text) else None


def _position_above(layout: Layout, end: int, floor: int) -> int | None:
    """A position in capitals alone on the line before a ``Nơi nhận`` label at ``end``: a
    flattened page prints the signer's position above the list and the name after it."""
    if noi_nhan(layout.folded_line(end)) is None:
        return None
    j = end - 1
    while j >= floor and layout.is_blank(j):
        j -= 1
    if j < floor:
        return None
    line = layout.line(j)
    if not (is_upper_text(line) and is_position(line)):
        return None
    # The name must follow the list: "CHỦ TỊCH HỘI ĐỒNG THI" above a signed list is a heading.
    k = end + 1
    while k < len(layout) and k - end <= _LIST_REACH and not is_name(layout.line(k)):
        if authority_line(layout, k) or is_position(layout.line(k)):
            return None  # the list's own signature column follows
        k += 1
    return j if k < len(layout) and k - end <= _LIST_REACH else None


# An archive line: "- Lưu: VT, KHTC.", "Lưu VT" (not "Lưu ý:", "Lưu trữ …" or "Lưu Văn Bình").
_ARCHIVE_LINE = regex.compile(r"\n[ \t]*(?:[-–+•*][ \t]*)?L[uU][uU](?:[ \t]*:|[ \t]+VT\b)")
# "- Như trên;" alone on its line: the first entry of most recipient lists.
_AS_ABOVE = regex.compile(
    r"[ \t]*(?:[-–+•*][ \t]*)?[Nn]hu[ \t]+tren[ \t]*(?:\([^()\n]{0,40}\)[ \t]*)?[;.,]?[ \t]*"
)
_LIST_REACH = 15  # lines from "Như trên" to the Lưu line
_ENTRY_LENGTH = 80
_SUBJECT_LINES = 4  # a trích yếu's lines at most


def _unlabelled_list(layout: Layout, start: int, stop: int) -> int | None:
    """The first line of a recipient list whose ``Nơi nhận:`` label was lost, if any.

    Only a "Như trên" entry followed, within a few short lines, by an archive line counts:
    the pair never opens a body's lines. Archive lines are few, so they are looked for first.
    """
    if stop - start < 2:
        return None
    for m in _ARCHIVE_LINE.finditer(layout.folded, layout.starts[start], layout.ends[stop - 1]):
        luu = layout.line_of(m.start() + 1)
        for i in range(luu - 1, max(start, luu - _LIST_REACH) - 1, -1):
            if _AS_ABOVE.fullmatch(layout.folded_line(i)):
                return i
            if len(layout.line(i).strip()) > _ENTRY_LENGTH:
                break
        listed = _bulleted_above(layout, luu, start)
        if listed is not None:
            return listed
    return None


_LISTED_ENTRIES = 4  # bulleted entries above a Lưu line that make a recipient list


def _bulleted_above(layout: Layout, luu: int, floor: int) -> int | None:
    """Where a list of bulleted entries ending with the Lưu line ``luu`` starts, when it has
    four entries at least: its label, if OCR garbled it ("Nơi niệm g BỘ TRƯỞNG"), or its first
    entry when the body's closing sentence stands right above it ("… ./."). A body's bulleted
    lines never end with an archive line of units ("Lưu: VT, TCT"; "- Lưu: hồ sơ tại …" is a
    step of a procedure)."""
    if not _UNITS_ARCHIVED.match(layout.folded_line(luu)):
        return None
    entries, first = 0, None
    i = luu - 1
    while i >= max(floor, luu - 2 * _LIST_REACH):
        text = layout.line(i).strip()
        if not text:
            i -= 1
            continue
        if is_bullet(text):
            entries, first = entries + 1, i
        else:
            above = i - 1
            while above >= floor and layout.is_blank(above):
                above -= 1
            wrapped = (
                above >= floor
                and is_bullet(layout.line(above))
                and not layout.line(above).rstrip().endswith((";", "."))
                and ";" in text
            )
            if not wrapped:
                break  # "- HĐND, UBND, … Kho bạc" / "Nhà nước các tỉnh …;" is one entry
        i -= 1
    if entries < _LISTED_ENTRIES or i < floor:
        return None
    if _garbled_label(layout, i) is not None:
        return i
    return first if _BODY_CLOSE.fullmatch(layout.folded_line(i)) else None


# An archive line of units: "Lưu: VT, TCT", "- Lưu VT".
_UNITS_ARCHIVED = regex.compile(
    r"[ \t]*(?:[-–+•*~][ \t]*)?luu[ \t]*:?[ \t]*(?-i:VT|\p{Lu}{2,})\b", regex.I
)
# What OCR makes of "Nơi nhận" ("Nơi niệm", "Noi nhậu", "Nci nhan"), on a short line; trusted
# over a list only (_bulleted_above).
_GARBLED_LABEL = regex.compile(r"[ \t]*(?:[-*•][ \t]*)?n[oca]i[ \t]+n[hi]\S{1,3}[ \t]*:?", regex.I)
_GARBLED_LABEL_WORDS = 6


def _garbled_label(layout: Layout, i: int) -> regex.Match[str] | None:
    """Line ``i`` opens with what OCR made of "Nơi nhận", the rest a signature column's."""
    if len(layout.line(i).split()) > _GARBLED_LABEL_WORDS:
        return None
    return _GARBLED_LABEL.match(layout.folded_line(i))


def _signature_above(layout: Layout, end: int, floor: int) -> int | None:
    """First line of a position-and-name block ending just before line ``end``, if any."""
    j = end - 1
    while j >= floor and (layout.is_blank(j) or is_noise_line(layout.line(j))):
        j -= 1
    if j < floor or not is_name(layout.line(j)):
        return None
    k = j - 1
    signed = False
    while k >= floor and (
        layout.is_blank(k) or is_noise_line(layout.line(k)) or is_marker(layout.line(k))
    ):
        signed = signed or is_marker(layout.line(k))
        k -= 1  # a scanner's scrap ("[") or "(Đã ký)" between the position and the name
    top = None
    # A position may wrap: "CHỦ TỊCH" / "NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM".
    lowest = k
    while k >= floor and lowest - k < 3 and is_upper_text(layout.line(k)):
        if is_position(layout.line(k)):
            top = k
        k -= 1
    if (
        top is None
        and k == lowest
        and is_sentence_position(layout.line(k))
        and (signed or _body_closed_above(layout, k, floor))
    ):
        # "Chủ tịch" / "(Đã ký)" / "Trần Huy Năng" closing a web page's text, or "Giám đốc" /
        # "Nguyễn Hoàng Bắc" under "Trân trọng!"; with neither, "Phó Trưởng ban" / "Trần Thị
        # Bình" ends a list of members.
        top = k
    return top


# How a letter's body ends: "Trân trọng!", "Trân trọng cảm ơn./.", or any sentence with "./.";
# not "Trân trọng kính mời:" or "Trân trọng giới thiệu:", whose person follows.
_BODY_CLOSE = regex.compile(
    r"(?:.*\./\.|[ \t]*tran[ \t]+trong[ \t]*(?:cam[ \t]+on|kinh[ \t]+chao)?[ \t]*[!.]+)[ \t]*",
    regex.I,
)


def _site_caption(text: str) -> bool:
    """A line a page prints under an unmarked signature ("Các tin đã đăng", "Tệp đính kèm"):
    not another member of a list ("Phó Trưởng ban", "Trần Thị Bình", "Thư ký: Lê Văn A"), a
    byline in brackets or a photo's caption in lower case."""
    text = text.strip()
    return not (
        not text[:1].isupper() or is_name(text) or is_sentence_position(text) or ":" in text
    )


def _body_closed_above(layout: Layout, line: int, floor: int) -> bool:
    """The last line of text before ``line`` closes the body ("Trân trọng!", "… ./.")."""
    k = line - 1
    while k >= floor and layout.is_blank(k):
        k -= 1
    return k >= floor and _BODY_CLOSE.fullmatch(layout.folded_line(k)) is not None


def _folded(layout: Layout, piece: Piece) -> str:
    """``fold(piece.text)``, sliced from the layout's folded text (folding again costs more)."""
    return layout.folded[piece.start : piece.end]


def _split_right(
    layout: Layout, piece: Piece, *, column: bool = False, label: bool = False
) -> tuple[Piece, Piece | None]:
    """Split a trailing upper-case signature column off a recipient line.

    The run must name a position or start with an authority prefix, unless ``column`` says
    the signature column already runs beside the list (then any upper-case run of two words
    or more after a separator is taken: OCR garbles positions, "CHÁ ANH VAN PHONG"). On the
    ``Nơi nhận:`` line itself (``label``) an upper-case run after mere debris is taken too
    ("Nơi nhận: ae CHÍNH PHỦ").
    """
    last_word = piece.text.rsplit(None, 1)[-1:]
    if piece.text.endswith(";") or (
        last_word and any(map(str.islower, filter(str.isalpha, last_word[0])))
    ):
        # Most recipient lines: a column read below would end with the list's separator, or
        # hold the last word in lower case. Neither is a signature's.
        return piece, None
    separators = list(_COLUMN_SEP.finditer(layout.text, piece.start, piece.end))
    if separators:
        after = separators[-1]
        # What follows the last separator is the other column when it is upper case.
        begin = after.end()
        while begin < piece.end and not layout.text[begin].isalpha():
            begin += 1  # "; — PHO TONG CUC TRUONG"
        candidate = layout.trim(begin, piece.end)
        words_after = candidate.text.split()
        if (
            len(words_after) >= 2
            and is_upper_text(candidate.text)
            and (
                is_position(candidate.text) or match_authority(_folded(layout, candidate)) or column
            )
        ):
            return layout.trim(piece.start, after.end()), candidate
    words = list(NON_SPACE.finditer(layout.text, piece.start, piece.end))
    k = len(words)
    while k > 0:
        w = words[k - 1].group()
        if is_upper_text(w, min_letters=1) or not has_letter(w):
            k -= 1
        else:
            break
    while k < len(words) and not has_letter(words[k].group()):
        k += 1
    right = words[k:]
    if len([w for w in right if has_letter(w.group())]) < 2 or k == 0:
        return piece, None
    candidate = layout.trim(right[0].start(), piece.end)
    if candidate.text.endswith(";"):
        # The recipient's own words in capitals ("- Phòng  ĐT, KH-TC, HC;"): a signature column
        # never ends with the list's separator.
        return piece, None
    separated = layout.text[words[k - 1].end() - 1] in ";—–-" or _GAP.search(
        layout.text, words[k - 1].end(), right[0].start()
    )
    debris_only = sum(c.isalpha() for c in layout.text[piece.start : right[0].start()]) < 3
    if not (
        is_position(candidate.text)
        or match_authority(_folded(layout, candidate))
        or (column and separated)
        or (label and debris_only)
    ):
        return piece, None
    return layout.trim(piece.start, right[0].start()), candidate


def _right_of_label(layout: Layout, rest: Piece) -> Piece | None:
    """After ``Nơi nhận:``: the signature column if that is what follows."""
    m = _LEADING_DASHES.match(rest.text)
    # Only the line's last characters can be a scrap: searching the whole line backtracks.
    scrap_from = max(0, len(rest.text) - 12)
    scrap = _TRAILING_SCRAP.search(rest.text, scrap_from)
    begin = rest.start + (m.end() if m else 0)
    trimmed = layout.trim(begin, max(begin, rest.start + scrap.start()) if scrap else rest.end)
    if not trimmed.text or trimmed.text.rstrip().endswith(";"):
        return None
    if is_upper_text(trimmed.text) and (
        is_position(trimmed.text) or match_authority(_folded(layout, trimmed))
    ):
        return trimmed
    return None


def _seal_text(text: str, position: list[Piece], item: _Item) -> bool:
    """An upper-case line set apart by a blank line under a whole position: the seal's words
    read by OCR ("TRƯỞNG PHÒNG" / "" / "PHÒNG" / "LAO ĐỘNG" / "" / name), not more position."""
    if not position or not is_position(position[-1].text) or is_position(item.piece.text):
        return False
    return "\n" in text[position[-1].end : item.piece.start].strip(" \t").removeprefix("\n")


_NHU_TREN = regex.compile(r"[ \t]*nhu[ \t]+tren\b", regex.IGNORECASE)  # on folded text


def _unbulleted_entry(text: str) -> bool:
    """A recipient line under ``Nơi nhận`` without its bullet: ended by ";" or "." (or "Như
    trên"), short, and not in capitals (the signature column's lines are)."""
    stripped = text.strip()
    label = stripped.split(":", 1)[0] if ":" in stripped else None
    return (
        # ... or by its note in brackets: "Thường trực Thành ủy (kèm QĐ 236/QĐ-TTg )"
        (
            stripped.endswith((";", "."))
            # a recipient's note: "Thường trực Thành ủy (kèm QĐ 236/QĐ-TTg )", "… (để b/c)"
            or (not stripped.startswith("(") and _RECIPIENT_NOTE.search(stripped) is not None)
            or _NHU_TREN.match(fold(stripped)) is not None
        )
        and len(stripped.split()) <= 20
        # "Ghi chú: …", "Lưu: VT.", "VT: 02 bản." are none; an office's abbreviation before its
        # people is one: "TTUB: CT, các PCT;"
        and (
            label is None
            or (
                _OFFICE_LABEL.fullmatch(label) is not None
                and not match_luu(label)
                and label.strip() != "VT"
            )
        )
        and not is_upper_text(stripped)
    )


_OFFICE_LABEL = regex.compile(r"\p{Lu}[\p{Lu}&\-.]{1,11}")
_RECIPIENT_NOTE = regex.compile(
    r"\((?:để|kèm|b/c|t/h|th/h|p/h|phối|thực|biết|chỉ|báo|theo|gửi)[^()]*\)[ \t]*$", regex.I
)


# A deputy's word ending a holder's line, wrapped from the position under it; printed with its
# accent only and not after "THÀNH", as "THANH PHO" or OCR's "THÀNH PHÓ" (thành phố) end holders.
_DEPUTY_END = regex.compile(r"(?<!TH[ÀA]NH)[ \t]+PHÓ$")
_DEPUTY_START = regex.compile(r"pho\b", regex.IGNORECASE)


def _signatures(items: list[_Item], text: str) -> tuple[list[Signature], list[tuple[int, int]]]:
    """Group signature-column items into signatures; also returns the ranges they used.

    ``text`` is the text the items' pieces are offsets into.
    """
    sigs: list[Signature] = []
    consumed: list[tuple[int, int]] = []
    chain: list[Authority] = []
    position: list[Piece] = []
    name: Piece | None = None
    first: int | None = None  # where the signature begins, its first prefix included
    last: Piece | None = None
    holder_open = False  # the last holder ends with "," or "-": its next line continues it
    wrapped: Piece | None = None  # the line last taken as a holder's continuation
    opened = 0  # where the signature being read begins in ``consumed``
    set_apart: _Item | None = None  # the last line set apart under a whole position

    def finish() -> None:
        nonlocal chain, position, name, first, last, wrapped, opened, set_apart
        if (
            name is None
            and set_apart is not None
            and NAME_IN_CAPITALS.fullmatch(set_apart.piece.text)
        ):
            # Nothing came after it: the last line set apart under the position is the name,
            # printed in capitals ("GIÁM ĐỐC" / "" / "NGUYỄN VĂN AN").
            name = set_apart.piece
            consumed.append(set_apart.extent)
            last = set_apart.piece
        set_apart = None
        if (
            name is None
            and len(position) > 1
            and len(position[-1].text.split()) >= 3
            and is_name_in_capitals(position[-1].text)
            and not _NEEDS_A_NAME.search(position[-2].text.upper())
        ):
            # "PHÓ CHỦ TỊCH" / "ĐÀM VĂN BÔNG": the last line in capitals is the signer's name
            # (not "HIỆU TRƯỞNG TRƯỜNG THCS" / "LÊ QUÝ ĐÔN", the school's namesake).
            name = position.pop()
        if (
            chain
            and not position
            and name
            and wrapped is not None
            and len(wrapped.text.split()) > 1
        ):
            # A name follows with no position: the line taken for the holder's second line
            # was the position ("TL. BỘ TRƯỞNG" / "CHÁNH VĂN PHÒNG" / name).
            last_auth = chain[-1]
            holder = last_auth.holder[: -len(wrapped.text.strip())].rstrip(" ,")
            if holder:
                chain[-1] = attrs.evolve(last_auth, holder=holder)
                position = [wrapped]
        wrapped = None
        if not chain and not name and not any(is_position(p.text) for p in position):
            # Capitals standing alone, neither a position nor signed ("FROM : BAN ĐTKT TU" of
            # a fax header, the body's name above "KT. TRƯỞNG PHÒNG"): no signature; the
            # lines stay unplaced.
            del consumed[opened:]
            position = []
        position_text = collapse_spaces(" ".join(p.text for p in position))
        if (
            chain
            and chain[-1].kind is AuthorityKind.KT  # a deputy signs for the head
            and position_text
            and not _DEPUTY_START.match(fold(position_text))
        ):
            deputy = _DEPUTY_END.search(chain[-1].holder)
            if deputy is not None and chain[-1].holder[: deputy.start()].strip():
                # The holder's line took the position's first word: "KT THỦ TƯỚNG CHÍNH PHỦ
                # PHÓ" / "THỦ TƯỚNG".
                chain[-1] = attrs.evolve(chain[-1], holder=chain[-1].holder[: deputy.start()])
                position_text = f"{deputy.group().strip()} {position_text}"
        if chain or position:
            sigs.append(
                Signature(
                    authority=tuple(chain),
                    position=position_text or None,
                    name=collapse_spaces(name.text) if name else None,
                    span=Span(first, last.end) if first is not None and last else None,
                )
            )
        chain, position, name, first, last = [], [], None, None, None
        opened = len(consumed)

    for item in items:
        if item.kind == "authority":
            if position or name:
                finish()
            kind = AuthorityKind(_NOT_CAPITAL.sub("", fold(item.prefix).upper()))
            holder = strip_separators(collapse_spaces(item.piece.text))
            holder_open = item.piece.text.rstrip().endswith((",", "-", "–"))
            chain.append(
                Authority(
                    kind=kind,
                    holder=holder,
                    prefix=collapse_spaces(item.prefix),
                    span=Span(*item.extent),  # "TM. ỦY BAN NHÂN DÂN", its prefix included
                )
            )
        elif item.kind == "position":
            if name:
                finish()
            if _seal_text(text, position, item):
                set_apart = item  # the seal's words, or the signer's name in capitals
                continue
            words = item.piece.text.split()
            wraps = (
                len(words) == 1
                or not (is_position(item.piece.text) or is_sentence_position(item.piece.text))
                or holder_open
            )
            if chain and not position and wraps:
                # An authority holder wrapped onto this line ("TM. ỦY BAN" / "NHÂN DÂN"):
                # a line naming no position continues the holder above it.
                last_auth = chain[-1]
                assert last_auth.span is not None
                wrapped = item.piece
                joiner = ", " if holder_open else " "
                holder_open = item.piece.text.rstrip().endswith((",", "-", "–"))
                chain[-1] = attrs.evolve(
                    last_auth,
                    holder=strip_separators(f"{last_auth.holder}{joiner}{item.piece.text.strip()}"),
                    span=Span(last_auth.span.start, item.piece.end),
                )
            else:
                position.append(item.piece)
        elif item.kind == "name":
            if name is not None or not (chain or position):
                continue  # a name-like line with no position is not a signature
            name = item.piece
        consumed.append(item.extent)
        first = item.extent[0] if first is None else first
        last = item.piece
    if (
        sigs
        and sigs[-1].authority
        and sigs[-1].name is not None
        and position
        and not chain
        and name is None
    ):
        # Capitals under a name signed for a body (TM., KT. …) and nothing after them: the
        # signer's other office ("Nguyễn Văn Hoàn" / "TRƯỞNG BAN XÂY DỰNG ĐẢNG"), not a second,
        # unsigned block, which would sign as the first did ("GIÁM ĐỐC SỞ TÀI CHÍNH" / name /
        # "GIÁM ĐỐC SỞ Y TẾ"). The lines stay unplaced.
        del consumed[opened:]
        position = []
    finish()
    return sigs, consumed


def read_closing(layout: Layout, start: int, stop: int) -> Closing:
    """Read the closing zone starting at line ``start``; stops where the appendix begins."""
    out = Closing()
    items = _Items()
    entries: list[Recipient] = []
    open_entry = False
    after_luu = False
    starred = False  # the list's own entries are bulleted with stars
    signed = False
    column = False  # a signature column runs beside the recipient list
    group: str | None = None
    # A group heading ("Gửi bản giấy:") is used once an entry falls under it; one that heads
    # nothing stays unplaced rather than vanish.
    group_label: Piece | None = None
    # The signature column's pieces read off the list's lines: a wrapped entry joined across
    # them leaves them out ("- Văn phòng Sở (…, phương      TRƯỞNG ĐOÀN" / "tiện …);").
    beside: list[Piece] = []
    i = start
    last_used = start

    def add_entries(piece: Piece) -> None:
        nonlocal open_entry, after_luu, group_label
        for entry in split_entries(piece.text, piece.start, group=group):
            assert entry.span is not None
            # (a name opens with no space: its first character folded rules most out)
            if fold(entry.name[:1]) in "lL" and match_luu(fold(entry.name)) and out.archive is None:
                # "…; - Lưu: VT, TH." ends a list flattened onto one line.
                out.archive_line(layout.trim(entry.span.start, piece.end))
                after_luu = True
                break
            entries.append(entry)
            out.use(entry.span.start, entry.span.end)
            if group_label is not None:
                out.use(group_label.start, group_label.end)
                group_label = None
        open_entry = not after_luu and not piece.text.rstrip().endswith((";", "."))

    while i < stop:
        text = layout.line(i)
        folded = layout.folded_line(i)
        stripped = text.strip()
        if (
            not stripped
            or (stripped[0] in RULE_MARKS and RULE_LINE.fullmatch(text))
            or (
                is_noise_line(text)
                # the short rest of a wrapped entry ("… (để" / "b/c);") is no noise
                and not (
                    open_entry
                    and entries
                    and not after_luu
                    and text.lstrip()[:1].islower()
                    # ended as an entry ends: not a page's number, link or file path
                    and text.rstrip().endswith((";", ".", ")"))
                )
            )
        ):
            i += 1
            continue
        piece = layout.line_piece(i)
        auth = authority_line(layout, i)
        if signed and not (
            auth
            or is_position(piece.text)
            or is_marker(piece.text)
            or noi_nhan(folded)
            or _BARE_PREFIX.fullmatch(folded)
        ):
            break
        label = noi_nhan(folded)
        if label is None and i == start:
            # the label OCR garbled, found over a list ending with its Lưu line (_bulleted_above)
            label = _garbled_label(layout, i)
        if label:
            signed = False  # a recipient list printed after the signature
            out.use(piece.start, layout.starts[i] + label.end())
            out.spans.setdefault("distribution", (piece.start, piece.end))
            rest = layout.trim(layout.starts[i] + label.end(), layout.ends[i])
            right = _right_of_label(layout, rest) if rest.text else None
            if right is not None:
                rest = layout.trim(rest.start, right.start)
            elif rest.text:
                rest, right = _split_right(layout, rest, label=True)
            if right is not None:
                items.append(_sig_item(layout, right))
                beside.append(right)
                column = True
            b = match_bullet(rest.text)
            content = layout.trim(rest.start + (b.end() if b else 0), rest.end)
            if b or sum(c.isalpha() for c in content.text) >= 3:
                add_entries(content)  # debris left of a signature column is not a recipient
        elif b := match_bullet(text):
            content = layout.trim(layout.starts[i] + b.end(), layout.ends[i])
            if (
                after_luu
                and b.group().strip() == "*"
                and _needs_name(items)
                and is_name(content.text)
            ):
                # The list is closed and the signature waits for its name: a stray star before
                # the name made it look like a bullet ("* Võ Thị Tuyết"); a dash is a recipient's.
                items.append(_Item("name", content))
                signed = True
                last_used = i
                i += 1
                continue
            star = b.group().strip() == "*"
            if after_luu and star and not starred:
                # The list is closed: a star below a list of dashes is a page's ("* Vui lòng
                # nhập bình luận …" under "Bình luận"), not a recipient's. It stays unplaced.
                i += 1
                continue
            starred = starred or star
            content, right = _split_right(layout, content, column=column)
            if right is not None:
                items.append(_sig_item(layout, right))
                beside.append(right)
                column = True
            elif _needs_name(items):
                content = _name_beside(layout, content, items, beside)
            if match_luu(_folded(layout, content)):
                out.archive_line(content)
                after_luu = True
                open_entry = False
            else:
                add_entries(content)
        elif (
            entries
            and open_entry
            and not after_luu
            and not auth
            and not is_position(piece.text)
            and not is_marker(piece.text)
            and not (items and is_name(piece.text))
        ):
            # The rest of a wrapped entry ("…, các Vụ: NN, CN, KGVX," / "TH;"); the joined
            # text is split again, since the wrapped part may hold a ";".
            if _needs_name(items):
                piece = _name_beside(layout, piece, items, beside, apart=True)
            last = entries.pop()
            assert last.span is not None
            add_entries(_without(layout, last.span.start, piece.end, beside))
        elif flat := _flattened(layout, _before_attached_title(layout, piece, folded)):
            items.extend(flat)  # "TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI CHỦ TỊCH Nguyễn Sinh Hùng"
            signed = True
        elif auth:
            holder = layout.trim(layout.starts[i] + auth.start("holder"), layout.ends[i])
            prefix_start = layout.starts[i] + auth.start("prefix")
            prefix = layout.text[prefix_start : holder.start].strip()
            deputy = _DEPUTY_AFTER.search(holder.text)
            if deputy is not None and is_position(holder.text[deputy.end() :]):
                # "KT THỦ TƯỚNG PHÓ THỦ TƯỚNG": the signer's position on the prefix's line
                # (read with its diacritics: "THÀNH PHỐ" holds no deputy).
                position = layout.trim(holder.start + deputy.end(), holder.end)
                holder = layout.trim(holder.start, holder.start + deputy.start())
                items.append(_Item("authority", holder, prefix, prefix_start))
                items.append(_Item("position", position))
            else:
                items.append(_Item("authority", holder, prefix, prefix_start))
        elif (
            _BARE_PREFIX.fullmatch(folded)
            and i + 1 < stop
            and (flat := _holder_line(layout, i + 1)) is not None
        ):
            # "TL." alone on its line, the office it signs for on the next: "CỤC TRƯỞNG", or
            # with the signer's position and name flattened after it ("BỘ TRƯỞNG CHÁNH VĂN
            # PHÒNG Nguyễn Đức Tâm").
            holder = layout.line_piece(i + 1)
            if flat:
                holder, position = _holder_and_position(layout, flat[0].piece)
                items.append(_Item("authority", holder, piece.text, piece.start))
                if position.text:
                    items.append(_Item("position", position))
                items.append(flat[1])
                signed = True
            else:
                items.append(_Item("authority", holder, piece.text, piece.start))
            last_used = i = i + 1
        elif out.subject is None and not items and VV.match(folded):
            # A PDF's text boxes read out of order: the "V/v" cell under the number comes
            # after the list ("- Lưu VT, KHTC." / "V/v đánh giá …" / "bảo quản …" / "GIÁM ĐỐC").
            parts = [piece]
            while (
                i + 1 < stop
                and len(parts) < _SUBJECT_LINES
                and layout.line(i + 1).strip()[:1].islower()
            ):
                i += 1
                parts.append(layout.line_piece(i))
            # Not marked used: the heading may have a trích yếu already, and then these lines
            # stay unplaced.
            out.subject = subject_text(parts) or None
            out.spans["subject"] = (parts[0].start, parts[-1].end)
        elif _attached_title(layout, i, stop):
            break  # the title of the document issued with this one: "TM. ỦY BAN …" / "QUY CHẾ"
        elif (
            items
            and items[-1].kind == "position"
            and text.lstrip().startswith("(")
            and (close := _bracket_closes(layout, i, stop)) is not None
            and _name_follows(layout, close + 1, stop)
            and len(layout.text[layout.starts[i] : layout.ends[close]].split())
            >= _OFFICE_IN_BRACKETS_WORDS
        ):
            # The signer's other office in brackets under the position ("PHÓ CỤC TRƯỞNG" /
            # "(Phó trưởng ban thường trực BCĐ …" / "… GDPT)"); the name follows. It stays
            # unplaced.
            last_used = i = close
        elif (
            is_upper_text(piece.text)
            or is_position(piece.text)
            or (
                (not items or items[-1].kind == "authority")
                and is_sentence_position(piece.text)
                and _name_follows(
                    layout, i + 1, stop, signed=not items and not _body_closed_above(layout, i, 0)
                )
            )
        ):
            items.append(_Item("position", piece))
        elif (signed_as := _SIGNED_AS.match(piece.text)) and _signed_name(
            piece.text[signed_as.end() :]
        ):
            # "Đã ký: Vũ Đức Khiển": the mark and the name on one line.
            mark = layout.trim(piece.start, piece.start + signed_as.end())
            out.fragments.append(Fragment(mark.text, "marker", span=Span(mark.start, mark.end)))
            out.use(mark.start, mark.end)
            items.append(_Item("name", layout.trim(piece.start + signed_as.end(), piece.end)))
            signed = not items.kinds.isdisjoint(("authority", "position"))
        elif is_marker(piece.text):
            out.fragments.append(Fragment(piece.text, "marker", span=Span(piece.start, piece.end)))
            out.use(piece.start, piece.end)
        elif _GROUP_LABEL.fullmatch(text) and not after_luu:
            group = strip_separators(piece.text)
            group_label = piece
        elif (
            "distribution" in out.spans
            and not after_luu
            and _unbulleted_entry(piece.text)
            and not (_needs_name(items) and is_name(piece.text.rstrip(" .;")))
        ):
            add_entries(piece)  # a list whose bullets an export dropped: "Như trên;"
            if piece.text.rstrip().endswith(")"):
                open_entry = False  # ended by its note: "Thường trực Thành ủy (kèm QĐ …)"
        elif is_name(piece.text) and (after_luu or not open_entry or not entries or items):
            debris = _DEBRIS.match(piece.text)  # a stray mark before the name stays unplaced
            piece = layout.trim(piece.start + (debris.end() if debris else 0), piece.end)
            items.append(_Item("name", piece))
            signed = not items.kinds.isdisjoint(("authority", "position"))
        elif match_luu(folded) and out.archive is None:
            out.archive_line(piece)
            after_luu = True
        elif _list_goes_on(
            layout, i, stop, need_name=_needs_name(items), unsigned=after_luu and not items
        ):
            pass  # a scrap of OCR debris inside the list: left unplaced
        else:
            break
        last_used = i
        i += 1
    out.distribution = entries
    if entries:
        first_entry = entries[0].span
        last_entry = entries[-1].span
        assert first_entry is not None
        assert last_entry is not None
        lo, hi = out.spans.get("distribution", (first_entry.start, first_entry.end))
        out.spans["distribution"] = (
            min(lo, first_entry.start, last_entry.start),
            max(hi, first_entry.end, last_entry.end),
        )
    out.signatures, consumed = _signatures(items, layout.text)
    if not out.signatures and len(items) == 1 and items[0].kind == "name":
        # Only a name, under the list: OCR lost the position above it ("- Lưu VT." / "" /
        # "Trần Thị Chiễm"). A name before or inside the list is no signer.
        listed = [e.span.end for e in entries if e.span is not None] + [
            out.spans.get("archive", (0, 0))[1]
        ]
        alone = items[0].piece
        below = layout.line_of(alone.start) + 1
        # It closes the text, page rules and numbers aside ("94-------"): details under a name
        # ("SĐT: …", "Tel: …", "Chuyên viên …") are a contact's.
        while below < stop and not has_letter(layout.line(below)):
            below += 1
        closes = below >= stop
        if max(listed) and alone.start > max(listed) and closes:
            out.signatures = [
                Signature(
                    authority=(),
                    position=None,
                    name=collapse_spaces(alone.text),
                    span=Span(alone.start, alone.end),
                )
            ]
            consumed = [items[0].extent]
    for begin, finish_at in consumed:
        out.use(begin, finish_at)
    out.end = last_used + 1 if i > start else start
    return out


_ATTACHED_TRICH_YEU_WORDS = 5
_BRACKET_LINES = 3
_OFFICE_IN_BRACKETS_WORDS = 3  # "(Phó trưởng ban …)"; "(PHỤ TRÁCH)" qualifies the position
# A position line ending with a word a name follows: a place's or a school's ("… TỈNH" /
# "HÀ GIANG", "… TRƯỜNG THCS" / "LÊ QUÝ ĐÔN"), as printed ("TRƯỞNG" is a head's title).
_NEEDS_A_NAME = regex.compile(
    r"(?<![\p{L}])(?:TỈNH|HUYỆN|XÃ|PHƯỜNG|QUẬN|THỊ XÃ|THÀNH PHỐ|TP\.?|KHU VỰC|TRƯỜNG|THCS|THPT|"
    r"TH|MN|MG|ĐẠI HỌC|CAO ĐẲNG)[ \t]*$"
)


def _bracket_closes(layout: Layout, i: int, stop: int) -> int | None:
    """The line at which a bracket opened on line ``i`` closes, within a few lines."""
    for k in range(i, min(stop, i + _BRACKET_LINES)):
        if ")" in layout.line(k):
            return k
    return None


def _attached_title(layout: Layout, i: int, stop: int) -> bool:
    """Line ``i`` is a type title alone ("QUY CHẾ") over its trích yếu in capitals or its
    "(Ban hành kèm theo …)": an attached document's heading, not the end of a position ("VỤ
    TRƯỞNG VỤ" / "KẾ HOẠCH" / "Nguyễn Văn A")."""
    text = layout.line(i)
    if not is_upper_text(text) or not vocab.kind_from_title(text, extra_words=0):
        return False
    j = layout.next_with_text(i + 1, stop)
    if j >= stop:
        return False
    below = layout.line(j).strip()
    if below.startswith("("):
        return True
    return is_upper_text(below) and len(below.split()) >= _ATTACHED_TRICH_YEU_WORDS


_PREFIX_IN_LINE = regex.compile(
    r"(?:^|(?<=\s))(?P<prefix>T[ \t]*/[ \t]*UQ|T[ \t]*/[ \t]*M|K[ \t]*/[ \t]*T|T[ \t]*/[ \t]*L"
    r"|TUQ|TM|KT|TL|Q(?=\.))(?:[ \t]*\.[ \t]*|[ \t]+)(?=\p{Lu})"
)
_NAME_AFTER_ENTRY = regex.compile(r";[ \t]+(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}*){1,4})[ \t]*$")


def _name_beside(
    layout: Layout, content: Piece, items: _Items, beside: list[Piece], *, apart: bool = False
) -> Piece:
    """The signer's name beside a recipient ("…, Hà Nam Ninh; Nguyễn Dương Thái"): added to
    ``items`` and ``beside``; returns the recipient's part of ``content``. With ``apart``, only
    a name set off by a wide gap: in a wrapped entry's rest, "Trần Thị Hoa; Nguyễn Văn Hùng"
    lists persons."""
    name = _NAME_AFTER_ENTRY.search(content.text)
    if name is None or not is_name(name.group(1)):
        return content
    if apart and not _WIDE_GAP.fullmatch(content.text, name.start() + 1, name.start(1)):
        return content
    found = layout.trim(content.start + name.start(1), content.end)
    items.append(_Item("name", found))
    beside.append(found)
    return layout.trim(content.start, content.start + name.start(1))


def _without(layout: Layout, start: int, end: int, beside: list[Piece]) -> Piece:
    """``layout.text[start:end]`` with the signature column's pieces in it blanked out (the
    offsets kept)."""
    text = layout.text[start:end]
    for p in beside:
        if start <= p.start and p.end <= end:
            text = text[: p.start - start] + " " * (p.end - p.start) + text[p.end - start :]
    return Piece(text, start, end)


_TRAILING_NAME = regex.compile(r"\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}*){1,4}[ \t]*$")


def _flattened(layout: Layout, piece: Piece) -> list[_Item] | None:
    """A signature block flattened onto one line (a table cell): prefixes, position, name."""
    name = _TRAILING_NAME.search(piece.text)
    if name is None or name.start() == 0:
        return None
    head = layout.trim(piece.start, piece.start + name.start())
    folded = _folded(layout, head)
    if not is_upper_text(head.text) or not (
        _PREFIX_IN_LINE.match(folded) or _opens_position(folded)
    ):
        return None
    items: list[_Item] = []
    prefixes = list(_PREFIX_IN_LINE.finditer(folded))
    bounds = [m.start() for m in prefixes] + [len(head.text)]
    rest = layout.trim(head.start, head.start + bounds[0])  # a position with no prefix
    for k, m in enumerate(prefixes):
        segment = layout.trim(head.start + m.end(), head.start + bounds[k + 1])
        prefix = head.text[m.start() : m.end()].strip()
        if k == len(prefixes) - 1:
            segment, rest = _holder_and_position(layout, segment)
        items.append(_Item("authority", segment, prefix, head.start + m.start()))
    if rest.text:
        items.append(_Item("position", rest))
    items.append(_Item("name", layout.trim(piece.start + name.start(), piece.end)))
    return items


# A signer's name, then words in capitals: the title of the document issued with this one,
# flattened onto the signature's line.
_NAME_THEN_CAPITALS = regex.compile(
    r"\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}*){1,4}"
    r"(?=[ \t]+(?P<title>\p{Lu}{2,}(?:[ \t]+\p{Lu}+){1,3}))"
)


def _before_attached_title(layout: Layout, piece: Piece, folded: str) -> Piece:
    """A flattened signature without the title after its name: "KT. BỘ TRƯỞNG THỨ TRƯỞNG Đinh
    Trung Tụng KẾ HOẠCH TRIỂN KHAI …" ends at "Tụng"."""
    if not match_authority(folded):
        return piece
    for m in _NAME_THEN_CAPITALS.finditer(piece.text):
        if _title_words(m.group("title")):
            return layout.trim(piece.start, piece.start + m.end())
    return piece


def _title_words(words: str) -> bool:
    """``words`` open with a document type's name ("KẾ HOẠCH TRIỂN KHAI", "QUY CHẾ LÀM")."""
    split = words.split()
    return any(
        vocab.kind_from_title(" ".join(split[:n]), extra_words=0) for n in range(len(split), 0, -1)
    )


def _signs_flattened(layout: Layout, i: int) -> bool:
    """Line ``i`` is a signature block flattened onto one line, opening with a prefix."""
    if not match_authority(layout.folded_line(i)):
        return False
    items = _flattened(layout, layout.line_piece(i))
    # "TM. BAN GIÁM HIỆU … Ông Nguyễn Văn An": a person listed in the body, not a signer.
    return (
        items is not None
        and items[0].kind == "authority"
        and not _HONORIFIC.match(items[-1].piece.text)
    )


_DEPUTY_AFTER = regex.compile(r"(?<=\S)[ \t]+(?=PHÓ[ \t]+\S)")
_HONORIFIC = regex.compile(r"(?:Ông|Bà|Anh|Chị|Đồng chí|Đ/c)\b")


def _holder_and_position(layout: Layout, segment: Piece) -> tuple[Piece, Piece]:
    """Split "CHỦ TỊCH PHÓ CHỦ TỊCH" into holder and position at the position's first word."""
    words = list(NON_SPACE.finditer(layout.text, segment.start, segment.end))
    splits = []
    # A holder is a few words: the split is looked for among the first thirty, each tail folded
    # only as far as a position's first words reach.
    for k in range(1, min(len(words), 30)):
        tail = fold(layout.text[words[k].start() : min(segment.end, words[k].start() + 40)])
        tail = tail.upper()
        if any(tail == p or tail.startswith(p + " ") for p in vocab.POSITION_STARTS):
            splits.append((words[k].start(), tail))
    if not splits:
        return segment, layout.trim(segment.end, segment.end)
    # "TỔNG GIÁM ĐỐC PHÓ TỔNG GIÁM ĐỐC", "BỘ TRƯỞNG VỤ TRƯỞNG …": "GIÁM ĐỐC" and "TRƯỞNG" open
    # positions too; a deputy's title, then a holder that names a whole position, decide.
    at = next(
        (a for a, tail in splits if tail.startswith("PHO ")),
        next(
            (a for a, _ in splits if is_position(layout.text[segment.start : a])),
            splits[0][0],
        ),
    )
    return layout.trim(segment.start, at), layout.trim(at, segment.end)


def _signed_name(text: str) -> bool:
    """A name after "Đã ký:": three words or more (two may be a place, "Phú Lộc"), and no
    office ("Chủ Tịch Xã")."""
    return (
        is_name(text)
        and len(text.split()) >= 3
        and not _opens_position(fold(text).upper())
        and not _opens_printed_body(text.strip())  # "Signature: Sở Nội Vụ Tỉnh Sơn La"
    )


def _opens_position(folded: str) -> bool:
    """Folded upper-case ``folded`` begins with a position's word ("CHU TICH", "GIAM DOC")."""
    return any(folded.startswith(p) for p in vocab.POSITION_STARTS)


def _name_follows(layout: Layout, i: int, stop: int, *, signed: bool = False) -> bool:
    """The next line with text from ``i`` on, past "(Đã ký)" and the like, is a name; when
    ``signed``, such a mark must stand between."""
    marked = False
    while i < stop and (layout.is_blank(i) or is_marker(layout.line(i))):
        marked = marked or is_marker(layout.line(i))
        i += 1
    return (
        i < stop
        and (is_name(layout.line(i)) or is_name_in_capitals(layout.line(i)))
        and (marked or not signed)
    )


def _needs_name(items: _Items) -> bool:
    """A signature has begun (authority or position) but its name has not come yet."""
    return bool(items) and "name" not in items.kinds


def _list_goes_on(
    layout: Layout, i: int, stop: int, *, need_name: bool, unsigned: bool = False
) -> bool:
    """True when the closing continues right after line ``i`` (so ``i`` is debris).

    It does when a recipient follows, or the signer's name that the signature still lacks, or,
    after the archive line of a closing not yet ``signed``, the signature's authority line: a
    drafter's file mark stands between them ("- Lưu: VT, HCC." / "Tungnt.QĐ/T11/2025" /
    "KT. CHỦ TỊCH").
    """
    line_words = layout.line(i).split()
    words = len(line_words)
    if words > (_MARK_WORDS if unsigned else _DEBRIS_WORDS):
        return False
    if words > _DEBRIS_WORDS and not all(w[:1].isupper() for w in line_words):
        return False  # "UBND các huyện, thành phố", "Đồng chí Trần Văn Hùng": words, no mark
    if unsigned and _ANNEX_LABEL.match(layout.folded_line(i)):
        return False  # "Mẫu số 02" / "TM. …": a form's signature, not this document's
    reach = min(stop, i + _DEBRIS_REACH)
    j = layout.next_with_text(i + 1, reach)
    if j >= reach:
        return False
    if unsigned and authority_line(layout, j) is not None:
        # "TP Nguyễn Hồng Quảng": the head of the drafting office's mark, over "KT. BỘ TRƯỞNG"
        return True
    if words > _DEBRIS_WORDS:
        return False
    text = layout.line(j)
    return j < i + 3 and (is_bullet(text) or (need_name and is_name(text)))


# How far below a scrap the closing's next line may stand: two blank lines of a table's cells.
_DEBRIS_REACH = 4
_DEBRIS_WORDS = 3
_MARK_WORDS = 5  # a file mark or an approver's initials and name, before the authority line
_ANNEX_LABEL = regex.compile(r"[ \t*_#]*(?:phu[ \t]+luc|mau|bieu)\b", regex.IGNORECASE)


def _sig_item(layout: Layout, piece: Piece) -> _Item:
    m = match_authority(_folded(layout, piece))
    if m and is_upper_text(piece.text[m.start("holder") :]):
        holder = layout.trim(piece.start + m.start("holder"), piece.end)
        prefix = piece.text[m.start("prefix") : m.start("holder")].strip()
        return _Item("authority", holder, prefix, piece.start + m.start("prefix"))
    return _Item("position", piece)
