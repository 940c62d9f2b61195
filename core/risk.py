"""The EHRA sanitation risk index (Indeks Risiko Sanitasi) and its classes.

For each component the share (%) of households at risk; the index is the
weighted sum of the shares with the weights normalised to 1, so it stays a
percentage (0-100) whatever scale the user typed the weights in. Classes cut
the range of the indexes of the areas compared into four equal intervals,
(max - min) / 4, as EHRA does: 1 *kurang berisiko*, 2 *sedang*, 3 *tinggi*,
4 *sangat tinggi*. An index on an interval's edge takes the higher class.
"""

import math

from .reference import RISK_COMPONENTS

THIN = "thin"
CLASSES = ("1", "2", "3", "4")


class RiskError(ValueError):
    pass


def normalised_weights(weights):
    """``{component: weight}`` scaled to sum to 1. Raises on a negative weight,
    an unknown component or weights that sum to zero."""
    unknown = set(weights) - set(RISK_COMPONENTS)
    if unknown:
        raise RiskError("unknown risk components: {}".format(", ".join(sorted(unknown))))
    if any(w is None or w < 0 for w in weights.values()):
        raise RiskError("risk weights cannot be negative")
    total = float(sum(weights.values()))
    if total <= 0:
        raise RiskError("risk weights sum to zero")
    return {c: weights.get(c, 0.0) / total for c in RISK_COMPONENTS}


def risk_index(shares, weights):
    """Σ share × weight over the components, or None if a weighted component
    has no answers (an index over fewer components is not comparable)."""
    weights = normalised_weights(weights)
    total = 0.0
    for component, weight in weights.items():
        if weight == 0:
            continue
        value = shares.get(component)
        if value is None:
            return None
        total += value * weight
    return total


def equal_interval_classes(indexes):
    """The class ("1"-"4") of each index, by equal intervals over their range;
    None stays None. When every index is the same there is no range to cut and
    all take class "1" (nobody stands out)."""
    known = [x for x in indexes if x is not None]
    if not known:
        return [None for _ in indexes]
    low, high = min(known), max(known)
    width = (high - low) / 4.0
    classes = []
    for value in indexes:
        if value is None:
            classes.append(None)
        elif width == 0:
            classes.append(CLASSES[0])
        else:
            # Rounded so that an index on an edge is not pushed down by float noise.
            classes.append(CLASSES[min(3, math.floor(round((value - low) / width, 9)))])
    return classes


def interval_bounds(indexes):
    """The five class edges ``min, min+w, …, max`` of ``indexes``, for legends."""
    known = [x for x in indexes if x is not None]
    if not known:
        return None
    low, high = min(known), max(known)
    width = (high - low) / 4.0
    return tuple(low + k * width for k in range(5))
