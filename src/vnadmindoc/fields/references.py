"""Coded references to other documents.

A reference is a type word, ``số`` and a code, optionally followed by the
date and the issuing body: ``Thông báo số 241/TB-VPCP ngày 12/9/2021 của
Văn phòng Chính phủ``.  Codes also appear bare (``(Kèm theo 241/TB-VPCP)``)
when their shape is unmistakable.  The issuer may instead stand before the
citation: ``chỉ đạo của Bộ Tài chính tại công văn số 11614/BTC-PC``.

>>> text = "Thực hiện Thông báo số 274-TB/TU ngày 04/8/2021 của Ban Thường vụ Tỉnh ủy."
>>> [r.code.code for r in find_references(text)]
['274-TB/TU']
>>> text = "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;"
>>> r = find_references(text)[0]
>>> (r.kind, r.date.isoformat(), r.issuer)
('nghi_dinh', '2020-03-05', 'Chính phủ')
"""

from __future__ import annotations

from collections import Counter
from itertools import islice, pairwise

import attrs
import regex

from vnadmindoc import vocab
from vnadmindoc.deadline import check, remaining
from vnadmindoc.fields.codes import DASHES, make_code, match_code
from vnadmindoc.fields.dates import date_at
from vnadmindoc.model import DocumentCode, PartialDate, Reference, Span
from vnadmindoc.text import collapse_spaces, fold, has_letter, is_upper_text

__all__ = ["find_references", "scan_references"]

_NL = r"[ \t]*(?:\n[ \t]*)?"
# `regex` releases the GIL around every match unless told not to, which costs more than most
# matches here (a few words read at a cue). Frequent matches pass ``concurrent`` by position
# (match, search: the fourth argument), as `regex` reads a keyword argument slowly; a scan
# yielding many matches passes it by keyword, once.
_KEEP_GIL = False
_TYPES = vocab.type_phrase_pattern()
# "số" before a code ("số 241/TB-VPCP", "số357/TTr-CP"); the type word is looked for before it.
_SO = regex.compile(rf"(?<![\p{{L}}])s[oe](?![\p{{L}}])[ \t]*[:.]?{_NL}", regex.IGNORECASE)
_WORDS = regex.compile(r"\p{L}+")


class _Phrases:
    """Type phrases ("thong bao", "nghi dinh", "thong tu lien tich") found word by word.

    One alternation of every phrase, tried at every position of a text, was the parser's
    slowest step; looking words up in tables keyed by their first and last word is not.
    """

    def __init__(self, phrases: list[str]) -> None:
        words = sorted({tuple(p.split()) for p in phrases}, key=len, reverse=True)
        self.by_first: dict[str, list[tuple[str, ...]]] = {}
        self.by_last: dict[str, list[tuple[str, ...]]] = {}
        for w in words:
            self.by_first.setdefault(w[0], []).append(w)
            self.by_last.setdefault(w[-1], []).append(w)

    @staticmethod
    def _joined(folded: str, tokens: list[regex.Match[str]]) -> bool:
        return all(folded[a.end() : b.start()].isspace() for a, b in pairwise(tokens))

    def ending_at(self, folded: str, end: int, floor: int) -> int | None:
        """Where the longest phrase ending exactly at ``end`` starts, if one does."""
        lo = max(floor, end - 60)
        # Asked before every number in the text: the word just before decides most cases.
        start = end
        while start > lo and folded[start - 1].isalpha():
            start -= 1
        if start == end or folded[start:end].lower() not in self.by_last:
            return None
        tokens = list(_WORDS.finditer(folded, lo, end, concurrent=_KEEP_GIL))
        if not tokens or tokens[-1].end() != end:
            return None
        for phrase in self.by_last.get(tokens[-1].group().lower(), ()):
            n = len(phrase)
            tail = tokens[-n:]
            if len(tail) == n and tuple(t.group().lower() for t in tail) == phrase:
                begin = tail[0].start()
                if self._joined(folded, tail) and not (begin and folded[begin - 1].isalpha()):
                    return begin
        return None

    def all_in(self, folded: str, lo: int, hi: int) -> list[tuple[int, int]]:
        """Every phrase in ``folded[lo:hi]``, leftmost and longest first, not overlapping."""
        # One split gives words and the gaps between them: parts[2k + 1] is word k, parts[2k]
        # the gap before it; offsets are summed only where a phrase may start.
        parts = _SPLIT_WORDS.split(folded[lo:hi].lower(), 0, _KEEP_GIL)
        words = parts[1::2]
        by_first = self.by_first
        out = []
        after = 0  # no phrase may start before this word: the last one found ends there
        for i in [i for i, w in enumerate(words) if w in by_first]:
            if i < after:
                continue
            for phrase in by_first[words[i]]:
                n = len(phrase)
                if tuple(words[i : i + n]) != phrase or i + n > len(words):
                    continue
                if not all(g.isspace() for g in parts[2 * i + 2 : 2 * (i + n) : 2]):
                    continue
                begin = lo + sum(map(len, parts[: 2 * i + 1]))
                stop = begin + sum(map(len, parts[2 * i + 1 : 2 * (i + n)]))
                if not (begin and folded[begin - 1].isalpha()) and not (
                    stop < len(folded) and folded[stop].isalpha()
                ):
                    out.append((begin, stop))
                    after = i + n
                    break
        return out


_SPLIT_WORDS = regex.compile(f"({_WORDS.pattern})")  # the words, and the gaps between them
_PHRASES = _Phrases(vocab.type_phrases())
# A type word followed directly by a number: "Thông báo 274-TB/TU", "Nghị định 30/2020/NĐ-CP".
# Where a number follows the last word of a type phrase, the phrase may end just before
# (_PHRASES.ending_at reads it): one number in thirty or so, where any word was one in three.
# The word's start is told by no ASCII letter before it (on which Python and `regex` agree:
# ending_at asks str.isalpha).
# Matched on the digit, the word before it in a lookbehind: a pattern opening with a lookbehind
# is tried at every position, one opening with a digit only at digits (five times faster).
# OCR that lost "ố" glues the "s" left of "số" to the number: "Nghị định s20/2008/NĐ-CP".
_NUMBER_AFTER_TYPE = regex.compile(
    r"(?<=(?<![a-zA-Z])(?i:"
    + "|".join(regex.escape(w) for w in sorted(_PHRASES.by_last, key=len, reverse=True))
    + r")[ \t]{1,20}[sS]?)\d"
)
_GAP_WORD = regex.compile(r"[^\s]+")
# A clause mark: a type before it is too far from a "số" after it. Searched for backwards, the
# last one before the "số" first (one search, not a look for each mark).
_LAST_GAP_STOP = regex.compile(r'[;.()“”"]', regex.REVERSE)
_BARE = regex.compile(
    r"(?<![\p{L}\p{N}/.\-])(?:"
    r"\p{N}{1,5}/(?:\d{4}/)?\p{Lu}[\p{L}]*(?:-[\p{Lu}\p{N}][\p{L}\p{N}.]*)+"
    r"|\p{N}{1,5}-\p{Lu}[\p{L}]*/\p{Lu}[\p{L}\p{N}]*(?:-[\p{Lu}\p{N}][\p{L}\p{N}]*)*"
    r")(?![\p{L}\p{N}])"
)
# "ngày 12/9/2021", "đề ngày …" (dated), "công bố ngày …" (after the issuer), or a bare date
# where OCR dropped "ngày".
# OCR writes "ngày" as "hgày"; a stray full stop may end the code ("15/QĐ-TTg. ngày …").
# A page break may leave a blank line between a code and its date ("… /QĐ-UBND" / "" / "ngày
# 13 tháng 9 …"): only "ngày" then goes on from it.
_DATE_CUE = regex.compile(
    # A telegram's hour right after its code, before its day: "Công điện số 07/CĐ-PCTT hồi
    # 14h00 ngày 15/6/2022" (after a comma or a stop, "lúc 8 giờ ngày …" is an event's).
    r"(?:[ \t]+hoi[ \t]+\d{1,2}[ \t]*(?:h|gio)(?:[ \t]*\d{1,2}(?:[ \t]*phut)?)?[ \t]*,?[ \t]+"
    rf"|[ \t]*\n[ \t]*\n[ \t]*(?=(?-i:ngay)\b)|[ \t]*[,.]?{_NL})"
    # "đề ngày", "ghi ngày" (dated), "ký ngày", "ban hành ngày", perhaps wrapped before "ngày".
    rf"(?:(?:(?:de|ghi|ky|ban[ \t]+hanh|cong[ \t]+bo)(?:[ \t]+|[ \t]*\n[ \t]*))?[nh]ga[yv]{_NL})?",
    regex.IGNORECASE,
)
# OCR leaves a quote on "của" ("của' Bộ Tài chính"), a typist a slash ("16/10/2007/của").
# After a blank line only in lower case and before a name in capitals: a page typing every line
# a blank line apart ("… ngày 01/02/2020" / "" / "của Bộ Giáo dục và Đào tạo …"); no paragraph
# opens so ("" / "của đơn vị nào chưa báo cáo …" is a sentence's rest).
_ISSUER_CUE = regex.compile(
    rf"[ \t]*[,/]?(?:{_NL}(?i:cua)['’‘]?(?:[ \t]+|[ \t]*\n[ \t]*)"
    r"|[ \t]*\n[ \t]*\n[ \t]*cua[ \t]+(?=\p{Lu}))"
)
_TOKEN = regex.compile(r"[^\s,;.…()\[\]“”\"':?!]+|[,;.…()\[\]“”\"':?!]")
_OCR_COMMA = regex.compile(r" ,(?=\p{L})")
_STOP_PUNCT = set(",;.…()[]“”\"':?!")  # "…" ends a name as "..." does


def _by_first_word(phrases: list[list[str]]) -> dict[str, list[list[str]]]:
    table: dict[str, list[list[str]]] = {}
    for words in phrases:
        table.setdefault(words[0], []).append(words)
    return table


def _stops_at(stops: dict[str, list[list[str]]], words: list[str], k: int) -> bool:
    if words[k] not in stops:  # most words: no list to walk
        return False
    return any(words[k : k + len(s)] == s for s in stops[words[k]])


_STOPS = _by_first_word([s.split() for s in vocab.ISSUER_STOPS])
# Stops of two words or more also match without diacritics (OCR: "hướng dan"); one-word stops
# must not ("tại" would then stop "vận tải").
_FOLDED_STOPS = _by_first_word([fold(s).split() for s in vocab.ISSUER_STOPS if " " in s])
# Without a type word, only a full code counts: number, then at least two symbol groups.
_UNTYPED_CODE = regex.compile(r"[ \t]*\p{N}{1,6}[ \t]*[/\-][ \t]*[\p{L}\p{N}]+[ \t]*[/\-]")
# What a code can start with: a digit, a blank number's separator, or letters then a digit.
_CODE_START = regex.compile(r"[ \t]*(?:\p{N}|[/\-]|\p{Lu}{1,5}\p{N})")
_TAI_END = regex.compile(rf"\btai{_NL}(?:cac{_NL})?$", regex.IGNORECASE)
# "tại" typed twice ("… của Bộ Tài nguyên và Môi trường tại tại Tờ trình số …") is one; read as
# printed, since folded "vận tải" ends with "tai" too.
_TAI_TWICE = regex.compile(r"(?<![\p{L}])tại[ \t]+$")
_CUA = regex.compile(r"\bcua(?:[ \t]+|[ \t]*\n[ \t]*)", regex.IGNORECASE)
_TYPE_START = regex.compile(rf"(?:{vocab.type_phrase_pattern()})\b", regex.IGNORECASE)


@attrs.frozen
class Mention:
    """One occurrence of a coded reference, before mentions of the same code are merged."""

    code: DocumentCode
    kind: str | None
    date: PartialDate | None
    issuer: str | None
    issuer_before: str | None
    start: int
    end: int


_NAME_TOKENS = 14
_JOINT_NAME_TOKENS = 28
# The end of a look at a fixed phrase (a name's continuation, a term, a parent body: 40
# characters at most), spaced out. A `regex` match given no end costs time in proportion to
# the text after its position, even when it fails at once (about 0.3 µs a KB here): left
# unbounded, a look at every comma of every name grew with the square of the text.
_REACH = 120
_TERM = regex.compile(r"\([ \t]*khoa[ \t]+[IVXLC\d]{1,7}[ \t]*\)", regex.IGNORECASE)


def _read_issuer(
    text: str, folded: str, pos: int, endpos: int, *, joint: bool = False
) -> tuple[str | None, int]:
    """The body named from ``pos``: words up to a stop word, punctuation or another citation.

    For a ``joint`` document "và" before an organisation's head ends the name: the next body
    follows ("Chính phủ và Đoàn Chủ tịch …").
    """
    # A name ends by its 15th token; a few more are enough to look for a stop phrase.
    # A joint act's bodies are named one after another: "liên bộ Bộ Công an - Bộ Lao động -
    # Thương binh và Xã hội - Bộ Tài chính".
    limit, reach = (_JOINT_NAME_TOKENS, 400) if joint else (_NAME_TOKENS, 200)
    # A name that runs on over commas or "về" is read whole, then as any other after it ("Ủy
    # ban Khoa học, Công nghệ và Môi trường của Quốc hội").
    long_end = -1
    if (long_name := _LONG_NAME.match(folded, pos, endpos, _KEEP_GIL)) is not None:
        long_end = long_name.end()
        limit += len(_TOKEN.findall(text, pos, long_end))
        reach += long_end - pos
    tokens = _TOKEN.finditer(text, pos, min(endpos, pos + reach), concurrent=_KEEP_GIL)
    words = list(islice(tokens, limit + 5))
    lower = [w.group().lower() for w in words]
    # Tokens hold no white space and fold maps character by character: one call folds them all.
    folded_lower = fold("\n".join(lower)).split("\n")
    cut = len(words)
    term_end = -1  # a term in brackets after the name is part of it: "Quốc hội (khóa XV)"
    member_comma = None  # the comma before a member unit's parent ("…, Sở Nội vụ")
    for k, w in enumerate(words):
        token = w.group()
        if w.start() < term_end or w.start() < long_end:
            continue
        if token == "(" and k and (term := _TERM.match(folded, w.start(), w.start() + _REACH)):
            term_end = term.end()
            continue
        gap = text[words[k - 1].end() : w.start()] if k else ""
        if token == "," and k + 1 < len(words) and words[k + 1].group()[:1].isupper():
            if _continues_name(folded, w.end()) or (
                lower[:k] == _MINISTER
                and _MINISTER_OFFICE.match(folded, w.end(), w.end() + _REACH) is not None
            ):
                continue  # "Bộ Văn hóa, Thể thao và Du lịch" (in capitals: "…, thể thao" is prose)
            if member_comma is None and _member_of(text, words[0].start(), w.end()):
                member_comma = k
                continue
        if (
            token == ","
            and 0 < k < len(words) - 1
            and (folded_lower[k - 1], folded_lower[k + 1]) in _COMMA_COMPOUNDS
        ):
            continue  # "Ban Chỉ đạo phòng, chống dịch": the comma of a fixed phrase
        if token == "." and k and lower[k - 1] == "tp" and _city_follows(words, lower, k + 1):
            continue  # "Cục Hải quan TP. Hồ Chí Minh": the city's abbreviation, not a full stop
        if (
            token == ","
            and gap
            and k + 1 < len(words)
            and words[k + 1].start() == w.end()
            and words[k + 1].group()[:1].isalpha()
        ):
            continue  # OCR moved a space: "Chính ,phủ"
        if token in _STOP_PUNCT or k >= limit or gap.count("\n") >= 2:
            cut = k
            break
        if (
            "\n" in gap
            and not is_upper_text(words[k - 1].group())
            and is_upper_text(token)
            and not _ends_with_office(lower, k)
            and not _company_then_form(text[pos : words[k - 1].end()], token)
        ):
            # The next line starts an upper-case heading or sentence, not the rest of a name;
            # an office waits for its body ("… của Giám đốc" / "ĐHQG-HCM về việc …").
            cut = k
            break
        if (
            folded_lower[k] == "nam"
            and k + 2 < len(words)
            and folded_lower[k + 1] == "hoc"
            and words[k + 2].group()[:1] in "0123456789:"
        ):
            cut = k  # "… trường THCS Nhơn Phú năm học 2017 – 2018" ("Viện Việt Nam học" goes on)
            break
        if lower[k] == "căn" and lower[k + 1 : k + 2] == ["cứ"] and (token == "căn" or "\n" in gap):
            cut = k  # "Căn cứ …" opens the next sentence ("Căn cứ Hải quân" names a base)
            break
        if (
            _stops_at(_STOPS, lower, k) or _stops_at(_FOLDED_STOPS, folded_lower, k)
        ) and not _inside_head(lower, k):
            cut = k
            break
        if (
            token[:1].islower()
            and k <= _CLOSED_LONGEST
            and folded_lower[k] not in _NOT_AFTER_CLOSED
            and " ".join(folded_lower[:k]) in _CLOSED
        ):
            cut = k  # "của Bộ Chính trị phân cấp …": the name is whole
            break
        if lower[k] == "và" and k + 1 < len(words):
            nxt = words[k + 1]
            # "Thương binh và Xã hội", "thể thao và du lịch": the "và" of a whole name
            named = (*folded_lower[max(0, k - 2) : k], folded_lower[k + 1]) in _JOINED_IN_NAMES
            if not named and (
                nxt.group()[:1].islower()
                or _TYPE_START.match(folded, nxt.start(), None, _KEEP_GIL)
                # the next provision cited: "… của Chính phủ và Điều 28 Thông tư số …"
                or _PROVISION.match(folded, nxt.start(), nxt.start() + _REACH)
                or (joint and _ORG_HEAD.match(folded, nxt.start()))
            ):
                cut = k
                break
        if (
            k > 0
            and token[:1].isupper()
            and (cited := _TYPE_START.match(folded, w.start(), None, _KEEP_GIL))
            and not _NAME_GOES_ON.match(text, cited.end())
        ):
            # The next citation begins ("… của Chính phủ Quyết định số …"); a type word inside
            # a name is followed by its next word in capitals ("Bộ Kế hoạch và Đầu tư").
            cut = k
            break
    if member_comma is not None and not (
        cut < min(len(words), limit) and lower[cut] in _AFTER_PARENT
    ):
        # The parent must end the name where a citation's issuer ends ("…, Sở Nội vụ về việc
        # …"); "…, Sở Tư pháp đã chỉ đạo …" opens the next clause with its subject.
        cut = member_comma
    if cut == 0:
        return None, pos
    end = words[cut - 1].end()
    name = _OCR_COMMA.sub(" ", collapse_spaces(text[pos:end]))
    return (name or None), end


# Words joined by a comma in a name's fixed phrase ("phòng, chống tham nhũng").
_COMMA_COMPOUNDS = frozenset({("phong", "chong")})


# What may follow a member unit's parent that ends a cited document's issuer.
_AFTER_PARENT = frozenset({"về", "ngày", "và", "tại", "(", ";", ".", ",", ":", "v/v", "số"})


# Bodies whose names hold commas or "về" (long_names.txt), on folded text, spaced as printed.
# A word in capitals there stays so ("Ủy ban Tài chính, Ngân sách", not "…, ngân sách nhà
# nước"); any may be printed in capitals, and a lower-case word in either case.
def _name_word(word: str) -> str:
    first = word[0]
    head = regex.escape(first) if first.isupper() else f"[{regex.escape(first + first.upper())}]"
    return head + (f"(?i:{regex.escape(word[1:])})" if word[1:] else "")


_LONG_NAME = regex.compile(
    r"[ \t\n]*(?P<name>"
    + "|".join(
        r"[ \t]*\n?[ \t]*".join(_name_word(w) for w in fold(n).split()) for n in vocab.LONG_NAMES
    )
    + r")(?![\p{L}\p{N}])"
)


# Bodies whose name is whole (see closed_names.txt), as _read_issuer folds its tokens.
_CLOSED = frozenset(fold(" ".join(_TOKEN.findall(n.lower()))) for n in vocab.CLOSED_NAMES)
_CLOSED_LONGEST = max(len(n.split()) for n in _CLOSED)
# A term ("khóa XII"), the next body of a joint name, "nước …", a branch or a region ("chi
# nhánh", "khu vực", "chuyên ngành") and "trung ương" may follow a whole name.
_NOT_AFTER_CLOSED = frozenset({"khoa", "va", "nuoc", "chi", "khu", "chuyen", "trung"})


# The words either side of "và" in a whole name ("Thể thao và Du lịch" → ("the", "thao",
# "du")): a name typed in lower case goes on over them ("Bộ Văn hóa thể thao và du lịch").
_JOINED_IN_NAMES = frozenset(
    (words[k - 2], words[k - 1], words[k + 1])
    for words in (n.split() for n in _CLOSED)
    for k in range(2, len(words) - 1)
    if words[k] == "va"
)


def _city_follows(words: list[regex.Match[str]], lower: list[str], k: int) -> bool:
    """Token ``k``, after "TP.", names a city: a capital not opening a stop phrase, then another
    capital, a mark or a stop ("TP. Hồ Chí Minh", "TP. Huế về …"; not "TP. Các đơn vị …")."""
    if k >= len(words) or not words[k].group()[:1].isupper() or _stops_at(_STOPS, lower, k):
        return False
    if k + 1 >= len(words):
        return True
    following = words[k + 1].group()
    return following[:1].isupper() or following in _STOP_PUNCT or _stops_at(_STOPS, lower, k + 1)


_PROVISION = regex.compile(r"(?i:dieu|khoan|diem|chuong|muc)[ \t]+(?:\d+|[IVXLC]+)(?![\p{L}\p{N}])")
# (or a company's form: "Công ty Luật TNHH Justiva Law")
_NAME_GOES_ON = regex.compile(r"[ \t]+(?:và[ \t]+)?(?:\p{Lu}\p{Ll}|(?:TNHH|MTV|CP)\b)")
_OFFICES = [t.lower().split() for t in vocab.LEAD_TITLES]


def _company_then_form(name: str, following: str) -> bool:
    """``name`` is a company's head and nothing more, and ``following`` its form: its name goes
    on ("Công ty" / "TNHH BHFLEX VINA"; not "Sở" / "II. NHIỆM VỤ")."""
    return following in _COMPANY_FORMS and fold(name).upper() in _COMPANY_HEADS


_COMPANY_HEADS = frozenset({"CONG TY", "TONG CONG TY"})
_COMPANY_FORMS = frozenset({"TNHH", "CP", "MTV", "CỔ"})


def _ends_with_office(lower: list[str], k: int) -> bool:
    """The name read before token ``k`` ends with an office ("Giám đốc", "Chủ tịch")."""
    return any(len(t) <= k and lower[k - len(t) : k] == t for t in _OFFICES)


# Heads of several words that hold a stop word: "Ban chỉ đạo …", "Ban quản lý …".
_HEADS_WITH_STOPS = [
    head.lower().split()
    for head, _ in vocab.UNIT_HEADS
    if any(_stops_at(_STOPS, head.lower().split(), k) for k in range(1, len(head.split())))
]


def _inside_head(lower: list[str], k: int) -> bool:
    """Token ``k`` is a word of such a head starting just before it ("Ban chỉ đạo")."""
    return any(
        j >= 0 and j + len(h) > k and lower[j : j + len(h)] == h
        for h in _HEADS_WITH_STOPS
        for j in range(k - len(h) + 1, k)
    )


def _after_comma(phrases: tuple[str, ...]) -> regex.Pattern[str]:
    """Any of ``phrases`` right after a comma, folded text, perhaps on the next line."""
    return regex.compile(
        r"[ \t]*(?:\n[ \t]*)?(?:"
        + "|".join(regex.escape(fold(c)).replace(r"\ ", r"\s+") for c in phrases)
        + r")\b",
        regex.IGNORECASE,
    )


_CONTINUATION = _after_comma(vocab.NAME_CONTINUATIONS)


_MINISTER = ["bộ", "trưởng"]
_MINISTER_OFFICE = _after_comma(vocab.MINISTER_OFFICES)


def _continues_name(folded: str, pos: int) -> bool:
    return _CONTINUATION.match(folded, pos, pos + _REACH) is not None


_MEMBER_PARENTS = [
    (
        regex.compile(
            r"[ \t]*"
            + regex.escape(parent).replace(r"\ ", r"[ \t]+")
            + (r"[ \t]+\p{Lu}" if named else r"\b")
        ),
        regex.compile(r"(?:" + "|".join(regex.escape(h) for h in heads) + r")\b"),
    )
    for parent, heads, named in vocab.MEMBER_PARENTS
]


def _member_of(text: str, name_start: int, pos: int) -> bool:
    """After a member unit's name ("Trường Đại học Ngoại ngữ"), the comma at ``pos`` goes on
    into the body it belongs to ("Đại học Quốc gia Hà Nội")."""
    return any(
        parent.match(text, pos, pos + _REACH) is not None
        and member.match(text, name_start, name_start + _REACH) is not None
        for parent, member in _MEMBER_PARENTS
    )


_HAS_ISSUED = regex.compile(
    rf"(?:[ \t]+|[ \t]*\n[ \t]*)(?:(?:da|vua|cung|tiep[ \t]+tuc){_NL}){{0,3}}"
    rf"(?:co|ban[ \t]+hanh|gui){_NL}(?:cac{_NL})?$",
    regex.IGNORECASE,
)


def _heads(heads: tuple[str, ...]) -> regex.Pattern[str]:
    """Any of ``heads`` as a whole word, spaced as printed."""
    return regex.compile(
        r"(?<![\p{L}])(?:"
        + "|".join(regex.escape(h).replace(r"\ ", r"[ \t]+") for h in heads)
        + r")(?![\p{L}])",
        regex.IGNORECASE,
    )


_ORG_HEAD = _heads(vocab.ORG_HEADS)
# Brackets end a clause, except around a name's abbreviation: "Bảo hiểm xã hội (BHXH) Việt Nam".
_CLAUSE_END = regex.compile(
    r"[.;:,!?]|\((?![A-Z][A-Z0-9&\-]{1,11}\))|(?<!\([A-Z][A-Z0-9&\-]{1,11})\)|\n[ \t]*\n"
)


def _issuer_subject(
    text: str, folded: str, type_start: int
) -> tuple[str | None, PartialDate | None]:
    """``<issuer> đã có công văn số …``: the body that is the subject of the sentence, and the
    date that opens the sentence before it ("Ngày 12/6/2015, Bộ Quốc phòng đã có …")."""
    window_start = max(0, type_start - 160)
    verb = _HAS_ISSUED.search(folded, window_start, type_start)
    if verb is None:
        return None, None
    ends = list(_CLAUSE_END.finditer(folded, window_start, verb.start()))
    clause_start = ends[-1].end() if ends else window_start
    head = _ORG_HEAD.search(folded, clause_start, verb.start())
    if head is None or not text[head.start()].isupper():
        return None, None
    bracket = folded.rfind(")", head.start(), verb.start())
    if bracket >= 0:
        # "Bộ Tài chính (BTC) Sở Tài chính tỉnh đã có …": another body after the abbreviation
        # is the subject.
        later = _ORG_HEAD.search(folded, bracket + 1, verb.start())
        if later is not None and text[later.start()].isupper():
            head = later
    name = collapse_spaces(text[head.start() : verb.start()])
    words = len(name.split())
    if words > _NAME_TOKENS or _NOT_IN_NAME.search(name):
        return None, None  # "Bộ Quốc phòng đã có Công văn số 4966/BQP-CT và tiếp tục có …"
    # A long subject must read as one name to the verb: "Cục Quản lý chất lượng - Bộ Giáo dục và
    # Đào tạo đã ban hành …", not "Ủy ban nhân dân huyện căn cứ đề nghị của …".
    if words > _SUBJECT_WORDS and _whole_name(text, folded, head.start(), verb.start()) is None:
        return None, None
    return name, _date_opening(folded, head.start())


_SUBJECT_WORDS = 10  # a subject's words, past which it must read as a name


# A code, a "số" or a date inside what would be the subject's name: another clause.
_NOT_IN_NAME = regex.compile(r"\d[ \t]*[/\-][ \t]*\p{L}|\b(?:số|ngày)\b")


_DATE_OPENS = regex.compile(r"(?:^|(?<=[.;:,(\n]))[ \t]*(?:vao[ \t]+)?ngay[ \t]+", regex.IGNORECASE)
_DATE_TO_HEAD = regex.compile(r"[ \t]*,?[ \t]*")


def _date_opening(folded: str, head: int) -> PartialDate | None:
    """A date opening the sentence just before its subject at ``head``: "ngày 16/8/2018 Bộ …"."""
    opened = None
    for found in _DATE_OPENS.finditer(folded, max(0, head - 40), head):
        opened = found  # the last opening before the subject
    if opened is None:
        return None
    date, _, end = date_at(folded, opened.end(), head)
    if date is None or _DATE_TO_HEAD.fullmatch(folded, end, head) is None:
        return None
    return date


# The last word of "... tại", "... đã có", "... ban hành", "... gửi", "... có các", "... theo".
_VERBS_BEFORE = frozenset({"tai", "co", "hanh", "gui", "cac", "theo"})


def _word_end(folded: str, pos: int) -> int:
    """Where the word before ``pos`` ends, past the spaces and line breaks after it."""
    while pos and folded[pos - 1] in " \t\n":
        pos -= 1
    return pos


def _word_start(folded: str, pos: int) -> int:
    """Where the word before ``pos`` starts (see :func:`_word_end`)."""
    pos = _word_end(folded, pos)
    while pos and folded[pos - 1].isalpha():
        pos -= 1
    return pos


def _last_word(folded: str, end: int) -> str:
    """The word ending ``folded[:end]``, past the spaces and line breaks, in lower case."""
    stop = _word_end(folded, end)
    return folded[_word_start(folded, stop) : stop].lower()


def _issuer_before(
    text: str, folded: str, type_start: int
) -> tuple[str | None, PartialDate | None]:
    """The body named just before the citation, and a date before that body.

    Either ``của <issuer> tại <citation>`` or ``[ngày …,] <issuer> đã có <citation>``.
    """
    # Both forms end with a word just before the citation: most citations have neither.
    last = _last_word(folded, type_start)
    if last not in _VERBS_BEFORE:
        bracket = _word_end(folded, type_start)
        if bracket and folded[bracket - 1] == "(" and _LETTER_TYPES.match(folded, type_start):
            return _asker_before(text, folded, bracket - 1), None
        return None, None
    window_start = max(0, type_start - 160)
    if last in ("tai", "theo") and (issued := _ISSUED_BY.search(folded, window_start, type_start)):
        # "… do Ủy ban nhân dân tỉnh ban hành kèm theo Quyết định số 12/2020/QĐ-UBND"
        found = list(_DO.finditer(text, window_start, issued.start()))
        if found and _body_starts(text, found[-1].end(), issued.start(), office=True):
            name = _whole_name(text, folded, found[-1].end(), issued.start())
            if name is not None and not any(
                _ORG_HEAD_PRINTED.match(name, a.end()) for a in _AND.finditer(name)
            ):  # "do Sở Tài chính thẩm định và UBND tỉnh ban hành …": the last one did
                return name, None
    # "… của Bộ Công Thương tại (các) Tờ trình số …"
    tai = _TAI_END.search(folded[window_start:type_start]) if last in ("tai", "cac") else None
    if not tai:
        return _issuer_subject(text, folded, type_start)
    tai_start = window_start + tai.start()
    if twice := _TAI_TWICE.search(text, window_start, tai_start):
        tai_start = twice.start()
    found = list(_CUA.finditer(folded, window_start, tai_start))
    if not found:
        if last == "tai":
            return _clause_subject(text, folded, window_start, tai_start), None
        return None, None
    cua = found[-1]
    if last == "cac" and _last_word(folded, cua.start()) not in _ASKING:
        # "… vi phạm của Công ty … tại các Quyết định xử phạt số …": several documents about
        # a body, not by it; only a request or an opinion names who wrote them.
        return None, None
    name, end = _read_issuer(text, folded, cua.end(), tai_start)
    # A comma may stand before "tại": "Xét đề nghị của Giám đốc Sở Tư pháp, tại Tờ trình số …".
    if name is None or text[end:tai_start].strip().removesuffix(","):
        if last == "tai":
            return _clause_subject(text, folded, max(window_start, cua.end()), tai_start), None
        return None, None
    return name, None


# "ban hành kèm theo", "ban hành tại"; not "ban hành theo", which is often "pursuant to" ("Bảng
# giá đất do UBND tỉnh ban hành theo Nghị định số 44/2014/NĐ-CP").
# "phê duyệt tại" too: "Kế hoạch … đã được Giám đốc Sở Công Thương phê duyệt tại Quyết định số …".
_ISSUED_BY = regex.compile(
    rf"\b(?:ban{_NL}hanh|phe{_NL}duyet){_NL}(?:kem{_NL}theo|tai){_NL}$", regex.IGNORECASE
)
# Matched as printed: folded, "độ" ("chế độ kế toán") and "đó" are "do" too.
_DO = regex.compile(r"(?<![\p{L}])(?:do|được)[ \t]+(?:\n[ \t]*)?(?=\p{Lu})")
_AND = regex.compile(r"[ \t]và[ \t]+")
_CLAUSE_MARK = regex.compile(r"[,;:(]")
_TAI_SO = regex.compile(r"\btai\b[^.;:()]{1,40}?\bso\b", regex.I)
_OPINION_REACH = 300


def _opinion_before(folded: str, mark: int) -> bool:
    """The list's first opinion stands in the sentence before ``mark``: "của Bộ Tài chính tại
    văn bản số …" (a "tại … số" with "của" before it, no sentence mark between)."""
    lo = max(0, mark - _OPINION_REACH)
    for cited in _TAI_SO.finditer(folded, lo, mark):
        clause = max(folded.rfind(c, lo, cited.start()) for c in ".;:()")
        if _CUA.search(folded, max(clause + 1, cited.start() - 120), cited.start()):
            return True
    return False


def _clause_subject(text: str, folded: str, lo: int, tai_start: int) -> str | None:
    """The body that opens the clause before "tại": the next of a list of opinions, "ý kiến của
    Bộ Tài chính tại văn bản số …, Bộ Tư pháp tại văn bản số …". Only after a comma, and only
    where the sentence began the list ("của <body> tại … số")."""
    marks = list(_CLAUSE_MARK.finditer(folded, lo, tai_start))
    if not marks or marks[-1].group() != ",":
        return _joined_subject(text, folded, marks[-1].end() if marks else lo, tai_start)
    if not _opinion_before(folded, marks[-1].start()):
        return None  # "Nhiệm vụ của Sở Y tế, Sở Tài chính tại Kế hoạch số …": no list of opinions
    start = marks[-1].end()
    while start < tai_start and text[start] in " \t\n":
        start += 1
    if not _body_starts(text, start, tai_start):
        return None
    return _whole_name(text, folded, start, tai_start)


def _joined_subject(text: str, folded: str, lo: int, tai_start: int) -> str | None:
    """The body or office named after "và" before "tại", the last of a list of opinions or
    requests: "đề nghị của Chánh Văn phòng tại Tờ trình số 1818/TTr-VP ngày … và Giám đốc Sở Nội
    vụ tại Văn bản số …". The word before "và" ends the citation before it (its date's year or
    its code), not a name: "… giữa Sở Y tế và Sở Tài chính tại …", "… Trường Tiểu học số 1 và
    Trường Tiểu học số 2 tại …" are no list."""
    for joint in _AND.finditer(text, lo, tai_start):
        word = max(lo, *(text.rfind(c, lo, joint.start()) + 1 for c in " \t\n"))
        if (
            _CITATION_END.fullmatch(text, word, joint.start())
            and _opinion_before(folded, joint.start())
            and _body_starts(text, joint.end(), tai_start, office=True)
        ):
            return _whole_name(text, folded, joint.end(), tai_start)
    return None


# How a citation ends: its date's year ("năm 2025", "21/8/2025") or its code ("1818/TTr-VP").
_CITATION_END = regex.compile(r"(?:[\d/.\-]*\d{4}|\d[\w.\-]*/[\w.\-/&]*\p{L}[\w.\-/&]*)[,;]?")


def _body_starts(text: str, start: int, stop: int, *, office: bool = False) -> bool:
    """A body's name in capitals opens at ``start``: an organisation's head ("Bộ", "Sở"), or
    with ``office`` an office's before it ("Giám đốc Sở …")."""
    if not text[start : start + 1].isupper():
        return False
    if office and (title := _OFFICE_BEFORE_BODY.match(text, start, stop)) is not None:
        start = title.end()
    return _ORG_HEAD_PRINTED.match(text, start, stop) is not None


_OFFICE_BEFORE_BODY = regex.compile(vocab.lead_title_pattern() + r"[ \t]+(?:\n[ \t]*)?")


def _whole_name(text: str, folded: str, start: int, stop: int) -> str | None:
    """The body named from ``start``, if its name runs exactly up to ``stop``."""
    name, end = _read_issuer(text, folded, start, stop)
    return name if name is not None and not text[end:stop].strip() else None


# What a body writes to ask or report, cited in brackets after the request.
_LETTER_TYPES = regex.compile(
    r"(?:van[ \t]+ban|cong[ \t]+van|to[ \t]+trinh|bao[ \t]+cao)\b", regex.I
)
# The last word of "đề nghị", "kiến nghị", "ý kiến", "báo cáo", "đề xuất" before "của <body> (…".
_REQUESTS = frozenset({"nghi", "kien", "cao", "xuat"})


def _asker_before(text: str, folded: str, bracket: int) -> str | None:
    """The body whose request or report a bracketed letter at ``bracket`` gives: "Xét đề nghị
    của Bộ Y tế (văn bản số 564/TTr-BYT …)". Decisions in brackets are someone else's; the
    asker is a body or its head, not "cử tri" (lower case)."""
    listed = _next_asker(folded, bracket, _ASKERS_LISTED)
    if listed is not None and (name := _asker_at(text, folded, listed, bracket)) is not None:
        return name
    # Or the asker of a request of its own: "(Tờ trình số 12/TTr-SYT …) và ý kiến của Sở Tư
    # pháp (Báo cáo số 30/BC-STP …)".
    start = _requested_by(folded, bracket)
    return None if start is None else _asker_at(text, folded, start, bracket)


def _requested_by(folded: str, bracket: int) -> int | None:
    """Where the asker starts in "đề nghị của <asker> (…" before ``bracket``: after the last
    "của" within reach, if a request's word stands before it."""
    found = list(_CUA.finditer(folded, max(0, bracket - 120), bracket))
    if not found or _last_word(folded, found[-1].start()) not in _REQUESTS:
        return None
    return found[-1].end()


def _asker_at(text: str, folded: str, start: int, bracket: int) -> str | None:
    """The body or its head named from ``start`` up to ``bracket``, if one is."""
    if not (
        _body_starts(text, start, bracket)
        # the head of a body: "Xét đề nghị của Chủ tịch UBND tỉnh (Tờ trình số …)"
        or (
            text[start : start + 1].isupper()
            and vocab.head_length(text[start:bracket], vocab.POSITION_STARTS)
        )
    ):
        return None
    return _whole_name(text, folded, start, bracket)


# After one asker's bracketed letter, the next asker: "(Tờ trình số … năm 2008) và …".
_AFTER_LETTER = regex.compile(r"\)[ \t]*(?:,|va\b)[ \t]*(?:\n[ \t]*)?")
_ASKERS_LISTED = 4  # how far back a list of askers is followed: each step reads 120 characters


def _next_asker(folded: str, bracket: int, reach: int) -> int | None:
    """Where the asker named before ``bracket`` starts when it follows another asker's letter
    in brackets: "đề nghị của Chủ tịch UBND tỉnh (Tờ trình số 02/TTr-UBND …) và Trưởng ban
    Ban Thi đua-Khen thưởng Trung ương (Tờ trình số 270/TTr-BTĐKT …)". ``reach`` bounds how
    many askers back the list is followed."""
    close = folded.rfind(")", max(0, bracket - 120), bracket)
    if close < 0 or reach == 0:
        return None
    after = _AFTER_LETTER.match(folded, close, bracket)
    opened = folded.rfind("(", max(0, close - 120), close)
    if after is None or opened < 0:
        return None
    letter = opened + 1
    while letter < close and folded[letter] in " \t":
        letter += 1
    if not _LETTER_TYPES.match(folded, letter, close):
        return None
    if _next_asker(folded, opened, reach - 1) is None and _requested_by(folded, opened) is None:
        return None
    return after.end()


# The last word of what a body asks or reports before "của <body> tại các <documents>".
_ASKING = frozenset({"nghi", "kien", "dao", "dan", "cao", "xuat", "trinh"})


_CUE_REACH = 40
# … or its figures ("ngày 08/6/20210", "ngày 3 1/5/2007").
_GARBLED_DATE = regex.compile(
    rf"[ \t]*[,.]?{_NL}(?:de[ \t]+)?[nh]ga[yv]\b(?:[^\n,;()]{{0,24}}?\bnam[ \t]*\d{{4}}"
    rf"|[ \t]+\d[\d \t]{{0,3}}[/.\-][ \t]*\d{{1,2}}[ \t]*[/.\-][ \t]*\d{{4,5}})(?!\d)",
    regex.IGNORECASE,
)


# (It may wrap onto the next line: "(có hiệu lực từ" / "ngày 01/10/2014) của Bộ Tài chính".)
_ASIDE = regex.compile(r"[ \t]*\((?:[^()\n]|\n(?![ \t]*\n)){1,50}\)")
# The aside is passed over only before "ngày" right after it (". Ngày 15/3/2022, Sở Y tế …"
# opens a sentence) or before "của <Body>" ...
_DATE_AFTER_ASIDE = regex.compile(rf"{_NL}ngay\b", regex.IGNORECASE)
# ... unless it speaks of a copy or an attachment: "Quyết định số 12/QĐ-UBND (bản sao) của
# Công ty …" is the company's copy.
_COPY_ASIDE = regex.compile(r"\b(?:ban[ \t]+(?:sao|chinh)|kem[ \t]+theo|danh[ \t]+sach)\b", regex.I)


def _details(
    text: str, folded: str, pos: int, endpos: int, *, joint: int = 1, passed: bool = False
) -> tuple[PartialDate | None, str | None, int]:
    """The date and issuer after a code; a ``joint`` document names that many issuers. An act
    ``passed`` by an assembly (its symbol names one: "QH", "HĐND") names it as "được … thông
    qua"."""
    date = issuer = None
    dated = False  # a date was read, or skipped unread
    skipped = False  # a bracketed aside was passed over
    for _ in range(4):
        # Cues are short; a match bounded to the rest of the text would first scan all of it
        # for the literal word it needs.
        near = min(endpos, pos + _CUE_REACH)
        m = _DATE_CUE.match(folded, pos, near, _KEEP_GIL)
        if m and "\n" in folded[m.start() : m.end()] and "để" in text[m.start() : m.end()]:
            m = None  # "… số 320/TB-CT để" / "ngày 15/4/2019 hoàn thành": a purpose, no date
        if m and not dated:
            found, _, end = date_at(folded, m.end(), endpos)
            if found is not None:
                date, pos, dated = found, end, True
                continue
            # OCR garbled the day ("ngày l1 tháng 3 năm 2021"): the issuer may still follow.
            garbled = _GARBLED_DATE.match(folded, m.start(), min(endpos, pos + 60))
            if garbled:
                pos, dated = garbled.end(), True
                continue
        m = _ISSUER_CUE.match(folded, pos, near, _KEEP_GIL)
        if m is None and not skipped and (aside := _ASIDE.match(folded, pos, pos + 60, _KEEP_GIL)):
            # A bracketed aside between the code and its date or issuer: "Nghị định số
            # 124/2008/NĐ-CP (tiết g khoản 2 Điều 9) ngày 11/12/2008 của Chính phủ".
            after = min(endpos, aside.end() + _CUE_REACH)
            cue = _ISSUER_CUE.match(folded, aside.end(), after)
            if _DATE_AFTER_ASIDE.match(folded, aside.end(), after) or (
                cue is not None
                and text[cue.end() : cue.end() + 1].isupper()
                and not _COPY_ASIDE.search(folded, aside.start(), aside.end())
            ):
                pos, skipped = aside.end(), True
                continue
        if m and issuer is None:
            name, end = _read_issuer(text, folded, m.end(), endpos, joint=joint > 1)
            if name:
                issuer, pos = name, end
                if joint > 1:
                    issuer, pos = _joint_issuers(text, folded, name, end, endpos, joint)
                continue
        if m is None and issuer is None and (by := _PASSED_BY.match(text, pos, near)):
            # A law passed by its body: "Luật doanh nghiệp số 68/2014/QH13 được Quốc hội …
            # thông qua ngày 26/11/2014".
            name, end = _read_issuer(text, folded, by.end(), endpos)
            verb = _PASSED.match(folded, end, min(endpos, end + _CUE_REACH))
            if name and verb and (passed or verb.group("issued")):
                # "… Nguyễn Thị Kim Tiến ký ban hành": the signer's "ký" is no part of the name
                issuer, pos = _SIGNED_BY.sub("", name), verb.end()
                continue
        break
    return date, issuer, pos


_PASSED_BY = regex.compile(rf"{_NL}(?:được|do){_NL}(?=\p{{Lu}})")
_PASSED = regex.compile(
    rf"{_NL}(?:thong{_NL}qua|(?P<issued>ban{_NL}hanh))(?=[ \t\n,.])", regex.IGNORECASE
)
_SIGNED_BY = regex.compile(r"[ \t]+ký$")
# An assembly's symbol: "68/2014/QH13", "12/2020/NQ-HĐND", "17/2022/UBTVQH15".
_ASSEMBLY = regex.compile(r"QH|H[ĐD]ND")


# Joint documents (liên tịch) are cited with every issuer: "… của Bộ Y tế, Bộ Lao động
# Thương binh và Xã hội, Bộ Tài chính hướng dẫn …".
_JOINT_KINDS = frozenset({"thong_tu_lien_tich", "nghi_quyet_lien_tich"})
_JOINT_SEP = regex.compile(r"[ \t]*(,|và\b)[ \t]*", regex.IGNORECASE)
# Heads matched with their diacritics: folded, "Vũ Đức Đam" would begin with "Vụ".
_ORG_HEAD_PRINTED = _heads(vocab.PRINTED_ORG_HEADS)
_SYMBOL_PARTS = regex.compile(r"[^/\-\s]+")


def _issuer_parts(code: DocumentCode) -> int:
    """How many bodies a joint document's symbol names: "2004/TTLT-BYT-BNV-BTC" three (the
    year and the type name none)."""
    parts = [p for p in _SYMBOL_PARTS.findall(code.symbol) if not p.isdigit()]
    return max(1, len(parts) - 1)


_DASH = regex.compile(r"[ \t]+[-–][ \t]+")


def _joint_issuers(
    text: str, folded: str, issuer: str, pos: int, endpos: int, count: int
) -> tuple[str, int]:
    """``issuer`` and the bodies named after it on its line, up to ``count`` in all, each
    opening with an organisation's head ("Bộ Y tế, Bộ Nội vụ, Bộ Tài chính")."""
    # Read for a joint document, each name stops before the next body's head: one body each,
    # or several joined by dashes ("Bộ Nội vụ - Bộ Tài chính").
    named = 1 + sum(1 for d in _DASH.finditer(issuer) if _ORG_HEAD_PRINTED.match(issuer, d.end()))
    while named < count:
        sep = _JOINT_SEP.match(text, pos, min(endpos, pos + 20))
        if sep is None or sep.end() >= endpos or not text[sep.end()].isupper():
            break
        if not _ORG_HEAD_PRINTED.match(text, sep.end()):
            break
        name, end = _read_issuer(text, folded, sep.end(), endpos, joint=True)
        if name is None:
            break
        issuer = f"{issuer}, {name}" if sep.group(1) == "," else f"{issuer} và {name}"
        named += 1
        pos = end
    return issuer, pos


def _type_before(folded: str, pos: int, floor: int) -> tuple[int, int] | None:
    """The type word a "số" belongs to: the nearest one before it in the same phrase."""
    # Only the words just before are read: tokenising the whole text once costs more, as
    # most "số" are not followed by a code and never get here.
    lo = max(floor, pos - 160)
    # A phrase before a clause mark is too far: start after the last one.
    if (mark := _LAST_GAP_STOP.search(folded, lo, pos, _KEEP_GIL)) is not None:
        lo = mark.end()
    matches = _PHRASES.all_in(folded, lo, pos)
    if not matches:
        return None
    begin, stop = matches[-1]
    gap = folded[stop:pos]
    # Acts are cited by their name before the number: "Luật Bầu cử đại biểu Quốc hội và đại
    # biểu Hội đồng nhân dân số 85/2015/QH13".
    named = vocab.kind_from_type_phrase(folded[begin:stop]) in _NAMED_ACTS
    if len(_GAP_WORD.findall(gap)) > (16 if named else 10):
        return None
    return begin, stop


# A symbol hard-wrapped inside its last group, its tail alone before the date on the next
# line: "Thông báo số 140/TB-ĐQLĐL" / "KVTN ngày 28/10/2025 …".
_WRAPPED_TAIL = regex.compile(r"[ \t]*\n[ \t]*\p{Lu}[\p{Lu}\p{N}]{1,7}(?=[ \t]+ngày\b)")


def _wrapped_symbol_end(text: str, symbol: str, code_end: int, endpos: int) -> int:
    """Where a code ending at ``code_end`` really ends, past a tail wrapped onto the next line.

    Only a long last group is cut so ("ĐQLĐL" / "KVTN"), and the tail names no body of its
    own: "Công văn số 123/SYT-NVY" / "UBND ngày …" is a new sentence.
    """
    if code_end >= endpos or text[code_end] not in " \t\n":
        return code_end
    groups = _SYMBOL_SEP.split(symbol, 0, _KEEP_GIL)
    if len(groups[-1]) < 4:
        return code_end
    tail = _WRAPPED_TAIL.match(text, code_end, min(endpos, code_end + 40))
    if tail is None:
        return code_end
    word = tail.group().strip()
    if len(word) < 3 or word in vocab.ORG_ABBREVIATIONS or word in groups:
        return code_end
    return tail.end()


def _issuer_in_gap(
    text: str, folded: str, pos: int, so: int, *, joint: bool = False, heading: bool = False
) -> str | None:
    """The issuer named between a cited type, ending at ``pos``, and its "số" at ``so``: "Tờ
    trình của UBND tỉnh số 61/TTr-UBND", "báo cáo của Ủy ban nhân dân tỉnh số 218/BC-UBND".

    A ``joint`` act names its issuers without "của": "Thông tư liên tịch Bộ Tài chính - Bộ Y tế
    số …". Where the type ``heading`` a list is the code's own, a colon may end the issuer: "các
    Nghị định của Chính phủ: số 02/2003/NĐ-CP …"."""
    cue = _ISSUER_CUE.match(folded, pos, so, _KEEP_GIL)
    if cue is None:
        if not joint or text[pos : pos + 1] not in " \t":
            return None
        gap = text[pos:so].strip()
        # Several bodies, each named from its head: "Bộ Tài chính - Bộ Y tế"; not a date, a
        # position ("Bộ trưởng Bộ Y tế") or a word such as "giữa" before them.
        parts = [p.strip() for p in _GAP_ISSUERS_SEP.split(gap)]
        if len(parts) < 2 or not all(
            vocab.head_length(p, vocab.ORG_HEADS)
            and not vocab.head_length(p, vocab.POSITION_STARTS)
            for p in parts
        ):
            return None
    name, end = _read_issuer(text, folded, cue.end() if cue else pos + 1, so)
    rest = text[end:so].strip()
    return name if name is not None and (not rest or (heading and rest == ":")) else None


_GAP_ISSUERS_SEP = regex.compile(r"[ \t]+[-–][ \t]+|[ \t]*,[ \t]*|[ \t]+và[ \t]+")


_NAMED_ACTS = {"luat", "phap_lenh", "hien_phap"}
# "Mẫu số …", "Biểu số …": forms and tables are numbered like documents but are none.
_FORM_WORDS = frozenset({"mau", "bieu"})
_NOT_FORM_BEFORE = frozenset({"kieu", "ke", "dai", "tieu", "phat"})


def _form_number(folded: str, pos: int) -> bool:
    """The code at ``pos`` numbers a form ("Mẫu số 02/BCĐBHĐND-MT", "Biểu 01/TK"), or the
    "số" at ``pos`` begins one."""
    end = _word_start(folded, pos)
    word = _last_word(folded, pos)
    if word == "so":
        word = _last_word(folded, end)
        end = _word_start(folded, end)
    # "kiểu mẫu số …" (a model commune's recognition), "thiết kế mẫu", "đại biểu", "tiêu biểu":
    # the word is part of another and names no form.
    if word not in _FORM_WORDS or _last_word(folded, end) in _NOT_FORM_BEFORE:
        return False
    # "Công văn mẫu số 12/UBND-VX": a document's type before "mẫu" makes it a sample document.
    before = _word_end(folded, end)
    return _PHRASES.ending_at(folded, before, max(0, before - 60)) is None


def _kind(phrase_kind: str | None, code: DocumentCode) -> str | None:
    if phrase_kind:
        return phrase_kind
    if code.doc_type:
        return vocab.kind_from_abbreviation(code.doc_type, party=code.party)
    # A state code without a type is a công văn's, unless it carries a year: laws and
    # resolutions of the National Assembly ("85/2015/QH13") have none in their symbol.
    return None if code.party or code.year else "cong_van"


class Taken:
    """Offsets of ``[start, end)`` already inside a citation, as a bitmap: comparing each new
    citation with a list of earlier ones made long texts of codes quadratic."""

    def __init__(self, start: int, end: int) -> None:
        self.start = start
        self.marks = bytearray(max(0, end - start))

    def add(self, begin: int, stop: int) -> None:
        self.marks[begin - self.start : stop - self.start] = b"\x01" * (stop - begin)

    def covers(self, pos: int) -> bool:
        return bool(self.marks[pos - self.start])

    def overlaps(self, begin: int, stop: int) -> bool:
        return 1 in self.marks[begin - self.start : stop - self.start]


# A Party code typed with a space for its dash, after a type and "số": "Kế hoạch số 298
# KH/TWĐTN". Only a Party type's abbreviation before the slash makes it one.
_SPACED_PARTY_CODE = regex.compile(
    r"[ \t]*(?P<number>\p{N}{1,6})(?P<sep>[ \t])(?P<symbol>(?:"
    + "|".join(
        sorted({t.party_code for t in vocab.DOC_TYPES if t.party_code}, key=len, reverse=True)
    )
    # A Party body after the slash, at whatever level: "TW", "TU", "HU", "ĐU", "TWĐTN", "BTGTU".
    + r")/\p{Lu}*(?:"
    + "|".join(vocab.PARTY_BODY_ENDINGS)
    + r"))(?![\p{L}\p{N}])"
)


def scan_references(
    text: str, start: int = 0, end: int | None = None, *, folded: str | None = None
) -> list[Mention]:
    """Every coded citation in ``text[start:end]``, one :class:`Mention` each, in order.

    ``folded`` is ``fold(text)`` when the caller already has it.
    """
    end = len(text) if end is None else end
    folded = fold(text) if folded is None else folded
    out: list[Mention] = []
    taken = Taken(start, end)

    def cited(
        begin: int,
        code_at: int,
        phrase: str | None,
        *,
        numbered: bool,
        gap: tuple[int, int] | None = None,
    ) -> None:
        cm = match_code(text, code_at, end)
        if cm is None and phrase is not None:
            cm = _SPACED_PARTY_CODE.match(text, code_at, min(end, code_at + 60))
        if cm is None or not any(c.isdigit() for c in cm.group()) or _cut_short(text, cm):
            return
        if numbered and not (cm.group("number") or "").strip():
            return
        code_end = _wrapped_symbol_end(text, cm.group("symbol"), cm.end(), end)
        code = make_code(
            cm.group("number"),
            "-" if cm.group("sep").isspace() else cm.group("sep"),
            text[cm.start("symbol") : code_end],
            span=Span(cm.start(), code_end),
        )
        phrase_kind = vocab.kind_from_type_phrase(phrase) if phrase else None
        if phrase_kind == "cong_van" and phrase and len(phrase.split()) > 2 and code.doc_type:
            phrase_kind = None  # "công văn hướng dẫn số 45/HD-SGDĐT": the code's type is sure
        named = (
            vocab.doc_type(phrase_kind)
            if phrase_kind and gap is not None and _GAP_WORD.search(folded, *gap)
            else None
        )
        if (
            named is not None
            and not named.normative  # an act is cited by its name: "Luật Đất đai số 45/…"
            and not (named.state_code or named.party_code)
        ):
            # A type without an abbreviation names only the code right after it ("Điều lệ số
            # 83/ĐL-…"), not one words later: "Điều lệ trường tiểu học, ban hành kèm theo quyết
            # đònh số 51/2007/QĐ-BGD&ĐT" cites a quyết định.
            phrase_kind, begin, gap = None, code_at, None
        code_kind = _kind(None, code)
        kind = phrase_kind or code_kind
        # "Thông tư số 02/2007/TTLT-BCA-…": the code says it is joint when the phrase does not
        joint = _issuer_parts(code) if kind in _JOINT_KINDS or code_kind in _JOINT_KINDS else 1
        date, issuer, stop = _details(
            text, folded, code_end, end, joint=joint, passed=bool(_ASSEMBLY.search(code.symbol))
        )
        if issuer is None and gap is not None:
            issuer = _issuer_in_gap(
                text,
                folded,
                *gap,
                joint=kind in _JOINT_KINDS,
                heading=phrase_kind is not None and phrase_kind == code_kind,
            )
        before, date_before = _issuer_before(text, folded, begin) if phrase else (None, None)
        out.append(Mention(code, kind, date or date_before, issuer, before, begin, stop))
        taken.add(begin, code_end)

    for m in _SO.finditer(folded, start, end, concurrent=_KEEP_GIL, timeout=remaining()):
        check()
        # "số" is a common word ("một số", "số liệu"): look back for a type only before a code.
        if not _CODE_START.match(text, m.end(), None, _KEEP_GIL):
            continue
        if _form_number(folded, m.start()):
            continue
        found = _type_before(folded, m.start(), start)
        if found is None and not _UNTYPED_CODE.match(text, m.end()):
            continue  # "Mẫu số 03/HNMT": a form's number, not a document's code
        if found is not None:
            phrase = folded[found[0] : found[1]]
            cited(found[0], m.end(), phrase, numbered=False, gap=(found[1], m.start()))
        else:
            cited(m.start(), m.end(), None, numbered=False)
    for m in _NUMBER_AFTER_TYPE.finditer(
        folded, start, end, concurrent=_KEEP_GIL, timeout=remaining()
    ):
        check()
        digit = word_end = m.start()
        if folded[word_end - 1] in "sS":
            word_end -= 1  # the glued "s" of "số"
        while folded[word_end - 1] in " \t":
            word_end -= 1
        begin = _PHRASES.ending_at(folded, word_end, start)
        if begin is not None and not taken.covers(begin):
            cited(begin, digit, folded[begin:word_end], numbered=True)
    for b in _BARE.finditer(text, start, end, concurrent=_KEEP_GIL, timeout=remaining()):
        check()
        if taken.covers(b.start()) or _form_number(folded, b.start()):
            continue
        cm = match_code(text, b.start(), b.end())
        if cm is None or _cut_short(text, cm):
            continue
        code = make_code(
            cm.group("number"), cm.group("sep"), cm.group("symbol"), span=Span(cm.start(), cm.end())
        )
        date, issuer, stop = _details(text, folded, cm.end(), end)
        out.append(Mention(code, _kind(None, code), date, issuer, None, b.start(), stop))
    out = _shared_issuers(folded, _without_cut_tail(text, end, out))
    out.sort(key=lambda mention: mention.start)
    return out


_BLANK = regex.compile(r"\s*")


def _without_cut_tail(text: str, end: int, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without the last when the end of the text cut its code short: a page's
    store stopped at "… tại Quyết định số 2629/QĐ-T", a code given whole before
    ("2629/QĐ-TTg"). The words stay in the body."""
    ends = [m.code.span.end for m in mentions if m.code.span is not None]
    if not ends or _BLANK.fullmatch(text, last_end := max(ends), end) is None:
        return mentions
    last = next(m for m in mentions if m.code.span is not None and m.code.span.end == last_end)
    cut = last.code.code.casefold()
    if any(
        len(m.code.code) > len(cut)
        and m.code.code.casefold().startswith(cut)
        # cut inside a group of the symbol: "123/UBND" is whole beside "123/UBND-VX"
        and m.code.code[len(cut)] not in "-/"
        for m in mentions
    ):
        return [m for m in mentions if m is not last]
    return mentions


# What joins the citations of a list: "…, số 125/TTr-CP …", "… và Công văn số 265/BGDĐT-GDTC".
_LIST_GAP = regex.compile(
    rf"[ \t]*(?:,[ \t]*(?:va\b)?|va\b){_NL}(?:cac{_NL})?(?:(?:{_TYPES})\b{_NL})?"
    rf"(?:so[ \t]*:?{_NL})?"
    # "các Chỉ thị số 05/CT-TTg ngày …; số 06/CT-TTg ngày … của Thủ tướng": the next code of the
    # list after a semicolon, or after nothing, with "số" and no type of its own.
    rf"|(?P<bare>[ \t]*;?{_NL}so[ \t]*:?{_NL})",
    regex.IGNORECASE,
)


def _shared_issuers(folded: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with the issuer named once after a list of one body's documents given to
    each of them: "Công văn số 260/BGDĐT-GDTC ngày 31/01/2020 và Công văn số 265/BGDĐT-GDTC
    ngày 01/02/2020 của Bộ Giáo dục và Đào tạo".

    Only a list of codes of the same body (``BGDĐT`` in both) shares it: "Nghị định số
    08/2015/NĐ-CP … và Thông tư số 38/2015/TT-BTC … của Bộ Tài chính" does not, nor does a
    joint act, whose symbol names several bodies. The body is given as one named before the
    citation, which :func:`merge_mentions` takes only when no mention of the code names one
    after it.
    """
    if len(mentions) < 2:
        return mentions
    ordered = sorted(
        mentions, key=lambda m: m.code.span.start if m.code.span is not None else m.start
    )
    for i in range(len(ordered) - 2, -1, -1):
        m, nxt = ordered[i], ordered[i + 1]
        shared = nxt.issuer or nxt.issuer_before
        if (
            m.issuer is None
            and m.issuer_before is None
            and shared is not None
            and _same_body(m, nxt, folded)
        ):
            ordered[i] = attrs.evolve(m, issuer_before=shared)
    for i in range(1, len(ordered)):
        before, m = ordered[i - 1], ordered[i]
        # … and the body named once before it: "Cục Đăng kiểm Việt Nam đã có Văn bản số
        # 6686/ĐKVN-VAQ ngày … và Văn bản số 1570/ĐKVN-PTGTĐB ngày …".
        if (
            m.issuer is None
            and m.issuer_before is None
            and before.issuer is None
            and before.issuer_before is not None
            and before.code.issuer not in _SHARED_SYMBOLS
            and _same_body(before, m, folded)
        ):
            ordered[i] = attrs.evolve(m, issuer_before=before.issuer_before)
    return ordered


# Symbols every body of a kind uses ("12/UBND-KT" of any province's committee): two letters
# under them need not come from one body.
_SHARED_SYMBOLS = frozenset({"UBND", "UB", "HĐND", "TU", "HU", "ĐU", "TW", "BCĐ", "BTV", "VP"})


def _same_body(m: Mention, nxt: Mention, folded: str) -> bool:
    """``m`` and ``nxt`` are listed one after the other, codes of one body, neither joint."""
    return (
        m.kind not in _JOINT_KINDS
        and nxt.kind not in _JOINT_KINDS
        and m.code.issuer is not None
        and m.code.issuer == nxt.code.issuer
        and nxt.code.span is not None
        and m.end <= nxt.code.span.start
        and (gap := _LIST_GAP.fullmatch(folded, m.end, nxt.code.span.start)) is not None
        # A code after a semicolon, with "số" alone, goes on a list of one type: "các Chỉ thị
        # số 05/CT-TTg …; số 06/CT-TTg" (not "Tờ trình số 12/TTr-UBND …; số 15/QĐ-UBND").
        and (gap.start("bare") < 0 or (m.code.doc_type or "") == (nxt.code.doc_type or "-"))
    )


_YEAR_GROUP = regex.compile(r"\d{4}")
_DATE_WORDS = frozenset(("ngay", "thang", "nam"))  # words of a date, never a symbol's head
_SYMBOL_SEP = regex.compile(r"[/\-]")
_SENTENCE_WORD = regex.compile(r"\p{Lu}\p{Ll}{2,}")
_SPACED_DASH = regex.compile(rf"[{DASHES}][ \t]")


def _cut_short(text: str, cm: regex.Match[str]) -> bool:
    """The code is not all there: OCR junk or a page break cut it.

    A symbol without a letter ("số 01/2019") is no code; one that runs into a
    dash ("03/2021/TT- ‘BTC") lost its tail; a normative act's symbol is never
    a bare type ("111/2013/TT" with "-BTC" on the next page).
    """
    symbol = cm.group("symbol")
    if not has_letter(cm.group()):
        return True
    if cm.end() < len(text) and text[cm.end()] in DASHES:
        return True
    groups = [g for g in _SYMBOL_SEP.split(symbol, 0, _KEEP_GIL) if g]
    if fold(groups[0]).casefold() in _DATE_WORDS:
        return True  # "Số 302/Ngày 02-06-2026": a gazette issue's number and its date
    if len(groups) == 1 and _SPACED_DASH.search(cm.group()) and _SENTENCE_WORD.fullmatch(groups[0]):
        # "Thông tư 07 - Xét tặng …": a numbered title's next word, no symbol (an old code
        # in sentence case is printed whole: "số 202-Ttg").
        return True
    return (
        len(groups) == 2
        and _YEAR_GROUP.fullmatch(groups[0]) is not None
        and vocab.canonical_abbreviation(groups[1]) is not None
    )


def _issuer_vote(names: list[str], text: str | None) -> str | None:
    """The issuer most mentions agree on, spelled as the text spells it most often.

    OCR garbles one mention ("Thủ tướng Chính phú"); mentions are grouped without
    diacritics and case, the largest group wins (the earliest on a tie) and, within it, the
    spelling not in capitals whose words are found most often in ``text``.
    """
    if len(names) < 2:
        return names[0] if names else None  # most codes are cited once: nothing to vote on
    groups: dict[str, list[str]] = {}
    for name in names:
        groups.setdefault(fold(name).casefold(), []).append(name)
    best = max(groups.values(), key=len)  # max keeps the first of equals: the earliest
    # An upper-case title prints the name in capitals ("… CỦA THỦ TƯỚNG CHÍNH PHỦ"); the
    # body's sentence case is how the name is written. An acronym ("EVNCPC") is as printed.
    distinct = list(dict.fromkeys(best))
    spellings = [n for n in distinct if not (n.isupper() and " " in n.strip())] or distinct
    if text is None or len(spellings) == 1:
        return spellings[0]
    return max(spellings, key=lambda name: sum(text.count(w) for w in name.split()))


_WITHOUT_SEPARATORS = str.maketrans("", "", "-/")
_DASHED_CODE = regex.compile(r"\d+-\p{L}[\p{L}\d-]*")  # "16-NT", not "12-2-QĐ-UB"


def _code_key(code: str) -> str:
    """What tells codes apart: not case, nor a hyphen a typist dropped from the symbol
    ("TTBKHĐT"); one in the number counts ("12-2/QĐ-UB" is not "122/QĐ-UB")."""
    number, slash, symbol = code.casefold().partition("/")
    return number + slash + symbol.replace("-", "")


def _spelling(group: list[Mention]) -> DocumentCode:
    """The code of a group of mentions as the text spells it best.

    The spelling the text uses most, letter case aside; on a tie, the one with its hyphens
    ("25/2023/TTBKHĐT" lost one), then the earliest. Upper-case titles print codes in capitals
    ("27/CT-TTG"): of that spelling, a mention in normal case is preferred.
    """
    if len(group) == 1:
        return group[0].code  # most codes are cited once
    codes = [m.code for m in group]
    counts = Counter(c.code.casefold() for c in codes)
    best = max(codes, key=lambda c: (counts[c.code.casefold()], c.code.count("-"))).code.casefold()
    spelled = [c for c in codes if c.code.casefold() == best]
    return next((c for c in spelled if c.code != c.code.upper()), spelled[0])


def merge_mentions(
    mentions: list[Mention], *, exclude: str | None = None, text: str | None = None
) -> list[Reference]:
    """One :class:`Reference` per distinct code.

    Kind and date come from the first mention that gives them; the issuer is
    voted on (see :func:`_issuer_vote`), ``text`` being the source the mentions
    were found in.
    """
    groups: dict[str, list[Mention]] = {}
    own = _code_key(exclude) if exclude is not None else None
    # An old code of dashes only, printed with a slash in its title ("Số: 16-NT" over "THÔNG TƯ
    # CỦA BỘ NỘI THƯƠNG SỐ 16/NT NGÀY …"), is the document's own too. A code with a slash keeps
    # it: "15/KH-BCĐ" and "15-KH/BCĐ" may be a committee's and a Party body's.
    dashed = (
        exclude.casefold().translate(_WITHOUT_SEPARATORS)
        if exclude is not None and _DASHED_CODE.fullmatch(exclude)
        else None
    )
    for mention in mentions:
        key = _code_key(mention.code.code)
        if key == own or (dashed is not None and key.translate(_WITHOUT_SEPARATORS) == dashed):
            continue
        groups.setdefault(key, []).append(mention)
    spelled = {key: group[:] for key, group in groups.items()}
    for key in list(groups):
        if text is not None and (base := _without_footnote_mark(key, groups, text)) is not None:
            # "Luật số 42/2024/QH151": a footnote's number glued to a code the text gives
            # without it elsewhere ("42/2024/QH15").
            groups[base] = sorted(groups[base] + groups.pop(key), key=lambda m: m.start)
            del spelled[key]
    out = []
    for key, group in groups.items():
        first = group[0]
        code = _spelling(spelled[key])
        out.append(
            Reference(
                code=code,
                kind=next((m.kind for m in group if m.kind), None),
                date=next((m.date for m in group if m.date), None),
                issuer=_issuer_vote([m.issuer for m in group if m.issuer], text)
                or _issuer_vote([m.issuer_before for m in group if m.issuer_before], text),
                span=Span(first.start, first.end),
                mentions=tuple(Span(m.start, m.end) for m in group),
            )
        )
    return out


# A footnote's number opening its line: "1 Luật …", "1. …", "(1) …", "[1] …", "1Luật …".
_FOOTNOTE_OPENING = regex.compile(r"[ \t]*[\[(]?(\d{1,2})[.)\]]?[ \t]*(?=\p{L})")


_FOOTNOTE_REACH = 200  # a footnote cites its code near its line's start


def _line_start(text: str, pos: int) -> int:
    """Where the line holding ``pos`` starts, if within reach before it; -1 if not."""
    lo = max(0, pos - _FOOTNOTE_REACH)
    found = text.rfind("\n", lo, pos)
    return found + 1 if found >= 0 else (0 if lo == 0 else -1)


def _without_footnote_mark(key: str, groups: dict[str, list[Mention]], text: str) -> str | None:
    """The key of another group that ``key`` is with one or two digits more at its end, its
    symbol holding a letter ("42/2024/qh151" → "42/2024/qh15", "105/2025/nđ-cp2" → "…/nđ-cp"),
    when that code is cited on a line opening with the same number (the footnote: "1 Luật … số
    42/2024/QH15 …") and no date tells the two apart."""
    for n in (1, 2):
        base = key[:-n]
        if not (
            key[-n:].isdigit()
            and base in groups
            and any(c.isalpha() for c in base.rpartition("/")[2])
        ):
            continue
        mark = str(int(key[-n:]))
        glued_lines = {_line_start(text, m.start) for m in groups[key]}
        for m in groups[base]:
            line_start = _line_start(text, m.start)
            if line_start < 0 or line_start in glued_lines:
                continue  # the footnote is a line of its own, below the text it annotates
            opening = _FOOTNOTE_OPENING.match(text, line_start, m.start + 1)
            if opening is not None and opening.group(1) == mark:
                dates = {x.date for x in groups[key] + groups[base] if x.date is not None}
                return base if len(dates) <= 1 else None
    return None


def find_references(text: str, *, exclude: str | None = None) -> list[Reference]:
    """The distinct coded references in ``text``; ``exclude`` drops a code (the document's own)."""
    return merge_mentions(scan_references(text), exclude=exclude, text=text)
