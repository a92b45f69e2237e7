"""The plan model the demo pages are rendered from.

A plan is a title, preamble paragraphs and a body tree. Each node knows how many measures the measure rules of
BRIEF.md give for it, so MANIFEST.tsv counts are computed, never typed by hand:

  Leaf(head, body)       a numbered item without numbered children          -> 1 measure   (rule 3)
  Enum(head, parts)      a numbered item whose body says 一是…二是…           -> len(parts)  (rule 6)
  Sec(head, kids)        a heading-only numbered line with numbered children -> sum(kids)   (rule 2)
  Paras(head, paras)     a heading-only numbered line + unnumbered paragraphs -> one each   (rule 4)
                         (a paragraph may be an EnumPara -> len(parts); a "一月份：" line -> 1, rule 7)
  preamble paragraphs    before the first heading                            -> one each   (rule 5)
  closing paragraph      after the last Leaf: a continuation of it           -> 0          (rule 8)
"""

import copy
import re

CN_NUM = "一二三四五六七八九十"


def cn(n):
    """1 -> 一, 12 -> 十二, 21 -> 二十一."""
    if n <= 10:
        return CN_NUM[n - 1]
    if n < 20:
        return "十" + CN_NUM[n - 11]
    tens, ones = divmod(n, 10)
    return CN_NUM[tens - 1] + "十" + (CN_NUM[ones - 1] if ones else "")


class Leaf:
    def __init__(self, head, body):
        self.head, self.body = head, body

    def count(self):
        return 1

    def line(self):
        return (self.head + "。" if self.head else "") + self.body


class Enum:
    """A numbered item whose body enumerates parts: "加快项目建设。一是…；二是…；三是…。"."""

    def __init__(self, head, parts, style="是", lead=""):
        self.head, self.parts, self.style, self.lead = head, list(parts), style, lead

    def count(self):
        return len(self.parts)

    def line(self):
        bits = [cn(i + 1) + self.style + p.rstrip("。；;") for i, p in enumerate(self.parts)]
        head = self.head + "。" if self.head else ""
        return head + self.lead + "；".join(bits) + "。"


class EnumPara(Enum):
    """An unnumbered paragraph with 一是…二是… (under a heading-only line)."""

    def __init__(self, lead, parts, style="是"):
        super().__init__(None, parts, style, lead)


class Sec:
    def __init__(self, head, kids):
        self.head, self.kids = head, list(kids)

    def count(self):
        return sum(k.count() for k in self.kids)


class Paras:
    def __init__(self, head, paras):
        self.head, self.paras = head, list(paras)

    def count(self):
        return sum(p.count() if isinstance(p, Enum) else 1 for p in self.paras)


def para_text(p):
    return p.line() if isinstance(p, Enum) else p


class Plan:
    """One plan. meta: key, title, year, province, city, county, level, kind, period, bureau, agency."""

    def __init__(self, key, title, body, preamble=(), closing=None, styles=None, **meta):
        self.key, self.title = key, title
        self.body, self.preamble, self.closing = list(body), list(preamble), closing
        self.styles = styles or ["cn", "pcn", "dot", "par"]
        self.meta = meta
        self.notes = []

    def count(self):
        return len(self.preamble) + sum(n.count() for n in self.body)

    def copy(self, key, **changes):
        p = copy.deepcopy(self)
        p.key = key
        p.notes = [n for n in self.notes if n.startswith("diffusion:")]
        for k, v in changes.items():
            if k in ("title", "closing", "styles", "preamble", "body"):
                setattr(p, k, v)
            else:
                p.meta[k] = v
        return p


# Marker styles, by name; the level is decided by first appearance, so any order works.
def marker(style, n):
    return {
        "cn": lambda: cn(n) + "、",
        "pcn": lambda: "（" + cn(n) + "）",
        "acn": lambda: "(" + cn(n) + ")",
        "wcn": lambda: "〔" + cn(n) + "〕",  # Word conversion artifact
        "dot": lambda: f"{n}.",
        "dun": lambda: f"{n}、",
        "fdot": lambda: "０１２３４５６７８９"[n] + "．" if n < 10 else f"{n}．",
        "par": lambda: f"（{n}）",
        "circ": lambda: "①②③④⑤⑥⑦⑧⑨⑩"[n - 1],
        "chap": lambda: f"第{cn(n)}章 ",
        "part": lambda: f"第{cn(n)}部分 ",
    }[style]()


def lines(plan):
    """The plan's paragraphs in reading order, title excluded."""
    out = list(plan.preamble)

    def walk(nodes, depth):
        for i, node in enumerate(nodes, 1):
            mk = marker(plan.styles[depth], i)
            if isinstance(node, Sec):
                out.append(mk + node.head)
                walk(node.kids, depth + 1)
            elif isinstance(node, Paras):
                out.append(mk + node.head)
                out.extend(para_text(p) for p in node.paras)
            else:
                out.append(mk + node.line())

    walk(plan.body, 0)
    if plan.closing:
        last = plan.body[-1]
        while isinstance(last, Sec):
            last = last.kids[-1]
        if not isinstance(last, Leaf):
            raise ValueError(f"{plan.key}: a closing paragraph must follow a plain numbered item")
        out.append(plan.closing)
    return out


ENUM_MARK = re.compile(f"[{CN_NUM}](是|要|抓)")
MONTH = re.compile(r"^(?:[一二三四五六七八九十]{1,2}|\d{1,2})月份?[:：]")


def check(plan):
    """Guards that keep the measure rules unambiguous on our own text."""
    problems = []

    def plain(text, where):
        if ENUM_MARK.search(text):
            problems.append(f"{where}: stray enumeration marker {ENUM_MARK.search(text).group()} in {text[:30]}")
        if re.match(r"^\s*(?:[（(〔]?[一二三四五六七八九十\d]+[）)〕、.．]|第[一二三四五六七八九十]+[章部])", text):
            problems.append(f"{where}: starts like a numbered line: {text[:20]}")

    for p in plan.preamble:
        plain(p, "preamble")
        if MONTH.match(p):
            problems.append("preamble starts with a month")

    def walk(nodes):
        for node in nodes:
            if isinstance(node, Sec):
                walk(node.kids)
                if "。" in node.head or len(node.head) > 26:
                    problems.append(f"section head not heading-only: {node.head}")
                if not node.kids:
                    problems.append(f"empty section {node.head}")
            elif isinstance(node, Paras):
                if "。" in node.head or len(node.head) > 26:
                    problems.append(f"paras head not heading-only: {node.head}")
                for p in node.paras:
                    if isinstance(p, Enum):
                        for part in p.parts:
                            plain(part, "enum part")
                        plain(p.lead, "enum lead")
                        if len(p.parts) < 2:
                            problems.append("enum with <2 parts")
                    else:
                        if not MONTH.match(p):
                            plain(p, "para")
            elif isinstance(node, Enum):
                for part in node.parts:
                    plain(part, "enum part")
                if len(node.parts) < 2:
                    problems.append("enum with <2 parts")
            else:
                if node.head and ("。" in node.head or len(node.head) > 30):
                    problems.append(f"leaf head too long: {node.head}")
                if ENUM_MARK.search(node.body):
                    problems.append(f"stray enumeration marker in leaf {node.body[:30]}")
                if len(node.line()) < 30:
                    problems.append(f"leaf too short: {node.line()}")

    walk(plan.body)
    if plan.closing:
        plain(plan.closing, "closing")
    if problems:
        raise ValueError(plan.key + ": " + "; ".join(problems))


def tree(plan):
    """A debugging outline with index paths."""
    out = []

    def walk(nodes, path):
        for i, n in enumerate(nodes):
            p = path + (i,)
            kind = type(n).__name__
            out.append(f"{'  ' * len(path)}{p} {kind} {(getattr(n, 'head', None) or getattr(n, 'body', ''))[:24]}")
            if isinstance(n, Sec):
                walk(n.kids, p)

    walk(plan.body, ())
    return "\n".join(out)
