"""Year-over-year edits on a plan tree. Each op changes a copy in place and logs a readable line for CHAINS.md."""

from model import Enum, Leaf, Paras, Sec


def _nodes(nodes, parent=None):
    for i, n in enumerate(nodes):
        yield nodes, i, n
        if isinstance(n, Sec):
            yield from _nodes(n.kids, n)


def _label(n):
    if isinstance(n, (Leaf, Enum)):
        return n.head or n.body[:16]
    return n.head


def find(plan, path):
    """A node by its index path, e.g. (2, 0, 1) = third top section, its first child, that one's second child."""
    nodes = plan.body
    for i in path[:-1]:
        nodes = nodes[i].kids
    return nodes, path[-1]


def find_head(plan, head):
    for nodes, i, n in _nodes(plan.body):
        if getattr(n, "head", None) and head in n.head:
            return nodes, i
    raise KeyError(f"{plan.key}: no node with heading containing {head}")


class Log:
    def __init__(self, plan):
        self.plan = plan
        plan.edits = []

    def _at(self, where):
        return find_head(self.plan, where) if isinstance(where, str) else find(self.plan, where)

    def replace(self, old, new, why="target raised"):
        """String edit anywhere in the plan (targets, dates, wording)."""
        hit = False

        def sub(s):
            nonlocal hit
            if s and old in s:
                hit = True
                return s.replace(old, new)
            return s

        self.plan.preamble = [sub(p) for p in self.plan.preamble]
        for _, _, n in _nodes(self.plan.body):
            if isinstance(n, Leaf):
                n.body = sub(n.body)
                n.head = sub(n.head)
            elif isinstance(n, Enum):
                n.parts = [sub(p) for p in n.parts]
            elif isinstance(n, Paras):
                n.paras = [sub(p) if isinstance(p, str) else p for p in n.paras]
        if not hit:
            raise KeyError(f"{self.plan.key}: '{old}' not found")
        self.plan.edits.append(f"{why}: “{old}” → “{new}”")
        return self

    def add(self, where, pos, node, why="measure added"):
        nodes, i = self._at(where)
        target = nodes[i].kids if isinstance(nodes[i], Sec) else nodes[i].paras
        target.insert(pos if pos >= 0 else len(target) + pos + 1, node)
        self.plan.edits.append(f"{why}: {_label(node) if not isinstance(node, str) else node[:20]}")
        return self

    def add_top(self, pos, node, why="section added"):
        self.plan.body.insert(pos, node)
        self.plan.edits.append(f"{why}: {_label(node)}")
        return self

    def drop(self, where, why="measure dropped"):
        nodes, i = self._at(where)
        n = nodes.pop(i)
        self.plan.edits.append(f"{why}: {_label(n)}")
        return self

    def rename(self, old, new, why="section renamed"):
        nodes, i = find_head(self.plan, old)
        nodes[i].head = nodes[i].head.replace(old, new)
        self.plan.edits.append(f"{why}: {old} → {new}")
        return self

    def reword(self, where, node, why="measure reworded"):
        nodes, i = self._at(where)
        old = nodes[i]
        nodes[i] = node
        self.plan.edits.append(f"{why}: {_label(old)} → {_label(node)}")
        return self

    def reword_para(self, where, index, text, why="paragraph reworded"):
        nodes, i = self._at(where)
        paras = nodes[i].paras
        old = paras[index]
        paras[index] = text
        self.plan.edits.append(f"{why}: {old[:12]}… → {text[:12]}…")
        return self

    def move(self, where, pos, why="moved"):
        nodes, i = self._at(where)
        n = nodes.pop(i)
        nodes.insert(pos, n)
        self.plan.edits.append(f"{why}: {_label(n)} to position {pos + 1}")
        return self

    def merge(self, a, b, head=None, why="measures merged"):
        """Merges measure b into measure a (a keeps its place; b's body is appended)."""
        na, ia = self._at(a)
        nb, ib = self._at(b)
        x, y = na[ia], nb[ib]
        if not isinstance(x, Leaf) or not isinstance(y, Leaf):
            raise TypeError(f"{self.plan.key}: only plain measures merge")
        merged = Leaf(head or x.head, x.body + y.body)
        na[ia] = merged
        nb.remove(y)
        self.plan.edits.append(f"{why}: {_label(x)} + {_label(y)} → {merged.head}")
        return self

    def note(self, text):
        self.plan.edits.append(text)
        return self
