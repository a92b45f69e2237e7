"""Every demo plan and the page it is published on. All text written for PlanScope.

Structure of this file: regions, diffusion families (one measure travelling from a province to its cities and
counties a year later), year-over-year chains, the other plans, then pages() which wraps plans in page shapes.
"""

import random

from edits import Log, find
from gen import Anon, Region, generate
from model import Enum, EnumPara, Leaf, Paras, Plan, Sec
import render

# ---------------------------------------------------------------- regions (names as in GB/T 2260)
MOE = Region()
ZJ, HZ, XH = Region("浙江省"), Region("浙江省", "杭州市"), Region("浙江省", "杭州市", "西湖区")
NB, YZ = Region("浙江省", "宁波市"), Region("浙江省", "宁波市", "鄞州区")
JS, SZ, KS = Region("江苏省"), Region("江苏省", "苏州市"), Region("江苏省", "苏州市", "昆山市")
JN = Region("江苏省", "南京市", "江宁区")
SD, QD, HD = Region("山东省"), Region("山东省", "青岛市"), Region("山东省", "青岛市", "黄岛区", agency="教育体育局")
HN, ZZ, JSQ = Region("河南省"), Region("河南省", "郑州市"), Region("河南省", "郑州市", "金水区")
LC = Region("河南省", "洛阳市", "栾川县", agency="教育体育局")
SC, CD, SL = Region("四川省"), Region("四川省", "成都市"), Region("四川省", "成都市", "双流区")
ST = Region("四川省", "绵阳市", "三台县", agency="教育体育局")
HUN, CS, LY = Region("湖南省"), Region("湖南省", "长沙市"), Region("湖南省", "长沙市", "浏阳市")
YX = Region("湖南省", "株洲市", "攸县")
GD, SZN, NS = Region("广东省"), Region("广东省", "深圳市"), Region("广东省", "深圳市", "南山区")
SDE = Region("广东省", "佛山市", "顺德区")
AH, HF, FX = Region("安徽省"), Region("安徽省", "合肥市"), Region("安徽省", "合肥市", "肥西县", agency="教育体育局")
SM = Region("福建省", "厦门市", "思明区")
ZG = Region("湖北省", "宜昌市", "秭归县")


def title(region, year, kind, period=""):
    return f"{region.bureau}{year}年{period}{kind}"


# ---------------------------------------------------------------- diffusion families
# Each family: the province's wording in year Y, then its cities' and counties' wording in Y+1.
DIFFUSION = {
    "学位扩容": {
        "zj-2022": Leaf("实施义务教育学位扩容攻坚行动", "聚焦人口流入集中区域，按照“规划先行、建设提速、挖潜扩容”的思路，三年内新建改扩建中小学300所以上，新增义务教育学位15万个，基本消除56人以上大班额。"),
        "hz-2023": Leaf("推进学位扩容攻坚", "落实全省学位扩容攻坚行动部署，聚焦城市新区和人口导入区，年内新建改扩建中小学28所，新增义务教育学位2.6万个，城区大班额实现动态清零。"),
        "xh-2023": Leaf("加快学位扩容建设", "对照省市学位扩容攻坚要求，坚持“建设提速、挖潜扩容”，推进北部新城片区学校建设，新增中小学学位2400个，确保适龄儿童就近入学。"),
        "nb-2023": Leaf("实施学位供给三年计划", "承接全省学位扩容攻坚行动，今年开工建设中小学19所，新增学位1.8万个，重点保障新城区和产业集聚区的入学需求，新建学校全部按标准化要求建设。"),
        "yz-2023": Leaf("缓解城区学位压力", "按照全省学位扩容攻坚行动和全市学位供给三年计划，加快推进6所新建学校建设进度，新增学位4200个，通过挖潜扩容着力缓解城区学校招生压力。"),
    },
    "防溺水": {
        "sc-2022": Leaf("构建防溺水群防群治体系", "推行“学校教育、家长监护、属地巡查”三位一体防溺水工作机制，汛期和暑假前对全省中小学生开展全覆盖防溺水专题教育，配合有关部门在重点水域设置警示标志和救生设施。"),
        "cd-2023": Leaf("筑牢防溺水防线", "落实学校教育、家长监护、属地巡查“三位一体”工作机制，暑假前组织全市中小学生上好防溺水专题课，发放致家长一封信，联合水务、应急部门开展重点水域巡查。"),
        "sl-2023": Leaf("抓实防溺水工作", "健全学校、家庭、街道三方联动的防溺水机制，每周利用班会开展防溺水提醒，假期实行学生安全日报告，协助街道在河塘沟渠增设警示牌和救生圈。"),
        "st-2023": Leaf("落实防溺水“三位一体”责任", "按照省市防溺水工作部署，学校负责教育提醒，家长履行监护责任，乡镇组织重点水域巡查，暑期开展教师家访全覆盖，坚决防范学生溺水事故。"),
    },
    "县管校聘": {
        "hn-2022": Leaf("全面推进县管校聘管理改革", "在全省义务教育学校全面实施教师县管校聘，由县级教育行政部门统筹管理教师编制、岗位和调配，学校按岗聘用，建立教师合理流动和退出机制，年底前实现县域全覆盖。"),
        "zz-2023": Leaf("深化教师县管校聘改革", "落实全省县管校聘改革部署，指导各区县（市）完成教师岗位竞聘，建立跨校竞聘和组织调配相结合的交流机制，推动城区学校骨干教师向乡村学校和薄弱学校流动。"),
        "jsq-2023": Leaf("推进区管校聘落地", "按照全市县管校聘改革要求，在区域内实施教师“区管校聘”，年内完成全区中小学岗位设置和竞聘上岗，对未竞聘上岗的教师实行跨校调剂和培训转岗。"),
        "lc-2023": Leaf("完成县管校聘改革任务", "根据省市县管校聘改革要求，由县教育体育局统一核定学校岗位，秋季开学前完成全县中小学教师竞聘上岗，优先向山区学校补充紧缺学科教师。"),
    },
    "课后服务": {
        "js-2023": Leaf("提升课后服务质效", "推进课后服务“全覆盖、广参与、强特色”，支持学校统筹校内外资源开设素质拓展课程，探索暑期托管服务，推动课后服务时间与家长下班时间相衔接。"),
        "sz-2024": Leaf("优化课后服务供给", "对标全省课后服务“全覆盖、广参与、强特色”要求，建设课后服务资源平台，遴选优质社会课程进校园，扩大暑期托管服务范围，满足双职工家庭实际需求。"),
        "ks-2024": Leaf("打造课后服务特色品牌", "落实课后服务全覆盖、广参与、强特色要求，每所学校形成一项以上课后服务特色项目，试点寒暑期托管服务，课后服务结束时间与家长下班时间相衔接。"),
        "jn-2024": Leaf("做优课后服务", "围绕“全覆盖、广参与、强特色”目标，统筹校内外师资开设素质拓展课程，在街道社区试点暑期托管点，让家长接送更方便、孩子课后更有收获。"),
    },
    "心理健康": {
        "hun-2023": Leaf("实施学生心理健康促进行动", "建立“一生一档一方案”心理健康档案，每年开展一次心理健康测评，健全学校心理危机预警、干预和转介机制，县级以上全部建成学生心理健康指导中心。"),
        "cs-2024": Leaf("守护学生心理健康", "落实全省学生心理健康促进行动，全面建立学生心理健康“一生一档一方案”，建成市级学生心理健康指导中心并向区县延伸，畅通医校转介绿色通道。"),
        "ly-2024": Leaf("加强学生心理健康服务", "按照省市部署推进“一生一档一方案”，建成学生心理健康指导中心，每所学校配备专职心理教师，对测评筛查出的重点学生实行一对一跟踪帮扶。"),
        "yx-2024": Leaf("健全心理健康预警干预体系", "为全县中小学生建立心理健康档案，推行一生一档一方案，开展每年一次的心理测评，县学生心理健康指导中心年内挂牌运行。"),
    },
    "智慧教育": {
        "moe-2022": Leaf("实施教育数字化战略行动", "建设国家智慧教育公共服务平台，汇聚中小学、职业教育、高等教育优质数字资源，推动平台在课堂教学、课后服务和教师研修中的常态化应用。"),
        "zj-2023": Leaf("深入实施教育数字化战略行动", "推动国家智慧教育公共服务平台与省级教育资源平台贯通，在课堂教学、课后服务和教师研修中常态化应用，建设之江汇教育广场2.0，培育智慧教育示范区。"),
        "gd-2023": Leaf("推进国家智慧教育平台全域应用", "实施教育数字化战略行动，推动国家智慧教育公共服务平台在全省中小学常态化应用，建设省级智慧教育示范区和示范校，汇聚具有岭南特色的优质数字资源。"),
        "szn-2024": Leaf("建设智慧教育示范区", "落实全省智慧教育示范区建设要求，推动国家和省级智慧教育平台在全市学校深度应用，建设人工智能教育实验校，推进课堂教学、课后服务和教师研修数字化。"),
        "ns-2024": Leaf("深化智慧教育平台应用", "对接国家、省、市智慧教育平台，推动平台资源进课堂、进课后服务、进教师研修，建设人工智能教育特色学校，打造区域数字教育品牌。"),
    },
}


def dif(family, key):
    import copy
    return copy.deepcopy(DIFFUSION[family][key])


def put(plan, path, pos, node, family=None):
    """Inserts a handwritten measure into a generated plan (no edit log: this is the base text)."""
    nodes, i = find(plan, path)
    nodes[i].kids.insert(pos, node)
    if family:
        plan.notes.append("diffusion:" + family)
    return plan


def spread(plan, path, pos, family, key):
    return put(plan, path, pos, dif(family, key), family)


def restyle(plan, style):
    """Switches the plan's enumerations to 一要/二要 (or another marker)."""
    from edits import _nodes
    for _, _, n in _nodes(plan.body):
        if isinstance(n, Enum):
            n.style = style
    return plan


def close(plan, text):
    """A closing paragraph after the last numbered item: a continuation of it (rule 8), not a measure."""
    plan.closing = text
    return plan


def chain(plan, name):
    plan.notes.append("chain:" + name)
    return plan


def year_edit(prev, key, year, **changes):
    """The next year's plan: a copy with year, title and the year-bearing preamble moved on."""
    p = prev.copy(key, year=year, **changes)
    p.title = p.title.replace(str(prev.meta["year"]), str(year))
    p.preamble = [s.replace(f"{prev.meta['year']}年", f"{year}年") for s in p.preamble]
    return p


# ---------------------------------------------------------------- year-over-year chains
def chain_moe():
    """教育部 工作要点 2022-2024: topical sections, （一） items; 智慧教育 spreads to the provinces."""
    topics = ["党建", "德育", "双减", "义务教育", "职业教育", "教师队伍", "教育数字化", "评价改革"]
    a = generate("moe-2022", MOE, 2022, title(MOE, 2022, "工作要点"), "工作要点", topics, "topical",
                 styles=["cn", "pcn"], per=2, enums=0, safeguards=0, preamble=1)
    spread(a, (6,), 0, "智慧教育", "moe-2022")
    put(a, (3,), 2, Leaf("推进学前教育普及普惠", "实施第四期学前教育行动计划，扩大普惠性资源供给，全国学前三年毛入园率达到90%以上，研究制定学前教育法配套制度。"))
    b = year_edit(a, "moe-2023", 2023)
    Log(b).reword((6, 0), Leaf("深化教育数字化战略行动", "推动国家智慧教育公共服务平台迭代升级为2.0版，扩大优质资源覆盖面，遴选智慧教育示范区10个，探索人工智能助推教师队伍建设。")) \
        .replace("全国学前三年毛入园率达到90%以上", "全国学前三年毛入园率达到91%以上") \
        .add((1,), -1, Leaf("实施学生心理健康促进专项行动", "出台全面加强和改进新时代学生心理健康工作专项行动计划，健全心理健康教育、监测预警、咨询服务和干预处置体系，推动各地建立学生心理健康工作协调机制。")) \
        .drop((4, 1)) \
        .rename(b.body[3].head, "推进义务教育优质均衡和城乡一体化发展")
    c = year_edit(b, "moe-2024", 2024)
    Log(c).replace("遴选智慧教育示范区10个", "遴选智慧教育示范区18个") \
        .replace("全国学前三年毛入园率达到91%以上", "全国学前三年毛入园率达到92%以上") \
        .move((6,), 1, "section moved up") \
        .add((0,), 0, Leaf("开展党纪学习教育", "在教育系统开展党纪学习教育，引导党员干部学纪、知纪、明纪、守纪，推动全面从严治党向基层学校延伸。"))
    return [chain(p, "moe") for p in (a, b, c)]


def _heads(plan):
    from edits import _nodes
    return " ".join(n.head or "" for _, _, n in _nodes(plan.body) if hasattr(n, "head") and n.head)


def chain_zj():
    """浙江省教育厅 工作要点 2022-2024: 一、 sections with 1. items; 学位扩容 goes down to cities in 2023."""
    topics = ["党建", "学前", "义务教育", "双减", "高中", "职业教育", "教师队伍", "校园安全"]
    a = generate("zj-2022", ZJ, 2022, title(ZJ, 2022, "工作要点"), "工作要点", topics, "topical",
                 styles=["cn", "dot"], per=2, enums=2, safeguards=0, preamble=1)
    spread(a, (2,), 0, "学位扩容", "zj-2022")
    b = year_edit(a, "zj-2023", 2023)
    Log(b).reword((2, 0), Leaf("深入实施学位扩容攻坚行动", "聚焦人口流入集中区域，统筹推进新建改扩建中小学，今年新增义务教育学位5万个，全省56人以上大班额保持动态清零。")) \
        .add((7,), 0, dif("智慧教育", "zj-2023"), "measure added (diffusion from 教育部 2022)") \
        .drop((4, 1)) \
        .move((3,), 1, "section moved up")
    b.notes.append("diffusion:智慧教育")
    c = year_edit(b, "zj-2024", 2024)
    Log(c).replace("今年新增义务教育学位5万个", "今年新增义务教育学位6万个") \
        .merge((5, 0), (5, 1), "推动职业教育产教融合") \
        .add((2,), -1, Leaf("推进县域普通高中振兴", "实施县中发展提升行动，支持山区海岛县普通高中改善办学条件，建立优质高中与县中结对帮扶机制，县中教师流失问题得到有效遏制。")) \
        .drop((7, 1))
    return [chain(p, "zj") for p in (a, b, c)]


def chain_xh():
    """杭州市西湖区教育局 工作计划 2022-2024: 指导思想/工作目标/主要任务/保障措施; 学位 1800 → 2400 → 3000."""
    topics = ["党建", "义务教育", "双减", "教师队伍", "校园安全", "美育"]
    a = generate("xh-2022", XH, 2022, title(XH, 2022, "工作计划"), "工作计划", topics, "classic",
                 per=2, enums=1, safeguards=3, goals=2, preamble=1)
    put(a, (2, 1), 0, Leaf("加快学校建设", "推进北部新城片区和老城区学校建设，年内新开办中小学3所、幼儿园2所，新增学位1800个，做好新开办学校的师资和设备配备。"))
    b = year_edit(a, "xh-2023", 2023)
    Log(b).reword((2, 1, 0), dif("学位扩容", "xh-2023"), "measure reworded and target raised (1800 → 2400, diffusion from 浙江省 2022)") \
        .add((2, 4), -1, Leaf("加强学生心理健康教育", "全区中小学配齐专职心理教师，每学期开展一次心理健康筛查，建立心理危机学生一人一档，联合区属医院开通就诊绿色通道。")) \
        .drop((2, 5, 1)) \
        .rename("主要任务", "重点工作") \
        .move((3, 2), 0, "safeguard moved to the top")
    b.notes.append("diffusion:学位扩容")
    c = year_edit(b, "xh-2024", 2024)
    Log(c).replace("新增中小学学位2400个", "新增中小学学位3000个") \
        .add((2,), -1, Sec("推进教育数字化转型", [
            Leaf("建设区域智慧教育平台", "整合区内教学、管理和评价数据，建成区级智慧教育平台，实现课堂教学、作业管理和课后服务数据互通。"),
            Leaf("开展人工智能教育试点", "遴选10所中小学开展人工智能教育试点，开设编程和人工智能普及课程，培训骨干教师100名。")]),
            "section added") \
        .merge((2, 2, 0), (2, 2, 1), "深化“双减”工作") \
        .rename("工作目标", "目标任务")
    return [chain(p, "xh") for p in (a, b, c)]


def chain_cd():
    """成都市教育局 工作要点 2022-2024: topical 一、/（一）; 防溺水 arrives from 四川省 2022 in 2023."""
    topics = ["党建", "学前", "义务教育", "双减", "体育", "职业教育", "教师队伍", "校园安全"]
    a = generate("cd-2022", CD, 2022, title(CD, 2022, "工作要点"), "工作要点", topics, "topical",
                 per=2, enums=1, safeguards=0, preamble=1)
    put(a, (2,), 0, Leaf("扩大公办学位供给", "实施中小学幼儿园建设攻坚计划，全年新建、改扩建学校60所，新增公办学位5.2万个，优先保障中心城区和新城区入学需求。"))
    b = year_edit(a, "cd-2023", 2023)
    Log(b).replace("新增公办学位5.2万个", "新增公办学位6万个") \
        .add((7,), 0, dif("防溺水", "cd-2023"), "measure added (diffusion from 四川省 2022)") \
        .drop((4, 1)) \
        .move((5,), 2, "section moved up") \
        .reword((0, 0), Leaf("深入学习贯彻党的二十大精神", "把学习宣传贯彻党的二十大精神作为首要政治任务，组织教育系统党员干部全员轮训，推动党的创新理论进课堂、进教材、进头脑。"))
    b.notes.append("diffusion:防溺水")
    c = year_edit(b, "cd-2024", 2024)
    Log(c).replace("新增公办学位6万个", "新增公办学位6.5万个") \
        .replace("全年新建、改扩建学校60所", "全年新建、改扩建学校72所") \
        .add((3,), 0, Leaf("推进人工智能教育普及", "在中小学开设人工智能通识课程，建设人工智能教育基地校50所，举办青少年科技创新大赛，培养学生计算思维和创新能力。")) \
        .drop((1, 1)) \
        .rename(next(n.head for n in c.body if "双减" in n.head), "深化“双减”改革，提升课后服务水平")
    return [chain(p, "cd") for p in (a, b, c)]


def chain_lc():
    """栾川县教育体育局 工作计划 2021-2023: starts at （一）, month schedule; 县管校聘 arrives in 2023."""
    topics = ["义务教育", "教师队伍", "校园安全", "资助"]
    a = generate("lc-2021", LC, 2021, title(LC, 2021, "工作计划"), "工作计划", topics, "pcn",
                 per=2, enums=1, safeguards=0, months=[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], preamble=1)
    put(a, (0,), 0, Leaf("改善山区学校办学条件", "实施薄弱学校改造提升工程，改造山区薄弱学校12所，新建学生宿舍和食堂，让山区孩子住得安心、吃得放心。"))
    b = year_edit(a, "lc-2022", 2022)
    Log(b).replace("改造山区薄弱学校12所", "改造山区薄弱学校16所") \
        .add((2,), 0, Leaf("加强防溺水安全教育", "入夏前对全县中小学生开展防溺水专题教育，落实假期家长监护责任告知，配合乡镇在河道和水库周边设置警示标志。")) \
        .reword_para((4,), 6, "七月份：组织普通高中招生录取，开展暑期教师全员培训，落实暑期防溺水和校舍维修工作。", "month entry reworded") \
        .drop((1, 1))
    c = year_edit(b, "lc-2023", 2023)
    Log(c).add((1,), 0, dif("县管校聘", "lc-2023"), "measure added (diffusion from 河南省 2022)") \
        .replace("改造山区薄弱学校16所", "改造山区薄弱学校20所") \
        .move((2,), 0, "section moved to the top") \
        .merge((3, 0), (3, 1), "落实精准资助政策")
    c.notes.append("diffusion:县管校聘")
    return [chain(p, "lc") for p in (a, b, c)]


def chain_ks():
    """昆山市教育局 工作要点 2023-2025: flat 一、 items, each heading+body; 课后服务 arrives in 2024."""
    topics = ["党建", "义务教育", "双减", "高中", "职业教育", "教师队伍", "校园安全", "教育数字化", "督导"]
    a = generate("ks-2023", KS, 2023, title(KS, 2023, "工作要点"), "工作要点", topics, "flat", per=2,
                 enums=0, safeguards=0, preamble=1)
    a.body.insert(2, Leaf("推进优质均衡发展", "以创建全国义务教育优质均衡发展县（市）为目标，新建中小学4所，新增学位5400个，推进城乡学校办学条件一体化。"))
    b = year_edit(a, "ks-2024", 2024)
    Log(b).replace("新增学位5400个", "新增学位6300个") \
        .add_top(5, dif("课后服务", "ks-2024"), "measure added (diffusion from 江苏省 2023)") \
        .drop((9,)) \
        .move((14,), 3, "measure moved up")
    b.notes.append("diffusion:课后服务")
    c = year_edit(b, "ks-2025", 2025)
    Log(c).replace("新增学位6300个", "新增学位7000个") \
        .reword("打造课后服务特色品牌", Leaf("打造课后服务特色品牌", "深化课后服务全覆盖、广参与、强特色，每所学校形成两项以上课后服务特色项目，寒暑期托管服务覆盖全部街道（镇），课后服务结束时间与家长下班时间相衔接。")) \
        .merge((0,), (1,), "全面加强党的建设") \
        .add_top(len(c.body), Leaf("推进教育家精神铸魂强师", "弘扬教育家精神，实施新时代名师名校长培养工程，评选教育家型校长和教师各10名，完善教师荣誉表彰体系。"))
    return [chain(p, "ks") for p in (a, b, c)]


# ---------------------------------------------------------------- the other named plans
def g(key, region, year, kind, topics, shape, period="annual", period_word="", **kw):
    return generate(key, region, year, title(region, year, kind, period_word), kind, topics, shape, period=period, **kw)


def provinces():
    sc = g("sc-2022", SC, 2022, "工作要点", ["党建", "学前", "义务教育", "高中", "职业教育", "特殊教育", "教师队伍", "校园安全"],
           "topical", styles=["cn", "pcn"], per=2, enums=1, safeguards=0)
    spread(sc, (7,), 0, "防溺水", "sc-2022")
    hn = g("hn-2022", HN, 2022, "工作要点", ["党建", "义务教育", "双减", "教师队伍", "职业教育", "督导", "经费"],
           "topical", styles=["cn", "pcn"], per=2, enums=1, safeguards=0)
    spread(hn, (3,), 0, "县管校聘", "hn-2022")
    js = g("js-2023", JS, 2023, "工作要点", ["党建", "双减", "义务教育", "高中", "职业教育", "体育", "美育"],
           "parts", per=2, enums=1, safeguards=2)
    spread(js, (1, 1), 0, "课后服务", "js-2023")
    hun = g("hun-2023", HUN, 2023, "工作要点", ["德育", "心理健康", "学前", "义务教育", "教师队伍", "评价改革"],
            "classic", per=2, enums=1, safeguards=2, goals=2)
    spread(hun, (2, 1), 0, "心理健康", "hun-2023")
    close(hun, "各市州教育行政部门要根据本要点，结合本地实际研究制定年度工作计划，认真抓好贯彻落实。")
    gd = g("gd-2023", GD, 2023, "教育数字化工作要点", ["教育数字化", "教育数字化", "评价改革"], "chapters",
           per=2, enums=0, safeguards=2)
    spread(gd, (1, 0), 0, "智慧教育", "gd-2023")
    put(gd, (1, 1), 0, Leaf("建设粤港澳大湾区教育数字资源共享机制", "推动湾区内城市优质课程资源互认共享，建设跨区域名师网络课堂，组织开展数字教育应用交流活动。"))
    put(gd, (1, 2), 0, Leaf("推进教育数字化评价", "建立教育数字化发展水平监测指标体系，每年发布全省教育数字化发展报告，引导各地以评促建。"))
    sd = g("sd-2023", SD, 2023, "工作要点", ["党建", "学前", "义务教育", "高中", "职业教育", "特殊教育", "教师队伍", "资助", "招生"],
           "flat", per=2, enums=0, safeguards=0)
    ah = restyle(g("ah-2022", AH, 2022, "德育工作要点", ["德育", "德育", "心理健康", "劳动教育", "家校社"], "topical",
                   per=2, enums=1, safeguards=2), "要")
    sd2 = g("sd-2024", SD, 2024, "工作要点", ["党建", "德育", "义务教育", "职业教育", "教师队伍", "教育数字化", "督导"],
            "flat", per=2, enums=0, safeguards=0)
    return [sc, hn, js, hun, gd, sd, ah, sd2]


def cities():
    hz = g("hz-2023", HZ, 2023, "工作要点", ["党建", "学前", "义务教育", "双减", "体育", "教师队伍", "教育数字化"],
           "topical", per=2, enums=1, safeguards=0)
    spread(hz, (2,), 0, "学位扩容", "hz-2023")
    hz2 = g("hz-2024", HZ, 2024, "工作要点", ["党建", "义务教育", "高中", "心理健康", "教师队伍", "校园安全", "招生"],
            "topical", per=2, enums=1, safeguards=0)
    nb = g("nb-2023", NB, 2023, "工作计划", ["党建", "义务教育", "职业教育", "教师队伍", "校园安全"], "classic",
           per=2, enums=1, safeguards=2, goals=2)
    spread(nb, (2, 1), 0, "学位扩容", "nb-2023")
    nb2 = g("nb-2024", NB, 2024, "工作方案", ["义务教育", "双减", "校园安全", "教师队伍"], "pcn", period="second-half",
            period_word="下半年", per=2, enums=1, safeguards=0, months=[7, 8, 9, 10, 11, 12], preamble=1)
    sz = g("sz-2024", SZ, 2024, "工作要点", ["党建", "双减", "义务教育", "职业教育", "教育数字化", "评价改革"], "topical",
           styles=["cn", "dot"], per=2, enums=1, safeguards=0)
    spread(sz, (1,), 0, "课后服务", "sz-2024")
    zz = g("zz-2023", ZZ, 2023, "工作要点", ["党建", "学前", "义务教育", "教师队伍", "职业教育", "校园安全"], "topical",
           per=2, enums=1, safeguards=0)
    spread(zz, (3,), 0, "县管校聘", "zz-2023")
    zz2 = g("zz-2024", ZZ, 2024, "工作要点", ["党建", "义务教育", "双减", "高中", "教师队伍", "督导"], "topical",
            per=2, enums=0, safeguards=0)
    cs = g("cs-2024", CS, 2024, "工作要点", ["党建", "德育", "心理健康", "义务教育", "高中", "教师队伍"], "topical",
           per=2, enums=1, safeguards=0)
    spread(cs, (2,), 0, "心理健康", "cs-2024")
    qd = g("qd-2024", QD, 2024, "工作计划", ["党建", "学前", "义务教育", "高中", "职业教育", "教育数字化"], "classic",
           per=2, enums=1, safeguards=2, goals=2)
    # four outline levels: 三、主要任务 > （三）… > 1.实施学校建设攻坚 > （1）…
    put(qd, (2, 2), 0, Sec("实施中小学校建设攻坚", [
        Leaf(None, "新开工建设中小学幼儿园30所，竣工交付24所，新增学位3.2万个，重点保障城市更新片区和新建住宅区入学需求。"),
        Leaf(None, "推行新建学校“交钥匙”工程，同步规划建设校园配套设施，确保新建学校按期投入使用。"),
        Leaf(None, "开展老旧校舍改造提升，完成30所学校厕所、食堂和运动场地改造，改善师生学习生活条件。"),
    ]))
    close(qd, "各区（市）教育部门和市直各学校要对照本计划，结合实际制定具体落实方案，明确责任人和完成时限，确保各项工作落地见效。")
    szn = g("szn-2024", SZN, 2024, "工作要点", ["党建", "学前", "义务教育", "教育数字化", "教师队伍", "高中"], "topical",
            per=2, enums=1, safeguards=0)
    spread(szn, (3,), 0, "智慧教育", "szn-2024")
    hf = g("hf-2023", HF, 2023, "教师队伍建设工作方案", ["教师队伍", "教师队伍", "评价改革"], "classic",
           per=2, enums=1, safeguards=2, goals=1)
    put(hf, (2, 0), 0, Leaf("实施名师名校长培养工程", "遴选培养市级名师50名、名校长20名，建设名师工作室30个，发挥骨干引领作用，带动青年教师成长。"))
    cs2 = restyle(g("cs-2023", CS, 2023, "工作方案", ["义务教育", "双减", "体育", "校园安全"], "topical",
                    period="second-half", period_word="下半年", per=2, enums=2, safeguards=2), "要")
    return [hz, hz2, nb, nb2, sz, zz, zz2, cs, qd, szn, hf, cs2]


def counties():
    yz = g("yz-2023", YZ, 2023, "工作计划", ["党建", "义务教育", "双减", "体育", "教师队伍"], "topical", per=2, enums=1,
           safeguards=2)
    spread(yz, (1,), 0, "学位扩容", "yz-2023")
    jn = g("jn-2024", JN, 2024, "工作计划", ["党建", "双减", "义务教育", "劳动教育", "教师队伍"], "classic", per=2, enums=1,
           safeguards=2, goals=2)
    spread(jn, (2, 1), 0, "课后服务", "jn-2024")
    close(jn, "各街道中心学校和区属各学校要围绕本计划确定的目标任务，细化责任分工，按月推进落实，年底将完成情况报区教育局。")
    jsq = g("jsq-2023", JSQ, 2023, "工作计划", ["党建", "义务教育", "教师队伍", "双减", "校园安全"], "topical",
            styles=["cn", "dun"], per=2, enums=1, safeguards=2)
    spread(jsq, (2,), 0, "县管校聘", "jsq-2023")
    sl = g("sl-2023", SL, 2023, "安全工作计划", ["校园安全", "校园安全", "心理健康"], "classic", per=2, enums=1,
           safeguards=2, goals=1, months=[2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])
    spread(sl, (2, 0), 0, "防溺水", "sl-2023")
    st = g("st-2023", ST, 2023, "工作计划", ["党建", "学前", "义务教育", "教师队伍", "校园安全"], "topical", per=2,
           enums=1, safeguards=0)
    spread(st, (4,), 0, "防溺水", "st-2023")
    ly = g("ly-2024", LY, 2024, "工作要点", ["党建", "心理健康", "义务教育", "体育", "美育", "教师队伍"], "flat", per=2,
           enums=0, safeguards=0)
    ly.body.insert(2, dif("心理健康", "ly-2024"))
    ly.notes.append("diffusion:心理健康")
    yx = g("yx-2024", YX, 2024, "工作计划", ["党建", "心理健康", "义务教育", "校园安全", "资助"], "classic", per=2,
           enums=1, safeguards=2, goals=1)
    spread(yx, (2, 1), 0, "心理健康", "yx-2024")
    ns = g("ns-2024", NS, 2024, "工作方案", ["义务教育", "教育数字化", "双减", "校园安全"], "topical", period="second-half",
           period_word="下半年", per=2, enums=1, safeguards=0, months=[7, 8, 9, 10, 11, 12])
    spread(ns, (1,), 0, "智慧教育", "ns-2024")
    sde = g("sde-2023", SDE, 2023, "教师队伍建设工作计划", ["教师队伍", "教师队伍", "德育"], "classic", per=2, enums=1,
            safeguards=2, goals=1)
    fx = g("fx-2023", FX, 2023, "工作计划", ["党建", "学前", "义务教育", "双减", "教师队伍", "校园安全"], "pcn",
           styles=["wcn", "dot", "par"], per=2, enums=2, safeguards=0)
    put(fx, (0,), 1, Leaf("加强基层党组织建设", "认真贯彻落实?关于建立中小学校党组织领导的校长负责制的意见（试行）?，完善“第一议题”制度，推动党建与业务工作深度融合，严格落实“三会一课〞制度。"))
    hd = g("hd-2024", HD, 2024, "工作要点", ["党建", "学前", "义务教育", "高中", "体育", "教育数字化"], "topical",
           per=2, enums=1, safeguards=0)
    sm = g("sm-2023", SM, 2023, "工作要点", ["党建", "德育", "义务教育", "双减", "教师队伍"], "topical", per=2, enums=1,
           safeguards=0)
    zg = g("zg-2023", ZG, 2023, "工作计划", ["党建", "义务教育", "教师队伍", "资助", "校园安全"], "classic",
           styles=["cn", "wcn", "dot", "par"], per=2, enums=1, safeguards=2, goals=2)
    put(zg, (2, 0), 0, Leaf("推进乡村振兴教育帮扶", "落实?关于实现巩固拓展教育脱贫攻坚成果同乡村振兴有效衔接的意见?，健全控辍保学动态监测机制，确保义务教育阶段适龄儿童少年〝零辍学〞。"))
    hd2 = g("hd-2023", HD, 2023, "安全工作计划", ["校园安全", "校园安全"], "classic", per=3, enums=1, safeguards=2, goals=1,
            months=[3, 4, 5, 6, 9, 10, 11, 12])
    return [yz, jn, jsq, sl, st, ly, yx, ns, sde, fx, hd, sm, zg, hd2]


def farm_plans():
    """Plans from content farms: no bureau name, sometimes no year."""
    county, city, district = Anon("county"), Anon("city"), Anon("county", "district")
    a = generate("farm-a1", county, 2023, "2023年县教育局工作计划", "工作计划",
                 ["党建", "义务教育", "双减", "教师队伍", "校园安全"], "classic", per=2, enums=1, safeguards=2, goals=2)
    close(a, "全县教育系统要以更加饱满的精神状态和更加务实的工作作风，扎实推进各项工作，努力办好人民满意的教育。")
    b = generate("farm-a2", city, 2024, "XX市教育局2024年工作要点", "工作要点",
                 ["党建", "学前", "义务教育", "高中", "教育数字化", "督导"], "topical", per=2, enums=1, safeguards=0)
    c = generate("farm-a3", district, 2023, "2023年区教育局下半年工作方案", "工作方案",
                 ["义务教育", "双减", "校园安全"], "pcn", period="second-half", per=2, enums=1, safeguards=0,
                 months=[7, 8, 9, 10, 11, 12])
    d = generate("farm-a4", county, 2024, "县教育局2024年安全工作计划", "安全工作计划",
                 ["校园安全", "校园安全"], "classic", per=3, enums=1, safeguards=2, goals=1)
    e = generate("farm-b1", county, None, "20xx年教育局工作计划", "工作计划",
                 ["党建", "学前", "义务教育", "教师队伍", "资助"], "topical", styles=["cn", "dun"], per=2, enums=1,
                 safeguards=0, preamble=1)
    e.preamble = ["20xx年是全面深化教育改革的关键之年。根据全县教育工作实际，特制定20xx年工作计划。"]
    f = generate("farm-b2", county, 2022, "2022年县教育局工作要点", "工作要点",
                 ["党建", "义务教育", "体育", "美育", "劳动教育", "教师队伍"], "flat", per=2, enums=0, safeguards=0)
    h = generate("farm-b3", county, 2022, "2022年县教育局德育工作计划", "德育工作计划",
                 ["德育", "德育", "心理健康", "家校社"], "classic", per=2, enums=1, safeguards=2, goals=1)
    i = generate("farm-c1", county, 2021, "2021年县教育局教师队伍建设工作计划", "教师队伍建设工作计划",
                 ["教师队伍", "教师队伍"], "parts", per=3, enums=1, safeguards=2)
    j = generate("farm-c2", district, 2022, "区教育局2022年工作计划", "工作计划",
                 ["党建", "学前", "义务教育", "特殊教育", "教师队伍", "经费"], "topical", per=2, enums=1, safeguards=0)
    k = generate("farm-c3", county, 2023, "县教育局2023年教育数字化工作计划", "教育数字化工作计划",
                 ["教育数字化", "教育数字化", "教师队伍"], "classic", per=2, enums=1, safeguards=2, goals=1)
    m = generate("farm-c4", county, 2024, "2024年县教育局工作计划", "工作计划",
                 ["党建", "义务教育", "高中", "职业教育", "招生"], "topical", per=2, enums=1, safeguards=2,
                 months=[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], preamble=0)
    return [a, b, c, d], [e, f, h], [i, j, k, m]


# ---------------------------------------------------------------- pages
ICP = {"浙江省": "浙", "江苏省": "苏", "山东省": "鲁", "河南省": "豫", "四川省": "蜀", "湖南省": "湘", "广东省": "粤",
       "安徽省": "皖", "福建省": "闽", "湖北省": "鄂", "": "京"}


class Page:
    def __init__(self, file, text, plans, encoding="utf-8", script="simplified", published="", notes=None,
                 titles=None, declared=None):
        self.file, self.text, self.plans = file, text, plans
        self.encoding, self.script, self.declared = encoding, script, declared
        notes = notes or {}
        self.rows = []
        for i, p in enumerate(plans, 1):
            m = p.meta
            self.rows.append({
                "file": file, "index": i, "title": (titles or {}).get(i, p.title), "year": m["year"] or "",
                "province": m["province"], "city": m["city"], "county": m["county"], "level": m["level"],
                "kind": m["kind"], "measures": p.count(), "period": m["period"], "bureau": m["bureau"],
                "agency": m["agency"] if m["bureau"] else "", "encoding": ENCODING_NAMES[encoding],
                "script": script, "published": published,
                "notes": " ".join(p.notes + notes.get(i, [])),
            })


ENCODING_NAMES = {"utf-8": "UTF-8", "gbk": "GBK", "gb18030": "GB18030", "big5": "Big5"}


def published(plan, rng):
    y = plan.meta["year"]
    if plan.meta["period"] == "second-half":
        return f"{y}-07-{rng.randint(3, 28):02d}"
    return f"{y}-{rng.randint(1, 3):02d}-{rng.randint(3, 28):02d}"


def related_for(plan, rng):
    b, y = plan.meta["bureau"] or "教育局", plan.meta["year"] or 2023
    titles = [f"{b}{y - 1}年工作总结", f"{b}关于做好{y}年春季学期开学工作的通知", f"{b}{y}年部门预算公开说明",
              f"关于公布{y}年义务教育学校招生入学政策的通告", f"{b}{y}年政府信息公开工作年度报告",
              f"{b}关于开展{y}年暑期防溺水专项行动的通知"]
    chosen = rng.sample(titles, 4)
    return [(t, f"{y}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}") for t in chosen]


def site_name(plan):
    b = plan.meta["bureau"]
    return "教育部政府门户网站" if b == "教育部" else b + "网站"


def bureau(file, plan, template="trs", encoding="utf-8", charset="utf-8", repeat_title=False, script="simplified",
           notes=None, seed=None):
    rng = random.Random("page" + (seed or file))
    pub = published(plan, rng)
    icp = f"{ICP[plan.meta['province']]}ICP备{rng.randint(10000000, 99999999)}号"
    text = render.bureau_site(plan, site_name(plan), pub, rng.randint(200, 9000), related_for(plan, rng),
                              charset=charset, repeat_title=repeat_title, icp=icp, template=template)
    return Page(file, text, [plan], encoding, script, pub, notes, declared=charset)


def text_page(file, plan, encoding="utf-8", header=(), footer=(), notes=None, pub=None):
    rng = random.Random("page" + file)
    pub = pub or (published(plan, rng) if plan.meta["year"] else "")
    return Page(file, render.plain_text(plan, header, footer), [plan], encoding, "simplified", pub, notes)


def pages():
    out = []
    moe, zj, xh, cd, lc, ks = chain_moe(), chain_zj(), chain_xh(), chain_cd(), chain_lc(), chain_ks()
    for p in moe:
        out.append(bureau(f"moe-{p.meta['year']}-gongzuoyaodian.html", p))
    for p in zj:
        out.append(bureau(f"zj-jyt-{p.meta['year']}-gongzuoyaodian.html", p, template="zoom"))
    out.append(bureau("hz-xihu-2022-gongzuojihua.html", xh[0], encoding="gbk", charset="gbk"))
    out.append(bureau("hz-xihu-2023-gongzuojihua.html", xh[1]))
    out.append(bureau("hz-xihu-2024-gongzuojihua.html", xh[2], repeat_title=True))
    for p in cd:
        out.append(bureau(f"cd-{p.meta['year']}-gongzuoyaodian.html", p))
    out.append(bureau("ly-luanchuan-2021-gongzuojihua.html", lc[0], template="zoom", encoding="gb18030", charset=None))
    out.append(text_page("ly-luanchuan-2022-gongzuojihua.txt", lc[1], encoding="gb18030"))
    out.append(bureau("ly-luanchuan-2023-gongzuojihua.html", lc[2]))
    for p in ks:
        out.append(bureau(f"sz-kunshan-{p.meta['year']}-gongzuoyaodian.html", p, repeat_title=p.meta["year"] == 2024))

    sc, hn, js, hun, gd, sd, ah, sd2 = provinces()
    out.append(bureau("sd-jyt-2024-gongzuoyaodian.html", sd2))
    out.append(bureau("sc-jyt-2022-gongzuoyaodian.html", sc, template="zoom"))
    out.append(bureau("hn-jyt-2022-gongzuoyaodian.html", hn))
    out.append(bureau("js-jyt-2023-gongzuoyaodian.html", js, template="zoom"))
    out.append(bureau("hun-jyt-2023-gongzuoyaodian.html", hun))
    out.append(bureau("gd-jyt-2023-jiaoyushuzihua.html", gd))
    out.append(bureau("sd-jyt-2023-gongzuoyaodian.html", sd, template="zoom"))
    out.append(bureau("ah-jyt-2022-deyu.html", ah))

    hz, hz2, nb, nb2, sz, zz, zz2, cs, qd, szn, hf, cs2 = cities()
    out.append(text_page("cs-2023-xiabannian.txt", cs2, header=("长沙市教育局", "发布时间：2023-07-14", ""),
                         pub="2023-07-14"))
    out.append(bureau("hz-2023-gongzuoyaodian.html", hz))
    out.append(bureau("hz-2024-gongzuoyaodian.html", hz2, template="zoom"))
    out.append(bureau("nb-2023-gongzuojihua.html", nb, template="zoom"))
    out.append(bureau("nb-2024-xiabannian.html", nb2))
    out.append(bureau("sz-2024-gongzuoyaodian.html", sz))
    out.append(bureau("zz-2023-gongzuoyaodian.html", zz))
    out.append(text_page("zz-2024-gongzuoyaodian.txt", zz2, header=("郑州市教育局 > 通知公告", "")))
    out.append(bureau("cs-2024-gongzuoyaodian.html", cs))
    out.append(bureau("qd-2024-gongzuojihua.html", qd, template="zoom"))
    out.append(bureau("szn-2024-gongzuoyaodian.html", szn))
    out.append(bureau("hf-2023-jiaoshiduiwu.html", hf, encoding="gbk", charset="gbk"))
    # the same plan reposted on a document-sharing site
    out.append(Page("wenku-zz-2023-gongzuoyaodian.html", render.wenku_page(zz, "文档分享网", "edu_files", 6), [zz],
                    notes={1: ["duplicate-of:zz-2023-gongzuoyaodian.html#1"]}))

    yz, jn, jsq, sl, st, ly, yx, ns, sde, fx, hd, sm, zg, hd2 = counties()
    out.append(bureau("qd-huangdao-2023-anquan.html", hd2, template="zoom"))
    out.append(bureau("nb-yinzhou-2023-gongzuojihua.html", yz, template="zoom"))
    out.append(bureau("nj-jiangning-2024-gongzuojihua.html", jn))
    out.append(text_page("zz-jinshui-2023-gongzuojihua.txt", jsq))
    out.append(bureau("cd-shuangliu-2023-anquan.html", sl))
    out.append(bureau("my-santai-2023-gongzuojihua.html", st, encoding="gb18030", charset=None))
    out.append(bureau("cs-liuyang-2024-gongzuoyaodian.html", ly))
    out.append(text_page("zhuzhou-youxian-2024-gongzuojihua.txt", yx, encoding="gb18030"))
    out.append(bureau("sz-nanshan-2024-xiabannian.html", ns))
    out.append(bureau("sz-nanshan-2024-xiabannian-fanti.html", ns, script="traditional", seed="sz-nanshan-2024-xiabannian.html",
                      notes={1: ["mirror-of:sz-nanshan-2024-xiabannian.html#1"]}))
    out.append(bureau("fs-shunde-2023-jiaoshiduiwu-fanti.html", sde, script="traditional"))
    out.append(bureau("hf-feixi-2023-gongzuojihua.html", fx, template="zoom", notes={1: ["word-artifacts"]}))
    out.append(bureau("qd-huangdao-2024-gongzuoyaodian-fanti.html", hd, script="traditional"))
    out.append(bureau("xm-siming-2023-gongzuoyaodian-big5.html", sm, script="traditional", template="zoom",
                      encoding="big5", charset="big5"))
    out.append(text_page("yc-zigui-2023-gongzuojihua.txt", zg, notes={1: ["word-artifacts"]}))

    a, b, c = farm_plans()
    out.append(farm_a(a))
    out.append(farm_b(b))
    out.append(farm_c(c))
    return out


def farm_a(plans):
    heading = "教育局工作计划（精选4篇）"
    intro = "教育局工作计划是统筹一个地区全年教育工作的行动指南。下面整理了几篇不同类型的教育局工作计划范文，供大家参考借鉴。"
    text = render.farm_page(plans, "第一范文库", heading, intro, lambda i, t: f"【篇{'一二三四五六'[i - 1]}】{t}",
                            "2024-03-12 09:41", [("教育局工作总结范文（通用6篇）", "03-10"), ("学校安全工作计划", "03-02"),
                                                 ("教师个人工作计划", "02-27"), ("教育局年度考核个人总结", "02-20")], views=3821)
    return Page("farm-jiaoyuju-jihua-4pian.html", text, plans, published="2024-03-12")


def farm_b(plans):
    heading = "县教育局工作计划"
    intro = "时间过得真快，新的一年又要开始了，是时候认真写一份工作计划了。下面是小编为大家收集的县教育局工作计划，希望对大家有所帮助。"
    text = render.farm_text(plans, "范文网>工作计划>教育工作计划>《县教育局工作计划", heading, intro,
                            lambda i, t: f"{t}篇{i}", "2022-05-09 10:26:13",
                            [("县教育局工作总结", "05-06"), ("教育局工作计划汇编10篇", "04-25"), ("学校德育工作计划", "04-18")],
                            "本文由网友投稿整理，仅供学习参考，如有侵权请联系删除。")
    return Page("farm-xian-jiaoyuju-jihua.txt", text, plans, published="2022-05-09")


def farm_c(plans):
    heading = "教育局工作计划范文大全"
    intro = "一份好的工作计划能让工作事半功倍。本站精心挑选了以下几篇教育局工作计划，内容涵盖队伍建设、数字化和年度安排，欢迎阅读。"
    text = render.farm_page(plans, "好范文网", heading, intro, lambda i, t: f"篇{'一二三四五六'[i - 1]}：{t}",
                            "2024-01-18 16:05", [("教育局工作要点", "01-16"), ("教育局下半年工作计划", "01-10"),
                                                 ("县教育局述职报告", "01-03")], charset="gbk", views=962)
    return Page("farm-jiaoyuju-fanwen-gbk.html", text, plans, encoding="gbk", published="2024-01-18", declared="gbk")
