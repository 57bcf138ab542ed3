"""NumPy and SymPy reprs (``Matrix([[8, 12], [12, 19]])``, ``array([ 0.2996, 26.7004])``, eigenvalue dicts) rewritten
entry by entry into the grammar's spelling, never evaluated: a matrix, vector, dict of eigenvalues or a scalar.
NumPy floats are ≈ claims; a float below 1e-10 of its array's largest entry is round-off, read as 0. Every
pattern is linear; sizes are bounded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

MAX_REPR = 4000
_WRAPPER = re.compile(r"(?<![\w.])(?:(?:np|numpy|sp|sympy|torch|jnp)\s*\.\s*)?(?:Matrix|ImmutableMatrix|"
                      r"MutableDenseMatrix|ImmutableDenseMatrix|array|Array|matrix|tensor|float64|float32|int64|"
                      r"Integer)\s*(?=\()")
_RATIONAL = re.compile(r"(?<![\w.])Rational\(\s*(-?\d{1,20})\s*,\s*(\d{1,20})\s*\)")
_POLY = re.compile(r"^\s*(?:Pure)?Poly\((.{1,400}?),\s*[A-Za-z_]\w{0,10}\s*,\s*domain\s*=\s*'[A-Z]{1,3}'\s*\)\s*$")
_EIG_RESULT = re.compile(r"^\s*Eigh?Result\(\s*eigenvalues\s*=")
_EIG_VECTORS = re.compile(r",\s*eigenvectors\s*=")
_DTYPE = re.compile(r",\s*dtype\s*=\s*[\w.]{1,20}\s*(?=\))")
_CHARS = re.compile(r"[\s\d.eE+\-*/()\[\]{},:A-Za-z_]+")
_NAME = re.compile(r"(?<![\w.])([A-Za-z_]\w{0,20})(\s*[(.]?)")
_FUNCTIONS = {"sqrt", "exp", "log", "tanh", "sin", "cos", "sigma"}
_NUMBER = re.compile(r"(?<![\w.])(\d{1,40}(?:\.\d{0,40})?(?:[eE][+-]?\d{1,3})?)(?![\w])")
_PURE = re.compile(r"-?\s*\d{1,40}(?:\.\d{0,40})?(?:[eE][+-]?\d{1,3})?")
_NUMPY_STR = re.compile(r"[\s\d.eE+\-\[\]]+")
_GAP = re.compile(r"(?<=[\d.\]])\s+(?=[-+\d.\[])")


@dataclass(frozen=True)
class Repr:
    """A repr rewritten: ``shape`` is "dict" (its keys), "matrix" (rows), "vector" or "scalar"; ``approx`` when it
    holds a float (NumPy prints rounded values)."""

    shape: str
    items: tuple
    approx: bool

    def square(self) -> bool:
        """A matrix with as many rows as columns."""
        return self.shape == "matrix" and all(len(row) == len(self.items) for row in self.items)

    def symmetric(self) -> bool:
        """A square matrix equal to its transpose, entry text by entry text."""
        n = len(self.items)
        return self.square() and all(self.items[i][j] == self.items[j][i] for i in range(n) for j in range(n))


def split_top(text: str, sep: str) -> list[str]:
    """``text`` cut at every ``sep`` outside brackets."""
    out, depth, last = [], 0, 0
    for i, ch in enumerate(text):
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        elif ch == sep and depth == 0:
            out.append(text[last:i].strip())
            last = i + 1
    out.append(text[last:].strip())
    return out


def closes_at(text: str) -> int:
    """The index of the bracket that closes ``text``'s first one."""
    depth = 0
    for i, ch in enumerate(text):
        depth += (ch in "([{") - (ch in ")]}")
        if depth == 0:
            return i
    return -1


def unwrap(text: str) -> str:
    """``(x)`` → ``x`` while one pair of parentheses holds everything."""
    while text.startswith("(") and closes_at(text) == len(text) - 1:
        text = text[1:-1].strip()
    return text


def plain_decimal(token: str) -> str:
    """A number in e-notation as plain decimals with the same digits: m·10^e, ``2.9956e-01`` → ``0.29956``."""
    try:
        return format(Decimal(token), "f")
    except InvalidOperation:
        return token


def _number(token: str) -> str:
    """A printed number in plain decimals: ``8.`` → ``8``, ``2.9956e-01`` → ``0.29956``; a float printed at full
    double precision (more than 12 significant digits, ``7.0347244301815275``) carries float64 round-off past
    what its inputs held, so it is read rounded to NumPy's print precision, 8 significant digits."""
    token = plain_decimal(token) if "e" in token.lower() else token
    digits = token.replace(".", "").lstrip("-0")
    if "." in token and len(digits) > 12:
        return format(Decimal(token).quantize(Decimal(1).scaleb(Decimal(token).adjusted() - 7)), "f")
    return token[:-1] if token.endswith(".") else token


def _entry(text: str, scale: float) -> str:
    """One entry in the grammar's spelling; a float below 1e-10 of ``scale`` is round-off (0)."""
    if _PURE.fullmatch(text) and scale > 0 and ("." in text or "e" in text.lower()) \
            and abs(float(text.replace(" ", ""))) < 1e-10 * scale:
        return "0"
    text = _NUMBER.sub(lambda m: _number(m.group(1)), text)
    return re.sub(r"(?<![\\\w])lambda(?!\w)", r"\\lambda", " ".join(text.split()))


def parse_repr(text: str) -> Repr | None:
    """A SymPy/NumPy repr or a Python literal of numbers (a matrix, list, dict of eigenvalues, or a number or
    expression), rewritten entry by entry; None for anything else (code, strings, calls other than sqrt)."""
    text = text.strip()
    if not text or len(text) > MAX_REPR:
        return None
    if _EIG_RESULT.match(text):   # NumPy ≥ 2: EigResult(eigenvalues=array([…]), eigenvectors=array([[…]]))
        text = _EIG_VECTORS.sub(", ", _EIG_RESULT.sub("(", text, count=1), count=1)
    if text.startswith("[") and "," not in text and _NUMPY_STR.fullmatch(text):
        text = _GAP.sub(", ", text)   # NumPy's str(): ``[[ 8. 12.]  [12. 19.]]``
    poly = _POLY.match(text)
    text = _DTYPE.sub("", _WRAPPER.sub("", _RATIONAL.sub(r"(\1/\2)", poly.group(1) if poly else text)))
    if not _CHARS.fullmatch(text) or not re.search(r"\d", text):
        return None
    for m in _NAME.finditer(text):
        name, after = m.group(1), m.group(2).strip()
        if after == "." or (after == "(" and name not in _FUNCTIONS) or re.fullmatch(r"\d*[eE]\d*", name):
            return None
    text = unwrap(text)
    parts = split_top(text, ",")
    if len(parts) == 2 and not text.startswith(("[", "{")):   # np.linalg.eig: (eigenvalues, eigenvectors)
        values, vectors = (parse_repr(p) for p in parts)
        return values if values and vectors and values.shape == "vector" and vectors.square() else None
    approx = any("." in t or "e" in t.lower() for t in _NUMBER.findall(text))
    if text.startswith("{") and text.endswith("}"):
        pairs = [split_top(p, ":") for p in split_top(text[1:-1], ",") if p]
        if not pairs or any(len(p) != 2 or not p[1].isdigit() for p in pairs):
            return None
        raw, shape = [p[0] for p in pairs], "dict"
    elif text.startswith("[") and text.endswith("]"):
        raw = [t for t in split_top(text[1:-1], ",") if t]
        if raw and all(t.startswith("[") and t.endswith("]") for t in raw):
            rows = [[e for e in split_top(t[1:-1], ",") if e] for t in raw]
            scale = max((abs(float(e.replace(" ", ""))) for row in rows for e in row if _PURE.fullmatch(e)), default=0)
            return Repr("matrix", tuple(tuple(_entry(e, scale) for e in row) for row in rows), approx)
        shape = "vector"
    elif ":" in text or "[" in text or "{" in text:
        return None
    else:
        raw, shape = [text], "scalar"
    if any(r.startswith("[") for r in raw):
        return None
    scale = max((abs(float(e.replace(" ", ""))) for e in raw if _PURE.fullmatch(e)), default=0)
    return Repr(shape, tuple(_entry(e, scale) for e in raw), approx)
