"""A chronicle saved as a web page reads as the text a browser shows: the same events as the text itself."""
from __future__ import annotations

import html
from pathlib import Path

import pytest
from click.testing import CliRunner

from etl.cli import cli, folder_files
from etl.errors import InputError
from etl.html import is_html, page_text
from etl.parse import parse_source
from etl.source import read_source

from .conftest import SAMPLE_DIR, event_keys, sample_periods

PERIODS = sample_periods()


def _as_page(text: str) -> str:
    """The text as a government site serves it: one paragraph per line, spaces as &nbsp;, quotes and dashes
    as entities, between a navigation bar, a script and a footer that hold dates and words of their own."""
    def para(line: str) -> str:
        body = html.escape(line, quote=False).replace(" ", "&nbsp;").replace("“", "&ldquo;").replace("—", "&mdash;")
        return f"<p style='text-indent:2em'>{body}</p>"
    paras = "\n".join(para(line) for line in text.splitlines())
    return ("<!DOCTYPE html>\n<html><head><meta charset='utf-8'><title>大事记</title>"
            "<script>var s = '<p>1日，市长甲出席会议。</p>';</script><style>p { margin: 0 }</style></head>\n"
            "<body><div class='nav'><a href='/'>首页</a> &gt; <a href='/zwgk'>政务公开</a></div>\n"
            f"<div class='content'>\n{paras}\n</div>\n<div class='footer'>主办：市人民政府办公室 电话：0635-8888888</div>"
            "</body></html>\n")


@pytest.mark.parametrize("path", sorted(SAMPLE_DIR.glob("*.txt")), ids=lambda p: p.name)
def test_every_bundled_chronicle_reads_the_same_as_a_web_page(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    period = PERIODS[path.name]
    as_text = event_keys(text.encode("utf-8"), path.name, period)
    assert as_text
    assert event_keys(_as_page(text).encode("utf-8"), path.stem + ".html", period) == as_text


PAGE = """<html><head><title>2023年5月大事记_某某市人民政府</title></head><body>
<table><tr><td><h2>2023年5月大事记</h2></td></tr>
<tr><td>1日</td><td>市委书记<strong>刘国强</strong>到重点景区检查安全生产工作。</td></tr>
</table>
<p>3&mdash;5日，省人大常委会副主任王建华带领执法检查组来我市检查&ldquo;安全生产法&rdquo;贯彻实施情况。<br>
8日，市长陈志刚会见美国客商约翰&middot;史密斯一行。<br/>
10日，市委副书记、
  市长陈志刚主持召开市政府常务会议。</p>
<!-- 12日，注释里的日期不是条目。 -->
</body></html>"""


def test_a_page_of_tables_breaks_and_entities() -> None:
    src = read_source(PAGE.encode("utf-8"), "may.html")
    assert src.form == "html" and "<" not in src.text and "&" not in src.text
    result = parse_source(src)
    got = [(e.date_start, e.date_end, [(p.name, p.title, sorted(p.roles)) for p in e.participants])
           for e in result.events]
    assert got == [
        ("2023-05-01", "2023-05-01", [("刘国强", "市委书记", ["lead"])]),
        ("2023-05-03", "2023-05-05", [("王建华", "省人大常委会副主任", ["lead"])]),
        ("2023-05-08", "2023-05-08", [("陈志刚", "市长", ["lead"]), ("约翰·史密斯", "美国客商", ["guest"])]),
        # a line break inside a paragraph, between two Chinese characters, is none (市委副书记、\n市长)
        ("2023-05-10", "2023-05-10", [("陈志刚", "市委副书记、市长", ["chair"])]),
    ]
    assert result.events[1].text == "省人大常委会副主任王建华带领执法检查组来我市检查“安全生产法”贯彻实施情况。"
    # lines and offsets count in the page's text, as `etl text` prints it
    for e in result.events:
        line = src.lines[e.provenance.line - 1].text
        assert "".join(src.text[a:b] for a, b in e.provenance.spans).startswith(e.text[:6])
        assert e.text[:6] in line
    assert any("web page" in w.message for w in result.warnings)


SITE = """<html><head><title>2023年5月大事记_某某市人民政府</title></head><body>
<div class="top"><a href="/">首页</a> | <a href="/zw">政务公开</a> | <a href="/hd">互动交流</a></div>
<div class="content"><p>2023年5月大事记</p>
<p>1日，市委书记刘国强到重点景区检查安全生产工作。</p>
<ul><li><a href="/a/1">2日 市长陈志刚主持召开市政府常务会议</a></li></ul>
</div>
<div class="share">分享到：<a>微信</a> <a>微博</a></div>
<div class="related"><h3>相关信息</h3><ul><li><a href="/a">2023年4月大事记</a> 2023-05-06</li></ul></div>
<footer><a>网站地图</a> | <a>联系我们</a><br>主办单位：某某市人民政府办公室 网站标识码：3715000001</footer>
</body></html>"""


def test_what_surrounds_the_text_on_a_site_is_left_out() -> None:
    # a menu of links, share buttons, related pages and the footer: none of it glued to the last entry; an
    # entry that is a link to its article stays
    src = read_source(SITE.encode("utf-8"), "site.html")
    assert src.text.splitlines() == ["2023年5月大事记_某某市人民政府", "2023年5月大事记",
                                     "1日，市委书记刘国强到重点景区检查安全生产工作。", "2日 市长陈志刚主持召开市政府常务会议"]
    assert [e.text for e in parse_source(src).events] == ["市委书记刘国强到重点景区检查安全生产工作。",
                                                         "市长陈志刚主持召开市政府常务会议"]
    with pytest.raises(InputError, match="page.html: a web page with no text"):
        read_source("<html><body><script>var a = 1;</script><div class='nav'><a>首页</a></div></body></html>"
                    .encode("utf-8"), "page.html")


def test_plain_text_with_a_stray_tag_is_not_a_page() -> None:
    text = "5月\n3日，市长甲出席<br>会议。\n4日，副市长乙调研。\n"
    assert not is_html(text, "x.txt")
    assert is_html("<p>3日，市长甲出席会议。</p>", "x.html")
    # a preformatted block keeps its lines
    assert page_text("<pre>3日，甲。\n市长乙出席会议\n</pre>") == "3日，甲。\n市长乙出席会议\n"


def test_text_command_prints_what_lines_count_in(tmp_path: Path) -> None:
    page = tmp_path / "may.html"
    page.write_text(PAGE, encoding="utf-8")
    (tmp_path / "notes.md").write_text("不是大事记", encoding="utf-8")
    out = CliRunner().invoke(cli, ["text", str(page), "--numbers"])
    assert out.exit_code == 0, out.output
    lines = out.output.splitlines()
    assert lines[0].split() == ["1", "2023年5月大事记_某某市人民政府"]
    assert any(ln.split(maxsplit=1)[1].startswith("8日，市长陈志刚会见美国客商约翰·史密斯一行。") for ln in lines)
    assert [p.name for p, _ in folder_files(tmp_path)] == ["may.html"]  # a folder's web pages are ingested too


def test_a_table_of_numbered_rows_reads_one_event_a_row() -> None:
    # 序号 | 日期 | 内容 as a site's table: the number cell is no day, the date cell dates the row
    page = ("<html><head><meta charset='utf-8'><title>2024年1月大事记</title></head><body><h1>2024年1月大事记</h1>"
            "<table><tr><th>序号</th><th>日期</th><th>内容</th></tr>"
            "<tr><td>1</td><td>1月3日</td><td>市委常委会召开会议，市委书记王建国主持。</td></tr>"
            "<tr><td>2</td><td>1月5日</td><td>市长李向东调研重点项目建设。</td></tr>"
            "<tr><td>3</td><td>1月8日</td><td>全市优化营商环境大会召开。</td></tr></table></body></html>")
    events = parse_source(read_source(page.encode("utf-8"), "table.html")).events
    assert [(e.date_start, e.text) for e in events] == [
        ("2024-01-03", "市委常委会召开会议，市委书记王建国主持。"), ("2024-01-05", "市长李向东调研重点项目建设。"),
        ("2024-01-08", "全市优化营商环境大会召开。")]
    assert [(p.name, p.title, p.roles) for p in events[0].participants] == [("王建国", "市委书记", ["chair"])]


def test_a_site_s_list_of_items_each_with_its_date_after_it() -> None:
    # <li><a>…</a><span>2024-01-03</span></li>: the page's text puts each date right after its item
    page = ("<html><head><meta charset='utf-8'><title>大事记</title></head><body><h2>大事记</h2><ul>"
            "<li><a href='/1.html'>市委常委会召开会议</a><span>2024-01-03</span></li>"
            "<li><a href='/2.html'>市长李向东调研重点项目建设</a><span>2024-01-05</span></li>"
            "<li><a href='/3.html'>全市优化营商环境大会召开</a><span>2024-02-08</span></li></ul></body></html>")
    events = parse_source(read_source(page.encode("utf-8"), "list.html")).events
    assert [(e.date_start, e.text) for e in events] == [
        ("2024-01-03", "市委常委会召开会议"), ("2024-01-05", "市长李向东调研重点项目建设"), ("2024-02-08", "全市优化营商环境大会召开")]
