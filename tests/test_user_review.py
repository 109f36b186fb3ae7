"""What a new user's walk through the README and docs tripped over (review 38): a unit in
charge after an item's topic, an ellipsis after a cited body, an HTML page's head and styles,
spans of an empty range, a Word 97 file, an impossible date."""

from __future__ import annotations

import pytest

import vnadmindoc
from vnadmindoc import DecodeError, parse, render_html
from vnadmindoc.clean import clean
from vnadmindoc.fields.directives import find_lead

from .conftest import EXAMPLES, bundled_files

EXAMPLE = EXAMPLES / "cong-van-619-UBND-VXNV.txt"


@pytest.mark.parametrize(
    ("item", "lead"),
    [
        ("Về mua sắm: giao Sở Tài chính phối hợp với Sở Y tế tham mưu.", "Sở Tài chính"),
        ("Trường hợp phát hiện ca bệnh: Sở Y tế chủ trì tham mưu.", "Sở Y tế"),
        ("Đối với người chưa có thị thực: Công an tỉnh xem xét cấp thị thực.", "Công an tỉnh"),
        # The topic's colon only: what follows must still name a unit.
        ("Về việc mua sắm vật tư: Tại cuộc họp ngày 5/2, Sở Y tế báo cáo.", None),
        ("Về công tác tuyên truyền, vận động nhân dân.", None),
    ],
)
def test_the_unit_in_charge_follows_the_items_topic(item: str, lead: str | None) -> None:
    assert find_lead(item) == lead


def test_a_tasks_leads_follow_its_topic_and_stop_at_its_verb() -> None:
    text = vnadmindoc.read_text(EXAMPLE)
    doc = parse(text)[0]
    tasks = {t.label: t for t in vnadmindoc.find_tasks(doc, text)}
    assert tasks["1.-3"].leads == ("Sở Y tế",)  # "Trường hợp …: Sở Y tế chủ trì …"
    # "… UBND các huyện, thành phố đặc biệt quan tâm …": the verb ends the last unit.
    assert tasks["1.-4"].leads[-1] == "UBND các huyện, thành phố"


@pytest.mark.parametrize("dots", ["…", "...", " …"])
def test_an_ellipsis_after_a_cited_body_is_no_part_of_its_name(dots: str) -> None:
    text = f"… Thông báo số 241/TB-VPCP ngày 12/9/2021 của Văn phòng Chính phủ{dots} và"
    (ref,) = vnadmindoc.find_references(text)
    assert ref.issuer == "Văn phòng Chính phủ"
    (citation,) = vnadmindoc.find_citations(text)
    assert citation.issuer == "Văn phòng Chính phủ"


def test_a_pages_head_styles_and_scripts_are_not_read() -> None:
    page = (
        "<!DOCTYPE html><html><head><title>Công văn</title><style>p { margin: 0 }</style>"
        "</head><body><script>var a = '<b>x</b>';</script>"
        "<p>Số: 12/UBND-VP</p><STYLE type='text/css'>.x {}</STYLE ><p>V/v họp</p></body></html>"
    )
    lines = [line for line in clean(page).text.split("\n") if line.strip()]
    assert lines == ["Số: 12/UBND-VP", "V/v họp"]


def test_an_unclosed_style_hides_nothing_and_stays_linear() -> None:
    # An opening tag without its closing one is only a tag: the text after it is kept. Many of
    # them look for the closing tag once.
    text = "<style>Số: 12/UBND-VP\n" * 20_000
    cleaned = clean(text).text
    assert cleaned.count("Số: 12/UBND-VP") == 20_000


def test_an_html_page_reads_back_as_the_document_it_shows() -> None:
    doc = parse(vnadmindoc.read_text(EXAMPLE))[0]
    (again,) = parse(render_html(doc))
    assert again == doc
    assert again.unplaced == () or all("DOCTYPE" not in f.text for f in again.unplaced)


def test_an_empty_span_still_places_a_diagnostic() -> None:
    # A missing part has an empty span at its document's start; it is a span all the same.
    text = vnadmindoc.read_text(EXAMPLE)
    second = "\n".join(
        line for line in text.splitlines() if not line.startswith(("**CỘNG HÒA", "Độc lập"))
    )
    docs = parse(text + "\n" + second)
    (found,) = list(vnadmindoc.validate(docs[1], select=["H104"]))
    assert found.span is not None
    assert found.span.start == docs[1].span.start > 0


def test_a_word_97_file_is_named_as_one() -> None:
    ole2 = bytes.fromhex("d0cf11e0a1b11ae1") + b"\0" * 504
    with pytest.raises(DecodeError, match=r"\.doc.*\.docx"):
        vnadmindoc.read_text(ole2)


def test_an_impossible_date_is_named_as_one() -> None:
    with pytest.raises(ValueError, match="not a real date"):
        vnadmindoc.parse_date("31/2/2021")


def test_a_signature_and_its_authorities_span_their_prefixes() -> None:
    text = vnadmindoc.read_text(EXAMPLE)
    (signature,) = parse(text)[0].signatures
    assert [a.span.slice(text) for a in signature.authority if a.span is not None] == [
        "TM. ỦY BAN NHÂN DÂN",
        "KT. CHỦ TỊCH",
    ]
    assert signature.span is not None
    assert signature.span.slice(text).startswith("TM. ỦY BAN NHÂN DÂN")
    assert signature.span.slice(text).endswith("Đỗ Thị Minh Hoa")


def test_a_documents_repr_cuts_long_texts() -> None:
    doc = parse(vnadmindoc.read_text(EXAMPLE))[0]
    assert len(doc.body) > 2000
    shown = repr(doc)
    assert f"({len(doc.body)} characters)" in shown
    assert doc.body not in shown
    assert len(shown) < len(doc.body) + sum(len(d.text) for d in doc.directives)


@pytest.mark.parametrize(
    ("item", "lead"),
    [
        (
            "Trường Giáo dục đặc biệt tỉnh Bình Dương chủ trì tổ chức tuyển sinh.",
            "Trường Giáo dục đặc biệt tỉnh Bình Dương",
        ),
        ("Về địa điểm: UBND xã Tân Lập (hội trường tầng 2), Sở Văn hóa chủ trì tổ chức.", None),
        ("Về thành phần: Sở Y tế, Sở Tài chính, Công an tỉnh và UBND các huyện.", None),
    ],
)
def test_a_topic_names_no_lead_without_a_duty(item: str, lead: str | None) -> None:
    # Review 40: the first version cut "đặc biệt" and read the units a topic lists as leads.
    assert find_lead(item) == lead


@pytest.mark.parametrize(
    ("page", "kept"),
    [
        # Plain text that names tags is no page: only the tags go.
        ("Phát hiện mã độc dạng <script> chèn vào Cổng. Gỡ thẻ </script>. Xong.", "chèn vào Cổng"),
        # A head left open hides nothing of the body after it.
        (
            "<html><head><title>Văn bản 1</title><body><p>Số: 12/UBND</p></body></html>\n"
            "<html><head><title>2</title></head><body><p>Trang 2</p></body></html>",
            "Số: 12/UBND",
        ),
        # A script closed in its own tag hides nothing.
        (
            '<html><body><script src="a.js" /><p>Số: 12</p><script>var a;</script></body></html>',
            "Số: 12",
        ),
    ],
)
def test_only_a_pages_own_hidden_elements_are_dropped(page: str, kept: str) -> None:
    assert kept in clean(page).text


def test_a_topics_place_is_no_task_lead() -> None:
    from vnadmindoc.tasks import _leads

    item = "Về địa điểm: UBND xã Tân Lập (hội trường tầng 2), Sở Văn hóa chủ trì tổ chức."
    assert _leads(item) == ()
    assert _leads("Về mua sắm: giao Sở Tài chính phối hợp với Sở Y tế tham mưu.") == (
        "Sở Tài chính",
    )


def test_a_recipients_span_ends_where_its_name_ends() -> None:
    # The last "Kính gửi" entry's span took its full stop ("… thành phố."), and an entry joined
    # from two lines its comma, while the name had neither.
    found = 0
    for path in [EXAMPLES / "cong-van-619-UBND-VXNV.txt", *bundled_files()]:
        text = path.read_text(encoding="utf-8")
        for doc in parse(text):
            for entry in (*doc.addressees, *doc.distribution):
                assert entry.span is not None
                printed = entry.span.slice(text)
                found += 1
                assert not printed.endswith((".", ",", ";", ":")) or entry.name.endswith(
                    printed[-1]
                ), (path.name, entry.name, printed)
    assert found > 2000


_PLAN = """ỦY BAN NHÂN DÂN
TỈNH BẮC KẠN
Số: 12/KH-UBND
Bắc Kạn, ngày 5 tháng 4 năm 2024
KẾ HOẠCH
Thực hiện chuyển đổi số
I. MỤC ĐÍCH
Nâng cao hiệu quả.
II. TỔ CHỨC THỰC HIỆN
Sở Thông tin và Truyền thông chủ trì, theo dõi việc thực hiện.
{closing}
Nơi nhận:
- Như trên;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn A
"""


@pytest.mark.parametrize(
    ("closing", "kept"),
    [
        ("Trên đây là Kế hoạch thực hiện chuyển đổi số của tỉnh./.", False),
        ("Nhận được văn bản này, các đơn vị triển khai thực hiện./.", False),
        ("Trân trọng thông báo./.", False),
        # Not after a finished sentence: the line goes on from the one before.
        ("với nội dung trên và báo cáo kết quả./.", True),
    ],
)
def test_the_last_item_ends_before_the_closing_sentence(closing: str, kept: bool) -> None:
    text = _PLAN.format(closing=closing)
    if kept:
        text = text.replace("theo dõi việc thực hiện.", "theo dõi việc thực hiện")
    (doc,) = parse(text)
    last = doc.directives[-1]
    assert last.label == "II"
    assert (closing in " ".join(last.text.split())) is kept
    assert closing in doc.body
    assert last.span is not None
    assert (closing in last.span.slice(text)) is kept


def test_a_decisions_last_article_keeps_its_last_words() -> None:
    text = (
        "QUYẾT ĐỊNH:\nĐiều 1. Ban hành Quy chế.\nĐiều 2. Quyết định có hiệu lực từ ngày ký.\n"
        "Trân trọng thông báo./.\n"
    )
    (doc,) = parse(text)
    assert "Trân trọng thông báo" in doc.directives[-1].text
