"""Input encodings are detected; what is not text is refused with the file's name."""
from __future__ import annotations

import codecs

import pytest

from etl.errors import InputError
from etl.parse import parse_source
from etl.source import read_source

TEXT = "聊城市人民政府大事记\n（2024年9月）\r\n3日，市委副书记、市长张百顺带队督导调研全市重大交通项目，郭守印参加活动。\r4日，副市长刘培国出席会议。\n"


@pytest.mark.parametrize("encoding,bom", [
    ("utf-8", b""), ("utf-8", codecs.BOM_UTF8), ("gb18030", b""), ("gbk", b""),
    ("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE), ("utf-16-le", b""), ("utf-16-be", b""),
])
def test_encodings_decode_and_parse_the_same(encoding: str, bom: bytes) -> None:
    r = parse_source(read_source(bom + TEXT.encode(encoding), "x.txt"))
    assert [(e.date_start, e.participants[0].name) for e in r.events] == [("2024-09-03", "张百顺"), ("2024-09-04", "刘培国")]


def test_a_traditional_copy_in_big5_decodes_as_big5_and_a_gbk_one_as_gbk() -> None:
    # (each decodes much of the other's bytes into other characters: before, a Big5 file was refused as no text)
    traditional = "聊城市人民政府大事記\n（2024年9月）\n3日，市委副書記、市長張百順帶隊督導調研全市重大交通項目。\n4日，副市長劉培國出席會議。\n"
    src = read_source(traditional.encode("big5"), "big5.txt")
    assert src.text == traditional and src.encoding == "big5hkscs"
    assert [p.name for e in parse_source(src).events for p in e.participants] == ["張百順", "劉培國"]
    assert read_source(TEXT.encode("gbk"), "gbk.txt").encoding == "gb18030"
    assert read_source(traditional.encode("gb18030"), "gb.txt").text == traditional  # (traditional in GB18030 too)


@pytest.mark.parametrize("data,words", [
    (b"", "empty"), (b"  \n\n", "empty"), (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "extract its text"),
    (bytes(range(256)) * 4, "binary"), (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
])
def test_what_is_not_text_is_refused_naming_the_file(data: bytes, words: str) -> None:
    with pytest.raises(InputError) as exc:
        read_source(data, "bad/input.txt")
    assert "bad/input.txt" in str(exc.value) and words in str(exc.value)


def test_control_characters_are_blanked_and_reported() -> None:
    r = parse_source(read_source("3日，市长张百顺\x07主持会议。\n".encode(), "c.txt"), None)
    assert r.warnings and "control" in r.warnings[0].message


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85"])
def test_unicode_line_and_paragraph_separators_end_lines(separator: str) -> None:
    # a web page's script or a word processor may break lines so: each entry on its own line, offsets the file's
    text = f"2024年3月大事记{separator}3日，市委召开会议。{separator}5日，市长张三调研。{separator}"
    events = parse_source(read_source(text.encode(), "s.txt"), None).events
    assert [(e.date_start, e.text) for e in events] == [("2024-03-03", "市委召开会议。"), ("2024-03-05", "市长张三调研。")]
    assert [text[a:b] for a, b in events[1].provenance.spans] == ["市长张三调研。"]
    assert events[1].provenance.line == 3


def test_web_artifacts_are_blanked_in_place() -> None:
    # &nbsp; and zero-width characters become as many spaces: the text keeps the file's offsets, and a name
    # split by them reads whole
    from etl.parse import parse_source
    from etl.source import read_source

    raw = "2024年2月大事记\n1日，市长张三&nbsp;主持会议。\n2日，副市长李\u200b四出席活动。\n"
    src = read_source(raw.encode("utf-8"), "web.txt")
    assert len(src.text) == len(raw) and "&nbsp;" not in src.text and "\u200b" not in src.text
    events = parse_source(src).events
    assert [[p.name for p in e.participants] for e in events] == [["张三"], ["李四"]]
    a, b = events[0].provenance.spans[0]
    assert raw[a:b] == "市长张三&nbsp;主持会议。"


def test_markdown_of_a_converted_page_is_blanked_in_place() -> None:
    # ### headings, - and * list marks and **bold** around a leading date read as spaces; a ** that redacts a
    # name inside a line stays, as does - 45 -, a page number
    raw = ("2023年大事记\n**1月5日** 市委召开常委会会议，市委书记张三主持。\n### 2月\n- 2月5日，副市长王五、**出席活动。\n"
           "* 2月6日 市政协召开常委会议。\n- 45 -\n")
    src = read_source(raw.encode("utf-8"), "web.md.txt")
    assert len(src.text) == len(raw) and "###" not in src.text and "**1月" not in src.text
    assert "王五、**出席" in src.text and "- 45 -" in src.text
    events = parse_source(src).events
    assert [(e.date_start, e.text) for e in events] == [
        ("2023-01-05", "市委召开常委会会议，市委书记张三主持。"), ("2023-02-05", "副市长王五、**出席活动。"),
        ("2023-02-06", "市政协召开常委会议。")]


def test_question_marks_where_an_indentation_was_lost_are_blanked_in_place() -> None:
    # a web page's ideographic spaces converted to a code without them: ??? before each line, dated or not;
    # one such line alone, or a ? inside a line, is left as written
    raw = ("2015年2月大事记\n??? 2月5日，市十七届人大五次会议开幕。\n??? 王春利表示，要抓好落实？\n"
           "??? 2月6日，我县代表团召开会议。\n")
    src = read_source(raw.encode("utf-8"), "web.txt")
    assert len(src.text) == len(raw) and "?" not in src.text and "落实？" in src.text
    assert [(e.date_start, e.text) for e in parse_source(src).events] == [
        ("2015-02-05", "市十七届人大五次会议开幕。王春利表示，要抓好落实？"), ("2015-02-06", "我县代表团召开会议。")]
    one = "2015年2月大事记\n??? 2月5日，开幕。\n2月6日，闭幕?\n"
    assert read_source(one.encode("utf-8"), "web.txt").text == one


def test_ampersands_where_no_break_spaces_were_are_blanked_in_place() -> None:
    # a copy that kept only the & of each &nbsp;: a year's entries run together on its line, &&& between them,
    # split as spaced entries are; one such run alone, or an & in the text (R&D), is left as written
    raw = ("某县大事记\n1949年&&& 2月17日,县委抽调干部南下浙江。&&& 3月,全县完成支前任务。&&& 是月,某县政府成立。\n"
           "1950年&&& 1月5~11日,中共某县第一次代表会议召开。&&& 11~15日,县委召开劳模评选大会。&&& 1月,R&D中心建立。\n")
    src = read_source(raw.encode("utf-8"), "web.txt")
    assert len(src.text) == len(raw) and "&&" not in src.text and "R&D" in src.text
    assert [(e.date_start, e.date_end, e.text) for e in parse_source(src).events] == [
        ("1949-02-17", "1949-02-17", "县委抽调干部南下浙江。"), ("1949-03-01", "1949-03-31", "全县完成支前任务。"),
        ("1949-03-01", "1949-03-31", "某县政府成立。"),
        ("1950-01-05", "1950-01-11", "中共某县第一次代表会议召开。"), ("1950-01-11", "1950-01-15", "县委召开劳模评选大会。"),
        ("1950-01-01", "1950-01-31", "R&D中心建立。")]
    one = "2015年2月大事记\n2月5日，开幕。&&& 2月6日，闭幕。\n"
    assert read_source(one.encode("utf-8"), "web.txt").text == one


def test_a_forums_anti_copy_noise_is_blanked_in_place() -> None:
    # runs of one- or two-character ASCII tokens (Discuz's jammer) after a year, alone, after a sentence, before
    # a date: blanked where two or more are in a file; a spaced-out date, and one run alone, are left as written
    raw = ("马鞍山历史大事记\n2005年# u+ w9 D9 ?$ z. Q* {  }\n$ o  X8 _0 m! d# `# v, G\n"
           "    1月2日  市红十字会开展募捐活动。7 {3 B6 N2 A$ ]: h\n"
           "% d2 O6 o, [* Y/ {% d) c8 S% l7 _    1月12日  市鼎泰公司的项目被列入国家“863”计划。\n"
           "    1月13日  省委常委、宣传部部长臧世凯率艺术团演出。, L8 X5 G9 c. B6 j5 w& Q' Y\n"
           # (… and glued to the date it stands before, its last token a letter: before, the entry was lost)
           "5 r1 a4 T8 V9 J/ H1月20日,市委召开全委会。\n")
    src = read_source(raw.encode("utf-8"), "forum.txt")
    assert len(src.text) == len(raw) and "u+" not in src.text and "B6" not in src.text and "“863”" in src.text
    events = parse_source(src).events
    assert [(str(e.date_start), e.text) for e in events] == [
        ("2005-01-02", "市红十字会开展募捐活动。"), ("2005-01-12", "市鼎泰公司的项目被列入国家“863”计划。"),
        ("2005-01-13", "省委常委、宣传部部长臧世凯率艺术团演出。"), ("2005-01-20", "市委召开全委会。")]
    assert [(p.name, p.title) for p in events[2].participants] == [("臧世凯", "省委常委、宣传部部长")]
    spaced = "2 0 0 6 年 8 月 1 2 日  市委召开会议。\n2 0 2 4 - 0 1 - 0 3  A B C D E\n"
    assert read_source(spaced.encode("utf-8"), "pdf.txt").text == spaced
    one = "2005年大事记\n1月2日  募捐活动。7 {3 B6 N2 A$ ]: h\n"
    assert read_source(one.encode("utf-8"), "forum.txt").text == one


def test_punctuation_a_pdf_font_gave_as_gb2312_codes_is_read_back_in_place() -> None:
    # ꎬ (U+A3AC) is the GB2312 code of ，, ꎮ that of the full stop and ꎻ that of ；: read back one character
    # for one, the full stop as 。 after a word and as a decimal point after a digit
    raw = ("2020年12月大事记\n13日 市委副书记刘玉泉到青羊区调研ꎬ区委副书记、代区长蒋蔚炜陪同ꎮ\n"
           "26日 项目集中签约仪式举行ꎻ总投资增长2ꎮ5%ꎮ\n")
    src = read_source(raw.encode("utf-8"), "yearbook.txt")
    assert len(src.text) == len(raw)
    assert "调研，区委副书记" in src.text and "陪同。" in src.text and "举行；总投资增长2．5%。" in src.text
    events = parse_source(src).events
    assert [[(p.name, p.title, p.roles) for p in e.participants] for e in events] == [
        [("刘玉泉", "市委副书记", ["lead"]), ("蒋蔚炜", "区委副书记、代区长", ["accompany"])], []]
    # Yi text is left alone: a file that is not mostly Chinese is not a font's codes
    yi = "ꆈꌠꁱꂷ ꎬꎮ ꆈꌠꁱꂷ\n"
    assert read_source(yi.encode("utf-8"), "yi.txt").text == yi


def test_a_spreadsheets_field_quotes_are_no_part_of_the_text() -> None:
    # a chronicle saved as CSV: the quotes around a field are blanked in place (before, the text began with one and
    # the first title was "市长); a doubled quote inside a field reads as one
    raw = ('日期,事件\n2024-01-05,"市长李向东调研，副市长张华陪同，""双招双引""项目签约。"\n'
           '"2024-01-06","市长李向东出席活动。"\r\n')
    src = read_source(raw.encode(), "chronicle.csv")
    assert len(src.text) == len(raw)
    events = parse_source(src).events
    assert [(e.date_start, e.text) for e in events] == [
        ("2024-01-05", '市长李向东调研，副市长张华陪同， "双招双引 "项目签约。'), ("2024-01-06", "市长李向东出席活动。")]
    assert [(p.title, p.name) for p in events[0].participants] == [("市长", "李向东"), ("副市长", "张华")]
    # (in a text file the same quotes are text, as written)
    assert read_source(raw.encode(), "chronicle.txt").text == raw


@pytest.mark.parametrize("scanned,day", [("1O日", 10), ("2l日", 21), ("l2日", 12), ("2I日", 21), ("3o日", 30)])
def test_a_scans_letters_for_digits_in_a_date_are_read_as_digits(scanned: str, day: int) -> None:
    # OCR gives O for 0 and l or I for 1 (before, the entry was dropped as text before the first dated one); the
    # text keeps its length, and a run with no digit, or after another Latin letter, stays as it is
    raw = f"2O24年1月大事记\n{scanned}，市长李向东调研，研究iPhone15日活动和lO日程。\n"
    src = read_source(raw.encode(), "scan.txt")
    assert len(src.text) == len(raw) and "iPhone15日" in src.text and "lO日程" in src.text
    events = parse_source(src).events
    assert [(e.date_start, e.participants[0].name) for e in events] == [(f"2024-01-{day:02d}", "李向东")]


def test_an_emoji_before_a_lines_text_is_read_as_a_bullet() -> None:
    # an account's article lists its items after emoji (📅, ▶️ with its variation selector, 🔸, 👉🏻 with a skin tone);
    # before, every such entry was dropped as text before the first dated one. One character for one, so offsets
    # stay; a list's own marker (△, ▶) stays as it is, an emoji inside a sentence too
    raw = ("2024年1月大事记\n📅1月3日\n市委召开常委会议。\n▶️ 1月5日，市长李向东调研👍。\n🔸1月8日 全市大会召开。\n"
           "👉🏻 1月9日，副市长张华出席活动。\n△副市长张华出席会议。\n")
    src = read_source(raw.encode(), "account.txt")
    assert len(src.text) == len(raw) and "👍" in src.text and "△副市长" in src.text
    # (a circled number and a box-drawing rule are no pictographs: they stay)
    assert read_source("①市委召开会议。\n────\n".encode(), "a.txt").text == "①市委召开会议。\n────\n"
    events = parse_source(src).events
    assert [(e.date_start, e.text) for e in events] == [
        ("2024-01-03", "市委召开常委会议。"), ("2024-01-05", "市长李向东调研👍。"), ("2024-01-08", "全市大会召开。"),
        ("2024-01-09", "副市长张华出席活动。"), ("2024-01-09", "副市长张华出席会议。")]
    # … whatever else the file holds: a shape no list's marker is (◯) is read so in a file with no emoji too (the
    # test for pictographs looked for emoji only, so such a file kept its lines, and they were dropped)
    events = parse_source(read_source("2024年1月大事记\n◯3日，市委召开会议。\n◯5日，市长调研。\n".encode(), "a.txt")).events
    assert [e.date_start for e in events] == ["2024-01-03", "2024-01-05"]
