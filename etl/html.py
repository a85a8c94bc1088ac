"""A web page saved as HTML, read as the text a browser shows: markup dropped, entities decoded, each
block element (paragraph, line break, list item, table row, heading) on a line of its own.

Lines and character offsets of such a source count in this text, not in the markup: `python -m etl text
FILE` prints it, so a citation's line can be found.
"""
from __future__ import annotations

import re
from html.parser import HTMLParser

# elements that start and end a line where a browser would
_BLOCKS = frozenset(
    "address article blockquote br caption center dd div dl dt fieldset figcaption figure form h1 h2 h3 "
    "h4 h5 h6 header hr li main ol p pre section table tbody thead tfoot title tr ul".split())  # (nav, footer, aside: _AROUND)
_CELLS = frozenset(("td", "th"))  # a table's cells: side by side on the row's line, a space apart
_HIDDEN = frozenset(("script", "style", "noscript", "template", "svg", "iframe", "object"))
# a page: a doctype or an <html> element first, or several tags of markup in its first part
_STARTS_PAGE = re.compile(r"\s*(?:<!doctype\s+html|<html[\s>]|<\?xml[^>]*>\s*<html)", re.I)
_MARKUP_TAG = re.compile(r"<(?:p|div|br|li|tr|td|h[1-6]|table|span|font)[\s/>]", re.I)
_SPACES = re.compile(r"[ \t\r\n\f]+")  # (not a no-break space, which a browser keeps)
# the page around the text, by element or by the class or id a site gives it: menus, breadcrumbs, share
# buttons, lists of related pages, footers (what a reader skips, and what would otherwise end the last entry)
_AROUND = frozenset(("nav", "footer", "aside", "menu"))
_AROUND_CLASS = re.compile(r"nav|menu|footer|foot\b|breadcrumb|crumb|share|related|sidebar|copyright|friendlink"
                           r"|(?:^|[-_\s])(?:links?|position|location)(?:$|[-_\s])", re.I)
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
_WORD = re.compile(r"\w")
# (a line made only of links is a menu, unless it reads as a sentence or starts with a date: a list of entries
# each linked to its article)
_SENTENCE = re.compile(r"[，,。；;：:]")
_DATED = re.compile(r"\s*[\d０-９]{1,4}\s*[年月日.．\-/]")


def is_html(text: str, name: str = "") -> bool:
    """A web page rather than chronicle text: named so, or marked up so (not one tag in a plain text)."""
    head = text[:20000]
    if name.lower().endswith((".html", ".htm", ".shtml", ".xhtml")) and "<" in head:
        return True
    return bool(_STARTS_PAGE.match(head)) or len(_MARKUP_TAG.findall(head)) >= 5


class _Text(HTMLParser):
    """Collects the page's lines as the markup goes by (HTMLParser calls back per tag and per run of text)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.line: list[str] = []
        self.hidden = 0
        self.pre = 0
        self.around: list[str] = []  # the element skipped as page around the text, and as many again of its tag
        self.link = 0
        self.plain = False  # the line has text outside links

    def close_line(self) -> None:
        text = "".join(self.line).strip()
        if text and (self.plain or _SENTENCE.search(text) or _DATED.match(text)):
            self.lines.append(text)
        self.line = []
        self.plain = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.around:
            if tag == self.around[0] and tag not in _VOID:
                self.around.append(tag)
            return
        marks = " ".join(v for k, v in attrs if k in ("class", "id") and v)
        if tag in _AROUND or (marks and _AROUND_CLASS.search(marks)):
            if tag not in _VOID:
                self.close_line()
                self.around.append(tag)
            return
        if tag == "a":
            self.link += 1
        elif tag in _HIDDEN:
            self.hidden += 1
        elif tag in _BLOCKS:
            self.close_line()
            self.pre += tag == "pre"
        elif tag in _CELLS:
            self.line.append(" ")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCKS and not self.around:
            self.close_line()

    def handle_endtag(self, tag: str) -> None:
        if self.around:
            if tag == self.around[0]:
                self.around.pop()
            return
        if tag == "a":
            self.link = max(0, self.link - 1)
        elif tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BLOCKS:
            self.close_line()
            self.pre = max(0, self.pre - (tag == "pre"))
        elif tag in _CELLS:
            self.line.append(" ")

    def handle_data(self, data: str) -> None:
        if self.hidden or self.around:
            return
        if not self.link and not self.plain and _WORD.search(data):
            self.plain = True  # (not the | or · between a menu's links)
        if self.pre:  # (a preformatted block keeps its lines)
            first, *rest = data.split("\n")
            self.line.append(first)
            for part in rest:
                self.close_line()
                self.line.append(part)
                self.plain = not self.link and bool(_WORD.search(part))
            return
        # white space as a browser shows it: a run is one space, and none between two Chinese characters (a
        # line break inside a paragraph of a page made by hand: 市委书记\n王五 is 市委书记王五)
        # (and a no-break space is kept, as a plain one: &nbsp;&nbsp; after a date is two spaces)
        self.line.append(_SPACES.sub(_space, data).replace("\u00a0", " "))


def _space(m: re.Match[str]) -> str:
    s, i, j = m.string, m.start(), m.end()
    if "\n" in m.group(0) and 0 < i and j < len(s) and not s[i - 1].isascii() and not s[j].isascii():
        return ""
    return " "


def page_text(html: str) -> str:
    """The text of a web page, one line per block element, lines that hold nothing left out."""
    parser = _Text()
    parser.feed(html)
    parser.close()
    parser.close_line()
    return "\n".join(parser.lines) + "\n"
