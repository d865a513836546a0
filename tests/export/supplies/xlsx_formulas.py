"""A small evaluator of the formulas the supplies workbook writes, so tests can check
their values the way Excel computes them (ROUND, SUM, SUBTOTAL, SUMIFS, COUNTIFS, IF)."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

from openpyxl.utils import column_index_from_string

_TOKEN = re.compile(r"""
    (?P<ref>(?:'(?:[^']|'')+'!|[A-Za-z_]\w*!)?\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)
  | (?P<func>[A-Z]+)\(
  | (?P<num>\d+(?:\.\d+)?)
  | (?P<str>"(?:[^"]|"")*")
  | (?P<op><=|>=|<>|[-+*/(),<>=])
""", re.VERBOSE)


def _cell_xy(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"\$?([A-Z]+)\$?(\d+)", text)
    return column_index_from_string(match.group(1)), int(match.group(2))


class Evaluator:
    """Evaluates formulas of a workbook loaded with openpyxl (formulas kept)."""

    def __init__(self, workbook) -> None:
        self.wb = workbook

    def value(self, sheet: str, coordinate: str):
        """The computed value of one cell."""
        raw = self.wb[sheet][coordinate].value
        if isinstance(raw, str) and raw.startswith("=") and \
                self.wb[sheet][coordinate].data_type == "f":
            return self.formula(sheet, raw[1:])
        if isinstance(raw, float | int) and not isinstance(raw, bool):
            return Decimal(str(raw))
        return raw

    def formula(self, sheet: str, text: str):
        tokens = []
        position = 0
        while position < len(text):
            match = _TOKEN.match(text, position)
            assert match, f"cannot read {text[position:]!r}"
            tokens.append((match.lastgroup, match.group(match.lastgroup)))
            position = match.end()
        # A referenced cell's formula is evaluated inside this one: keep our place.
        saved = getattr(self, "_tokens", None), getattr(self, "_at", 0), getattr(
            self, "_sheet", sheet)
        self._tokens, self._at, self._sheet = tokens, 0, sheet
        try:
            result = self._compare()
            assert self._at == len(tokens), text
        finally:
            self._tokens, self._at, self._sheet = saved
        return result

    # -- recursive descent -----------------------------------------------------
    def _peek(self):
        return self._tokens[self._at] if self._at < len(self._tokens) else (None, None)

    def _take(self):
        token = self._tokens[self._at]
        self._at += 1
        return token

    def _compare(self):
        left = self._sum()
        kind, op = self._peek()
        if kind == "op" and op in ("<", ">", "=", "<=", ">=", "<>"):
            self._take()
            right = self._sum()
            return {"<": left < right, ">": left > right, "=": left == right,
                    "<=": left <= right, ">=": left >= right, "<>": left != right}[op]
        return left

    def _sum(self):
        value = self._product()
        while self._peek() in (("op", "+"), ("op", "-")):
            op = self._take()[1]
            right = self._product()
            value = value + right if op == "+" else value - right
        return value

    def _product(self):
        value = self._unary()
        while self._peek() in (("op", "*"), ("op", "/")):
            op = self._take()[1]
            right = self._unary()
            value = value * right if op == "*" else value / right
        return value

    def _unary(self):
        if self._peek() == ("op", "-"):
            self._take()
            return -self._unary()
        kind, text = self._take()
        if kind == "num":
            return Decimal(text)
        if kind == "str":
            return text[1:-1].replace('""', '"')
        if kind == "ref":
            cells = self._cells(text)
            return cells[0] if ":" not in text else cells
        if kind == "func":
            args = []
            while self._peek() != ("op", ")"):
                args.append(self._compare())
                if self._peek() == ("op", ","):
                    self._take()
            self._take()
            return self._call(text, args)
        if (kind, text) == ("op", "("):
            value = self._compare()
            self._take()
            return value
        raise AssertionError(f"unexpected {text!r}")

    def _cells(self, ref: str) -> list:
        sheet = self._sheet
        if "!" in ref:
            sheet, ref = ref.rsplit("!", 1)
            sheet = sheet.strip("'").replace("''", "'")
        first, _, last = ref.partition(":")
        (c1, r1), (c2, r2) = _cell_xy(first), _cell_xy(last or first)
        ws = self.wb[sheet]
        return [self.value(sheet, ws.cell(row=r, column=c).coordinate)
                for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)]

    def _call(self, name: str, args: list):
        numbers = lambda values: [v for v in values if isinstance(v, Decimal)]  # noqa: E731
        if name == "ROUND":
            return args[0].quantize(Decimal(1).scaleb(-int(args[1])), rounding=ROUND_HALF_UP)
        if name == "SUM":
            return sum((sum(numbers(a if isinstance(a, list) else [a]), Decimal(0))
                        for a in args), Decimal(0))
        if name == "SUBTOTAL":
            values = args[1]
            if args[0] == 9:
                return sum(numbers(values), Decimal(0))
            if args[0] == 3:
                return Decimal(sum(1 for v in values if v not in (None, "")))
        if name in ("SUMIFS", "COUNTIFS"):
            target, pairs = (args[0], args[1:]) if name == "SUMIFS" else (None, args)
            keep = [all(_matches(rng[i], crit) for rng, crit in zip(pairs[::2], pairs[1::2],
                                                                    strict=True))
                    for i in range(len(pairs[0]))]
            if name == "COUNTIFS":
                return Decimal(sum(keep))
            return sum((v for v, k in zip(target, keep, strict=True)
                        if k and isinstance(v, Decimal)), Decimal(0))
        if name == "IF":
            return args[1] if args[0] else args[2]
        raise AssertionError(f"function {name} not known to the test evaluator")


def _matches(value, criterion: str) -> bool:
    """Excel's criterion matching for the "=text" form the workbook writes."""
    assert criterion.startswith("="), criterion
    wanted = re.sub(r"~(.)", r"\1", criterion[1:])
    assert not set("*?") & set(re.sub(r"~.", "", criterion[1:])), "unescaped wildcard"
    if wanted == "":
        return value in (None, "")
    return str(value) == wanted if value is not None else False
