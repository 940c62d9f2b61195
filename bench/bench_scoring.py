"""Benchmark: the scoring matrix at scale, and one edit in the "Matrik Skoring" dock.

- 10,000 locations × 12 options × 10 criteria ranked with ``core.scoring``
  (target ≤ 1 s), then the same with the ±20 % sensitivity analysis; the
  anchor in the same run is a bare weighted sum of the same matrix (no
  normalisation, no ranking) in plain Python.
- One cell edited in the dock, ranking and chart redrawn (target ≤ 50 ms),
  median of 50 edits.

Run by hand: ``make bench``.
"""

import os
import random
import statistics
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "scripts"))
from qgis_app import start  # noqa: E402

LOCATIONS, OPTIONS, CRITERIA = 10000, 12, 10


def matrix(rng):
    criteria = ["c{}".format(k) for k in range(CRITERIA)]
    return criteria, {"L{}".format(n): {"o{}".format(o): {c: rng.uniform(1, 5) for c in criteria}
                                        for o in range(OPTIONS)} for n in range(LOCATIONS)}


def main():
    start()
    from csiap_planner.core.scoring import score_location, sensitivity

    rng = random.Random(1)
    criteria, locations = matrix(rng)
    weights = {c: rng.uniform(1, 10) for c in criteria}
    directions = {c: "cost" if k % 3 == 0 else "gain" for k, c in enumerate(criteria)}

    started = time.perf_counter()
    for values in locations.values():
        {o: sum(v[c] * weights[c] for c in criteria) for o, v in values.items()}
    anchor = time.perf_counter() - started

    started = time.perf_counter()
    for values in locations.values():
        score_location(values, weights, directions)
    ranked = time.perf_counter() - started

    started = time.perf_counter()
    for values in locations.values():
        sensitivity(values, weights, directions)
    sensitive = time.perf_counter() - started
    print("{} locations × {} options × {} criteria: ranked {:.2f} s (target ≤ 1 s), sensitivity ±20 % {:.2f} s; "
          "bare weighted sum {:.2f} s (ratio {:.1f})".format(LOCATIONS, OPTIONS, CRITERIA, ranked, sensitive,
                                                             anchor, ranked / anchor))
    print("dock edit: median {:.1f} ms (target ≤ 50 ms)".format(dock_edit(criteria, locations, weights, directions)))


def dock_edit(criteria, locations, weights, directions):
    from csiap_planner.plugin.scoring_dock import ScoringDock

    dock = ScoringDock()
    location = next(iter(locations))
    dock.show_matrix({location: locations[location]}, criteria, weights, directions)
    times = []
    for k in range(50):
        started = time.perf_counter()
        dock.matrix_table.item(k % OPTIONS, k % CRITERIA).setText("{:.2f}".format(1 + (k % 40) / 10))
        times.append(time.perf_counter() - started)
    dock.deleteLater()
    return 1000 * statistics.median(times)


if __name__ == "__main__":
    main()
