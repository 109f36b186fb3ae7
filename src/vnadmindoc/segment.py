"""Find the documents in a text and the zones of each document.

A document's heading is recognised by its *anchors*: the quốc hiệu (or the
Party's tiêu đề), the tiêu ngữ, the ``Số:`` line and the place-and-date
line.  Anchors that sit close together form a *cluster*; every cluster
that follows the closing (``Nơi nhận``, signature) of the previous document
starts a new document.  Within a document, the zones are: heading,
body, closing (recipients, ``Lưu``, signatures) and appendix (footnotes,
annexes after the signature).

All offsets are offsets into the cleaned text of a :class:`~vnadmindoc.layout.Layout`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import chain

import attrs
import regex

from vnadmindoc import vocab
from vnadmindoc.deadline import remaining
from vnadmindoc.fields.codes import CODE_PATTERN, FILE_EXTENSIONS
from vnadmindoc.fields.dates import (
    DATE_LINE,
    DATE_LINE_GARBLED,
    DATE_LINE_LOOSE,
    DATE_LINE_NUMERIC,
    date_at,
    find_place,
    place_before,
)
from vnadmindoc.layout import Layout
from vnadmindoc.text import fold, has_letter, is_upper_text, letter_ratio

__all__ = [
    "Anchor",
    "Cluster",
    "DocumentRange",
    "find_anchors",
    "find_clusters",
    "split_documents",
]

_I = regex.IGNORECASE
_M = regex.MULTILINE


# Letters OCR takes for one another in a fixed phrase: "HỘI" read as "HOL", "lập" as "1ập".
_LOOKALIKE_LETTERS = {"i": "[il1|]", "l": "[il1|]"}


# Between a fixed phrase's words: spaces, then perhaps a few marks and more spaces. Written
# "\s*[^\w\s]{0,3}\s*", a long run of spaces would be split between the two "\s*" in every
# way (quadratic).
_GAP = r"\s*(?:[^\w\s]{1,3}\s*)?"


def _phrase(text: str) -> regex.Pattern[str]:
    """A fixed phrase as OCR prints it: a stray mark inside a word ("CH.Ủ"), "I" and "l"
    confused, any spacing."""
    words = [
        "[^\\w\\s]?".join(_LOOKALIKE_LETTERS.get(ch) or regex.escape(ch) for ch in word)
        for word in text.split()
    ]
    return regex.compile(_GAP.join(words), _I)


# The first words are enough when OCR garbled the rest ("CỘNG HOÀ XÃ HỘI iL xi ET NAM").
# "XÃ HỘI" itself garbled ("CONG HOA SA HOE CHU NGHĨA VIỆT NAM", "XÃ HO]"): "CHỦ NGHĨA" must
# follow.
MOTTO_STATE = regex.compile(
    rf"{_phrase('cong hoa').pattern}{_GAP}"
    rf"(?:{_phrase('xa hoi').pattern}"
    rf"|\w{{1,4}}\s+\w{{1,4}}[^\w\s,.;:]?(?=\s+{_phrase('chu nghia').pattern}))",
    _I,
)
MOTTO_PARTY = _phrase("dang cong san")
# The motto of the Democratic Republic (1945–1976), in archives: "VIỆT NAM DÂN CHỦ CỘNG HÒA".
MOTTO_DRV = _phrase("viet nam dan chu cong hoa")
# Its line: the motto, perhaps after the issuer's cell ("BỘ Y TẾ    VIỆT-NAM DÂN-CHỦ …") and
# before the tiêu ngữ.
_DRV_ALONE = regex.compile(
    r"[ \t|*#>]*(?:\S[^\n]*?[ \t]{2,})?\p{L}+(?:[ \t-]+\p{L}+){5}[ \t|*]*"
    r"(?:(?:Độc|Doc|ĐỘC|DOC)[ \t-]+\S.*)?"
)
_DRV_CELL_CHARS = 120  # the issuer's cell before the old motto on its line, at most
_DRV_TO_TIEU_NGU = regex.compile(r"[ \t*\-–|]{1,12}")


# The quốc hiệu's words, folded: a scan garbles one or two of them in its own way ("CQNG HOA XA
# HQI CHU NGHIA", "LONG HOA XA HOI", "CONG E 1ÔI CHỦ NGHĨA", "G HOÀ XÃ HỘI CHỦ NGHĨA").
_MOTTO_WORDS = ("cong", "hoa", "xa", "hoi", "chu", "nghia", "viet", "nam")
_MOTTO_CUE = regex.compile(r"N(?<!\p{L}N)GHIA(?!\p{L})")  # in capitals, on folded text
_MOTTO_REACH = 60  # characters either side of the cue: the phrase and its scraps
_MOTTO_WORD = regex.compile(r"[^\s|]+")
_NOT_LETTER = regex.compile(r"[^\p{L}]+")
_MOTTO_MATCHED = 4  # words read as printed, in a run as the phrase has them
_MOTTO_CAPITALS = 0.6  # of its letters, at least
_MOTTO_END_WORDS = (4, 6, 7)  # "CHỦ", "VIỆT", "NAM": one of them among those words
_MOTTO_NEAR = (2, 4)  # lines above and below where the heading's other landmarks stand
_MOTTO_TOP = 2  # lines with text at the top of the text that stand for them


def _garbled_mottos(layout: Layout, found: list[Anchor]) -> list[Anchor]:
    """Quốc hiệu lines OCR garbled beyond the patterns, in a text where none was found.

    Four of its eight words or more read as printed, in a run spaced as the phrase spaces them;
    its first two words read or garbled in their place ("CQNG HOA", "G HOÀ", "CONG E"); in
    capitals; and beside the heading's other landmarks (a tiêu ngữ, a number or a date line).
    Titles and slogans hold the words too ("VĂN HÓA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CÔNG TY
    TNHH ĐẠI NGHĨA VIỆT NAM"), without that start or those landmarks.
    """
    folded, text = layout.folded, layout.text
    landmarks = {a.line for a in found if a.kind != "motto"}
    # (or the text's first lines, where a heading whose every landmark OCR garbled begins)
    top = [i for i in range(min(len(layout), _MOTTO_TOP * 4)) if not layout.is_blank(i)]
    landmarks.update(top[:_MOTTO_TOP])
    out: list[Anchor] = []
    lines: set[int] = set()
    for cue in _MOTTO_CUE.finditer(folded, timeout=remaining()):
        line = layout.line_of(cue.start())
        if line in lines:
            continue
        lines.add(line)
        above, below = _MOTTO_NEAR
        if not any(k in landmarks for k in range(line - above, line + below + 1)):
            continue
        lo = max(layout.starts[line], cue.start() - _MOTTO_REACH)
        hi = min(layout.ends[line], cue.end() + _MOTTO_REACH)
        found_words = [
            (w, _NOT_LETTER.sub("", w.group())) for w in _MOTTO_WORD.finditer(folded, lo, hi)
        ]
        words = [w for w, letters in found_words if letters]
        keys = [letters.lower() for _, letters in found_words if letters]
        run = _motto_run(keys)
        if len(run) < _MOTTO_MATCHED or not any(m in _MOTTO_END_WORDS for m, _ in run):
            continue  # (its end read too: "ĐƯỜNG HÒA XÁ - HỘI XÁ - NGHĨA TRANG" names places)
        first_m, first_w = run[0]
        # The words before the first one read stand for the phrase's first words, garbled.
        begin = first_w - first_m
        if begin < 0 or not all(
            _garbled_as(keys[begin + m], _MOTTO_WORDS[m]) for m in range(first_m)
        ):
            continue
        if first_m == 0 and run[1][0] > 1 and not _garbled_as(keys[first_w + 1], "hoa"):
            continue  # "CÔNG TY TNHH ĐẠI NGHĨA VIỆT NAM": no "HÒA" after "CỘNG"
        while begin > 0 and len(keys[begin - 1]) == 1 and len(keys[begin]) < len("cong"):
            begin -= 1  # "C NG HÒA": the first word split in two
        start, end = words[begin].start(), words[run[-1][1]].end()
        if not _mostly_upper(text[start:end], _MOTTO_CAPITALS):
            continue  # (a scan lowers some letters: "cgNG HOA XA ngr cHU NGHIA")
        m = _ANY.match(folded, start, end)
        assert m is not None
        out.append(Anchor("motto", start, end, line, m, False))
    return out


_ANY = regex.compile(r".+", regex.DOTALL)


def _motto_run(keys: list[str]) -> list[tuple[int, int]]:
    """The longest run of the quốc hiệu's words among ``keys``, as (word, key) index pairs: in
    order, each key at most one place further on than the phrase puts it (a word garbled or
    split in two between), the run nearest the line's end among equals (an issuer's "CÔNG" or
    "HÓA" before it is not the phrase's)."""
    pairs = [
        (m, w) for w, key in enumerate(keys) for m, word in enumerate(_MOTTO_WORDS) if key == word
    ]
    best: list[list[tuple[int, int]]] = []  # the longest run ending at each pair
    for i, (m, w) in enumerate(pairs):
        chain = [(m, w)]
        for j in range(i - 1, -1, -1):
            pm, pw = pairs[j]
            # the longest run ending just before, spaced as the phrase
            if pm < m and 0 < w - pw <= m - pm + 1 and len(best[j]) + 1 > len(chain):
                chain = [*best[j], (m, w)]
        best.append(chain)
    return max(best, key=lambda c: (len(c), c[-1][1]), default=[])


def _garbled_as(key: str, word: str) -> bool:
    """``key`` may be ``word`` as a scan garbled it: a letter or two of debris, or two of its
    letters in order ("cqng" for "cong", "oi" for "hoi"); not another word ("khoa", "tinh")."""
    if len(key) <= 1:
        return True
    common = 0
    j = 0
    for c in key:
        k = word.find(c, j)
        if k >= 0:
            common, j = common + 1, k + 1
    return common >= min(2, len(key)) and common * 2 >= len(key)


def _tieu_ngu_next(folded: str, end: int) -> bool:
    """The tiêu ngữ follows ``end`` on its line, past rules and marks ("****** Độc lập …")."""
    gap = _DRV_TO_TIEU_NGU.match(folded, end)
    return gap is not None and TIEU_NGU.match(folded, gap.end()) is not None


MOTTO_REST = {False: _phrase("chu nghia viet nam"), True: _phrase("viet nam")}
_MOTTO_GAP = regex.compile(_GAP)
# When OCR garbled the rest ("CHỦ NGA VIET NAM"), it still ends with "Nam" on the same line,
# alone or glued to the word before ("CHỦ NGH. TNAM"); a web page's cell may cut it before
# "NAM" ("… CHỦ NGHĨA VIỆT" at the line's end).
_MOTTO_TAIL = regex.compile(
    r"[^\n]{0,30}?(?<!\w)nam(?!\w)|[ \t]*chu\W?[ \t]*ngh\S{0,5}[ \t]+\S{0,3}nam(?!\w)"
    r"|[ \t]*chu[ \t]+nghia[ \t]+viet(?=[ \t]*(?:\n|$))",
    _I,
)
# The tiêu ngữ with every word garbled but its shape kept: "DQc I$p - Tu do - Hgnh phric",
# "DOc lap - Tu do - Hanh phtic", "EQc l$p - Tq do - H4nh phric": two words, a dash, "T… do", a
# dash, "H…h ph…".
_TIEU_NGU_GARBLED = regex.compile(
    # (the first letter, then the lookbehind: a pattern opening with one is tried everywhere)
    r"[DEĐ](?<![\p{L}\p{N}].)\S{1,2}c[ \t]+\S{1,2}[a$]?p[ \t]*[-–—]"
    r"[ \t]*T\S{0,2}[ \t]+do[ \t]*[-–—][ \t]*H\S{1,3}h[ \t]+ph\S{1,3}"
    # ending its line or cell: "Đức lập - Tự do - Hạnh phúc là khẩu hiệu …" is a sentence
    r"(?=[^\p{L}\p{N}\n]*(?:\n|$|[ \t]{2}|\|))"
)
TIEU_NGU = regex.compile(
    # OCR may garble the end ("Độc lập - Tự đồ aarti phúc"); the start is distinctive enough.
    # "Độc lập" is matched once, then the rest or a dash (an alternation of the two whole
    # phrases read it twice at every "d").
    _phrase("doc lap").pattern
    + "(?:"
    + _phrase("doc lap tu do hanh phuc").pattern.removeprefix(_phrase("doc lap").pattern)
    + r"|\s*[-–—])",
    _I,
)
_CAPS = r"\p{Lu}[\p{Lu}\p{N}&]*"
_NUMBER_BODY = (
    # A page that lost its accented letters keeps "S" and the colon ("S: 5819/HQHP-TXNK").
    rf"(?:[sSſ$][oO6]|S(?=:))(?i:[ \t]*(?::[ \t]*\n(?:[ \t]*\n(?=[ \t]*(?:/|\d+[/\-]\p{{Lu}})))?"
    # "Số" alone, its colon lost, the code on the next line ("Số" / "142/TB-VG Ân").
    # OCR's "!" for the colon ("Số! /CTHYE-TTHT").
    rf"|\n(?=[ \t]*\d+[/\-]\p{{Lu}})|[:.!](?:[ \t]?\.(?!\.))?|)[ \t]*"
    # OCR garbles the number ("Số: đút /VPCP-KTTH"); the symbol is still worth reading.
    rf"(?:(?:(?P<garbled>(?=[^\s/\-]*[^\s/\-\d])[^\s/\-]{{1,6}})[ \t]+(?=[/\-]))?"
    # A scan split the number with a space ("Số: 3 70 /TCHQ-TXNK"), or a PDF spaced out its
    # digits ("Số: 1 0 9 4 3 /BYT-MT"): its first digits.
    rf"(?:(?P<split>\p{{N}}(?:[ \t]\p{{N}}){{1,5}}(?=[ \t]\p{{N}}[ \t]*/)|\p{{N}}{{1,3}})"
    rf"[ \t](?=\p{{N}}{{1,4}}[ \t]*/))?(?:{CODE_PATTERN})"
    # A space before the symbol's last dotted part, ending the line or its cell: "Số: 1838/VPCP-V
    # .III" (Vụ III), "Số: 11/1998/QĐ .UB" (an old "QĐ.UB"); a file's extension is none.
    rf"(?:[ \t](?P<tail>\.(?!{FILE_EXTENSIONS})"
    r"(?:\p{Lu}{1,5}|\d{1,3}))(?=[ \t]*(?:$|\||[ \t]{2})))?"
    # The type left out of the symbol, its dash printed ("Số: 1281/-UBND").
    rf"|(?-i:(?P<number>\p{{N}}{{1,6}})[ \t]*(?P<sep>/)(?P<symbol>-{_CAPS}(?:[/\-]{_CAPS})*)"
    r"(?![\p{L}\p{N}/\-]))"
    # A scan lost the separator after the number ("Số: 44 DN-UBND"): the symbol, in capitals
    # and of two groups or more, still shows where the code is.
    rf"|(?-i:(?P<number>\p{{N}}{{1,6}})[ \t]+(?P<sep>)(?P<symbol>{_CAPS}(?:[/\-]{_CAPS})+)"
    r"(?![\p{L}\p{N}/\-]))"
    # OCR's "!" or "|" for the slash, after a number it garbled too ("Số: Äf03Y!CTHN-TTHT").
    rf"|(?-i:(?P<garbled>(?=[^\s/\-!|]*\d)[^\s/\-!|]{{1,6}})(?P<sep>[!|])(?P<symbol>{_CAPS}(?:[/\-]{_CAPS})+)"
    r"(?![\p{L}\p{N}/\-]))))"
)
NUMBER_LINE = regex.compile(
    # "Số", and OCR's "$6" for it.
    # What may stand before it is a lookbehind, so that the search runs on "S" (fast); the
    # first letters are spelled out as ignoring case would match them (with the long s "ſ"),
    # as ignoring case there makes the scan slower.
    # A table cell may wrap the code onto the next line after the colon ("Số:" / "83/2025/…");
    # past a blank line only a blank number or a glued code goes on ("Số:" / "" / "/TTr - THCS").
    # A flattened heading runs the issuer's cell into it with one space ("TRƯỜNG ĐH LẠC HỒNG
    # Số: 90 - CV/ĐULH"): after a word in capitals, with its colon.
    # A Party heading flattened onto one line puts its star before it ("ĐẢNG ỦY XÃ LA BẰNG * Số
    # 09 -KH/ĐU"); a state heading its cell's ruler ("TỈNH LẠNG SƠN ------------- Số: 52/…").
    rf"(?:(?<=(?:^|[ \t]{{2}})[ \t|*>\-“\"]{{0,4}})|(?<=\p{{Lu}}{{2}}[ \t])(?=S[Oo][ \t]*:)"
    r"|(?<=\p{Lu}[ \t]\*[ \t])|(?<=\p{Lu}[ \t]-{3,40}[ \t])(?=S[Oo][ \t]*:[\s\S]{0,100}?"
    r"(?:CONG[ \t]+HOA|Doc[ \t]+lap|DOC[ \t]+LAP)))"
    rf"{_NUMBER_BODY}",
    _M | regex.VERBOSE,
)
# The label of a web page's field for an act's code ("Số/Ký hiệu", "Số ký hiệu:").
_CODE_FIELD = regex.compile(r"[ \t|*>\-“\"]*so[ \t]*(?:/[ \t]*)?ky[ \t]+hieu\b", _I)
# A gazette copy of a normative act labels its number line with the act's name: "Nghị quyết
# số: 89/2025/UBTVQH15". Read only in a text without a "Số:" line, with the colon, and with the
# code ending the line ("Quyết định số: 12/QĐ-UBND ngày …;" in a body cites).
_ACT_LABEL_AT = regex.compile(
    r"[ \t]*(?:nghi[ \t]+quyet|quyet[ \t]+dinh|nghi[ \t]+dinh|thong[ \t]+tu|chi[ \t]+thi"
    r"|phap[ \t]+lenh|luat)[ \t]+(?=so[ \t]*:)",
    _I,
)
# On every line but the first, from the line break before it: a pattern opening with "^" (or
# any other test of the line start) is tried at every position, ten times slower.
_ACT_LABEL = regex.compile(r"\n" + _ACT_LABEL_AT.pattern, _I)
# A number line's code and its "Số" wherever they stand (a gazette's act label, a title line).
NUMBER_AT = regex.compile(_NUMBER_BODY, regex.VERBOSE)

# The label, perhaps with a scrap of OCR debris after it ("Noi nhận WY"), or OCR's "Nơi nhậm:"
# (capitalised, with its colon: "nơi nhằm …" is a phrase).
NOI_NHAN = regex.compile(
    r"[ \t]*(?:[-*•][ \t]*)?noi[ \t]*"
    r"(?:nhan[ \t]*(?::|$|(?=\S{1,3}[ \t]*$))|(?<=(?-i:N)oi[ \t]*)nham[ \t]*:)"
    # OCR doubles the bullet ("- - Nơi nhận"): trusted on a label alone on its line.
    r"|[ \t]*(?:[-*•][ \t]*){2}noi[ \t]*nhan[ \t]*:?[ \t]*$",
    _I,
)
# OCR spellings ("Nơi nan", "Nai nhận", "Noi nhậm", "Noi nhật") are trusted when the signature
# column follows on the line.
_NOI_NHAN_OCR = regex.compile(r"[ \t]*[-*•]?[ \t]*n[oca]i[ \t]*nh?[aâ][nmt](?!\p{L})[ \t]*:?", _I)
_SIGNATURE_AFTER = regex.compile(
    r".{0,6}?\b(?:TM|KT|TL|TUQ|T/M|K/T|T/L)\b(?:\.[ \t]*|[ \t]+)\p{Lu}"
)


def noi_nhan(folded: str) -> regex.Match[str] | None:
    """Match the ``Nơi nhận`` label at the start of a (folded) line."""
    # Asked of nearly every line: most are ruled out by their first letter.
    k = 0
    while k < len(folded) and folded[k] in " \t-*•":
        k += 1
    if k == len(folded) or folded[k] not in "nN":
        return None
    m = NOI_NHAN.match(folded)
    if m is None:
        m = _NOI_NHAN_OCR.match(folded)
        if m is None or not _SIGNATURE_AFTER.match(folded, m.end()):
            return None
    return m


# (OCR's "Kink gửi" and "inh gửi:" too.)
# Its colon may be lost before the first addressee's name ("Kính gửi Cục Hải quan Hà Nội"): a
# name in capitals, twenty words at most to the line's end, and no greeting's "lời" ("Kính gửi
# Quý khách hàng lời tri ân sâu sắc nhất …").
KINH_GUI = regex.compile(
    r"[ \t]*k?in[hk][ \t]*g[uo]i[ \t]*"
    r"(?::|$|(?<=[ \t])(?=(?-i:\p{Lu})(?![^\n]*\bloi\b)\S*(?:[ \t]+\S+){0,19}[ \t]*$))",
    _I,
)
# OCR or a table cell may cut it: "Kính" / "gửi: …", or lose its first word ("gửi: …").
KINH_ALONE = regex.compile(r"[ \t]*kinh[ \t]*", _I)
HALF_KINH_GUI = regex.compile(r"[ \t]*g[uo]i[ \t]*:", _I)
# OCR may put stamp debris before the label on the same line: "Cole THỘNG … Kính gửi:".
KINH_GUI_ANYWHERE = regex.compile(r"(?<!\p{L})kin[hk][ \t]*g[uo]i[ \t]*:", _I)
# "V/v", and what OCR makes of it ("Viv", "V1v", "V.v").
# "V/v", OCR's "V.v", "Vl v", "Vw", "V%", "V/" (its second "v" lost before the words), a
# typed "Vv", "Về việc"; a scan may quote the whole line or leave debris before it ("._ V/v").
VV = regex.compile(
    r"[ \t]*(?:[.,;:_][ \t]*){0,3}[\"“'‘’(]?[ \t]*"
    r"(?:(?:v[ \t]*(?:[/.|il1][ \t]*)?v|v[ \t]*w|ve[ \t]*viec|ve(?=[ \t]*:))\b"
    r"|v[ \t]*%|v/(?=[ \t]+(?-i:\p{Ll})))[ \t]*[:.]?[ \t]*",
    _I,
)
# A collective body a TM. signs for, as its holder begins (folded): "ỦY BAN NHÂN DÂN", "BCH …".
_COLLECTIVE = (
    "(?:"
    + "|".join(regex.escape(c) for c in sorted(vocab.COLLECTIVES, key=len, reverse=True))
    + r"|BCH)\b"
)
AUTHORITY = regex.compile(
    # A scan may leave a speck before the prefix ("„KT. BỘ TRƯỞNG", "” TL. BỘ TRƯỞNG", "“. KT.")
    # or read its dot as a comma ("KT, TỔNG CỤC TRƯỞNG"); authority_line trusts those only
    # before an office or a body.
    r"[ \t]*(?P<speck>[„‚`“”\"'}]{1,3}\.?[ \t]*)?"
    r"(?P<prefix>T[ \t]*/[ \t]*UQ|T[ \t]*/[ \t]*M|K[ \t]*/[ \t]*T|T[ \t]*/[ \t]*L"
    # The older spelling with full stops: "K.T. BỘ TRƯỞNG", "T.M. ỦY BAN".
    r"|K\.[ \t]?T|T\.[ \t]?M|T\.[ \t]?L"
    # "TM/BCH CÔNG ĐOÀN": the state prefix typed with the Party's slash after it, trusted only
    # before a collective body, as TM. stands ("KT/XH", "TM/DV" are abbreviations).
    r"|TUQ|TM|KT|TL|Q(?=\.))(?P<sep>[ \t]*[.:,][ \t]*|[ \t]+|(?<=TM)/(?=" + _COLLECTIVE + r"))"
    r"(?P<holder>\p{L}.*)$"
)
# What AUTHORITY can open with after its spaces: a speck or a prefix's first letter.
_AUTHORITY_FIRST = frozenset("„‚`“”\"'}TKQ")
NOISE_LINE = regex.compile(
    r"[ \t]*(?:[-–—]+[ \t]*PAGE[ \t]*(?:BREAK|\d+)[ \t]*[-–—]+|page[ \t]*\d+[ \t]*of[ \t]*\d+"
    r"|trang[ \t]*\d+(?:[ \t]*/[ \t]*\d+)?|[-–—]?[ \t]*\d{1,3}[ \t]*[-–—]?"
    r"|(?:https?://|www\.)\S+(?:[ \t]+\S+){0,3}"
    # The running head of the official gazette: "CÔNG BÁO/Số 302 + 303/Ngày 02-06-2026".
    r"|(?:\d{1,4}[ \t]+)?C[OÔ]NG[ \t]*B[AÁ]O[ \t]*/[ \t]*S[OỐ][ \t]*\d[\d \t+]*/[ \t]*NG[AÀ]Y"
    r"[ \t]*\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}(?:[ \t]+\d{1,4})?)[ \t]*$",
    _I,
)
# What a NOISE_LINE can start with, digits aside: a dash, "page", "trang", "http", "www",
# "Công báo".
_NOISE_FIRST = frozenset("-–—pPtThHwWcC")
RULE_LINE = regex.compile(r"[ \t]*[-–—_=*~.·•]+[ \t]*$")
# What a RULE_LINE opens with after its spaces: most lines are told from one by that.
RULE_MARKS = frozenset("-–—_=*~.·•")

ANCHOR_KINDS = ("motto", "tieu_ngu", "number", "date_line")


@attrs.frozen
class Anchor:
    """A heading landmark found in the cleaned text."""

    kind: str
    """``motto``, ``tieu_ngu``, ``number`` or ``date_line``."""
    start: int
    end: int
    line: int
    match: regex.Match[str] = attrs.field(eq=False, repr=False)
    party: bool = False


@attrs.frozen
class Cluster:
    """Anchors close enough together to be one heading."""

    anchors: tuple[Anchor, ...]

    @property
    def first_line(self) -> int:
        return min(a.line for a in self.anchors)

    @property
    def last_line(self) -> int:
        return max(a.line for a in self.anchors)

    @property
    def strength(self) -> int:
        return len({a.kind for a in self.anchors})

    def first(self, kind: str) -> Anchor | None:
        return next((a for a in self.anchors if a.kind == kind), None)


@attrs.frozen
class DocumentRange:
    """The lines ``[start, end)`` of one document and the cluster that heads it."""

    start: int
    end: int
    cluster: Cluster | None


def _title_above(layout: Layout, line: int) -> bool:
    """A line above ``line`` is a title in capitals, or ``line`` is far from the top: a gazette
    copy prints its act's number line among the first lines, above the title."""
    if line > 20:
        return True
    return any(
        is_upper_text(layout.line(i)) and vocab.kind_from_title(layout.line(i), extra_words=2)
        for i in range(line)
    )


def _mostly_upper(text: str, share: float = 0.8) -> bool:
    letters = list(filter(str.isalpha, text))
    return bool(letters) and sum(map(str.isupper, letters)) >= share * len(letters)


_TO_NEXT_LINE = regex.compile(r"[ \t|*_]*(?:\n[ \t|*_>#-]*){0,2}")  # a blank line at most
# The whole tiêu ngữ and nothing after it on its line: a speech may go on "Độc lập - Tự do -
# Hạnh phúc là khát vọng …".
_TIEU_NGU_LINE = regex.compile(
    _phrase("doc lap tu do hanh phuc").pattern + r"[ \t|*_.]*$", _I | regex.MULTILINE
)
_SENTENCE_MOTTO_LINES = 15  # a heading's lines come first: a quote later is no motto


def _motto_in_sentence_case(layout: Layout, start: int, end: int) -> bool:
    """A motto typed in sentence case ("Cộng hoà xã hội chủ nghĩa Việt Nam") heads a document
    only on a line of its own, with the tiêu ngữ after it."""
    line = layout.line_of(start)
    line_start = layout.starts[line]
    if layout.folded[line_start:start].strip(" \t|*#>-_"):
        return False
    if line > 3 * _SENTENCE_MOTTO_LINES:
        return False  # looked at line by line below only near the top: no quadratic rescans
    above = [k for k in range(line) if not layout.is_blank(k)]
    if len(above) > _SENTENCE_MOTTO_LINES:
        return False
    if above and layout.line(above[-1]).rstrip().endswith((":", ",", "!", "?")):
        return False  # quoted: "Quốc hiệu của nước ta là:", "Kính thưa quý vị đại biểu,"
    after = _TO_NEXT_LINE.match(layout.folded, end)
    tieu_ngu = _TIEU_NGU_LINE.match(layout.folded, after.end()) if after else None
    if tieu_ngu is None:
        return False
    # The quoted motto's sentence goes on after it: "… Hạnh phúc" / "là mỗi lần chúng ta …".
    below = next(
        (
            k
            for k in range(
                layout.line_of(tieu_ngu.end()) + 1,
                min(len(layout), layout.line_of(tieu_ngu.end()) + 4),
            )
            if not layout.is_blank(k)
        ),
        None,
    )
    return below is None or not layout.line(below).strip()[:1].islower()


# Where a whole-text pattern's match may start, looked for in the folded text in lower case
# (Layout.lowered): the standard library's ``re`` finds a letter (and the few after it) many
# times faster than ``regex`` looks for where a pattern ignoring case, or opening with
# lookbehinds, may match; the pattern is tried only there (see _openings). Each opens as its
# pattern does, with any character for the marks OCR puts inside a word. Lowered, a letter
# stands for every letter ignoring case matches ("K", the Kelvin sign, lowers to "k") but for
# the long "ſ", spelled out.
_OPENS_STATE = re.compile(r"c(?=.?o.?n.?g)", re.DOTALL)  # MOTTO_STATE
_OPENS_PARTY = re.compile(r"d(?=.?a.?n.?g)", re.DOTALL)  # MOTTO_PARTY
_OPENS_TIEU_NGU = re.compile(r"d(?=.?o.?c)", re.DOTALL)  # TIEU_NGU
_OPENS_NUMBER = re.compile(r"s(?=[o6:])")  # NUMBER_LINE: "Số", "S:"
# (and OCR's "$6" or a long "ſ", looked for only in a text holding one: a letter is found
# faster than a set)
_OPENS_NUMBER_ODD = re.compile(r"[sſ$](?=[o6:])")
_OPENS_NGAY = re.compile(r"ngay")  # _NGAY


def _openings(layout: Layout, opens: re.Pattern[str]) -> list[int]:
    """Where ``opens`` finds a start in the lowered text."""
    return [m.start() for m in opens.finditer(layout.lowered)]


def _tried_at(
    pattern: regex.Pattern[str], layout: Layout, opens: re.Pattern[str]
) -> Iterator[regex.Match[str]]:
    """``pattern.finditer(layout.folded)`` for a pattern that matches no empty string, tried
    only where ``opens`` finds a start: every place a match can start, and perhaps others."""
    folded = layout.folded
    after = 0
    for start in _openings(layout, opens):
        if start >= after:
            m = pattern.match(folded, start, timeout=remaining())
            if m is not None:
                yield m
                after = m.end()


def find_anchors(layout: Layout) -> list[Anchor]:
    """Every heading landmark of the text, in order."""
    folded, text = layout.folded, layout.text
    found: list[Anchor] = []

    def add(kind: str, m: regex.Match[str], party: bool = False) -> None:
        found.append(Anchor(kind, m.start(), m.end(), layout.line_of(m.start()), m, party))

    for pattern, opens, party in (
        (MOTTO_STATE, _OPENS_STATE, False),
        (MOTTO_PARTY, _OPENS_PARTY, True),
    ):
        for m in _tried_at(pattern, layout, opens):
            gap = _MOTTO_GAP.match(folded, m.end())
            rest = MOTTO_REST[party].match(folded, gap.end()) if gap else None
            if _mostly_upper(text[m.start() : m.end()]):
                rest = rest or _MOTTO_TAIL.match(folded, m.end())
            elif rest is None or not _motto_in_sentence_case(layout, m.start(), rest.end()):
                continue  # "… nước Cộng hòa xã hội chủ nghĩa Việt Nam" in a sentence
            end = rest.end() if rest else m.end()
            found.append(Anchor("motto", m.start(), end, layout.line_of(m.start()), m, party))
    if not found:
        # Looked for only in a text without today's mottos: one more scan of every text
        # would cost for the few old documents.
        for m in MOTTO_DRV.finditer(folded, timeout=remaining()):
            # A heading line of its own, not "… NƯỚC VIỆT NAM DÂN CHỦ CỘNG HÒA" quoted.
            line = layout.line_of(m.start())
            if _mostly_upper(text[m.start() : m.end()]) and (
                # (only near the line's start: a line of many is not read again for each)
                (
                    m.start() - layout.starts[line] <= _DRV_CELL_CHARS
                    and _DRV_ALONE.fullmatch(layout.line(line))
                )
                # flattened onto one line with the heading's other cells, the tiêu ngữ next:
                # "1. BỘ NỘI VỤ VIỆT NAM DÂN CHỦ CỘNG HÒA ****** Độc lập - Tự do - …"
                or _tieu_ngu_next(folded, m.end())
            ):
                add("motto", m)
    for m in _tried_at(TIEU_NGU, layout, _OPENS_TIEU_NGU):
        add("tieu_ngu", m)
    if not any(a.kind == "tieu_ngu" for a in found):
        # Looked for only where the phrase was not found: its three parts garbled one by one.
        for m in _TIEU_NGU_GARBLED.finditer(folded, timeout=remaining()):
            add("tieu_ngu", m)
    # "Số/Ký hiệu 84/2004/TT-BTC": a page's table of the act's details
    fields: list[regex.Match[str]] = []
    numbered = False  # a number line was read: a title's "SỐ … NGÀY" under it is no other
    odd = "$" in layout.lowered or "ſ" in layout.lowered
    for m in _tried_at(NUMBER_LINE, layout, _OPENS_NUMBER_ODD if odd else _OPENS_NUMBER):
        label = text[m.start() : m.end()].lstrip(' \t|*>-“"')
        # "Số" labels the number line; a lower-case "số 108/2015/NĐ-CP" inside a trích yếu
        # does not, unless OCR lowered it and kept the colon ("số: 4222 /TCT -PC").
        if label[:1].islower() and ":" not in label[:4]:
            continue
        if m.group("split") and not _split_number_ends_cell(folded, m):
            continue  # "Số: 12 15/KH đã giải quyết": a table's figures, not a split number
        if not _opens_number_cell(layout, m.start()):
            continue  # "… báo cáo SỐ LIỆU Số: 15/BC …": words in capitals inside a sentence
        if _titles_line(layout, m, label, numbered):
            continue  # "THÔNG TƯ" / "SỐ 15-BTC/TT NGÀY 16-3-1991 CỦA BỘ TÀI CHÍNH QUY ĐỊNH …"
        if ":" not in label[:4] and _cell_cites_above(layout, m.start(), m.group("symbol")):
            continue  # "ĐOÀN KIỂM TRA" / "THEO QUYẾT ĐỊNH" / "SỐ 1050/QĐ-SCT": the issuer's cell
        if not has_letter(m.group("symbol") + (m.group("number") or "")):
            continue
        if _CODE_FIELD.match(folded, m.start(), m.end() + 6):
            fields.append(m)
        else:
            add("number", m)
            numbered = True
    if not any(a.kind == "number" for a in found):
        # the table's field stands for the number line only where the page prints no heading
        for m in fields:
            add("number", m)
    if not any(a.kind == "number" for a in found):
        first = _ACT_LABEL_AT.match(folded)
        labels = _ACT_LABEL.finditer(folded, timeout=remaining())
        # (the match's end, not its start, is on its line: the start is the line break before)
        for lm in chain([first] if first else [], labels):
            if _title_above(layout, layout.line_of(lm.end())):
                break  # under a title, "Quyết định số: …" lists what the text is about
            act = NUMBER_AT.match(folded, lm.end())
            if act is None or not has_letter(act.group("symbol")):
                continue
            line_end = folded.find("\n", act.end())
            if not folded[act.end() : len(folded) if line_end < 0 else line_end].strip():
                add("number", act)
                break
    uncommaed = []
    mottos = [a.line for a in found if a.kind == "motto"]
    for m in _before_keyword(DATE_LINE, folded, 0, len(folded), _openings(layout, _OPENS_NGAY)):
        if m.group("comma").strip() and _has_place(layout, m):
            add("date_line", m)
        elif (
            _place_then_date_alone(layout, m, mottos)
            or _date_cell_after_number(layout, m)
            # a draft's dotted place, only among the heading's lines: a sample line of the
            # body ("…………, ngày 20 tháng 6 năm 2018") is no heading
            or (m.group("comma").strip() and _dotted_place(layout, m))
        ):
            uncommaed.append(m)
    # An unreadable date, or a date line without its comma ("Hà Nội ngày 05 tháng 3 năm
    # 2020") or in figures, still counts when the line sits among heading anchors; only those
    # lines are searched for them: the lines with text under an anchor, blank lines passed
    # over (a web page's), and for a loose or garbled date only the lines right under it
    # ("Hà Nội, ngày mai …" further down is the body's).
    # Per line, not per anchor: a long line holds many (a flattened page, hostile input).
    anchor_lines = {a.line for a in found if a.kind != "date_line"}
    near = sorted({n for line in anchor_lines for n in _lines_below(layout, line)})
    close = {a.line + d for a in found if a.kind != "date_line" for d in range(_NEAR_LINES)}
    for line in near:
        lo, hi = layout.starts[line], layout.ends[line]
        uncommaed += [
            m
            for m in DATE_LINE_NUMERIC.finditer(folded, lo, hi, timeout=remaining())
            if _place_then_date_alone(layout, m, mottos)
        ]
    dated = {a.line for a in found if a.kind == "date_line"}
    # A heading has one date line: under one already read, "… tỉnh Quảng Trị ngày 29/8/2003 …"
    # is the body's.
    # (Sets and a bisection: a text of many headings made both looks quadratic.)
    read = sorted(dated)
    near = [n for n in near if not _within(read, n, _NEAR_REACH)]
    candidates = set(near)
    for m in sorted(uncommaed, key=lambda m: m.start()):
        line = layout.line_of(m.start())
        if line in candidates and line not in dated:
            add("date_line", m)
            dated.add(line)
    for line in near:
        if line not in close:
            continue
        lo, hi = layout.starts[line], layout.ends[line]
        for m in _before_keyword(DATE_LINE_LOOSE, folded, lo, hi):
            if line not in dated and _has_place(layout, m):
                add("date_line", m)
                dated.add(line)
        garbled = (
            DATE_LINE_GARBLED.search(folded, lo, hi, timeout=remaining())
            if line not in dated
            else None
        )
        if garbled is not None and _has_place(layout, garbled):
            add("date_line", garbled)
            dated.add(line)
    # A garbled date keeps its month and year: it may stand further down, under a trích yếu of
    # a few lines ("Số: …" / "V/v …" × 4 / "Hà Nội, ngày l8thang 8 năm 2021"), as OCR reads a
    # heading's left column before its right one.
    # Only its day may be garbled then, and a "V/v" line must stand between.
    # (Only under anchors with no date line read near them: most headings have theirs.)
    read = sorted(dated)
    undated = [line for line in anchor_lines if not _within(read, line, _FURTHER_REACH)]
    further = sorted({n for line in undated for n in _lines_below(layout, line, 8, _FURTHER_REACH)})
    for line in further:
        if line in dated or line in candidates or _within(read, line, _NEAR_REACH):
            continue
        garbled = DATE_LINE_GARBLED.search(
            folded, layout.starts[line], layout.ends[line], timeout=remaining()
        )
        if (
            garbled is not None
            and garbled.group("month")
            and _has_place(layout, garbled)
            and any(VV.match(layout.folded_line(j)) for j in range(max(0, line - 8), line))
        ):
            add("date_line", garbled)
            dated.add(line)
    if not any(a.kind == "number" for a in found):
        # A number line merged with the date line and garbled beyond the code pattern ("Số
        # :284ÿCT-TT&HT Hải Phòng, ngày …", "Só:43l¿LĐTBXH-ATLĐ Hà Nội, ngày …"): its symbol is
        # still clear, between the label and the place.
        for a in [a for a in found if a.kind == "date_line"]:
            # (bounded: the engine looks through the whole range for the pattern's required
            # characters before it tries the line's start, which made a line of dates quadratic)
            lo = layout.starts[a.line]
            g = _GARBLED_NUMBER_LINE.match(
                text, lo, min(a.start, lo + _GARBLED_NUMBER_CHARS), timeout=remaining()
            )
            if g is not None and not _NUMBER_BEFORE_SLASH.search(g.group("garbled") + "/"):
                add("number", g)  # (a number then its slash is the code reader's: "l 0688/BYT")
                break
    if not any(a.kind == "motto" for a in found):
        found += _garbled_mottos(layout, found)
    found.sort(key=lambda a: a.start)
    return found


_NUMBER_BEFORE_SLASH = regex.compile(r"(?<!\S)[\d.]+[ \t]*/$")
# Read on the printed text: folded, "Sở" is "Số" too. The label's marks, the number's garbled
# characters and the marks after them are each bounded, with no space among the number's.
_GARBLED_NUMBER_CHARS = 80  # the label, a garbled number and the symbol, at most
_GARBLED_NUMBER_LINE = regex.compile(
    r"[ \t|*>\-“\"]{0,4}[sS$][ốỐóÓôÔoO6](?P<number>)(?P<split>)(?P<tail>)(?P<sep>)"
    r"[^\w\n]{0,8}(?P<garbled>[^\s]{0,8}?)[^\w\s]{0,4}(?<!\p{Lu})"
    r"(?P<symbol>\p{Lu}[\p{Lu}&]*(?:-\p{Lu}[\p{Lu}&\d]*)+)(?=[ \t])"
)


def _within(ordered: list[int], n: int, reach: int) -> bool:
    """Some number of ``ordered`` (sorted) lies less than ``reach`` from ``n``."""
    k = bisect_left(ordered, n - reach + 1)
    return k < len(ordered) and ordered[k] < n + reach


_NEAR_LINES = 4  # an anchor's line and the three lines with text under it
_FURTHER_REACH = 14  # lines under an anchor a garbled date under a long trích yếu may be on
_NEAR_REACH = 8  # ... found within this many lines: web pages put a blank line after each


def _lines_below(
    layout: Layout, line: int, count: int = _NEAR_LINES, reach: int = _NEAR_REACH
) -> list[int]:
    """Line ``line`` and the next ``count`` lines with text under it (within ``reach``
    lines), those a date line may stand on among the heading's anchors."""
    out: list[int] = []
    stop = min(len(layout.starts), line + reach)
    while line < stop and len(out) < count:
        if not layout.is_blank(line):
            out.append(line)
        line += 1
    return out


_NGAY = regex.compile(r"ngay", _I)
_LEAD_IN = frozenset(" \t,.\n")
_DATE_LINE_REACH = 200


def _before_keyword(
    pattern: regex.Pattern[str], folded: str, lo: int, hi: int, keys: Iterable[int] | None = None
) -> Iterator[regex.Match[str]]:
    """``pattern.finditer`` for patterns whose group ``ngay`` follows a short lead-in of
    spaces, a comma or full stop and a line break (``DATE_LINE``, ``DATE_LINE_LOOSE``).

    Searching for "ngày" and trying the pattern a few characters before it is much faster than
    trying the pattern at every position of the text. ``keys``: where "ngày" stands in
    ``[lo, hi)``, if known.
    """
    if keys is None:
        keys = [key.start() for key in _NGAY.finditer(folded, lo, hi, timeout=remaining())]
    floor = lo
    for k in keys:
        # A date line is short; bounding the match keeps the engine from looking for a
        # missing word ("tháng", "năm") through the rest of the text.
        stop = min(hi, k + _DATE_LINE_REACH)
        # The lead-in is made of spaces, a comma or full stop and a line break only: a match
        # can start no further back than those characters go.
        first = k
        while first > max(floor, k - 12) and folded[first - 1] in _LEAD_IN:
            first -= 1
        for start in range(first, k + 1):
            m = pattern.match(folded, start, stop)
            if m is not None and m.start("ngay") == k:
                yield m
                floor = m.end()
                break


def _place_then_date_alone(layout: Layout, m: regex.Match[str], mottos: list[int]) -> bool:
    """The line holds only a place and the date: "Hà Nội ngày 05 tháng 3 năm 2020"."""
    line = layout.line_of(m.start())
    found = find_place(layout.text, layout.starts[line], m.start())
    if found is None:
        return False
    # Merged columns put the number before it: "Số: 12/CV-PGD TP Hà Tĩnh ngày …", under the
    # motto (a list of related documents at a page's foot prints such lines too).
    if layout.text[layout.starts[line] : found[1]].strip(" \t*_|") and not (
        NUMBER_LINE.match(layout.folded, layout.starts[line], found[1])
        and any(0 < line - motto <= _MERGED_NUMBER_REACH for motto in mottos)
    ):
        return False
    return not layout.text[m.end() : layout.ends[line]].strip(" \t*_.")


# Words in lower case right after a code: a sentence goes on, the code is no heading's.
_WORDS_GO_ON = regex.compile(r"[ \t]*\p{Ll}")


_ISSUER_CELL_WORDS = 15  # the issuer's cell run into the number line, at most
_ISSUER_CELL_CHARS = 200
# Read with diacritics: folded, "ĐÃ" would be the "ĐA" of "BỆNH VIỆN ĐA KHOA".
_SAYS = regex.compile(
    r"(?<!\w)(?:về|ban[ \t]+hành|kèm[ \t]+theo|đã|được|theo|gửi|của)(?!\w)", regex.IGNORECASE
)


# A cell ending by citing an act ("… THEO QUYẾT ĐỊNH"): what the line under it numbers is that
# act. A type's name alone may end a body's name ("BAN QUẢN LÝ DỰ ÁN") or be the title.
_CITES_ACT = regex.compile(
    rf"(?<![\p{{L}}])(?:theo|cua)[ \t]+(?P<type>{vocab.type_phrase_pattern()})[ \t]*$", _I
)
_SYMBOL_HEAD = regex.compile(r"[^\s/\-]+")
_CELL_GAP = regex.compile(r"[ \t]{2,}")  # between a line's cells


def _cell_cites_above(layout: Layout, start: int, symbol: str) -> bool:
    """The line above the "Số" at ``start`` ends its first cell citing an act of the type
    ``symbol`` opens with: the two cite a document inside the issuer's cell ("THEO QUYẾT ĐỊNH"
    / "SỐ 1050/QĐ-SCT"); "THÀNH LẬP THEO QUYẾT ĐỊNH" / "Số 12/BC-TCT" numbers a report."""
    line = layout.line_of(start)
    if line == 0:
        return False
    cell = _CELL_GAP.split(layout.folded_line(line - 1).strip(), 1)[0]
    cited = _CITES_ACT.search(cell)
    if cited is None:
        return False
    kind = vocab.kind_from_type_phrase(cited.group("type"))
    head = _SYMBOL_HEAD.match(symbol)
    return (
        head is not None and kind is not None and vocab.kind_from_abbreviation(head.group()) == kind
    )


def cites_an_act(folded: str) -> bool:
    """``folded`` ends citing an act by its type ("… THEO QUYET DINH", "… CUA NGHI QUYET")."""
    return _CITES_ACT.search(folded) is not None


def _opens_number_cell(layout: Layout, start: int) -> bool:
    """The "Số" at ``start`` opens the number's cell: at the line's start or after a wide gap,
    or after the issuer's cell in capitals alone ("ĐẢNG ỦY TRƯỜNG ĐH LẠC HỒNG Số: 90 - CV/ĐULH")."""
    text = layout.text
    if not (start >= 2 and text[start - 1] in " \t" and text[start - 2].isalpha()):
        return True  # at the line's start, after marks or a wide gap
    line_start = layout.starts[layout.line_of(start)]
    if start - line_start > _ISSUER_CELL_CHARS:
        return False  # (and a long line is not sliced for every "Số" on it)
    before = text[line_start:start]
    # The cell names a body ("ĐẢNG ỦY …", "BỘ CÔNG AN") and says nothing ("… KÈM THEO QUYẾT
    # ĐỊNH", "UBND TỈNH BAN HÀNH CÔNG VĂN VỀ …").
    return (
        is_upper_text(before)
        and len(before.split()) <= _ISSUER_CELL_WORDS
        and vocab.head_length(before.strip(' \t|*>-“"'), vocab.ORG_HEADS) > 0
        and not _SAYS.search(text, line_start, start)
    )


# "NGÀY" after the code on a title's line in capitals: "SỐ 15-BTC/TT NGÀY 16-3-1991 CỦA …".
_DATED_AFTER = regex.compile(r"[ \t]*,?[ \t]*NGAY[ \t]+(?=\d)")
_WORDS_AFTER_DATE = 2  # "CỦA BỘ …", "QUY ĐỊNH …": the title's words go on after its date


def _titles_line(layout: Layout, m: regex.Match[str], label: str, numbered: bool) -> bool:
    """The "SỐ" at ``m`` opens the line under a type's title that names the document whole,
    in capitals and without a colon ("THÔNG TƯ" / "SỐ 15-BTC/TT NGÀY 16-3-1991 CỦA BỘ TÀI
    CHÍNH QUY ĐỊNH …"): the trích yếu's line of an old act, not its number line. The heading
    has ``numbered`` its number line already, or the line goes on after the date; "QUYẾT
    ĐỊNH" / "SỐ 15/QĐ-UB NGÀY 16-3-1991" alone is a number line printed under its title."""
    if not label.startswith(("SỐ ", "SỐ\t")):
        return False
    line = layout.line_of(m.start())
    # (bounded: a match left open would first look for "NGAY" in all the text after it)
    dated = _DATED_AFTER.match(layout.folded, m.end(), layout.ends[line])
    if dated is None:
        return False
    above = line - 1
    while above >= 0 and layout.is_blank(above):
        above -= 1
    if above < 0 or vocab.kind_from_title(layout.line(above).strip()) is None:
        return False
    if numbered:
        return True
    _, _, date_end = date_at(layout.folded, dated.end(), layout.ends[line])
    return len(layout.folded[date_end : layout.ends[line]].split()) >= _WORDS_AFTER_DATE


def _split_number_ends_cell(folded: str, m: regex.Match[str]) -> bool:
    """A number split by a space ("Số: 3 70 /TCHQ-TXNK") is read unless words in lower case go
    on after the code: "Số: 12 15/KH đã giải quyết" counts in a table of figures."""
    return _WORDS_GO_ON.match(folded, m.end()) is None


def _date_cell_after_number(layout: Layout, m: regex.Match[str]) -> bool:
    """The date alone on its line, without its place, right under the number line: a table's
    cell ("Số: 65/1999/QĐ-UB | ngày 29 tháng 06 năm 1999 |" split into its cells)."""
    line = layout.line_of(m.start())
    lo, hi = layout.starts[line], layout.ends[line]
    # Alone on its line: a few marks at most around it (checked before slicing, which on a
    # long line of dates would cost the line's length for every date).
    if m.start() - lo > _CELL_MARKS or hi - m.end() > _CELL_MARKS:
        return False
    if layout.text[lo : m.start()].strip(" \t*_|") or layout.text[m.end() : hi].strip(" \t*_.|"):
        return False
    above = line - 1
    while above >= 0 and layout.is_blank(above):
        above -= 1
    # "Số" opening the line above: a row of a table in the body ("| Số: 12/QĐ-UBND |") is no
    # heading's number line, though it holds a number anchor.
    return above >= 0 and NUMBER_LINE.match(layout.folded, layout.starts[above]) is not None


_CELL_MARKS = 8  # spaces, stars and bars around a date alone in its cell
_MERGED_NUMBER_REACH = 6  # lines from the motto to a merged number-and-date line


# A draft's place left for the typist: "…………, ngày 20 tháng 6 năm 2018".
_DOTTED_PLACE = regex.compile(r"[ \t*_]*[.…]{3,}[ \t*_]*")


def _dotted_place(layout: Layout, m: regex.Match[str]) -> bool:
    """The place before a filled-in date is dots: a draft dated but not placed. A form's date,
    blank too ("……, ngày … tháng … năm 20…"), is none."""
    if not (m.group("day") and m.group("year")):
        return False
    line_start = layout.starts[layout.line_of(m.start())]
    return _DOTTED_PLACE.fullmatch(layout.text, line_start, m.start()) is not None


def _has_place(layout: Layout, m: regex.Match[str]) -> bool:
    line = layout.line_of(m.start())
    return place_before(layout.text, layout.starts[line], m.start()) is not None


_BLANK_REACH = 5  # times ``gap``: lines apart, counting blank ones, a heading's cells may span
_CELL_LINES = 3  # lines with text between two anchors so spread: a cell's stray markup at most


def find_clusters(
    anchors: list[Anchor], *, gap: int = 12, layout: Layout | None = None
) -> list[Cluster]:
    """Group anchors whose lines are at most ``gap`` lines apart.

    With ``layout``, anchors further apart are grouped too when nearly all lines between are
    blank, up to a few times ``gap`` lines in all: an HTML export turns each ``<br>`` and
    ``<div>`` of a heading's cells into blank lines (a body between holds more text).
    """
    clusters: list[list[Anchor]] = []
    for anchor in anchors:
        if clusters and _near(layout, clusters[-1][-1].line, anchor.line, gap):
            clusters[-1].append(anchor)
        else:
            clusters.append([anchor])
    return [Cluster(tuple(c)) for c in clusters]


def _near(layout: Layout | None, above: int, below: int, gap: int) -> bool:
    if below - above <= gap:
        return True
    if layout is None or below - above > _BLANK_REACH * gap:
        return False
    with_text = 0
    for i in range(above + 1, below):
        if not layout.is_blank(i):
            with_text += 1
            if with_text > _CELL_LINES:
                return False
    return True


def authority_line(layout: Layout, i: int) -> regex.Match[str] | None:
    """Line ``i`` as a signing-authority line (``TM. ỦY BAN NHÂN DÂN``), if it is one."""
    folded = layout.folded_line(i)
    m = match_authority(folded)
    if m is None:
        return None
    holder = layout.line(i)[m.start("holder") :]
    if (m.group("speck") or "," in m.group("sep")) and not _office_or_body(holder):
        return None  # "TM, DV HOÀNG LONG", "KT, QLĐT, NN&PTNT;": a list or a name wrapped
    if (
        is_upper_text(holder)
        or (_one_word_lowered(holder) and _office_or_body(holder))
        or (_sentence_case_holder(folded, m) and _signs_below(layout, i))
    ):
        return m
    return None


def match_authority(folded: str) -> regex.Match[str] | None:
    """``AUTHORITY.match(folded)``: asked of every closing line, most of which the first
    character rules out for a fraction of a regex call's cost."""
    if folded.lstrip(" \t")[:1] not in _AUTHORITY_FIRST:
        return None
    return AUTHORITY.match(folded)


def _office_or_body(holder: str) -> bool:
    """``holder`` names an office or a body, and nothing more: no list, no quotation."""
    return (
        not any(c in holder for c in ',;”"')
        and len(holder.split()) <= _HOLDER_WORDS
        and bool(
            vocab.head_length(holder, vocab.POSITION_STARTS)
            or vocab.head_length(holder, vocab.ORG_HEADS)
        )
    )


def _one_word_lowered(holder: str) -> bool:
    """A holder in capitals but for one short word OCR read in lower case ("cục TRƯỞNG")."""
    words = holder.split()
    lowered = [w for w in words if not is_upper_text(w, min_letters=1)]
    return (
        len(words) >= 2
        and is_upper_text(words[-1])
        and len(lowered) == 1
        and len(lowered[0]) <= 4
        and lowered[0].isalpha()
    )


_SIGNER = regex.compile(r"\p{Lu}\p{Ll}*(?:[ \t]+\p{Lu}\p{Ll}*){1,5}")
# Two to five words in capitals: a name printed so, or the seal's words (closing tells them
# apart).
NAME_IN_CAPITALS = regex.compile(r"[ \t]*\p{Lu}+(?:[ \t]+\p{Lu}+){1,4}[ \t]*")


def signer_in_capitals(text: str) -> bool:
    """``text`` may be a name printed in capitals (``ĐÀM VĂN BÔNG``): two to five words in
    capitals, the first a family name."""
    return NAME_IN_CAPITALS.fullmatch(text) is not None and text.split()[0] in vocab.SURNAMES


_SIGNING_MARK = regex.compile(r"[ \t]*[\[(]?[ \t]*(?:Đã|đã|ĐÃ)[ \t]+(?:ký|kí|KÝ|KÍ)\b")
_SIGNATURE_LINES = 4


def _signs_below(layout: Layout, i: int) -> bool:
    """A signer's name comes within a few lines under line ``i``, with only a position or a
    signing mark between: the authority line of a signature, not a formula quoted in a body."""
    seen = 0
    for j in range(i + 1, min(len(layout), i + 3 * _SIGNATURE_LINES)):
        text = layout.line(j).strip()
        if not text:
            continue
        if seen and (
            _SIGNER.fullmatch(text)
            or (signer_in_capitals(text) and not _sentence_at(layout, j + 1))
        ):
            # (a name in capitals with a sentence right under it is an example in a body:
            # "TL. Chủ tịch" / "Chánh Văn phòng" / "TRẦN VĂN A" / "Các đơn vị thực hiện …")
            return True
        seen += 1
        if seen > _SIGNATURE_LINES or (
            not _SIGNING_MARK.match(text) and (len(text.split()) > 6 or text.endswith((".", ";")))
        ):
            return False
    return False


_HOLDER_WORDS = 10


def _sentence_at(layout: Layout, j: int) -> bool:
    """Line ``j`` is a sentence of a body: long, or ended by a full stop or a semicolon."""
    if j >= len(layout):
        return False
    text = layout.line(j).strip()
    return len(text.split()) > 6 or text.endswith((".", ";"))


def _sentence_case_holder(folded: str, m: regex.Match[str]) -> bool:
    """A web page typed the holder in sentence case ("TM. Ủy ban nhân dân tỉnh", "KT. Giám
    đốc"): the prefix with its dot, then a body's or an office's name, short, and no sentence."""
    prefix = folded[m.start("prefix") : m.start("holder")]
    key = folded[m.start("holder") :].strip().upper()
    if (
        "." not in prefix
        or not key
        or len(key.split()) > _HOLDER_WORDS
        or key.endswith((".", ";", ":"))
    ):
        return False
    return bool(
        vocab.head_length(key, vocab.ORG_HEADS) or vocab.head_length(key, vocab.POSITION_STARTS)
    )


def is_closing_line(layout: Layout, i: int) -> bool:
    """A ``Nơi nhận`` label or a signing-authority line (``TM.``, ``KT.`` …)."""
    return noi_nhan(layout.folded_line(i)) is not None or authority_line(layout, i) is not None


# What a closing line can start with (``Nơi nhận``, ``TM.``, ``KT.`` …): one scan of the text
# finds the few lines worth asking is_closing_line about. A superset of the openings of
# NOI_NHAN, _NOI_NHAN_OCR and AUTHORITY, after the marks noi_nhan skips. Its characters are
# all spelled out, so the standard library's re reads it as regex would, many times faster.
_CLOSING_HEAD = re.compile(
    r"\n[ \t\-*•„‚`]*(?:[nN][oOcCaA][iI]|T[ \t]*/|TUQ|TM|TL|K[ \t]*/|KT|Q\.|K\.|T\.)"
)


def closing_lines(layout: Layout, start: int = 0, stop: int | None = None) -> Iterator[int]:
    """The lines of ``[start, stop)`` that are closing lines (:func:`is_closing_line`), in order."""
    return filter(lambda i: is_closing_line(layout, i), closing_candidates(layout, start, stop))


def closing_candidates(layout: Layout, start: int = 0, stop: int | None = None) -> Iterator[int]:
    """Lines of ``[start, stop)`` opening as a closing line can (``Nơi``, ``TM``, ``KT`` …)."""
    stop = len(layout) if stop is None else stop
    if start >= stop:
        return
    yield start
    # Every other line of the range begins after a line break inside it.
    for m in _CLOSING_HEAD.finditer(layout.folded, layout.starts[start], layout.ends[stop - 1]):
        yield layout.line_of(m.start() + 1)


_WORD4 = regex.compile(r"\p{L}{4}")
# A year wrapped onto its own line ends a date: "… ngày 30 tháng 9 năm" / "2022.".
_BULLETS = regex.compile(r"[-–+•*~\s]*")
_LUU_LINE = regex.compile(_BULLETS.pattern + r"luu\b", regex.IGNORECASE)


def _folded_opening(line: str) -> str:
    """``fold(line)``, or as much of it as _LUU_LINE can read: the bullets, three letters and
    the character after them (folding whole lines was the larger part of is_noise_line)."""
    head = fold(line[:24])
    bullets = _BULLETS.match(head)
    if len(head) < len(line) and (bullets.end() if bullets else 0) + 4 > len(head):
        return fold(line)
    return head


_LABEL_LINE = regex.compile(r"(?:\d{1,2}|[a-zđ]|[IVX]{1,4})[.)](?:[ \t]|$)")
_YEAR_LINE = regex.compile(r"(?:19|20)\d\d[.,;:)]*")
# "d:\2011\CV\SVH\T4\Bau cho Vinh Ha Long", "D\2017\CVUB\uy quyen": a drive, then folders.
# The folders hold no spaces and the file's name no sentence marks ("C:\Program Files\ và …"
# is a sentence wrapped).
_FILE_PATH = regex.compile(r"[A-Za-z]:?(?:\\[^\\\s]+)+\\[^\\\n.,;:]*")
TRAILING_RULE = regex.compile(r"(?<![ \t])[ \t]+[-–—_=]{4,}$")


_BLANK_RUN = regex.compile(r"\n{3,}")


def join_body_lines(lines: Iterable[str]) -> str:
    """Lines of running text as the model keeps them: page numbers and other noise lines
    dropped, trailing spaces cut, runs of blank lines made one, no blank lines around."""
    return join_clean_lines([line for line in lines if not is_noise_line(line)])


def join_clean_lines(lines: Iterable[str]) -> str:
    """:func:`join_body_lines` for lines already without noise."""
    kept = [line.rstrip() for line in lines]
    return _BLANK_RUN.sub("\n\n", "\n".join(kept)).strip("\n")


@lru_cache(maxsize=8192)
def is_noise_line(text: str) -> bool:
    """Page numbers, page-break markers, URLs and scanner debris."""
    stripped = text.strip()
    if not stripped:
        return False
    first = stripped[0]
    if (first in _NOISE_FIRST or first.isdecimal()) and NOISE_LINE.fullmatch(stripped):
        return True
    if "\\" in stripped and _FILE_PATH.fullmatch(stripped):
        return True  # the file's path, which typists print under the Lưu line
    if _WORD4.search(stripped):
        return False  # a real word (most lines): nothing below could make it noise
    if _LABEL_LINE.match(stripped) or _LUU_LINE.match(_folded_opening(stripped)):
        return False  # a numbered item ("1. …", "a)") or a Lưu line ("- Lưu: VT (19).")
    if len(stripped) <= 2 and not stripped.isupper():
        return True
    if _YEAR_LINE.fullmatch(stripped):
        return False
    if first in "-+•" and stripped.endswith(";") and has_letter(stripped):
        return False  # a recipient in letters and figures: "- V24;", "- X13;"
    # A heading cell's ruler may stay on its line ("BỘ Y TẾ --------"): the words decide.
    worded = TRAILING_RULE.sub("", stripped)
    if len(worded) < 2:
        worded = stripped  # "2 -----": a page number over a rule
    return len(worded) >= 2 and letter_ratio(worded) < 0.5


def _walk_back(layout: Layout, line: int, floor: int) -> int:
    """Extend a heading upwards over the issuer lines and the incoming stamp above its anchors."""
    start = line
    i = line - 1
    while i >= floor and line - i <= 10:
        text = layout.line(i).strip()
        if not text or RULE_LINE.fullmatch(text):
            i -= 1
            continue
        if match_authority(layout.folded_line(i)) or not is_upper_text(text):
            break
        start = i
        i -= 1
    return start


# "Mẫu số 01" (OCR's "Mau sé 04"), "Phụ lục II": the label of a form or an annex printed with a
# heading of its own.
_ATTACHMENT_LABEL = regex.compile(
    r"[ \t*_]*(?:mau(?:\s+s[oe])?|phu\s+luc)\s*(?-i:\d+|[IVXLC]+)(?![\p{L}\p{N}])", _I
)
# An annex may be the only one, unnumbered: "Phụ lục" alone, "**Phụ lục. Đơn xin …**". A body's
# sentence may end so too ("… chi tiết tại" / "Phụ lục."): trusted after the signature only.
_ANNEX_ALONE = regex.compile(r"[ \t*_#]*phu[ \t]+luc[ \t*_]*(?:[.:]|\n|$)", _I)
_ATTACHED_BY = regex.compile(r"[ \t*_]*\(?[ \t]*(?:ban[ \t]+hanh[ \t]+)?kem[ \t]+theo\b", _I)


def _filled(cluster: Cluster) -> bool:
    """The heading has a number in figures and a dated date line (a form's are left blank)."""
    number, date = cluster.first("number"), cluster.first("date_line")
    if number is None or date is None or "year" not in date.match.re.groupindex:
        return False
    return bool(number.match.group("number")) and bool(date.match.group("year"))


def _attachment(layout: Layout, cluster: Cluster, closed_at: int) -> bool:
    """A heading that belongs to the document above: a form or an annex labelled as one just
    above its anchors, or a heading with neither number nor date whose caption says it is
    issued with another document ("(Kèm theo Quyết định số …)").

    An unnumbered "Phụ lục" counts below ``closed_at``, the last closing line above, and only
    over a heading without a number line (a form's)."""
    if _filled(cluster):
        return False  # a number and a date of its own: a document, even after an annex
    first = cluster.first_line
    alone = cluster.first("number") is None
    for i in range(max(0, first - 12), first):
        # Matched from the line on: a table cell may wrap the label ("Mẫu số" / "01: …").
        end = layout.ends[i + 1] if i + 1 < first else layout.ends[i]
        if _ATTACHMENT_LABEL.match(layout.folded, layout.starts[i], end):
            return True
        if alone and i > closed_at and _ANNEX_ALONE.match(layout.folded, layout.starts[i], end):
            return True
    if cluster.first("number") or cluster.first("date_line"):
        return False
    return any(
        _ATTACHED_BY.match(layout.folded_line(i))
        for i in range(first + 1, min(len(layout), cluster.last_line + 12))
    )


def split_documents(layout: Layout, anchors: list[Anchor] | None = None) -> list[DocumentRange]:
    """Cut the text into documents (line ranges)."""
    if anchors is None:
        anchors = find_anchors(layout)
    clusters = find_clusters(anchors, layout=layout)
    closing = list(closing_lines(layout))
    starts: list[tuple[int, Cluster | None]] = []
    annex = -1  # the line of the last heading read as an attachment
    for cluster in clusters:
        if not starts:
            # The first document owns everything before its heading (banners, stamps).
            first_closing = closing[0] if closing else len(layout)
            candidates = [c for c in clusters if c.first_line < first_closing] or [cluster]
            best = max(candidates, key=lambda c: (c.strength, -c.first_line))
            starts.append((0, best))
            continue
        prev = starts[-1][1]
        if prev is None or cluster.first_line <= prev.last_line or cluster.strength < 2:
            continue
        # The closing lines are sorted: bisect rather than scan them for every heading.
        before = bisect_left(closing, cluster.first_line)
        last_closing = closing[before - 1] if before else None
        closed_at = -1 if last_closing is None else last_closing
        if _attachment(layout, cluster, closed_at) or (
            # The next form of the same annex, no closing between and no number line of its
            # own: "Phụ lục" / "ĐƠN …" / "ĐƠN …".
            annex > max(prev.last_line, closed_at)
            and cluster.first("number") is None
            and not _filled(cluster)
        ):
            annex = cluster.first_line
            continue
        closed = last_closing is not None and last_closing > prev.last_line
        if closed or cluster.strength >= 3:
            floor = max(prev.last_line + 1, last_closing or 0)
            starts.append((_walk_back(layout, cluster.first_line, floor), cluster))
    if not starts:
        starts.append((0, None))
    ranges = []
    for k, (start, heading) in enumerate(starts):
        end = starts[k + 1][0] if k + 1 < len(starts) else len(layout)
        ranges.append(DocumentRange(start, end, heading))
    return ranges
