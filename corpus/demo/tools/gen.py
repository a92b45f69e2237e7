"""Composes plans from the phrase pools, deterministically (seeded by the plan key)."""

import random
import re

from model import Enum, EnumPara, Leaf, Paras, Plan, Sec, cn
import pools

LEVEL_WORDS = {
    # level: (全, 我, 局 short name, units below)
    "national": ("全国", "我国", "教育部", "各地"),
    "province": ("全省", "我省", "省教育厅", "各市、县（市、区）"),
    "city": ("全市", "我市", "市教育局", "各区县（市）"),
    "ccity": ("全市", "我市", "市教育局", "各区镇"),
    "county": ("全县", "我县", "县教育局", "各乡镇（街道）"),
    "district": ("全区", "我区", "区教育局", "各街道"),
}


class Region:
    """Where a bureau sits: names as in GB/T 2260 and the bureau's full name."""

    def __init__(self, province="", city="", county="", agency=None):
        self.province, self.city, self.county = province, city, county
        if county:
            self.level = "county"
            words = "district" if county.endswith("区") else "county"
            if county.endswith("市"):
                words = "ccity"  # county-level city: 全市/我市
        elif city:
            self.level, words = "city", "city"
        elif province:
            self.level, words = "province", "province"
        else:
            self.level, words = "national", "national"
        self.words = LEVEL_WORDS[words]
        if agency is None:
            agency = {"national": "教育部", "province": "教育厅"}.get(self.level, "教育局")
        self.agency = agency
        if self.level == "national":
            self.bureau = "教育部"
        elif self.level == "province":
            self.bureau = province + agency
        elif county.endswith("市"):
            self.bureau = county + agency  # county-level city: 昆山市教育局
        else:
            self.bureau = city + county + agency
        short = county or city or province or "全国"
        self.short = short
        # a county's own bureau short name: 区教育局 / 县教育体育局 / 市教育局
        if self.level == "county":
            self.local = short[-1] + agency
        elif self.level == "city":
            self.local = "市" + agency
        elif self.level == "province":
            self.local = "省" + agency
        else:
            self.local = "教育部"


class Anon(Region):
    """A bureau whose name the page hides: 县教育局, XX市教育局."""

    def __init__(self, level, words=None, agency="教育局"):
        super().__init__()
        self.level, self.words, self.agency = level, LEVEL_WORDS[words or level], agency
        self.bureau, self.short = "", {"city": "XX市", "county": "XX县"}.get(level, "")
        self.local = {"city": "市", "county": "县"}.get(level, "") + agency
        if words == "district":
            self.local, self.short = "区" + agency, "XX区"


def fill(text, region, rng, year=None):
    quan, wo, _, xia = region.words
    text = re.sub(r"\[([^\]]+)\]", lambda m: rng.choice(m.group(1).split("|")), text)

    def num(m):
        a, b = int(m.group(1)), int(m.group(2))
        v = rng.randint(a, b)
        if b >= 1000:
            v = round(v, -2)
        elif b >= 100:
            v = round(v, -1)
        return str(v)

    text = re.sub(r"\{n:(\d+)-(\d+)\}", num, text)
    return (text.replace("{全}", quan).replace("{我}", wo).replace("{局}", region.local)
            .replace("{下}", xia).replace("{地}", region.short).replace("{y}", str(year or "20xx")))


class Composer:
    """Draws measures for one plan without repeating a sentence inside it."""

    def __init__(self, key, region, year):
        self.rng = random.Random(key)
        self.region, self.year = region, year
        self.used = set()

    def f(self, text):
        return fill(text, self.region, self.rng, self.year)

    def pick(self, items, k=1):
        fresh = [i for i in items if i not in self.used] or list(items)
        chosen = self.rng.sample(fresh, min(k, len(fresh)))
        self.used.update(chosen)
        return chosen

    def item(self, topic):
        """An unused (heading, sentences) pair of the topic."""
        items = pools.TOPICS[topic]["items"]
        head = self.pick(list(items))[0]
        return self.f(head), [self.f(x) for x in items[head]]

    def sec_title(self, topic):
        return self.f(self.pick(pools.TOPICS[topic]["secs"])[0])

    def leaf(self, topic, with_head=True):
        head, sents = self.item(topic)
        if len(sents) > 2 and self.rng.random() < 0.5:
            sents = self.rng.sample(sents, 2)
        return Leaf(head if with_head else None, "".join(sents))

    def enum(self, topic, style="是"):
        head, sents = self.item(topic)
        return Enum(head, [x.rstrip("。") for x in sents], style)

    def items(self, topic, n, enum_at=None, heads=True):
        return [self.enum(topic) if i == enum_at else self.leaf(topic, heads) for i in range(n)]

    def guiding(self, k=1):
        return [self.f(s) for s in self.pick(pools.GUIDING, k)]

    def goals(self, k=3):
        return [self.f(s) for s in self.pick(pools.GOALS, k)]

    def safeguards(self, k=3):
        heads = self.pick(list(pools.SAFEGUARDS), k)
        return [Leaf(h, self.f(self.rng.choice(pools.SAFEGUARDS[h]))) for h in heads]

    def preamble(self, k=1):
        return [self.f(s) for s in self.pick(pools.PREAMBLE, k)]

    def months(self, months, label="月份"):
        out = []
        for m in months:
            name = cn(m) + label if label == "月份" else f"{m}月"
            out.append(f"{name}：" + self.f(self.rng.choice(pools.MONTHS[m])))
        return out


def skeleton(c, topics, shape, per=2, enums=1, safeguards=3, goals=3, months=None, preamble=1):
    """A body tree in one of the common shapes.

    shapes: "classic" 指导思想/工作目标/主要任务/保障措施; "topical" (top headings are all topics);
    "parts" 第一部分…; "chapters" 第一章…; "flat" topical items with heading+body straight under 一、.
    """
    enum_left = enums
    rng = c.rng

    def topic_items(t):
        nonlocal enum_left
        at = None
        if enum_left > 0 and rng.random() < 0.6:
            at, enum_left = rng.randrange(per), enum_left - 1
        return c.items(t, per, at)

    task_secs = [Sec(c.sec_title(t), topic_items(t)) for t in topics]
    pre = c.preamble(preamble) if preamble else []
    if shape == "classic":
        body = [Paras("指导思想", c.guiding(1)), Paras("工作目标", c.goals(goals)),
                Sec("主要任务", task_secs), Sec("保障措施", c.safeguards(safeguards))]
    elif shape in ("topical", "pcn"):
        body = task_secs + ([Sec("强化工作保障", c.safeguards(safeguards))] if safeguards else [])
    elif shape in ("parts", "chapters"):
        body = [Paras("总体要求", c.guiding(1)), Sec("重点任务", task_secs)]
        if safeguards:
            body.append(Sec("保障措施", c.safeguards(safeguards)))
    elif shape == "flat":
        # 工作要点 style: every top item is one measure, "一、加强…。正文…"
        body = [c.leaf(t) for t in topics for _ in range(per)]
    else:
        raise ValueError(shape)
    if months:
        body.append(Paras(rng.choice(["工作安排", "月份工作安排", "具体工作安排"]), c.months(months)))
    return pre, body


STYLES = {
    "classic": ["cn", "pcn", "dot", "par"],
    "topical": ["cn", "pcn", "dot", "par"],
    "parts": ["part", "cn", "pcn", "dot"],
    "chapters": ["chap", "cn", "pcn", "dot"],
    "flat": ["cn", "pcn", "dot"],
    "pcn": ["pcn", "dot", "par"],
}


def generate(key, region, year, title, kind, topics, shape="topical", period="annual", styles=None, **kw):
    c = Composer(key, region, year)
    pre, body = skeleton(c, topics, shape, **kw)
    return Plan(key, title, body, preamble=pre, styles=styles or STYLES[shape], year=year,
                province=region.province, city=region.city, county=region.county, level=region.level,
                kind=kind, period=period, bureau=region.bureau, agency=region.agency)
