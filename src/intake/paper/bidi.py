"""The Unicode Bidirectional Algorithm (UAX #9) for one paragraph of printed text.

Printed right-to-left text is laid out in three steps, in the order UAX #9 section 3.4
sets: the paragraph's embedding levels are resolved on the whole text (`levels`), the
text is broken into lines in logical (typed) order, and then each line is put into
visual order (`line_levels`, `reorder`). The shaper (`intake.paper.shaping`) works on
runs of one level and one font, so what it needs from here is a level for every
character, which is why this is not a call to a library that only returns the
reordered string.

Pack text never carries explicit directional embeddings or overrides (LRE, RLO, PDF and
the like): they are ignored (treated as boundary neutrals), and the isolates (LRI, RLI,
FSI, PDI) count as other neutrals. Everything else follows the algorithm, including
paired brackets (rule N0), so `(GP)` inside an Arabic sentence, or an Arabic label in
quotes inside an English sentence, keeps its brackets and quotes where a reader expects
them. Mirroring of brackets in right-to-left runs is left to the shaper (HarfBuzz does
it). `tests/paper/test_bidi.py` checks the result against python-bidi's implementation
of the same algorithm.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from unicodedata import bidirectional

_IGNORED = frozenset({"LRE", "RLE", "LRO", "RLO", "PDF"})
_ISOLATES = frozenset({"LRI", "RLI", "FSI", "PDI"})
_NEUTRAL = frozenset({"B", "S", "WS", "ON"})
_TRAILING = frozenset({"WS", "BN", "S", "B"})
_STRONG = {"L": "L", "R": "R", "EN": "R", "AN": "R"}
"""Strong direction of a resolved type for rules N0 and N1: numbers count as R."""

_RTL_POSSIBLE = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\u200f\u202b\u202e\u2067"
    "\U00010800-\U00010fff\U0001e800-\U0001efff]"
)
"""Every character whose bidirectional type is R, AL or AN lies in these ranges (a test
checks it over the whole of Unicode), so text without any of them is plain left to
right and can be printed as before."""

# Bidi_Paired_Bracket pairs (Unicode BidiBrackets.txt): opening -> closing.
_PAIRS = {
    0x0028: 0x0029,
    0x005B: 0x005D,
    0x007B: 0x007D,
    0x0F3A: 0x0F3B,
    0x0F3C: 0x0F3D,
    0x169B: 0x169C,
    0x2045: 0x2046,
    0x207D: 0x207E,
    0x208D: 0x208E,
    0x2308: 0x2309,
    0x230A: 0x230B,
    0x2329: 0x232A,
    0x2768: 0x2769,
    0x276A: 0x276B,
    0x276C: 0x276D,
    0x276E: 0x276F,
    0x2770: 0x2771,
    0x2772: 0x2773,
    0x2774: 0x2775,
    0x27C5: 0x27C6,
    0x27E6: 0x27E7,
    0x27E8: 0x27E9,
    0x27EA: 0x27EB,
    0x27EC: 0x27ED,
    0x27EE: 0x27EF,
    0x2983: 0x2984,
    0x2985: 0x2986,
    0x2987: 0x2988,
    0x2989: 0x298A,
    0x298B: 0x298C,
    0x298D: 0x2990,
    0x298F: 0x298E,
    0x2991: 0x2992,
    0x2993: 0x2994,
    0x2995: 0x2996,
    0x2997: 0x2998,
    0x29D8: 0x29D9,
    0x29DA: 0x29DB,
    0x29FC: 0x29FD,
    0x2E22: 0x2E23,
    0x2E24: 0x2E25,
    0x2E26: 0x2E27,
    0x2E28: 0x2E29,
    0x2E55: 0x2E56,
    0x2E57: 0x2E58,
    0x2E59: 0x2E5A,
    0x2E5B: 0x2E5C,
    0x3008: 0x3009,
    0x300A: 0x300B,
    0x300C: 0x300D,
    0x300E: 0x300F,
    0x3010: 0x3011,
    0x3014: 0x3015,
    0x3016: 0x3017,
    0x3018: 0x3019,
    0x301A: 0x301B,
    0xFE59: 0xFE5A,
    0xFE5B: 0xFE5C,
    0xFE5D: 0xFE5E,
    0xFF08: 0xFF09,
    0xFF3B: 0xFF3D,
    0xFF5B: 0xFF5D,
    0xFF5F: 0xFF60,
    0xFF62: 0xFF63,
}
_CLOSING = {close: opening for opening, close in _PAIRS.items()}
_CANONICAL = {0x2329: 0x3008, 0x232A: 0x3009}
"""Brackets that are canonically equivalent match each other (BD16)."""
_MAX_DEPTH = 63


def may_need_bidi(text: str) -> bool:
    """True if the text has a right-to-left letter or an Arabic number in it."""
    return _RTL_POSSIBLE.search(text) is not None


def first_strong(text: str) -> str | None:
    """'ltr' or 'rtl' from the first strong letter (rules P2 and P3), None if there is none."""
    for char in text:
        kind = bidirectional(char)
        if kind == "L":
            return "ltr"
        if kind in ("R", "AL"):
            return "rtl"
    return None


def has_rtl_letters(text: str) -> bool:
    return may_need_bidi(text) and any(bidirectional(c) in ("R", "AL") for c in text)


def classes(text: str) -> list[str]:
    """Each character's bidirectional type, explicit embeddings ignored (see above)."""
    known = _CLASSES
    return [known.get(char) or _class(char) for char in text]


def _class(char: str) -> str:
    kind = bidirectional(char) or "L"
    if kind in _IGNORED:
        kind = "BN"
    elif kind in _ISOLATES:
        kind = "ON"
    _CLASSES[char] = kind
    return kind


_CLASSES: dict[str, str] = {}


def levels(text: str, rtl: bool) -> list[int]:
    """The resolved embedding level of every character of one paragraph (rules W1-I2).

    `rtl` is the paragraph direction. Boundary neutrals take the level of the character
    before them, as if kept in place (UAX #9 section 5.2)."""
    base = 1 if rtl else 0
    kinds = classes(text)
    kept = [i for i, kind in enumerate(kinds) if kind != "BN"]  # X9
    types = [kinds[i] for i in kept]
    original = list(types)
    chars = [ord(text[i]) for i in kept]
    edge = "R" if rtl else "L"  # sos and eos: no embeddings, so both are the base
    _weak(types, edge)
    _brackets(types, original, chars, edge)
    _neutrals(types, edge)
    resolved = [_implicit(kind, base) for kind in types]
    result = [base] * len(text)
    previous = base
    position = 0
    for i, kind in enumerate(kinds):
        if kind == "BN":
            result[i] = previous
        else:
            previous = result[i] = resolved[position]
            position += 1
    return result


def _weak(types: list[str], edge: str) -> None:
    count = len(types)
    previous = edge
    for k in range(count):  # W1: a mark takes the type of what it marks
        if types[k] == "NSM":
            types[k] = previous
        previous = types[k]
    strong = edge
    for k in range(count):  # W2: numbers after Arabic letters are Arabic numbers
        kind = types[k]
        if kind in ("L", "R", "AL"):
            strong = kind
        elif kind == "EN" and strong == "AL":
            types[k] = "AN"
    for k in range(count):  # W3
        if types[k] == "AL":
            types[k] = "R"
    for k in range(1, count - 1):  # W4: one separator between two numbers
        kind, before, after = types[k], types[k - 1], types[k + 1]
        if kind == "ES" and before == after == "EN":
            types[k] = "EN"
        elif kind == "CS" and before == after and before in ("EN", "AN"):
            types[k] = before
    k = 0
    while k < count:  # W5: terminators next to European numbers
        if types[k] != "ET":
            k += 1
            continue
        end = k
        while end < count and types[end] == "ET":
            end += 1
        if (k > 0 and types[k - 1] == "EN") or (end < count and types[end] == "EN"):
            types[k:end] = ["EN"] * (end - k)
        k = end
    for k in range(count):  # W6
        if types[k] in ("ES", "ET", "CS"):
            types[k] = "ON"
    strong = edge
    for k in range(count):  # W7: European numbers after L are L
        kind = types[k]
        if kind in ("L", "R"):
            strong = kind
        elif kind == "EN" and strong == "L":
            types[k] = "L"


def _bracket_pairs(types: list[str], chars: list[int]) -> list[tuple[int, int]]:
    """BD16: positions of matching bracket pairs, in order of their opening bracket."""
    stack: list[tuple[int, int]] = []
    pairs: list[tuple[int, int]] = []
    for k, char in enumerate(chars):
        if types[k] != "ON":
            continue
        char = _CANONICAL.get(char, char)
        if char in _PAIRS:
            if len(stack) == _MAX_DEPTH:
                break
            stack.append((_CANONICAL.get(_PAIRS[char], _PAIRS[char]), k))
        elif char in _CLOSING:
            for depth in range(len(stack) - 1, -1, -1):
                if stack[depth][0] == char:
                    pairs.append((stack[depth][1], k))
                    del stack[depth:]
                    break
    return sorted(pairs)


def _brackets(types: list[str], original: list[str], chars: list[int], edge: str) -> None:
    """N0: a bracket pair takes the direction of what it encloses, or of its context."""
    embedding = edge
    for opening, closing in _bracket_pairs(types, chars):
        inside = {_STRONG.get(types[k]) for k in range(opening + 1, closing)}
        if embedding in inside:
            direction = embedding
        elif inside & {"L", "R"}:
            context = edge
            for k in range(opening - 1, -1, -1):
                found = _STRONG.get(types[k])
                if found:
                    context = found
                    break
            direction = context
        else:
            continue
        for position in (opening, closing):
            types[position] = direction
            k = position + 1
            while k < len(types) and original[k] == "NSM":
                types[k] = direction
                k += 1


def _neutrals(types: list[str], edge: str) -> None:
    """N1 and N2: neutrals between two of the same direction take it, others the base."""
    count = len(types)
    k = 0
    while k < count:
        if types[k] not in _NEUTRAL:
            k += 1
            continue
        end = k
        while end < count and types[end] in _NEUTRAL:
            end += 1
        before = _STRONG.get(types[k - 1], edge) if k > 0 else edge
        after = _STRONG.get(types[end], edge) if end < count else edge
        fill = before if before == after else edge
        types[k:end] = [fill] * (end - k)
        k = end


def _implicit(kind: str, base: int) -> int:
    """I1 and I2."""
    if base == 0:
        return {"L": 0, "R": 1}.get(kind, 2)
    return 1 if kind == "R" else 2


def line_levels(text: str, paragraph: Sequence[int], start: int, end: int, rtl: bool) -> list[int]:
    """The levels of text[start:end] as one line, with rule L1 applied: whitespace at
    the end of the line and before a tab or paragraph mark goes back to the base level."""
    base = 1 if rtl else 0
    result = list(paragraph[start:end])
    kinds = classes(text[start:end])
    trailing = True
    for k in range(len(result) - 1, -1, -1):
        kind = kinds[k]
        if kind in ("S", "B"):
            result[k] = base
            trailing = True
        elif trailing and kind in _TRAILING:
            result[k] = base
        else:
            trailing = False
    return result


def reorder(levels: Sequence[int]) -> list[int]:
    """Rule L2: the indices of `levels` in visual order, left to right."""
    order = list(range(len(levels)))
    if not order:
        return order
    highest = max(levels)
    lowest_odd = min(levels) | 1
    for level in range(highest, lowest_odd - 1, -1):
        k = 0
        while k < len(order):
            if levels[order[k]] < level:
                k += 1
                continue
            end = k
            while end < len(order) and levels[order[end]] >= level:
                end += 1
            order[k:end] = order[k:end][::-1]
            k = end
    return order
