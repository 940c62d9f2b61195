"""Benchmark: the scoring matrix at scale, and one edit in the "Matrik Skoring" dock.

- 10,000 locations × 12 options × 10 criteria ranked with ``core.scoring``
  (target ≤ 1 s), then the same with the ±20 % sensitivity analysis; the
  anchor in the same run is a bare weighted sum of the same matrix (no
  normalisation, no ranking) in plain Python.
- The starting matrix derived from each place's own data (``core.starting``:
  cost from unit costs and pipe length, land, site suitability, health from the
  hazards, community defaults) for 10,000 places × 12 options × 10 criteria,
  then ranked (target ≤ 1 s for both); anchor: the same bare weighted sum.
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
    derive_and_rank(rng, anchor)
    print("dock edit: median {:.1f} ms (target ≤ 50 ms)".format(dock_edit(criteria, locations, weights, directions)))


def places(rng):
    """10,000 places with every condition, household count, area and hazard the derivation reads."""
    return [{"households": rng.randint(10, 400), "area_ha": rng.uniform(1, 10), "density": rng.uniform(20, 400),
             "groundwater_depth_m": rng.uniform(0.3, 6), "permeability_cm_h": rng.uniform(0.5, 12),
             "slope_pct": rng.uniform(0, 5), "flood_prone": rng.random() < 0.3, "truck_access": rng.random() < 0.8,
             "water_lpcd": rng.uniform(30, 150), "households_surveyed": 40, "layak_households": rng.randint(0, 40),
             "babs_households": rng.randint(0, 5), "wells_near_septic": rng.randint(0, 10),
             "land_m2": rng.uniform(50, 500)} for _ in range(LOCATIONS)]


def derive_and_rank(rng, anchor):
    from csiap_planner.core.costs import FIXED, PER_HOUSEHOLD, PER_METRE, UnitCost, price_table
    from csiap_planner.core.options import CRITERIA as CATALOGUE_CRITERIA
    from csiap_planner.core.options import OPTIONS as CATALOGUE
    from csiap_planner.core.options import Option
    from csiap_planner.core.scoring import score_location
    from csiap_planner.core.starting import REMOVES, starting_values
    from csiap_planner.core.suitability import MEMBERSHIP

    # 12 options: the catalogue's five, each again in larger sizes; 10 criteria: the six and four more.
    options = [Option(base.code if k < 5 else "{}_{}".format(base.code, k), base.name_id, base.name_en, base.system,
                      base.requirements, (base.max_households or 1) * (1 + k // 5))
               for k, base in ((k, CATALOGUE[k % 5]) for k in range(OPTIONS))]
    for variant in options[5:]:   # the larger sizes suit a place and remove hazards as their base option does
        base = variant.code.rsplit("_", 1)[0]
        MEMBERSHIP[variant.code], REMOVES[variant.code] = MEMBERSHIP[base], REMOVES[base]
    costs = price_table([UnitCost(o.code, "item", unit, price) for o in options
                         for unit, price in ((FIXED, 1e8), (PER_HOUSEHOLD, 1e6), (PER_METRE, 2e5))])
    criteria = [c.code for c in CATALOGUE_CRITERIA] + ["extra{}".format(k) for k in range(CRITERIA - 6)]
    catalogue = {o.code: {c: rng.uniform(1, 5) for c in criteria} for o in options}   # O&M, acceptance, the extra
    weights = {c: 1.0 for c in criteria}
    directions = {"cost": "cost", "land": "cost"}
    found = places(rng)
    started = time.perf_counter()
    matrices = [starting_values(place, options, criteria, costs, catalogue) for place in found]
    derived = time.perf_counter() - started
    for values in matrices:
        score_location(values, weights, directions)
    total = time.perf_counter() - started
    print("starting matrix from each place's data, {} places × {} options × {} criteria: derived {:.2f} s, "
          "derived and ranked {:.2f} s (target ≤ 1 s: {:.0%} of it); bare weighted sum {:.2f} s (ratio {:.1f})".format(
              LOCATIONS, OPTIONS, CRITERIA, derived, total, total, anchor, total / anchor))


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
