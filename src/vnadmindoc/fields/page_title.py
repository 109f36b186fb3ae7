"""A web page's title line standing in for a document's heading.

Portals publish a document as an article: the heading cells are gone, and the page's title
says what the document is ("Thông báo số 08-TB/BTGTW, ngày 15/5/2007, về việc lấy ý kiến …").
Read only where the text has no heading at all, and only a title that names the document
whole: type, code, date and trích yếu.

>>> t = read_page_title("Thông báo số 08-TB/BTGTW, ngày 15/5/2007, về việc lấy ý kiến")
>>> t.type_phrase, t.code.code, t.date.isoformat(), t.subject
('Thông báo', '08-TB/BTGTW', '2007-05-15', 'lấy ý kiến')

A post that gives a notice's or an invitation's text without its heading has at least a title
naming its type ("Thông báo về việc treo cờ Tổ quốc …"): :func:`read_type_title` reads it.

>>> t = read_type_title("Thông báo về việc treo cờ Tổ quốc nhân ngày bầu cử")
>>> t.type_phrase, t.subject
('Thông báo', 'treo cờ Tổ quốc nhân ngày bầu cử')
>>> read_type_title("Quyết định này có hiệu lực kể từ ngày ký") is None
True
"""

from __future__ import annotations

import attrs
import regex

from vnadmindoc import vocab
from vnadmindoc.fields.codes import make_code, match_code
from vnadmindoc.fields.dates import date_at
from vnadmindoc.model import DocumentCode, PartialDate
from vnadmindoc.text import fold, strip_separators

__all__ = [
    "PageTitle",
    "announces_notice",
    "announces_plan",
    "read_announced_type",
    "read_page_title",
    "read_type_title",
]

_TYPE = regex.compile(rf"[ \t]*(?P<type>{vocab.type_phrase_pattern()})(?![\p{{L}}])", regex.I)
_NUMBER = regex.compile(r"[ \t]+(?:so[ \t]*:?[ \t]*)?(?=\d)", regex.I)
_DATE = regex.compile(r"[ \t]*,?[ \t]*ngay\b[ \t]*", regex.I)
# The issuer named after the code (at most ten words), then the trích yếu's label.
_OF_ISSUER = regex.compile(
    r"[ \t]*,?[ \t]*cua(?:[ \t]+[^\s,;:.]+){1,10}?"
    r"[ \t]+(?:ve[ \t]+viec|v[ \t]*/[ \t]*v)[ \t]+(?=\S)",
    regex.I,
)
_ABOUT = regex.compile(r"[ \t]*,?[ \t]*(?:ve[ \t]+viec|v[ \t]*/[ \t]*v|ve)[ \t]+(?=\S)", regex.I)
# A page's title names the document: a sentence about it has a verb or a break after "về …"
# ("… về việc tạm dừng karaoke đã nêu rõ …", "…: Điều 5. Mức phạt"). Read with diacritics:
# folded, "thi đua", "đăng ký" and "Đà Bắc" would hold "thì", "đang" and "đã".
_SENTENCE = regex.compile(
    r"[:;?!][ \t]|\.[ \t]+(?:\p{Ll}|Điều\b)"
    r"|(?<![\p{L}])(?:đã|được|sẽ|đang|thì|là|đề[ \t]+nghị|yêu[ \t]+cầu)(?![\p{L}])"
)


@attrs.frozen
class PageTitle:
    """What a page's title line says: the type phrase as printed, and what follows it."""

    type_phrase: str
    type_span: tuple[int, int]
    code: DocumentCode | None = None
    code_span: tuple[int, int] | None = None
    date: PartialDate | None = None
    date_span: tuple[int, int] | None = None
    subject: str | None = None
    subject_span: tuple[int, int] | None = None


def read_page_title(line: str, offset: int = 0) -> PageTitle | None:
    """The page title in ``line`` (spans are ``offset`` + positions in it), if it is one.

    A title names the document whole: its type, code, date and trích yếu, and nothing else
    ("Quyết định số 12/QĐ-UBND ngày … của UBND tỉnh …" is a sentence citing one).
    """
    folded = fold(line)
    m = _TYPE.match(folded)
    if m is None or not line[m.start("type")].isupper():
        return None
    number = _NUMBER.match(folded, m.end())
    cm = match_code(line, number.end()) if number else None
    if cm is None or not any(c.isdigit() for c in cm.group("number") or ""):
        return None
    cue = _DATE.match(folded, cm.end())
    if cue is not None:
        date, begin, end = date_at(folded, cue.end(), len(folded))
        about = _ABOUT.match(folded, end) if date is not None else None
    else:
        # Or its issuer in the date's place: "Quyết định số 4266/QĐ-UBND của UBND tỉnh về việc
        # công bố dịch …" (a newspaper's caption over the text it reprints).
        date, begin, end = None, 0, 0
        about = _OF_ISSUER.match(folded, cm.end())
    if about is None or (cue is not None and date is None) or _SENTENCE.search(line, about.end()):
        return None
    subject = strip_separators(line[about.end() :])
    if not subject:
        return None
    return PageTitle(
        line[m.start("type") : m.end("type")],
        (offset + m.start("type"), offset + m.end("type")),
        code=make_code(cm.group("number"), cm.group("sep"), cm.group("symbol")),
        code_span=(offset + cm.start(), offset + cm.end()),
        date=date,
        date_span=(offset + begin, offset + end) if date is not None else None,
        subject=subject,
        subject_span=(offset + about.end(), offset + len(line.rstrip())),
    )


# Posted without their heading, notices and invitations keep a title naming their type; other
# types named at a line's start are mostly a headline's words ("Luật sư", "Kế hoạch … có …").
_POSTED_KINDS = frozenset({"thong_bao", "giay_moi", "thu_moi"})
# A công văn's title names it only by the type's words alone and its trích yếu's label:
# "Công văn V/v cho phép …", "CÔNG VĂN Về việc tuyên truyền …" (not "Công văn hỏa tốc gửi các
# tỉnh", nor "Công văn hướng dẫn về việc …", headlines).
_LETTER_TYPE = "cong van"
_THIS = regex.compile(r"[ \t]+nay\b", regex.I)
_TOPIC_WORDS = (2, 60)  # a title's words after its type, at least and at most


def read_type_title(line: str, offset: int = 0, *, letters: bool = False) -> PageTitle | None:
    """A page's title that names the document's type and what it is about (its trích yếu),
    without code or date ("Thông báo lịch tiếp công dân …", "THÔNG BÁO Về việc tổ chức …").
    A sentence, a citation or a cited code is none. With ``letters``, a công văn's title
    labelled "V/v" or "Về việc" is one too ("Công văn V/v cho phép …"): the caller makes sure
    that its addressees follow.

    >>> read_type_title("CÔNG VĂN Về việc tuyên truyền", letters=True).subject
    'tuyên truyền'
    >>> read_type_title("CÔNG VĂN Về việc tuyên truyền") is None
    True
    """
    folded = fold(line)
    m = _TYPE.match(folded)
    if m is None or not line[m.start("type")].isupper():
        return None
    letter = letters and folded[m.start("type") : m.end("type")].casefold() == _LETTER_TYPE
    kind = vocab.kind_from_type_phrase(line[m.start("type") : m.end("type")])
    if kind not in _POSTED_KINDS and not letter:
        return None  # "Luật sư …", "Báo cáo viên …", "Kế hoạch tuyển sinh … có nhiều điểm mới"
    rest = line[m.end() :].strip()
    if not _TOPIC_WORDS[0] <= len(rest.split()) <= _TOPIC_WORDS[1]:
        return None
    if not line[m.end() : m.end() + 1].isspace():
        return None
    if _NUMBER.match(folded, m.end()) or _SENTENCE.search(line, m.end()):
        return None  # "Thông báo số 31/TB-UBND …" cites; "Kế hoạch đã được …" tells
    if _THIS.match(folded, m.end()):
        return None  # "Quyết định này có hiệu lực …": a sentence of the document's body
    if rest.endswith((".", ";", ":", "?", "!")) and not rest.endswith("./."):
        return None
    about = _ABOUT.match(folded, m.end())
    if about is None and not rest[:1].islower():
        return None  # "Thông báo Thứ Sáu, 26/10/2012": a site's section and date
    # Only "Về việc" and "V/v" are labels; a bare "Về" is the trích yếu's first word.
    labelled = about is not None and about.group().strip(" \t,") not in ("Ve", "VE")
    if letter and not labelled:
        return None
    begin = about.end() if labelled and about else len(line) - len(line[m.end() :].lstrip())
    subject = strip_separators(line[begin:])
    return PageTitle(
        line[m.start("type") : m.end("type")],
        (offset + m.start("type"), offset + m.end("type")),
        subject=subject or None,
        subject_span=(offset + begin, offset + len(line.rstrip())) if subject else None,
    )


# A news post's line announcing the document it reposts: "Nội dung Chỉ thị như sau:",
# "Toàn văn Thông báo cụ thể như sau:".
_ANNOUNCED = regex.compile(
    rf"[ \t]*(?:noi[ \t]+dung|toan[ \t]+van)[ \t]+(?P<type>{vocab.type_phrase_pattern()})"
    r"[ \t]+(?:cu[ \t]+the[ \t]+)?nhu[ \t]+sau[ \t]*:[ \t]*",
    regex.I,
)


# ... or its lead, saying it prints the document whole: "Ban biên tập giới thiệu toàn văn Nghị
# quyết số 10-NQ/TU, ngày 18/8/2021 của …", "Báo … trân trọng đăng toàn văn Nghị quyết Đại hội
# …", "… giới thiệu toàn văn nội dung Nghị quyết.".
_FULL_TEXT = regex.compile(
    r"(?<![\p{L}])(?:gioi[ \t]+thieu|dang(?:[ \t]+tai)?|cong[ \t]+bo)[ \t]+toan[ \t]+van[ \t]+"
    rf"(?:noi[ \t]+dung[ \t]+)?(?P<type>{vocab.type_phrase_pattern()})(?![\p{{L}}])",
    regex.I,
)
_LEAD_REACH = 400  # a lead's first sentence
# Who prints it: a newspaper or a site's editors ("Báo Ấp Bắc điện tử trân trọng đăng …", "Ban
# biên tập giới thiệu …"); a body's sentence ("Sở đề nghị các đơn vị đăng tải toàn văn Luật …")
# or a lecturer's ("báo cáo viên giới thiệu toàn văn Nghị quyết …") is none.
_PUBLISHER = regex.compile(
    r"[ \t\-–*_“\"]*(?:bao(?![ \t]+cao)|ban[ \t]+bien[ \t]+tap|bbt|tap[ \t]+chi"
    r"|(?:cong|trang)[ \t]+thong[ \t]+tin|website|dai[ \t]+phat[ \t]+thanh)(?![\p{L}])",
    regex.IGNORECASE,
)
_CLAUSE_MARK = regex.compile(r"[.;:!?…,][ \t]+")
# ... who has not printed it, or will later ("chưa công bố", "sẽ đăng … trong số tới"), or only
# links its file ("… xem chi tiết tại file đính kèm"), or prints more than one document.
_NOT_PRINTED = regex.compile(
    r"(?<![\p{L}])(?:chua|khong|se|de[ \t]+nghi|yeu[ \t]+cau)(?![\p{L}])", regex.IGNORECASE
)
_LINK_ONLY = regex.compile(
    r"(?<![\p{L}])(?:file|tep|tai[ \t]+day|dinh[ \t]+kem|xem[ \t]+chi[ \t]+tiet"
    r"|trong[ \t]+so[ \t]+toi)(?![\p{L}])",
    regex.IGNORECASE,
)
_ANOTHER = regex.compile(
    rf"[ \t]va[ \t]+(?:{vocab.type_phrase_pattern()})[ \t]+so(?![\p{{L}}])", regex.IGNORECASE
)
_AFTER_LEAD = 200


def _printed_whole(folded: str, m: regex.Match[str]) -> bool:
    """The lead at ``m`` is a publisher's, saying it prints one document here and now."""
    clause = _CLAUSE_MARK.split(folded[: m.start()])[-1]
    after = folded[m.end() : m.end() + _AFTER_LEAD]
    return (
        _PUBLISHER.match(clause) is not None
        and _NOT_PRINTED.search(clause) is None
        and _LINK_ONLY.search(after) is None
        and _ANOTHER.search(after) is None
    )


def read_announced_type(line: str, offset: int = 0) -> PageTitle | None:
    """The type a news post announces before reposting a document's text ("Nội dung Chỉ thị
    như sau:", "… giới thiệu toàn văn Nghị quyết số 10-NQ/TU, ngày 18/8/2021 …"), the
    document itself printed without its heading; with the code and date the lead gives.

    >>> t = read_announced_type("Báo giới thiệu toàn văn Nghị quyết số 10-NQ/TU, ngày 18/8/2021")
    >>> t.type_phrase, t.code.code, t.date.isoformat()
    ('Nghị quyết', '10-NQ/TU', '2021-08-18')
    """
    folded = fold(line)
    m = _ANNOUNCED.fullmatch(folded)
    if m is None and (lead := _FULL_TEXT.search(folded, 0, _LEAD_REACH)) is not None:
        m = lead if _printed_whole(folded, lead) else None
    if m is None or vocab.kind_from_type_phrase(line[m.start("type") : m.end("type")]) is None:
        return None
    title = PageTitle(
        line[m.start("type") : m.end("type")], (offset + m.start("type"), offset + m.end("type"))
    )
    number = _NUMBER.match(folded, m.end()) if m.re is _FULL_TEXT else None
    cm = match_code(line, number.end()) if number else None
    if cm is None or not any(c.isdigit() for c in cm.group("number") or ""):
        return title
    code = make_code(cm.group("number"), cm.group("sep"), cm.group("symbol"))
    cue = _DATE.match(folded, cm.end())
    date, begin, end = date_at(folded, cue.end(), len(folded)) if cue else (None, 0, 0)
    return attrs.evolve(
        title,
        code=code,
        code_span=(offset + cm.start(), offset + cm.end()),
        date=date,
        date_span=(offset + begin, offset + end) if date is not None else None,
    )


# A notice's own formula, its sender the sentence's subject: "Sở Kế hoạch và Đầu tư thông báo
# một số nội dung … như sau:", "… trân trọng thông báo:". Read as printed: the verb is in lower
# case, after a word that is no preposition ("Theo thông báo ngày …", "các thông báo …").
_NOTICE_FORMULA = regex.compile(
    r"(?:trân[ \t]+trọng[ \t]+|xin[ \t]+)?thông[ \t]+báo"
    r"(?:[ \t]+[^.:;?!\n]{1,200}?[ \t]+như[ \t]+sau)?[ \t]*:"
)
_WORD_BEFORE = regex.compile(r"(\p{L}+)[ \t]+$")
_NOT_SENDERS = frozenset(
    {"theo", "của", "tại", "các", "những", "bản", "số", "về", "qua", "trong", "một", "và", "có"}
)
_FORMULA_REACH = 1200  # the body's first paragraphs
# ... or its last sentence: "Vậy, UBND huyện thông báo để các cơ quan … được biết./."
_NOTICE_CLOSING = regex.compile(r"[Tt]hông[ \t]+báo[ \t]+để[ \t]+[^.:;?!\n]{1,200}?[ \t]biết\b")
_CLOSING_REACH = 600
_AFTER_CLOSING = 300  # the text's last sentence: at most a page's trailer follows it
_SENTENCE_REACH = 300
# A sentence that asks or promises a notice is none: "… đề nghị các đơn vị kịp thời thông báo
# để Sở biết", "Phòng sẽ thông báo để các khoa biết sau".
_NOT_ANNOUNCING = regex.compile(
    r"(?<!\p{L})(?:sẽ|đề[ \t]+nghị|kịp[ \t]+thời|cần|phải|yêu[ \t]+cầu|hãy|đồng[ \t]+thời)"
    r"(?!\p{L})",
    regex.I,
)
_INVITING = regex.compile(r"(?<!\p{L})kính[ \t]+mời(?!\p{L})", regex.I)


def announces_notice(body: str) -> bool:
    """The body's first paragraphs give a notice's formula ("Ban Thường vụ Huyện ủy thông báo
    lịch tiếp công dân … như sau:"): a text printed without its title is a thông báo.

    >>> announces_notice("Sở Nội vụ tỉnh Quảng Ngãi thông báo: Về việc lấy ý kiến …")
    True
    >>> announces_notice("Theo thông báo: nghỉ học từ ngày 3/2.")
    False
    >>> announces_notice("Lịch tiếp … Vậy, UBND huyện thông báo để nhân dân được biết./.")
    True
    """
    for m in _NOTICE_FORMULA.finditer(body, 0, _FORMULA_REACH):
        if _sender_before(body, m.start()):
            return True
    for m in _NOTICE_CLOSING.finditer(body, max(0, len(body) - _CLOSING_REACH)):
        if _INVITING.search(body):
            return False  # "Trân trọng kính mời …": an invitation says whom it told
        floor = max(0, m.start() - _SENTENCE_REACH)  # bounded: one scan of the body at most
        sentence = max(floor - 1, *(body.rfind(c, floor, m.start()) for c in ".!?\n")) + 1
        if (
            len(body) - m.end() <= _AFTER_CLOSING
            and not _NOT_ANNOUNCING.search(body, sentence, m.start())
            and _sender_before(body, m.start())
        ):
            return True
    return False


# A plan's formula: "… trường Đại học Bình Dương xây dựng kế hoạch tổ chức … như sau:"; a
# comma ends it ("… xây dựng kế hoạch và tổ chức thực hiện, kết quả như sau:" reports).
_PLAN_FORMULA = regex.compile(
    r"(?<!\p{L})(?:xây[ \t]+dựng|ban[ \t]+hành)[ \t]+[Kk]ế[ \t]+hoạch"
    r"[ \t]+[^.,:;?!\n]{1,200}?[ \t]+như[ \t]+sau[ \t]*:"
)
# A plan made before, not made here, or one to be helped: "đã xây dựng kế hoạch …", "chưa
# xây dựng …", "Để xây dựng kế hoạch …, Sở đề nghị …", "Nhằm giúp các đơn vị xây dựng …".
_NOT_PLANNING = regex.compile(
    r"(?<!\p{L})(?:đã|chưa|để|nhằm|giúp|đề[ \t]+nghị|sẽ|cần|phải|yêu[ \t]+cầu|hãy)(?!\p{L})",
    regex.I,
)
_TITLE_WORDS = 3  # the words of a type's name at most ("THÔNG TƯ LIÊN TỊCH")


def announces_plan(body: str) -> bool:
    """The body's first paragraphs give a plan's formula ("Căn cứ …, trường Đại học Bình
    Dương xây dựng kế hoạch tổ chức Lễ trao bằng … như sau:"): a text printed without its title
    is a kế hoạch.

    >>> announces_plan("Căn cứ Luật, UBND tỉnh xây dựng Kế hoạch tuyên truyền như sau: 1. …")
    True
    >>> announces_plan("Đề nghị các đơn vị xây dựng kế hoạch như sau:")
    False
    """
    if _titled_otherwise(body):
        return False  # "Báo cáo kết quả công tác năm 2019" / "… xây dựng kế hoạch năm học …"
    for m in _PLAN_FORMULA.finditer(body, 0, _FORMULA_REACH):
        sentence = max(body.rfind(c, 0, m.start()) for c in ".!?\n") + 1
        if _sender_before(body, m.start()) and not _NOT_PLANNING.search(body, sentence, m.end()):
            return True
    return False


def _titled_otherwise(body: str) -> bool:
    """The body's first line opens with the name of a type other than a plan's (a page's
    title: "Báo cáo …", "Quy định về lập kế hoạch")."""
    words = body.partition("\n")[0].split()[:_TITLE_WORDS]
    kinds = {
        vocab.kind_from_title(" ".join(words[:k]), extra_words=0)
        for k in range(1, _TITLE_WORDS + 1)
    }
    return bool(kinds - {None, "ke_hoach"})


def _sender_before(body: str, pos: int) -> bool:
    """A word that can end a sender's name stands right before ``pos`` (no preposition)."""
    before = _WORD_BEFORE.search(body, max(0, pos - 30), pos)
    return before is not None and before.group(1).casefold() not in _NOT_SENDERS
