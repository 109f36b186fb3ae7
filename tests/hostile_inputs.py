"""Adversarial inputs, shared by ``tests/test_hostile.py`` and ``benchmarks/bench_hostile.py``.

Each is a unit repeated to the size wanted: patterns that backtrack or rescan would make
them cost more than linear time.
"""

from __future__ import annotations

__all__ = ["UNITS", "repeat"]

UNITS = {
    "number lines": "Số: 1/",
    "numbered codes": "Số: 1/QĐ-UBND ",
    "codes in running text": "số 1/QĐ-UBND ",
    "bare codes": "1/QĐ-UBND ",
    "citation chain": "số 1/QĐ-UBND ngày 1/1/2020 của ",
    "citation lines": "số 1/QĐ-UBND ngày 1/1/2020 của UBND\n",
    "dates on one line": "ngày 1 tháng 1 năm 2020 ",
    "date lines with a place": "Hà Nội, ngày 1 tháng 1 năm 2020 ",
    "dash lines": "- \n",
    "blank lines": "a\n\n",
    "dashes": "- ",
    "digits": "1",
    "digits and slashes": "1/1-",
    "slashes": "/",
    "diacritics": "ệ",
    "combining marks": "e\u0301",
    "stars inside words": "a**b ",
    "underscores inside words": "a_b ",
    "table rows": "| a | b | c |\n",
    "upper-case headings": "ỦY BAN NHÂN DÂN ",
    "articles": "Điều 1. ",
    "closing labels": "Nơi nhận:\nTM. KT. ",
    # Thousands of authority lines and no signer's name: each line asked whether a name had
    # come yet by reading all the items before it (quadratic until the kinds were kept).
    "signature blocks": "\nTM. UBND\nNơi nhận:\n- A",
    "type words": "Thông báo số ",
    "titles on a heading line": "Số: 1/QĐ-UBND Hà Nội, ngày 1 tháng 1 năm 2020 QUYẾT ĐỊNH V/V ",
    "addressees glued to the body": "Kính gửi: Sở Y tế Trong thời gian qua ",
    "one long word": "x",
    # A recipient list without its label is looked for from each archive line back to "Như
    # trên": many of both, and lines between.
    "unlabelled lists": "- Như trên;\n- Sở Y tế;\n- Lưu: VT.\n",
    "flattened signatures": "KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn An\n",
    "numbers in dotted blanks": "số 12...../QĐ-UBND ",
    "joint citations": "Thông tư liên tịch số 1/2004/TTLT-BYT-BTC-BNV-BCA của Bộ Y tế, ",
    "mottos in sentence case": "Cộng hòa xã hội chủ nghĩa Việt Nam\nĐộc lập - Tự do - Hạnh phúc\n",
    "signed names": "Đã ký: Nguyễn Văn An\n",
    "lines a blank line apart": "Thông báo lịch tiếp công dân\n\n",
    # The cues of the u-* to x-* rules, each repeated: every one looks a few lines around it.
    "escaped line breaks": "\\r\\n 1. A\\n",
    "number labels alone": "Số\n1/QĐ-UBND Ân\n",
    "bare prefixes over holders": "TM.\nỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\n",
    "page headlines over a V/v": "Về việc A\nSố: 1/UBND\nV/v B\n",
    "addressees under a page title": "Báo cáo A\n8/24/2011\nKính gửi: Sở Y tế\n",
    "holders in sentence case": "TM. Ủy ban nhân dân tỉnh\nChủ tịch\n",
    "articles without dots": "QUYẾT ĐỊNH:\nĐiều 1 Tặng\n",
    # The cues of the y-* to aa-* rules.
    "split numbers and dotted tails": "Số: 3 70 /TCHQ-TXNK .III\nngày 1 tháng 1 năm 2020\n",
    "titles in capitals over a basis": "THÔNG BÁO VỀ VIỆC A\nCăn cứ B;\n",
    "signatures under the close": "Trân trọng!\nGiám đốc\nNguyễn Văn An\n",
    "seal descriptions": "HIỆU TRƯỞNG\nRed seal of A with signature\n",
    # On one line: each split number looked for a date up to the line's end (quadratic until
    # the look was bounded).
    "split numbers on one line": "Số: 3 70 /TCHQ-TXNK  ",
    # The cues of the ac-* to af-* rules: a date and a subject before each citation, spaced
    # Party codes, glued dates, a flattened title before a sentence, cut titles, annex labels.
    "dated subjects of citations": "Ngày 1/2/2020, Bộ Y tế (BYT) Sở Y tế đã có Công văn số 1/A ",
    "spaced party codes": "Kế hoạch số 298 KH/TWĐTN ngày ",
    "dates glued to codes": "Nghị định số 1/2013/NĐ-CPngày ",
    "flattened titles before a sentence": (
        "Số: 1/TTg Hà Nội, ngày 1 tháng 1 năm 1980 CHỈ THỊ VỀ A B C Ngày "
    ),
    "titles cut between words": "THÔNG\nTƯ\nQUY\nĐỊNH VỀ A TRONG\n",
    "annex labels over forms": (
        "Phụ lục\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
    ),
    # The cues of the ah-* and ai-* rules: blank lines between heading lines and addressees,
    # marks between the archive line and the authority line, cut mottos, stray full stops.
    "blank-spaced headings": (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT\n\nQuảng Bình ngày 8 tháng 10 năm 2014\n\n"
        "Kính gửi:\n\nBan A,\n\nB\n\n"
    ),
    "marks over authority lines": "- Lưu: VT.\nA.QĐ/T11\n\n\nKT. CHỦ TỊCH\n",
    "stray full stops in codes": "Số: 10./QĐ- MN Thông tư số 25/2023/TTBKHĐT ",
    # The cues of the aj-* rules: a number line after an issuer's cell, spaced-out digits.
    "issuers running into number lines": "ĐẢNG ỦY TRƯỜNG ĐH A Số: 1 0 9 4 3 /BYT-MT ",
    "spaced-out digits": "Số: 1 0 9 4 3 4 5 6 7 8 9 ",
    # The cues of the al-* rules: citations' issuers named away from their codes, a guide's
    # trích yếu, a part's label, a Party section and a draft's dotted place.
    "opinions listed body by body": (
        "ý kiến của Bộ A tại văn bản số 1/BA-PC (x) ngày 1/1/2020, Bộ B tại "
    ),
    "lists of one body's letters": "Công văn số 1/BYT-KH ngày 1/1/2020 và Công văn số 2/BYT-KH, ",
    "requests over bracketed letters": (
        "Xét đề nghị của Bộ Y tế (văn bản số 1/BYT-KH do UBND ban hành kèm theo "
    ),
    "parts and guides under titles": (
        "HƯỚNG DẪN\nThực hiện A\nPhần thứ nhất\nI- B\n..........., ngày 1 tháng 1 năm 2020\n"
    ),
    # The cues of the am-* and an-* rules: an issuer's cell citing its act, codes wrapped after
    # their number, a signature column beside wrapped recipients, units heading items, a
    # notice's formula and Cyrillic look-alikes.
    "issuers' cells citing their acts": "ĐOÀN A\nTHEO QUYẾT ĐỊNH\nSỐ 1/QĐ-SCT\nSố:. 2/KH-ĐKT\n",
    "codes wrapped after their numbers": "Chương trình số 31-\nCTr/TW ngày 1/1/2020 củа ",
    "names beside wrapped recipients": (
        "- Văn phòng (a, b          PHÓ CHỦ TỊCH\nc);          Nguyễn Văn An\n"
    ),
    "units heading items": "1. Sở Tài chính\n2\na) Chủ trì\n2. Thanh tra tỉnh\nThanh tra \n",
    "notices' formulas": "Sở A thông báo một số nội dung như sau: B trân trọng thông báo: ",
    # The old motto without its tiêu ngữ, many on one line, was read again to the line's end
    # for each (quadratic before 2026-12-07).
    "old mottos flattened": "1. BỘ A VIỆT NAM DÂN CHỦ CỘNG HÒA ****** Độc lập - Tự do ",
    "old mottos on one line": "1. BỘ A VIỆT NAM DÂN CHỦ CỘNG HÒA ",
    # Every anchor looked at the lines under its own: a long line was stripped once for each
    # anchor on it (4x from 0.1 to 1 MB before 2026-12-07).
    "tiêu ngữ on one line": "Độc lập - Tự do ",
    "signatures before attached titles": (
        "- Lưu: VT.\nKT. BỘ TRƯỞNG THỨ TRƯỞNG Đinh Tụng KẾ HOẠCH A B\n"
    ),
    # The cues of the ap-* rules: offices and groups leading items, footnotes' numbers glued
    # to codes, one body's letters listed after it, telegrams' hours and titles, names in
    # capitals and offices in brackets under a position.
    "offices and groups leading items": (
        "1. Chủ tịch UBND các xã ký\n2. Các huyện tổ chức\n3 Nghị định\n2. Ủy quyền cho Giám "
    ),
    "footnotes glued to codes": "Luật số 42/2024/QH151 và số 42/2024/QH15 ngày 1/1/2020\n1 Luật ",
    "letters listed after their body": (
        "Cục A đã có Văn bản số 1/ĐKVN-VA ngày 1/1/2020 và Văn bản số 2/ĐKVN-VA ngày 2/1/2020 "
    ),
    "telegrams' hours and titles": (
        "Duy Xuyên, vào lúc 08h00, ngày 13 tháng 10 năm 2013\nCÔNG ĐIỆN HỎA TỐC\nthực hiện "
    ),
    "names in capitals under positions": (
        "KT. Chủ tịch\nPhó Chủ tịch\nĐÀM VĂN BÔNG\nPHÓ CHỦ TỊCH\n(Phó ban\n"
    ),
    # Each glued code looks back for its line's start: on one line, only so far.
    "footnotes glued on one line": "Luật số 42/2024/QH151 và 1 Luật số 42/2024/QH15 ngày 1/1/2020 ",
    "labels cut in two": "V/v A\nKính\n\ngửi: B\n\ngửi: C\n",
    # A heading cell's dashed lines were looked up in a list (2.8x per doubling before
    # 2026-12-07; see also test_hostile.py for one line of spaces under an anchor).
    "dashed issuer lines": "SỞ TÀI CHÍNH -\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n",
    # The cues of the ar-* rules: OCR's authority prefixes, number lines and Lưu lines.
    "authority prefixes as OCR prints them": "„KT. BỘ TRƯỞNG\nKT, TỔNG CỤC TRƯỞNG\nKT. cục A\n",
    "number lines as OCR prints them": "Số! /A-B\nSố: Äf03Y!CTHN-TTHT ",
    "garbled number lines with dates": "Số :284ÿCT-TT&HT Hải Phòng, ngày 05 tháng 4 năm 2018\n",
    "lists over Lưu lines under garbled labels": (
        "Nơi niệm g BỘ\n- Văn phòng A;\n- Văn phòng B;\n- C;\n- D;\n- Lưu: VT.\n"
    ),
    # The cues of the session after f507ccb: garbled quốc hiệu and tiêu ngữ, long names,
    # a unit's parent after a comma, "của" after a blank line.
    "garbled quốc hiệu and tiêu ngữ": (
        "BO TAI CHINH CQNG HOA XA HQI CHU NGHIA VIET NAM\nTONG CUC DQc I$p - Tu do - Hgnh phric\n"
    ),
    "citations of long names and parents": (
        "số 1/QĐ-UBND của Ban Chỉ đạo quốc gia phòng, chống dịch COVID-19, "
        "số 2/QĐ-UBND của Ban Thi đua, Sở Nội vụ về\n\ncủa "
    ),
    # Texts that lost every letter outside ASCII, dropped or spaced out: each word is given
    # its letters back by a search over the words it may be (review 38's session).
    "letters dropped": "S: 1/Q-UBND H Ni, ngy 1 thng 1 nm 2020 Cn c ca B Ti chnh\n",
    "letters spaced out": "S  : 1/Q  -UBND H   N   i, ng  y 1 th  ng 1 n  m 2020 c   a B   \n",
    # The cues of the bw-c to ch-c rules: flattened headings with "V/v" after the code, OCR's
    # "s" for "số", old acts' title lines, titleless acts over a preamble, bare article labels,
    # commas over blank lines, enacting lines and joint issuers dashed on one line.
    "flattened headings with a trích yếu": (
        "UBND TỈNH A SỞ B Số: 1/SB-VP V/v c CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Kính gửi: - D; - E. "
        "Căn cứ Quyết định số 1/QĐ-UB; "
    ),
    "citations with a glued s": "Nghị định s1/2020/NĐ-CP của Giám đốc Sở A, tại Tờ trình số 2/TTr ",
    "old acts' title lines": "NGHỊ QUYẾT SỐ 1 NQ/UBTVQH9 NGÀY 1-1-1997\nCỦA ỦY BAN\n",
    "titleless acts over a preamble": (
        "Số: 1/2020/QĐ-UBND\nQUY ĐỊNH CỤ THỂ MỘT SỐ ĐIỀU\nPHÁT TRIỂN KINH TẾ\nThực hiện Luật;\n"
    ),
    "bare article labels and enacting lines": "Căn cứ Luật;\nQUYẾT NGHỊ:\nĐiều 1\nA.\n",
    "commas over blank lines": "KẾ HOẠCH\n\n50 năm ngày A,\n\n20 năm ngày B,\n\n",
    "joint issuers dashed on one line": "BỘ A-TÒA ÁN B- VIỆN C | LIÊN NGÀNH: D - E\n",
    # The ci-c to cl-c rules' cues: lost letters beside other alphabets' (restored now), the old
    # quốc hiệu before a place, plans' formulas and pages opening with "TITLE Về việc".
    "letters dropped beside other alphabets": "ࡱ S: 1/Q-UBND ngy 1 thng 1 nm 2020 中国 λ ca B\n",
    "old quốc hiệu before places": "VIỆT NAM DÂN CHỦ CỘNG HÒA Hà Nội, ngày 1 tháng 1 năm 1964 ",
    "plans' formulas": "UBND huyện xây dựng kế hoạch tổ chức như sau: ",
    "titles with Về việc": "NGHỊ QUYẾT Về việc điều chỉnh dự án.\n",
    # The cq-c to ct-c rules' cues: capitals wrapped under a flattened title, titles with codes.
    "capitals under flattened titles": "Số: 1/KH-UB\nKẾ HOẠCH TỔ CHỨC A CỦA\nB NĂM HỌC 2020-2021\n",
    "titles with their codes": "QUYẾT ĐỊNH 24/2021/QĐ-TTg\nQUY ĐỊNH A\n",
    # The cy-c to db-c rules' cues: lists of askers, bracketed or before "tại", a "V/v" over
    # the enacting authority.
    "askers listed with their letters": "đề nghị của Sở A (Tờ trình số 1/TTr-SA ngày 1/1/2020) và ",
    "askers listed before tại": "của Sở A tại Tờ trình số 1/TTr-SA ngày 1/1/2020 và Giám đốc Sở B ",
    "V/v over an enacting authority": "Số: 1/QĐ-UB\nVỀ VIỆC A\nỦY BAN NHÂN DÂN TỈNH B\nCăn cứ C;\n",
    "portals' công văn titles": "1/BA-VP\nCÔNG VĂN Về việc A\nKính gửi: B\n- Lưu: VT.\n* C\n",
}


def repeat(unit: str, size: int) -> str:
    """``unit`` repeated to exactly ``size`` characters."""
    return (unit * (size // len(unit) + 1))[:size]
