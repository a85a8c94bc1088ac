"""Who a named official is: the jurisdiction their title names, and the rank of the office.

A person is a simplified name within a jurisdiction. `市委副书记、市长` in a 聊城 chronicle is a 聊城
official; `副省长` and `省委书记` belong to the province the issuer lies in (so the same 姜异康 is one
person in a 济宁 chronicle and in the 山东 one); ministries and central bodies are national; foreign
titles carry their country. Keys are readable strings (`city:聊城`, `province:山东`, `national`,
`foreign:日本`, `local:长沙市开福区`) so curators can name them in data/people-overrides.toml.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .script import to_simplified

LEVELS = ("national", "provincial", "municipal", "county", "foreign", "other")
GRADES = ("leader", "deputy", "official")

_COUNTRIES = (
    "美国 日本 韩国 朝鲜 俄罗斯 英国 法国 德国 意大利 加拿大 澳大利亚 新西兰 新加坡 马来西亚 泰国 越南 老挝 柬埔寨 缅甸 "
    "菲律宾 印度尼西亚 印尼 印度 巴基斯坦 孟加拉国 尼泊尔 斯里兰卡 蒙古国 蒙古 哈萨克斯坦 吉尔吉斯斯坦 乌兹别克斯坦 塔吉克斯坦 "
    "土库曼斯坦 阿富汗 伊朗 伊拉克 以色列 巴勒斯坦 沙特阿拉伯 沙特 阿联酋 卡塔尔 科威特 阿曼 也门 约旦 叙利亚 黎巴嫩 土耳其 "
    "埃及 苏丹 利比亚 突尼斯 阿尔及利亚 摩洛哥 南非 尼日利亚 肯尼亚 埃塞俄比亚 坦桑尼亚 赞比亚 津巴布韦 安哥拉 加纳 "
    "荷兰 比利时 卢森堡 瑞士 奥地利 瑞典 挪威 丹麦 芬兰 冰岛 爱尔兰 西班牙 葡萄牙 希腊 波兰 捷克 斯洛伐克 匈牙利 罗马尼亚 "
    "保加利亚 塞尔维亚 克罗地亚 乌克兰 白俄罗斯 立陶宛 拉脱维亚 爱沙尼亚 巴西 阿根廷 智利 秘鲁 哥伦比亚 委内瑞拉 墨西哥 古巴 "
    "厄瓜多尔 乌拉圭 巴拉圭 玻利维亚 欧盟 联合国"
).split()
_MINISTRIES = (
    "外交 国防 教育 科学技术 科技 工业和信息化 公安 国家安全 民政 司法 财政 人力资源和社会保障 自然资源 生态环境 "
    "住房和城乡建设 交通运输 水利 农业农村 农业 商务 文化和旅游 卫生 退役军人事务 应急管理 审计 铁道 建设 文化 国土资源 "
    "环境保护 监察 人事 劳动 劳动和社会保障 林业 冶金工业 机械工业 电子工业 纺织工业 轻工业 化学工业 煤炭工业 石油工业 "
    "电力工业 邮电 航空工业 交通 水利电力 城乡建设 城乡建设环境保护 农牧渔业 对外经济贸易 对外贸易 外经贸 信息产业 "
    "铁路 商业 物资 粮食"
).split()
_NATIONAL = re.compile(r"^(?:中共中央|中央|国务院|全国|国家|中国|中华|最高人民|解放军|中国人民解放军|武警|新华社|人民日报|"
                       rf"(?:{'|'.join(sorted(_MINISTRIES, key=len, reverse=True))})部)")
_LOCAL_PREFIX = re.compile(r"^(?:副)?(?:市|县|区|镇|乡|旗|街道|州|盟|开发区|高新区|管委会)")
_PROVINCE_PREFIX = re.compile(r"^(?:副)?(?:省|自治区)")
_ISSUER_NOISE = re.compile(r"(?:人民政府办公厅|人民政府办公室|人民政府|政府办公室|政府|办公室|大事记)$")

_LEADER = re.compile(r"^(?:(?:中共)?[^、副]*?(?:委|党委|党组|工委))?书记$|^[省市县区旗州镇乡]长$|^(?:自治区|自治州)?主席$|"
                     r"^(?:人大常委会|人大)主任$|^政协主席$|^(?:代)[省市县区旗州镇乡]长$")
_DEPUTY = re.compile(r"副书记$|^(?:常务)?副[省市县区旗州镇乡]长$|^人大常委会副主任$|^政协副主席$|^副主席$|常委$|"
                     r"^[省市县区]委常委|^[省市县区]政府党组成员")


@dataclass(frozen=True)
class Jurisdiction:
    """Where an office sits: a stable key, a level from LEVELS, and a display name."""

    key: str
    level: str
    name: str


@lru_cache(maxsize=1)
def _places() -> tuple[dict[str, str], tuple[int, ...]]:
    """place short name → province short name, and the names' lengths longest first (for prefix matching)."""
    text = resources.files("etl").joinpath("lexicon/places.txt").read_text(encoding="utf-8")
    province_of: dict[str, str] = {}
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if not line or ":" not in line:
            continue
        province, places = line.split(":", 1)
        province = province.strip()
        province_of.setdefault(province, province)
        for p in places.split():
            province_of.setdefault(p, province)
    return province_of, tuple(sorted({len(p) for p in province_of}, reverse=True))


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """Every province and prefecture short name of the gazetteer."""
    return frozenset(_places()[0])


def _prefix_place(text: str) -> str | None:
    """The longest place name text starts with (a lookup per length: a scan of every name was a
    second of each ingest)."""
    province_of, lengths = _places()
    return next((text[:k] for k in lengths if k <= len(text) and text[:k] in province_of), None)


def _strip_suffix(place: str) -> str:
    return re.sub(r"(?:维吾尔自治区|壮族自治区|回族自治区|自治区|特别行政区|省|市|地区|自治州|州|盟)$", "", place)


@lru_cache(maxsize=4096)
def issuer_jurisdiction(issuer: str | None) -> Jurisdiction:
    """The jurisdiction whose chronicle it is: '聊城市人民政府' → city:聊城, '广东省' → province:广东."""
    place = _ISSUER_NOISE.sub("", to_simplified(issuer or "").strip())
    if not place:
        return Jurisdiction("local:", "other", "")
    province_of, _ = _places()
    short = _strip_suffix(place)
    if province_of.get(short) == short and (place == short or re.fullmatch(
            rf"{re.escape(short)}(?:省|市|自治区|维吾尔自治区|壮族自治区|回族自治区|特别行政区)", place)):
        return Jurisdiction(f"province:{short}", "provincial", place)
    if short in province_of and re.fullmatch(rf"{re.escape(short)}(?:市|地区|自治州|州|盟)?", place):
        return Jurisdiction(f"city:{short}", "municipal", place)
    return Jurisdiction(f"local:{place}", "county", place)


def _strip_county(place: str) -> str:
    return re.sub(r"(?:区|县|旗|镇|乡|市)$", "", place)


def province_name(short: str) -> str:
    """'山东' → '山东省', '内蒙古' → '内蒙古自治区', '上海' → '上海市'."""
    if short in ("北京", "天津", "上海", "重庆"):
        return f"{short}市"
    if short in ("内蒙古", "广西", "西藏", "宁夏", "新疆"):
        return f"{short}自治区"
    if short in ("香港", "澳门"):
        return f"{short}特别行政区"
    return f"{short}省"


def province_of(j: Jurisdiction) -> str | None:
    """The province a jurisdiction lies in, when the gazetteer knows it."""
    if j.key.startswith("province:"):
        return j.key.split(":", 1)[1]
    place = _prefix_place(j.name)
    return _places()[0].get(place) if place else None


def _first_office(title: str) -> str:
    t = to_simplified(title).strip()
    t = re.sub(r"^(?:原|时任|前|新任|现任)", "", t)
    return re.split(r"[、，,]", t, maxsplit=1)[0]


@lru_cache(maxsize=65536)
def title_jurisdiction(title: str, issuer: str | None) -> Jurisdiction:
    """The jurisdiction of the office a title names, read against the chronicle's own (issuer)."""
    home = issuer_jurisdiction(issuer)
    first = _first_office(title)
    if not first:
        return home
    country = next((c for c in _COUNTRIES if first.startswith(c)), None)
    if country or "驻华" in first:
        return Jurisdiction(f"foreign:{country or '驻华'}", "foreign", country or "驻华机构")
    if _LOCAL_PREFIX.match(first):
        return home
    if _NATIONAL.match(first):
        return Jurisdiction("national", "national", "中央")
    if _PROVINCE_PREFIX.match(first):
        prov = province_of(home)
        return Jurisdiction(f"province:{prov}", "provincial", province_name(prov)) if prov else home
    place = _prefix_place(first)
    if place:
        province_of_place = _places()[0][place]
        if province_of_place == place and not first.startswith(f"{place}市") or first.startswith(f"{place}省"):
            return Jurisdiction(f"province:{place}", "provincial", province_name(place))
        if place in home.name and not home.name.startswith(place):
            return home  # the home district named in full (开福区委 in 长沙市开福区's chronicle)
        if home.name.startswith(place) and home.level == "county":
            rest = re.sub(rf"^{place}(?:市|地区|州|盟)?", "", first)
            sub = home.name[len(place):].lstrip("市")
            if sub and rest.startswith(_strip_county(sub)):
                return home
        if home.key == f"city:{place}":
            return home
        return Jurisdiction(f"city:{place}", "municipal", f"{place}市")
    return home


def office_rank(title: str, issuer: str | None) -> tuple[str, str]:
    """(level, grade) of a title: level from LEVELS, grade leader (正职 of a jurisdiction's party
    committee, government, people's congress or CPPCC), deputy (their 副职 and standing committee
    members) or official (every other post). '' titles are ('other', 'official')."""
    if not title.strip():
        return "other", "official"
    j = title_jurisdiction(title, issuer)
    grade = "official"
    for part in re.split(r"[、，,]", to_simplified(title)):
        part = re.sub(r"^(?:原|时任|前|新任|现任|中共)", "", part.strip())
        while (place := _prefix_place(part)) and len(part) > len(place):
            part = re.sub(rf"^{place}(?:省|市|自治区|地区|州|盟|县|区)?", "", part)
        part = re.sub(r"^[\u4e00-\u9fff]{1,4}?(?:区|县|旗|镇|乡)(?=委|[区县旗镇乡]长|人大|政协|政府)", "", part)
        part = re.sub(r"^[省市县区旗州镇乡](?=委|政府|人大|政协)", "", part)
        if _LEADER.search(part) and "副" not in part:
            grade = "leader"
            break
        if _DEPUTY.search(part):
            grade = "deputy"
    level = j.level if j.level in ("national", "provincial", "municipal", "county") else "other"
    return level, grade
