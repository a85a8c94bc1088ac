"""Gazette structure: chronicle sections, their headings and pages, page furniture, continuations.

A gazette extracted from PDF holds many documents; a web page holds navigation around one
chronicle. This module finds the chronicle sections, drops furniture, and stitches a section
split by `（下转第N页）` to the `（上接第M页）` piece that continues it, wherever that lies.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from .columns import DATED_CAPTION, reflow
from .dates import DASH, RANGE_SEP, YEAR, Period, match_prefix, period_in, year_heading
from .script import BLANKS, GLOSS, is_simplified, to_simplified, unglossed
from .source import Line, Source

KEYWORDS = ("大事记", "大事記", "要事记", "要事記", "记事", "記事", "纪事", "紀事", "大事要览", "大事要覽", "大事纪要", "大事",
            "要事")  # (政务要事, 要事录)
# (not the words they begin: 重要事项, 重大事项, 重大事件 name no chronicle)
_KEYWORD = re.compile("|".join(w + {"大事": "(?![项項件业業])", "要事": "(?![项項])"}.get(w, "") for w in KEYWORDS))
_SENTENCE = re.compile(r"[。；;！？]|[，,].*[，,]")
_TOC = re.compile(r"^(?P<title>.*?)\s*[…\.·\s]\s*(?P<page>\d(?: ?\d){0,2})\s*$")  # (3 0: a letter-spaced page's)
# （下转第27页） (or （转第27页）), or the next page unnamed: （转下页）, （续下页）, （未完待续）; and the piece that goes on:
# （上接第26页） (or （接第26页）),
# （接上页）, （续上页）
# (a newspaper's 版 is its page: （下转第2版）, （上接第1版）; its number's digits spaced out on a letter-spaced page)
# (in either script: （下轉第27頁）, （續上頁）)
# (a converted page's pinyin gloss may follow a traditional character of these markers: 下轉(zhuǎn)第27頁(yè))
_MAY_GLOSS = rf"(?:{GLOSS.pattern})?"
# (in 【】 or 〔〕 too, and alone on its line with no brackets: 下转第27页 / 上接第26页)
_DOWN = re.compile(rf"(?:[（(【〔\[]|^\s*)\s*(?:(?:下\s*[转轉]{_MAY_GLOSS}\s*第?|[转轉]{_MAY_GLOSS}\s*第|[转轉]{_MAY_GLOSS}\s*至\s*第)\s*(?P<page>\d(?: ?\d){{0,3}})\s*[页頁版]{_MAY_GLOSS}"
                   rf"|(?:下\s*)?[转轉]{_MAY_GLOSS}\s*下\s*一?\s*[页頁版]{_MAY_GLOSS}|[续續]{_MAY_GLOSS}\s*下\s*一?\s*[页頁版]{_MAY_GLOSS}"
                   rf"|未完待[续續]{_MAY_GLOSS})\s*(?:[)）】〕\]]|$)")
_UP = re.compile(rf"^\s*[（(【〔\[]?\s*(?:(?:上\s*接\s*第?|接\s*第|承\s*第)\s*(?P<page>\d(?: ?\d){{0,3}})\s*[页頁版]{_MAY_GLOSS}"
                 rf"|(?:上\s*)?接\s*上\s*一?\s*[页頁版]{_MAY_GLOSS}|[续續]{_MAY_GLOSS}\s*[上前]\s*[页頁版]{_MAY_GLOSS})\s*[)）】〕\]]?\s*")
NEXT_PAGE = 0  # a section's down_page when its marker names no page: the piece is the next 接上页 after it
_DOC_NUMBER = re.compile(r"^\S{0,12}[〔\[［(（]\s*\d{4}\s*[〕\]］)）]\s*\d+\s*号\s*$")
_DOC_TITLE = re.compile(r"关于.{2,80}的(?:通知|决定|意见|批复|通报|公告|报告|函|办法|规定|方案|规划|通告|命令|复函)\s*$")
_DOC_HEADER = re.compile(r"^\S{2,20}(?:人民政府|办公室|委员会)(?:文件|令)\s*$")
_GLUED_ENTRY = re.compile(r"(?<=\d{2}:\d{2}:\d{2})\s*(?=\d{1,2}\s*月\s*\d{1,2}\s*日)")  # (…18:23:541月1日,…; 1 月 1 日 spaced)
# （2024年9月）, （2024年9-10月）, （2024年7月1日—7月31日）: the period a chronicle's heading covers
_PERIOD_LINE = re.compile(rf"^[（(]\s*\d{{4}}\s*年\s*\d{{1,2}}\s*(?:月\s*)?(?:(?:{DASH}|至)\s*\d{{1,2}}\s*)?月"
                          rf"(?:\s*\d{{1,2}}\s*日(?:{RANGE_SEP}(?:\d{{4}}\s*年\s*)?(?:\d{{1,2}}\s*月\s*)?\d{{1,2}}\s*日)?)?"
                          r"\s*[)）]$")
# (… its digits spaced out as a letter-spaced page's are: （ 2 0 2 4 年 9 月 ）)
_SPACED_DIGITS = re.compile(r"(?<=\d)[ \u3000\u00a0]+(?=\d)")


def _period_line(t: str) -> re.Match[str] | None:
    """Is the stripped line `t` a period line such as （2024年9月）, its digits spaced out or not?"""
    return _PERIOD_LINE.match(_SPACED_DIGITS.sub("", t) if " " in t[:8] or "\u3000" in t[:8] else t)


def _period_of_line(t: str) -> Period | None:
    """The period a period line (_period_line) names."""
    return period_in(_SPACED_DIGITS.sub("", t))


_SCENE_CAPTION = r"^[▲△■●◆]?\s*[^，,。；;！？]{0,14}(?:现场|合影|留影|场景|一角|掠影|剪影|照片|图片|全景|特写)$"
# … but an entry's wrapped line that ends so and names someone by office, after a line broken off mid-sentence, is
# text (…观摩会召开， / 市委书记甲深入施工现场 / 察看进度。)
_CAPTION_OF_SCENE = re.compile(_SCENE_CAPTION)
_NAMES_SOMEONE = re.compile(r"书记|[市县区省州]长|主任|主席|部长|局长|领导|同志")
_FURNITURE = [
    re.compile(p)
    for p in (
        r"^[-—－·•\s]*\d{1,4}[-—－·•\s]*$",  # page number: 12, — 12 —, ·12·
        r"^(?:第\s*\d{1,4}\s*[页版](?:\s*[,，]?\s*共\s*\d{1,4}\s*[页版])?|共\s*\d{1,4}\s*[页版]\s*[,，]?\s*第\s*\d{1,4}\s*[页版])$",  # (第56页 共80页)
        # an issue's label alone (2023年第6期, 2023年第10期·总第345期; and a gazette's running header: _GAZETTE_HEADER)
        r"^(?:\d{4}\s*年\s*)?第\s*\d{1,3}(?:\s*[-—－]\s*\d{1,3})?\s*期(?:\s*[·•]?\s*[（(]?\s*总第\s*\d+\s*期\s*[)）]?)?$",
        r"^[（(]?\s*总第\s*\d{1,5}\s*期\s*[)）]?$",  # (the issue's running count alone: 总第345期)
        r"^(?:[〇○零一二三四五六七八九]{4}\s*年\s*)?第\s*[一二三四五六七八九十]{1,3}\s*期$",  # 二〇二四年第九期
        r"^P\.\s*\d+$",
        r"^Page\s+\d+",
        r"^Original URL",
        r"^https?://",
        r"^(?=\S*[A-Za-z])(?=\S*[/=])[\w./?=&%#:~+-]+$",  # the rest of an address broken across lines
        r"(?:发布|更新|成文)(?:时间|日期)\s*[:：]",
        # (a page's time, not a table row's date alone on its line or before the row's text: 时间：1月3日 / 事件：…)
        r"^(?:时间|時間)\s*[:：]\s*\d(?![\d年月日号\s./-]*$|.*(?:事件|事项|内容|大事|摘要)\s*[:：])",
        r"^(?:信息)?来源\s*[:：]",
        # a web page's other labels after the text: who wrote or posted it, how often it was read, its date with them
        # (作者：张三, 发布者：管理员, 浏览：123次, 阅读：1234, 日期：2024-02-01  来源：本站; not 发布 alone)
        r"^(?:作者|发布者|发布人|撰稿人|录入|录入者|发布单位)\s*[:：]",
        r"^(?:浏览|阅读|点击|访问|浏览量|阅读量|点击量|点击数|阅读数|浏览数)\s*[:：]?\s*\d+\s*次?$",
        r"^(?:日期|时间|发布)\s*[:：]\s*\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s+\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?\s*"
        r"(?:来源|作者|浏览|点击|编辑|发布者|字号|【?字体)\s*[:：]",  # (alone, 日期：… is a table row's date)
        r"^(?:[【\[]\s*[大中小]\s*[】\]]\s*){3}$",  # (the type sizes a reader picks: 【大】【中】【小】)
        r"^來源\s*[:：]",
        r"字体\s*[:：]?\s*[【\[]",
        r"浏览次数|点击次数|访问量|浏览量",
        r"您(?:当前|现在)?的?(?:所在)?位置|當\(dāng\)前位置|当前位置",
        r"^首页\s*>|^\s*>\s",
        r"^\s*•\s*(?![\d０-９]{1,2}\s*[日月]|[一二三四五六七八九十廿]{1,3}[日月]|同日|是日|同月)\S",  # (•3日，…: a bullet)
        r"^(?:索引号|公开方式|发布机构|内容分类|有效性)",
        # (… and the other labels of a disclosure page or an article's foot: 主题分类：…, 关键词：…, 原文链接：…)
        r"^(?:主题分类|主题词|发文机关|所属机构|文号|生效日期|失效日期|公开日期|公开范围|标签|关键词|关键字|文章出处|原文链接|附件下载)\s*[:：]",
        # an account's article foot (编辑 | 张三, 文/张三 图/李四, 监制：王五, 长按识别二维码, 转载请注明出处)
        r"^[（(]?(?:文字|文|图|图片|摄影|视频|编辑|审核|审校|校对|监制|出品|策划|统筹|责编|来源|图片来源|视频来源|制作|美编|排版|"
        r"编审|值班编辑|值班主任|签发)"
        r"\s*(?:[:：|｜／/])",
        r"^(?:(?:长按|点击|扫描)[^。，,]{0,12}?(?:二维码|阅读原文|关注)|转载请注明|版权声明|本文版权)",
        # (… and a report's byline alone on its line: 全媒体记者：王勃 陶然, （记者 张三 通讯员 李四）)
        r"^[（(]?(?:全媒体|融媒体|见习|特约|实习|本报|本台|本网)?记者(?:\s*[:：]\s*|\s+)[\u4e00-\u9fff]{2,4}"
        r"(?:[\s、，,]+(?:(?:通讯员|实习生|记者)\s*[:：]?\s*)?[\u4e00-\u9fff]{2,4}){0,4}[)）]?$",
        # an editor's note on where the list comes from (注：本大事记根据…整理。, 以上信息由市政府办公室提供。)
        r"^[（(]?(?:注|说明|备注|编者按|编者注|编后)\s*[:：][^。]{0,60}?(?:大事记|资料|整理|编辑|编写|编纂|来源|提供|供稿|摘编)",
        r"^(?:以上|本文|本栏目?|本期|上述)(?:内容|信息|资料|大事记|大事)?[^。，,]{0,30}?(?:由|据|来源于|摘自|根据)[^。]{0,30}?"
        r"(?:提供|整理|供稿|编辑|编写|汇编|摘编)",
        r"^[A-Za-z][A-Za-z\s,.:;'’-]*(?:\s\d{1,4})?$",  # English subtitles and transliterations (WUXI YEARBOOK 2020)
        r"^\d{4}-\d{2}-\d{2}\s+\d{1,2}:\d{2}",
        # (a page's date in other forms, with its time or its source: 2024年02月01日 10:30, 2024-02-01 来源：…)
        r"^\d{4}\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[-/.]\d{1,2}[-/.]\d{1,2})\s*(?:\d{1,2}[:：]\d{2}(?:[:：]\d{2})?\s*$"
        r"|(?:\d{1,2}[:：]\d{2}(?:[:：]\d{2})?\s*)?(?:来源|作者|浏览|点击|发布|编辑|字号|【?字体)\s*[:：]?)",
        r"^(?:关怀版|无障碍|打印本页|关闭窗口|【?打印】?|字号|手机阅读$|手机版$|下载[、，\s]*打印$)",
        r"^\|?\s*-*\|?\s*$",
        # (a page's edge mark or rule, a dash alone on its line: — , ———, ─────)
        r"^[—－─━–\-_=～~]+$",
        r"^当前日期",
        # a page's month picker (1月 2月 3月 … or 一月 | 二月 | …): three months or more and nothing else
        r"^(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月份?\s*[|｜/、·•]?\s*){3,}$",
        r"^目\s*录$",
        r"^欢迎访问",
        # a web page's share buttons, neighbours, footer and editor lines
        r"^(?:相关(?:文章|新闻|信息|推荐|稿件|专题)|推荐阅读|延伸阅读|热门文章|热点推荐|猜你喜欢|点击排行|阅读排行|返回顶部|"
        r"返回列表|【?返回】?$|版权所有|Copyright|©|地址[：:]|邮编[：:]|联系电话[：:]"
        r"|(?:展开详细|展开全文|阅读全文|查看全文|查看详情|点击查看|点击进入|更多\s*>*|收起)$)",
        r"^[【\[（(]?\s*(?:分享到|分享至|扫一扫|上一篇|下一篇|上一条|下一条|相关链接|相关阅读|责任编辑|主办单位|承办单位|"
        r"网站标识码|联系我们|网站地图|(?:主办|承办|协办|技术支持|维护|运维)(?:单位)?[：:]|【?字体[：:]|浏览次数|阅读次数)",
        r"ICP备|公网安备",
        # a photo and its caption (图为…（记者 甲 摄）), a source line, an editor's sign-off
        r"^[（(]?图为|^[\[【（(]?(?:图片|图|视频)[\]】）)]?$|^[（(]?(?:来源|稿源|文章来源|信息来源)[：:]"
        # an image's file name, where a page's picture was (图片1.png)
        r"|^[\w\-－（）()\u4e00-\u9fff]{1,40}\.(?:png|jpe?g|gif|bmp|webp|PNG|JPE?G|GIF)$"
        r"|^[（(]?(?:编辑|审核|责编|校对|审校|初审|复审|终审|撰稿|供稿|通讯员)[：:]",
        # a photo's credit on its own line (刘志勇 摄影, 记者张大伟摄, （摄影：王小明）, 图/文 张三)
        r"^(?:(?:记者|通讯员|见习记者|特约记者)\s*[\u4e00-\u9fff]{2,4}\s*|[\u4e00-\u9fff]{2,4}(?:\s*[、，,]\s*[\u4e00-\u9fff]{2,4})*\s+)"
        r"摄(?:影)?$|^[（(]?(?:摄影|摄|图片|图文|文/图|图/文|文图|图)(?:\s*[：:／/]\s*|\s+)[\u4e00-\u9fff]{2,4}"
        r"(?:\s*[、，,\s]\s*[\u4e00-\u9fff]{2,4}){0,3}[)）]?$",
        # a page's buttons, alone or in a row (【打印】【关闭】, 分享：, 网站纠错), its pager (上一页 1 2 3 下一页, 共3页,
        # 1/3) and its code to scan (用手机扫描二维码…)
        r"^(?:[［【\[（(]?\s*(?:打印(?:本页)?|关闭(?:窗口)?|收藏|加入收藏|我要纠错|纠错|网站纠错|设为首页|返回首页|返回顶部|"
        r"政务微信|政务微博|官方微信|官方微博|分享|附件|"
        # (… and an account's: 点赞, 在看, 写留言, 阅读原文)
        r"点赞|在看|赞|写留言|留言|阅读原文|轻触阅读原文|继续滑动看下一个|向上滑动看下一个|知道了|喜欢此内容的人还喜欢|精选留言|"
        # (… and a forum's: 回复, 使用道具 举报, 快速回复 快速发帖 返回顶部 返回列表, [复制链接])
        r"回复|快速回复|快速发帖|发表回复|使用道具|举报|只看该作者|复制链接|返回列表)"
        r"\s*[］】\]）)]?\s*[|｜/、:：]?\s*)+$",
        r"^(?:共\s*\d+\s*页|\d{1,3}\s*/\s*\d{1,3}|(?:(?:首页|第一页|上一页|下一页|尾页|末页|\d{1,3}(?!\d))\s*){2,}(?:共\s*\d+\s*页)?)$",
        r"^(?:用|使用)?(?:微信|手机)?扫(?:描|一扫|码)",
        # the end of an article (（完）, —END—, -- 完 --), and a sign-off in brackets: the office that compiled it, who
        # supplied it, the paper it is from (（市政府办公室）, （本栏目由市委党史研究院供稿）, （据《聊城日报》）)
        r"^[（(【\[—\-－~～\s]*(?:完|全文完|END|End|end)[）)】\]—\-－~～\s]*$",
        r"^[（(][^（()）]{0,24}(?:供稿|提供|整理|编辑|辑录|编)[）)]$|^[（(](?:据|摘自|选自|转自|来源[：:]?)[^（()）]{1,30}[）)]$"
        r"|^[（(][^（()），,。]{2,20}(?:办公室|办公厅|研究院|研究室|研究中心|史志办|党史办|方志办|档案馆|档案局|编辑部|编委会)[）)]$",
        # a photo's caption that names the scene only (▲会议现场, 调研现场, 与会人员合影)
        _SCENE_CAPTION,
        # an official document's distribution line (抄送：…; its imprint: _IMPRINT)
        r"^抄\s*送\s*[：:]",
        # a line that introduces the list (本月大事如下：, 现将…大事摘要如下)
        r"^[^，,。；;]{0,20}(?:大事|要事|记事|大事记)(?:摘要|摘登|择要|简要)?如下[：:。]?$",
        # a site's footer: who runs it, the browser it wants, its counter, its contacts, its other channels
        r"^(?:本网站|本站|网站)由|^.{0,40}版权所有|^(?:建议|推荐)(?:使用|采用|您使用)|^您是(?:本站)?第\s*\d+\s*位"
        r"|^(?:今日|累计|总)?访问(?:量|人次|次数)|^(?:政府)?网站(?:找错|纠错|地图|声明|标识码)|^(?:适老化|长者模式|关怀模式)"
        r"|^(?:微信公众号|官方微信|官方微博|微信扫一扫|手机版|移动版)|^(?:联系方式|传真|电子邮箱|邮箱|E-?mail)\s*[：:]"
        # (… its channels named after it, 梅州本地通手机版, 某某客服微信号; a forum's post header and foot: 发表于 2022-12-25
        # 20:26:54 | 显示全部楼层, 查看: 432|回复: 0, 您需要登录后才可以回帖, 本版积分规则)
        # (not a wrapped line that says one was opened: …开通政务微信公众号)
        r"|^(?![^，,。；;：:\s]*?(?:开通|推出|上线|设立|创办|建成|发布|启用|关注))"
        r"[^，,。；;：:\s]{0,12}(?:微信公众号|公众号|客服微信号?|微信服务号|微信订阅号|手机版|访问手机版)$"
        r"|^发表于\s*\d{4}-\d{1,2}-\d{1,2}|^查看\s*[：:]\s*\d+\s*[|｜]\s*回复\s*[：:]\s*\d+|^您需要登录后才可以|^本版积分规则"
        # (… and its poster's panel, a label to a line: 主题, 回帖, 积分, 管理员)
        r"|^(?:主题|回帖|帖子|积分|精华|管理员|版主|超级版主|新手上路|注册会员|中级会员|高级会员)$",
    )
]


# The patterns anchored at the line's start are tried there only (a search would try each at every
# position); the others are searched for.
_FURNITURE_START = re.compile("|".join(f"(?:{p.pattern})" for p in _FURNITURE if p.pattern.startswith("^")))
_FURNITURE_ANYWHERE = re.compile("|".join(f"(?:{p.pattern})" for p in _FURNITURE if not p.pattern.startswith("^")))


# what each of those searched for holds (时间 of 发布时间, 次数 of 浏览次数 …): a cheap test before the search,
# which would try every position of every line
_ANYWHERE_WORDS = ("时间", "日期", "字体", "次数", "问量", "览量", "位置", "备")


# a photo's caption, ending in who took it (…在荔博园召开（邝健华 摄）); one that opens as the list's entries do,
# with a day (8日 …, 1月8日，…), is an entry whose photo is credited, and stays
_CAPTION = re.compile(r"[（(][^（()）]{0,20}摄(?:影)?[）)]$")
_ENTRY_DAY = re.compile(r"^(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日")


_PARTS_APART = re.compile(r"\s{2,}")
# a gazette's running header (德州市人民政府公报  2023年第6期): tried where 报 stands, as 年鉴 for a yearbook's (the
# lookahead would otherwise run at the start of every line)
# (not an entry's wrapped line that says what was done with one: 发布2023年统计公报, 审议通过…公报)
_GAZETTE_HEADER = re.compile("|".join((
    # (政报 too: 扬州政报, 湖北政报  2023年第10期; and the issue's running count: 2023年第10期 总第345期)
    r"^(?!\S*(?:发布|印发|公布|审议|通过))\S{2,24}[公政]报(?:\s+\S{0,12}第\s*\d{1,5}(?:\s*[-—－]\s*\d{1,3})?\s*期\S{0,12}){0,2}$",
    # (… or with the issue's month, 政府公报 2024.9, or the section it is in, 市政府公报 · 大事记)
    r"^\S{2,24}[公政]报\s*(?:\d{4}\s*(?:[.．/-]\s*\d{1,2}|年\s*\d{1,2}\s*月)|[·•|｜]\s*\S{2,8})$",
    # (a monthly's or a weekly's masthead with its issue: 新华月报 2022年10期, 某某周报 第12期)
    r"^\S{2,16}[月周旬]报\s*(?:\d{4}\s*年\s*)?(?:第\s*)?\d{1,3}\s*期$",
    # (… its issue glued, spaced out or in brackets, and the page's number before or after it: 某市人民政府公报
    # 2023 年 第 10 期, 某市人民政府公报（2023年第10期）, 56  某市人民政府公报, 政府公报 2023年第10期 56)
    r"^(?:[-—－·•]*\s*\d{1,4}\s*[-—－·•]*\s+)?(?!\S*(?:发布|印发|公布|审议|通过))\S{2,24}[公政]报\s*[·•|｜]?\s*"
    r"(?:[（(]?\s*(?:\d{4}\s*年\s*)?第\s*\d{1,3}(?:\s*[-—－]\s*\d{1,3})?\s*期\s*[)）]?"
    r"(?:\s*[·•]?\s*[（(]?\s*总第\s*\d{1,5}\s*期\s*[)）]?)?)?(?:\s*[-—－·•]*\s*\d{1,4}\s*[-—－·•]*)?$",
)))
# a yearbook's running header: its name with the year or the page's number (无锡年鉴2020, 18 无锡年鉴 2020,
# 中国无锡年鉴（2020）; not 无锡年鉴 alone, which may be a wrapped line's end); tried where 年鉴 stands
_YEARBOOK_HEADER = re.compile(
    r"^(?:\d{4}\s*|[-—－·•|｜\s]*\d{1,4}[-—－·•|｜\s]+)?[\u4e00-\u9fff]{2,10}年鉴\s*[·•]?\s*[（(]?\s*(?:\d{4}|[〇○零一二三四五六七八九]{4})?\s*年?"
    r"\s*[)）]?(?:[-—－·•|｜\s]+\d{1,4}[-—－·•|｜\s]*)?$(?<![\u4e00-\u9fff]年鉴)")


# an official document's imprint (某市人民政府办公室  2024年10月8日印发): tried where a line ends so (its optional
# office first would otherwise be tried, and given back character by character, at the start of every line)
_IMPRINT = re.compile(r"(?:[^\s，,。；;：:]{2,30}\s+)?\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:印发|印制)")
_IMPRINT_ENDS = ("印发", "印制")


def is_furniture(text: str) -> bool:
    """Page numbers, navigation, metadata lines, photo captions: never part of an entry."""
    t = text.strip()
    if not t:
        return False
    if "\u00a0" in t:
        t = t.replace("\u00a0", " ")  # (a web copy's no-break spaces: Original\xa0URL:)
    if _furniture_alone(t):
        return True
    if len(t) <= 12 and _SPACED_DIGITS.search(t) is not None and _furniture_alone(_SPACED_DIGITS.sub("", t)):
        return True  # (— 2 8 —: a letter-spaced page's number)
    # a running header of parts set apart (·28·      某市人民政府公报      2024年第9期, 31  某市人民政府公报)
    return "  " in t and len(parts := _PARTS_APART.split(t)) > 1 and all(map(_furniture_alone, parts))


def _furniture_alone(t: str) -> bool:
    return bool(_FURNITURE_START.match(t) or _period_line(t)
                or ("年鉴" in t and _YEARBOOK_HEADER.match(t) is not None)
                or ("报" in t and _GAZETTE_HEADER.match(t) is not None)
                or (any(w in t for w in _ANYWHERE_WORDS) and _FURNITURE_ANYWHERE.search(t))
                or (t[-1] in "）)" and _CAPTION.search(t) is not None and _ENTRY_DAY.match(t) is None)
                or (t.endswith(_IMPRINT_ENDS) and _IMPRINT.fullmatch(t) is not None)
                or ("图为" in t and DATED_CAPTION.match(t) is not None))


def _furniture_of_traditional(text: str) -> bool:
    return is_furniture(unglossed(text))


_BLANK_RUN = re.compile(f"[{BLANKS}]+")
# (2006 年 通 州 区 大 事 记; 2 0 2 4 年 1 月 大 事 记: a PDF's letter-spaced line, its digits spaced too)
_SPACED_OUT = re.compile(rf"(?:\d{{1,4}}[{BLANKS}]*)?(?:(?:[\u4e00-\u9fff]|\d{{1,4}})[{BLANKS}]+){{2,}}[\u4e00-\u9fff]")


def unspaced(text: str) -> str:
    """A title printed with its characters spaced out (政 务 大 事 记) as one word; other text as it is."""
    t = text.strip()
    if _BLANK_RUN.search(t) is None:
        return t  # (a cheap test first: every line is asked whether it is a heading)
    return _BLANK_RUN.sub("", t) if _SPACED_OUT.fullmatch(t) else t


# a gazette's column of the month's doings named otherwise, with its month (2023年4月政务动态, 3月份重要活动,
# 4月政府工作纪实, 9月政务活动纪要): no keyword, but the period and the column's name say it is the chronicle
_COLUMN_NAME = r"(?:活动|动态|要闻|纪实|纪要|要览|概览|日志)"
_MONTH_NUMBER = r"(?:\d{1,2}|[一二三四五六七八九十]{1,2})"
# (a quarter's too, 2006年4-6月政务要闻; a site's label before it, 【区政府工作动态】; an edition's after, (杂志版))
_PERIOD_COLUMN = re.compile(rf"^(?:【[^】]{{1,20}}】)?(?:{YEAR}\s*年\s*)?{_MONTH_NUMBER}(?:\s*(?:{DASH}|至)\s*{_MONTH_NUMBER})?"
                            rf"\s*月份?\s*(?:[省市县区州旗]?(?:委|政府|人大|政协)?)(?:政务|工作|重要|领导)?(?:活动)?{_COLUMN_NAME}"
                            r"(?:[（(][^（）()]{1,8}[)）])?$")
# … or named by the body whose column it is, its period after it or on the line under it (某市人民政府政务要闻（2024年9月）,
# 政务动态 / （2024年9月）): the column's name must then say whose doings it records (政务, 工作, 领导 …)
DOINGS_COLUMN = rf"(?:政务|政府工作|工作|重要|领导)(?:活动)?{_COLUMN_NAME}"  # (政务要闻, 工作动态, 领导活动, 政务活动纪要 …)
_ISSUER_COLUMN = re.compile(rf"^[^\s，,。；;：:、“”《》（）()]{{0,24}}?{DOINGS_COLUMN}"
                            r"(?P<period>[（(][^（）()]{4,40}[)）])?$")


def _column_heading(t: str) -> re.Match[str] | None:
    """An issuer's column of its doings (_ISSUER_COLUMN) in the unspaced line `t`: a chronicle's heading where a
    period completes it (in the line, or on the line under it: see find_structure)."""
    return _ISSUER_COLUMN.match(t) if t and t[-1] in "态动闻实要览志)）" else None


def is_heading(text: str) -> bool:
    """A chronicle heading: short, names a chronicle (大事记 …), reads as a title, not a sentence."""
    t = unspaced(text)
    if t and t[-1] in "态动闻实要览志)）" and _PERIOD_COLUMN.match(t):
        return True
    if (c := _column_heading(t)) is not None and c.group("period") and _period_line(c.group("period")):
        return True
    if not t or len(t) > 60 or not _KEYWORD.search(t) or _SENTENCE.search(t) or is_furniture(t):
        return False  # (上一篇：2023年7月大事记, 首页 > 大事记: navigation, not a heading)
    if t[:1].isdigit() and re.match(r"^\d{1,2}\s*日", t):
        return False
    if (t[:1] in _SAME_DAY_MARKS or t[:2] in _SAME_DAY_WORDS or _ACT.search(t) is not None) and not _NAMED_AT_END.search(t):
        return False  # (△全市大事记编纂工作会议召开, 同日 市档案馆举办大事记展览, …强调要办好民生大事: an entry)
    return True


# what opens an entry of the day before (and _ACT, what an entry does): a line so written names no chronicle (unless it
# ends with the chronicle's own word: 市领导出席活动纪事)
_SAME_DAY_MARKS = frozenset("△▲□☆")
_SAME_DAY_WORDS = frozenset(("同日", "是日", "当日", "同月", "是月", "当月"))
_NAMED_AT_END = re.compile(rf"(?:{'|'.join(w for w in KEYWORDS if w not in ('大事', '要事'))})"
                           r"[\s)）]*(?:[（(][^（）()]{2,30}[)）])?$")


def is_document_boundary(text: str) -> bool:
    """The title, number or letterhead of another document (in either script): a chronicle section ends here."""
    t = text.strip()
    if not t or (t[-1] not in "号號件令" and "关" not in t and "關" not in t):
        return False  # (what each of them holds: a cheap test first, as every line is asked)
    t = unglossed(t)
    if (title := _DOC_TITLE.search(t)) is not None and t.rfind("《", 0, title.start() + 1) > t.rfind("》", 0, title.start() + 1):
        return False  # (…国务院《关于…的通知 / 》和…: a document's name quoted in a sentence a wrap cut, no title)
    return bool(_DOC_NUMBER.match(t) or (title is not None and len(t) <= 90) or _DOC_HEADER.match(t))


@dataclass
class Section:
    """One chronicle: its heading, what period it names, and its lines in reading order."""

    title: str
    heading_line: int | None  # 1-based line of the heading, None for a headless page
    period: Period | None
    page: int | None = None  # the page the table of contents gives
    lines: list[Line] = field(default_factory=list)
    joins: set[int] = field(default_factory=set)  # indexes in `lines` that continue the entry before
    down_page: int | None = None  # the page a `（下转第N页）` sends the reader to (NEXT_PAGE: 转下页)
    down_line: int | None = None  # the line that says so
    continued_from: list[int] = field(default_factory=list)  # line numbers of the 上接 pieces stitched in
    continued_pages: list[int] = field(default_factory=list)  # the page each of those pieces is printed on
    dropped: list[tuple[Line, str]] = field(default_factory=list)  # furniture inside the section


@dataclass
class Structure:
    sections: list[Section]
    notes: list[tuple[int, str]]  # (line, message): what the structure pass could not place


def _toc_line(text: str) -> re.Match[str] | None:
    """A table-of-contents line (title, dots or spaces, page), not a title ending in a period such as
    政府大事记 2023.3 (a year and month, no page)."""
    if not text.rstrip()[-1:].isdigit():
        return None  # (the page number ends it: a cheap test first, as every line is asked)
    m = _TOC.match(text)
    return m if m is not None and not m.group("title")[-1:].isdigit() else None


def _toc(found: list[tuple[int, re.Match[str]]]) -> dict[str, int]:
    """The table-of-contents lines (line number, match) naming a chronicle and its page: title → page."""
    return {title: int(m.group("page").replace(" ", "")) for _, m in found
            if (_KEYWORD.search(title := _norm_title(m.group("title"))) or is_heading(m.group("title"))) and len(title) <= 60}


# a chronicle's name alone, as a page's running header prints it (·大事记·, — 大事记 —, 【大事记】)
_BARE_KEYWORD = re.compile(rf"^[\s·•\-—－【】\[\]〔〕]*(?:{'|'.join(KEYWORDS)})[\s·•\-—－【】\[\]〔〕]*$")
# … or beside the page's number, as a yearbook's running header prints it (大事记 17, 18  大事记, ·18· 大事记,
# 大事记 - 18 -; not 2019 大事记, a year's chronicle)
_PAGE_NUMBER = r"[·•\-—－–|｜/]*\s*(?!(?:19|20)\d\d)\d{1,4}\s*[·•\-—－–|｜/页]*"
_PAGED_KEYWORD = re.compile(rf"^\s*(?:{_PAGE_NUMBER}\s+[·•]?\s*(?:{'|'.join(KEYWORDS)})"
                            rf"|(?:{'|'.join(KEYWORDS)})\s*[·•]?\s+{_PAGE_NUMBER})\s*$")


_PAGE_MARKS = frozenset("·•-—－–|｜/页")  # (what may stand at a page number's end: the cheap test below)


def _paged_keyword(t: str) -> bool:
    """_PAGED_KEYWORD, for a stripped line: a page's number or its marks at one end are the cheap test first."""
    return bool(t) and (t[0].isdigit() or t[-1].isdigit() or t[0] in _PAGE_MARKS or t[-1] in _PAGE_MARKS) and (
        _PAGED_KEYWORD.match(t) is not None)


def _norm_title(t: str) -> str:
    return re.sub(r"[\s（）()]", "", t)


def _section_end(lines: tuple[Line, ...], i: int) -> bool:
    t = lines[i].text.strip()
    return is_heading(t) or is_document_boundary(t) or bool(_UP.match(t))


# A yearbook's or an annal's next chapter (概  况, 附录, 第三章 政治): after a chronicle's entries, where it ends
# (not a category inside it: 政治, 经济 may be one, so only names no chronicle divides itself by)
_CHAPTER = re.compile(r"^(?:第[一二三四五六七八九十百零〇\d]{1,4}[章篇编卷](?:\s*\S{1,16})?"
                      r"|特载|专文|专记|概况|附录|附表|统计资料|索引|人物|文件选编|编后记|后记|凡例"
                      # (and a gazette's next column: 人事任免, 政府令, 规范性文件…)
                      r"|人事任免|任免信息|人事信息|(?:[省市县区州]?政府)?令|规范性文件|(?:[省市县区州]?政府)?(?:办公[室厅])?文件"
                      r"|部门文件|政策解读|通知公告|公告公示)$")
_CHAPTER_FIRST = frozenset("第特专概附统索人文编后凡任政令规省市县区州办部通公專統編後規縣區辦")  # (a cheap test first:
# every line of a section is asked; the first characters in either script)


def is_next_chapter(text: str) -> bool:
    """A chapter heading of what the chronicle is printed in, after which its entries are over."""
    t = text.strip().replace(" ", "").replace("\u3000", "")  # (概  况: spaced out, two characters too)
    if len(t) > 24:
        return False
    t = unglossed(t)  # (規範性文件, 附錄: in either script)
    # (a chapter that is a year of the chronicle, 第31章 1962年, is no chapter after it)
    return bool(_CHAPTER.match(t)) and not _KEYWORD.search(t) and year_heading(t) is None


_CLAUSE_MARKS = frozenset("。！？；;，,、")
CLOSED_END = frozenset("。！？；!?;”」』）).")  # (what a line ends with where the wrap did not cut a sentence; . where a copy
# writes its stops in ASCII)
# … nor a narrow column's line that says what someone did (市委书记甲主持, wrapped alike in three entries): a running
# header or footer names a publication or a section, it reports no act
ENTRY_VERB = re.compile(r"主持|出席|参加|讲话|致辞|调研|考察|视察|会见|接见|陪同|召开|举行|汇报|慰问|看望|走访|带队|率队|宴请")
# … and what else an entry says was done (is_heading: a line so written names no chronicle)
_ACT = re.compile(rf"{ENTRY_VERB.pattern}|强调|指出|要求|举办|编纂|出版|展览")
# a document's date alone on its line, under its issuer (2024年3月5日)
_SIGNED = re.compile(r"^\s*(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,2}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日\s*$")


def _opens_entry(ln: Line) -> bool:
    """Whether a line opens with a date, as an entry does (not a document's date alone under its issuer, nor a
    table of contents' line that names a period, 2023年4月政府工作纪实……20)."""
    return (_SIGNED.match(ln.text) is None and _TOC_LEADER.search(ln.text) is None
            and match_prefix(to_simplified(ln.text.strip())) is not None)


_DATED_BEFORE = 2  # (how many entries before the first heading, one of them a day's, make a chronicle of them)
_DAY_FIRST = frozenset("0123456789０１２３４５６７８９一二三四五六七八九十廿卅△▲□☆◆●■★·•-—（(【[")  # (a cheap test first)


def _dated_before(lines: tuple[Line, ...], end: int, toc_lines: set[int]) -> bool:
    """Whether the lines before the first heading (up to `end`) hold entries (1日，…, then △… or 3日…), two or more,
    and no other document's title between them and the heading: a headless chronicle, not another document's text."""
    days = same = 0
    for k in range(end):
        ln = lines[k]
        t = ln.text.strip()
        if not t or ln.lineno in toc_lines:
            continue
        if _UP.match(t):
            break  # (a page turn's piece of a chronicle further on: its entries are that one's, stitched to it)
        if is_document_boundary(t):
            days = same = 0  # (another document's title: what came before it is not the chronicle's)
            continue
        if (t[:1] in _DAY_FIRST and _SIGNED.match(ln.text) is None and _TOC_LEADER.search(ln.text) is None
                and (p := match_prefix(to_simplified(t))) is not None):  # (_opens_entry, its prefix kept)
            if p.kind == "day" and p.day is not None:
                days += 1
            elif p.kind == "same_day" and days:
                same += 1  # (△… under a day: an entry of that day)
    return days >= 1 and days + same >= _DATED_BEFORE


# the dots, or the run of spaces, that lead a table of contents' title to its page number
_TOC_LEADER = re.compile(r"(?:…{2,}|\.{4,}|·{4,}|[ \u3000]{4,})\s*\d{1,3}\s*$")


def _past_furniture(lines: tuple[Line, ...], j: int, furniture: Callable[[str], bool],
                    repeated: set[str]) -> tuple[int, list[int]]:
    """The first line from j on that is neither blank nor a page's furniture (at most four of these), and the
    furniture passed: a heading at a page's foot and its period line atop the next (大事记 / — 95 — / （2024年9月）)."""
    between: list[int] = []
    while j < len(lines) and len(between) < 4 and (not (t := lines[j].text.strip()) or (
            (t in repeated or furniture(t)) and not _period_line(t))):
        if t:
            between.append(j)
        j += 1
    return j, between


# the label of a page's list of links to other pages (相关新闻, 热点新闻, 推荐阅读 …), alone on its line
_LINKS_LABEL = re.compile(r"^[【\[]?\s*(?:相关(?:文章|新闻|信息|推荐|稿件|专题|链接|阅读)|推荐(?:阅读|新闻|文章)|延伸阅读|"
                          r"热门(?:文章|新闻|推荐|资讯)|热点(?:新闻|推荐|文章|资讯)|猜你喜欢|点击排行|阅读排行|"
                          r"最新(?:新闻|文章|动态|发布|资讯)|精彩推荐|往期回顾|更多(?:新闻|资讯)|今日推荐|图片新闻|视频新闻)"
                          r"\s*[】\]]?\s*[:：]?\s*(?:更多\s*[>》»]*)?$")
_LINKS_LABEL_FIRST = frozenset("相推延热猜点阅最精往更今图视【[")


def _navigation(lines: tuple[Line, ...], heads: list[int], furniture: Callable[[str], bool]) -> set[int]:
    """The headings that a page lists as links to its other chronicles (2024年2月大事记 / 2024年1月大事记 /
    2023年12月大事记, one under the other with nothing between): each names a period (two periods or more among
    them), and no entry stands under any of them but the last. They are furniture, not the heading of what
    follows the list (the page's own title among them too: the period the caller gives dates the entries)."""
    nav: set[int] = set()
    run: list[int] = []
    for i in heads + [-1]:
        if run and i >= 0 and all(not (t := lines[k].text.strip()) or furniture(t) for k in range(run[-1] + 1, i)):
            run.append(i)
            continue
        if len(run) >= 2:
            periods = [period_in(unspaced(lines[k].text)) for k in run]
            if all(p is not None for p in periods) and len(set(periods)) >= 2:
                nav.update(run)
        run = [i]
    return nav


# a page's number beside a running header's title, a space apart (某市2023年10月大事记 56, 57 某市2023年10月大事记)
_PAGE_BESIDE = re.compile(r"\s+[-—－·•]*\d{1,3}[-—－·•]*$|^[-—－·•]*\d{1,3}[-—－·•]*\s+(?![年月\d])")


def _running_label(t: str) -> str | None:
    """The chronicle's name a line prints, alone or among a running header's parts set apart (2023年第10期
    政府大事记    某市人民政府公报), the page's number beside it left out; None for any other line."""
    parts = _PARTS_APART.split(t) if "  " in t else [t]
    labels = [p for p in parts if not _furniture_alone(p)]
    if len(labels) != 1:
        return None
    label = _PAGE_BESIDE.sub("", labels[0]) if labels[0][:1].isdigit() or labels[0][-1:].isdigit() else labels[0]
    return label if len(label) <= 30 and _KEYWORD.search(label) else None


def _running_titles(lines: tuple[Line, ...], heads: list[int], furniture: Callable[[str], bool],
                    repeated: set[str]) -> set[int]:
    """The headings that print a chronicle's name again at a page's top (政府大事记, 某市2023年10月大事记, alone or in
    the running header, the page's number beside it or not): a page of the chronicle before, no section of its own
    (which would have begun without its year and month, or cut the entry a page turn broke). A name with no period
    of its own and a period line under it (政府大事记 / （2023年10月）) opens the next month's chronicle."""
    seen: set[str] = set()
    running: set[int] = set()
    for i in heads:
        label = _running_label(lines[i].text.strip())
        if label is None:
            continue
        if label in seen:
            k, _ = _past_furniture(lines, i + 1, furniture, repeated)
            if period_in(label) is not None or not (k < len(lines) and _period_line(lines[k].text.strip())):
                running.add(i)
                continue
        seen.add(label)
    return running


def _running_contents(lines: tuple[Line, ...], heads: list[int], contents: list[tuple[int, re.Match[str]]]) -> set[int]:
    """The lines read as the table of contents' (`contents`: index, match) that name a chronicle headed before
    them (某市2023年10月大事记    56 atop a page of it): its running header, as a table of contents comes before what
    it lists."""
    first_heads: dict[str, int] = {}
    for i in heads:
        first_heads.setdefault(_norm_title(unspaced(lines[i].text)), i)
    return {j for j, m in contents if first_heads.get(_norm_title(m.group("title")), j) < j}


def _column_over_period(lines: tuple[Line, ...], i: int, furniture: Callable[[str], bool], repeated: set[str]) -> bool:
    """Whether lines[i] names an issuer's column of its doings with the period on the line under it (某市人民政府政务要闻
    / （2024年9月）): that column is the chronicle, headed as a 大事记 would be."""
    c = _column_heading(unspaced(lines[i].text))
    if c is None or c.group("period"):
        return False
    k, _ = _past_furniture(lines, i + 1, furniture, repeated)
    return k < len(lines) and _period_line(lines[k].text.strip()) is not None


def find_structure(src: Source) -> Structure:
    """Split a source into chronicle sections, with continuations stitched in."""
    # furniture is recognised in simplified characters (發佈日期 is 发布日期); a text in simplified characters, as
    # most are (a sample of it says so), is tested as it stands
    furniture = is_furniture if is_simplified(src.text[:240]) else _furniture_of_traditional
    lines = _mend_split_markers(reflow(src.lines, furniture))  # columns side by side are read one after the other
    # (a running header of the chronicle's name and the page's number is no table of contents: 大事记 17)
    found_at = [(j, m) for j, ln in enumerate(lines)
                if (m := _toc_line(ln.text.strip())) and not _paged_keyword(ln.text.strip())]
    toc = _toc([(lines[j].lineno, m) for j, m in found_at])
    contents = [(j, m) for j, m in found_at if is_heading(m.group("title"))]  # (those that name a chronicle)
    toc_lines = {lines[j].lineno for j, _ in contents}
    counts = Counter(ln.text.strip() for ln in lines if ln.text.strip())
    # A short line printed again and again is a running header or footer; so is a chronicle's bare name
    # (·大事记·) printed at the top of each of its pages: no heading of a section of its own
    # (never an entry's line: one that holds a sentence's or a clause's mark, or opens with a date or a same-day
    # mark, may well come back in a year's chronicle: △市委常委会召开。, a wrapped line's 出席会议并讲话。 or 鹏柱、郭;
    # nor another document's title, which issues bound together each print: it still ends the chronicle before it)
    repeated = {t for t, c in counts.items() if (c >= 3 and len(t) <= 30 and not is_heading(t)
                                                 and _CLAUSE_MARKS.isdisjoint(t) and match_prefix(to_simplified(t)) is None
                                                 and not is_document_boundary(t) and ENTRY_VERB.search(t) is None)
                or (c >= 2 and _BARE_KEYWORD.match(unspaced(t)) is not None) or _paged_keyword(t)}
    heads = [i for i, ln in enumerate(lines)
             if ln.lineno not in toc_lines and ln.text.strip() not in repeated
             and (is_heading(ln.text) or _column_over_period(lines, i, furniture, repeated))]
    nav = (_navigation(lines, heads, furniture) | _running_titles(lines, heads, furniture, repeated)
           | (_running_contents(lines, heads, contents) if contents and heads else set()))
    heads = [i for i in heads if i not in nav]
    if not heads:  # (where the bare name is the only heading, its first printing opens the chronicle all the same)
        heads = [i for i, ln in enumerate(lines) if ln.lineno not in toc_lines and is_heading(ln.text)
                 and i not in nav][:1]
    notes: list[tuple[int, str]] = []
    sections: list[Section] = []
    used: set[int] = set()
    stopped_at_up: dict[int, Section] = {}  # a 上接 line a section's piece ran into, and that section

    def collect(sec: Section, i: int, *, join_first: bool) -> int:
        """Append lines from index i until the section's piece ends; returns the next index."""
        first = True
        while i < len(lines):
            ln = lines[i]
            t = ln.text.strip()
            if i in used and not (first and join_first):
                break
            if (t[:1] in _LINKS_LABEL_FIRST and _LINKS_LABEL.match(t) is not None and not (first and join_first)
                    and any(map(_opens_entry, sec.lines))):
                # 相关新闻, 热点新闻 after the entries: the page's list of links to other pages follows, up to the next
                # heading or the next line that opens with a date (its headlines would read as the last entry's
                # further paragraphs)
                sec.dropped.append((ln, "page furniture"))
                used.add(i)
                i += 1
                while i < len(lines) and i not in used and not _section_end(lines, i) and not _opens_entry(lines[i]):
                    if lines[i].text.strip():
                        sec.dropped.append((lines[i], "page furniture"))
                    used.add(i)
                    i += 1
                continue
            if not (first and join_first) and t not in repeated and i not in nav and (_section_end(lines, i) or (
                    sec.heading_line is not None and sec.lines and t[:1] in _CHAPTER_FIRST and is_next_chapter(t))) and (
                    not _wrapped_into_heading(lines, i, sec, furniture)):
                if _UP.match(t):
                    stopped_at_up[i] = sec
                elif sec.lines and _DOC_NUMBER.match(t):
                    _drop_wrapped_title(sec)
                break
            used.add(i)
            if first and join_first:
                m = _UP.match(ln.text)
                assert m is not None  # (join_first: this line opens with 上接)
                ln = Line(ln.text[m.end():], ln.lineno, ln.start + m.end())
                t = ln.text.strip()
            glued = _GLUED_ENTRY.search(ln.text) if t and furniture(t) else None
            if glued:  # "发布日期:2020-01-31 18:23:541月1日,…": the first entry glued to a timestamp
                sec.dropped.append((Line(ln.text[: glued.start()], ln.lineno, ln.start), "page furniture"))
                sec.lines.append(Line(ln.text[glued.start():], ln.lineno, ln.start + glued.start()))
            elif t and (t in repeated or (furniture(t) and not _wrapped_into_caption(t, sec)) or i in nav) and not (
                    first and join_first):
                if sec.period is None and _period_line(t):
                    sec.period = _period_of_line(t)  # a headless chronicle's （2023年10月1日—10月31日）: its year
                sec.dropped.append((ln, "page furniture"))
            elif t:
                down = _DOWN.search(ln.text)
                if down:
                    head = Line(ln.text[: down.start()], ln.lineno, ln.start)
                    if head.text.strip():
                        if first and join_first:
                            sec.joins.add(len(sec.lines))
                        sec.lines.append(head)
                    sec.down_page = int(down.group("page").replace(" ", "")) if down.group("page") else NEXT_PAGE
                    sec.down_line = ln.lineno
                    return i + 1
                if first and join_first:
                    sec.joins.add(len(sec.lines))
                sec.lines.append(ln)
            first = False
            i += 1
        return i

    def resume(sec: Section, i: int) -> None:
        """Read on past another document printed inside the chronicle, from where its piece stopped (i): the
        chronicle's entries go on after the document's date under its issuer."""
        while (r := _after_document(lines, i, sec, used, furniture, repeated)) is not None:
            notes.append((lines[i].lineno, f"another document inside chronicle {sec.title!r} skipped (lines "
                                           f"{lines[i].lineno}–{lines[r - 1].lineno}); the chronicle goes on after it"))
            i = collect(sec, r, join_first=False)

    if heads:
        if _dated_before(lines, heads[0], toc_lines):
            # dated entries before the first heading (a page that opens with its month, 2月 / 1日…, before a
            # heading further down): a headless chronicle of their own, not text lost without a word
            sec = Section(title="", heading_line=None, period=None)
            resume(sec, collect(sec, 0, join_first=False))
            sections.append(sec)
        for i in heads:
            if i in used:
                continue  # (read as an entry's wrapped line: _wrapped_into_heading)
            ln = lines[i]
            title = unspaced(ln.text)
            sec = Section(title=title, heading_line=ln.lineno, period=period_in(title))
            j = i + 1
            # a period line such as （2024年9月） right under the heading completes the title (a page's furniture
            # may stand between)
            k, between = _past_furniture(lines, j, furniture, repeated)
            if k < len(lines) and _period_line(lines[k].text.strip()):
                sec.dropped.extend((lines[b], "page furniture") for b in between)
                used.update(between)
                j = k
            else:
                while j < len(lines) and not lines[j].text.strip():
                    j += 1
            if j < len(lines) and _period_line(lines[j].text.strip()):
                sec.title = f"{title}{lines[j].text.strip()}"
                sec.period = _period_of_line(lines[j].text) or sec.period
                used.add(j)
                j += 1
            sec.page = toc.get(_norm_title(sec.title))
            used.add(i)
            resume(sec, collect(sec, j, join_first=False))
            sections.append(sec)
    else:
        sec = Section(title="", heading_line=None, period=None)
        i = collect(sec, 0, join_first=False)
        # another document before a headless chronicle (a notice, then 6月 and its entries), or a table of contents
        # whose chronicle has no heading of its own: read on past it, as long as nothing dated was read yet
        restarted = False
        while i < len(lines) and _section_end(lines, i) and not any(_opens_entry(ln) for ln in sec.lines):
            sec.dropped.extend((ln, "text before the chronicle") for ln in sec.lines)
            sec.lines.clear()
            i = collect(sec, i + 1, join_first=False)
            restarted = True
        resume(sec, i)
        if restarted:  # (the document's own date, 2024年3月5日 under its issuer, is no date of the chronicle's)
            first = next((k for k, ln in enumerate(sec.lines) if _opens_entry(ln)), len(sec.lines))
            signed = [k for k in range(first) if _SIGNED.match(sec.lines[k].text)]
            if signed:
                end = sec.lines[signed[-1]].lineno
                sec.dropped.extend((ln, "text before the chronicle") for ln in sec.lines[:signed[-1] + 1])
                del sec.lines[:signed[-1] + 1]
                # (and no period line of the document's: only one after its date, a headless chronicle's own)
                sec.period = next((_period_of_line(t) for ln, _ in sec.dropped if ln.lineno > end
                                   and _period_line(t := ln.text.strip())), None)
        sections.append(sec)

    # Stitch continuations: for each section that says 下转, find its 上接 piece anywhere in the file.
    ups = [i for i, ln in enumerate(lines) if _UP.match(ln.text)]
    for sec in sections:
        guard = 0
        while sec.down_page is not None and guard < 20:
            guard += 1
            target = _pick_continuation(lines, ups, sec, used)
            page, sec.down_page = sec.down_page, None
            if target is None:
                said = f"（下转第{page}页）" if page != NEXT_PAGE else "it goes on on the next page"
                if (here := _reads_on_after_marker(lines, sec, used)) is not None:
                    # (a copy that kept the marker and lost the page break: what follows it is the rest)
                    notes.append((sec.down_line or 0, f"section {sec.title!r} says {said} but no matching 上接 piece "
                                                      f"was found; read on from the line after the marker"))
                    collect(sec, here, join_first=False)
                    continue
                notes.append((sec.down_line or sec.heading_line or 0,
                              f"section {sec.title!r} says {said} but no matching 上接 piece was found; "
                              f"the entry ends there"))
                break
            ups.remove(target)
            sec.continued_from.append(lines[target].lineno)
            sec.continued_pages.append(page)
            collect(sec, target, join_first=True)
    # A 上接 piece no 下转 sent anyone to, met by a section's piece with only furniture between (the page lost its
    # 下转 marker, or the pages were put back in order): that section goes on there where the piece reads as its
    # continuation (dated entries among its first lines, or the section's last entry broken off mid-sentence).
    # Another document's continuation after a finished chronicle is left alone.
    for i in ups:
        before = stopped_at_up.get(i)
        if before is None or i in used or before.down_page is not None or not before.lines:
            continue
        up = _UP.match(lines[i].text)
        assert up is not None
        if _broken_off(before.lines[-1]) or _reads_as_entries(lines, i, up):
            notes.append((lines[i].lineno, f"a 上接 piece no 下转 sends to, right after section {before.title!r}: "
                                           f"read as its continuation"))
            before.continued_from.append(lines[i].lineno)
            collect(before, i, join_first=True)
    return Structure(sections, notes)


_DOCUMENT_LINES = 400  # (the most lines a document printed inside a chronicle is read through for its date)


def _after_document(lines: tuple[Line, ...], i: int, sec: Section, used: set[int],
                    furniture: Callable[[str], bool], repeated: set[str]) -> int | None:
    """Where a chronicle goes on after another document that interrupts it at lines[i] (a notice printed on its
    page: 关于…的通知 … its issuer and date), or None: the document's date under its issuer, then an entry of
    the chronicle's own, a day of its month (5日，…) no later section claims, its day not before the last one's."""
    if i >= len(lines) or not sec.lines or not is_document_boundary(lines[i].text):
        return None
    for k in range(i + 1, min(len(lines), i + _DOCUMENT_LINES)):
        t = lines[k].text.strip()
        if k in used or is_heading(t) or _UP.match(t):
            return None  # (a chronicle or a piece of one begins before the document ends)
        if _SIGNED.match(t):
            r, _ = _past_furniture(lines, k + 1, furniture, repeated)
            p = match_prefix(to_simplified(lines[r].text.strip())) if r < len(lines) and r not in used else None
            if p is None or p.kind != "day" or p.month is not None or p.day is None:
                continue
            # (the day the chronicle's piece read last: the entry after the document goes on from it)
            last = next((q.day for ln in reversed(sec.lines) if (q := match_prefix(to_simplified(ln.text.strip())))
                         is not None and q.kind == "day" and q.month is None and q.day is not None), None)
            return r if last is not None and p.day >= last else None
    return None


_HEADING_END = re.compile(rf"(?:{_KEYWORD.pattern})$|[)）]$")


def _broken_off(line: Line) -> bool:
    """Whether a line stops mid-sentence (its entry goes on in the next line read)."""
    return line.text.rstrip()[-1:] not in CLOSED_END


def _drop_wrapped_title(sec: Section) -> None:
    """Take back the title of the document whose number ends the section, where the title wrapped into lines the
    section read (…参加会议。 / 聊城市人民政府 关于任免甲等工作人 / 员职务的通知 / 聊政任〔2024〕15号): the lines
    after the entries' last finished sentence, when they hold such a title and nothing else."""
    k = len(sec.lines)
    while k > 0 and len(sec.lines) - k < 4 and _broken_off(sec.lines[k - 1]):
        k -= 1
    if k == len(sec.lines) or k == 0:
        return  # (no trailing lines, or no finished sentence before them: the entry's own text)
    tail = unglossed(unspaced("".join(ln.text for ln in sec.lines[k:])))
    if (title := _DOC_TITLE.search(tail)) is not None and len(tail) <= 90 and title.start() <= 24 and "。" not in tail:
        sec.dropped.extend((ln, "another document's title") for ln in sec.lines[k:])
        del sec.lines[k:]


# A continuation marker a narrow column broke across two lines (…人民政协（下转第 / 27页）, （上接第2 / 9页）成立…)
_MARKER_HEAD = re.compile(r"[（(]\s*(?:(?:下\s*)?[转轉]|(?:上\s*)?接|[上下承续續])?[^（()）]{0,6}$")  # (verified whole below)
_MARKER_TAIL = re.compile(r"^[^（()）]{0,6}?[)）]")


def _mend_split_markers(lines: tuple[Line, ...]) -> tuple[Line, ...]:
    """Lines with each continuation marker broken across a line break made whole: a 下转 marker on the line it ends,
    an 上接 marker at the head of the piece it opens (the piece's own text keeps its offsets)."""
    out = list(lines)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        end = a.text[-12:]
        if "（" not in end and "(" not in end:
            continue  # (a cheap test first: most lines end with no open bracket near their end)
        ta = a.text.rstrip()
        if not ta or ta[-1] in "）)" or (h := _MARKER_HEAD.search(ta)) is None or (t := _MARKER_TAIL.match(b.text)) is None:
            continue
        whole = h.group(0) + t.group(0)
        if _DOWN.fullmatch(whole):
            out[i] = Line(ta[:h.start()] + whole, a.lineno, a.start)
            out[i + 1] = Line(b.text[t.end():], b.lineno, b.start + t.end())
        elif not ta[:h.start()].strip() and (up := _UP.match(whole)) is not None and up.end() == len(whole):
            # (the marker's characters are never cited: the piece's text starts where the source has it)
            out[i] = Line("", a.lineno, a.start)
            out[i + 1] = Line(whole + b.text[t.end():], b.lineno, b.start + t.end() - len(whole))
    return tuple(out)


def _wrapped_into_caption(t: str, sec: Section) -> bool:
    """Whether a line that reads as a scene's caption is an entry's wrapped line: it names someone by office, and the
    section's last line broke off mid-sentence."""
    return (bool(sec.lines) and _CAPTION_OF_SCENE.match(t) is not None and _NAMES_SOMEONE.search(t) is not None
            and _broken_off(sec.lines[-1]))


def _wrapped_into_heading(lines: tuple[Line, ...], i: int, sec: Section, furniture: Callable[[str], bool]) -> bool:
    """Whether a line that reads as a heading is an entry's wrapped line (…召开会议，部署 / 大事记编纂工作 / 。副市长…):
    right after the section's last line, which broke off mid-sentence, and followed by neither a date, a heading, a
    period line nor furniture."""
    if not sec.lines or sec.lines[-1].lineno != lines[i].lineno - 1 or not is_heading(lines[i].text):
        return False
    if _HEADING_END.search(unspaced(lines[i].text)):
        return False  # (a heading ends with its keyword or its period: 某某市大事记, 大事记（2024年3月）)
    if not sec.lines[-1].text.strip() or not _broken_off(sec.lines[-1]):
        return False
    k = i + 1
    while k < len(lines) and not lines[k].text.strip():
        k += 1
    if k == len(lines):
        return False
    t = lines[k].text.strip()
    return not (_opens_entry(lines[k]) or _section_end(lines, k) or _period_line(t) or furniture(t))


def _reads_on_after_marker(lines: tuple[Line, ...], sec: Section, used: set[int]) -> int | None:
    """Where no 上接 piece continues a section, the index of the line after its 下转 marker, when that line goes on with
    it: not read yet, no heading, and either the entry the marker cut is unfinished or the line opens an entry of
    the list; None otherwise."""
    at = next((k for k, ln in enumerate(lines) if ln.lineno == sec.down_line), None)
    if at is None or not sec.lines:
        return None
    k = at + 1
    while k < len(lines) and not lines[k].text.strip() and k not in used:
        k += 1
    if k >= len(lines) or k in used or _section_end(lines, k):
        return None
    unfinished = sec.lines[-1].text.rstrip()[-1:] not in CLOSED_END
    return k if unfinished or _opens_entry(lines[k]) else None


def _pick_continuation(lines: tuple[Line, ...], ups: list[int], sec: Section, used: set[int]) -> int | None:
    """The 上接 line that continues `sec`: its page matches the section's page, else it reads like entries."""
    if sec.down_page == NEXT_PAGE:  # 转下页 … 接上页: the first such piece after the marker
        return next((i for i in ups if lines[i].lineno > (sec.down_line or 0)
                     and not _UP.match(lines[i].text).group("page")), None)  # type: ignore[union-attr]
    best, best_score = None, -1.0
    for i in ups:
        up = _UP.match(lines[i].text)
        if not up.group("page"):  # type: ignore[union-attr]
            continue  # 接上页 continues the piece before it, not a numbered page's
        page = int(up.group("page").replace(" ", ""))  # type: ignore[union-attr]  # (2 7: spaced out)
        score = 0.0
        if sec.page is not None and page == sec.page:
            score += 10
        elif sec.page is not None:
            continue
        if _reads_as_entries(lines, i, up):  # type: ignore[arg-type]
            score += 2
        # of pieces that read alike, where the table of contents gave no page: the one from the earliest page (a
        # chronicle's sections come in the order of their pages: 上接第29页 is September's, 上接第30页 October's), then
        # the nearest (several issues in one file repeat their pages)
        if sec.page is None:
            score -= page / 1e4
        score -= abs(lines[i].lineno - (sec.down_line or 0)) / 1e9
        if score > best_score:
            best, best_score = i, score
    if best is not None and best_score <= 0 and sec.page is None:
        return None
    if best is None and sec.page is not None:
        # no piece from the page the table of contents gives (its number misread, or wrapped away): the one numbered
        # piece that reads as entries, if only one does
        readers = [i for i in ups if (up := _UP.match(lines[i].text)) is not None and up.group("page")
                   and _reads_as_entries(lines, i, up)]
        return readers[0] if len(readers) == 1 else None
    return best


def _reads_as_entries(lines: tuple[Line, ...], i: int, up: re.Match[str]) -> bool:
    """Whether the 上接 piece at line i reads as a chronicle's continuation: dated entries follow within a few lines
    (or it starts with one), within six lines or the first 240 characters where a narrow column wraps them into more."""
    rest = lines[i].text[up.end():].strip()
    ahead = [rest] + [lines[k].text.strip() for k in range(i + 1, min(len(lines), i + 40)) if lines[k].text.strip()]
    near, chars = 0, 0
    while near < len(ahead) and (near < 6 or chars < 240):
        chars += len(ahead[near])
        near += 1
    return any(t and _SIGNED.match(t) is None and match_prefix(to_simplified(t)) is not None for t in ahead[:near])
