"""Participants: names, titles as written, roles from the verbs that govern them (EXTRACTION.md)."""
from __future__ import annotations

import pytest

from etl.parse import parse_source
from etl.people import read_people
from etl.source import read_source


def who(text: str) -> list[tuple[str, str, list[str]]]:
    return [(p.name, p.title, p.roles) for p in read_people(text).participants]


def who_and_mentioned(text: str) -> tuple[list[tuple[str, str, list[str]]], list[str]]:
    got = read_people(text)
    return [(p.name, p.title, p.roles) for p in got.participants], got.mentioned


def test_the_hosts_a_delegation_talks_with_are_guests_titled_from_after_the_joiner() -> None:
    # the title is the phrase after 代表团与, and 座谈 with makes them guests
    got = who("市委书记张海率我市党政代表团赴深圳考察。其间，代表团与深圳市委书记王伟中、东莞市委书记肖亚非进行座谈。")
    assert got == [("张海", "市委书记", ["lead"]), ("王伟中", "深圳市委书记", ["guest"]),
                   ("肖亚非", "东莞市委书记", ["guest"])]


@pytest.mark.parametrize("text,participants,mentioned", [
    # the one whose death an entry reports is who it is about, not someone taking part
    ("原市委书记李明同志因病逝世，享年85岁。", [], ["李明"]),
    ("周恩来总理逝世。全市各界群众深切悼念。", [], ["周恩来"]),
    # … as is the one whose funeral it is, or whose family is visited
    ("原市委书记王振华同志遗体告别仪式在市殡仪馆举行，市委书记李长萍等参加。", [("李长萍", "市委书记", ["attend"])], ["王振华"]),
    ("市委书记李长萍看望了老红军王振华的家属。", [("李长萍", "市委书记", ["lead"])], ["王振华"]),
    # one whose approval (经…同意, 经…批准) or care (在…的关心支持下) an item says is not someone there
    ("经市长刘慧晏同意，成立领导小组。", [], ["刘慧晏"]),
    ("经市委书记张建国批准，市委办公室印发通知。", [], ["张建国"]),
    ("在市委书记张建国的关心支持下，项目顺利推进。", [], ["张建国"]),
    # … or whose request or instruction is followed (按照…要求, 根据…的指示): not the one who speaks there
    ("按照市委书记张建国要求，副市长王强带队检查。", [("王强", "副市长", ["lead"])], ["张建国"]),
    ("根据市长刘慧晏的指示精神，副市长王强带队检查。", [("王强", "副市长", ["lead"])], ["刘慧晏"]),
    ("在市长刘慧晏的主持下，会议审议通过了方案。", [("刘慧晏", "市长", ["chair"])], []),
    ("经济开发区主任王强出席。", [("王强", "经济开发区主任", ["attend"])], []),
    # one who is relieved of an office (不再担任…职务), named bare, as one appointed is
    ("省委组织部副部长王建军宣布省委决定，刘振东任市委书记，张建华不再担任市委书记职务。",
     [("王建军", "省委组织部副部长", ["speak"])], ["刘振东", "张建华"]),
    # the honoured named after who they are, one whose deeds are told, who writes an inscription or instructs
    ("市委表彰了优秀党务工作者王五。", [], ["王五"]),
    ("王五同志先进事迹报告会在市委礼堂举行。", [], ["王五"]),
    ("省委书记王五为我市题写“某某”。", [], ["王五"]),
    ("省委书记王五对我市防汛工作作出批示。", [], ["王五"]),
    ("由王五主编的《某某县志》出版发行。", [], ["王五"]),  # (由 is a rare surname: not 由王五)
    # and so is one who sends a letter (致信祝贺) or whose letter is received (收到…的回信)
    ("省长李四致信祝贺大会召开。", [], ["李四"]),
    ("市长张三收到国务院总理李四的回信。", [("张三", "市长", ["lead"])], ["李四"]),
    # and so is the one whose birth is remembered, a leader's title written after the name
    ("全县召开纪念毛泽东主席诞辰75周年大会。", [], ["毛泽东"]),
    # the one whose words are studied, a leader's title written after the name
    ("会议传达学习了习近平总书记重要讲话和李强总理在国务院常务会议上的讲话精神。", [], ["习近平", "李强"]),
    ("会议传达学习了习近平总书记重要讲话以及胡春华副总理关于乡村振兴讲话精神。", [], ["习近平", "胡春华"]),
    ("市委举行纪念刘少奇主席诞辰110周年座谈会，市委书记张三出席并讲话。",
     [("张三", "市委书记", ["attend", "speak"])], ["刘少奇"]),
    ("原副市长王五同志在北京病逝。市委书记张三前往吊唁。", [("张三", "市委书记", ["lead"])], ["王五"]),
    # and so is whoever sent someone in their stead (委托)
    ("市委书记张三委托市委秘书长王五看望慰问。", [("王五", "市委秘书长", ["lead"])], ["张三"]),
    ("受市委书记张三委托，市委副书记王五出席会议并讲话。", [("王五", "市委副书记", ["attend", "speak"])], ["张三"]),
    ("副市长李四受市长张三委托出席会议并讲话。", [("李四", "副市长", ["attend", "speak"])], ["张三"]),
    ("副市长李四受市长张三的委托，看望慰问困难群众。", [("李四", "副市长", ["lead"])], ["张三"]),
    # 受到 is no part of a title, and one who 受到表彰 is honoured
    ("我市劳模代表受到省委书记李四的亲切接见。", [("李四", "省委书记", ["lead"])], []),
    ("市长张三受到国务院表彰。", [], ["张三"]),
    # those appointed or elected, a bare name right before 任/当选 and an office, and the whole list before it
    ("某县革命委员会成立，李德胜任主任。", [], ["李德胜"]),
    ("会议选举产生新一届领导班子，王大明当选为主席，李小红、赵刚当选为副主席。", [], ["王大明", "李小红", "赵刚"]),
    ("市委书记张三、市长李四出席会议，王五当选为主席。",
     [("张三", "市委书记", ["attend"]), ("李四", "市长", ["attend"])], ["王五"]),
    # named bare after an appointing verb earlier in the sentence (任命, 选举, 免去…的…职务): all of a list
    ("温州市十一届人大常委会举行会议，决定任命朱忠明为市政府副市长，黄宝坤为市公安局局长，金连山为市人民检察院副检察长。",
     [], ["朱忠明", "黄宝坤", "金连山"]),
    ("会议选举刘建国为市人大常委会主任。", [], ["刘建国"]),
    ("姜秉占当选为政协主席，毛秀兰(女)、刘嘉俊、赵文斗为副主席。", [], ["姜秉占", "毛秀兰", "刘嘉俊", "赵文斗"]),
    ("经市人大常委会决定，任命张伟为市公安局局长，免去赵刚的市公安局局长职务。", [], ["张伟", "赵刚"]),
    # moved, succeeding, or leaving a post (调任, 接任, 不再担任, 辞去): the item is about them
    ("县委书记张志远调任地委副秘书长，李文华接任县委书记。", [], ["张志远", "李文华"]),
    ("副市长王五不再担任市政府秘书长职务。", [], ["王五"]),
    ("县长李四辞去县长职务。", [], ["李四"]),
    ("县委书记邓本忠奉调离泾,谢群任泾县县委书记。", [], ["邓本忠", "谢群"]),  # (dev/057)
    # and a bare name that leaves (调离, 退二线), before those who take the posts
    ("王庆余退二线，刘长友任政委，李庭玺任支队长。", [], ["王庆余", "刘长友", "李庭玺"]),
    ("李绵清调离，周振江任党委书记。", [], ["李绵清", "周振江"]),
    # who sends a letter or a telegram is not there; 分别 after a list: each of them (dev/050, pinyin glosses in it)
    ("國家主席習(xí)近平,蒙古國總統(tǒng)額勒貝格道爾吉分別向大會發(fā)來賀信。", [], ["習近平", "額勒貝格道爾吉"]),
    ("省长王五致贺信，副省长李四出席并讲话。", [("李四", "副省长", ["attend", "speak"])], ["王五"]),
    # the one an honour is given to is who the item is about (授予, 追授, 表彰了 a list; 被评为, 荣获, 获评)
    ("省委追授李四同志“优秀共产党员”称号。", [], ["李四"]),
    ("国务院授予市公安局民警张三“全国特级优秀人民警察”称号。", [], ["张三"]),
    ("会议表彰了张三、李四等先进个人。", [], ["张三", "李四"]),
    # … not one said to be of the honoured (受表彰的…代表) who does something there
    ("受表彰的先进个人代表刘八作发言。", [("刘八", "先进个人代表", ["speak"])], []),
    ("获表彰的优秀教师代表王芳、李强出席会议。", [("王芳", "优秀教师代表", ["attend"]), ("李强", "优秀教师代表", ["attend"])], []),
    ("全市表彰大会召开。受表彰的先进个人代表刘八、王芳。", [], ["刘八", "王芳"]),  # (nothing done: who is honoured)
    ("在全国教育系统表彰大会上，我市教师张建国同志荣获“全国优秀教师”称号。", [], ["张建国"]),
    ("某村党支部书记、村委会主任杨六获评全国优秀党务工作者。", [], ["杨六"]),
    ("全市脱贫攻坚表彰大会召开，原副市长王五获脱贫攻坚贡献奖。", [], ["王五"]),  # (a prize by its name, 获…奖)
    # but a title's holder who does something is no honour (获得 is too common a word), and a delegation is no name
    ("市委书记张三率我市党政代表团赴深圳考察。", [("张三", "市委书记", ["lead"])], []),
    # one named alone right after a verb of receiving, at the end of its clause, is received; after 与 and
    # before 座谈, talked with; after 在 only those who accompany (在王庄调研 is a place)
    ("市长王五看望了张三。", [("王五", "市长", ["lead"]), ("张三", "", ["guest"])], []),
    ("市长王五接待了张三一行。", [("王五", "市长", ["lead"]), ("张三", "", ["guest"])], []),
    ("市长王五与张三座谈。", [("王五", "市长", ["lead"]), ("张三", "", ["guest"])], []),
    ("省长李明在张三、李四的陪同下调研。",
     [("李明", "省长", ["lead"]), ("张三", "", ["accompany"]), ("李四", "", ["accompany"])], []),
    ("市长王五在王庄调研。", [("王五", "市长", ["lead"])], []),
    ("市长张三先后到王庄、李村、张店等地调研。", [("张三", "市长", ["lead"])], []),  # (village names: no people)
    # departments that read as names (国土, 海关) are none; names that begin like them are
    ("市发改、财政、国土等部门负责人参加会议。", [], []),
    ("市长张三听取了金融、税务、海关等部门汇报。", [("张三", "市长", ["lead"])], []),
    ("高新华、国土明出席会议。", [("高新华", "", ["attend"]), ("国土明", "", ["attend"])], []),
    ("市长王五看望了王家村的困难群众。", [("王五", "市长", ["lead"])], []),
    ("市委书记王五委托张三看望慰问。", [("张三", "", ["lead"])], ["王五"]),
    # and the one whose report is heard reports
    ("市委书记王明华听取了李建国的工作汇报。", [("王明华", "市委书记", ["lead"]), ("李建国", "", ["report"])], []),
    ("市委书记王五听取李四、赵六关于防汛工作的汇报。",
     [("王五", "市委书记", ["lead"]), ("李四", "", ["report"]), ("赵六", "", ["report"])], []),
    ("市委书记王五邀请了张三、李四出席。", [("张三", "", ["attend"]), ("李四", "", ["attend"])], []),
    # a birth anniversary is about the one born; what follows 并 after someone mentioned is the subject's again
    ("我市举行纪念周恩来同志诞辰120周年活动。", [], ["周恩来"]),
    ("市委书记张三出席纪念邓小平同志诞辰120周年座谈会并讲话。", [("张三", "市委书记", ["attend", "speak"])], ["邓小平"]),
    ("市委书记张三主持会议，传达学习省委书记李四的讲话精神，并作部署。", [("张三", "市委书记", ["chair", "speak"])], ["李四"]),
    # one allowed to resign (批准甲辞去…职务) leaves a post; an aside after each elected name (范恒芝(女))
    ("县人大常委会批准夏天爽辞去副县长职务。", [], ["夏天爽"]),
    ("会议同意王大明辞去副县长职务。", [], ["王大明"]),
    ("大会选出朱景本、范恒芝(女)、陈翠花(女)为省人民代表。", [], ["朱景本", "范恒芝", "陈翠花"]),
    # who an item is about: the accused, a title won, a death (因病…逝世)
    ("市中级人民法院公开开庭审理原市政协副主席张三受贿案。", [], ["张三"]),
    ("市中级人民法院公开审理李四受贿案。", [], ["李四"]),  # (named alone: the case says who it is)
    ("经市委批准，市纪委监委对市交通局原局长李四严重违纪违法问题立案审查调查。", [], ["李四"]),
    ("我市选手王五在全国田径锦标赛上获得男子100米冠军。", [], ["王五"]),
    ("我市运动员王振华在全运会上夺冠。", [], ["王振华"]),
    ("我市选手王振华获全国大赛一等奖。", [], ["王振华"]),
    ("原市委书记孙八因病医治无效逝世，享年85岁。", [], ["孙八"]),
    # a sentence passed on someone (因犯…罪, 被判处, 被依法逮捕): the item is about them
    ("市中级人民法院召开宣判大会，原县经委主任李俊仪，因犯故意杀人罪，被判处死刑。", [], ["李俊仪"]),
    ("原县经委主任李俊仪犯受贿罪，被判处有期徒刑十年。", [], ["李俊仪"]),
    ("原副县长王明被依法逮捕。", [], ["王明"]),
    # minutes: each label governs the names up to the next one
    ("市政府常务会议召开。主持：市长王一；出席：副市长李二、张三；列席：市政府秘书长赵四。",
     [("王一", "市长", ["chair"]), ("李二", "副市长", ["attend"]), ("张三", "副市长", ["attend"]),
      ("赵四", "市政府秘书长", ["attend"])], []),
    ("市委常委会召开。出席：王一、李二。列席：赵四。", [("王一", "", ["attend"]), ("李二", "", ["attend"]), ("赵四", "", ["attend"])], []),
    # a delegation's members, listed after a label, went with it
    ("市委书记王一率市党政代表团出访日本。代表团成员有：副市长张二、市外办主任刘三。",
     [("王一", "市委书记", ["lead"]), ("张二", "副市长", ["attend"]), ("刘三", "市外办主任", ["attend"])], []),
    # a visit (访问) is led as 走访 is, after who invited the visitor too (who is mentioned, not there)
    ("应市委书记王一邀请，美国驻华大使张二一行访问我市。", [("张二", "美国驻华大使", ["lead"])], ["王一"]),
    ("美国访问团团长张二出席签约仪式。", [("张二", "美国访问团团长", ["attend"])], []),  # (a 访问团: no visit)
    # a list of appointments: each one named is made something (not only the last)
    ("会议任命张三为市财政局局长、李四为市教育局局长。", [], ["张三", "李四"]),
    ("大会选举魏一为人大常委会主任、涂二为县长，廖三为法院院长、吴四为检察院检察长。", [], ["魏一", "涂二", "廖三", "吴四"]),
    # 讲话要求, 指示要求: the words relayed, of someone who is not there (not 苏卫哲 调研)
    ("区长张三主持会议，传达区委书记李四调研区政府讲话要求。", [("张三", "区长", ["chair"])], ["李四"]),
    # the one welcomed is received; the one mourned is who the item is about, and the mourner is there
    ("市长张三在机场欢迎李四一行。", [("张三", "市长", ["lead"]), ("李四", "", ["guest"])], []),
    ("市委书记张三欢迎某国大使李四来访。", [("张三", "市委书记", ["lead"]), ("李四", "某国大使", ["guest"])], []),
    ("市委书记张三前往吊唁李四同志。", [("张三", "市委书记", ["lead"])], ["李四"]),
    ("全市各界悼念张三同志。", [], ["张三"]),
    ("市委书记张三表彰了劳模李四。", [("张三", "市委书记", ["lead"])], ["李四"]),
    ("副市长孙七宣读表彰决定。", [("孙七", "副市长", ["speak"])], []),
    # acting on someone's demand, studying someone's deeds: they are not there
    ("按照市委书记张三的要求，市应急局开展检查。", [], ["张三"]),
    ("全市掀起学习张三同志先进事迹热潮。", [], ["张三"]),
    # a bare name before 任务 or 任期 is no appointment
    ("会议由王五主持，李四任务繁重。", [("王五", "", ["chair"])], []),
    # the one who relays a document at a meeting speaks (传达学习 of the subject stays what it was)
    ("全县召开三级干部会议，县委书记王志明传达中央七号文件。", [("王志明", "县委书记", ["speak"])], []),
    ("会上，市委书记张三传达了省委全会精神。", [("张三", "市委书记", ["speak"])], []),
    # who gives a written instruction (作出批示) is not there, with a title or without one
    ("全国表彰会召开。李克强作出重要批示。韩正出席会议并讲话。", [("韩正", "", ["attend", "speak"])], ["李克强"]),
    ("全省防汛工作会议召开。省委书记王六作出批示，副省长赵七出席并讲话。",
     [("赵七", "副省长", ["attend", "speak"])], ["王六"]),
    # but one who relays the instruction's spirit is there
    ("市委书记张三传达省委书记李四的批示精神并作部署。", [("张三", "市委书记", ["speak"])], ["李四"]),
    # the one honoured for a merit the entry states
    ("县委书记徐培金抓教育工作成绩显著，在省科技和教育工作会议上受省政府记功表彰。", [], ["徐培金"]),
    ("县委书记徐培金出席大会，为成绩突出的单位颁奖。", [("徐培金", "县委书记", ["attend"])], []),
])
def test_the_dead_and_those_who_send_others_are_mentioned(text: str, participants: list, mentioned: list) -> None:
    assert who_and_mentioned(text) == (participants, mentioned)


def test_those_listed_with_the_first_subject_do_what_they_do() -> None:
    # no role verb (揭牌 is none), so the entry's subject leads: and so do those joined to them
    assert who("市委书记张三和市长李四共同为产业园揭牌。") == [("张三", "市委书记", ["lead"]), ("李四", "市长", ["lead"])]
    # after the time of day the entry opens with, too
    assert who("上午，市委书记张三为产业园揭牌。") == [("张三", "市委书记", ["lead"])]
    # not those with a verb of their own
    assert who("市委书记张三到企业调研，市长李四陪同。") == [("张三", "市委书记", ["lead"]), ("李四", "市长", ["accompany"])]


@pytest.mark.parametrize("text,expected,mentioned", [
    # 为 someone and then what is done for them is no appointment: the entry's subject, not someone mentioned
    ("市委书记张三为获奖代表颁奖，市长李四宣读表彰决定。", [("张三", "市委书记", ["lead"]), ("李四", "市长", ["speak"])], []),
    # 据 before a title is no part of it
    ("据市委书记张三介绍，全市经济稳中有进。", [("张三", "市委书记", ["speak"])], []),
    # a bare name after a descriptor of the people visited
    ("县委书记张三看望慰问老红军刘七同志。", [("张三", "县委书记", ["lead"]), ("刘七", "老红军", ["guest"])], []),
])
def test_for_someone_according_to_someone_and_the_visited(text: str, expected: list, mentioned: list) -> None:
    assert who_and_mentioned(text) == (expected, mentioned)


@pytest.mark.parametrize("text,expected", [
    ("市委副书记、市长张百顺主持召开市政府常务会议，研究食品安全等工作。", [("张百顺", "市委副书记、市长", ["chair"])]),
    ("市委副书记、市长张百顺带队督导调研全市重大交通项目，刘培国、贾鹏柱、郭守印参加活动。",
     [("张百顺", "市委副书记、市长", ["lead"]), ("刘培国", "", ["attend"]), ("贾鹏柱", "", ["attend"]), ("郭守印", "", ["attend"])]),
    ("市委副书记、市长张百顺出席会议并讲话，市委常委、常务副市长刘昌松主持。副市长刘培国、张建军，市政府秘书长郭守印参加。",
     [("张百顺", "市委副书记、市长", ["attend", "speak"]), ("刘昌松", "市委常委、常务副市长", ["chair"]),
      ("刘培国", "副市长", ["attend"]), ("张建军", "副市长", ["attend"]), ("郭守印", "市政府秘书长", ["attend"])]),
    ("副市长陈颖,市政协副主席、市委统战部部长贾丽建等陪同。",
     [("陈颖", "副市长", ["accompany"]), ("贾丽建", "市政协副主席、市委统战部部长", ["accompany"])]),
    ("省煤炭工业局局长卜昌森率省政府督查组在我市检查安全生产,副市长陈颖汇报工作。",
     [("卜昌森", "省煤炭工业局局长", ["lead"]), ("陈颖", "副市长", ["report"])]),
    ("市委副书记、市长王云鹏会见到泰安考察的加拿大华商会秘书长李毓玺一行,双方深入交流。",
     [("王云鹏", "市委副书记、市长", ["lead"]), ("李毓玺", "加拿大华商会秘书长", ["guest"])]),
    ("县人武部部长周树清和政委李汉文出席。", [("周树清", "县人武部部长", ["attend"]), ("李汉文", "政委", ["attend"])]),
    ("所罗门群岛商业、工业、劳工和移民部部长哈里·库马出席。", [("哈里·库马", "所罗门群岛商业、工业、劳工和移民部部长", ["attend"])]),
    ("市委书记李长萍，市委副书记、市长张百顺分别参加活动。",
     [("李长萍", "市委书记", ["attend"]), ("张百顺", "市委副书记、市长", ["attend"])]),
    ("區領導張振\n川出席。", [("張振川", "", ["attend"])]),
    ("副市長張志強(qiáng)出席並講話。", [("張志強", "副市長", ["attend", "speak"])]),
    # the one accompanied leads; everyone after 在 in 在…等人的陪同下 accompanies
    ("省委副书记刘伟在省委副秘书长于晓明和省委组织部副部长厉彦林等人的陪同下,到梁山县检查指导工作。",
     [("刘伟", "省委副书记", ["lead"]), ("于晓明", "省委副秘书长", ["accompany"]),
      ("厉彦林", "省委组织部副部长", ["accompany"])]),
    # … and so with 由 (older prose): 甲由乙陪同, the one accompanied named before 由 and reading as a name there
    ("湖南省省长熊清泉由长沙市副市长何家象等陪同,视察南区长沙散热器厂。",
     [("熊清泉", "湖南省省长", ["lead"]), ("何家象", "长沙市副市长", ["accompany"])]),
    ("省长王清泉视察南区，由副市长何家象、李四陪同。",
     [("王清泉", "省长", ["lead"]), ("何家象", "副市长", ["accompany"]), ("李四", "副市长", ["accompany"])]),
    # 学习实践活动 is part of a title, not the verb 学习 that cuts one
    ("省委学习实践活动领导小组常务副组长刘伟出席。", [("刘伟", "省委学习实践活动领导小组常务副组长", ["attend"])]),
    # 检查组, 调研组, 考察团 are teams, not verbs: 向检查组汇报 is a report
    ("副市长陈继松向检查组简要汇报了有关情况。", [("陈继松", "副市长", ["report"])]),
    # a name before its title (由X主任委员率领的): the name, with no title
    ("由曲格平主任委员率领的全国人大环资委检查组在杭检查水污染防治工作。", [("曲格平", "", ["lead"])]),
    # a title after the name (张树庭教授) ends the name; no second name is read after it
    ("国际热带菌类学会主席张树庭教授来庆元考察香菇发展历史。", [("张树庭", "国际热带菌类学会主席", ["lead"])]),
    # 以 is a preposition before a title, 以色列 a country in one
    ("县委、县政府组成对话团,以县委书记徐培金为团长,分别参加各区座谈。", [("徐培金", "县委书记", ["attend", "lead"])]),
    ("以色列驻华大使马腾出席。", [("马腾", "以色列驻华大使", ["attend"])]),
    # a name right after its unit, no office word (省农业厅王建国、…, 市委组织部张三等陪同): the unit's name is the
    # title; not where no person follows (县政府办公室、县发改委等部门, 林场、苗圃等单位, 张老师)
    ("省农业厅王建国、省水利厅李向东到我县检查工作。",
     [("王建国", "省农业厅", ["lead"]), ("李向东", "省水利厅", ["lead"])]),
    ("国家教委基础教育司李树海、《人民日报》记者梁友君等考察南马路小学。",
     [("李树海", "国家教委基础教育司", ["lead"]), ("梁友君", "《人民日报》记者", ["lead"])]),
    ("市委书记王建国出席，市委组织部张三、李四和王五陪同。",
     [("王建国", "市委书记", ["attend"]), ("张三", "市委组织部", ["accompany"]), ("李四", "市委组织部", ["accompany"]),
      ("王五", "", ["accompany"])]),
    ("县委刘振华、县政府王德福参加会议。", [("刘振华", "县委", ["attend"]), ("王德福", "县政府", ["attend"])]),
    ("县政府办公室、县发改委等部门负责人参加。", []),
    ("县林业局林场、苗圃等单位参加。", []),
    ("市财政局国库科、预算科负责人参加。", []),
    ("县教育局张老师等出席。", []),
    ("市委常委会扩大会议召开，省委宣传部高度评价。", []),
    ("以庄司阳子为代表的世界粮食计划署官员到宣威市考察。", [("庄司阳子", "", ["lead"])]),
    # 两长 is an office (the president of the court and the chief procurator, said together)
    ("省领导王儒林，省法、检两长左世忠、杨华在分会场参加会议。",
     [("王儒林", "", ["attend"]), ("左世忠", "省法、检两长", ["attend"]), ("杨华", "省法、检两长", ["attend"])]),
    # 宣传干部 does not study anyone's speech: 思想 later in the sentence does not make 张春法 mentioned
    ("县委组织宣传干部10人,由县委副书记张春法率领赴绍兴参观学习农村政治思想工作经验。",
     [("张春法", "县委副书记", ["lead"])]),
    # the title before a 、 list reaches its last name too
    ("副主任钱七、孙八、周九及秘书长吴十出席。", [("钱七", "副主任", ["attend"]), ("孙八", "副主任", ["attend"]),
                                          ("周九", "副主任", ["attend"]), ("吴十", "秘书长", ["attend"])]),
    # 之 and 其 stand in names
    ("市委书记陈之常在会上强调要扛起责任,市长王其江主持。", [("陈之常", "市委书记", ["speak"]), ("王其江", "市长", ["chair"])]),
    # 随同 accompanies (and ends the name before it)
    ("省委书记李干杰来我市调研,市委书记张新起,市长王浩随同调研。",
     [("李干杰", "省委书记", ["lead"]), ("张新起", "市委书记", ["accompany"]), ("王浩", "市长", ["accompany"])]),
    # 甲向乙汇报: 甲 reports, 乙 hears it
    ("市长王浩向省委书记李干杰汇报了全市经济工作情况。", [("王浩", "市长", ["report"]), ("李干杰", "省委书记", ["lead"])]),
    # 致欢迎辞, 致开幕词: speaking
    ("自治区党委书记王君致欢迎辞,市长张三致闭幕词。", [("王君", "自治区党委书记", ["speak"]), ("张三", "市长", ["speak"])]),
    # 来 before a place is a verb, not the surname 来
    ("中共陕西省委书记张勃兴,来石泉检查蚕桑生产发展情况。", [("张勃兴", "中共陕西省委书记", ["lead"])]),
    # 以甲为团长的代表团: who leads the delegation, not an appointment
    ("以蒙古国驻华大使桑堆扎布·达希达瓦为团长的代表团一行6人来淄博市参观访问。",
     [("桑堆扎布·达希达瓦", "蒙古国驻华大使", ["lead"])]),
    # every surname, not only the commonest hundred, keeps a comma list together
    ("省旅游局副局长赖征宇,副市长洪涛等参加了活动。",
     [("赖征宇", "省旅游局副局长", ["attend"]), ("洪涛", "副市长", ["attend"])]),
])
def test_grammar_of_officials(text: str, expected) -> None:
    assert who(text) == expected


def test_studied_speeches_several_clauses_on_are_still_mentioned() -> None:
    got = read_people("区长高伟主持召开会议,传达学习甲的重要讲话精神,省委书记、省人大常委会主任许达哲在会上的讲话精神。")
    assert [p.name for p in got.participants] == ["高伟"] and got.mentioned == ["许达哲"]


def test_the_general_secretary_studied_is_mentioned_and_places_are_not_people() -> None:
    got = read_people("市长张百顺主持召开会议，学习习近平总书记在福建、安徽考察时的重要讲话精神。")
    assert [p.name for p in got.participants] == ["张百顺"] and got.mentioned == ["习近平"]
    # 总书记 after the name is a mention when studied, an instruction or a speech; a visit is there in person
    for text, who_, mentioned in (
            ("习近平总书记来我市视察，省委书记李四陪同。", [("习近平", "", ["lead"]), ("李四", "省委书记", ["accompany"])], []),
            ("习近平总书记在我市考察时强调，要推动高质量发展。", [("习近平", "", ["lead", "speak"])], []),
            ("胡锦涛总书记深入杭州企业社区进行调查研究。", [("胡锦涛", "", ["lead"])], []),
            ("学习习近平总书记深入基层调研时的重要讲话精神。", [], ["习近平"]),
            ("学习习近平总书记在我市视察时的重要讲话精神。", [], ["习近平"]),
            ("习近平总书记对我市防汛工作作出重要指示。", [], ["习近平"]),
            # the anniversary of a visit is commemorated, not the visit made
            ("我市召开纪念习近平总书记视察我市三周年座谈会。", [], ["习近平"]),
            ("我市举行活动纪念习近平总书记考察某某村五周年。", [], ["习近平"])):
        assert who_and_mentioned(text) == (who_, mentioned), text
    # 总书记关于… is a title and a preposition, no name (关于党 was read after the given-name characters were allowed)
    got = read_people("深入学习习近平总书记关于党的自我革命的重要思想。")
    assert got.mentioned == ["习近平"] and got.participants == []
    # the verbs of studying with 了 (会议传达学习了…, 认真学习了…) are the same context for the name after them
    for text in ("市委书记张三主持召开市委常委会会议。会议传达学习了习近平总书记在中央政治局会议上的重要讲话精神。",
                 "会议认真学习了习近平总书记关于安全生产的重要论述。", "会议传达了习近平总书记重要指示精神。"):
        got = read_people(text)
        assert got.mentioned == ["习近平"] and "习近平" not in [p.name for p in got.participants]


def test_mentioned_people_are_not_participants() -> None:
    got = read_people("市委副书记、市长张百顺主持召开会议，传达学习省委书记林武以及省委副书记、省长周乃翔在会议上的讲话精神。")
    assert [p.name for p in got.participants] == ["张百顺"]
    assert got.mentioned == ["林武", "周乃翔"]


def test_a_duty_ending_in_a_staff_word_after_a_word_is_no_title_after_a_name() -> None:
    # 普查 + 指导员 is not a person 普查 with a title after the name; 曲格平 + 主任委员 is
    assert who("全市2.1万名普查员和普查指导员入户登记。") == []
    assert ("曲格平", "", ["lead"]) in who("由曲格平主任委员率领的检查组在杭检查。")


def test_collectives_places_and_redactions_are_not_people() -> None:
    assert who("市委深改委成员，市政府副市长参加活动。") == []
    assert who("黄州、浠水、蕲春等地积雪深度分别达到12厘米。") == []
    assert [n for n, _, _ in who("自治区领导**、、郭啟俊出席。")] == ["郭啟俊"]
    # (who a group of representatives is, before 代表: no name, though 普, 相, 全, 劳 and 时 are surnames)
    for group in ("普通", "相关", "全体", "劳动", "时任", "全国", "师生", "商户"):
        assert [n for n, _, _ in who(f"县长叶青与{group}代表座谈。")] == ["叶青"]
    assert who("县委副书记、代县长叶青以普通代表的身份参加审议。") == [("叶青", "县委副书记、代县长", ["attend"])]
    # (and after an office they are still names: 副市长劳动强)
    assert who("副市长劳动强出席。") == [("劳动强", "副市长", ["attend"])]


def test_visitors_listed_with_and_are_all_received() -> None:
    got = who("市领导王永明会见了由摩洛哥体育大臣阿曼·穆维萨先生和阿加迪尔市市政委员会主席穆罕默德·渥里格先生率领的代表团。")
    assert [(n, r) for n, _, r in got] == [("王永明", ["lead"]), ("阿曼·穆维萨", ["guest"]), ("穆罕默德·渥里格", ["guest"])]


def test_visitors_received_in_a_later_sentence_are_guests() -> None:
    # guests, keeping what they did themselves (考察: lead), as the gold of dev/025 does for a visiting leader
    got = who("台湾联华神通集团董事长苗丰强、台湾神达电脑总经理蔡丰赐一行来烟考察。市委书记焉荣竹、市长周齐会见。")
    assert [(n, r) for n, _, r in got] == [("苗丰强", ["guest", "lead"]), ("蔡丰赐", ["guest", "lead"]),
                                           ("焉荣竹", ["lead"]), ("周齐", ["lead"])]
    # … but coming, or leading the party, is only what makes them the visitor (EXTRACTION.md: guest only)
    got = who("国家旅游局司长满宏卫来烟出席全国旅行社年检工作会议。市长周齐会见。")
    assert [(n, r) for n, _, r in got] == [("满宏卫", ["guest"]), ("周齐", ["lead"])]  # received: not attend
    got = who("德国巴伐利亚州经济部长艾格纳女士率经贸代表团访问我市。副市长李四会见代表团一行。")
    assert [(n, r) for n, _, r in got] == [("艾格纳", ["guest"]), ("李四", ["lead"])]
    got = who("韩国庆尚北道知事金宽容一行来我市访问。市长王五会见并宴请了客人。")
    assert [(n, r) for n, _, r in got] == [("金宽容", ["guest"]), ("王五", ["lead"])]
    got = who("香港客商李嘉诚一行来我市考察。市长王五会见。")  # (考察: their own doing, lead)
    assert [(n, r) for n, _, r in got] == [("李嘉诚", ["guest", "lead"]), ("王五", ["lead"])]
    # come home, and received in the same sentence or by a pronoun
    got = who("著名作家莫言回乡，市委书记李长萍会见。")
    assert [(n, r) for n, _, r in got] == [("莫言", ["guest"]), ("李长萍", ["lead"])]
    got = who("著名作家莫言回乡探亲。市委书记李长萍会见了他。")
    assert [(n, r) for n, _, r in got] == [("莫言", ["guest"]), ("李长萍", ["lead"])]
    # welcomed, or talked with, by a pronoun
    got = who("深圳奥宸集团董事长邹建民一行来我区访问。副区长陈党生对他们的到来表示热烈欢迎，并与之进行了座谈。")
    assert [(n, r) for n, _, r in got] == [("邹建民", ["guest"]), ("陈党生", ["lead"])]
    # … or by the delegation they brought, talked with on a subject (与考察团一行就…进行座谈), having come 到我市
    got = who("乌兰察布市市委书记王学丰、市长陶淑菊率党政代表团到我市考察。市委书记邢国辉、市长侯亮与考察团一行"
              "就深化两地合作、加强区域协同发展进行座谈。")
    assert [(n, r) for n, _, r in got] == [("王学丰", ["guest", "lead"]), ("陶淑菊", ["guest", "lead"]),
                                           ("邢国辉", ["lead"]), ("侯亮", ["lead"])]
    # 参加会见 is attending the meeting, not receiving someone unnamed; the host keeps leading
    got = who("市委书记孙守刚会见了浪潮集团董事长孙丕恕一行。市委副书记张术平等参加会见。")
    assert [(n, r) for n, _, r in got] == [("孙守刚", ["lead"]), ("孙丕恕", ["guest"]), ("张术平", ["attend"])]


@pytest.mark.parametrize("honorific", ["", "同志", "先生", "（女）"])
def test_hosts_a_delegation_talks_with_attend(honorific: str) -> None:
    # 甲一行与乙…座谈 (dev/025's gold): the hosts after 与, a comma list of them, attend the talks; so with 甲同志一行
    got = who(f"周铁农{honorific}一行与省政协副主席汪希萱{honorific},市委常委、副市长马时雍进行了座谈。")
    assert [(n, r) for n, _, r in got] == [("周铁农", ["lead"]), ("汪希萱", ["attend"]), ("马时雍", ["attend"])]


def test_the_ones_talked_with_are_guests() -> None:
    # 并与 starts no title; 与…座谈 makes the ones after it guests, whatever stands between
    got = who("市委书记李明率市党政代表团赴成都考察,并与成都市委书记范锐平、市长王凤朝座谈交流。")
    assert got == [("李明", "市委书记", ["lead"]), ("范锐平", "成都市委书记", ["guest"]), ("王凤朝", "市长", ["guest"])]


def test_second_mention_adds_roles_and_keeps_the_first_title() -> None:
    got = who("市领导王永明、丁可珍会见代表团。市长王永明致辞。")
    assert got[0] == ("王永明", "市长", ["lead", "speak"])


def test_a_known_name_at_the_very_end_of_an_entry() -> None:
    """A short known name closing the text is not read as a longer one past its end (that crashed)."""
    got = read_people("王伟出席会议。副市长王伟", {"王伟"})
    assert [(p.name, p.title, p.roles) for p in got.participants] == [("王伟", "副市长", ["attend"])]


def test_a_list_after_its_verb_is_governed_by_it() -> None:
    # 出席会议的有：…, 参加会议的还有…, 陪同考察的有…: the verb comes first, the people after it
    got = who("市委书记刘宏主持会议。出席会议的有：市委副书记、市长张国栋，市委副书记王丽，市委常委李军、赵鹏。")
    assert got == [("刘宏", "市委书记", ["chair"]), ("张国栋", "市委副书记、市长", ["attend"]),
                   ("王丽", "市委副书记", ["attend"]), ("李军", "市委常委", ["attend"]), ("赵鹏", "市委常委", ["attend"])]
    got = who("市长张国栋出席并讲话。参加会议的还有市领导王丽、钱学文。")
    assert got[1:] == [("王丽", "", ["attend"]), ("钱学文", "", ["attend"])]
    assert who("陪同考察的有副市长张国栋、王丽。") == [("张国栋", "副市长", ["accompany"]), ("王丽", "副市长", ["accompany"])]


def test_what_follows_the_one_received_is_the_hosts() -> None:
    # the received are guest only (EXTRACTION.md); the verbs after them go on with their host
    got = who("市委书记刘宏在北京拜会国家发展改革委副主任宁吉喆，就我市重大项目建设进行汇报对接。")
    assert got == [("刘宏", "市委书记", ["lead", "report"]), ("宁吉喆", "国家发展改革委副主任", ["guest"])]
    got = who("市委副书记、市长陈政高会见张勇一行并陪同调研。")
    assert got == [("陈政高", "市委副书记、市长", ["accompany", "lead"]), ("张勇", "", ["guest"])]
    got = who("香港著名实业家李嘉诚先生来我市参观访问，市委书记周永康、市长陈明德会见了李嘉诚先生。")
    # (coming to visit is no more than being the visitor: received by name, they are a guest only)
    assert [(n, r) for n, _, r in got] == [("李嘉诚", ["guest"]), ("周永康", ["lead"]), ("陈明德", ["lead"])]


def test_visitors_received_later_in_their_own_sentence() -> None:
    got = who("澳大利亚墨尔本市市长萨莉·卡普一行访问我市，副市长周健会见并宴请客人。")
    assert got == [("萨莉·卡普", "澳大利亚墨尔本市市长", ["guest"]), ("周健", "副市长", ["lead"])]


@pytest.mark.parametrize("text,expected", [
    ("副市长王力和工行省分行行长孙建平分别代表双方签字。", [("王力", "副市长", ["lead"]), ("孙建平", "工行省分行行长", ["lead"])]),
    ("国务院总理温家宝出席开幕式并发表主旨演讲。", [("温家宝", "国务院总理", ["attend", "speak"])]),
    ("副市长王力出席签字仪式。", [("王力", "副市长", ["attend"])]),
    ("副市长李四通报了全市经济运行情况。", [("李四", "副市长", ["speak"])]),
    ("市委书记张涛见证签约。", [("张涛", "市委书记", ["attend"])]),
    # 部署 as what one does at a meeting is speaking, as 安排部署 is (not 研究部署, the meeting's agenda)
    ("全会召开。区委副书记、区长王五部署下阶段工作。", [("王五", "区委副书记、区长", ["speak"])]),
    ("市长王五主持召开会议，研究部署防汛工作。", [("王五", "市长", ["chair"])]),
    ("市长王五出席会议并部署工作。", [("王五", "市长", ["attend", "speak"])]),
    ("市长王五出席部署会。", [("王五", "市长", ["attend"])]),
    # (reporting on one's duties and answering questions are speaking, as 答记者问 is)
    ("副市长王五述职。", [("王五", "副市长", ["speak"])]), ("副市长王五回答代表提问。", [("王五", "副市长", ["speak"])]),
    ("副市长王五出席述职评议会。", [("王五", "副市长", ["attend"])]),
    # (instructions given there in person are a speech; 作出重要指示 alone is written, its author not there)
    ("省委书记张鼎丞到会作指示。", [("张鼎丞", "省委书记", ["attend", "speak"])]),
    # (what the person before announced or attended, then 、 and the next one's title: no part of it)
    ("县委书记王万庆宣布开工令、县委副书记、县长高成文作动员讲话。",
     [("王万庆", "县委书记", ["speak"]), ("高成文", "县委副书记、县长", ["speak"])]),
    ("市委书记张甲出席开幕式、副市长李乙主持。", [("张甲", "市委书记", ["attend"]), ("李乙", "副市长", ["chair"])]),
    ("出席会议的有全国劳动模范、市委书记李乙。", [("李乙", "全国劳动模范、市委书记", ["attend"])]),  # (a label, no verb)
    ("县委书记徐培金抓教育工作。", [("徐培金", "县委书记", ["lead"])]),  # (抓 closes a name: 徐培金, not 徐培 and 金抓)
    # (与会 is attending; 与会人员 and 与会议代表 are no verb of the one before)
    ("县长李四主持召开会议。副县长王五与会。", [("李四", "县长", ["chair"]), ("王五", "副县长", ["attend"])]),
    ("县长李四主持召开会议，与会人员观看了警示片。", [("李四", "县长", ["chair"])]),
    ("县长李四与会议代表座谈。", [("李四", "县长", ["lead"])]),
    ("市长张三与会长李四座谈。", [("张三", "市长", ["lead"]), ("李四", "会长", ["guest"])]),
    ("市长张三与会展中心负责人座谈。", [("张三", "市长", ["lead"])]),
    # (an office whose holder the list leaves out, between two of it: the verb after the list is each one's)
    ("自治区政协主席任亚平，自治区党委常委、统战部部长，自治区党委常委、秘书长罗永纲出席座谈会。",
     [("任亚平", "自治区政协主席", ["attend"]), ("罗永纲", "自治区党委常委、秘书长", ["attend"])]),
    # (a later sentence's subject talking with those it names by no name)
    ("县长李四主持召开会议。副县长王五与他们进行了交流。", [("李四", "县长", ["chair"]), ("王五", "副县长", ["lead"])]),
    # (on whose behalf one signs, then with whom: no part of the other's title)
    ("区长李洪亮代表九台区政府与复星集团党委书记、高级副总裁李海峰签订合作协议。",
     [("李洪亮", "区长", ["lead"]), ("李海峰", "复星集团党委书记、高级副总裁", ["lead"])]),
    # 来 and a place of two characters, then what one came to do: no name 来武宁
    ("地委许书记来武宁传达省委报告。", []), ("省委书记来武宁视察。", []),
    ("副市长来宝华、张三出席会议。", [("来宝华", "副市长", ["attend"]), ("张三", "副市长", ["attend"])]),
    ("市委书记李春城，市委副书记、市长葛红林带头交纳“特殊党费”。",
     [("李春城", "市委书记", ["lead"]), ("葛红林", "市委副书记、市长", ["lead"])]),
])
def test_signing_and_speeches(text: str, expected: list) -> None:
    assert who(text) == expected


def test_a_host_does_not_take_the_verbs_of_those_named_after_the_guest() -> None:
    got = who("市长刘文平会见京东集团总裁熊春霞一行，龚丽杰参加会见。")
    assert [(n, r) for n, _, r in got] == [("刘文平", ["lead"]), ("熊春霞", ["guest"]), ("龚丽杰", ["attend"])]


@pytest.mark.parametrize("text,expected", [
    # a Japanese family name of two characters and a given name of two
    ("日本国福井县知事栗田幸雄率友好代表团抵达我市访问。市长李世杰会见并宴请了代表团全体成员。",
     [("栗田幸雄", "日本国福井县知事", ["guest"]), ("李世杰", "市长", ["lead"])]),
    # 以X为团长: X heads the delegation received (guest), and is not appointed to anything
    ("市长李晓明会见了以日本富山县知事山田太郎为团长的友好代表团一行。",
     [("李晓明", "市长", ["lead"]), ("山田太郎", "日本富山县知事", ["guest"])]),
    ("市长李晓明会见了以王建华为团长的友好代表团一行。", [("李晓明", "市长", ["lead"]), ("王建华", "", ["guest"])]),
    # 名 stands in given names (a list is not lost for its last name)
    ("市县领导李国荣、黄华华、张运名等参加活动。",
     [("李国荣", "", ["attend"]), ("黄华华", "", ["attend"]), ("张运名", "", ["attend"])]),
    ("全市200余名干部参加培训。", []),
])
def test_names_from_other_quarters(text: str, expected: list) -> None:
    assert who(text) == expected


@pytest.mark.parametrize("text,participants,mentioned", [
    # the one who relays a speech is read (传达 closes a name); the speaker is only mentioned
    ("市委书记张三传达学习了省委书记李四对防汛工作的重要批示精神。", [("张三", "市委书记", ["lead"])], ["李四"]),
    # a meeting someone chaired, studied afterwards: they are not at this one
    ("市长李四主持会议，传达贯彻国务院总理李强主持召开的国务院常务会议精神。", [("李四", "市长", ["chair"])], ["李强"]),
    # acting on someone's instructions (按照…的批示): neither a title word nor a participant
    ("按照省委书记王五的批示要求，市委书记张三带队检查。", [("张三", "市委书记", ["lead"])], ["王五"]),
    # (a second speech relayed, the one who closed the meeting: 的总结讲话)
    ("传达学习习近平同志在中央经济工作会议上的讲话和李强同志的总结讲话。", [], ["习近平", "李强"]),
])
def test_those_whose_words_are_acted_on_are_mentioned(text: str, participants: list, mentioned: list) -> None:
    assert who_and_mentioned(text) == (participants, mentioned)


def test_verbs_after_a_collective_and_after_a_visit() -> None:
    # 甲、乙等市四套班子领导率…: the verb after the collective governs the list (dev/056's gold, an entry
    # the excerpt truncates, reads it so)
    got = who("副省长、市委书记陈德荣宣布开工令。陈德荣、陈金彪、陈笑华、包哲东等市四套班子领导率700余名机关干部、"
              "驻温部队官兵以及")
    assert [(n, r) for n, _, r in got] == [("陈德荣", ["lead", "speak"]), ("陈金彪", ["lead"]), ("陈笑华", ["lead"]),
                                           ("包哲东", ["lead"])]
    got = who("市委书记张华，市委副书记、市长王伟等市领导到市民服务中心现场办公。")
    assert got == [("张华", "市委书记", ["lead"]), ("王伟", "市委副书记、市长", ["lead"])]
    # 调研时强调: what is said during the visit counts too
    assert who("省委常委、副省长刘强在我市调研时强调，要加快转型。") == [("刘强", "省委常委、副省长", ["lead", "speak"])]


def test_someone_who_attends_and_is_visited_later_keeps_both() -> None:
    # dev/027's gold (an entry its excerpt truncates): 出席 the event, then 拜会 by the mayor: attend and guest
    got = who("7日,澳门宁波联谊会举行成立一周年活动,全国政协副主席何厚铧出席,裘东耀致辞。8日下午,裘东耀专程拜会何厚铧。")
    assert ("何厚铧", "全国政协副主席", ["attend", "guest"]) in got


@pytest.mark.parametrize("text,expected", [
    ("市委书记王强看望慰问老党员、老干部刘大山同志。", [("王强", "市委书记", ["lead"]), ("刘大山", "老党员、老干部", ["guest"])]),
    ("市委书记王强会见了全国劳动模范李素丽。", [("王强", "市委书记", ["lead"]), ("李素丽", "全国劳动模范", ["guest"])]),
    ("全市党员干部群众收看直播。", []),
])
def test_the_people_visited_are_read_after_who_they_are(text: str, expected: list) -> None:
    assert who(text) == expected


@pytest.mark.parametrize("text,expected", [
    # older chronicles write a leader's title after the name: the name is read (with no title: the
    # contract's title is the phrase before it)
    ("王一平市长主持会议。", [("王一平", "", ["chair"])]),
    ("毛泽东主席接见了我市劳动模范代表。", [("毛泽东", "", ["lead"])]),
    ("周恩来总理视察我市。", [("周恩来", "", ["lead"])]),  # not 周恩 and a verb 来
    ("市人民委员会召开会议，张三市长作工作报告。", [("张三", "", ["speak"])]),
    # (mid-sentence, what a department's head does after the post: 传达, 宣读; and who sent someone: mentioned)
    ("会上，张一鸣局长传达了会议精神。", [("张一鸣", "", ["speak"])]),
    ("公安局长传达会议精神。", []),
    # a unit's name before its head's title is not a person
    ("公安局长主持会议。", []),
    ("江西省长出席。", []),
])
def test_a_leaders_title_after_the_name(text: str, expected: list) -> None:
    assert who(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a bracketed qualifier between the office and the name stays in the title
    ("副市长（挂职）何晓东，市中级人民法院院长冯立列席会议。",
     [("何晓东", "副市长（挂职）", ["attend"]), ("冯立", "市中级人民法院院长", ["attend"])]),
    ("市委常委、副市长(挂职)何晓东出席。", [("何晓东", "市委常委、副市长(挂职)", ["attend"])]),
    # an adverb between the name and its verb (连夜, 立即, 冒雨…)
    ("唐山发生强烈地震。市委书记赵德明连夜召开紧急会议。", [("赵德明", "市委书记", ["chair"])]),
    ("市长李四冒雨察看汛情。", [("李四", "市长", ["lead"])]),
    # given names with a character that is otherwise a function word or a unit (月 会 从 于 以 日 年 在 对),
    # after a title and in the titled list after it; not where those characters make a word
    ("副市长李月华、张会军出席。", [("李月华", "副市长", ["attend"]), ("张会军", "副市长", ["attend"])]),
    ("市长王从军、赵日新主持。", [("王从军", "市长", ["chair"]), ("赵日新", "市长", ["chair"])]),
    ("市长王东日前调研。", [("王东", "市长", ["lead"])]),
    # what a leader says to those present (希望, 勉励, 叮嘱, 号召) is speech; 表示感谢 is not (dev/043's gold)
    ("市长张三勉励青年干部。", [("张三", "市长", ["speak"])]),
    ("市长张三希望各位企业家扎根发展。", [("张三", "市长", ["speak"])]),
    ("市长张三，副市长李四到场祝贺，对企业家表示感谢。", [("张三", "市长", ["attend"]), ("李四", "副市长", ["attend"])]),
    # transliterated names: 登 inside one (道·额尔登巴特), a name and a verb are no first part (会见约翰·史密斯),
    # one named bare after a verb of receiving, 发表 closes one
    ("蒙古国大呼拉尔委员、工业部部长道·额尔登巴特出席。", [("道·额尔登巴特", "蒙古国大呼拉尔委员、工业部部长", ["attend"])]),
    # (买买提, the commonest Uyghur name, ends one before 出席: not 买买 and 提出)
    ("州委副书记、州长阿布都热依木·买买提出席。", [("阿布都热依木·买买提", "州委副书记、州长", ["attend"])]),
    ("市长张三会见了约翰·史密斯、哈里·库马一行。",
     [("张三", "市长", ["lead"]), ("约翰·史密斯", "", ["guest"]), ("哈里·库马", "", ["guest"])]),
    ("蒙古国副总理策·奥云巴特尔发表主旨演讲。", [("策·奥云巴特尔", "蒙古国副总理", ["speak"])]),
    # more offices: a factory's, a court's, a village's, an international body's, a foreign minister's
    ("某厂厂长张三、村支书李四出席。", [("张三", "某厂厂长", ["attend"]), ("李四", "村支书", ["attend"])]),
    ("世界卫生组织总干事谭德塞出席。", [("谭德塞", "世界卫生组织总干事", ["attend"])]),
    ("美国国务卿布林肯访华。", [("布林肯", "美国国务卿", ["lead"])]),
    # a rare surname after an office (才利民), a company named in Latin letters in a Japanese guest's title
    ("省委常委、秘书长王敏，副省长才利民参加活动。", [("王敏", "省委常委、秘书长", ["attend"]), ("才利民", "副省长", ["attend"])]),
    ("副省长才利民在济南会见日本JFE信息系统公司社长菊川裕幸先生一行。",
     [("才利民", "副省长", ["lead"]), ("菊川裕幸", "日本JFE信息系统公司社长", ["guest"])]),
    # a Japanese family name less common (西尾), a given name ending in 次 (邑次)
    ("日本国鸟取县知事西尾邑次一行12人来安国参观访问。", [("西尾邑次", "日本国鸟取县知事", ["lead"])]),
    ("县委书记才是关键。", []),
    # a surname and an office is how a text refers to someone again, never a name (李书记, 李主任: not 李主)
    ("张县长、李书记出席。", []),
    # (李书记 refers to 李强 again, who spoke)
    ("市委书记李强到某企业调研。李书记强调，要抓好安全生产。", [("李强", "市委书记", ["lead", "speak"])]),
    ("副市长李主任出席。", []),
    # the verbs of a leader's working day close the name before them (接访, 约谈, 巡河, 推介, 指挥, 剪彩…)
    *[(f"市长王强{v}有关工作。", [("王强", "市长", [role])]) for v, role in (
        ("接访", "lead"), ("约谈", "lead"), ("巡河", "lead"), ("推介", "lead"), ("指挥", "lead"), ("剪彩", "lead"),
        ("督办", "lead"), ("迎接", "lead"), ("点评", "speak"), ("签发", "lead"), ("倾听", "lead"))],
    # a list of bare names before any verb that closes a name; (女) after a name keeps the list going
    ("市领导张三、李四观摩了演练。", [("张三", "", ["attend"]), ("李四", "", ["attend"])]),
    ("副市长刘芳（女）、王五出席。", [("刘芳", "副市长", ["attend"]), ("王五", "副市长", ["attend"])]),
    # an adverb between the name and its verb (第一时间, 多次, 始终, 带病, 当场…)
    *[(f"市长王强{a}调研有关工作。", [("王强", "市长", ["lead"])]) for a in ("第一时间", "多次", "始终", "带病", "当场", "逐一")],
    # 观摩 is watching, as 观看 is; 体验 closes a name
    ("市长张三观摩了演练。", [("张三", "市长", ["attend"])]),
    ("市长张三体验了智慧服务。", [("张三", "市长", ["lead"])]),
    # skilled trades are offices too (高级技师, 高级工程师)
    ("全国劳动模范、某公司高级技师王五发言。", [("王五", "全国劳动模范、某公司高级技师", ["speak"])]),
    # a military rank after the name closes it (张三少将: not 张三少)
    ("省军区司令员张三少将、政委李四大校出席。", [("张三", "省军区司令员", ["attend"]), ("李四", "政委", ["attend"])]),
    ("会议选举菅继志、谯明为副主任。", []),  # (rarer surnames: read, and mentioned as elected)
    ("副市长菅继志、禤海出席。", [("菅继志", "副市长", ["attend"]), ("禤海", "副市长", ["attend"])]),
    ("市长王东在会上讲话。", [("王东", "市长", ["speak"])]),
    ("市委书记刘对此表示感谢。", []),
    # what the subject does that the role table names no verb for (unannounced visits, spot checks, a call
    # to direct the counties, a document signed, a letter answered): the entry reports their action
    # the one called on (拜访) is met, as the one received is: a guest, titled from after the verb
    ("市长张三到北京拜访中国石化董事长李四。", [("张三", "市长", ["lead"]), ("李四", "中国石化董事长", ["guest"])]),
    ("市长张三率队赴深圳招商，拜访了华为公司董事长李四。", [("张三", "市长", ["lead"]), ("李四", "华为公司董事长", ["guest"])]),
    ("市长张三拜访了李四、王五等企业家。", [("张三", "市长", ["lead"]), ("李四", "", ["guest"]), ("王五", "", ["guest"])]),
    ("市长王强暗访督查食品安全工作。", [("王强", "市长", ["lead"])]),
    ("市长王强随机抽查部分餐饮企业。", [("王强", "市长", ["lead"])]),
    ("市长王强轻车简从到农村调研。", [("王强", "市长", ["lead"])]),
    ("市长王强连线各县区调度防汛工作。", [("王强", "市长", ["lead"])]),
    ("市长王强签批《关于加强城市管理的意见》。", [("王强", "市长", ["lead"])]),
    ("市长王强给全市青年回信。", [("王强", "市长", ["lead"])]),
    ("副市长李刚出席全市防汛调度会。", [("李刚", "副市长", ["attend"])]),
    # a later sentence's titled subject doing what no role names is the person whose action it reports, as the
    # entry's first one is (听取汇报, 参观); not one whose statement or instruction is relayed, nor one appointed
    ("全市重点项目观摩会召开。市长张三听取各县区汇报。", [("张三", "市长", ["lead"])]),
    ("全市重点项目观摩会召开。市长张三一行随后参观了市规划馆。", [("张三", "市长", ["lead"])]),
    ("全省会议召开。省委书记林武同志作出重要批示。", []),
    ("会议召开。副市长王强任组长。", []),
    ("游击队成立。县长郑涤瑕兼司令。", []),
    ("会议召开。镇党委书记黄治平代表镇党委，对工作表示充分肯定。", [("黄治平", "镇党委书记", ["speak"])]),
    # a eulogy is a speech
    ("市革命委员会召开追悼大会。市革委会主任王光华致悼词。", [("王光华", "市革委会主任", ["speak"])]),
    # a time of day before the title, with a space or nothing between, is not part of it
    ("上午 市委副书记李敏带队检查城市管理工作。", [("李敏", "市委副书记", ["lead"])]),
    ("当天市委书记张三主持会议。", [("张三", "市委书记", ["chair"])]),
    # other openers written without a comma are no part of the title either
    ("会上市委书记张三作了重要讲话。", [("张三", "市委书记", ["speak"])]),
    # 做 for 作 (做专题辅导报告, 做重要讲话), not 做好 (要求企业做好…安排: the demand is the speech)
    ("市人大机关举行专题报告会，邀请市纪委副书记王勇就学习贯彻《准则》做专题辅导报告。", [("王勇", "市纪委副书记", ["speak"])]),
    ("会议召开。副市长王五做重要讲话。", [("王五", "副市长", ["speak"])]),
    ("副市长王五带队检查，为企业做好服务保障安排。", [("王五", "副市长", ["lead"])]),
    ("检查中副市长王五要求各地压实责任。", [("王五", "副市长", ["speak"])]),
    ("10时市长李四宣布活动启动。", [("李四", "市长", ["speak"])]),
    ("晚 市长张三检查夜间施工安全。", [("张三", "市长", ["lead"])]),
    # a named scientist's team
    ("中国工程院院士钟南山团队与我市开展远程会诊。", [("钟南山", "中国工程院院士", ["lead"])]),
    # 要求 said by the subject, right after the name or in a clause that goes on from theirs
    ("全市防汛工作会议召开，副市长张明要求各地在5月20日前完成隐患排查。", [("张明", "副市长", ["speak"])]),
    ("我市召开规划工作汇报会，李春城、葛红林等市领导听取规划工作汇报，要求坚持规划的基础性地位。",
     [("李春城", "", ["speak"]), ("葛红林", "", ["speak"])]),
    # … past clauses of what they looked at and read (翻阅了档案, 详细了解了…), the same subject's
    ("综治办主任张伟一行到街道督导工作。张伟同志实地查看了综治中心，翻阅了档案，详细了解了工作开展情况，"
     "在对街道工作表示肯定的同时要求街道把工作做好做实。", [("张伟", "综治办主任", ["lead", "speak"])]),
    ("市委书记张一来到华为公司，与企业负责人交流，了解企业生产经营情况，勉励企业加大研发投入。",
     [("张一", "市委书记", ["lead", "speak"])]),
    # what one says in the course of a visit (调研中指出, 检查期间强调), as at its time (调研时指出)
    ("市委书记张二在调研中指出，要压实责任。", [("张二", "市委书记", ["lead", "speak"])]),
    ("市长李三到企业调研中小企业发展情况。", [("李三", "市长", ["lead"])]),
    # 按照要求 is a noun
    ("市长李四出席会议，按照要求部署工作。", [("李四", "市长", ["attend"])]),
    # a list after a label (参会领导：, 随行人员有), governed by it
    ("全区安全生产工作会议召开。参会领导：区长李四，副区长王五。", [("李四", "区长", ["attend"]), ("王五", "副区长", ["attend"])]),
    ("全市经济工作会议召开。会议主持人：市委副书记王五。", [("王五", "市委副书记", ["chair"])]),
    # how one goes somewhere closes the name (not 王五回 and 到, nor no name at all)
    ("市长王五回到我市调研。", [("王五", "市长", ["lead"])]),
    ("副市长王五奔赴防汛一线检查。", [("王五", "副市长", ["lead"])]),
    ("市委书记张三驱车前往灾区察看灾情。", [("张三", "市委书记", ["lead"])]),
    ("市长王五利用周末到企业调研。", [("王五", "市长", ["lead"])]),
    # a verb a given name often ends in: the longer name first (李建成 + 为), the shorter when that cannot read
    ("副市长李建成为获奖者颁奖。", [("李建成", "副市长", ["lead"])]),
    ("副市长王志远赴京汇报工作。", [("王志远", "副市长", ["lead", "report"])]),
    ("市长王五进京汇报工作。", [("王五", "市长", ["report"])]),
    ("副市长李建成坚持带队检查。", [("李建成", "副市长", ["lead"])]),
    # a list, then the unnamed joined to it, then its verb (及相关部门负责人一同前往: they went); a rare surname
    ("县领导李学文、解以刚、宋磊、呙滨辰及相关部门负责人一同前往。",
     [("李学文", "", ["lead"]), ("解以刚", "", ["lead"]), ("宋磊", "", ["lead"]), ("呙滨辰", "", ["lead"])]),
    ("县领导李学文、解以刚及有关部门负责同志参加。", [("李学文", "", ["attend"]), ("解以刚", "", ["attend"])]),
    ("副县长翟建平拜访了中铁电气化公司技术总监巨晓林。",
     [("翟建平", "副县长", ["lead"]), ("巨晓林", "中铁电气化公司技术总监", ["guest"])]),
    # bare names after the label: the first of them too (the label is their context), and a single one
    ("全市经济工作会议召开。出席会议的市领导还有王五、赵六、孙七。",
     [("王五", "", ["attend"]), ("赵六", "", ["attend"]), ("孙七", "", ["attend"])]),
    ("出席会议的还有王五。", [("王五", "", ["attend"])]),
    ("陪同考察的有王五。", [("王五", "", ["accompany"])]),
    ("市委书记张三率团赴德国考察，随行人员有副市长李四、市政府秘书长王五。",
     [("张三", "市委书记", ["lead"]), ("李四", "副市长", ["accompany"]), ("王五", "市政府秘书长", ["accompany"])]),
    # 陪同会见的有 governs the list after it: those are not received, and the host does not accompany
    ("市委书记张三在北京会见了国家发改委主任李四，陪同会见的有副市长王五。",
     [("张三", "市委书记", ["lead"]), ("李四", "国家发改委主任", ["guest"]), ("王五", "副市长", ["accompany"])]),
    # 关于 after a name closes it (not 李四关 and 于)
    ("市长张三听取副市长李四关于防汛工作的汇报。", [("张三", "市长", ["lead"]), ("李四", "副市长", ["report"])]),
    # a report given by its title in 《》 (names inside works are masked)
    ("县委书记徐培金作了《加强领导、夺取今年农业丰收》的报告。", [("徐培金", "县委书记", ["speak"])]),
    # a lecture given (做了…讲解, 作…讲解) is speaking; one who 听取讲解 only listens
    ("会上，西勘院专家王闯就地质灾害防治做了详细讲解。", [("王闯", "西勘院专家", ["speak"])]),
    ("市长张三到展馆听取讲解。", [("张三", "市长", ["lead"])]),
])
def test_what_stands_around_a_name_and_its_verb(text: str, expected: list) -> None:
    assert who(text) == expected


@pytest.mark.parametrize("text,expected", [
    # foreign names joined by another dot (kept as written) or with a hyphenated part
    ("美国驻华大使约翰•史密斯出席。", [("约翰•史密斯", "美国驻华大使", ["attend"])]),
    ("美国犹他州州长斯宾塞・考克斯出席。", [("斯宾塞・考克斯", "美国犹他州州长", ["attend"])]),
    ("法国前总理让-皮埃尔·拉法兰出席论坛并致辞。", [("让-皮埃尔·拉法兰", "法国前总理", ["attend", "speak"])]),
    # a full stop, full-width or not, between the parts of a Uyghur name
    ("全国人大常委会副委员长雪克来提．扎克尔出席会议。", [("雪克来提．扎克尔", "全国人大常委会副委员长", ["attend"])]),
    ("副团长李干杰、雪克来提.扎克尔出席。", [("李干杰", "副团长", ["attend"]), ("雪克来提.扎克尔", "副团长", ["attend"])]),
])
def test_foreign_names_with_other_dots_and_hyphens(text: str, expected: list) -> None:
    assert who(text) == expected


def test_names_compare_with_any_joining_dot() -> None:
    from etl.script import name_norm
    assert name_norm("约翰•史密斯") == name_norm("约翰・史密斯") == name_norm("约翰·史密斯") == "约翰·史密斯"
    assert name_norm("雪克来提．扎克尔") == name_norm("雪克来提.扎克尔") == "雪克来提·扎克尔"


@pytest.mark.parametrize("text,expected", [
    # our delegation received where it went (会见代表团一行): its leader is the guest
    ("市委书记张三率市党政代表团赴江苏苏州学习考察，苏州市委书记李四、市长王五会见代表团一行。",
     [("张三", "市委书记", ["guest"]), ("李四", "苏州市委书记", ["lead"]), ("王五", "市长", ["lead"])]),
    # 与来访的乙座谈: the visitor talked with is a guest
    ("市委书记张三与来访的省委常委、秘书长李四一行座谈。",
     [("张三", "市委书记", ["lead"]), ("李四", "省委常委、秘书长", ["guest"])]),
    # … and one who came 到我县 to see it, as one who came 来我县 (not the lead of that visit)
    ("县委副书记、代理县长梅英华与到我县考察工作的地区工商银行行长吕从荣一行座谈。",
     [("梅英华", "县委副书记、代理县长", ["lead"]), ("吕从荣", "地区工商银行行长", ["guest"])]),
    # … what they came for a long clause (来京出席…峰会的): the hosts do not attend it
    ("市委书记尹力，市长殷勇与来京出席中非合作论坛峰会的塞内加尔总统法耶举行会谈。",
     [("尹力", "市委书记", ["lead"]), ("殷勇", "市长", ["lead"]), ("法耶", "塞内加尔总统", ["guest"])]),
    # the talk said in the next clause, by both sides (宾主就…商谈, 双方就…交换了意见)
    ("县长梅英华与到我县考察的地区工商银行行长吕从荣一行,宾主就支援我县企业发展事宜进行了热烈友好的商谈。",
     [("梅英华", "县长", ["lead"]), ("吕从荣", "地区工商银行行长", ["guest"])]),
    ("市长张三与来访的华为公司董事长李四一行，双方就深化合作交换了意见。",
     [("张三", "市长", ["lead"]), ("李四", "华为公司董事长", ["guest"])]),
    ("市长张三与华为公司董事长李四商谈合作事宜。", [("张三", "市长", ["lead"]), ("李四", "华为公司董事长", ["guest"])]),
    # the one received named bare after who they are, the clause's end closing the name; who they are may be
    # 人士, 乡贤 (在外乡贤: 在 there is no preposition ending the title)
    ("市委书记李二会见获得全国道德模范称号的张一。", [("李二", "市委书记", ["lead"]), ("张一", "", ["guest"])]),
    ("市委书记李二会见前来参加活动的台湾知名人士张一，副市长王三参加会见。",
     [("李二", "市委书记", ["lead"]), ("张一", "台湾知名人士", ["guest"]), ("王三", "副市长", ["attend"])]),
    ("市长李二与在外乡贤张一座谈。", [("李二", "市长", ["lead"]), ("张一", "在外乡贤", ["guest"])]),
    ("市长李二会见了参加会议的代表。", [("李二", "市长", ["lead"])]),
    # (acting together is no talk: both lead)
    ("市长张三与李四、王五共同为基地揭牌。", [("张三", "市长", ["lead"]), ("李四", "", ["lead"]), ("王五", "", ["lead"])]),
])
def test_delegations_received_and_visitors_talked_with(text: str, expected: list) -> None:
    assert who(text) == expected


@pytest.mark.parametrize("text,expected", [
    # Tibetan and Mongolian names have no Chinese surname: read after an office word from known elements
    ("自治区党委常委、常务副主席嘎玛泽登主持会议。", [("嘎玛泽登", "自治区党委常委、常务副主席", ["chair"])]),
    ("拉萨市委书记达娃、市长肖友才陪同检查。", [("达娃", "拉萨市委书记", ["accompany"]), ("肖友才", "市长", ["accompany"])]),
    ("自治区主席严金海，副主席多吉次珠、肖友才分别带队督导。",
     [("严金海", "自治区主席", ["lead"]), ("多吉次珠", "副主席", ["lead"]), ("肖友才", "副主席", ["lead"])]),
    ("锡林郭勒盟盟委书记霍照良、盟长孟根巴根出席大会。",
     [("霍照良", "锡林郭勒盟盟委书记", ["attend"]), ("孟根巴根", "盟长", ["attend"])]),
    # a name between its unit and its office (older chronicles): no title, the unit being no title phrase;
    # and a name before its office in a list (，吴骞主任，), not 吴骞主 and the verb 任
    ("区委从永刚书记视察工程，市建委朱光局长，吴骞主任，副区长王庆祝，农水局方王利局长等陪同。",
     [("从永刚", "", ["lead"]), ("朱光", "", ["accompany"]), ("吴骞", "", ["accompany"]), ("王庆祝", "副区长", ["accompany"]),
      ("方王利", "", ["accompany"])]),
    # … never a department (宣传), a post's qualifier (常务副) or an office (党组书记, 农办主任)
    ("县委宣传部长出席。市委常务副书记出席。市卫健委党组书记出席。市委农办主任出席。市教育局党委书记出席。", []),
    # after a name and 、, the next is read as after a title (会 may stand in a given name: 张会革)
    ("县领导彭一、张之光、张会革、张彦法出席。",
     [("彭一", "", ["attend"]), ("张之光", "", ["attend"]), ("张会革", "", ["attend"]), ("张彦法", "", ["attend"])]),
    # first in a list after a collective, a name of such syllables that no lexicon holds
    ("旗领导呼格吉乐图、王广平参加调研。", [("呼格吉乐图", "", ["attend"]), ("王广平", "", ["attend"])]),
    # … one that no surname begins (其其格), and a transcribed name (the collective no part of its first syllables)
    ("盟领导其其格、乌力吉出席会议。", [("其其格", "", ["attend"]), ("乌力吉", "", ["attend"])]),
    # … and one a rarer surname begins (操), in traditional script too; not a verb after 领导 (操心)
    ("会议召开。市领导操隆山、周天伟出席会议。", [("操隆山", "", ["attend"]), ("周天伟", "", ["attend"])]),
    ("市領導操隆山、周天偉出席會議。", [("操隆山", "", ["attend"]), ("周天偉", "", ["attend"])]),
    ("市领导操心群众冷暖。", []),
    ("州领导木拉提·阿不都热合曼、李明出席。", [("木拉提·阿不都热合曼", "", ["attend"]), ("李明", "", ["attend"])]),
    ("市领导其实很重视这项工作。", []),
    ("旗领导和有关部门负责人、王广平参加调研。", [("王广平", "", ["attend"])]),
    # a name whose first element begins with a surname (那) and whose last holds 都, an adverb elsewhere
    ("旗委书记额尔敦毕力格、旗长那仁满都拉出席开幕式。",
     [("额尔敦毕力格", "旗委书记", ["attend"]), ("那仁满都拉", "旗长", ["attend"])]),
    # Uyghur names written without their · (阿不都热依木 was cut at 都 as 阿不)
    ("县长吐尔逊托乎提、副县长阿不都热依木出席。",
     [("吐尔逊托乎提", "县长", ["attend"]), ("阿不都热依木", "副县长", ["attend"])]),
    # a Mongolian name after a surname reads whole where the surname rule would stop before a joiner
    ("自治区领导王君、巴特尔、那顺孟和，大使邢海明等观看演出。",
     [("王君", "", ["attend"]), ("巴特尔", "", ["attend"]), ("那顺孟和", "", ["attend"]), ("邢海明", "大使", ["attend"])]),
    # offices of other quarters: 行政长官, 苏木达 (a Mongolian township's head), 主教练
    ("香港特区行政长官李家超会见省长王五。", [("李家超", "香港特区行政长官", ["lead"]), ("王五", "省长", ["guest"])]),
    ("某苏木苏木达巴特尔陪同调研。", [("巴特尔", "某苏木苏木达", ["accompany"])]),
    # 都 is a syllable of Uyghur names, not "all"
    ("自治区政协主席努尔兰·阿不都满金带领调研组赴喀什调研。", [("努尔兰·阿不都满金", "自治区政协主席", ["lead"])]),
    # a place that begins with a joiner (和田) is part of the title
    ("自治区党委副书记李邑飞在和田督导。和田地委书记石岚陪同。",
     [("李邑飞", "自治区党委副书记", ["lead"]), ("石岚", "和田地委书记", ["accompany"])]),
])
def test_names_of_the_autonomous_regions(text: str, expected: list) -> None:
    assert who(text) == expected


@pytest.mark.parametrize("text,expected", [
    # 以 closes a name (以视频方式出席), and 会同 is no part of the title after it
    ("市委书记张三以视频方式出席全省安全生产电视电话会议。", [("张三", "市委书记", ["attend"])]),
    ("副市长孙七会同市教育局局长何三检查高考考点。", [("孙七", "副市长", ["lead"]), ("何三", "市教育局局长", ["lead"])]),
    # 到会 takes no object: the speech right after it counts
    ("市长王五到会讲话。", [("王五", "市长", ["attend", "speak"])]),
    ("全区干部大会召开，区长王五参会并表态发言。", [("王五", "区长", ["attend", "speak"])]),
    ("区长王五到会并讲话。", [("王五", "区长", ["attend", "speak"])]),
    # 带头 (taking the lead in) is how, the verb after it what: alone, it reports the subject's action
    ("区长于春海带头参加清雪活动。", [("于春海", "区长", ["attend"])]),
    ("市委书记张三带头宣讲党的二十大精神。", [("张三", "市委书记", ["speak"])]),
    ("市委书记张三带头捐款。", [("张三", "市委书记", ["lead"])]),
    # present at a meeting with a guest (会见时在座) attends it
    ("市长郭一会见了某集团副总经理许二一行。市委常委、副市长张三会见时在座。",
     [("郭一", "市长", ["lead"]), ("许二", "某集团副总经理", ["guest"]), ("张三", "市委常委、副市长", ["attend"])]),
    # an expert is a title (专家, 学者); invited (应…邀请) and arriving (抵达) to inspect, a visitor leads
    ("国家农业部口蹄疫专家殷德华，带领研究所的同志到大名县搞疫苗注射试验。", [("殷德华", "国家农业部口蹄疫专家", ["lead"])]),
    ("日本兵库县养鳗专家佐野彰吾应市外专办邀请，抵达我县进行为期15天的考察。", [("佐野彰吾", "日本兵库县养鳗专家", ["lead"])]),
    # two reports in a 、 list, each delivered by its own speaker: the first's work is no part of the next title
    ("会议审议并赞同区政协主席王一代表常委会所作的工作报告、区政协副主席黄二代表常委会所作的提案工作报告。",
     [("王一", "区政协主席", ["speak"]), ("黄二", "区政协副主席", ["speak"])]),
    # 会见时指出: what the host said at the meeting (时 and a verb of speech are no name)
    ("市长李二在会见时指出，要加强合作。", [("李二", "市长", ["lead", "speak"])]),
    # arrangements made (作出安排, 作了具体安排) are a deployment
    ("市长李明就做好防汛工作作出安排。", [("李明", "市长", ["speak"])]),
    # 即 (at once) after a name is no part of it
    ("市八届人大一次会议刚闭幕，市委副书记、市长孙勇即主持召开部署会。", [("孙勇", "市委副书记、市长", ["chair"])]),
    # a party lesson given is a lecture
    ("市委书记张三为全市党员干部上专题党课。", [("张三", "市委书记", ["speak"])]),
    # a list of bare names, then where they were, then the verb
    ("市领导周八、吴九、郑十在主会场参加会议。", [("周八", "", ["attend"]), ("吴九", "", ["attend"]), ("郑十", "", ["attend"])]),
])
def test_how_and_with_whom(text: str, expected: list) -> None:
    assert who(text) == expected


@pytest.mark.parametrize("text,expected", [
    # the one visited, named after who they are at the end of the clause, is a guest
    # (who they are, written right before the name, is its title phrase)
    ("市委书记张三看望慰问老红军刘七。", [("张三", "市委书记", ["lead"]), ("刘七", "老红军", ["guest"])]),
    ("市委书记张三前往医院看望因公负伤的民警吴十。", [("张三", "市委书记", ["lead"]), ("吴十", "民警", ["guest"])]),
    ("市长李四走访慰问困难党员王八、老党员赵九等。",
     [("李四", "市长", ["lead"]), ("王八", "困难党员", ["guest"]), ("赵九", "老党员", ["guest"])]),
    ("市长李四看望慰问百岁老人钱六。", [("李四", "市长", ["lead"]), ("钱六", "百岁老人", ["guest"])]),
    # then 和 and the next one, and a visitor's 一行 or 先生
    ("市长李四走访慰问抗战老兵孙五和全国劳动模范周六。",
     [("李四", "市长", ["lead"]), ("孙五", "抗战老兵", ["guest"]), ("周六", "全国劳动模范", ["guest"])]),
    ("市委书记张三会见台湾同胞吴七一行。", [("张三", "市委书记", ["lead"]), ("吴七", "台湾同胞", ["guest"])]),
    ("市长李四会见来访的台湾客商郑八一行。", [("李四", "市长", ["lead"]), ("郑八", "台湾客商", ["guest"])]),
    # an honour in quotes says who they are too (its quotes kept in the title)
    ("市长李四看望“最美乡村医生”王五。", [("李四", "市长", ["lead"]), ("王五", "“最美乡村医生”", ["guest"])]),
    ("市委书记张三会见了“时代楷模”李四。", [("张三", "市委书记", ["lead"]), ("李四", "“时代楷模”", ["guest"])]),
    ("市长李四会见美国客人郑八一行。", [("李四", "市长", ["lead"]), ("郑八", "美国客人", ["guest"])]),
    ("市长李四会见了美籍华人李政道教授。", [("李四", "市长", ["lead"]), ("李政道", "美籍华人", ["guest"])]),
    ("市长李四陪同客人参观展馆。", [("李四", "市长", ["accompany"])]),
    # the received named one after another with commas, to the sentence's end (not one with a verb of their own)
    ("市长李四会见了美国驻华大使王五，英国驻华大使赵六一行。",
     [("李四", "市长", ["lead"]), ("王五", "美国驻华大使", ["guest"]), ("赵六", "英国驻华大使", ["guest"])]),
    ("市长李四看望了老党员王五，老红军赵六等。",
     [("李四", "市长", ["lead"]), ("王五", "老党员", ["guest"]), ("赵六", "老红军", ["guest"])]),
    ("市长李四会见了美国驻华大使王五，副市长赵六、秘书长孙七陪同。",
     [("李四", "市长", ["lead"]), ("王五", "美国驻华大使", ["guest"]), ("赵六", "副市长", ["accompany"]),
      ("孙七", "秘书长", ["accompany"])]),
    # … or with 、, a couple among them (夫妇 closes a name, as 一行 does: no part of the next one's title)
    ("市长李四会见了某公司董事长王五夫妇、某集团总裁赵六。",
     [("李四", "市长", ["lead"]), ("王五", "某公司董事长", ["guest"]), ("赵六", "某集团总裁", ["guest"])]),
    ("市长李四会见了美国某州州长王五夫妇一行、约旦安曼市长阿里·苏赫迈特一行。",
     [("李四", "市长", ["lead"]), ("王五", "美国某州州长", ["guest"]), ("阿里·苏赫迈特", "约旦安曼市长", ["guest"])]),
    # 区 is a surname only after an office word or in a list (区政协召开…: a body, not 区 + 政协)
    ("区政协召开专题办公会议，区政协党组书记、主席周万生主持会议并讲话。",
     [("周万生", "区政协党组书记、主席", ["chair", "speak"])]),
    ("副市长区志强出席。", [("区志强", "副市长", ["attend"])]),
    # a place named without its 区 or 县 convenes too (萧山召开…): a person who does is titled, or a known name
    ("萧山召开全区经济工作会议，区委书记王五出席。", [("王五", "区委书记", ["attend"])]),
    # a list of places ending in 等地, 等区 … (its last item perhaps no name at all: 锦江)
    ("市委书记王五到萧山、余杭等地调研。", [("王五", "市委书记", ["lead"])]),
    ("金牛、武侯、锦江等区参加比赛，副市长王五出席。", [("王五", "副市长", ["attend"])]),
    # 向阳 and 和平 are places: 向阳街道 is no 向 + a name, and its title keeps the place
    ("和平街道召开会议，向阳街道党工委书记王五主持。", [("王五", "向阳街道党工委书记", ["chair"])]),
    # a descriptor after a descriptor is no name (华侨 has a surname's first character)
    ("市长李四会见了海外华人华侨代表。", [("李四", "市长", ["lead"])]),
    ("市长李四会见著名华侨领袖陈九先生。", [("李四", "市长", ["lead"]), ("陈九", "著名华侨领袖", ["guest"])]),
    # scholars: any 学家, a doctoral supervisor
    ("市长李四会见著名经济学家王十。", [("李四", "市长", ["lead"]), ("王十", "著名经济学家", ["guest"])]),
    ("市委书记张三会见清华大学教授、博士生导师冯一。",
     [("张三", "市委书记", ["lead"]), ("冯一", "清华大学教授、博士生导师", ["guest"])]),
    # a joiner and a descriptor are no name
    ("市长张务锋到费县走访基层干部和群众,并致以新年的祝福。", [("张务锋", "市长", ["lead"])]),
])
def test_the_people_visited_named_after_who_they_are(text: str, expected: list) -> None:
    assert who(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a foreign name written without a ·, after a title that says its holder is foreign
    ("市长王五会见瑞士驻华大使希尔一行。", [("王五", "市长", ["lead"]), ("希尔", "瑞士驻华大使", ["guest"])]),
    ("德国总理朔尔茨访问我市，市长王五陪同。", [("朔尔茨", "德国总理", ["lead"]), ("王五", "市长", ["accompany"])]),
    ("美国驻华大使伯恩斯出席招待会。", [("伯恩斯", "美国驻华大使", ["attend"])]),
    ("英国首相约翰逊出席峰会。", [("约翰逊", "英国首相", ["attend"])]),
    # … and the next of a list after such a name, the title applying to each
    ("副市长刘向阳会见美国国际贸易委员会研究员安德森、德萨皮奥一行4人。",
     [("刘向阳", "副市长", ["lead"]), ("安德森", "美国国际贸易委员会研究员", ["guest"]),
      ("德萨皮奥", "美国国际贸易委员会研究员", ["guest"])]),
    # a country named without 国 says so too (etl/lexicon/countries.txt)
    ("市委书记张三会见俄罗斯联邦委员会副主席茹拉夫廖夫率领的代表团。",
     [("张三", "市委书记", ["lead"]), ("茹拉夫廖夫", "俄罗斯联邦委员会副主席", ["guest"])]),
    # and so does an international organisation's name
    ("市长张三会见了来访的上合组织秘书长梅津采夫一行。", [("张三", "市长", ["lead"]), ("梅津采夫", "上合组织秘书长", ["guest"])]),
    ("市长王五会见澳大利亚维多利亚州州长安德鲁斯。", [("王五", "市长", ["lead"]), ("安德鲁斯", "澳大利亚维多利亚州州长", ["guest"])]),
    ("日本首相官邸发表声明。", []),
    # a Chinese ambassador is read by the surname rule; a village post (驻村) is not foreign
    ("中国驻德国大使吴恳出席开幕式。", [("吴恳", "中国驻德国大使", ["attend"])]),
    ("驻村第一书记王小明参加村民大会。", [("王小明", "驻村第一书记", ["attend"])]),
])
def test_foreign_names_without_a_dot(text: str, expected: list) -> None:
    assert who(text) == expected


def test_those_who_head_the_groups_of_a_list_lead_them_and_all_do_what_the_list_does() -> None:
    text = ("省人大常委会委员徐丹华，县领导李国荣、黄华华等以及蔡礼亮为团长的泰国丰顺会馆工商考察团，刘佐炽为团长的"
            "新加坡丰顺会馆观光团，泰国华文报记者访问团，台湾同胞等参加了联谊庆典活动。")
    assert who(text) == [("徐丹华", "省人大常委会委员", ["attend"]), ("李国荣", "", ["attend"]), ("黄华华", "", ["attend"]),
                         ("蔡礼亮", "", ["attend", "lead"]), ("刘佐炽", "", ["attend", "lead"])]


@pytest.mark.parametrize("text,participants,mentioned", [
    # the author of a letter or an instruction read out is not there
    ("大会宣读了省长王五发来的贺信。市长李四出席并讲话。", [("李四", "市长", ["attend", "speak"])], ["王五"]),
    ("市委书记张三在会上宣读了省委书记林武的批示。", [("张三", "市委书记", ["speak"])], ["林武"]),
])
def test_authors_of_what_is_read_out_are_mentioned(text: str, participants: list, mentioned: list) -> None:
    assert who_and_mentioned(text) == (participants, mentioned)


@pytest.mark.parametrize("text,expected", [
    # watching a broadcast (收看, 收听) is attending it, for a list of bare names after a label too
    ("市领导张三、李四收看全国两会开幕会。", [("张三", "", ["attend"]), ("李四", "", ["attend"])]),
    ("市委书记张三，市长李四等市领导集体收看专题节目。", [("张三", "市委书记", ["attend"]), ("李四", "市长", ["attend"])]),
    # presenting awards at a meeting the entry opens with is what the presenter did there…
    ("全市表彰大会召开，市委书记张三为受表彰的优秀共产党员颁奖。", [("张三", "市委书记", ["lead"])]),
    ("大会召开。市委书记张三向获奖代表颁发证书。", [("张三", "市委书记", ["lead"])]),
    # … but beside another verb that verb says it (出席…并为…授旗: attend, as in dev/007)
    ("宣传活动举行，副市长崔洪刚等出席宣传活动并向环保志愿者授旗。", [("崔洪刚", "副市长", ["attend"])]),
    ("颁奖典礼举行。部长刘芳出席并为获奖家庭颁奖。", [("刘芳", "部长", ["attend"])]),
    # the one spoken with over a video link is received like a visitor, and the verb is no part of their title
    ("市长王五视频连线国务院安委会第二考核巡查组组长郑一。",
     [("王五", "市长", ["lead"]), ("郑一", "国务院安委会第二考核巡查组组长", ["guest"])]),
    # a famous name the surname rule cannot read (日 ends it)
    ("县长王五与来访的韩国某公司社长金正日举行会谈。", [("王五", "县长", ["lead"]), ("金正日", "韩国某公司社长", ["guest"])]),
])
def test_broadcasts_awards_and_video_links(text: str, expected: list) -> None:
    assert who(text) == expected


@pytest.mark.parametrize("text,expected", [
    # the head of a delegation and the deputy heads (团长, 副团长) are titles; 甲为团长的…团 heads it, without the
    # 以 too, and is not appointed (dev/057, dev/066)
    ("由团长徐以新、副团长白治民率领的全国政协视察团一行25人在泾县潘村乡视察。",
     [("徐以新", "团长", ["lead"]), ("白治民", "副团长", ["lead"])]),
    ("代表团团长李四出席欢迎宴会。", [("李四", "代表团团长", ["attend"])]),
    ("某集团长江分公司成立。", []),
    # the deputy head (为副组长, 任副团长) of the group that comes leads it too, and is not appointed; the head
    # before it ends no title: 副市长 is the deputy's (a real 2010 weekly of Putian)
    ("以省委常委、省纪委书记陈文清为组长，省政协副主席、省工商联主席李祖可为副组长的省委督查组来我市督查。",
     [("陈文清", "省委常委、省纪委书记", ["lead"]), ("李祖可", "省政协副主席、省工商联主席", ["lead"])]),
    ("以市委副书记王建华为团长、副市长刘志强为副团长的代表团赴深圳考察。",
     [("王建华", "市委副书记", ["lead"]), ("刘志强", "副市长", ["lead"])]),
    ("由市委书记张国庆任团长，副市长李明辉任副团长的党政代表团赴上海考察。",
     [("张国庆", "市委书记", ["lead"]), ("李明辉", "副市长", ["lead"])]),
    # … but who is made a group's head, with no group that comes, is appointed
    ("会议决定副市长李明辉任组长。", []),
    # 主任委员 before 为团长: 委员 is the office's end, not a unit and a name (员为)
    ("以曲格平主任委员为团长的全国人大环资委代表团来我市考察。", [("曲格平", "", ["lead"])]),
])
def test_heads_of_delegations(text: str, expected: list) -> None:
    assert who(text) == expected


@pytest.mark.parametrize("text,expected", [
    # receiving petitioners or visitors (接待) is the receiver's action; a reception room is no verb (dev/062)
    ("农民集体到县政府上访。主管财贸工作副县长王静芳接待上访群众,当场决定继续收购。",
     [("王静芳", "主管财贸工作副县长", ["lead"])]),
    ("市信访局接待室投入使用。", []),
    # a Mongolian name of two elements, seven characters long
    ("蒙古国总统额勒贝格道尔吉会见了市长王五。", [("额勒贝格道尔吉", "蒙古国总统", ["lead"]), ("王五", "市长", ["guest"])]),
])
def test_receiving_petitioners_and_long_mongolian_names(text: str, expected: list) -> None:
    assert who(text) == expected


@pytest.mark.parametrize("text,participants,mentioned", [
    # a death reported with how or where it came (因病医治无效, 在执行任务中英勇, 于…在北京), after a title or a
    # descriptor: who the item is about
    ("原市委书记钱七同志因病医治无效逝世，享年85岁。", [], ["钱七"]),
    ("市公安局民警王五在执行任务中英勇牺牲，年仅35岁。", [], ["王五"]),
    ("老红军张三于2019年5月5日在北京逝世。", [], ["张三"]),
    # a birth anniversary right after the name, without 同志 (dev/066)
    ("市委召开纪念毛泽东诞辰一百周年座谈会,深切缅怀伟大领袖毛泽东同志的丰功伟绩。", [], ["毛泽东"]),
    ("市长李四出席活动，纪念在抗战中牺牲的烈士。", [("李四", "市长", ["attend"])], []),
    # the one whose proposal or report the entry is about, opening it, is not there (工作报告 is no 作…报告)
    ("全国人大代表、市农科院研究员郑一的提案获全国人大采纳。", [], ["郑一"]),
    ("市长王五的工作报告获大会通过。", [], ["王五"]),
    ("市长王五作政府工作报告。", [("王五", "市长", ["speak"])], []),
    # a model held up (向甲同志学习, 以乙同志为榜样) is not there
    ("全市开展向张三同志学习活动。", [], ["张三"]),
    ("会议号召全市党员以王五同志为榜样。", [], ["王五"]),
    ("市长李四向省委书记王五汇报工作。", [("李四", "市长", ["report"]), ("王五", "省委书记", ["lead"])], []),
    # 进行部署 is 作部署
    ("省委书记王东明在视频会议上对全省疫情防控工作进行再部署。", [("王东明", "省委书记", ["speak"])], []),
])
def test_deaths_possessions_and_deployments(text: str, participants: list, mentioned: list) -> None:
    assert who_and_mentioned(text) == (participants, mentioned)


def test_the_partys_own_offices_keep_their_de() -> None:
    """党的… in a title is a fixed phrase (党的学术教育信息中心主任), not 的 joining a visitor to a description."""
    text = ("以蒙古人民革命党领导委员会成员、党的学术教育信息中心主任桑堆扎布·达希达瓦为团长的蒙古人民革命党代表团"
            "一行6人来淄博市参观访问。")
    assert who(text) == [("桑堆扎布·达希达瓦", "蒙古人民革命党领导委员会成员、党的学术教育信息中心主任", ["lead"])]
    assert who("市长王五会见了来访的美国某公司总裁约翰·史密斯。")[1][1] == "美国某公司总裁"


@pytest.mark.parametrize("text,expected", [
    # 同 right after a name (or its 一行, 同志) is 与: the one talked with is received, and 同 is no part of the title
    ("市长李四同某某集团董事长钱七进行座谈。", [("李四", "市长", ["lead"]), ("钱七", "某某集团董事长", ["guest"])]),
    ("市委书记张三同大同市委书记王五举行会谈。", [("张三", "市委书记", ["lead"]), ("王五", "大同市委书记", ["guest"])]),
    ("副省长王五一行同市长李四等座谈。", [("王五", "副省长", ["lead"]), ("李四", "市长", ["attend"])]),
    # … but not 同志, nor a place that begins with 同
    ("市长李四同志出席会议。", [("李四", "市长", ["attend"])]),
    ("市长李四、同江市市长王五出席。", [("李四", "市长", ["attend"]), ("王五", "同江市市长", ["attend"])]),
])
def test_tong_is_yu_after_a_name(text: str, expected: list) -> None:
    assert who(text) == expected


def test_a_redacted_name_is_no_part_of_the_next_ones_title() -> None:
    """市委书记**、市长甲: the redacted secretary is skipped, and the mayor's title is 市长 alone."""
    assert who("市委书记**、市长张三出席。") == [("张三", "市长", ["attend"])]
    assert who("市委书记**，市长张三出席。") == [("张三", "市长", ["attend"])]


def test_a_clause_that_is_only_the_next_persons_other_office_joins_the_list() -> None:
    # 甲；中央农办主任，部长乙分别参加: the office between is 乙's, and the verb is both of theirs
    assert who("国家发展改革委党组书记、主任郑栅洁；中央农办主任，农业农村部党组书记、部长唐仁健分别参加座谈。") == [
        ("郑栅洁", "国家发展改革委党组书记、主任", ["attend"]), ("唐仁健", "农业农村部党组书记、部长", ["attend"])]


def test_semicolons_parting_two_sides_of_one_list_share_the_verb() -> None:
    # one city's people, a semicolon, the other's, then the verb they all share
    assert who("交流会在绍兴举行。绍兴市市长盛阅春，副市长顾涛、康忠贵；辽源市市长孙弘，副市长汤艳参加交流会。") == [
        ("盛阅春", "绍兴市市长", ["attend"]), ("顾涛", "副市长", ["attend"]), ("康忠贵", "副市长", ["attend"]),
        ("孙弘", "辽源市市长", ["attend"]), ("汤艳", "副市长", ["attend"])]
    # but a semicolon after a verb still ends what that verb governs
    assert who("会议由市长张三主持；副市长李四作报告。") == [("张三", "市长", ["chair"]), ("李四", "副市长", ["speak"])]


def test_a_rare_surname_alone_is_no_name() -> None:
    # without an office before it, 步 begins a word (步行), not a name
    assert who("步行街改造工程开工，市长张三出席。") == [("张三", "市长", ["attend"])]


# Shapes found in real chronicles of other places (county annals, flipbook yearbooks, news-style lists): who is
# read, with what title, doing what
@pytest.mark.parametrize("text,expected", [
    # a bare name before 作…讲话/报告 speaks (陈安丽作动员讲话, between titled names and their verbs)
    ("会议召开。市委书记张三出席并讲话，陈安丽作动员讲话，罗清宇主持。",
     [("张三", "市委书记", ["attend", "speak"]), ("陈安丽", "", ["speak"]), ("罗清宇", "", ["chair"])]),
    ("会议召开。市委书记张三出席，王五作工作报告。", [("张三", "市委书记", ["attend"]), ("王五", "", ["speak"])]),
    # a bare name before 在…陪同下 is the one accompanied, however long the list of those who accompany
    ("李克强在四川省委书记彭清华、省长黄强陪同下，在广元、德阳、成都考察。",
     [("李克强", "", ["lead"]), ("彭清华", "四川省委书记", ["accompany"]), ("黄强", "省长", ["accompany"])]),
    # deliberating together with the deputies (一起审议) is taking part
    ("全国人大常委会副委员长、全国总工会主席王东明和代表们一起审议。",
     [("王东明", "全国人大常委会副委员长、全国总工会主席", ["attend"])]),
    # the collective a list belongs to, then other groups, then the verb: the verb is the list's too
    ("区委副书记、区长尤宇川主持会议并讲话，区人大常委会主任周俊雄、区政协主席叶水山等区四套班子领导，"
     "各乡镇（场、区、办事处）和区直有关单位主要负责同志参加。",
     [("尤宇川", "区委副书记、区长", ["chair", "speak"]), ("周俊雄", "区人大常委会主任", ["attend"]),
      ("叶水山", "区政协主席", ["attend"])]),
    # a surname too rare to accept a bare name is accepted after an office word (步, 校)
    ("市委书记孙守刚在市委常委、政法委书记步士金，市长助理徐世杰的陪同下调研。",
     [("孙守刚", "市委书记", ["lead"]), ("步士金", "市委常委、政法委书记", ["accompany"]),
      ("徐世杰", "市长助理", ["accompany"])]),
    ("市长邹庆忠，中建八局党委书记、董事长校荣春出席签约仪式。",
     [("邹庆忠", "市长", ["attend"]), ("校荣春", "中建八局党委书记、董事长", ["attend"])]),
    # a Hong Kong name of two surnames (林郑月娥) is known
    ("韩正在广州分别会见了香港特别行政区行政长官林郑月娥、澳门特别行政区行政长官贺一诚。",
     [("韩正", "", ["lead"]), ("林郑月娥", "香港特别行政区行政长官", ["guest"]),
      ("贺一诚", "澳门特别行政区行政长官", ["guest"])]),
    # sitting on the rostrum (在主席台就座) is taking part, for a titled list and a bare one
    ("大会执行主席叶贤林、陈新林在主席台前排就座。市领导毕华、杨军在主席台就座。",
     [("叶贤林", "大会执行主席", ["attend"]), ("陈新林", "大会执行主席", ["attend"]), ("毕华", "", ["attend"]),
      ("杨军", "", ["attend"])]),
    ("担任本次大会执行主席并在主席台前排就坐的有：盛建良、周建明。",
     [("盛建良", "", ["attend"]), ("周建明", "", ["attend"])]),
    # a bare name, named before in the list, that demands (要求) speaks
    ("县领导刘卫忠、李刚参加会议。刘卫忠要求，各级各部门要把问题找准。",
     [("刘卫忠", "", ["attend", "speak"]), ("李刚", "", ["attend"])]),
    # 随 after a name: going along with someone (副县长钱明随省公司赴意大利考察)
    ("副县长钱明随省土畜产公司赴意大利考察兔毛市场。", [("钱明", "副县长", ["lead"])]),
    # a list of names, each with its title in brackets after it: all of them (the title stays the phrase
    # written before the name, which is none)
    ("市领导张三（市委书记）、李四（市长）出席会议。", [("张三", "", ["attend"]), ("李四", "", ["attend"])]),
    ("出席会议的有：张三（市委书记）、李四（市长）。", [("张三", "", ["attend"]), ("李四", "", ["attend"])]),
    # … and one name alone with its title in brackets, the verb after them
    ("王建国（市委书记）主持会议。", [("王建国", "", ["chair"])]),
    ("会议由王建国（市委书记）主持。", [("王建国", "", ["chair"])]),
    # a bracketed aside that is no title is not one (左二)
    ("市委书记张三（左二）在现场调研。", [("张三", "市委书记", ["lead"])]),
    # a presenter (主持人) is a title; 主持人大会议 is still chairing a people's congress meeting
    ("晚会由央视主持人张三主持。", [("张三", "央视主持人", ["chair"])]),
    ("市长王五主持人大常委会会议。", [("王五", "市长", ["chair"])]),
    # 通过视频连线方式与…: the way ends the clause, and the title is what follows 与
    ("市长李四通过视频连线方式与德国某市市长汉斯·穆勒进行会谈。",
     [("李四", "市长", ["lead"]), ("汉斯·穆勒", "德国某市市长", ["guest"])]),
    # who heads a delegation, named before the title (以顾明副主任为团长的) or alone (以威·斯潘为首的)
    ("以顾明副主任为团长的中国国家计委代表团结束了对罗马尼亚的友好访问。", [("顾明", "", ["lead"])]),
    ("对外友协会长王炳南晚宴请了以威·斯潘为首的美国法律工作者协会代表团。",
     [("王炳南", "对外友协会长", ["lead"]), ("威·斯潘", "", ["guest"])]),
    # a Japanese family name of two characters, then the given name (逢泽一郎), received with the delegation
    ("国务院总理温家宝在人民大会堂会见日本外务副大臣逢泽一郎率领的日本年轻国会议员代表团。",
     [("温家宝", "国务院总理", ["lead"]), ("逢泽一郎", "日本外务副大臣", ["guest"])]),
    # 参加 after 与/向/为 qualifies the others (与参加会议的干部对话): not the subject attending
    ("以县委书记徐培金为团长，分别到各区与参加农村工作会议的区、乡干部对话。", [("徐培金", "县委书记", ["lead"])]),
    ("市长王强一同参加义务植树活动。", [("王强", "市长", ["attend"])]),
    # a sentence that opens at the meeting with no one named is the last subject's (在会上作了…介绍)
    ("工会主席李世颖出席全国农林工会工作会议。在会上作了“民主管理”的经验介绍。",
     [("李世颖", "工会主席", ["attend", "speak"])]),
    # 关长 (customs) is an office, and a Mongolian name after it is read; a bare name that 介绍 speaks
    ("旗长周玉龙检查疫情防控工作，东乌海关关长达布希拉图、政府副旗长姚海霞陪同。",
     [("周玉龙", "旗长", ["lead"]), ("达布希拉图", "东乌海关关长", ["accompany"]), ("姚海霞", "政府副旗长", ["accompany"])]),
    ("旗长周玉龙宣读干部任免职文件，白永平介绍新任职领导干部基本情况。",
     [("周玉龙", "旗长", ["speak"]), ("白永平", "", ["speak"])]),
    # champions, directors and actors at an event are titled as written
    ("奥运冠军张三出席活动并致辞。", [("张三", "奥运冠军", ["attend", "speak"])]),
    ("著名导演李四、演员王五出席首映式。", [("李四", "著名导演", ["attend"]), ("王五", "演员", ["attend"])]),
    # a military rank after each name (上将, 少将) before 在…陪同下: the one accompanied still leads
    ("国防部部长迟浩田上将在浙江省军区副司令员王加木少将等陪同下来洞视察。",
     [("迟浩田", "国防部部长", ["lead"]), ("王加木", "浙江省军区副司令员", ["accompany"])]),
    # … and with their titles written after their names (李向东市长的陪同下): read, with no title (the contract's
    # is the phrase before a name), and they accompany; the one accompanied still leads
    ("在李向东市长的陪同下，省长刘强到我市调研。", [("李向东", "", ["accompany"]), ("刘强", "省长", ["lead"])]),
    ("省长刘强在王建国书记、李向东市长的陪同下到我市调研。",
     [("刘强", "省长", ["lead"]), ("王建国", "", ["accompany"]), ("李向东", "", ["accompany"])]),
    ("叶剑英副主席在王建国书记和李向东县长陪同下来我县视察。",
     [("叶剑英", "", ["lead"]), ("王建国", "", ["accompany"]), ("李向东", "", ["accompany"])]),
    ("在张家港市长的陪同下，省长刘强调研。", [("刘强", "省长", ["lead"])]),  # (a place before the office: no name)
    # those named after 在, then leaders with no name before 等陪同下, accompany; 候补委员 is an office, no name
    ("中共中央政治局候补委员、中央书记处书记温家宝，在副省长欧广源，市委、市政府有关领导等陪同下到县视察。",
     [("温家宝", "中共中央政治局候补委员、中央书记处书记", ["lead"]), ("欧广源", "副省长", ["accompany"])]),
    ("省长王大明在市委书记张明、市长李强，市有关部门负责人的陪同下到县视察。",
     [("王大明", "省长", ["lead"]), ("张明", "市委书记", ["accompany"]), ("李强", "市长", ["accompany"])]),
    # everyone of the list before 与 talks with the guest, not only the last of it
    ("省委书记王晓晖，省委副书记、省长黄强与国铁集团董事长刘振芳就铁路建设进行了交流。",
     [("王晓晖", "省委书记", ["lead"]), ("黄强", "省委副书记、省长", ["lead"]), ("刘振芳", "国铁集团董事长", ["guest"])]),
    # those who went to welcome (到机场欢迎的有…) do the welcoming
    ("代表团回到北京。到机场欢迎的有国家计委副主任金熙英，英国驻中国大使柯利达。",
     [("金熙英", "国家计委副主任", ["lead"]), ("柯利达", "英国驻中国大使", ["lead"])]),
    # a time of day between a name and its verb (柯柏年下午会见, 王炳南晚宴请); 年 may end a given name
    ("中国人民外交学会副会长柯柏年下午会见瑞士日内瓦州前州长亨利·施密特。",
     [("柯柏年", "中国人民外交学会副会长", ["lead"]), ("亨利·施密特", "瑞士日内瓦州前州长", ["guest"])]),
    ("对外友协会长王炳南晚宴请了美国法律工作者协会代表团。", [("王炳南", "对外友协会长", ["lead"])]),
    # a bare name after 省领导 who 召开 a meeting chairs it
    ("省领导李再勇召开省直农口部门专题会议，要求全面贯彻决策部署。", [("李再勇", "", ["chair", "speak"])]),
    # what follows 听取…并 is the listener's own (到会听取发言并讲话)
    ("省政协召开专题协商会，副省长蔡朝林到会听取发言并讲话，省政协副主席张光奇主持会议。",
     [("蔡朝林", "副省长", ["attend", "speak"]), ("张光奇", "省政协副主席", ["chair"])]),
    # 共和国进行 is no name after 和
    ("以文化部艺术局负责人吴雪为团长的代表团前往朝鲜民主主义人民共和国进行考察访问。",
     [("吴雪", "文化部艺术局负责人", ["lead"])]),
    # 来 before a list mark ends the name (周凤来), not a verb of coming; the title after it is clean
    ("扶余市人大常委会主任周凤来、市委副书记、市长刘英杰参加活动。",
     [("周凤来", "扶余市人大常委会主任", ["attend"]), ("刘英杰", "市委副书记、市长", ["attend"])]),
    # who a foreign guest is, before the name's first part, is their title (not part of the name)
    ("市长陈志刚会见美国客商约翰·史密斯一行。", [("陈志刚", "市长", ["lead"]), ("约翰·史密斯", "美国客商", ["guest"])]),
    # a Japanese name after an office in a clause that says the holder is Japanese, whatever the family name
    # (four characters, else three, else five): 秀岛 and 福井 are in no list
    ("市长刘永忠会见了日本佐贺市市长秀岛敏行、议会长福井久南率领的综合代表团一行。",
     [("刘永忠", "市长", ["lead"]), ("秀岛敏行", "日本佐贺市市长", ["guest"]), ("福井久南", "议会长", ["guest"])]),
    ("市长会见日本驻华大使垂秀夫一行。", [("垂秀夫", "日本驻华大使", ["guest"])]),
    ("市长会见日本冈山县知事伊原木隆太一行。", [("伊原木隆太", "日本冈山县知事", ["guest"])]),
    # … and no name where the office is followed by what the holder did (一行来访, 来访)
    ("日本某市市长一行来访，副市长李四会见。", [("李四", "副市长", ["lead"])]),
    ("省长来访。", []),
    # a Japanese name right after who the person is (客人, 友人, 客商), and a couple (夫妇) after a name
    ("市长陈志刚会见日本友人山田一郎夫妇。", [("陈志刚", "市长", ["lead"]), ("山田一郎", "日本友人", ["guest"])]),
    ("市长陈志刚看望了老红军王大山夫妇。", [("陈志刚", "市长", ["lead"]), ("王大山", "老红军", ["guest"])]),
    # the one whose home is visited (到…家中看望慰问) is received there; the verb that goes there is no title's
    ("全国政协副主席张庆黎到村党支部书记吐尔逊·艾则孜家中看望慰问。",
     [("张庆黎", "全国政协副主席", ["lead"]), ("吐尔逊·艾则孜", "村党支部书记", ["guest"])]),
    ("市委书记王建国到老党员张明家中看望慰问。", [("王建国", "市委书记", ["lead"]), ("张明", "老党员", ["guest"])]),
    ("市委书记王建国深入贫困户王小二家中走访。", [("王建国", "市委书记", ["lead"]), ("王小二", "贫困户", ["guest"])]),
    ("市委书记王建国到王家中学调研。", [("王建国", "市委书记", ["lead"])]),  # (a school, no home)
    ("市委书记王建国来到抗战老兵张明家中，送上慰问金。", [("王建国", "市委书记", ["lead"]), ("张明", "抗战老兵", ["guest"])]),
    # … named with no one said of them, right after going there (到, 来到, 走进); a village's name is no person
    ("市委书记王建国到张明同志家中看望慰问。", [("王建国", "市委书记", ["lead"]), ("张明", "", ["guest"])]),
    ("市委书记王建国走进李华家里，询问生活情况。", [("王建国", "市委书记", ["lead"]), ("李华", "", ["guest"])]),
    ("市长李向东来到张庄家中看望群众。", [("李向东", "市长", ["lead"])]),
    # the one a visiting party is named by (以甲为代表的…组到…) leads it; a model held up is no one there
    ("以张三为代表的考察组到我市考察。", [("张三", "", ["lead"])]),
    ("以张三为代表的先进典型受到表彰。", []),
    # a day said right after the name (今日, 昨日, 日夜), and a given name that ends in 日 where nothing else can follow
    ("副市长李明今日出席活动。", [("李明", "副市长", ["attend"])]),
    ("市长张国日前到高新区调研。", [("张国", "市长", ["lead"])]),
    ("副市长赵旭日主持会议。", [("赵旭日", "副市长", ["chair"])]),
    # … and brothers, a father and son (兄弟, 父子) after a list of names: each of them
    ("市委书记王建国会见了香港客商陈大文、陈小文兄弟。",
     [("王建国", "市委书记", ["lead"]), ("陈大文", "香港客商", ["guest"]), ("陈小文", "香港客商", ["guest"])]),
    # where a photo shows someone is an aside after the name, not the next one's title
    ("市委书记李建国（左二）、市长王晓东（右一）出席。", [("李建国", "市委书记", ["attend"]), ("王晓东", "市长", ["attend"])]),
    # what an official is reported doing closes the name before it (肯定了, 敬献, 带班值守); where a given name
    # often ends in the verb's first character (保, 鸣, 进), a name of three is read first
    ("市委书记李建国肯定了全市工作。", [("李建国", "市委书记", ["lead"])]),
    ("副市长张丽华带班值守。", [("张丽华", "副市长", ["lead"])]),
    ("市委书记李建国敬献花篮。", [("李建国", "市委书记", ["lead"])]),
    ("副市长李一鸣鸣枪发令。", [("李一鸣", "副市长", ["lead"])]),
    ("市长王五保证完成任务。", [("王五", "市长", ["lead"])]),
    # 他强调 after an opening subject whose own verb names no role (专题研究): the subject leads and speaks
    ("市委常委、区委书记赵峻岭专题研究重点项目落地开工和招商引资工作。他强调，各级要增强责任感。区委副书记、区长安文哲参加。",
     [("赵峻岭", "市委常委、区委书记", ["lead", "speak"]), ("安文哲", "区委副书记、区长", ["attend"])]),
    # a later sentence naming the one of that surname and office (王书记强调, 会上，李市长要求): they spoke;
    # where two of the entry could be meant, neither
    ("市委书记王建国出席会议。王书记强调，要抓好安全生产。", [("王建国", "市委书记", ["attend", "speak"])]),
    ("市委书记王建国、市长李向东出席会议。会上，李市长在讲话中要求，各级要抓好落实。",
     [("王建国", "市委书记", ["attend"]), ("李向东", "市长", ["attend", "speak"])]),
    ("县长张三到企业调研。张县长主持召开座谈会。", [("张三", "县长", ["chair", "lead"])]),
    ("市委书记王建国、市委副书记王强出席会议。王书记强调，要抓好安全生产。",
     [("王建国", "市委书记", ["attend"]), ("王强", "市委副书记", ["attend"])]),
    # a department's post written after a name of three, then what they did (a 局务会 report); not 常务副市长,
    # the start of a title, nor a unit's name of two before its head (公安局长)
    ("受林鲁生局长委托,陈建辉副局长在415会议室主持召开2017年第3次局务会。", [("陈建辉", "", ["chair"])]),
    ("常务副市长出席会议。", []),
    ("市教育局长出席会议。", []),
    # what is said while chairing a meeting (主持召开…会议时强调) is said by the one who chairs it
    ("州委书记张子建主持召开州委抓落实专题会议时强调，要进一步压实各级责任。", [("张子建", "州委书记", ["chair", "speak"])]),
    # a given name's last character that begins a follow word (强调, 来) ends the name when what comes after
    # it is the name's verb: 调研, not 强调 + 研; 出席, not 来 + 出席
    ("市委书记张国强调研城市更新工作，副市长赵德明陪同。",
     [("张国强", "市委书记", ["lead"]), ("赵德明", "副市长", ["accompany"])]),
    ("市委常委、常务副市长何运来主持召开全市财政工作会议。", [("何运来", "市委常委、常务副市长", ["chair"])]),
    # … but 强调 after a name is still the verb, and 来 before a place is still coming
    ("市委书记张国强调，要抓好落实。", [("张国", "市委书记", ["speak"])]),
    ("副省长王五来我市调研。", [("王五", "副省长", ["lead"])]),
    # a four-character name of the Yi after an office, when nothing shorter is closed
    ("州委副书记、州长苏嘎尔布作通报。", [("苏嘎尔布", "州委副书记、州长", ["speak"])]),
    # but not a name and an unknown verb of Han characters
    ("市委书记张三晨练。", []),
    # an item of a list written name first, then its office (，吴骞主任，): the name is read, with no title before it
    ("区委书记从永刚视察工程，吴骞主任，区政府常务副区长盛明，副区长王庆祝等陪同。",
     [("从永刚", "区委书记", ["lead"]), ("吴骞", "", ["accompany"]), ("盛明", "区政府常务副区长", ["accompany"]),
      ("王庆祝", "副区长", ["accompany"])]),
    # but a department and its head's office is no name (公安局长、交通局长)
    ("副市长张三，公安局长、交通局长参加。", [("张三", "副市长", ["attend"])]),
    # an aside of sex or people after the name, with a comma of its own, is no clause and no part of a title
    ("副市长张三（女，满族）出席会议。", [("张三", "副市长", ["attend"])]),
    ("市长李四（蒙古族）、副市长王五（回族）出席会议。", [("李四", "市长", ["attend"]), ("王五", "副市长", ["attend"])]),
    # a point's number inside the entry (①, （2）) is no part of the title after it
    ("市委召开常委会议。①市委书记王五主持。②市长李四讲话。", [("王五", "市委书记", ["chair"]), ("李四", "市长", ["speak"])]),
    ("市委召开常委会议。（1）市委书记王五主持；（2）市长李四讲话。",
     [("王五", "市委书记", ["chair"]), ("李四", "市长", ["speak"])]),
])
def test_shapes_from_chronicles_of_other_places(text: str, expected: list) -> None:
    assert who(text) == expected


@pytest.mark.parametrize("text,expected,mentioned", [
    # those elected after 选举出, counted in words (两位同志为), or by their votes (以52票全票当选为)
    ("会议选举出穆兴科同志为镇人大主席，杜渐、马锋两位同志为副镇长。", [], ["穆兴科", "杜渐", "马锋"]),
    ("经选举，王华同志以52票全票当选为镇人民政府镇长。", [], ["王华"]),
    # (a comma before the votes: 候选人甲同志,以全票当选…; not one who speaks on a theme, 市长乙，以“…”为题作报告)
    ("在广西参选的代表候选人习近平同志,以全票当选党的二十大代表。", [], ["习近平"]),
    ("市长王五，以“担当作为”为题作报告。", [("王五", "市长", ["speak"])], []),
    # 讲了五点要求 speaks; 代 is a surname after an office, but 代表团 after 议员 is no name
    ("闭幕式上，镇党委书记代侃让同志讲了五点要求。", [("代侃让", "镇党委书记", ["speak"])], []),
    ("总理甲会见日本年轻国会议员代表团。", [], []),
    # 所作(的)《…报告》 speaks; a joiner right after a work title ends the clause, not the next title
    ("会议听取了双沟镇党委副书记、镇长张艳清所作《政府工作报告》和镇人大主席沈凯所作的《人大工作报告》。",
     [("张艳清", "双沟镇党委副书记、镇长", ["speak"]), ("沈凯", "镇人大主席", ["speak"])], []),
    # those elected, after 选举产生(了), counted (2人为): the whole list
    ("会议选举产生了王大永、刘振泉2人为镇人民政府副镇长。", [], ["王大永", "刘振泉"]),
    # the one remembered (缅怀, 追思) is who the item is about
    ("全市干部群众深切缅怀毛泽东同志。", [], ["毛泽东"]),
    # a second relayed speech in a clause that 还传达学习 opened: its speaker is not there either
    ("会议还传达学习全国人大常委会委员长赵乐际在福建调研时的讲话精神，国务院副总理张国清出席峰会时的讲话精神。",
     [], ["赵乐际", "张国清"]),
])
def test_who_is_mentioned_in_chronicles_of_other_places(text: str, expected: list, mentioned: list) -> None:
    assert who_and_mentioned(text) == (expected, mentioned)


@pytest.mark.parametrize("text,expected", [
    # Japanese given names of three characters (纯一郎, 俱二雄); a compound surname's own second character
    # is no unit (渡部, 高市); 司 ends Japanese given names (宪司)
    ("日本大分市市长佐藤树一郎出席开幕式。", [("佐藤树一郎", "日本大分市市长", ["attend"])]),
    ("日本登别市议会议长工藤俱二雄出席开幕式。", [("工藤俱二雄", "日本登别市议会议长", ["attend"])]),
    ("市长万勇会见了日本大分市市长佐藤树一郎率领的政府代表团一行。万勇对佐藤树一郎一行的来访表示欢迎。",
     [("万勇", "市长", ["lead"]), ("佐藤树一郎", "日本大分市市长", ["guest"])]),
    ("日本首相高市早苗出席。", [("高市早苗", "日本首相", ["attend"])]),
    ("日本前首相阿部晋三出席。", [("阿部晋三", "日本前首相", ["attend"])]),
    ("市人大常委会主任徐长聚会见了由日本新潟市议会议长桥田宪司先生率领的代表团一行。",
     [("徐长聚", "市人大常委会主任", ["lead"]), ("桥田宪司", "日本新潟市议会议长", ["guest"])]),
    # a word for people after a surname-like preposition is no given name (向客人介绍, 向大家问好)
    ("副市长屠光绍会见客人一行。屠副市长向客人介绍了城市建设成果。", [("屠光绍", "副市长", ["lead"])]),
    ("县长李四向大家拜年。", [("李四", "县长", ["lead"])]),
    # those listed after 参加会见的嘉宾有 are the ones met
    ("市长张三会见大会嘉宾代表。参加会见的嘉宾有：日本福冈市市长高岛宗一郎，瑞典林雪平市市长拉尔什·威肯。",
     [("张三", "市长", ["lead"]), ("高岛宗一郎", "日本福冈市市长", ["guest"]), ("拉尔什·威肯", "瑞典林雪平市市长", ["guest"])]),
    ("市长张三会见客人。参加会见的领导有副市长李四。", [("张三", "市长", ["lead"]), ("李四", "副市长", ["attend"])]),
    # a speech given as 讲…意见 or 发表…贺词
    ("县委书记边飞出席会议并讲重要意见。", [("边飞", "县委书记", ["attend", "speak"])]),
    ("县委常委李建方主持会议并讲具体意见。", [("李建方", "县委常委", ["chair", "speak"])]),
    ("县委书记李国庆发表新年贺词。", [("李国庆", "县委书记", ["speak"])]),
])
def test_japanese_guests_lists_of_guests_and_other_speeches(text: str, expected: list) -> None:
    assert who(text) == expected


@pytest.mark.parametrize("text,expected,mentioned", [
    # those elected after 等为 (李志远、张观瀛等为副州长), after a first one elected in the same sentence
    ("会议选出王明为州长，李志远、张观瀛等为副州长。", [], ["王明", "李志远", "张观瀛"]),
    # one honoured with others, counted (甲等100名先进个人受到表彰, 乙等10名同志被评为…)
    ("高庆华等100名先进个人受到表彰，王敏出席表彰会。", [("王敏", "", ["attend"])], ["高庆华"]),
    ("张三等10名同志被评为优秀党员。", [], ["张三"]),
    # a title won with a time or score first (以…的成绩夺得), said after the name's aside (（女）)
    ("本县运动员陈慧佳（女）在全国冬季游泳锦标赛上以2′30″24的成绩夺得200米女子蛙泳金牌。", [], ["陈慧佳"]),
    ("运动员陈慧佳（女）出席。", [("陈慧佳", "运动员", ["attend"])], []),
    # a delegation's members after 成员中包括 (no colon): they go with it, the label no part of their title
    ("考察团一行到我市考察。考察团成员中包括东风汽车公司副总经理李绍烛等嘉宾。",
     [("李绍烛", "东风汽车公司副总经理", ["attend"])], []),
    # 介绍 after a comma goes on from the subject before it (出席会议，介绍了…)
    ("州委常委刘荣出席会议，介绍了庆祝活动的主要内容。", [("刘荣", "州委常委", ["attend", "speak"])], []),
])
def test_the_elected_of_a_list_and_what_a_subject_goes_on_to_do(text: str, expected: list, mentioned: list) -> None:
    assert who_and_mentioned(text) == (expected, mentioned)


@pytest.mark.parametrize("text,expected", [
    # names, then 等 and their collective (市四班子领导, 县级领导, 班子成员), then others unnamed, then the verb
    ("卢小亨、王海峰、周均发等市四班子领导，市中级人民法院院长等出席。",
     [("卢小亨", "", ["attend"]), ("王海峰", "", ["attend"]), ("周均发", "", ["attend"])]),
    ("张三、李四等县级领导，各乡镇负责人参加。", [("张三", "", ["attend"]), ("李四", "", ["attend"])]),
    # a clause of others, unnamed, between two of a list does not break it
    ("芜湖市委书记陈树隆，省政府副秘书长张秋保，省直有关部门主要负责同志，马鞍山市委书记郑为文出席签字仪式。",
     [("陈树隆", "芜湖市委书记", ["attend"]), ("张秋保", "省政府副秘书长", ["attend"]), ("郑为文", "马鞍山市委书记", ["attend"])]),
    # … nor does a semicolon closing a group of it with them (before: the group before it, no verb, read as leading)
    ("省发展改革委主任孙爱军，省生态环境厅厅长侯翠荣等省直相关部门负责人；市委书记林红玉，市长于永生出席会议。",
     [("孙爱军", "省发展改革委主任", ["attend"]), ("侯翠荣", "省生态环境厅厅长", ["attend"]),
      ("林红玉", "市委书记", ["attend"]), ("于永生", "市长", ["attend"])]),
])
def test_unnamed_others_inside_a_list_of_those_present(text: str, expected: list) -> None:
    assert who(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a collective's members joined by 及, and its one member closed by a comma or 、 before the titled rest
    ("市领导王向东及鹿斌佐一行到公园街道考察。", [("王向东", "", ["lead"]), ("鹿斌佐", "", ["lead"])]),
    ("张萍一行到辖区调研，区领导刘正道，区民政局局长孟凡伟陪同。",
     [("张萍", "", ["lead"]), ("刘正道", "", ["accompany"]), ("孟凡伟", "区民政局局长", ["accompany"])]),
    ("张萍一行到辖区调研，区领导刘正道、区民政局局长孟凡伟陪同。",
     [("张萍", "", ["lead"]), ("刘正道", "", ["accompany"]), ("孟凡伟", "区民政局局长", ["accompany"])]),
    # not the collective's words (领导班子, 领导干部, 领导成员), nor what 及 joins that is no name
    ("市领导班子，各部门负责人参加。", []),
    ("县领导干部，各部门负责人参加。", []),
    ("市领导及各部门负责人参加。", []),
    # one named with 等 and the guests they stand for, then a collective's members: all do what the list does
    ("蒙古国副总理策·敖云巴特尔等蒙方嘉宾，中国内蒙古自治区党政军领导王君、巴特尔等观看演出。",
     [("策·敖云巴特尔", "蒙古国副总理", ["attend"]), ("王君", "", ["attend"]), ("巴特尔", "", ["attend"])]),
    # a name glued to what follows it (周童相关县级领导…陪同: 相关 closes it); 区直 after a list mark is no name
    ("管委会主任周童相关县级领导、项目负责人陪同调研。", [("周童", "管委会主任", ["accompany"])]),
    ("区领导王庆祝、区直相关部门、属地负责同志参加。", [("王庆祝", "", ["attend"])]),
])
def test_members_of_a_collective_named_bare(text: str, expected: list) -> None:
    assert who(text) == expected


def test_the_follow_word_table_answers_as_the_pattern_does() -> None:
    """_follow_ok reads _FOLLOW by a table of characters and words first; at every position of every bundled
    chronicle, and of the words themselves, it says what the pattern says."""
    from pathlib import Path

    from etl import names

    texts = [p.read_text(encoding="utf-8") for p in sorted((Path(__file__).parent.parent / "data" / "sample").glob("*.txt"))]
    texts.append(names._FOLLOW_WORDS + "应邀请 应该 因病 因为 上党课 上了一堂党课 关注度 负责人 负责同志 等2人为 两位同志为 三人")
    differ = [(t[q:q + 6], names._follow_ok(t, q)) for t in texts for q in range(len(t) + 1)
              if names._follow_ok(t, q) != (q >= len(t) or names._FOLLOW.match(t, q) is not None)]
    assert differ == []


def test_a_subject_titled_elsewhere_in_the_file_doing_what_no_role_names() -> None:
    """张掖市政府工作要事记（2024年5月） (www.zhangye.gov.cn): the mayor is titled in one entry and named bare in the
    next, doing what no role verb names (安排整改工作): still there, as the one whose action it reports; and one
    who says something (表示) speaks. A bare name known from nowhere stays out (a misreading, most often)."""
    from etl.parse import parse_source
    from etl.source import read_source

    text = ("(2024年5月)\n1日,第二届甘肃省分析测试技术与仪器学会学术年会开幕。市委副书记、市长赵立香致辞。\n"
            "2日,张掖市整改工作领导小组会议召开。卢小亨主持会议,赵立香安排整改工作,王海峰、周均发等出席会议。\n"
            "3日,全市招商引资推进会召开。赵立香表示,要优化营商环境。李大海安排工作。\n")
    events = parse_source(read_source(text.encode(), "zhangye-2024-05.txt")).events
    assert [(p.name, p.roles) for p in events[1].participants] == [
        ("卢小亨", ["chair"]), ("赵立香", ["lead"]), ("王海峰", ["attend"]), ("周均发", ["attend"])]
    assert [(p.name, p.roles) for p in events[2].participants] == [("赵立香", ["speak"])]
    # (恩施 1956: the governor titled on 4月21日, bare on 5月14日, who 邀请 others to a forum he holds: 开座谈会)
    text = ("1956年\n4月21日 中共湖北省委书记处书记、湖北省省长张体学率领省联合工作团到达恩施。\n"
            "5月14日 张体学邀请学生教师代表40多人，在恩施专署开座谈会。恩施专署专员石源参加了座谈。\n")
    events = parse_source(read_source(text.encode(), "enshi-1956.txt")).events
    assert [(p.name, p.roles) for p in events[1].participants] == [("张体学", ["chair"]), ("石源", ["attend"])]



@pytest.mark.parametrize("text,expected", [
    # a titled subject after a clause that reports the meeting, doing what no role names: the one whose action it
    # reports, as after a full stop (…召开。副市长王五听取…)
    ("座谈会召开，副市长王五听取意见建议。", [("王五", "副市长", ["lead"])]),
    ("座谈会召开。副市长王五听取意见建议。", [("王五", "副市长", ["lead"])]),
    # (not the one an honour is given to, nor a list's member before its verb)
    ("大会召开，授予市公安局民警张三“全国特级优秀人民警察”称号。", []),
    ("市委书记张三，市长李四，副市长王五分别带队督查。",
     [("张三", "市委书记", ["lead"]), ("李四", "市长", ["lead"]), ("王五", "副市长", ["lead"])]),
])
def test_a_titled_subject_after_a_clause_doing_what_no_role_names(text: str, expected: list) -> None:
    assert who(text) == expected


@pytest.mark.parametrize("text,expected,mentioned", [
    # how many times, between a name and its verb (鄞州区 2022 一季度大事记, yzda.nbyz.cn)
    ("区委副书记、代区长陈兴立两次视频连线镇（街道）、园区指导疫情防控工作。",
     [("陈兴立", "区委副书记、代区长", ["lead"])], []),
    ("区长张三两次来到工地。", [("张三", "区长", ["lead"])], []),
    ("市长王五又一次来到工地检查。", [("王五", "市长", ["lead"])], []),
    # what a body judged or decided before a title is no part of it (正宁大事记: 县委错误地认为县委副书记…)
    ("市委号召副市长张三带头。", [("张三", "副市长", ["lead"])], []),
    # who is praised or rebuked is who the item is about
    ("市委通报表扬县长李四。", [], ["李四"]),
    # a founder, a bearer of a heritage craft, an army rank (台湾商工统一促进会创办人吴义德先生率…, taiwan.cn)
    ("促进会创办人吴义德先生率交流团来冠县考察。", [("吴义德", "促进会创办人", ["lead"])], []),
    ("非遗传承人赵六现场展示技艺。", [("赵六", "非遗传承人", ["lead"])], []),
    ("某部师长王五出席。", [("王五", "某部师长", ["attend"])], []),
    # the members named after 中央领导人, a collective as 市领导 is (梅县地区 1984 大事记)
    ("中共中央总书记胡耀邦和中央领导人余秋里、郝建秀等来梅县地区视察。",
     [("胡耀邦", "中共中央总书记", ["lead"]), ("余秋里", "", ["lead"]), ("郝建秀", "", ["lead"])], []),
    # those added to a body (增补, 增选) are who the item is about (洪山区 1985 大事记)
    ("会议增补委员7名，增补陶醒世、黄麟祥、张爱林为政协副主席。", [], ["陶醒世", "黄麟祥", "张爱林"]),
    # a delegation received by what it is: the one who led it is received too (武汉市外事办 2017, 大分市市长访汉)
    ("日本大分市市长佐藤树一郎率政府代表团一行7人访汉。市长万勇会见了代表团一行，副市长程用文陪同会见。",
     [("佐藤树一郎", "日本大分市市长", ["guest"]), ("万勇", "市长", ["lead"]),
      ("程用文", "副市长", ["accompany"])], []),
    ("由全国台联联络部副部长江浩率领的参访团一行25人来望江县参观访问。县委书记李跃云接见了访问团一行。",
     [("江浩", "全国台联联络部副部长", ["guest"]), ("李跃云", "县委书记", ["lead"])], []),
    # the other party, named after who they are (客商, 台商), to what is signed or talked
    ("市长李四与客商陈家豪签订合作协议。", [("李四", "市长", ["lead"]), ("陈家豪", "客商", ["lead"])], []),
    ("市长李四与台商陈家豪座谈。", [("李四", "市长", ["lead"]), ("陈家豪", "台商", ["guest"])], []),
    # a ceremony's act done together, by those listed before it (2022静安年鉴, 共和新路街道: 共同点亮屏幕)
    ("活动拉开帷幕。区文旅局局长陈宏，街道党工委书记李永波，支行副行长孙蓁荣共同点亮屏幕，正式开启主题活动。",
     [("陈宏", "区文旅局局长", ["lead"]), ("李永波", "街道党工委书记", ["lead"]), ("孙蓁荣", "支行副行长", ["lead"])], []),
    # whose 重要批示 is relayed, without 的 (滁州 本市要闻 2010); who convenes a meeting chairs it (召集…召开)
    ("省政府召开电视电话会议，传达省委书记张宝顺、省长王三运重要批示精神。", [], ["张宝顺", "王三运"]),
    ("副市长徐发成召集有关部门召开协调会议。", [("徐发成", "副市长", ["chair"])], []),
    # those an award is given to (为/向 them, then 颁奖, 颁发, 佩戴): who the item is about, a list of them too
    ("市长李四为获奖者王五颁奖。", [("李四", "市长", ["lead"])], ["王五"]),
    ("市长李四为获奖企业代表王五、赵六颁发奖牌。", [("李四", "市长", ["lead"])], ["王五", "赵六"]),
    ("市委书记张三为劳动模范陈建华、刘志强佩戴大红花。", [("张三", "市委书记", ["lead"])], ["陈建华", "刘志强"]),
    # (the 向 far before a long list: 2015年6月沈阳大事记)
    ("市长潘利国为大数据管理局揭牌，并向中国移动沈阳分公司总经理彭霞、东网科技有限公司总经理杨宝卫等五人颁发聘书。",
     [("潘利国", "市长", ["lead"])], ["彭霞", "杨宝卫"]),
    # a group counted, then who is in it (恩施 1956: 联合工作团共84人，其中包括…): its members, who attend;
    # a given name ending in 曾 or 均 before 等 or 、 (陶述曾等, 刘志均、)
    ("联合工作团共84人，其中包括副省长李明灏，水利局长陶述曾等。",
     [("李明灏", "副省长", ["attend"]), ("陶述曾", "水利局长", ["attend"])], []),
    ("副市长刘志均、王五出席。", [("刘志均", "副市长", ["attend"]), ("王五", "副市长", ["attend"])], []),
    # what the subject goes on to convene chairs it too (a named person who 召开 a meeting: EXTRACTION.md)
    ("市长张伟到企业调研并召开座谈会。", [("张伟", "市长", ["chair", "lead"])], []),
    ("市长张伟深入企业调研，召开座谈会听取意见。", [("张伟", "市长", ["chair", "lead"])], []),
    ("全市大会召开，市长张伟出席，召开前举行了仪式。", [("张伟", "市长", ["attend"])], []),
    # a name of the Yi or the Tibetans with no surname, after an office (凉山, 甘孜: 阿牛史日, 呷绒翁姆)
    ("州委书记、州长阿牛史日出席。", [("阿牛史日", "州委书记、州长", ["attend"])], []),
    ("副州长呷绒翁姆主持。", [("呷绒翁姆", "副州长", ["chair"])], []),
    ("秘书长哈尔滨出差。", [], []),
    # 发来 closes a name only before what is sent (贺信, 贺电 …): else 来 follows a name ending in 发
    ("中央领导人余秋里、张廷发来梅县视察。", [("余秋里", "", ["lead"]), ("张廷发", "", ["lead"])], []),
    ("省委书记王五发来贺信。", [], ["王五"]),
    # a delegation's heads or members listed after 分别是/分别为 (中央代表团 副团长有5位，分别是…): they attend, the
    # label no part of the first title
    ("副团长有5位，分别是中共中央政治局委员、国务院副总理孙春兰，全国人大常委会副委员长白玛赤林。",
     [("孙春兰", "中共中央政治局委员、国务院副总理", ["attend"]), ("白玛赤林", "全国人大常委会副委员长", ["attend"])], []),
    ("代表团成员分别为副市长王五、秘书长李四。", [("王五", "副市长", ["attend"]), ("李四", "秘书长", ["attend"])], []),
    # 提出…意见/建议 is said, as 提出…要求 is
    ("会议传达了省委书记王建华在全省经济工作会议上的讲话精神，市委书记张伟提出贯彻意见。",
     [("张伟", "市委书记", ["speak"])], ["王建华"]),
    ("市长刘洋对下一步工作进行安排。", [("刘洋", "市长", ["speak"])], []),
    ("市长刘洋就有关问题答记者问。", [("刘洋", "市长", ["speak"])], []),
    # 签约仪式 is a ceremony, not the verb 签约: what is done there is what counts (dev 050: 在签约仪式上致辞)
    ("中核集团董事长孙勤，自治区副主席王五在签约仪式上致辞。",
     [("孙勤", "中核集团董事长", ["speak"]), ("王五", "自治区副主席", ["speak"])], []),
    ("市长王五与客商李四签约。", [("王五", "市长", ["lead"]), ("李四", "客商", ["lead"])], []),
    # a title in Latin letters (dev 005: 浪潮集团董事长兼CEO孙丕恕)
    ("市委书记孙守刚会见了浪潮集团董事长兼CEO孙丕恕一行。",
     [("孙守刚", "市委书记", ["lead"]), ("孙丕恕", "浪潮集团董事长兼CEO", ["guest"])], []),
    # (a gift to a guest is no award)
    ("市长李四向日本客人佐藤一郎赠送纪念品。", [("李四", "市长", ["lead"])], []),
    # (a delegation that receives no one is led, not received)
    ("市长张三率团赴日本考察，会见了大分市市长。", [("张三", "市长", ["lead"])], []),
    # a 座谈会 or a 会商会 is a meeting, not the verb 座谈: what is done there counts (and 在座谈会 is not 在座)
    ("市长张君毅在座谈会上讲话。", [("张君毅", "市长", ["speak"])], []),
    ("市长张君毅在防汛抗旱会商会上要求，抓好风险管控。", [("张君毅", "市长", ["speak"])], []),
    ("市长张君毅与企业家座谈。", [("张君毅", "市长", ["lead"])], []),
    ("受林鲁生局长委托，陈建辉副局长在415会议室主持召开局务会。", [("陈建辉", "", ["chair"])], ["林鲁生"]),
    # (those elected in a by-election, 补选(了)…为…, are who the item is about)
    ("会议补选王明为市十六届人大常委会主任。", [], ["王明"]),
    ("会议补选了王明、李四为市人大常委会委员。", [], ["王明", "李四"]),
    # (an office that runs two others together: 总指挥 and 指挥长 in 总指挥长, which no lexicon lists)
    ("旗委副书记、旗长、旗疫情工作总指挥长王海英主持召开调度会。",
     [("王海英", "旗委副书记、旗长、旗疫情工作总指挥长", ["chair"])], []),
    ("县长助理王明参加会议。", [("王明", "县长助理", ["attend"])], []),
    # (one given a penalty is who the item is about: 给予…开除党籍处分, 给予…党内严重警告处分)
    ("市委常委会会议决定，给予李四开除党籍处分。", [], ["李四"]),
    ("市纪委给予原副市长张小平党内严重警告处分。", [], ["张小平"]),
    ("市委决定给予市交通局原局长王大明开除党籍、开除公职处分。", [], ["王大明"]),
    # (one whose writing a paper publishes is not there: 发表…的署名文章, 发表…重要文章《…》)
    ("《人民日报》发表省委书记王明的署名文章《奋力谱写新篇章》。", [], ["王明"]),
    ("《求是》杂志发表习近平总书记重要文章《论党的建设》。", [], ["习近平"]),
    ("市长王明在会上发表讲话。", [("王明", "市长", ["speak"])], []),
    # (a name no Chinese surname begins, titled earlier in the entry, is read where it stands bare later)
    ("日本大分市市长佐藤树一郎率代表团来我市访问。市长王明会见了佐藤树一郎一行。",
     [("佐藤树一郎", "日本大分市市长", ["guest"]), ("王明", "市长", ["lead"])], []),
    # (those who go along with a delegation, named after the label: 随同学习考察的还有…)
    ("随同学习考察的还有市人大常委会主任龚学平，市政协主席蒋以任。",
     [("龚学平", "市人大常委会主任", ["accompany"]), ("蒋以任", "市政协主席", ["accompany"])], []),
    ("随行的有副市长张建国、秘书长李明华。", [("张建国", "副市长", ["accompany"]), ("李明华", "秘书长", ["accompany"])], []),
    # (a meeting's sides named in its label: 中方人员 are hosts, who attend; 外方人员 the ones received)
    ("参加会见的中方人员有副市长张建国。", [("张建国", "副市长", ["attend"])], []),
    ("参加会见的外方人员有日本大分市副市长佐藤一郎。", [("佐藤一郎", "日本大分市副市长", ["guest"])], []),
    ("到会指导的有省委副书记张建国。", [("张建国", "省委副书记", ["attend"])], []),
    # (paying respects closes a name as other visits do: 瞻仰, 祭扫, 拜谒)
    # (… and whose memorial it is is mentioned)
    ("市委书记李华瞻仰了焦裕禄同志纪念馆。", [("李华", "市委书记", ["lead"])], ["焦裕禄"]),
    ("市委书记李华、市长王明祭扫革命烈士陵园。", [("李华", "市委书记", ["lead"]), ("王明", "市长", ["lead"])], []),
    ("副县长张建国结对帮扶困难群众。", [("张建国", "副县长", ["lead"])], []),
    ("区委书记李华巡查河道。", [("李华", "区委书记", ["lead"])], []),
    # (how many those listed are, and who, between the list and its verb: 两位局领导)
    ("局长龙浩仔和副局长张普照两位局领导以普通党员身份参加学习并发言。",
     [("龙浩仔", "局长", ["attend", "speak"]), ("张普照", "副局长", ["attend", "speak"])], []),
    # (讲了话, 发了言: 讲话 and 发言 with their aspect word inside)
    ("副市长龙李海、方晓利，市政府秘书长魏正平等出席会议并讲了话。",
     [("龙李海", "副市长", ["attend", "speak"]), ("方晓利", "副市长", ["attend", "speak"]),
      ("魏正平", "市政府秘书长", ["attend", "speak"])], []),
    ("县长王大明在会上发了言。", [("王大明", "县长", ["speak"])], []),
    # (older prose: 开座谈会 is 召开座谈会)
    ("县委书记王大明在县委开座谈会，征求意见。", [("王大明", "县委书记", ["chair"])], []),
    # (views put forward are speech: 发表了意见建议)
    ("葛明洪、施志霞、陈淑玲等10位政协委员发表了意见建议。",
     [("葛明洪", "", ["speak"]), ("施志霞", "", ["speak"]), ("陈淑玲", "", ["speak"])], []),
    # (a reporter is who they are, as a writer is: 新华社记者甲来县采访)
    ("新华社记者穆青、冯健来县采访。", [("穆青", "新华社记者", ["lead"]), ("冯健", "新华社记者", ["lead"])], []),
    ("市长王明会见了人民日报记者张建国。", [("王明", "市长", ["lead"]), ("张建国", "人民日报记者", ["guest"])], []),
    # (an adverb between a bare name and its verb: 光荣出席, 连夜出席)
    ("全国劳动模范、县农机厂工人李建国光荣出席全国群英会。", [("李建国", "全国劳动模范、县农机厂工人", ["attend"])], []),
    ("副县长张光荣出席会议。", [("张光荣", "副县长", ["attend"])], []),
    # (plans told at a meeting are speech: 分别谈了打算设想, 交流了体会; 次 and 及 inside a given name: 王次忠, 单及春)
    ("市长张振川主持召开市长办公会。副市长陈颖、王次忠在会上分别谈了打算设想。",
     [("张振川", "市长", ["chair"]), ("陈颖", "副市长", ["speak"]), ("王次忠", "副市长", ["speak"])], []),
    ("副县长李华、张强交流了学习体会。", [("李华", "副县长", ["speak"]), ("张强", "副县长", ["speak"])], []),
    ("县委书记王明与企业代表座谈。", [("王明", "县委书记", ["lead"])], []),
    # (when, right after the name: 次日, 第二次)
    ("副县长张国庆次日到乡镇检查。", [("张国庆", "副县长", ["lead"])], []),
    ("县委第一书记单及春在会上传达了会议精神。", [("单及春", "县委第一书记", ["speak"])], []),  # (及 inside a given name)
    ("副市长王明及李华出席。", [("王明", "副市长", ["attend"]), ("李华", "", ["attend"])], []),
    ("市长王明第二次到该村调研。", [("王明", "市长", ["lead"])], []),
    # (coming to a place named by one character is no 来 surname: 来郿, 来渝)
    ("苏联爬山运动员来郿，登上太白山。", [], []),
    ("专家来渝考察项目。", [], []),
    ("副市长来宏出席。", [("来宏", "副市长", ["attend"])], []),
    # (the reports a congress hears, by their titles: who delivered each speaks; the next one's title
    # starts after the work's closing mark)
    ("会议听取并审议了朱锡光作的《滕县人民政府工作报告》、赵崇教作的《关于财政预算的报告》。",
     [("朱锡光", "", ["speak"]), ("赵崇教", "", ["speak"])], []),
    ("会议听取了县长王明作的《政府工作报告》、副县长李华作的《预算报告》。",
     [("王明", "县长", ["speak"]), ("李华", "副县长", ["speak"])], []),
    # (… but a work studied is its author's words: 学习…作的《…》)
    ("学习了毛泽东同志作的《论十大关系》。", [], ["毛泽东"]),
    # (those elected, named after the office they are elected to: 选举产生侨联主席甲，文联主席乙)
    ("地区侨联成立。选举产生侨联主席刘水，文联主席罗滨。", [], ["刘水", "罗滨"]),
    ("会议选举产生了县政协主席王明，副主席李华、张强。", [], ["王明", "李华", "张强"]),
    # (those who come, invited: 应邀前来; artists' titles: 表演家, 教育家)
    ("港澳同胞刘锦庆、曾宪梓和相声艺术表演家马季、姜昆等，应邀前来联欢。",
     [("刘锦庆", "港澳同胞", ["lead"]), ("曾宪梓", "港澳同胞", ["lead"]), ("马季", "相声艺术表演家", ["lead"]),
      ("姜昆", "相声艺术表演家", ["lead"])], []),
    ("著名教育家陶行知来县讲学。", [("陶行知", "著名教育家", ["lead", "speak"])], []),
    # (a town congress: those elected, counted and by how many votes; the report 所做的《…》; the one elected
    # who then speaks, named before the office; a titled subject who 表示s, no other verb)
    ("谢波、杨景宪两名同志分别以全票当选为滔溪镇人民政府镇长和镇人大主席团主席。", [], ["谢波", "杨景宪"]),
    ("大会听取了镇长张震同志所做的《政府工作报告》。", [("张震", "镇长", ["speak"])], []),
    ("大会听取了张震所作的工作报告。", [("张震", "", ["speak"])], []),
    ("会议选举了陈泽良同志为镇人民政府镇长，陈泽良镇长并在会上作了讲话。", [("陈泽良", "", ["speak"])], []),
    ("镇人代会召开。会上，镇党委书记黄治平同志代表镇党委，对人大工作表示充分的肯定。",
     [("黄治平", "镇党委书记", ["speak"])], []),
    ("市委书记王明出席，李华军市长也讲了话。", [("王明", "市委书记", ["attend"]), ("李华军", "", ["speak"])], []),
    # (a noun made of an attending verb is no verb: 列席人士, 出席人员; 海外 is no name after 和)
    ("杨勋、尤淑瑞、邢文祥等港澳委员和海外列席人士踊跃发言。",
     [("杨勋", "", ["speak"]), ("尤淑瑞", "", ["speak"]), ("邢文祥", "", ["speak"])], []),
    ("市长王明出席代表大会。", [("王明", "市长", ["attend"])], []),
    # (military ranks are titles, before or after the name: 装备部少将甲, 乙少将和…副司令员丙少将)
    ("副省长刘志庚，原广州空军装备部少将林绍新，原华南理工大学校长刘焕彬等参加了座谈会。",
     [("刘志庚", "副省长", ["attend"]), ("林绍新", "原广州空军装备部少将", ["attend"]),
      ("刘焕彬", "原华南理工大学校长", ["attend"])], []),
    ("南京军区副司令员王洪光少将和浙江省军区副司令员王加木少将来洞调研。",
     [("王洪光", "南京军区副司令员", ["lead"]), ("王加木", "浙江省军区副司令员", ["lead"])], []),
    # (a duty said before a title is no chairing: 主持市委全面工作的副书记; the list's verb governs them)
    ("副市长邓建华；主持兴宁市委全面工作的副书记、市长陈略宇，以及有关部门负责同志出席了启动仪式。",
     [("邓建华", "副市长", ["attend"]), ("陈略宇", "副书记、市长", ["attend"])], []),
    # (one a committee decides shall hold an office: 决定甲同志任…)
    ("经省委批准，梅州市委决定陈略宇同志任中共兴宁市委书记。", [], ["陈略宇"]),
    ("会议决定授予罗加乔夫·亚历山大等6人“荣誉市民”称号。", [], ["罗加乔夫·亚历山大"]),
    # (a named person who 组织召开 a meeting chairs it, as one who 召开 it; not a body that does: 县委组织召开)
    ("区委副书记、代区长张伟组织召开全区疫情防控工作推进会。", [("张伟", "区委副书记、代区长", ["chair"])], []),
    ("县委组织召开全县干部大会，县委书记王明出席。", [("王明", "县委书记", ["attend"])], []),
    # (a nominee is who they are: 区长提名候选人甲)
    ("区委书记刘正仁主持召开区委常委会会议。区委副书记、区人民政府区长提名候选人蒋春艳，区领导赵婷等参加。",
     [("刘正仁", "区委书记", ["chair"]), ("蒋春艳", "区委副书记、区人民政府区长提名候选人", ["attend"]),
      ("赵婷", "", ["attend"])], []),
    # (an office's seat is no name after its office: 行政督察专员公署)
    ("设置安康分区行政督察专员公署，洵阳县属之。", [], []),
    # (members of a leadership team are named together, as 市领导 are: no title; a party group's member is one)
    ("新城班子成员刘洪武、任炳群，泾河集团董事长张鹏飞参加。",
     [("刘洪武", "", ["attend"]), ("任炳群", "", ["attend"]), ("张鹏飞", "泾河集团董事长", ["attend"])], []),
    ("区政府党组成员郑李平出席会议。", [("郑李平", "区政府党组成员", ["attend"])], []),
    # (one a standing committee decides shall act as mayor: 决定甲为代理市长)
    ("会议决定于海田为济南市人民政府代理市长。", [], ["于海田"]),
    # (a list of places after a verb of going goes on with places: 到龙泉、庆元、景宁调研; one whose items before
    # were names goes on with names past one that cannot be read: 张院)
    ("市委书记王明到龙泉、庆元、景宁调研。", [("王明", "市委书记", ["lead"])], []),
    ("市领导羊维达、蒋巍、费坚、张镇、陈卫红、吴本辉等在市主会场参加会议。",
     [("羊维达", "", ["attend"]), ("蒋巍", "", ["attend"]), ("费坚", "", ["attend"]), ("张镇", "", ["attend"]),
      ("陈卫红", "", ["attend"]), ("吴本辉", "", ["attend"])], []),
    ("市领导羊维达、蒋巍、张院、陈卫红等在市主会场参加会议。",
     [("羊维达", "", ["attend"]), ("蒋巍", "", ["attend"]), ("陈卫红", "", ["attend"])], []),
])
def test_counted_visits_and_who_an_item_praises(text: str, expected: list, mentioned: list) -> None:
    assert who_and_mentioned(text) == (expected, mentioned)


def test_a_title_never_takes_in_the_judgement_before_it() -> None:
    got = read_people("县委错误地认为县委副书记杨宗万所写的小说是大毒草。")
    assert all("认为" not in p.title for p in got.participants)


@pytest.mark.parametrize("text,expected,mentioned", [
    # (those who sit in on a meeting, 旁听, attend as those who 列席 do; 公民 is no surname: 公民代表 is a title)
    ("受市长吴之凌委托，常务副市长何运平主持召开市政府常务会议。公民代表陆红婷、朱勇强、于大永旁听了会议。",
     [("何运平", "常务副市长", ["chair"]), ("陆红婷", "公民代表", ["attend"]), ("朱勇强", "公民代表", ["attend"]),
      ("于大永", "公民代表", ["attend"])], ["吴之凌"]),
    ("区人大代表、政协委员王芳等旁听庭审。", [("王芳", "区人大代表、政协委员", ["attend"])], []),
    # (an interview or a summons right before a title is no part of it: 专访青羊区委书记甲)
    ("电视台特别节目聚焦青羊区，专访青羊区委书记戴志勇，详细解读三大产业功能区建设情况。",
     [("戴志勇", "青羊区委书记", ["speak"])], []),
    ("省委书记李四致电青海省委书记王五。", [("李四", "省委书记", ["lead"])], []),
    # (the one whose visit a host welcomes, 对甲一行的来访表示欢迎, is received; 对 is no part of the title, though
    # 对外 and 应对 are: 省对外友协会长, 应对气候变化司副司长)
    ("市长万勇会见了代表团一行。万勇对大分市市长佐藤树一郎一行的来访表示欢迎。",
     [("万勇", "市长", ["lead"]), ("佐藤树一郎", "大分市市长", ["guest"])], []),
    ("省对外友协会长张三、生态环境部应对气候变化司副司长陆新明出席。",
     [("张三", "省对外友协会长", ["attend"]), ("陆新明", "生态环境部应对气候变化司副司长", ["attend"])], []),
    # (a list goes on past each name's aside or honorific, 甲（女）、乙 and 甲先生、乙, and an aside of sex and people
    # holds a comma that ends no clause: 甲（女，满族）、乙)
    ("副市长刘培国（女）、张建军（女），市政府秘书长郭守印（女）参加。",
     [("刘培国", "副市长", ["attend"]), ("张建军", "副市长", ["attend"]), ("郭守印", "市政府秘书长", ["attend"])], []),
    ("副市长刘培国先生、张建军先生，市政府秘书长郭守印先生参加。",
     [("刘培国", "副市长", ["attend"]), ("张建军", "副市长", ["attend"]), ("郭守印", "市政府秘书长", ["attend"])], []),
    ("副市长刘培国（女，满族）、张建军（男，回族），市政府秘书长郭守印参加。",
     [("刘培国", "副市长", ["attend"]), ("张建军", "副市长", ["attend"]), ("郭守印", "市政府秘书长", ["attend"])], []),
    # (a collective's members parted by commas, 市领导甲，乙，丙等出席, are a list; a clause after the first is not)
    ("市领导吴键，李松春，丁德明，陈继松，施锦祥等出席开工典礼。",
     [("吴键", "", ["attend"]), ("李松春", "", ["attend"]), ("丁德明", "", ["attend"]), ("陈继松", "", ["attend"]),
      ("施锦祥", "", ["attend"])], []),
    ("区领导刘正道，区民政局局长孟凡伟陪同。", [("刘正道", "", ["accompany"]), ("孟凡伟", "区民政局局长", ["accompany"])], []),
    # (在…随同下 is 在…陪同下)
    ("农村局局长湛东升一行3人在省农村工作领导小组办公室主任王泽厚随同下，来我市调研。",
     [("湛东升", "农村局局长", ["lead"]), ("王泽厚", "省农村工作领导小组办公室主任", ["accompany"])], []),
    # (a report heard and reviewed, 听取并审议…的汇报, is not one the chair gives)
    ("王金山省长主持召开省政府常务会议，听取并审议行政审批项目清理情况的汇报。副省长任海深出席会议。",
     [("王金山", "", ["chair"]), ("任海深", "副省长", ["attend"])], []),
])
def test_sitting_in_interviews_welcomed_visits_and_lists_with_asides_or_commas(text: str, expected: list, mentioned: list) -> None:
    assert who_and_mentioned(text) == (expected, mentioned)


@pytest.mark.parametrize("text,expected", [
    # a name with no title before what it speaks on (甲就…作了说明): the speaking after it is its verb
    ("会上，刘志强就下一步工作作了部署。", [("刘志强", "", ["speak"])]),
    ("会上，姚素亚就上午的参观进行了归纳总结。", [("姚素亚", "", ["speak"])]),
    # (深入 or 到 before what is done there: 甲深入企业调研, a name alone before it)
    ("随后，李长萍深入企业调研。", [("李长萍", "", ["lead"])]),
    ("随后，李长萍到企业调研。", [("李长萍", "", ["lead"])]),
    ("全面深入开展调研。", []),
    # (常务列席: sits in as a standing non-voting member, after the name)
    ("县人大常委会副主任张贵、县政协副主席徐冰常务列席会议。",
     [("张贵", "县人大常委会副主任", ["attend"]), ("徐冰", "县政协副主席", ["attend"])]),
    # (进行了总结 is 作总结, said of someone; said of the meeting it is no one's)
    ("会议对上半年工作进行了总结，市长王晓东出席。", [("王晓东", "市长", ["attend"])]),
    ("这一成就为全省作出了贡献。", []),
])
def test_what_a_bare_name_speaks_on(text: str, expected: list) -> None:
    assert who(text) == expected


@pytest.mark.parametrize("text,expected", [
    # words that read as a surname and a given name: 应邀 after a delegation's head, 国家 before its office
    ("黑龙江省友好代表团一行7人，由副省长周铁农率领，应邀赴朝鲜咸镜北道访问。", [("周铁农", "副省长", ["lead"])]),
    ("国家副主席出席开幕式。", []),
    ("应勇应邀出席。", [("应勇", "", ["attend"])]),
    # a monarchy's offices end a title (王储, 埃米尔, 女王…)
    ("沙特王储穆罕默德·本·萨勒曼访华。", [("穆罕默德·本·萨勒曼", "沙特王储", ["lead"])]),
    ("卡塔尔埃米尔塔米姆会见了副总理王五。", [("塔米姆", "卡塔尔埃米尔", ["lead"]), ("王五", "副总理", ["guest"])]),
])
def test_words_that_are_no_names_and_a_monarchy_s_offices(text: str, expected: list) -> None:
    assert who(text) == expected


@pytest.mark.parametrize("text,expected", [
    # leaders named before their titles, joined (毛泽东主席和周恩来总理): 和 begins no name (和周恩)
    ("毛泽东主席和周恩来总理接见了全体代表。", [("毛泽东", "", ["lead"]), ("周恩来", "", ["lead"])]),
    ("毛泽东主席、周恩来总理接见了全体代表。", [("毛泽东", "", ["lead"]), ("周恩来", "", ["lead"])]),
    ("市委书记和晓东出席。", [("和晓东", "市委书记", ["attend"])]),
    # a leader's spouse (和夫人, 偕夫人): 夫人 is the title, 偕 ends a name and a title as 和 does
    ("刘少奇主席和夫人王光美来我市视察。", [("刘少奇", "", ["lead"]), ("王光美", "夫人", ["lead"])]),
    ("刘少奇主席偕夫人王光美来我市视察。", [("刘少奇", "", ["lead"]), ("王光美", "夫人", ["lead"])]),
    ("美国总统尼克松偕夫人访问杭州。", [("尼克松", "美国总统", ["lead"])]),
    ("日本首相夫人安倍昭惠参观。", [("安倍昭惠", "日本首相夫人", ["lead"])]),
    ("市长王强偕同副市长李明调研。", [("王强", "市长", ["lead"]), ("李明", "副市长", ["lead"])]),
    # the one received (接待, 宴请), named after who they are (客商, 群众代表): a guest
    ("市长张三接待了来访的香港客商李嘉诚先生。", [("张三", "市长", ["lead"]), ("李嘉诚", "香港客商", ["guest"])]),
    ("市长张三接待了上访群众代表王五。", [("张三", "市长", ["lead"]), ("王五", "上访群众代表", ["guest"])]),
    # (the other party named after where they are from and who they are: 与日本客商甲签订…, 与台湾客商乙座谈)
    ("副市长王强与日本客商李明辉签订合作协议。", [("王强", "副市长", ["lead"]), ("李明辉", "日本客商", ["lead"])]),
    ("副市长王强与台湾客商李明辉座谈。", [("王强", "副市长", ["lead"]), ("李明辉", "台湾客商", ["guest"])]),
    ("市长刘慧晏与来访的德国客商汉斯·米勒举行会谈。", [("刘慧晏", "市长", ["lead"]), ("汉斯·米勒", "德国客商", ["guest"])]),
    # (the second of those received, joined by 和 to a titled one, named alone at the clause's end)
    ("市委书记张建国会见了中国工程院院士钟南山和李兰娟。",
     [("张建国", "市委书记", ["lead"]), ("钟南山", "中国工程院院士", ["guest"]), ("李兰娟", "", ["guest"])]),
])
def test_leaders_named_before_their_titles_and_their_spouses(text: str, expected: list) -> None:
    assert who(text) == expected


@pytest.mark.parametrize("text,expected", [
    # older chronicles: a marshal or a general named before the rank, a leader who comes (来我县视察), a second
    # office held with the first (副总理兼外交部长)
    ("贺龙元帅视察县城。", [("贺龙", "", ["lead"])]),
    ("张爱萍将军来我县视察。", [("张爱萍", "", ["lead"])]),
    ("叶剑英副主席来我县视察，省军区司令员刘兴元陪同。", [("叶剑英", "", ["lead"]), ("刘兴元", "省军区司令员", ["accompany"])]),
    ("陈毅副总理兼外交部长陪同外宾参观。", [("陈毅", "", ["accompany"])]),
    ("市长将军事工作列入议程。", []),
])
def test_leaders_ranks_visits_and_second_offices_written_after_the_name(text: str, expected: list) -> None:
    assert who(text) == expected


@pytest.mark.parametrize("text,expected", [
    # an academic's rank written after the name (甲教授, 乙院士) is no title and does not hide what they come to do;
    # a lecture given (讲学) is a speech
    ("中国科学院院士郑九教授来我市作报告。", [("郑九", "中国科学院院士", ["lead", "speak"])]),
    ("郑九教授应邀来我市讲学。", [("郑九", "", ["lead", "speak"])]),
    ("国际热带菌类学会主席张树庭教授来县考察香菇发展历史。", [("张树庭", "国际热带菌类学会主席", ["lead"])]),
    ("张三教授、李四院士出席会议。", [("张三", "", ["attend"]), ("李四", "", ["attend"])]),
    # (应邀 and 应约 are no name even after a title: 教授应邀出席)
    ("郑九教授应约来我市讲学。", [("郑九", "", ["lead", "speak"])]),
    ("副教授应邀出席会议。", []),
])
def test_academic_ranks_after_the_name_and_lectures(text: str, expected: list) -> None:
    assert who(text) == expected


@pytest.mark.parametrize("text,expected,mentioned", [
    # a given name that ends in 同 (刘大同) keeps it where no one follows the 同 to go with
    ("副市长刘大同出席会议。", [("刘大同", "副市长", ["attend"])], []),
    ("副市长刘大同、王五出席会议。", [("刘大同", "副市长", ["attend"]), ("王五", "副市长", ["attend"])], []),
    ("市长刘大同同志出席。", [("刘大同", "市长", ["attend"])], []),
    ("市长刘大同同企业家座谈。", [("刘大同", "市长", ["lead"])], []),
    ("会议传达学习了省长刘大同的批示要求。", [], ["刘大同"]),
    # (同 as 与, someone after it: 李四 with them)
    ("市长李四同企业家座谈。", [("李四", "市长", ["lead"])], []),
    ("市长李四同同志们座谈。", [("李四", "市长", ["lead"])], []),
    ("市长李红同志出席。", [("李红", "市长", ["attend"])], []),
])
def test_given_names_that_end_in_tong(text: str, expected: list, mentioned: list) -> None:
    assert who_and_mentioned(text) == (expected, mentioned)


@pytest.mark.parametrize("text,expected", [
    # the list after the leaders labelled as there (参加会议的市领导有…, 陪同考察的省市领导还有…)
    ("参加会议的市领导有王五、李四。", [("王五", "", ["attend"]), ("李四", "", ["attend"])]),
    ("陪同考察的省市领导还有王五、赵六。", [("王五", "", ["accompany"]), ("赵六", "", ["accompany"])]),
    ("市委领导有力地推动了工作。", []),
    # a list counted after its names (甲、乙两位同志, 丙、丁二人): the verb after the count is theirs
    ("张三、李四两位同志分别作了发言。", [("张三", "", ["speak"]), ("李四", "", ["speak"])]),
    ("副市长张三、李四二人出席。", [("张三", "副市长", ["attend"]), ("李四", "副市长", ["attend"])]),
    # the views heard of those named after 听取 (听取企业家代表甲、乙的意见建议): they spoke
    ("市长李四主持召开座谈会，听取企业家代表王五、赵六的意见建议。",
     [("李四", "市长", ["chair"]), ("王五", "企业家代表", ["speak"]), ("赵六", "企业家代表", ["speak"])]),
    ("会议听取了政协委员王五关于城市管理的意见和建议。", [("王五", "政协委员", ["speak"])]),
    ("市长李四对王五的意见作出回应。", [("李四", "市长", ["lead"])]),
    # an inspection team's findings handed back (反馈巡视意见) are said: speak; what others fed back is no one's here
    ("省委第三巡视组组长孙立新反馈巡视意见，县委书记陈建华作表态发言。",
     [("孙立新", "省委第三巡视组组长", ["speak"]), ("陈建华", "县委书记", ["speak"])]),
    ("市委第二巡察组组长王五向县委反馈巡察情况。", [("王五", "市委第二巡察组组长", ["speak"])]),
    ("市长李四对群众反馈的问题作出回应。", [("李四", "市长", ["lead"])]),
])
def test_lists_labelled_before_or_counted_after(text: str, expected: list) -> None:
    assert who(text) == expected


def test_a_call_from_elsewhere_is_no_presence() -> None:
    # 甲打来电话: calling here from elsewhere, mentioned as a letter's sender is; 乙打电话询问: the entry's own act
    assert who_and_mentioned("省长王五专门打来电话，对防汛工作作出指示。") == ([], ["王五"])
    assert who_and_mentioned("市长李四打电话询问灾情。") == ([("李四", "市长", ["lead"])], [])


@pytest.mark.parametrize("adverb", "全程 一早 清晨 连日来 今天 亦 正在 仍 积极 重点 集中 再一次 星夜 继续 特意 提前 接着".split())
def test_adverbs_between_a_titled_name_and_its_verb(adverb: str) -> None:
    # (before, a name with one of these after it was not read at all)
    assert who(f"副市长张国强{adverb}陪同。") == [("张国强", "副市长", ["accompany"])]
    assert who(f"副市长张国强{adverb}出席会议。") == [("张国强", "副市长", ["attend"])]


@pytest.mark.parametrize("text,expected,mentioned", [
    # verbs after a name that were no follow word (the name was not read) and 强 shared by 调度/调任 (张国强调度…)
    ("市委书记张国强调度防汛工作。", [("张国强", "市委书记", ["lead"])], []),
    ("副市长张国强调任省发改委主任。", [], ["张国强"]),
    ("副市长张国强探望慰问了老党员。", [("张国强", "副市长", ["lead"])], []),
    ("副市长王五带队验收农田建设项目。", [("王五", "副市长", ["lead"])], []),
    ("市长李四启程赴京。", [("李四", "市长", ["lead"])], []),
    # (接着, 紧接着 as 随即: the verb after it is the name's)
    ("全省视频会议召开后，市长李四接着召开全市会议进行部署。", [("李四", "市长", ["chair", "speak"])], []),
    ("市长李四紧接着主持召开专题会议。", [("李四", "市长", ["chair"])], []),
])
def test_more_verbs_after_a_name(text: str, expected: list, mentioned: list) -> None:
    assert who_and_mentioned(text) == (expected, mentioned)


@pytest.mark.parametrize("text", ["原副市长王五涉嫌严重违纪违法，接受纪律审查和监察调查。",
                                  "原副市长王五涉嫌严重违纪违法，目前正接受省纪委监委纪律审查和监察调查。",
                                  "原副市长王五接受中央纪委国家监委纪律审查和监察调查。"])
def test_one_under_investigation_is_whom_the_item_is_about(text: str) -> None:
    # (before, 涉嫌严重违纪违法 with no 案/问题 after it left them leading)
    assert who_and_mentioned(text) == ([], ["王五"])


@pytest.mark.parametrize("text,expected", [
    # 探望 and 走访 receive as 看望 does: the ones visited are guests, titled or bare
    ("市长李四探望了老红军王五。", [("李四", "市长", ["lead"]), ("王五", "老红军", ["guest"])]),
    ("市长李四走访了劳动模范王五。", [("李四", "市长", ["lead"]), ("王五", "劳动模范", ["guest"])]),
    ("市长李四走访了王五、赵六等困难群众。", [("李四", "市长", ["lead"]), ("王五", "", ["guest"]), ("赵六", "", ["guest"])]),
    ("市长李四走访了张家港市。", [("李四", "市长", ["lead"])]),
])
def test_those_visited_at_home_are_guests(text: str, expected: list) -> None:
    assert who(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a verb after an office with no name is no name (王部长强调, 副市长宣布开幕: not 强调, not 宣布开幕 read as a name
    # of the Yi); a real name of that surname still is (宣伟, 强卫东)
    ("王部长强调，要提高站位。", []),
    ("副市长宣布开幕。", []),
    ("副市长宣伟出席。", [("宣伟", "副市长", ["attend"])]),
    ("副市长强卫东出席。", [("强卫东", "副市长", ["attend"])]),
    ("董事长出席了签约仪式。", []),  # (董事长 alone is no 董 + 事长)
    # a field's workers (文艺工作者, 卫生工作人员) are no 文艺工 and 作
    ("文艺工作者代表发言。", []),
    ("卫生工作人员参加活动。", []),
    ("宣传工作者代表张三发言。", [("张三", "宣传工作者代表", ["speak"])]),
    # a country (韩国代表团) or where one is from (邵阳籍企业家) is no bare name; 韩国强 after an office still is
    ("韩国代表团出席。", []),
    ("邵阳籍企业家出席。", []),
    ("副市长韩国强出席。", [("韩国强", "副市长", ["attend"])]),
])
def test_verbs_after_an_office_are_no_names(text: str, expected: list) -> None:
    assert who(text) == expected


@pytest.mark.parametrize("text,expected,mentioned", [
    # 应甲邀请 / 应乙之邀: who invited the visitors is named, not said to be there; no 应 in their title
    ("应市委书记王建华邀请，杭州市市长刘峰率团来访。", [("刘峰", "杭州市市长", ["lead"])], ["王建华"]),
    ("应市长赵海之邀，杭州市市长刘峰率团来访。", [("刘峰", "杭州市市长", ["lead"])], ["赵海"]),
    ("应德国汉堡市市长舒尔茨之邀，市长赵海率团出访。", [("赵海", "市长", ["lead"])], ["舒尔茨"]),
    ("应市委书记王建华、市长赵海的邀请，杭州市市长刘峰率团来访。", [("刘峰", "杭州市市长", ["lead"])], ["王建华", "赵海"]),
    # … and one of them there later keeps the title the entry first gave them
    ("应市委书记王建华邀请，杭州市市长刘峰率团来访。王建华会见了刘峰一行。",
     [("刘峰", "杭州市市长", ["guest"]), ("王建华", "市委书记", ["lead"])], []),
    # (应急 begins an office; 应邀 is the one invited coming)
    ("应急管理部部长王祥喜到我市检查。", [("王祥喜", "应急管理部部长", ["lead"])], []),
    ("市长赵海应邀出席论坛并致辞。", [("赵海", "市长", ["attend", "speak"])], []),
    # 设宴: the host of a dinner leads (the name was not read before)
    ("市委书记王建华设宴欢迎刘峰一行。", [("王建华", "市委书记", ["lead"]), ("刘峰", "", ["guest"])], []),
    # 一同调研的有… / 一起参加活动的还有… / 同行的有…: what they did with the one named before
    ("市委书记王建华到企业调研。一同调研的有副市长孙伟、市政府秘书长钱程。",
     [("王建华", "市委书记", ["lead"]), ("孙伟", "副市长", ["lead"]), ("钱程", "市政府秘书长", ["lead"])], []),
    ("市委书记王建华出席开幕式，一起参加活动的还有副市长孙伟。",
     [("王建华", "市委书记", ["attend"]), ("孙伟", "副市长", ["attend"])], []),
    ("市长赵海赴深圳招商，同行的有副市长孙伟。", [("赵海", "市长", ["lead"]), ("孙伟", "副市长", ["accompany"])], []),
])
def test_inviters_hosts_and_those_who_went_along(text: str, expected: list, mentioned: list) -> None:
    assert who_and_mentioned(text) == (expected, mentioned)


@pytest.mark.parametrize("text,expected", [
    # a leader's title written after the name, then what they did: the verbs after the title are theirs (before,
    # 率代表团 and 一行…赴 after 市长 gave no role, and the name was dropped)
    ("郭金龙市长率北京市政府代表团启程赴荷兰访问。", [("郭金龙", "", ["lead"])]),
    ("郭金龙市长一行启程赴荷兰访问。", [("郭金龙", "", ["lead"])]),
    ("应荷兰阿姆斯特丹市邀请，郭金龙市长率代表团赴荷兰访问。市政府秘书长孙康林陪同出访。",
     [("郭金龙", "", ["lead"]), ("孙康林", "市政府秘书长", ["accompany"])]),
])
def test_verbs_after_a_leader_s_title_written_after_the_name(text: str, expected: list) -> None:
    assert who(text) == expected


@pytest.mark.parametrize("text,expected", [
    # 为甲、乙颁奖 with titles between the ones honoured: the one handing the awards over leads (before, lost:
    # their tail ran into the list and held no verb)
    ("会上，县委书记赵海为优秀共产党员王建国、优秀党务工作者李红梅颁奖。", [("赵海", "县委书记", ["lead"])]),
    ("县委书记赵海，县长孙伟分别为优秀共产党员王建国、优秀党务工作者李红梅颁奖。",
     [("赵海", "县委书记", ["lead"]), ("孙伟", "县长", ["lead"])]),
    # (another verb gives their role: that one only, as before)
    ("县委书记赵海出席并为优秀共产党员王建国、优秀党务工作者李红梅颁奖。", [("赵海", "县委书记", ["attend"])]),
])
def test_who_hands_awards_to_a_titled_list(text: str, expected: list) -> None:
    got, mentioned = who_and_mentioned(text)
    assert got == expected and "李红梅" in mentioned


@pytest.mark.parametrize("text", ["人民日报刊发市委书记王建华署名文章。", "《求是》杂志刊登省委书记王建华的署名文章。",
                                  "市委书记王建华署名文章《奋力谱写新篇章》在《学习时报》刊发。",
                                  "市委书记王建华在人民日报发表署名文章。", "市委书记王建华在《求是》杂志发表文章。"])
def test_the_author_of_a_signed_article_is_mentioned(text: str) -> None:
    # (before, 刊发市委书记王建华署名文章 made 王建华 the subject, titled 人民日报刊发市委书记)
    assert who_and_mentioned(text) == ([], ["王建华"])


@pytest.mark.parametrize("text,expected", [
    # a list under a collective whose 、 a copy gave as spaces (市领导甲 乙 丙出席): each of them (before, none)
    ("市领导王建华 赵海 孙伟出席。", [("王建华", "", ["attend"]), ("赵海", "", ["attend"]), ("孙伟", "", ["attend"])]),
    ("区领导王建华\u3000赵海参加活动。", [("王建华", "", ["attend"]), ("赵海", "", ["attend"])]),
    ("市領導王建華 趙海出席。", [("王建華", "", ["attend"]), ("趙海", "", ["attend"])]),  # (in traditional script too)
    ("市领导王建华 赵海 孙伟，市直有关部门负责人参加。",
     [("王建华", "", ["attend"]), ("赵海", "", ["attend"]), ("孙伟", "", ["attend"])]),
    # (a space before the verb is no list)
    ("市领导王建华 讲话。", [("王建华", "", ["speak"])]),
    ("省市领导 和 群众参加活动。", []),
])
def test_a_list_under_a_collective_spaced_instead_of_marked(text: str, expected: list) -> None:
    assert who(text) == expected
    assert [(p.name, p.title, p.roles) for e in parse_source(read_source(f"2024年1月大事记\n3日，{text}\n".encode(), "s.txt")).events
            for p in e.participants] == expected


@pytest.mark.parametrize("text,expected,mentioned", [
    # a duty given (主持市政府全面工作, 主持…日常工作): whom the item is about, no meeting chaired (before, chair)
    ("经省政府同意，王建华同志主持市政府全面工作。", [], ["王建华"]),
    ("副市长王建华主持市政府日常工作。", [], ["王建华"]),
    # (a meeting named after 工作 is still chaired)
    ("副市长王建华主持全市安全生产工作会议。", [("王建华", "副市长", ["chair"])], []),
])
def test_a_duty_given_is_no_chairing(text: str, expected: list, mentioned: list) -> None:
    assert who_and_mentioned(text) == (expected, mentioned)


@pytest.mark.parametrize("text,expected", [
    # 设宴 closes a name only where three characters do not read: 建设 is a given name (李建设宴请…)
    ("市长李建设宴请客人。", [("李建设", "市长", ["lead"])]),
    ("市长李建设设宴欢迎客人。", [("李建设", "市长", ["lead"])]),
    # 应城, 应县 are places: their 应 is no invitation's
    ("应城市委书记王建华出席会议。", [("王建华", "应城市委书记", ["attend"])]),
    ("应县县长王建华出席会议。", [("王建华", "应县县长", ["attend"])]),
])
def test_names_and_places_the_new_words_begin_or_end(text: str, expected: list) -> None:
    assert who(text) == expected


@pytest.mark.parametrize("text,mentioned", [
    # a leader's title after the name, then 的 and their words: mentioned (before, 李强 spoke and 习近平 led)
    ("李强总理的重要讲话在全市引起强烈反响。", ["李强"]),
    ("习近平主席的贺信在全市引起强烈反响。", ["习近平"]),
    ("周恩来总理的指示传达到全县。", ["周恩来"]),
])
def test_words_of_a_leader_named_before_the_title(text: str, mentioned: list) -> None:
    assert who_and_mentioned(text) == ([], mentioned)


@pytest.mark.parametrize("text,expected", [
    # 受到…的接见: the one received is a guest, the leader named after 受到 (title after the name) leads; before,
    # the one received led and the leader was not read
    ("全体代表受到毛泽东主席的亲切接见。", [("毛泽东", "", ["lead"])]),
    ("县劳模王建华、李红梅受到毛泽东主席、周恩来总理的亲切接见。",
     [("王建华", "县劳模", ["guest"]), ("李红梅", "县劳模", ["guest"]), ("毛泽东", "", ["lead"]), ("周恩来", "", ["lead"])]),
    ("劳动模范王建华出席全国群英会，受到毛泽东主席接见。",
     [("王建华", "劳动模范", ["attend", "guest"]), ("毛泽东", "", ["lead"])]),
    # the party received named bare after who they are (会见了来访的甲一行): a guest (before, not read)
    ("市委书记李明会见了来访的王建华一行。", [("李明", "市委书记", ["lead"]), ("王建华", "", ["guest"])]),
    ("市委书记李明会见了来我市考察的王建华先生一行。", [("李明", "市委书记", ["lead"]), ("王建华", "", ["guest"])]),
    ("市长李明接待了前来洽谈的张海女士。", [("李明", "市长", ["lead"]), ("张海", "", ["guest"])]),
])
def test_those_received_by_a_leader_and_parties_received_by_no_title(text: str, expected: list) -> None:
    assert who(text) == expected


@pytest.mark.parametrize("text,expected", [
    # the other party named bare after who they are, talked or signed with (与来我市考察的甲一行座谈), and one
    # visited so (看望了在我市挂职的乙同志): read (before, not); what the visitors came for is not the host's verb
    ("市委书记李明与来我市考察的王建华一行座谈。", [("李明", "市委书记", ["lead"]), ("王建华", "", ["guest"])]),
    ("市委书记李明与前来参加活动的客商代表王建华座谈。", [("李明", "市委书记", ["lead"]), ("王建华", "客商代表", ["guest"])]),
    ("市长李明与来访的王建华先生签署合作协议。", [("李明", "市长", ["lead"]), ("王建华", "", ["lead"])]),
    ("市委书记李明看望了在我市挂职的王建华同志。", [("李明", "市委书记", ["lead"]), ("王建华", "", ["guest"])]),
])
def test_parties_talked_with_or_visited_named_after_who_they_are(text: str, expected: list) -> None:
    assert who(text) == expected


def test_a_senior_minister_is_an_office() -> None:
    # 资政 (新加坡国务资政): an office word (before, the name after it was not read)
    assert who("市长李明会见了新加坡国务资政吴作栋。") == [("李明", "市长", ["lead"]), ("吴作栋", "新加坡国务资政", ["guest"])]


@pytest.mark.parametrize("office", ["主任科员", "县级河长", "市级总河长", "市副总河湖长", "市级总链长", "县总田长", "网格员", "教导员", "审计长", "护士长", "总规划师",
                                    "舰长", "机长", "列车长", "总设计师", "特约监督员", "人民陪审员", "公证员",
                                    "天主教某教区主教", "基督教牧师", "神父", "清真寺阿訇", "道观道长"])
def test_more_offices_before_a_name(office: str) -> None:
    # (before, the name after each of these was not read)
    assert who(f"县委书记李明会见了{office}王建华。") == [("李明", "县委书记", ["lead"]), ("王建华", office, ["guest"])]


@pytest.mark.parametrize("text,expected", [
    # a monk's name under his 释, his 法师 after it; an imam's 阿訇 after the name
    ("市佛教协会会长释明空法师主持祈福法会。", [("释明空", "市佛教协会会长", ["chair"])]),
    ("市长李强会见伊斯兰教协会会长马明阿訇。", [("李强", "市长", ["lead"]), ("马明", "伊斯兰教协会会长", ["guest"])]),
    ("市长李强会见市佛教协会会长演觉法师。", [("李强", "市长", ["lead"]), ("演觉", "市佛教协会会长", ["guest"])]),  # (or none)
    ("市长李强会见了佛协副会长及各位法师。", [("李强", "市长", ["lead"])]),
    ("局长释放信号。", []),  # (释 begins a word after an office: no name)
    # what a subject does that begins with a character no name ends in (解释, 阐述, 提醒)
    ("市民族宗教局局长李明解释了政策。", [("李明", "市民族宗教局局长", ["lead"])]),
    ("市长李明提醒大家注意安全。", [("李明", "市长", ["lead"])]),
])
def test_religious_names_and_more_verbs_after_a_name(text: str, expected: list) -> None:
    assert who(text) == expected


@pytest.mark.parametrize("verb", "评议 审核 批评 表扬 嘱托 动员 建议 宣传 推广 公布 签名 赠送 捐资 兑现 确保 带动 引领 创办 主办 "
                                  "接管 移交 完成 聆听 回访 辞职 赢得 入选 磋商 研讨 讨论 表决 投票 推荐 提名 聘请 欢送 "
                                  "领衔 相继 举办 指示 报告 回应 答记者问 全面 莅会 点名 答谢 转发 牵线 招商 接谈 面谈 "
                                  "见面 合影 颁授 慰勉 问候 团拜 辅导 布置 筹备 启用 上任 上门 召见 会商 决定 批复 "
                                  "宣称 授权 选派 带去 送来 捐献 出资".split())
def test_a_titled_name_closed_by_more_verbs(verb: str) -> None:
    # (before, the name before each of these was not read: no follow word closed it)
    got = who(f"市长李明{verb}了有关事项。") + who(f"副市长王建华{verb}了有关事项。")
    assert [(name, title) for name, title, _ in got] == [("李明", "市长"), ("王建华", "副市长")]


@pytest.mark.parametrize("word", "把 经 按 然后 最后 便 不仅 严格 大力 全力 着力 狠抓 扎实 切实 务必 必须 首度 反复 每月 持续 逐步 "
                                  "分头 轮流 联合 一并 带着 深夜 凌晨 早上".split())
def test_a_titled_name_closed_by_how_and_when(word: str) -> None:
    got = who(f"市长李明{word}来到现场督导工作。") + who(f"副市长王建华{word}来到现场督导工作。")
    assert [(name, title) for name, title, _ in got] == [("李明", "市长"), ("王建华", "副市长")]


@pytest.mark.parametrize("text", ["副市长李志刚刚到任。", "市长李建成立即赶到现场。"])
def test_no_name_cut_short_by_a_word_its_last_character_begins(text: str) -> None:
    # (刚刚, 成立 close no name: 李志 and 李建 would be read; 明确 does, where no name of three reads before
    # it: test_verbs_a_given_name_may_end_in)
    assert [n for n, _, _ in who(text)] in ([], [text[text.index("李"):text.index("李") + 3]])


@pytest.mark.parametrize("text,name", [("副市长李建成立即赶赴现场。", "李建成"), ("市长李国明察看了现场。", "李国明")])
def test_a_name_whose_last_character_begins_a_verb_is_whole(text: str, name: str) -> None:
    assert [n for n, _, _ in who(text)] == [name]


@pytest.mark.parametrize("text", ["沿黄河长江流域开展治理。", "森林长势良好。", "油田长期稳产。"])
def test_words_that_hold_an_office_s_characters_are_no_titles(text: str) -> None:
    # 河长 is written with its level (县级河长, 总河长): 黄河长江 is two rivers, no office and name
    assert who(text) == []


@pytest.mark.parametrize("text,expected", [
    # … and under a label (出席：甲 乙 丙, 参加会议的有：…, 参加会议的还有…)
    ("出席领导：王建华 赵海 孙伟", [("王建华", "", ["attend"]), ("赵海", "", ["attend"]), ("孙伟", "", ["attend"])]),
    ("主持：王建华；出席：赵海 孙伟", [("王建华", "", ["chair"]), ("赵海", "", ["attend"]), ("孙伟", "", ["attend"])]),
    ("参加会议的还有王建华 赵海。", [("王建华", "", ["attend"]), ("赵海", "", ["attend"])]),
    ("会议指出： 要加强 领导。", []),
])
def test_a_labelled_list_spaced_instead_of_marked(text: str, expected: list) -> None:
    assert who(text) == expected


@pytest.mark.parametrize("text,expected", [
    # 甲、乙分别主持和讲话: one verb each, in the list's order (before, both chaired and no one spoke)
    ("市长赵海、副市长孙伟分别主持和讲话。", [("赵海", "市长", ["chair"]), ("孙伟", "副市长", ["speak"])]),
    ("省长王浩、副省长李明分别出席和主持。", [("王浩", "省长", ["attend"]), ("李明", "副省长", ["chair"])]),
    # (verbs of one role, or joined by 并, or not one per person: each does them all, as before)
    ("市委书记王建华、市长赵海分别致辞、讲话。", [("王建华", "市委书记", ["speak"]), ("赵海", "市长", ["speak"])]),
    ("市长赵海，常务副市长孙伟分别主持会议并讲话。",
     [("赵海", "市长", ["chair", "speak"]), ("孙伟", "常务副市长", ["chair", "speak"])]),
])
def test_verbs_done_respectively(text: str, expected: list) -> None:
    assert who(text) == expected


@pytest.mark.parametrize("text,expected", [
    # two bare names joined by 和 before what they did (before, the first was lost)
    ("刘培国和贾鹏柱参加活动。", [("刘培国", "", ["attend"]), ("贾鹏柱", "", ["attend"])]),
    # 同 joins as 与 does: 甲同乙一起出席 (before, 甲 led)
    ("市委书记王建华同市长赵海一起出席会议。", [("王建华", "市委书记", ["attend"]), ("赵海", "市长", ["attend"])]),
    ("市委书记王建华同省长赵海座谈。", [("王建华", "市委书记", ["lead"]), ("赵海", "省长", ["guest"])]),
    # 携夫人 as 偕夫人 (before, the name was not read, or the spouse titled 刘少奇主席携夫人)
    ("市委书记王建华携夫人出席。", [("王建华", "市委书记", ["attend"])]),
    ("刘少奇主席携夫人王光美来我市视察。", [("刘少奇", "", ["lead"]), ("王光美", "夫人", ["lead"])]),
])
def test_names_joined_by_he_tong_and_xie(text: str, expected: list) -> None:
    assert who(text) == expected


@pytest.mark.parametrize("text", ["市长王建华与以赵海为团长的台湾工商考察团座谈。", "市长王建华与由赵海率领的台湾工商考察团座谈。"])
def test_the_head_of_a_party_talked_with_is_a_guest(text: str) -> None:
    # (before, 赵海 led: heading the visiting party, received, is guest only)
    assert who(text) == [("王建华", "市长", ["lead"]), ("赵海", "", ["guest"])]


def test_keeping_company_at_a_dinner_is_accompanying() -> None:
    # 作陪 (before, the name was dropped: no verb governed it); 授旗 as 授牌
    assert who("市长王建华设宴款待代表团一行，副市长孙伟、钱程作陪。") == [
        ("王建华", "市长", ["lead"]), ("孙伟", "副市长", ["accompany"]), ("钱程", "副市长", ["accompany"])]
    assert who("会议召开。副市长孙伟授旗。") == [("孙伟", "副市长", ["lead"])]


@pytest.mark.parametrize("text,expected,mentioned", [
    # 挂任/挂职 an office: an appointment, whom the item is about; 挂职期间 then a visit: the visit is theirs
    ("王建华挂任副县长。", [], ["王建华"]),
    ("副市长王建华挂职期间走访企业。", [("王建华", "副市长", ["lead"])], []),
])
def test_a_secondment(text: str, expected: list, mentioned: list) -> None:
    assert who_and_mentioned(text) == (expected, mentioned)


@pytest.mark.parametrize("text,expected", [
    # working people named bare after their trade (before, the name was lost: no office word before it)
    ("全国劳动模范、市公交公司驾驶员刘建英作先进事迹报告。", [("刘建英", "全国劳动模范、市公交公司驾驶员", ["speak"])]),
    ("快递员孙小虎、外卖骑手周强参加座谈。", [("孙小虎", "快递员", ["attend"]), ("周强", "外卖骑手", ["attend"])]),
    ("市委书记王建华看望消防员李卫东。", [("王建华", "市委书记", ["lead"]), ("李卫东", "消防员", ["guest"])]),
    # offices of courts, the army and shops (before, no title read, the name lost)
    ("市中级法院书记员陈静、审判员刘洋出席。", [("陈静", "市中级法院书记员", ["attend"]), ("刘洋", "审判员", ["attend"])]),
    ("某部班长张伟出席。", [("张伟", "某部班长", ["attend"])]),
    # one who comes to 我市 to see it leads, bare or after a trade (before, 来 closed no bare name)
    ("航天员杨利伟来我市参观。", [("杨利伟", "航天员", ["lead"])]),
    # (a given name ending in 来 stays whole where no 我市 follows)
    ("张福来出席会议。", [("张福来", "", ["attend"])]),
])
def test_trades_and_lesser_offices_before_a_name(text: str, expected: list) -> None:
    assert who(text) == expected


@pytest.mark.parametrize("text,expected", [
    # 特邀 invites: no part of the title (before, 特邀清华大学教授); 特邀嘉宾 is who they are
    ("会议特邀清华大学教授李强作专题辅导。", [("李强", "清华大学教授", ["speak"])]),
    ("特邀嘉宾、著名作家王蒙出席。", [("王蒙", "特邀嘉宾、著名作家", ["attend"])]),
    # reporting to a visitor described first (向来我市调研的…): the visitor hears and leads, the host reports
    # (before, the host led and the visitor reported)
    ("市委书记王建华向来我市调研的省委书记刘伟汇报工作。",
     [("王建华", "市委书记", ["report"]), ("刘伟", "省委书记", ["lead"])]),
    ("市长赵海向前来检查的国务院督查组组长刘伟汇报工作。",
     [("赵海", "市长", ["report"]), ("刘伟", "国务院督查组组长", ["lead"])]),
])
def test_invited_speakers_and_reports_to_visitors(text: str, expected: list) -> None:
    assert who(text) == expected


def test_a_death_after_a_comma_is_what_the_item_is_about() -> None:
    # (before, the one who died led: 因病医治无效，在北京逝世 put a comma between the name and the death)
    assert who_and_mentioned("原市委书记刘建国同志因病医治无效，在北京逝世，享年88岁。") == ([], ["刘建国"])
    assert who_and_mentioned("全国人大代表王刚因病，经抢救无效，于1月5日去世。") == ([], ["王刚"])


@pytest.mark.parametrize("text,expected", [
    # a call or a video link with someone, and a chat: the other party is talked with, a guest (before, lost or
    # leading)
    ("市委书记王建华与省委书记刘伟通电话。", [("王建华", "市委书记", ["lead"]), ("刘伟", "省委书记", ["guest"])]),
    ("市长赵海与德国汉堡市市长舒尔茨视频连线。", [("赵海", "市长", ["lead"]), ("舒尔茨", "德国汉堡市市长", ["guest"])]),
    ("市长赵海与德国汉堡市市长舒尔茨进行视频通话。", [("赵海", "市长", ["lead"]), ("舒尔茨", "德国汉堡市市长", ["guest"])]),
    ("市长赵海与台湾客商张华亲切交谈。", [("赵海", "市长", ["lead"]), ("张华", "台湾客商", ["guest"])]),
    # 同 as 与, before who they are (before, the one talked with was lost)
    ("市长赵海同台湾客商张华进行了亲切交谈。", [("赵海", "市长", ["lead"]), ("张华", "台湾客商", ["guest"])]),
    ("市长赵海同客商张华座谈。", [("赵海", "市长", ["lead"]), ("张华", "客商", ["guest"])]),
    # (a video link one attends by is no talk: 通过视频连线)
    ("市长赵海与副市长孙伟通过视频连线参加会议。", [("赵海", "市长", ["attend"]), ("孙伟", "副市长", ["attend"])]),
    # things listed whose first items read as names (高层, 石化) are no people
    ("市委书记王建华来到消防救援支队，与高层、石化、排烟、轨道等专业救援人员握手交谈。", [("王建华", "市委书记", ["lead"])]),
    # 代表 right after a name is on behalf of: what follows is no one named after their office (项目方)
    ("集中开工活动举行。集团公司总经理吕克宪代表项目方在仪式上发言。", [("吕克宪", "集团公司总经理", ["speak"])]),
    # … nor is a list's item after two that name no one, though a surname begins it (文体旅)
    ("区政府常务会议召开，听取全区教育、卫生、文体旅等重点领域安全生产工作情况汇报。区长夏爱东主持会议。",
     [("夏爱东", "区长", ["chair"])]),
])
def test_calls_links_and_chats(text: str, expected: list) -> None:
    assert who(text) == expected


@pytest.mark.parametrize("text,expected", [
    # met at the airport, seen off, called on (迎接, 送别/欢送, 拜望): received, a guest (before, lost; with 拜望,
    # the host lost too)
    ("市委书记王建华到机场迎接省委书记刘伟。", [("王建华", "市委书记", ["lead"]), ("刘伟", "省委书记", ["guest"])]),
    ("市长赵海到车站欢送援疆干部张华、王刚。",
     [("赵海", "市长", ["lead"]), ("张华", "援疆干部", ["guest"]), ("王刚", "援疆干部", ["guest"])]),
    ("市长赵海拜望了老领导、原市长孙刚。", [("赵海", "市长", ["lead"]), ("孙刚", "老领导、原市长", ["guest"])]),
    # (what is welcomed may be no one)
    ("全市干部群众以实际行动迎接党的二十大胜利召开。", []),
])
def test_met_seen_off_and_called_on(text: str, expected: list) -> None:
    assert who(text) == expected


@pytest.mark.parametrize("text,expected,mentioned", [
    # kin named after the one whose kin they are: the kin are received, the one named first is not there
    # (before, the first was the guest and the kin lost)
    ("市委书记王建华会见了老劳模王进财的女儿王秀兰。",
     [("王建华", "市委书记", ["lead"]), ("王秀兰", "女儿", ["guest"])], ["王进财"]),
    ("市长赵海看望了老红军刘明同志的儿子刘军。", [("赵海", "市长", ["lead"]), ("刘军", "儿子", ["guest"])], ["刘明"]),
    ("市长赵海会见了市长张华的夫人刘英。", [("赵海", "市长", ["lead"]), ("刘英", "夫人", ["guest"])], ["张华"]),
])
def test_kin_named_after_whose_kin_they_are(text: str, expected: list, mentioned: list) -> None:
    assert who_and_mentioned(text) == (expected, mentioned)


@pytest.mark.parametrize("text,participants", [
    # a party's size said in words (一行三人) as in figures (一行5人)
    ("局长龙世友带队，与副局长付俊等一行三人前往国家发改委对接项目。",
     [("龙世友", "局长", ["lead"]), ("付俊", "副局长", ["lead"])]),
    ("副省长李明一行五人来我市调研。市长王刚陪同。", [("李明", "副省长", ["lead"]), ("王刚", "市长", ["accompany"])]),
    # 率 before those led is no part of their title
    ("市长卢秀燕率副市长黄国荣、王育敏赴上海考察。",
     [("卢秀燕", "市长", ["lead"]), ("黄国荣", "副市长", ["lead"]), ("王育敏", "副市长", ["lead"])]),
    # what the name before also did (还与, 也与) is no part of the next one's title
    ("市长裘东耀还与澳门贸易投资促进局主席刘关华座谈。",
     [("裘东耀", "市长", ["lead"]), ("刘关华", "澳门贸易投资促进局主席", ["guest"])]),
    ("市长裘东耀一行还与澳门贸易投资促进局主席刘关华、副主席张三等座谈。",
     [("裘东耀", "市长", ["lead"]), ("刘关华", "澳门贸易投资促进局主席", ["attend"]), ("张三", "副主席", ["attend"])]),
    # guiding a meeting one came to is attending it; guiding work where one went is a visit
    ("鉴江镇人代会召开。县领导尤典真、王永春到会指导。", [("尤典真", "", ["attend"]), ("王永春", "", ["attend"])]),
    ("副市长尤典真到鉴江镇指导工作。", [("尤典真", "副市长", ["lead"])]),
    # a name with no title, then 先生 or 女士, is someone's (as with 同志)
    ("周铁农先生一行来我市考察。", [("周铁农", "", ["lead"])]),
    ("市长王刚会见周铁农先生一行。", [("王刚", "市长", ["lead"]), ("周铁农", "", ["guest"])]),
    ("市长王刚会见李华女士。", [("王刚", "市长", ["lead"]), ("李华", "", ["guest"])]),
    # … but a surname and how one is addressed name no one
    ("市长王刚会见了美国客商王先生一行。", [("王刚", "市长", ["lead"])]),
    # 同志 after each of a list, then the collective and the verb (甲同志、乙同志等市领导率…)
    ("陈金彪同志、陈笑华同志、包哲东同志等市四套班子领导率700余名机关干部参加义务植树。",
     [("陈金彪", "", ["attend", "lead"]), ("陈笑华", "", ["attend", "lead"]), ("包哲东", "", ["attend", "lead"])]),
    # the honorific and 与 before a transliterated name are no part of it (before: 志与穆罕默德·渥里格)
    ("市长王永明同志与穆罕默德·渥里格先生代表两市签署了意向书。",
     [("王永明", "市长", ["lead"]), ("穆罕默德·渥里格", "", ["lead"])]),
])
def test_parties_leaders_honorifics_and_what_the_one_before_also_did(text: str, participants: list) -> None:
    assert who(text) == participants


@pytest.mark.parametrize("text,participants,mentioned", [
    # 给 as 向: the one an award is given to, or a letter written to, is whom the item is about (给 ends a title)
    ("市委书记李长萍给优秀教师代表张丽回信。", [("李长萍", "市委书记", ["lead"])], ["张丽"]),
    ("市委书记李长萍给张丽、王芳等老党员回信。", [("李长萍", "市委书记", ["lead"])], ["张丽", "王芳"]),
    ("市委书记李长萍给获奖代表张丽颁奖。", [("李长萍", "市委书记", ["lead"])], ["张丽"]),
    ("市长张百顺给大家拜年。", [("张百顺", "市长", ["lead"])], []),
])
def test_given_to_with_gei(text: str, participants: list, mentioned: list) -> None:
    assert who_and_mentioned(text) == (participants, mentioned)


@pytest.mark.parametrize("text,participants", [
    # a 、 list's last joined by 和, then others with no name, then the verb of them all
    ("王沪宁、蔡奇、谌贻琴、王东峰和刘振立，在新疆工作过的老同志等参加有关接见。",
     [("王沪宁", "", ["attend"]), ("蔡奇", "", ["attend"]), ("谌贻琴", "", ["attend"]), ("王东峰", "", ["attend"]),
      ("刘振立", "", ["attend"])]),
    ("王沪宁、蔡奇和刘振立等参加。", [("王沪宁", "", ["attend"]), ("蔡奇", "", ["attend"]), ("刘振立", "", ["attend"])]),
    # a congress's presidium seated, a guest invited to attend (在主席台就座, 应邀参加)
    ("市人大常委会主任赵显三主持会议，副主任孙中英、吴国战在主席台就座。市政协副主席金嘉祥应邀参加会议。",
     [("赵显三", "市人大常委会主任", ["chair"]), ("孙中英", "副主任", ["attend"]), ("吴国战", "副主任", ["attend"]),
      ("金嘉祥", "市政协副主席", ["attend"])]),
])
def test_lists_joined_at_their_end_and_seated_on_the_rostrum(text: str, participants: list) -> None:
    assert who(text) == participants


@pytest.mark.parametrize("after", ["师生代表", "官兵代表", "党员代表", "青年代表", "官兵", "师生", "公安", "武警", "消防",
                                   "银行", "商会", "高管", "顾问", "农户", "业主", "员工", "骨干", "观众", "邻居", "驻地",
                                   "各街道", "残疾人", "安全员", "华侨", "游客", "居民", "农民"])
def test_a_body_of_people_after_a_titled_name_and_its_list_mark_is_no_name(after: str) -> None:
    # (before: 副市长师生, 副市长官兵, 副市长党员, read as the next of the list under the title)
    assert who(f"副市长张三、{after}参加活动。") == [("张三", "副市长", ["attend"])]
    assert who(f"副市长张三、{after}等参加活动。") == [("张三", "副市长", ["attend"])]
    # (nor a district's congress or conference after a district head, 区人大, 区政协: 区 is a rarer surname)
    assert who("副区长张三、区人大、区政协有关领导出席。") == [("张三", "副区长", ["attend"])]
    # … but a name that acts on behalf of a body is one (代表市委市政府)
    assert who("市领导张三、李四代表市委市政府慰问。") == [("张三", "", ["lead"]), ("李四", "", ["lead"])]


@pytest.mark.parametrize("text,participants", [
    # one new to a post, said so before the title (新任命的), is still the clause's subject; 监誓 closes a name
    ("市人大常委会举行宪法宣誓仪式，新任命的副市长张振宇向宪法宣誓。市人大常委会主任周立新监誓。",
     [("张振宇", "副市长", ["lead"]), ("周立新", "市人大常委会主任", ["lead"])]),
    ("市人大常委会举行宪法宣誓仪式，市人大常委会主任周立新监誓并讲话。", [("周立新", "市人大常委会主任", ["speak"])]),
    # a report to a congress on how work stands (向…报告…情况) is a report, as 汇报 is
    ("受市长王晓东委托，副市长左永祥向市人大常委会报告全市国有资产管理情况。", [("左永祥", "副市长", ["report"])]),
    # 老同志 is veterans, not a name's 同志; 劳动模范 is who one is, not 劳动 closing a name (before: a person 全国)
    ("会议召开。老同志代表王德顺、全国劳动模范张秀英作交流发言。",
     [("王德顺", "老同志代表", ["speak"]), ("张秀英", "全国劳动模范", ["speak"])]),
    # 为首批… is for the first batch, not 以甲为首的 (before: lead as well as attend)
    ("市委书记刘建国出席推进会，并为首批就业创业孵化基地授牌。", [("刘建国", "市委书记", ["attend"])]),
    ("以日本某某株式会社社长山田太郎为首的考察团来我市考察，市长王强会见考察团一行。",
     [("山田太郎", "日本某某株式会社社长", ["guest"]), ("王强", "市长", ["lead"])]),
])
def test_newcomers_oaths_reports_to_congress_veterans_and_first_batches(text: str, participants: list) -> None:
    assert who(text) == participants


@pytest.mark.parametrize("text,participants,mentioned", [
    # 部门 is departments, not the unit 部 and a name 门工作 (before: a person 门工作, reporting)
    ("市长刘强听取有关部门工作汇报。", [("刘强", "市长", ["lead"])], []),
    ("会议听取了各部门工作汇报。", [], []),
    # what is said after hearing a report is the listener's (before: lead only, 强调 lost with what was heard)
    ("市长刘强听取有关部门工作汇报后强调，要压实责任。", [("刘强", "市长", ["speak"])], []),
    ("市长刘强听取汇报时指出，要加快进度。", [("刘强", "市长", ["speak"])], []),
    # an instruction made on a matter (就…作出批示) is written, as 对…作出批示 is: who it is about
    ("市长刘强就做好防汛工作作出批示。", [], ["刘强"]),
    # (… when said lately or again too: before, 近日 hid the instruction and its 要求 made a speaker there)
    ("市委书记李明近日就安全生产工作作出批示，要求各地各部门压紧压实责任。", [], ["李明"]),
    ("市委书记李明再次对防汛工作作出批示。", [], ["李明"]),
    ("市委书记胡海峰、市长吴晓东第一时间作出批示，要求各地加强监测。", [], ["胡海峰", "吴晓东"]),
])
def test_departments_heard_and_instructions_on_a_matter(text: str, participants: list, mentioned: list) -> None:
    assert who_and_mentioned(text) == (participants, mentioned)


@pytest.mark.parametrize("text,participants", [
    # 明确, 明察, 发布 close a two-character name when no three-character one reads (before: the name was lost,
    # 周林明 then 确了 reading as nothing); a three-character one still reads first
    ("区委书记周林明确了此次现场巡查会的重要意义。", [("周林", "区委书记", ["lead"])]),
    ("市委书记周林明察暗访安全生产工作。", [("周林", "市委书记", ["lead"])]),
    ("副市长周林发布全市防汛预警。", [("周林", "副市长", ["lead"])]),
    ("副市长李国明察看了现场。", [("李国明", "副市长", ["lead"])]),
    ("市长王振发布置下一步工作。", [("王振发", "市长", ["lead"])]),
    ("市长王晓明明确提出三点要求。", [("王晓明", "市长", ["speak"])]),
    # a demand made plainly (明确要求, 严格要求) is a demand, as 要求 is
    ("副市长李明明确要求各地加强值守。", [("李明", "副市长", ["speak"])]),
])
def test_verbs_a_given_name_may_end_in(text: str, participants: list) -> None:
    assert who(text) == participants


@pytest.mark.parametrize("text,participants,mentioned", [
    # findings a visiting inspection gave before, acted on here: who gave them is not there
    ("县委召开常委会，研究落实省委巡视组组长王东反馈意见整改工作。", [], ["王东"]),
    # … while the one who gives them at the meeting speaks
    ("省委第三巡视组向县委反馈巡视情况，省委第三巡视组组长王东反馈巡视意见。", [("王东", "省委第三巡视组组长", ["speak"])], []),
    # a model whose deeds are made known (宣传, 弘扬 before a bare name, as 学习)
    ("全市上下深入学习宣传孔繁森同志先进事迹。", [], ["孔繁森"]),
])
def test_findings_acted_on_and_models_made_known(text: str, participants: list, mentioned: list) -> None:
    assert who_and_mentioned(text) == (participants, mentioned)


@pytest.mark.parametrize("text,participants", [
    # a visitor received and named again where received is a guest only: leading the party, coming (before: lead too)
    ("香港特别行政区行政长官李家超率香港特区政府代表团访问我省，省长王予波会见李家超一行。",
     [("李家超", "香港特别行政区行政长官", ["guest"]), ("王予波", "省长", ["lead"])]),
    ("日本某某株式会社社长山田太郎一行来我市访问。市长王强会见山田太郎一行。",
     [("山田太郎", "日本某某株式会社社长", ["guest"]), ("王强", "市长", ["lead"])]),
    # … what they came to do themselves stays theirs (as dev/025's gold has it)
    ("中国银行董事长葛海蛟一行来苏调研，市长吴庆文会见葛海蛟一行。",
     [("葛海蛟", "中国银行董事长", ["guest", "lead"]), ("吴庆文", "市长", ["lead"])]),
])
def test_a_visitor_received_by_name(text: str, participants: list) -> None:
    assert who(text) == participants


@pytest.mark.parametrize("text,participants,mentioned", [
    # who officiates at a ceremony (主礼, as Guangdong writes it) is there (before: the name was lost)
    ("市委书记张三主礼并致辞。", [("张三", "市委书记", ["attend", "speak"])], []),
    # one leaving a post for a reason said first (因年龄原因，不再担任…; 因工作需要，调任…) is whom the item is about
    ("张三同志因年龄原因，不再担任市政协主席职务。", [], ["张三"]),
    ("副市长张三因工作需要，调任省发展改革委主任。", [], ["张三"]),
    ("市长张三因病住院。", [("张三", "市长", ["lead"])], []),
])
def test_officiating_and_leaving_a_post_for_a_reason(text: str, participants: list, mentioned: list) -> None:
    assert who_and_mentioned(text) == (participants, mentioned)


@pytest.mark.parametrize("text,participants", [
    # a festival the item is dated by, before the title with no comma, is no part of it (before: 端午节县委书记)
    ("端午节 县委书记张三到龙舟赛现场观赛。", [("张三", "县委书记", ["lead"])]),
    ("元旦前夕市委书记李四看望一线职工。", [("李四", "市委书记", ["lead"])]),
])
def test_a_festival_before_a_title(text: str, participants: list) -> None:
    assert who(text) == participants


@pytest.mark.parametrize("text,participants,mentioned", [
    # who heads a standing body the item forms is whom it is about, not someone at an event (before: lead, and the
    # deputy head lost)
    ("市委成立以市委书记张三为组长、市长李四为常务副组长的乡村振兴工作领导小组。", [], ["张三", "李四"]),
    ("县政府调整以县长王五为总指挥的防汛抗旱指挥部。", [], ["王五"]),
    # (a visiting party's head still leads it)
    ("以日本某某株式会社社长山田太郎为团长的考察团来我市考察。", [("山田太郎", "日本某某株式会社社长", ["lead"])], []),
])
def test_the_heads_of_a_body_formed(text: str, participants: list, mentioned: list) -> None:
    assert who_and_mentioned(text) == (participants, mentioned)


def test_the_one_accompanied_reports_not_the_company() -> None:
    # 甲在乙的陪同下向丙汇报: 甲 tells, 乙 goes along, 丙 hears (before: 乙 reported, 甲 led)
    assert who("市长李四在省长王五的陪同下向国务院副总理赵六汇报工作。") == [
        ("李四", "市长", ["report"]), ("王五", "省长", ["accompany"]), ("赵六", "国务院副总理", ["lead"])]


@pytest.mark.parametrize("text,participants", [
    # received by a leader somewhere said first (在北京受到…接见): the one received (before: lead)
    ("我市全国劳动模范张秀英在北京受到习近平总书记亲切接见。",
     [("张秀英", "我市全国劳动模范", ["guest"]), ("习近平", "", ["lead"])]),
    ("劳动模范张秀英出席全国劳模大会，在人民大会堂受到习近平总书记接见。",
     [("张秀英", "劳动模范", ["attend", "guest"]), ("习近平", "", ["lead"])]),
])
def test_received_somewhere_said_first(text: str, participants: list) -> None:
    assert who(text) == participants


@pytest.mark.parametrize("text,participants,mentioned", [
    # a medal won (获“…奖章”, quoted or not) is an honour: whom the item is about (before: lead)
    ("市人民医院院长张华获“全国五一劳动奖章”。", [], ["张华"]),
    ("市人民医院院长张华荣获全国五一劳动奖章。", [], ["张华"]),
    # those given a prize, named bare after the honour they won, the first of them too (before: lost)
    ("市委书记张三为获得“全国五一劳动奖章”的李四、王五颁奖。", [("张三", "市委书记", ["lead"])], ["李四", "王五"]),
])
def test_medals_won_and_their_winners_named_after_them(text: str, participants: list, mentioned: list) -> None:
    assert who_and_mentioned(text) == (participants, mentioned)


@pytest.mark.parametrize("text,participants,mentioned", [
    # whom a document is about (关于甲同志任职的决定), titled or not, is not there (before: lost, or speaking the 通报)
    ("市委组织部部长李四宣布省委关于王五同志任职的决定。", [("李四", "市委组织部部长", ["speak"])], ["王五"]),
    ("市政府发布关于张三同志记功的通报。", [], ["张三"]),
    ("会议通过了关于市长张三同志辞职的决定。", [], ["张三"]),
    # figures announced at a press conference are said there (发布…情况)
    ("市政府新闻办举行新闻发布会，副市长张三发布全市经济运行情况。", [("张三", "副市长", ["speak"])], []),
])
def test_whom_a_document_is_about_and_figures_announced(text: str, participants: list, mentioned: list) -> None:
    assert who_and_mentioned(text) == (participants, mentioned)


@pytest.mark.parametrize("text,participants", [
    # the next of a titled list, a name of another people's elements that no surname begins (before: lost)
    ("副县长索朗旺堆、央金卓玛参加。", [("索朗旺堆", "副县长", ["attend"]), ("央金卓玛", "副县长", ["attend"])]),
    ("副旗长李强、乌云其木格出席。", [("李强", "副旗长", ["attend"]), ("乌云其木格", "副旗长", ["attend"])]),
])
def test_a_titled_list_goes_on_with_a_name_of_elements(text: str, participants: list) -> None:
    assert who(text) == participants


@pytest.mark.parametrize("text,participants", [
    # who won a medal, said before the name, is their title (before: not read); a holiday is a time only with what
    # says it is one (五一前夕), never the start of such a title
    ("全国五一劳动奖章获得者王五作典型发言。", [("王五", "全国五一劳动奖章获得者", ["speak"])]),
    ("八一前夕市委书记李四走访驻市部队。", [("李四", "市委书记", ["lead"])]),
])
def test_medal_winners_and_holidays_before_a_title(text: str, participants: list) -> None:
    assert who(text) == participants


def test_a_bare_name_coming_to_the_county_to_visit() -> None:
    # older annals write 来县, 来市 without 我 (before: 胡耀邦 not read)
    assert who("胡耀邦来县视察工作，听取县委汇报。") == [("胡耀邦", "", ["lead"])]


@pytest.mark.parametrize("text,participants,mentioned", [
    # whose post is taken (撤销甲同志…职务, 免去乙同志…职务 without 的) is whom the item is about
    ("县委决定：撤销王德明同志县委委员职务。", [], ["王德明"]),
    ("免去王德明同志县委委员职务。", [], ["王德明"]),
    # (关于 is no context for a bare name but before 同志: 关于农村工作 names no one)
    ("地委副书记张明远来县传达中央关于农村工作的指示。", [("张明远", "地委副书记", ["lead", "speak"])], []),
])
def test_posts_taken_and_no_name_after_about(text: str, participants: list, mentioned: list) -> None:
    assert who_and_mentioned(text) == (participants, mentioned)


@pytest.mark.parametrize("text,participants,mentioned", [
    # a leader's address watched (收看…新年贺词, 观看…的讲话视频) is theirs, not someone there (before: lost, or speak)
    ("市委理论学习中心组集体收看习近平总书记发表的二〇二四年新年贺词。", [], ["习近平"]),
    ("会议观看了省委书记王宁在全省警示教育大会上的讲话视频。", [], ["王宁"]),
    ("市领导张三、李四观看了省委书记王宁的讲话视频。", [("张三", "", ["attend"]), ("李四", "", ["attend"])], ["王宁"]),
])
def test_an_address_watched_is_the_speakers_not_theirs_who_watch(text: str, participants: list, mentioned: list) -> None:
    assert who_and_mentioned(text) == (participants, mentioned)


@pytest.mark.parametrize("text,participants", [
    ("市领导时镇、刘宏阳参加调研。", [("时镇", "", ["attend"]), ("刘宏阳", "", ["attend"])]),
    ("市委常委、副市长时镇参加调研。", [("时镇", "市委常委、副市长", ["attend"])]),
    ("副市长王镇海到城关镇调研。", [("王镇海", "副市长", ["lead"])]),
])
def test_zhen_stands_in_given_names(text: str, participants: list) -> None:
    # 镇 is a town, and also a given name's character (before: 时镇 and 王镇海 were not read); the towns after 到 and
    # in titles stay no names
    assert who(text) == participants
    assert who("会议由马镇党委书记李四主持。") == [("李四", "马镇党委书记", ["chair"])]
    assert who("市委书记李明先后到何镇、高镇、周镇调研。") == [("李明", "市委书记", ["lead"])]


@pytest.mark.parametrize("text,participants,mentioned", [
    # a congress hears its officials' reports, which they give there (before: 甲 was neither there nor mentioned)
    ("大会听取了县长李明关于政府工作的报告。", [("李明", "县长", ["speak"])], []),
    ("会议听取和讨论县委书记刘涛《全县人民动员起来》的报告。", [("刘涛", "县委书记", ["speak"])], []),
    ("会议听取了市长王强所作的政府工作报告。", [("王强", "市长", ["speak"])], []),
    # … and a work of theirs named after the name, published, is theirs who are not there
    ("县委书记刘涛《全县人民动员起来》一文发表。", [], ["刘涛"]),
    ("市委书记李明《奋进新时代》一书由人民出版社出版。", [], ["李明"]),
])
def test_reports_heard_and_works_named_after_the_name(text: str, participants: list, mentioned: list) -> None:
    assert who_and_mentioned(text) == (participants, mentioned)


@pytest.mark.parametrize("text,participants", [
    # the manner of what they do, between the name and the verb (before: 李明兴 read, or no one)
    ("市委书记李明兴致勃勃地参观了展览。", [("李明", "市委书记", ["lead"])]),
    ("市委书记李明深情地说。", [("李明", "市委书记", ["lead"])]),
    ("市委书记王伟华一一询问。", [("王伟华", "市委书记", ["lead"])]),
    ("市委书记李明边看边问。", [("李明", "市委书记", ["lead"])]),
    ("日本客人松村宪一一行来访，副市长李明会见。", [("松村宪一", "日本客人", ["guest"]), ("李明", "副市长", ["lead"])]),
    # … and right after the office, no name (before: 冒雨, 高兴地 read as names)
    ("县长冒雨察看。", []),
    ("县长高兴地说。", []),
    ("县长满怀深情地说。", []),
    # a Mongolian name with no surname after the office (兴: a rare surname, read after an office only)
    ("旗委书记兴安主持召开全旗处级以上领导干部会议。", [("兴安", "旗委书记", ["chair"])]),
    ("县长兴奋地说。", []),
    # (刚 too: 常务副市长刚延召; not 刚刚, 刚才)
    ("市委常委、常务副市长刚延召出席会议。", [("刚延召", "市委常委、常务副市长", ["attend"])]),
    ("市长刚刚抵达会场。", []),
])
def test_the_manner_between_a_name_and_its_verb(text: str, participants: list) -> None:
    assert who(text) == participants


@pytest.mark.parametrize("text,participants,mentioned", [
    # whose spirit is learnt, a person by 同志, and whose memorial or home is visited: mentioned (before: no one)
    ("全县开展学习弘扬焦裕禄同志精神活动。", [], ["焦裕禄"]),
    ("县委书记李明带领干部瞻仰焦裕禄同志纪念馆。", [("李明", "县委书记", ["lead"])], ["焦裕禄"]),
    ("县委书记李明参观王建华同志故居。", [("李明", "县委书记", ["lead"])], ["王建华"]),
    # (a spirit named by no person: 劳模, 时代 are no names)
    ("学习弘扬劳模精神。", [], []),
    ("弘扬时代精神。", [], []),
])
def test_a_spirit_learnt_and_a_memorial_visited_are_about_someone(text: str, participants: list,
                                                                 mentioned: list) -> None:
    assert who_and_mentioned(text) == (participants, mentioned)


@pytest.mark.parametrize("text,participants", [
    # the 同 of 陪同 is no 同 of talking with (before: 乙 a guest, 甲 leading, for the 座谈会 after)
    ("市长王强陪同副省长李明调研，并召开座谈会。", [("王强", "市长", ["accompany"]), ("李明", "副省长", ["chair", "lead"])]),
    ("市长王强同副省长李明座谈。", [("王强", "市长", ["lead"]), ("李明", "副省长", ["guest"])]),
    # the one who accompanies reports to the one accompanied (before: the report was the visitor's)
    ("市长王强陪同副省长李明调研，并汇报工作。", [("王强", "市长", ["accompany", "report"]), ("李明", "副省长", ["lead"])]),
])
def test_who_accompanies_and_reports(text: str, participants: list) -> None:
    assert who(text) == participants


@pytest.mark.parametrize("text,participants", [
    # a clause's subject with a leader's title after the name, then a verb no role names (before: no one read)
    ("罗青副市长听取和林格尔新区考核工作进展情况汇报。", [("罗青", "", ["lead"])]),
    ("刘文玉副市长按照财政部文件要求，研究重点项目进入项目库事宜。", [("刘文玉", "", ["lead"])]),
    # … and a clause that names no one after it is that subject's (before: 主持召开…, 参加… lost)
    ("毕国臣副市长协调神州硅业扩能项目落地支持事宜；主持召开众环集团转制重组工作领导小组会议。",
     [("毕国臣", "", ["chair", "lead"])]),
    ("副市长罗青听取汇报；参加全市干部大会。调研金盛快速路工作。", [("罗青", "副市长", ["attend", "lead"])]),
    # (not a label of who else was there: 参加会议的有…)
    ("市委书记李明主持会议。参加会议的有各县区负责人。", [("李明", "市委书记", ["chair"])]),
    # (a place before an office is no name: 黄山市长)
    ("黄山市长王强出席。", [("王强", "黄山市长", ["attend"])]),
])
def test_a_subject_titled_after_its_name_and_the_clauses_that_go_on_from_it(text: str, participants: list) -> None:
    assert who(text) == participants


@pytest.mark.parametrize("text", ["会议接受陈昌旭因工作变动辞去毕节市人民政府市长职务的请求。",
                                  "会议接受了陈昌旭同志辞去市长职务的请求。"])
def test_a_resignation_accepted_is_about_who_resigns(text: str) -> None:
    # (before: the reason before 辞去, or 接受了, hid the name)
    assert who_and_mentioned(text) == ([], ["陈昌旭"])


@pytest.mark.parametrize("text,participants", [
    # what the subject went on to do after a comma: report too (before: the clauses after 赴北京 were not read)
    ("市长王强率队赴北京，拜访国家部委，汇报重点项目进展情况。", [("王强", "市长", ["lead", "report"])]),
    ("市长王强到省发改委，汇报项目情况。", [("王强", "市长", ["lead", "report"])]),
    # (not a 汇报会 where something was heard)
    ("市长王强调研，汇报会上听取了情况。", [("王强", "市长", ["lead"])]),
])
def test_a_report_the_subject_went_on_to_make(text: str, participants: list) -> None:
    assert who(text) == participants


@pytest.mark.parametrize("text,participants,mentioned", [
    # a list of reports heard goes on after a comma, each its giver's (before: 乙 only mentioned, as elected)
    ("会议听取县委书记刘涛《动员起来》的报告，副县长徐锡崑《县人民委员会工作》报告，县法院的工作报告；"
     "选举徐锡崑为县长。", [("刘涛", "县委书记", ["speak"]), ("徐锡崑", "副县长", ["speak"])], []),
    # (not a phrase after one that is no report: 听取 no longer governs it)
    ("会议听取县长刘涛的报告，表彰先进，副县长王强的报告印发。", [("刘涛", "县长", ["speak"])], []),
    # a document sent on, or read and marked, by a leader titled after the name: written from afar
    ("毛泽东主席批转《杨河坝乡党支部正确领导了那里的互助合作》一文。", [], ["毛泽东"]),
    ("市委书记李明批转《关于加强防汛工作的报告》。", [], ["李明"]),
])
def test_reports_heard_in_a_list_and_documents_sent_on(text: str, participants: list, mentioned: list) -> None:
    assert who_and_mentioned(text) == (participants, mentioned)


@pytest.mark.parametrize("text,participants", [
    # who convenes a meeting somewhere chairs it (before: lead, the 召开 after a place not read)
    ("县委常委、组织部部长邓小兰在县行政中心召开安全生产工作调度会。", [("邓小兰", "县委常委、组织部部长", ["chair"])]),
    ("市长王强在北京召开座谈会，听取意见。", [("王强", "市长", ["chair"])]),
    # (not a meeting others held there)
    ("市长王强在省里召开的会议上发言。", [("王强", "市长", ["speak"])]),
    # the one whose visit is welcomed is the visitor received (before: the host's guest went unread)
    ("市长万勇对副省长王强一行的来访表示欢迎。王强表示，将深化交往。",
     [("万勇", "市长", ["lead"]), ("王强", "副省长", ["guest"])]),
    # 时 and a verb of speech close a name (before: 森民夫时 read)
    ("市委书记夏德仁会见日本长冈市市长森民夫时说，合作是基础。",
     [("夏德仁", "市委书记", ["lead"]), ("森民夫", "日本长冈市市长", ["guest"])]),
])
def test_meetings_convened_somewhere_and_visitors_welcomed(text: str, participants: list) -> None:
    assert who(text) == participants


@pytest.mark.parametrize("text,participants", [
    # the government's work report to an assembly is a speech there (before: report, as to a superior)
    ("区委副书记、区长连天浪代表区人民政府向大会报告工作。", [("连天浪", "区委副书记、区长", ["speak"])]),
    # … and 报告 to a superior named right before it is a report, heard by them (before: 乙 lost, 甲 lead)
    ("市长王强向省长张志刚报告工作情况。", [("王强", "市长", ["report"]), ("张志刚", "省长", ["lead"])]),
    # a congress sitting's presiding chairs named after 是 (before: not read)
    ("今天大会的执行主席是毛宏芳、胡奎、邬志刚。",
     [("毛宏芳", "", ["attend"]), ("胡奎", "", ["attend"]), ("邬志刚", "", ["attend"])]),
])
def test_reports_to_an_assembly_and_to_a_superior(text: str, participants: list) -> None:
    assert who(text) == participants


@pytest.mark.parametrize("text,participants,mentioned", [
    # a report a leader titled after the name gave elsewhere, deliberated here: theirs, who are not there
    ("山西代表团举行全体会议，审议李克强总理所作的政府工作报告。", [], ["李克强"]),
    ("会议审议李克强总理的政府工作报告。", [], ["李克强"]),
    # … but one heard where it is given is a speech there
    ("大会听取了王强市长所作的政府工作报告。", [("王强", "", ["speak"])], []),
    # (a leader's speech heard is relayed, as before)
    ("会议听取了毛泽东主席的重要讲话。", [], ["毛泽东"]),
])
def test_a_report_by_a_leader_titled_after_the_name(text: str, participants: list, mentioned: list) -> None:
    assert who_and_mentioned(text) == (participants, mentioned)


def test_a_diplomats_rank_is_an_office() -> None:
    # (before: 二秘 was no office, and 稻田修 after it went unread)
    assert who("副省长杨汇泉会见日本国公使田中笃和二秘稻田修。") == [
        ("杨汇泉", "副省长", ["lead"]), ("田中笃", "日本国公使", ["guest"]), ("稻田修", "二秘", ["guest"])]


@pytest.mark.parametrize("text,participants", [
    # those talked with go on by commas to the talk (before: 乙 led, as a host)
    ("自治区主席布小林与中信集团董事长朱鹤新，中信集团总经理奚国华就加强区企合作举行会谈。",
     [("布小林", "自治区主席", ["lead"]), ("朱鹤新", "中信集团董事长", ["guest"]), ("奚国华", "中信集团总经理", ["guest"])]),
    # (not one with a verb of their own after the comma)
    ("市长王强与集团董事长李明座谈，副市长张华主持。",
     [("王强", "市长", ["lead"]), ("李明", "集团董事长", ["guest"]), ("张华", "副市长", ["chair"])]),
])
def test_a_list_talked_with_goes_on_by_commas(text: str, participants: list) -> None:
    assert who(text) == participants


@pytest.mark.parametrize("text,participants,mentioned", [
    # the head of a party going leads it (before: 任团长 read as an appointment, mentioned)
    ("时任市长刘惠农任团长，率代表团飞赴日本大分。", [("刘惠农", "时任市长", ["lead"])], []),
    # (an appointment still is one)
    ("会议决定，刘惠农任市长。", [], ["刘惠农"]),
])
def test_the_head_of_a_party_going_leads_it(text: str, participants: list, mentioned: list) -> None:
    assert who_and_mentioned(text) == (participants, mentioned)


@pytest.mark.parametrize("text,participants,mentioned", [
    # a letter sent for the occasion (为…发来贺信): its writer is not there (before: lead)
    ("市长王强为大会发来贺信。", [], ["王强"]),
    # 工作 after a name is no part of it (before: 王强工 and 作)
    ("市委书记张华听取市长王强工作汇报。", [("张华", "市委书记", ["lead"]), ("王强", "市长", ["report"])], []),
])
def test_a_letter_sent_for_an_occasion_and_work_after_a_name(text: str, participants: list, mentioned: list) -> None:
    assert who_and_mentioned(text) == (participants, mentioned)


@pytest.mark.parametrize("text,participants", [
    # rarer surnames of the south-west and the Hui, after an office (before: no name read)
    ("自治区政协副主席磨长英出席。", [("磨长英", "自治区政协副主席", ["attend"])]),
    ("回族自治县县长妥建华出席。", [("妥建华", "回族自治县县长", ["attend"])]),
    # (not the words they begin)
    ("县长妥善处置突发事件。", []),
])
def test_rarer_surnames_after_an_office(text: str, participants: list) -> None:
    assert who(text) == participants


@pytest.mark.parametrize("text,participants,mentioned", [
    # regards conveyed from someone not there: theirs, who are mentioned; the one who conveys them speaks
    # (before: 李明 unread, 转达 closing no name; 王强 neither there nor mentioned)
    ("市委书记李明转达了省委书记王强对全市人民的亲切问候。", [("李明", "市委书记", ["speak"])], ["王强"]),
    ("市委书记李明看望慰问了老干部张华，并转达了省委书记王强的问候。",
     [("李明", "市委书记", ["lead", "speak"]), ("张华", "老干部", ["guest"])], ["王强"]),
])
def test_regards_conveyed_are_from_someone_not_there(text: str, participants: list, mentioned: list) -> None:
    assert who_and_mentioned(text) == (participants, mentioned)


@pytest.mark.parametrize("text,participants", [
    # a second verb after 或 or 和 ends the first one's object (before: 参加 read as part of it)
    ("省长王强来我市调研，市长张华陪同调研或参加汇报会。",
     [("王强", "省长", ["lead"]), ("张华", "市长", ["accompany", "attend"])]),
    ("市长张华出席会议和讲话。", [("张华", "市长", ["attend", "speak"])]),
])
def test_a_second_verb_after_or_and_and(text: str, participants: list) -> None:
    assert who(text) == participants


@pytest.mark.parametrize("text,participants,mentioned", [
    # a leader's praise, given from afar (before: the name went unread after 得到, or read with no role)
    ("这一做法得到了习近平总书记的充分肯定。", [], ["习近平"]),
    ("区委书记蒲彬彬指出，“寿光模式”得到习近平总书记两次肯定。", [("蒲彬彬", "区委书记", ["speak"])], ["习近平"]),
    ("该项目受到李强总理的高度赞扬。", [], ["李强"]),
])
def test_a_leaders_praise_is_given_from_afar(text: str, participants: list, mentioned: list) -> None:
    assert who_and_mentioned(text) == (participants, mentioned)


@pytest.mark.parametrize("text,participants", [
    # a service before a rank is part of the title, no name (before: 海军 a person, and 张召忠 titled 少将 or lost)
    ("海军少将张召忠在礼堂作专题报告。", [("张召忠", "海军少将", ["speak"])]),
    ("国防大学教研室主任、海军少将张召忠教授在礼堂举行专题报告会。", [("张召忠", "国防大学教研室主任、海军少将", ["lead"])]),
    ("空军大校李明出席。", [("李明", "空军大校", ["attend"])]),
])
def test_a_service_before_a_rank_is_no_name(text: str, participants: list) -> None:
    assert who(text) == participants


@pytest.mark.parametrize("text,participants", [
    # a common noun framed by a descriptor and a follow word is no name (before: a person 项目, 方案)
    ("曲靖市举办中韩企业家项目洽谈会。", []),
    ("举办劳动模范方案交流会。", []),
    # (a name that begins with such a word's first characters still reads: 方向东)
    ("副市长方向东出席。", [("方向东", "副市长", ["attend"])]),
])
def test_a_common_noun_after_a_descriptor_is_no_name(text: str, participants: list) -> None:
    assert who(text) == participants
