"""Which RT/RW a feature belongs to: the rule, in pure Python.

The geometry tests are done by the caller (QGIS or an oracle); this module
decides between candidate areas so that the rule is one piece of code:

- a point inside one area belongs to it;
- a point exactly on a boundary shared by several areas belongs to the one
  with the lowest code, compared as numbers (RW 2 before RW 10; RT within
  RW), so the result never depends on the order the polygons were drawn;
- a line or polygon belongs to the area it overlaps most (length or area),
  ties again to the lowest code;
- a feature touching no area belongs to none and is flagged.
"""

import re


def code_key(code):
    """Sort key of a code such as "03", "RW 3", "12a" or a tuple of them."""
    if isinstance(code, (tuple, list)):
        return tuple(code_key(part) for part in code)
    text = "" if code is None else str(code).strip()
    match = re.search(r"\d+", text)
    return (0, int(match.group()), text) if match else (1, 0, text)


def choose_area(candidates):
    """The code of the chosen area, or None.

    ``candidates``: ``(code, overlap, inside)`` for every area the feature
    touches; ``overlap`` is the shared length or area (0 for points) and
    ``inside`` whether a point lies in the area's interior.
    """
    candidates = list(candidates)
    if not candidates:
        return None
    inside = [c for c in candidates if c[2]]
    if inside:
        candidates = inside
    best = max(c[1] for c in candidates)
    return min((c for c in candidates if c[1] == best), key=lambda c: code_key(c[0]))[0]
