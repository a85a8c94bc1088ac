"""Roles: what the verbs around each name say a person did in an entry (EXTRACTION.md's role table).

A verb after a list of people applies to each of them; the one received (会见甲) is a guest; 在…陪同下,
甲向乙汇报, 甲一行与乙座谈 and visitors received in a later sentence each have their own reading here.
"""
from __future__ import annotations

import re

from .names import (ACCUSED, PRAISED_BY_LEADER, REPORT_BY_LEADER, PARTY, BY_INVITATION, HEADS_GROUP, SPOKEN_BY, HOME_VISITED, HOME_VISITED_FIRST, POST_TITLE, POST_TITLE_FIRST, POST_TITLE_START, ADVERBS, PUNISHED, AWARDED, AWARDED_BY, BORN, DEATH_WORD, DEEDS, DIED, COUNTED, GIVEN_TO, HONORIFIC, HONOUR, HONOURING_CLAUSE, INSTRUCTED,
                    KIN, LEAVES, LISTED_AFTER as _LISTED_AFTER, RECEIVING, SENT_END, TALK_WORDS, Mention, office_last, offices, title_aside)

# where the object of a verb ends and the next verb may stand (调研时强调, 主持召开…会议时指出: the verb after
# 时 counts too, and 指出/强调 after 中 or 期间: 在调研中指出)
_OBJECT_SKIP = re.compile(r"[并,，;；]|[或和](?=参加|出席|列席|陪同|主持|讲话|致辞)|(?<=[研察查导视见谈问望议会动])时|(?<=[研察查导视谈问])(?:中|期间|过程中)(?=[^，,。；;]{0,4}?(?:指出|强调))")
# the collective after a list (甲、乙等市领导到…, 等县四套班子领导出席): the verb follows it
_COLLECTIVE_AFTER = re.compile(r"^(?:(?:[省市县区镇乡旗]{1,2}(?:委|政府|级)?)?(?:[三四五](?:套|大|家)?班子|班子|党政|有关|在家)?"
                               r"(?:成员|领导)(?:同志|干部)?"
                               r"|(?:[^，,。；;、\s]{1,2}方)?(?:嘉宾|来宾|客人|外宾|贵宾))")  # (甲等蒙方嘉宾，乙、丙…等观看)
# 与会 as a verb: with nothing but a mark or 并 after it (甲与会并讲话; not 与会人员, 与会长乙座谈, 与会展中心…)
_ATTENDING = r"与会(?=[并，,。；;、]|$)"
_ROLE = re.compile(
    r"(?P<chair>主持召开|主持(?![^，,。；;]{0,12}?工作(?:的|[，,。；;]|$))|召集(?=[^。；;]{0,60}?(?:会议|座谈会|协调会|调度会|推进会|专题会))"  # (召集…召开协调会议)
    # (what the subject goes on to convene: 到企业调研并召开座谈会, 深入企业调研，召开座谈会听取意见)
    r"|(?:组织|亲自)?召开(?<![^并，,时织自]召开)(?=[^，,。；;]{0,24}?(?:会议|会|座谈))"  # (after 并，时 or at the clause's start; 组织召开)
    r"|(?<![召公展离])开了?(?=[^，,。；;]{0,8}?座谈会))"  # (older prose: 在专署开座谈会)
    r"|(?P<accompany>(?:陪同|随同)(?:会见|督导|调研|考察|视察|检查|慰问|参观|活动|走访|看望|督查|指导)?|作陪)"
    # (not to an assembly: 代表区政府向大会报告工作 is the government's work report, given there)
    r"|(?P<report>作汇报|汇报|向(?!大会|会议|全会|全体会议)[^，,。；;]{1,20}?报告(?![会厅])(?=[^，,。；;]{0,30}?(?:情况|工作|进展)))"
    r"|(?P<attend>(?:(?<![与和向给为对])(?:出席|参加)|参会|列席|旁听|(?<![参给])" + _ATTENDING + r")(?!人员|人士|者|证|单位|代表(?!大会|会议)|嘉宾|领导|同志|专家|企业|各方)|观看|观摩|主礼(?!嘉宾|人)|收听收看|收看|收听|到会|到场|观礼|参与|见证|(?:一起|共同|一同)审议|就座|就坐|(?:会见|接见|会谈|宴请|座谈)?时?在座(?!谈))"
    r"|(?P<speak>向(?:大会|会议|全会|全体会议)报告|传达(?!学习)|转达|希望|勉励|叮嘱|寄语|号召|点评|领学|领读|讲了?话|致辞|致词|致(?:欢迎|开幕|闭幕|答谢|祝酒|贺|悼)(?:辞|词)|发了?言|演讲(?!比赛|会|团)|通报|反馈(?=[^，,。；;的]{0,12}?(?:意见|情况|结果|问题))|宣讲|讲授|授课|讲课|讲学|主讲|宣布|宣读|发布(?!会|厅|平台)(?=[^，,。；;]{0,20}?(?:情况|信息|数据|成果|报告|白皮书|政策))|作总结|总结部署|(?:^|(?<=[并还又也]))部署(?![会组])|(?:再)?安排(?:再)?部署|作部署|强调|指出|介绍|解读|"
    r"(?:(?<!工)作|(?<![叫看当])做(?![好到法]))[^，,。；;并]{0,25}?(?:报告|说明|发言|讲话|辅导|讲座|讲解|动员|总结|部署|要求|安排)|讲了[^，,。；;并]{0,8}?(?:要求|意见)|讲(?:具体|重要|指导性|几点)?意见|(?:发表|致)[^，,。；;并]{0,6}?(?:贺词|献词|感言)|发表了?[^，,。；;并]{0,8}?(?:意见|建议|看法|见解|感想|心得)|(?:(?<![座会洽商访面约恳])谈|交流)了?[^，,。；;并]{0,10}?(?:打算|设想|想法|意见|看法|体会|认识|思路|感想|心得)|进行了?(?:再|专题|全面|具体|动员|归纳|简要|分别)?(?:部署|安排|总结)|答记者问|述职(?!会|评议)|(?<=[会并场])作了?(?:重要)?指示|(?:回答|解答)[^，,。；;并]{0,10}?(?:提问|问题|疑问)|答疑|提出[^，,。；;并]{0,12}?(?:要求|意见|建议)|"
    r"作出[^，,。；;并]{0,12}?(?:要求|部署|安排)|(?:(?<!工)作|(?<![叫看])做)了?的?《)"
    r"|(?P<lead>带队|率队|率团|带领|率领|带头(?!参加|出席|参与|宣讲|讲|授课|发言|领学|作|到|赴|前往|深入)|" + HEADS_GROUP + r"|(?:调研|督导|督查|检查|考察|视察)(?![组团])|走访|慰问|看望|会见|接见|接待(?!室|处|中心|站|量|能力|工作)|宴请|设宴|会晤|拜会|拜访|欢迎(?!会|仪式|宴)|签约(?!仪式|活动|现场|大会|项目)|签署(?!仪式)|签订(?!仪式)|签字(?!仪式)|"
    r"开展[^，,。；;]{0,20}?活动|察看|莅临|巡查|暗访|暗查|抽查|调度(?!会)|签批|回信|按下|接访|下访|约谈|督办|督战|坐镇|指挥(?!部)|巡河|巡湖|巡林|推介(?!会)|"
    r"迎接|送别|剪彩|蹲点|出访|(?<!接受)访问(?![团组量学者])|(?<!到会)(?<!到场)(?<!观摩)指导|座谈(?!会)|会商(?!会)|会谈|"
    # a ceremony's act, done together (甲、乙、丙共同点亮屏幕, 共同启动…, 共同推杆)
    r"(?:共同|一同|一起)(?:点亮|开启|启动(?![会仪])|推杆|推动启动杆|触摸|按动|浇筑|培土|植下))"
)
# handing over an award or a gift, unveiling a plaque (颁奖, 授牌, 揭牌…)
_HANDED = "颁奖|颁发|颁证|授牌|授旗|揭牌|揭幕|赠送"
# 为获奖者颁奖, 向…颁发证书, 为…揭牌: what one does for others, a role only when no other verb gives one
_PRESENTS = re.compile(rf"(?:共同|一同|分别|亲自)?[为向][^，,。；;]{{1,24}}?(?:{_HANDED}|授匾|赠书)")
# a party lesson given (上/讲…党课) is a lecture: looked for only where 党课 stands (上 and 讲 are everywhere)
_PARTY_LESSON = re.compile(r"[上讲][^，,。；;并]{0,8}?党课")
# Verbs that count for the subject only right after the name (到 and 来 are everywhere otherwise).
_MOTION = re.compile(rf"^(?:{PARTY}|专程|亲自|首先|随后|一同|一起|共同|应邀|应约|先后|分别|也|还|又|再|{ADVERBS})*"
                     r"(?:率(?!先)|到(?!会|场)|赴|来(?!自)|前往|前来|深入|抵达|召开|表彰了"
                     # (甲在县行政中心召开…调度会: where they convened it; not 在…召开的会议上, a meeting held by others)
                     r"|在[^，,。；;]{1,24}?召开(?!的)(?=[^，,。；;]{0,30}?(?:会议|会|座谈)))")
# 甲要求各地…, 甲在会上要求…, 甲…听取汇报，要求…: said by the subject, 要求 is what 强调 is (not 按照…要求, a noun)
_DEMANDS = re.compile(r"(?:在[^，,。；;]{0,15}?[上中时])?(?:还|并|同时|也|进一步)?(?:明确|严格|反复|再次)?要求")
_CONTINUE = re.compile(
    r"^(?:并|还|又|也|再|随后|先后|分别|共同|一同|一起|实地|现场|深入|详细|认真|进一步|专程|亲自|就|对|向|为|与|同|在|"
    r"听取|察看|查看|调研|检查|督导|考察|视察|走访|慰问|看望|强调|指出|要求|提出|宣讲|讲授|介绍|通报|主持|出席|参加|了解|宣布|致|作|"
    r"代表|到|赴|来|前往|参观|观看|签署|会见|接见|指导|推动|叮嘱|勉励|鼓励|希望|表示|督导|开展|走进|深入|召开|"
    r"翻阅|查阅|询问|仔细|随机|逐一|依次|抽查|暗访|充分肯定|肯定|"
    r"汇报(?!会)|拜访|拜会|座谈|洽谈|对接|会商)"  # (甲率队赴北京，拜访…，汇报…: what the subject went on to do)
)
# (听取…汇报后强调: what is said after hearing is the listener's own)
_LISTEN = re.compile(r"听取(?:[并和](?:审议|讨论|审查|研究))?[^，,。；;并]*?"
                     r"(?=(?:后|时)[^，,。；;并]{0,4}?(?:指出|强调|要求|表示|讲话|说)|[，,。；;并]|$)|接受[^，,。；;]*|在[^，,。；;]{0,30}陪同下")
# (… or 由乙陪同, no 下: _opens_company; not 陪同的, the one who accompanies named after it)
_ACCOMPANIED = re.compile(r"(?:等(?:人|同志|领导)?)?的?陪同(?:(?P<under>下)|(?![下的]))")
# what says a person's request is followed (按照甲要求, 根据乙的指示精神, 遵照丙同志的部署)
_AS_ASKED_BY = ("按照", "根据", "遵照", "依照", "按")
_AS_ASKED = re.compile(r"(?:同志)?的?(?:重要)?(?:要求|指示|批示|部署|安排|意见|精神)")
# 在乙，市委、市政府有关领导等陪同下: those named, then a body of leaders with no name, accompany
_OTHERS_THEN_ACCOMPANIED = re.compile(
    r"[，,、和及]\s*[^，,。；;：:]{0,16}?(?:领导|负责同志|负责人|同志|干部)(?=(?:等(?:人|同志|领导)?)?的?陪同下)")
_GUEST_VERB = re.compile("|".join(RECEIVING))
_WELCOMING = re.compile(r"欢迎|迎接|送行|送别")
_GUESTS_LISTED = re.compile(r"嘉宾|客人|外宾|来宾|代表团|外方")  # (参加会见的领导有, 中方人员有: hosts, who attend)
_KIN_OF = re.compile(rf"(?:同志|先生|女士)?的(?:{KIN}|夫人|爱人)")  # (老劳模甲的女儿乙: 甲 is not there)
_TALK = re.compile(rf"{TALK_WORDS}|会商|(?<!通过)视频连线|交换了?意见")
# (与以甲为团长的考察团座谈, 与由乙率领的…: the one heading the party talked with)
# (来访的, 前来参加活动的, 来我市考察的: who the other party is, what they came to do)
_VISITORS_CLAUSE = r"(?:来访|前来[^，,。；;]{0,16}?|(?:来|到|莅临)[^，,。；;]{0,16}?)的"
_VISITORS_FIRST = "来前到莅"  # (what _VISITORS_CLAUSE begins with: a cheap test first)
# (同: 与 in older prose; not the 同 of 陪同, 随同, 一同, 共同, 会同: 甲陪同乙调研，并召开座谈会 has 乙 talk with no one)
_WITH = re.compile(rf"(?:与|(?<![陪随一共会协合连相])同)(?:以|由)?(?:{_VISITORS_CLAUSE})?$")
# Studying someone's words, or acting on them (按照/根据/遵照 甲的批示: someone who is not there)
# (宣读…的贺信, 收到…的回信: the author is not there; nor is one whose writing a paper publishes: 发表…的署名文章)
_STUDY_VERBS = "传达|转达|学习|贯彻|领会|研读|按照|根据|遵照|宣读|收到|接到|发表|刊发|刊登|刊载|播发|收看|观看"  # (观看…的讲话视频)
_STUDY = re.compile(rf"{_STUDY_VERBS}|落实|宣传(?!部)")  # 宣传部 is an office
# a clause that opens with studying (not 组织宣传干部, where the word is part of a noun)
_STUDY_CLAUSE = re.compile(rf"(?:^|[，,。；;：:]|并|会议|会上|认真|集中|专题|深入)(?:还|也|又|同时)?(?:{_STUDY_VERBS})")
# a work someone delivered, by its title (甲作的《政府工作报告》, 乙同志所作的《…》)
_DELIVERED_WORK = re.compile(r"(?:总书记|同志)?所?[作做]的《")
_WORDS_OF = re.compile(
    r"的(?:重要|署名|总结|主旨|书面|动员|开幕|闭幕)?(?:讲话|指示|批示|论述|回信|贺信|来信|文章|要求|部署)|"
    r"的(?:亲切|节日|诚挚)?(?:问候|慰问|关怀|祝福|嘱托)|"  # (转达了省委书记甲的亲切问候: sent, not there)
    r"(?:同志)?(?:的)?先进事迹|(?:讲话|指示|批示)(?:精神|要求)|重要讲话|重要指示|重要批示|重要论述|重要回信|重要贺信|重要文章|署名文章|思想|"
    r"^(?:总书记|同志)?的?《|"  # (发表胡耀邦《在剧本创作座谈会上的讲话》: a work of theirs, by its title)
    r"主持召开的[^，,。；;]*?会议精神|精神[。！]?$|"
    # (落实巡视组组长甲反馈意见整改: the findings they gave before, acted on here)
    r"反馈的?(?:巡视|巡察|督察|督查|审计|考核)?(?:意见|问题)|"
    r"的[^，,。；;]{0,12}?贺词"  # (收看…发表的二〇二四年新年贺词)
)
_APPOINTED = re.compile(rf"^(?:同志)?{COUNTED}?(?:分别)?(?:以[^，,。；;]{{1,12}}?)?"  # (乙、丙两位同志为…, 丁以52票当选为…)
                        r"(?:因[^，,。；;]{1,8}?(?:原因|需要|变动)[，,]?)?"  # (甲同志因年龄原因，不再担任…; 乙因工作需要，调任…)
                        r"(?:为|任|当选|被任命|兼任|接任|升任|调任|转任|改任|挂任|挂职|不再担任|辞去)"
                        r"|^(?:同志)?的[^，,。；;]{1,24}?职务"
                        r"|^(?:同志)?[，,]以[^，,。；;]{1,12}?当选")  # (候选人甲同志,以全票当选…)
# (甲任团长，率…赴日本: the head of the party going, who leads it, not one appointed)
_HEADS_THE_PARTY = re.compile(r"(?:同志)?(?:任|为|担任)(?:副|总)?(?:团长|队长|组长|领队)[，,]?(?:率|带领|带队|率领)")
_APPROVED = re.compile(r"^(?:同志)?(?:同意|批准|审定|审批|签批|批示同意)")
_CARE = "关心|关怀|支持|重视|推动|帮助|关注|厚爱"
_SUPPORTED = re.compile(rf"^(?:同志)?的(?:亲切|大力|高度)?(?:{_CARE})(?:[和与、]?(?:{_CARE}))*(?:之)?下")
_MODEL = re.compile(r"^(?:同志|先生|女士)?(?:学习|看齐|致敬|为榜样|为楷模|为标杆)")
# a standing body formed with its heads named (成立以甲为组长、乙为副组长的…领导小组)
_HEADS_FORMED = re.compile(r"为(?:常务)?(?:第一)?副?(?:组长|主任|总指挥|指挥长|召集人)(?:[、，,和]|的)")
_FORMED_UNDER = re.compile(r"(?:成立|组建|调整|设立|充实)(?:了)?以")
# 甲为获奖代表颁奖, 甲为新任干部授牌: 为 someone, then what is done for them; not an appointment
_FOR_SOMEONE = re.compile(rf"^为[^，,。；;]{{1,20}}?(?:{_HANDED}|授予|佩戴|送上|送去|讲授|授课|作|做|致)")
# what says that the one named before it (习近平总书记…) is there: a visit, a meeting, a place they are at
_PRESENT = re.compile(r"(?:同志)?(?:一行)?(?:亲自|专程|亲切)?(?:来到|来|到|赴|深入|前往|走进|亲临|莅临|视察|考察|调研|看望|慰问|接见|会见|出席|"
                      r"在[^，,。；;]{1,15}?(?:考察|视察|调研|看望|慰问|接见|会见|出席|主持))")
_SENT_BY = re.compile(r"(?:同志)?的?委托")
# 甲受到乙的亲切接见: the one received, by whom the clause names after 受到
_RECEIVED_BY = re.compile(r"(?:同志|先生|女士)?(?:一行)?(?:都|均|也|还|曾|先后|多次|分别)?(?:在[^，,。；;]{1,12}?)?受到[^，,。；;]{0,40}?的?(?:亲切|热情|隆重)?"
                          r"(?:接见|会见|看望|慰问|宴请|接待)")
_WITH_VISITORS = re.compile(rf"[与同向]{_VISITORS_CLAUSE}")  # (与前来参加活动的…, 向来我市调研的…: a tail's start)
_TO_VISITOR = re.compile(rf"向(?:{_VISITORS_CLAUSE})?$")  # (甲向乙汇报, 甲向来我市调研的乙汇报: the one told)
_LATER_RECEIVED = re.compile(r"[，,](?=(?:都|均|也|还|曾|并|先后|多次|分别)?(?:在[^，,。；;]{1,12}?)?受到)")
# 甲同志主持市政府全面工作: a duty given, whom the item is about (no meeting chaired)
_DUTY_GIVEN = re.compile(r"(?:同志)?(?:暂时|临时|继续)?主持[^，,。；;]{0,12}?(?:全面|日常)工作(?=[，,。；;]|$)")
# (应甲邀请, 应乙之邀: who invited the visitors, not said to be there)
_INVITED = re.compile(r"(?:同志|先生|女士)?的?(?:盛情|热情|诚挚|亲切)?(?:邀请|之邀)")
# (甲向大会发来贺信, 甲、乙分别致贺电: a letter or a telegram sent, by someone who is not there)
_LETTER = (r"(?:分别|专门|特地|亲自|也|还)?(?:[向为给][^，,。；;]{1,24}?)?"
           r"(?:(?:发来|寄来|发出|致)了?(?:贺信|贺电|唁电|慰问信|慰问电|感谢信)|致(?:信|电|函)(?:祝贺|慰问|感谢|表示)"
           r"|发来了?(?:贺词|书面致辞|书面讲话)"
           # (a call made to here from elsewhere: 甲专门打来电话)
           r"|打来了?电话)")
# (委托: sent someone, not there)
_AUTHORED = re.compile(rf"^(?:《[^》]{{1,60}}》(?:一文|一书)?(?:[由在][^，,。；;]{{1,20}}?)?(?:发表|刊发|刊登|出版|发行)|主编|著|编著|撰写|创作|署名(?:文章|理论文章|评论)|(?:在[^，,。；;]{{1,20}}?)?发表了?(?:署名|理论)?文章|(?:为[^，,。；;]{{1,12}}?)?(?:题写|题词)|作词|作曲|{_SENT_BY.pattern}|{_LETTER}|{INSTRUCTED.pattern})")
# a sentence that names no one and opens with what a person does (主持召开…, 参加…, 赴…调研): the last subject's
_SUBJECTLESS_LEADS = ("并", "还", "又", "随后", "之后", "后", "同时", "当天", "当日")
_SUBJECTLESS_VERBS = ("主持召开", "主持", "参加", "出席", "赴", "前往", "深入", "带队", "率队", "调研", "督导", "督查", "检查",
                      "考察", "视察", "走访", "慰问", "看望", "会见", "接见")
_SUBJECTLESS = re.compile(rf"(?:{'|'.join(_SUBJECTLESS_LEADS)})?(?:{'|'.join(_SUBJECTLESS_VERBS)})"
                          # (not a label of who else was there: 参加会议的有…, 出席会议的还有…)
                          r"(?![^，,。；;]{0,16}?的(?:有|还有|是|领导|同志|人员|嘉宾|代表))")
_SUBJECTLESS_FIRST = frozenset(w[0] for w in (*_SUBJECTLESS_LEADS, *_SUBJECTLESS_VERBS))  # (a cheap test first)
# the last subject again: a pronoun, or a sentence that opens at the meeting with no one named (在会上作了…介绍)
_PRONOUN = re.compile(r"^(?:(?:他|她)(?:还|又|也|并|在)?|(?:在会上|会上)(?=作|讲话|发言|致辞|强调|指出|要求))")
_CLAUSE_SPLIT = re.compile(r"[，,：:]")
# a visiting party right after its head's name (甲一行, 甲同志一行, 甲先生一行)
# (not PARTY: 甲一行三人与乙座谈 reads the same with 一行 alone; an aside may come first: 甲（女）一行)
_PARTY_AFTER = re.compile(r"(?:[（(][^（()）]{1,8}[）)])?(?:同志|先生|女士)?一行")
_PHRASE_SPLIT = re.compile(r"[，,。；;：:]")
# the views of those a clause with 听取 names (听取甲、乙的意见建议; their 汇报 and 发言 are roles of their own)
_VIEWS_HEARD = re.compile(r"(?:同志|等)?(?:关于[^，,。；;]{1,30}?)?的[^，,。；;]{0,6}?(?:意见|建议|想法|心声|诉求)"
                          # … or their report, which they gave there (大会听取县长甲关于政府工作的报告, 听取乙《…》的报告)
                          r"|(?:同志)?(?:所?作的|关于[^，,。；;]{1,30}?的|《[^》]{1,60}》的?|的)[^，,。；;]{0,12}?报告(?![会厅])")
_COMMA_SPLIT = re.compile(r"[，,]")
_SENTENCE_SPLIT = re.compile(r"[。；;：:]")
# a phrase that is one more report heard in a list of them (…甲《…》的报告，乙《…》报告，县法院…报告)
_HEARD_ITEM = re.compile(r"(?:报告|意见|建议|汇报)$")


def _heard(before: str) -> bool:
    """Whether 听取 governs what follows `before`: in its phrase, or in the phrase opening a list of reports
    heard that it goes on (会议听取县委书记甲…的报告，副县长乙《…》报告)."""
    phrases = _COMMA_SPLIT.split(_SENTENCE_SPLIT.split(before)[-1])
    for k in range(len(phrases) - 1, -1, -1):
        if "听取" in phrases[k]:
            return True
        if k < len(phrases) - 1 and not _HEARD_ITEM.search(phrases[k]):
            return False
    return False


# the collective a list of bare names stands under (中国内蒙古自治区党政军领导, 市领导): no one's title
_LIST_PREFIX = re.compile(r"[^，,。；;：:、]{0,24}?领导(?:同志)?|")
# a clause naming no one, only who else is there (省直有关部门主要负责同志, 各县区负责人)
_UNNAMED_CLAUSE = re.compile(r"[^，,。；;：:]{2,30}?(?:负责(?:同志|人)?|领导(?:同志)?|代表)")  # (同志: gone with the honorifics)
_JOINERS = re.compile(r"[、，,；;和与及在]|以及|偕同?|携|等|领导|同志|省市|市|区|县"
                      r"|(?:还|也|又|并|再|分别|先后|随后|同时|共同|一同|一起)(?=[与和])")  # (甲一行还与乙座谈)
# the unnamed joined to a list before its verb (甲、乙及相关部门负责人一同前往): the verb is the list's, said
# right after it
_WITH_UNNAMED = re.compile(r"^(?:以及|及|和|与)[^，,。；;：:、“”《》]{2,20}?(?:负责(?:同志|人)|领导(?:干部|同志)?|干部|"
                           r"工作人员|人员|代表)等?")


_TOGETHER_ATTEND = re.compile(r"出席|参加|参会|列席|观看|观摩")
_TOGETHER_LEAD = re.compile(r"调研|考察|检查|视察|督导|督查|慰问|看望|走访")


def _together_role(label: str) -> str:
    """The role of those listed after 一同…的有: attend where they attended, lead where they visited, else
    accompany (一同前往的有)."""
    if _TOGETHER_ATTEND.search(label):
        return "attend"
    return "lead" if _TOGETHER_LEAD.search(label) else "accompany"


def _presenter_leads(s: str, before: list[Mention], lo: int, hi: int) -> None:
    """为甲、乙颁奖 after a name (市委书记丙为优秀党员甲、优秀干部乙颁奖): the one right before 为 hands the
    awards over, their role when no other verb gives one (the list kept it from their own tail)."""
    given = GIVEN_TO.search(s, lo, hi)
    if given is None:
        return
    presenter = next((g for g in reversed(before) if g.end <= given.start()), None)
    if (presenter is not None and not presenter.roles and not presenter.mentioned and not presenter.guest
            and _PRESENTER_GAP.fullmatch(s, presenter.end, given.start())):
        presenter.roles.add("lead")


# (between the presenter's name and 为: an honorific or an adverb, no mark)
_PRESENTER_GAP = re.compile(r"(?:同志)?(?:共同|一同|分别|亲自|还|并|又|也)*")


_BY_INVITATION = re.compile(BY_INVITATION)


def _said_by_leader(tail: str, *, heard: bool = False) -> bool:
    """Does tail hold a leader's title written after the name, then their words (总理的重要讲话, 主席的贺信), what
    they wrote from afar (主席批转《…》, 总理作出批示) or a report they gave elsewhere (审议总理所作的政府工作报告;
    not one `heard` there: 大会听取王强市长所作的政府工作报告, given there)?"""
    return (tail[:2] in POST_TITLE_START and (post := POST_TITLE.match(tail)) is not None
            and ((tail[post.end():post.end() + 1] == "的" and SPOKEN_BY.match(tail, post.end()) is not None)
                 or _AUTHORED.match(tail[post.end():]) is not None or PRAISED_BY_LEADER.match(tail, post.end()) is not None
                 or (not heard and REPORT_BY_LEADER.match(tail, post.end()) is not None)))


# 分别主持和讲话, 分别致辞、讲话: verbs that a list before them does one each, in its order
# (not 并: 分别主持会议并讲话 may be each doing both)
_RESPECTIVELY = re.compile(r"^分别([^，,。；;和与及、并]{2,6}?)(?:(?:和|与|及|、)([^，,。；;和与及、并]{2,6}?))+(?=[，,。；;]|$)")


_RESPECTIVE_JOINER = re.compile(r"和|与|及|、")


def _respectively(tail: str) -> list[set[str]] | None:
    """The role of each verb in 分别V1和V2 (one per person of the list before it, in order), or None where
    the verbs are not one role each."""
    m = _RESPECTIVELY.match(tail)
    if m is None:
        return None
    verbs = _RESPECTIVE_JOINER.split(tail[len("分别"):m.end()])
    each = [_clause_roles(v, first=False) for v in verbs]
    return each if all(len(r) == 1 for r in each) and len({frozenset(r) for r in each}) > 1 else None


def _opens_company(gap: str, by: bool) -> bool:
    """Does the text between two names open the company of the one accompanied: 在 (甲在乙陪同下), or with
    `by`, a 由 right before the name (甲由乙陪同)?"""
    return gap.rstrip().endswith("由") if by else "在" in gap


def _invited_by(before: str) -> bool:
    """Whether the phrase before a name opens with 应 of an invitation (应市委书记甲、市长乙邀请), not 应急…."""
    return _BY_INVITATION.match(_PHRASE_SPLIT.split(before)[-1]) is not None


def _clause_roles(clause: str, first: bool) -> set[str]:
    roles: set[str] = set()
    if "听取" in clause or "接受" in clause or "陪同下" in clause:  # (what _LISTEN holds: a cheap test first)
        clause = _LISTEN.sub(lambda m: " " * len(m.group(0)), clause)
    mm = _MOTION.match(clause) if first else None
    if mm:
        roles.add("chair" if mm.group(0).endswith("召开") else "lead")
    elif _DEMANDS.match(clause):
        roles.add("speak")
    if "党课" in clause and _PARTY_LESSON.search(clause):
        roles.add("speak")
    pos = 0
    while True:
        m = _ROLE.search(clause, pos)
        if not m:
            break
        kind = m.lastgroup or ""
        roles.add(kind)
        pos = m.end()
        # a verb with an object: what follows up to the next 并 or comma is that object (出席会议); 到会 and
        # 到场 take none (到会讲话)
        if kind in ("chair", "attend", "accompany", "report", "lead") and (
                kind != "attend" or m.group(0) not in ("到会", "到场", "参会")):
            nxt = _OBJECT_SKIP.search(clause, pos)
            pos = nxt.start() if nxt else len(clause)
    return roles


# 甲为团长的…考察团, 乙为团长的…观光团, …参加了: who heads a delegation named in a list (lead), the verb after
# the list (and the other groups named in it) being what they all did
_ELECTED_BEFORE = re.compile(r"(?:选举产生|选举出|选出|推选出|增补|增选|补选)了?(?:新一届)?$")
# (…乙为副团长的代表团: the heads listed one after another before the group they head)
_HEADS = re.compile(rf"^{HEADS_GROUP}(?:[，,、][^，,。；;]{{1,24}}?{HEADS_GROUP})*的[^，,。；;]*[团组队]")
_HEADS_FIRST = "为任担"  # (what _HEADS begins with: a cheap test first)
_GROUP_NOUN = re.compile(r"^[^，,。；;]{2,24}(?:团|组|队|同胞|侨胞|华侨|代表|嘉宾|客人)$")


def _past_aside(tail: str) -> str:
    """What follows a name after its bracketed aside of sex or people ((女), （蒙古族）), if it has one."""
    if tail[:1] in "（(" and (h := HONORIFIC.match(tail)) is not None:
        return tail[h.end():]
    return tail


_ATTENDS = re.compile(_ATTENDING)  # (right after a name or a list of them: their verb, no joiner 与)


def roles_from_tail(tail: str) -> set[str]:
    """Roles given by the verbs after a name (or list of names) up to the next person or sentence end."""
    tail = _past_aside(tail)  # (甲（女，满族）出席: the aside has a comma of its own)
    if tail[:1] in "与同向" and tail[1:2] in _VISITORS_FIRST and (rel := _WITH_VISITORS.match(tail)) is not None:
        tail = tail[:1] + tail[rel.end():]  # 与前来参加活动的客商代表乙座谈: what the visitors came for is theirs
    if tail[:2] in POST_TITLE_START and (post := POST_TITLE.match(tail)) is not None:
        tail = tail[post.end():]  # 郭金龙市长一行赴…, 甲主席率…: the verbs follow the title written after the name
    clauses = _CLAUSE_SPLIT.split(tail)
    roles: set[str] = set()
    if len(clauses) > 1 and clauses[0][:1] in _HEADS_FIRST and _HEADS.fullmatch(clauses[0]):
        # the group the last of them heads (their lead: assign_roles), other groups, then the verb
        clauses = clauses[1:]
        while len(clauses) > 1 and _GROUP_NOUN.match(clauses[0]) and not _ROLE.search(clauses[0]):
            clauses = clauses[1:]
    # "…史国良,管委主任助理李玲,管委各部门…负责人参加会议": an empty first clause means the verb comes later,
    # and so does one that only says whom they stand with (甲、乙等区四套班子领导，各乡镇负责同志参加)
    while len(clauses) > 1 and (not (c := HONORIFIC.sub("", clauses[0]).strip("等以及和与及"))
                                or (clauses[0].lstrip()[:1] == "等" and not _COLLECTIVE_AFTER.sub("", c, count=1))):
        clauses = clauses[1:]
        if _ROLE.search(clauses[0]):
            break
    for n, clause in enumerate(clauses):
        c = (clause if clause[:2] == "与会" and _ATTENDS.match(clause)  # (甲与会: attending, no joiner)
             else clause.lstrip("等以及和与及"))
        if n == 0 and clause[:1] in "以及和与" and (w := _WITH_UNNAMED.match(clause)) is not None:
            c = clause[w.end():]
        if n == 0:
            together = clause[:1] == "等"
            if HONORIFIC.match(c):
                c = HONORIFIC.sub("", c, count=1)
                together = together or c[:1] == "等"  # (甲同志、乙同志等市领导率…: 等 after the honorific)
                c = c.lstrip("等以及和与及")
            c = _COLLECTIVE_AFTER.sub("", c, count=1) if together else c
            roles |= _clause_roles(c, first=True)
            if not roles and _PRESENTS.match(c):
                roles.add("lead")  # 会议召开，市委书记甲为获奖代表颁奖: what they did there (出席…并颁奖: attend)
        elif _CONTINUE.match(c) or (clause[:1] == "与" and clause[1:2] != "会"):  # (与企业负责人交流; not 与会人员…)
            roles |= _clause_roles(c, first=False)
        else:
            break
    return roles


def _may_hold_label(text: str) -> bool:
    """Can a label of _LISTED_AFTER (出席会议的有：, 成员包括, 分别是 …) stand in text? Each holds one of these
    words: a cheap test before the pattern, which is asked of every sentence and every name's tail."""
    return "有" in text or "：" in text or ":" in text or "包括" in text or "分别" in text or "执行主席" in text


_LONE_JOINERS = frozenset(("", "、", "，", ",", "和", "与", "同", "及", "以及"))  # (同: 与 in older prose)


def _ends_in_office(part: str) -> bool:
    """Does the part end in an office word (统战部部长, 党委常委)?"""
    return bool(part) and part[-1] in office_last() and any(m.end() == len(part) for m in offices().finditer(part))


def pending_only(tail: str) -> bool:
    """Does the text after a name only join it to the next person (、，和 以及 等领导…)?"""
    if tail in _LONE_JOINERS:
        return True  # (most often: 甲、乙; a cheap test first, asked after every name)
    t = HONORIFIC.sub("", tail)
    if t[:1] in ("（", "(") and (end := title_aside(t, 0)):
        t = t[end:]  # 张三（市委书记）、李四: a bracketed title after the name
    if tail[:1] == "等" and (c := _COLLECTIVE_AFTER.match(tail[1:])) is not None and c.end():
        # 甲等蒙方嘉宾，乙、丙…: who they stand with, then the next of the list after its collective prefix
        t = tail[1 + c.end():]
        if _ROLE.search(t) is None and _LIST_PREFIX.fullmatch(t.strip("，, ")):
            return True
    if (t[:1] in POST_TITLE_FIRST and (lead := POST_TITLE.match(t)) is not None and lead.end() < len(t)
            and _JOINERS.sub("", t[lead.end():]) == ""):
        return True  # 刘少奇主席和夫人王光美…: a leader's title written after the name, then the joiner
    rest = _JOINERS.sub("", t)
    if (rest and t[-1:] in "，," and len(rest) <= 30 and rest[-1] in office_last() and _ROLE.search(rest) is None
            and all(_ends_in_office(_JOINERS.sub("", part)) for part in t.strip("，, ").split("、"))):
        # 甲；中央农办主任，部长乙: a clause that is only the next person's other office; or one who is not named
        # (甲，自治区党委常委、统战部部长，乙出席: the office's holder left out of the list)
        return True
    if rest and t[-1:] in "，,；;" and _UNNAMED_CLAUSE.fullmatch(t.strip("，,；; ")) and _ROLE.search(rest) is None:
        # 甲，省直有关部门主要负责同志，乙: others present, unnamed, between two of the list (or closing a group of
        # it: 甲、乙等省直部门负责人；丙，丁出席)
        return True
    if rest and rest[-1] == "的" and _DUTY_BEFORE.fullmatch(rest):
        return True  # 甲；主持市委全面工作的副书记乙: the next one's duty, said before the title
    return rest == ""


# a duty said before a title (主持市委全面工作的副书记, 分管农业工作的副市长): no verb of the list's
_DUTY_BEFORE = re.compile(r"(?:主持|分管|负责|协助|联系)[^，,。；;、]{1,16}?工作的")
# A receiving verb with no one named after it (市长周齐会见。), and what a visitor does (一行来烟考察).
# (the visitors by no name: 客人, 他们, 代表团…)
_THEM = "他们|她们|客人|来宾|考察团|代表团"
_RECEIVED_ELIDED = re.compile(rf"[^，,。；;：:]{{0,12}}?(?<!参加)(?<!陪同)(?<!参与)(?<!出席)(?:会见|接见|宴请|会晤|接待)(?:了)?(?:{_THEM}|他|她|外宾)?(?:一行)?(?:全体)?(?:成员|人员)?[。！!]?$")
# … or welcomed, or talked with, by a pronoun (副区长乙对他们的到来表示欢迎，并与之座谈)
_RECEIVED_BY_PRONOUN = re.compile(rf"对(?:{_THEM}|他|她)(?:一行)?的(?:到来|来访)表示[^，,。；;]{{0,4}}欢迎"
                                  # (与考察团一行就…进行座谈; 与白城市党政代表团座谈)
                                  rf"|与(?:之|[^，,。；;与和]{{0,8}}?(?:{_THEM}))(?:一行)?(?:就[^，,。；;]{{1,30}}?)?"
                                  rf"(?:进行了?|举行了?)?[^，,。；;]{{0,8}}?(?:{TALK_WORDS})")
# (and one arrived or come home: 作家甲回乡，市委书记乙会见)
_VISIT = re.compile(r"一行|(?:来|赴|到)[^，,。；;]{0,8}?(?:考察|访问|参观|调研|洽谈|出席|交流)|来访|到访|抵达|到达|莅临"
                    r"|回乡|返乡|回故乡|回到家乡")


# (向乙报告工作: what is reported after the name of the one told)
_REPORTED_TO = re.compile(r"报告了?(?![会厅])(?=[^，,。；;]{0,30}?(?:情况|工作|进展))")
# (对甲一行的来访表示欢迎: the one welcomed is the visitor received)
_WELCOMED = re.compile(r"(?:同志|先生|女士)?(?:一行)?的?(?:来访|到访|来[^，,。；;]{0,8}?(?:访问|考察|参观|调研))"
                       r"表示(?:热烈|诚挚|衷心)?的?欢迎")


def _sentence_end(bounds: list[int], pos: int) -> int:
    return next(b for b in bounds if b > pos)


# what only makes a received visitor the visitor: leading the party, the visit itself (率团, 访问)
_VISITING = frozenset(("带队", "率队", "率团", "带领", "率领", "访问"))


def only_visits(s: str, start: int, end: int) -> bool:
    """Does s[start:end], what a received visitor does, only lead or bring their party (率代表团访问我市, 一行来我市
    访问), no doing of their own (调研, 考察, 签署): their lead is then no more than being the visitor."""
    return not any(m.lastgroup == "lead" and m.group(0) not in _VISITING for m in _ROLE.finditer(s, start, end))


def _receive_visitors(s: str, mentions: list[Mention], bounds: list[int], before: int) -> None:
    """Make the visitors named before `before` (一行来烟考察, 来访; a list of them joined by 、) guests: a
    later sentence receives them without naming them."""
    visitor_next = False
    list_end = list_stop = 0  # what the list a visitor is in does: after its last name (甲、乙一行来烟考察)
    for j in range(len(mentions) - 1, -1, -1):
        v = mentions[j]
        end = _sentence_end(bounds, v.start)
        nxt = mentions[j + 1] if j + 1 < len(mentions) else None
        upto = min(end, nxt.title_start) if nxt is not None else end  # what this one does, up to the next name
        joined = nxt is not None and nxt.start < end and pending_only(s[v.end:max(v.end, nxt.title_start)])
        if not joined:
            list_end, list_stop = v.end, upto  # (the last of a list, read first going backwards)
        if v.start >= before:
            continue
        visitor_next = not v.mentioned and bool(_VISIT.search(s, v.end, upto) or (joined and visitor_next))
        if visitor_next:
            v.guest = True
            # guest, and what they did themselves stays (周铁农率领…来杭调研 … 看望周铁农: guest and lead in the
            # gold of dev/025, though EXTRACTION.md says a received visitor is guest only); leading the visit, or
            # coming (甲率代表团访问我市, 乙一行来我市访问), is no more than what makes them the visitor
            v.roles = {"guest"} | (v.roles - {"chair", "attend"})
            if "lead" in v.roles and only_visits(s, list_end, list_stop):
                v.roles.discard("lead")


def _lists_across_semicolons(s: str, mentions: list[Mention], bounds: list[int]) -> list[int]:
    """Sentence bounds without the semicolons that only part two lists of people sharing the verb after
    them (甲市市长甲，副市长乙；丙市市长丙参加交流会: one side, then the other)."""
    kept = [bounds[0]]
    for b in bounds[1:]:
        if s[b - 1:b] in ("；", ";") and b < len(s):
            last = next((m for m in reversed(mentions) if m.end < b), None)
            if last is not None and last.start >= kept[-1] and pending_only(s[last.end:b]):
                continue
        kept.append(b)
    return kept


def _honouring_clause(s: str, start: int, mt: Mention, end: int) -> bool:
    """Whether the clause before a name honours them (表彰了甲, 追授乙…): not where it only says who they are, one of
    the honoured, and they (or the list they are in) do something there before the sentence's `end`
    (受表彰的先进个人代表甲作发言)."""
    m = HONOURING_CLAUSE.search(s, start, mt.start)
    if m is None:
        return False
    one_of = "的" in m.group(0) and (s[m.start() - 1:m.start()] in ("受", "获", "被") or s[m.start() - 2:m.start()] == "受到")
    return not (one_of and roles_from_tail(s[mt.end:end]))


def assign_roles(s: str, mentions: list[Mention]) -> None:
    if not mentions:
        return
    sent_bounds = [0] + [m.end() for m in SENT_END.finditer(s)] + [len(s)]
    if "；" in s or ";" in s:
        sent_bounds = _lists_across_semicolons(s, mentions, sent_bounds)
    last_subject: Mention | None = None
    j = 0  # mentions are in text order: those of each sentence follow those of the one before
    for a, b in zip(sent_bounds, sent_bounds[1:]):
        if a >= b:
            continue
        k = j
        while k < len(mentions) and mentions[k].start < b:
            k += 1
        inside, j = mentions[j:k], k
        if not inside and last_subject is not None and s[a] in _SUBJECTLESS_FIRST and _SUBJECTLESS.match(s, a, b):
            # 甲协调…；主持召开…会议。 / 乙听取…汇报；参加全市干部大会: the clause's subject is the last one's
            last_subject.later |= roles_from_tail(s[a:b])
            continue
        if not inside and s[a] not in "他她在会":
            continue  # no one named, and no pronoun for the last subject (他还…, 在会上…)
        sentence = s[a:b]
        if inside and (_RECEIVED_ELIDED.match(s, inside[-1].end, b) or (
                ("欢迎" in sentence or "与" in sentence)  # (what _RECEIVED_BY_PRONOUN holds: a cheap test first)
                and _RECEIVED_BY_PRONOUN.search(s, inside[-1].end, b))):
            # 甲一行来烟考察。市长乙会见。 or 甲一行访问我市，副市长乙会见并宴请客人。: the visitors named
            # before the one receiving are the ones received
            _receive_visitors(s, mentions, sent_bounds, inside[-1].title_start)
        pm = _PRONOUN.match(sentence)
        if pm and last_subject is not None and (not inside or inside[0].title_start - a > 8):
            upto = (inside[0].title_start - a) if inside else len(sentence)
            last_subject.later |= roles_from_tail(sentence[pm.end():upto]) - {"lead"}
        group: list[Mention] = []
        elected_prev = False
        talk_hosts = False
        host: Mention | None = None  # who received the guests of this sentence (会见甲一行并陪同调研)
        received_by = "受到" in sentence  # (a cheap test first: 甲受到乙的接见 is rare)
        kin_own: str | None = None  # (the clause before one whose kin is named next)
        talked_with = False  # (the one before is a guest talked with: 与甲，乙就…会谈)
        for i, mt in enumerate(inside):
            nxt = inside[i + 1].title_start if i + 1 < len(inside) else b
            prev_end = inside[i - 1].end if i > 0 else a
            head = s[prev_end:max(prev_end, mt.title_start)]
            tail = s[mt.end:max(mt.end, nxt)]
            tail = _past_aside(tail)  # 甲(女)为代表, 乙（女）当选: what follows the aside is what is said of them
            if _may_hold_label(tail) and (ahead := _LISTED_AFTER.search(tail)) is not None:
                tail = tail[:ahead.start()]  # …李四，陪同会见的有王五: that verb governs the list after it
            own = _PHRASE_SPLIT.split(head)[-1]
            if kin_own is not None:
                own, kin_own = kin_own, None
            with_ = ("与" in own or "同" in own) and _WITH.search(own) is not None  # 与乙, 与来访的乙: the one talked with
            talk = with_ and _TALK.search(s, mt.end, b)
            if talk and i > 0 and _PARTY_AFTER.match(s, inside[i - 1].end):
                mt.talk_host = talk_hosts = True  # 甲一行与乙…座谈: the visitors talk with their hosts, who attend
            elif ((_GUEST_VERB.search(own) or talk or (tail[:1] in HOME_VISITED_FIRST and HOME_VISITED.match(tail))
                   or ("欢迎" in tail and own[-1:] == "对" and _WELCOMED.match(tail) is not None))
                  and not _LISTED_AFTER.search(own)):
                mt.guest = True
                if i > 0 and not inside[i - 1].guest:
                    host = inside[i - 1]
                if with_ and i > 0 and not inside[i - 1].guest:
                    # 省委书记甲，省长乙与丙…交流: all of the list before 与 talk with the guest
                    k = i - 1
                    while True:
                        inside[k].roles.add("lead")
                        if k == 0 or inside[k - 1].guest or inside[k - 1].mentioned or not pending_only(
                                s[inside[k - 1].end:max(inside[k - 1].end, inside[k].title_start)]):
                            break
                        k -= 1
            elif i > 0 and inside[i - 1].guest and HONORIFIC.sub("", own) in ("和", "及", "以及", "、"):
                mt.guest = True  # 会见了由甲部长和乙主席率领的代表团: the received are a list
            elif (i > 0 and inside[i - 1].guest and head.strip() in ("，", ",") and mt.title
                  and _MOTION.match(tail) is None
                  and ((first_verb := _ROLE.search(s, mt.end, b)) is None
                       # (与甲，乙就…举行会谈: the list talked with goes on by commas to the talk)
                       or (talked_with and _TALK.match(s, first_verb.start()) is not None))):
                mt.guest = True  # 会见了美国驻华大使甲，英国驻华大使乙。: the received, a list by commas to its end
            talked_with = mt.guest and bool(talk or talked_with)
            if received_by and not mt.guest and s.find("受到", mt.end, b) >= 0:
                if _RECEIVED_BY.match(s, mt.end, b):
                    mt.guest = True  # 劳模甲受到毛泽东主席的接见: the one received (and the list before them)
                    for g in group:
                        g.guest = True
                elif (later := _LATER_RECEIVED.search(s, mt.end, nxt)) and _RECEIVED_BY.match(s, later.end(), b):
                    mt.later.add("guest")  # 甲出席群英会，受到毛泽东主席接见: and received there
            before = s[a:mt.title_start]
            appointed = LEAVES.match(tail) or ("主持" in tail[:6] and _DUTY_GIVEN.match(tail)) or (_APPOINTED.match(tail) and offices().search(tail[:40])
                         and not own.endswith("以")  # 以甲为团长的代表团: who leads it, not an appointment
                         # (甲为团长的考察团, without the 以; 由乙任团长，丙任副团长的代表团)
                         and not _HEADS.match(_past_aside(s[mt.end:b]))
                         and not _FOR_SOMEONE.match(tail) and not _HEADS_THE_PARTY.match(tail))
            died = DEATH_WORD.search(tail, 0, 24) and DIED.match(tail)
            accused = ACCUSED.match(tail) or (  # 审理甲受贿案, 对乙严重违纪违法问题立案: the case is about them
                own.endswith(("给予", "给予了")) and PUNISHED.match(tail))  # (给予丙开除党籍处分: and the penalty)
            # 甲被评为…, 授予乙“…”称号, 表彰了丙、丁: an honour, and the one honoured is who the item is about
            honoured = (bool(AWARDED.match(tail)) or bool(HONOUR.match(tail)) or bool(BORN.match(tail)) or bool(DEEDS.match(tail))
                        # 为获奖者甲颁奖, 向优秀党员乙颁发证书: the one given the award (not a gift to a guest)
                        or (bool(AWARDED_BY.match(tail)) and bool(GIVEN_TO.search(s, max(a, mt.start - 80), mt.start)))
                        or _honouring_clause(s, max(a, mt.start - 20), mt, b)
                        or (i > 0 and inside[i - 1].mentioned and own in ("、", "和", "及")))  # 表彰了甲、乙
            if honoured and i > 0 and AWARDED_BY.match(tail):
                _presenter_leads(s, inside[:i], max(a, mt.start - 80), mt.start)
            general_secretary = tail.startswith("总书记")
            if (general_secretary and _PRESENT.match(tail, 3)
                    and not _WORDS_OF.search(clause := _COMMA_SPLIT.split(tail, maxsplit=1)[0])  # (…视察我市时的重要讲话)
                    and "周年" not in clause and not before.endswith("纪念")):  # (纪念…视察我市三周年: an anniversary)
                # 习近平总书记来我市视察, …在我市考察时强调: there in person, as anyone whose visit is reported
                tail = tail[3:]
                general_secretary = False
            # (李强总理的重要讲话, 习近平主席的贺信: a leader's title after the name, then what they said or wrote)
            authored = _AUTHORED.match(tail) is not None or (
                tail[:2] in POST_TITLE_START and _said_by_leader(tail, heard="听取" in own)) or (  # (受林鲁生局长委托: the office written after the name)
                "委托" in tail[:14] and (o := offices().match(tail)) is not None and _SENT_BY.match(tail, o.end()) is not None) or (
                "邀" in tail[:8] and _INVITED.match(tail) is not None and _invited_by(before))
            # 向甲同志学习, 以乙同志为榜样: a model held up, not someone there
            model = own.endswith(("向", "以")) and _MODEL.match(tail) is not None
            # 老劳模甲的女儿乙: one whose kin are named next (what the clause does is done to the kin)
            kin = "的" in tail[:3] and _KIN_OF.match(s, mt.end) is not None
            if kin:
                kin_own = own
            # 选举产生侨联主席甲，文联主席乙: the ones elected, named after their new office (and a list of them)
            elected = _ELECTED_BEFORE.search(own) is not None or (
                i > 0 and elected_prev and head.strip() in ("，", ",", "、", "和", "及", "；", ";"))
            elected_prev = elected
            # 经市长甲同意…: one whose approval is said, not someone there
            # (在市委书记甲的关心支持下…: whose care made it so, not someone there)
            own_last = own[-1:]
            approved = ((own_last == "经" and _APPROVED.match(tail) is not None)
                        or (own_last == "在" and _SUPPORTED.match(tail) is not None))
            # 按照市委书记甲要求, 根据乙的指示: one whose request is followed, not someone there
            asked = own.endswith(_AS_ASKED_BY) and _AS_ASKED.match(tail) is not None
            # 成立以市委书记甲为组长、市长乙为常务副组长的领导小组: who heads a body formed, not someone at an event
            formed = (tail[:1] == "为" and _HEADS_FORMED.match(tail) is not None
                      and _FORMED_UNDER.search(s, a, mt.title_start) is not None)
            # 关于甲同志任职的决定, 关于表彰乙的通报: whom a document is about (撤销丙同志…职务: whose post is taken)
            about = s.endswith(("关于", "免去", "撤销", "免去了", "撤销了"), 0, mt.title_start if mt.title else mt.start)
            if (general_secretary or authored or appointed or died or accused or honoured or model or kin or elected
                    or approved or asked or formed or about):
                mt.mentioned = True
            elif _DELIVERED_WORK.match(tail) and _STUDY.search(_PHRASE_SPLIT.split(before)[-1]):
                mt.mentioned = True  # 学习毛泽东同志作的《论十大关系》: the work studied, not the one heard
            elif _STUDY.search(before) and _WORDS_OF.search(_COMMA_SPLIT.split(tail, maxsplit=1)[0]) and (
                    _STUDY.search(_PHRASE_SPLIT.split(before)[-1])  # 传达学习省委书记林武…的讲话精神
                    or _STUDY_CLAUSE.search(before)):  # 传达学习甲…精神,乙…的讲话精神: a clause that studies
                mt.mentioned = True
            if (tail == "受" and i + 1 < len(inside)
                    and (sent := _SENT_BY.match(s, inside[i + 1].end, b)) is not None):
                # 副市长甲受市长乙委托出席…: 乙 sent 甲 (乙 is mentioned there); 甲 does what follows 委托
                upto = inside[i + 2].title_start if i + 2 < len(inside) else b
                mt.roles |= roles_from_tail(s[sent.end():max(sent.end(), upto)])
                group = []
                continue
            if mt.mentioned:
                for g in group:  # the list before it: 乙、丙当选为副主席, 甲、乙同志殉职, 学习甲、乙…的讲话
                    listed = HONORIFIC.sub("", s[g.end:g.end + 4])[:1] in ("、", "和", "及", "")
                    if (((appointed or died or accused or honoured) and listed) or authored  # (甲，乙分别发来贺信: each)
                            or _STUDY.search(s[a:g.title_start])):
                        g.mentioned = True
                group = []
                if (and_ := tail.find("并")) >= 0 and (subj := next(
                        (g for g in reversed(inside[:i]) if not g.mentioned and not g.guest), None)) is not None:
                    # 甲传达学习乙的讲话并提出要求, 甲出席纪念乙诞辰…座谈会并讲话: what follows 并 is 甲's again
                    subj.roles |= roles_from_tail(tail[and_:])
                continue
            if "向" in own[-14:] and i > 0 and not inside[i - 1].guest and _TO_VISITOR.search(own) is not None:
                told = roles_from_tail(tail)
                if tail.startswith("报告") and _REPORTED_TO.match(tail):
                    told = told | {"report"}  # 甲向省长乙报告工作情况: the 报告 of 向…报告, told after the name
                if told & {"report", "speak"}:
                    # 市长甲向省委书记乙汇报: 甲 reports; 乙, who hears it, leads the visit
                    # (甲在乙的陪同下向丙汇报: the one accompanied tells, not the company)
                    teller = i - 1
                    while teller > 0 and inside[teller].roles == {"accompany"} and not inside[teller - 1].guest:
                        teller -= 1
                    if inside[teller].roles == {"accompany"}:
                        teller = i - 1
                    inside[teller].roles |= told
                    mt.roles.add("lead")
                    group = []
                    continue
            group.append(mt)
            # (甲上将在乙少将等陪同下: the honorific after the name first; 在乙书记、丙市长的陪同下: a title after it)
            acc = (_ACCOMPANIED.match(tail, h.end() if (h := HONORIFIC.match(tail)) else (
                       o.end() if not mt.title and (o := offices().match(tail)) is not None else 0))
                   if "陪同" in tail[:10] else None)
            if acc is None and "陪同下" in tail[:30] and (others := _OTHERS_THEN_ACCOMPANIED.match(tail)) is not None:
                acc = _ACCOMPANIED.match(tail, others.end())
            by = acc is not None and not acc["under"]  # (甲由乙陪同视察: 由 opens the company, where 在…陪同下 has 在)
            if by and not any(_opens_company(s[start:g.title_start], by)
                              for start, g in zip([a] + [before.end for before in group[:-1]], group)):
                acc = None  # (副市长乙陪同。: one who accompanies, no one named before them accompanied)
            if acc:
                # 甲在乙和丙等人的陪同下视察: those after 在 accompany, the ones before it do what follows
                k = next((j for j in range(len(group) - 1, 0, -1)
                          if _opens_company(s[group[j - 1].end:group[j].title_start], by)),
                         0 if _opens_company(s[a:group[0].title_start], by) else len(group) - 1)
                for g in group[k:]:
                    g.roles.add("accompany")
                rest = roles_from_tail(tail[acc.end():])
                for g in group[:k]:
                    g.roles |= rest
                group = []
                continue
            if pending_only(tail) and i + 1 < len(inside):
                continue
            heads = _HEADS.match(tail) if tail[:1] in _HEADS_FIRST else None  # 甲为团长的…团: 甲 heads it
            if heads and i + 1 < len(inside) and tail[heads.end():].strip("，,、 ") == "":
                mt.roles.add("lead")  # 甲为团长的…团，乙为团长的…团…参加了: the list goes on
                continue
            roles = roles_from_tail(tail)
            if ("report" in roles and i > 0 and own.endswith(("陪同", "随同")) and "accompany" in inside[i - 1].roles
                    and not mt.guest):
                # 甲陪同乙调研，并汇报工作: the one who accompanies reports to the one accompanied
                inside[i - 1].roles.add("report")
                roles = roles - {"report"}
            if not roles and group and _VIEWS_HEARD.match(tail) and _heard(s[a:group[0].title_start]):
                roles = {"speak"}  # 听取企业家代表甲、乙的意见建议: what they said was heard (or their report)
            if heads and not mt.guest:
                mt.roles.add("lead")  # …丙为团长的…团，…参加了: the last of the list heads one too
            if "分别" in tail[:4] and len(group) >= 2 and (each := _respectively(tail)) is not None and len(each) == len(
                    group) and not any(g.guest for g in group):
                for g, own_roles in zip(group, each):  # 甲、乙分别主持和讲话: each does the verb in its place
                    g.roles |= own_roles
                group = []
                continue
            # the list after 与 in 甲一行与乙、丙座谈: hosts together, who attend; 甲 does what the verbs say
            first_host = len(group)
            if talk_hosts:
                first_host = next((k for k, g in enumerate(group) if g.talk_host), first_host)
            for k, g in enumerate(group):
                if g.guest:
                    # received, and only that: the verbs after the one received are the host's (拜会甲，就…汇报)
                    g.roles.add("guest")
                    if host is not None and not host.mentioned and g is group[-1]:  # the verbs follow the guest
                        host.roles |= roles - {"chair"}
                elif k >= first_host:
                    g.roles.add("attend")
                else:
                    g.roles |= roles
                    if mt.guest is False and head.endswith("与") and _TALK.search(tail):
                        g.roles.add("lead")
            subj = next((g for g in group if not g.guest), None)
            if subj is not None and (roles or subj is mentions[0]):  # (甲专题研究…。他强调: the entry's subject)
                last_subject = subj
            group = []
        # 出席会议的有：甲，乙、丙。 / 参加会议的还有乙: the verb stands before the list it governs, up to the
        # next such label (主持：甲；出席：乙、丙；列席：丁)
        labels = list(_LISTED_AFTER.finditer(sentence)) if inside and _may_hold_label(sentence) else []
        for k, lab in enumerate(labels):
            label = lab.group(0)
            role = ("guest" if _GUEST_VERB.search(label) and _GUESTS_LISTED.search(label)  # 参加会见的嘉宾有：…: those met
                    else "chair" if label.startswith("主持")
                    else "accompany" if label.startswith(("陪同", "随行", "随同", "同行"))
                    # (一同调研的有…, 一起参加活动的还有…: what they did together with the one named before)
                    else _together_role(label) if label.startswith(("一同", "一起"))
                    else "lead" if _WELCOMING.search(label) else "attend")  # 到机场欢迎的有…
            upto = a + labels[k + 1].start() if k + 1 < len(labels) else b
            for mt in inside:
                if a + lab.end() <= mt.start < upto and not mt.mentioned and not mt.guest:
                    mt.roles.add(role)
