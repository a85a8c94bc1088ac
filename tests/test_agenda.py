"""Agenda: what a meeting 研究s, split on 、 and stripped of trailing 等/工作/情况 (EXTRACTION.md)."""
from __future__ import annotations

import pytest

from etl.agenda import read_agenda


@pytest.mark.parametrize("text,expected", [
    ("市长张百顺主持召开市政府常务会议，研究知识产权保护、供热条例立法等工作。", ["知识产权保护", "供热条例立法"]),
    ("会议研究部署了防汛抗旱、安全生产工作。", ["防汛抗旱", "安全生产"]),
    ("市委常委会召开会议，研究乡村振兴、招商引资、城市更新等有关工作。", ["乡村振兴", "招商引资", "城市更新"]),
    ("会议研究审议《政府工作报告（征求意见稿）》《物业管理办法》，研究2024年民生实事项目。",
     ["《政府工作报告（征求意见稿）》", "《物业管理办法》", "2024年民生实事项目"]),
    ("市农科院研究员张三出席。", []),  # 研究员 is a post, not the verb
    # 研究中心 is a research centre, but not before 城区 (the centre of town is what is studied)
    ("市长主持召开专题会议，专题研究中心城区交通拥堵治理问题。", ["中心城区交通拥堵治理"]),
    # 研究开发中心 is an R&D centre, not a study of 开发中心…
    ("由某大学旅游规划研究开发中心与市旅游局共同完成的规划通过专家评审。", []),
    ("会议研究开发区建设、招商引资等工作。", ["开发区建设", "招商引资"]),
    ("省能源研究中心揭牌成立。", []),
    ("传达学习总书记在中央会议研究经济工作时的讲话精神。", []),  # another meeting's business, quoted
    # "and other business" is no item
    ("市委常委会召开会议，研究部署巡察整改、干部选拔任用工作和其他事项。", ["巡察整改", "干部选拔任用"]),
    # a trailing word that is the second of a pair stays (困难和问题); a joiner before 相关 goes with it
    ("会议研究解决企业发展中遇到的困难和问题。", ["解决企业发展中遇到的困难和问题"]),
    ("会议研究产业发展及相关工作。", ["产业发展"]),
    ("会议研究通过了《某某办法》。", ["《某某办法》"]),  # (研究通过, without the 并)
    # the items after a colon: 研究的议题有：…
    ("会议研究的议题有：城市更新、老旧小区改造等。市长出席。", ["城市更新", "老旧小区改造"]),
    # items numbered after 研究了以下事项：
    ("会议研究了以下事项：一是全市秋冬季大气污染防治工作；二是城市更新行动方案。市长出席。",
     ["全市秋冬季大气污染防治", "城市更新行动方案"]),
    ("会议研究如下事项：（一）防汛抗旱工作。（二）安全生产情况。", ["防汛抗旱", "安全生产"]),
    # the 的 that went with 议题 goes with it; 其他事项 alone names no item
    ("会议研究了以下事项：一是关于调整最低工资标准的议题；二是关于设立产业基金的议题。",
     ["关于调整最低工资标准", "关于设立产业基金"]),
    ("会议还研究了其他事项。", []),
    # the items after a colon, a clause each up to the sentence's end (before: the first only)
    ("会议研究决定：成立市数据局；调整市防汛指挥部成员。", ["成立市数据局", "调整市防汛指挥部成员"]),
    ("会议研究的事项有：城市更新、老旧小区改造；安全生产。市长出席。", ["城市更新", "老旧小区改造", "安全生产"]),
    # 等文件 closes an item as 等工作 does
    ("会议研究了关于加快推进新型工业化的实施意见等文件。", ["关于加快推进新型工业化的实施意见"]),
    # … nor does the place that does the work, or when it is done (研究部署我市相关工作, 研究下一步工作)
    ("市委常委会召开会议，研究部署我市相关工作。", []), ("会议研究下一步工作、全市防汛等事项。", ["全市防汛"]),
    # a decision announced after the body studied it is no meeting's items (经市委研究决定：甲任…)
    ("经市委研究决定：王强同志任市委办公室主任；免去李明同志市委办公室主任职务。", []),
    ("县委常委会议研究决定：成立县城市管理委员会；调整县委农村工作领导小组组成人员。",
     ["成立县城市管理委员会", "调整县委农村工作领导小组组成人员"]),
    # (… with its stress: 研究部署下一步重点工作, 近期主要工作)
    ("市长王强召开调度会，研究部署下一步重点工作。", []), ("会议研究近期主要工作、全市防汛等事项。", ["全市防汛"]),
    # 研究并原则通过: what was passed is the item
    ("会议研究并原则通过了《关于加快发展数字经济的实施意见》。", ["《关于加快发展数字经济的实施意见》"]),
    ("会议研究讨论并原则通过了《某市养老服务条例（草案）》。", ["《某市养老服务条例（草案）》"]),
    ("会议研究确定了全年重点工作任务。", ["全年重点工作任务"]), ("会议研究并部署了秋冬季森林防火工作。", ["秋冬季森林防火"]),
    ("研究审定《关于深化国有企业改革的实施方案》。", ["《关于深化国有企业改革的实施方案》"]),
    # a 、 or a ， inside a title is no break between items; nor inside a document named without brackets
    ("会议研究了《关于加强城市管理、提升城市品质的意见》、冬季供暖等工作。",
     ["《关于加强城市管理、提升城市品质的意见》", "冬季供暖"]),
    ("会议研究了《关于加强城市管理，提升城市品质的意见》。", ["《关于加强城市管理，提升城市品质的意见》"]),
    ("会议研究了关于城区供热、供气价格调整的请示。", ["关于城区供热、供气价格调整的请示"]),
    # numbered items after a bare colon; the verb an item begins with is what is done, not the item, and
    # a 研究 inside an item read is part of it
    ("会议研究了：1.全市防汛工作；2.安全生产工作；3.干部任免事项。", ["全市防汛", "安全生产", "干部任免"]),
    ("会议研究了以下事项：（1）审议《某某市城市管理条例（草案）》；（2）研究2023年民生实事项目；（3）其他事项。",
     ["《某某市城市管理条例（草案）》", "2023年民生实事项目"]),
    # two documents joined by 和 are two items, as 《甲》《乙》 are (dev/015's gold); before, the second was lost
    ("会议研究审议了《某某规划》和《某某计划》。", ["《某某规划》", "《某某计划》"]),
    ("会议研究了《某某办法》及《某某方案》等文件。", ["《某某办法》", "《某某方案》"]),
    # and what a conjunction joins to a title is an item of its own, not lost with what follows the title
    ("会议研究讨论了《关于加快发展的意见（送审稿）》和城市更新行动方案。", ["《关于加快发展的意见（送审稿）》", "城市更新行动方案"]),
    ("会议研究了《某某意见》及其配套文件的起草情况。", ["《某某意见》"]),
])
def test_agenda_items(text: str, expected: list[str]) -> None:
    assert read_agenda(text) == expected
