"""csiap:areaindicators and the EHRA risk index: hand-worked cases, and every
count against an independent geopandas/pandas computation (sjoin + groupby)
on generated RTs and households."""

import random

import geopandas
import numpy
import pandas
import pytest
from csiap_planner.core import reference
from csiap_planner.core.indicators import AreaTally, ladder_step
from csiap_planner.core.risk import RiskError, equal_interval_classes, interval_bounds, risk_index
from hypothesis import given, settings
from hypothesis import strategies as st
from pyproj import Geod
from shapely.geometry import MultiPolygon, Point, Polygon, box

EPSG = 32748
X0, Y0 = 700000.0, 9300000.0
YEAR = 2026
COMPONENTS = reference.RISK_COMPONENTS


# --- Hand-worked ----------------------------------------------------------------

def test_risk_index_and_classes_by_hand():
    weights = {"water": 30, "wastewater": 30, "solid_waste": 20, "drainage": 10, "hygiene": 10}
    shares = {
        "A": (50, 40, 20, 10, 30),   # 15 + 12 + 4 + 1 + 3 = 35
        "B": (10, 10, 10, 10, 10),   # 10 (the lowest)
        "C": (80, 70, 60, 50, 40),   # 24 + 21 + 12 + 5 + 4 = 66 (the highest)
        "D": (20, 90, 40, 30, 60),   # 6 + 27 + 8 + 3 + 6 = 50
        "E": (24, 24, 24, 24, 24),   # 24: exactly on the first edge
    }
    index = {k: risk_index(dict(zip(COMPONENTS, v)), weights) for k, v in shares.items()}
    assert index == pytest.approx({"A": 35, "B": 10, "C": 66, "D": 50, "E": 24})
    # Range 10-66, width 14: edges 10, 24, 38, 52, 66; an index on an edge goes up.
    assert interval_bounds(list(index.values())) == pytest.approx((10, 24, 38, 52, 66))
    classes = dict(zip(index, equal_interval_classes(list(index.values()))))
    assert classes == {"A": "2", "B": "1", "C": "4", "D": "3", "E": "2"}
    # Weights on another scale give the same index (normalised), and missing data gives none.
    assert risk_index(dict(zip(COMPONENTS, shares["A"])), {k: v / 100 for k, v in weights.items()}) == \
        pytest.approx(35)
    assert risk_index(dict(zip(COMPONENTS, (50, None, 20, 10, 30))), weights) is None
    assert risk_index(dict(zip(COMPONENTS, (50, None, 20, 10, 30))), dict(weights, wastewater=0)) == \
        pytest.approx((15 + 4 + 1 + 3) / 0.7)


def test_classes_of_equal_or_missing_indexes():
    assert equal_interval_classes([12.0, 12.0, None]) == ["1", "1", None]
    assert equal_interval_classes([None]) == [None]
    with pytest.raises(RiskError):
        risk_index({}, {"water": -1})
    with pytest.raises(RiskError):
        risk_index({}, {c: 0 for c in COMPONENTS})


def test_density_presets_at_their_edges():
    sanitasi, puslitbang = reference.SANITASI_NET_2015, reference.PUSLITBANG_2011
    assert [sanitasi.classify(d) for d in (99.9, 100, 300, 300.1)] == ["low", "medium", "medium", "high"]
    assert [puslitbang.classify(d) for d in (150, 150.5, 200, 400, 400.1)] == \
        ["low", "medium", "medium", "high", "very_high"]
    assert sanitasi.classify(None) is None
    for preset in reference.DENSITY_PRESETS:
        assert "jiwa/ha" in preset.source and any(str(y) in preset.source for y in (2011, 2015))


def household(access=None, toilet=None, containment=None, desludged=None, **kw):
    return dict(toilet_access=access, toilet_type=toilet, containment=containment,
                last_desludged_year=desludged, **kw)


def test_ladder_layak_and_aman_by_hand():
    ten = [
        household("own", "flush", "septic_tank", 2024),     # safely managed: emptied 2 years ago
        household("own", "flush", "septic_tank", 2019),     # basic: 7 years ago; layak, not aman
        household("own", "flush", "sewer"),                 # safely managed (off-site)
        household("shared", "flush", "septic_tank", 2025),  # limited; layak (shared), not aman
        household("public", "flush", "septic_tank"),        # limited; not layak (public MCK)
        household("own", "flush", "open_drain"),            # unimproved
        household("own", "pit_open", "pit"),                # unimproved
        household("none", "none"),                          # open defecation
        household("own", "pit_slab", "pit"),                # basic; not layak (no septic tank)
        household(),                                        # not answered
    ]
    steps = [ladder_step(h, YEAR) for h in ten]
    assert steps == ["safely_managed", "basic", "safely_managed", "limited", "limited", "unimproved",
                     "unimproved", "open_defecation", "basic", None]
    tally = AreaTally(YEAR)
    for h in ten:
        tally.add_household(h)
    values = tally.values()
    assert values["layak_households"] == 4 and values["aman_households"] == 2
    assert values["layak_share"] == pytest.approx(100 * 4 / 9)  # of the 9 that answered
    assert values["babs_households"] == 1
    # 4 septic tanks: 2024 (2 y), 2019 (7 y), 2025 (1 y), public with no year (counts as overdue).
    assert (values["septic_tanks"], values["septic_overdue"]) == (4, 2)
    assert values["ladder_unknown"] == 1 and values["ladder_safely_managed_share"] == pytest.approx(100 * 2 / 9)
    # Wastewater risk: overdue tanks 2, open drain, pit_open, BABS, pit = 6 of 9 answered.
    assert values["risk_wastewater"] == pytest.approx(100 * 6 / 9)


def test_risk_components_by_hand():
    tally = AreaTally(YEAR)
    for answers in (
        dict(water_source="protected_well", well_distance_m=6, solid_waste="burned", standing_water=True,
             handwashing="soap_water"),
        dict(water_source="piped", solid_waste="collected", standing_water=False, handwashing="water_only"),
        dict(water_source="surface", solid_waste="river", standing_water=None, handwashing=None),
        dict(water_source="borehole", well_distance_m=12, solid_waste="composted", standing_water=False,
             handwashing="soap_water"),
    ):
        tally.add_household(household(**answers))
    values = tally.values()
    assert values["risk_water"] == pytest.approx(50)        # well at 6 m, river water
    assert values["risk_solid_waste"] == pytest.approx(50)  # burned, river
    assert values["risk_drainage"] == pytest.approx(100 / 3)
    assert values["risk_hygiene"] == pytest.approx(100 / 3)
    assert values["risk_wastewater"] is None                # nobody answered the toilet questions
    assert values["wells_near_septic"] == 1


# --- An independent pandas oracle for the counts ----------------------------------

ACCESS = [None, "own", "shared", "public", "none"]
TOILET = [None, "flush", "pit_slab", "pit_open", "hanging", "none"]
CONTAINMENT = [None, "septic_tank", "sewer", "pit", "open_drain", "unknown"]
WATER = [None, "piped", "borehole", "protected_well", "unprotected_well", "spring", "rainwater", "bottled", "surface"]
WASTE = [None, "collected", "composted", "burned", "buried", "river", "open_dump"]
HANDS = [None, "soap_water", "water_only", "none"]

answers = st.fixed_dictionaries({
    "toilet_access": st.sampled_from(ACCESS), "toilet_type": st.sampled_from(TOILET),
    "containment": st.sampled_from(CONTAINMENT),
    "last_desludged_year": st.one_of(st.none(), st.integers(2010, YEAR)),
    "water_source": st.sampled_from(WATER), "well_distance_m": st.one_of(st.none(), st.floats(0, 30)),
    "solid_waste": st.sampled_from(WASTE), "standing_water": st.sampled_from([None, True, False]),
    "handwashing": st.sampled_from(HANDS), "low_income": st.sampled_from([None, True, False]),
    "members": st.integers(1, 30),
})


def oracle_counts(frame, year=YEAR):
    """The indicator rules written again in pandas from their text, per household."""
    access, toilet, containment = frame.toilet_access, frame.toilet_type, frame.containment
    age = year - frame.last_desludged_year.astype(float)
    septic = containment == "septic_tank"
    layak = access.isin(["own", "shared"]) & (toilet == "flush") & containment.isin(["septic_tank", "sewer"])
    aman = layak & (access == "own") & ((containment == "sewer") | (septic & (age <= 5)))
    open_defecation = (access == "none") | (access.notna() & (toilet == "none"))
    known = access.notna() & toilet.notna()
    improved = (toilet == "pit_slab") | ((toilet == "flush") & (containment != "open_drain"))
    ladder = numpy.select(
        [open_defecation, ~known, ~improved, access.isin(["shared", "public"]), aman],
        ["open_defecation", "unknown", "unimproved", "limited", "safely_managed"], "basic")
    overdue = septic & ~(age <= 3)
    own_well = frame.water_source.isin(["protected_well", "unprotected_well", "borehole"])
    near = own_well & (frame.well_distance_m.astype(float) < 10)
    bad_toilet = (access == "none") | toilet.isin(["pit_open", "hanging"])
    wastewater = numpy.where(bad_toilet, 1.0, numpy.where(
        access.isna() | containment.isna(), numpy.nan,
        (containment.isin(["pit", "open_drain", "unknown"]) | overdue).astype(float)))
    return pandas.DataFrame({
        "ladder": ladder, "layak": layak & access.notna(), "aman": aman, "babs": access == "none",
        "access_answered": access.notna(), "septic": septic, "overdue": overdue, "near": near,
        "low_income": frame.low_income.fillna(False).astype(bool), "income_answered": frame.low_income.notna(),
        "members": frame.members,
        "risk_water": numpy.where(frame.water_source.isna(), numpy.nan,
                                  (frame.water_source.isin(["unprotected_well", "surface"]) | near).astype(float)),
        "risk_wastewater": wastewater,
        "risk_solid_waste": numpy.where(frame.solid_waste.isna(), numpy.nan,
                                        frame.solid_waste.isin(["burned", "river", "open_dump"]).astype(float)),
        "risk_drainage": frame.standing_water.map({True: 1.0, False: 0.0}),
        "risk_hygiene": numpy.where(frame.handwashing.isna(), numpy.nan,
                                    (frame.handwashing != "soap_water").astype(float)),
    }, index=frame.index)


def expected_values(per_household):
    """Per-area values from the per-household oracle (one area's rows)."""
    d = per_household
    answered = d.access_answered.sum()
    known = (d.ladder != "unknown").sum()
    def pct(n, total):
        return None if not total else 100.0 * n / total

    values = {
        "households_surveyed": len(d), "members_surveyed": int(d.members.sum()),
        "layak_households": int(d.layak.sum()), "aman_households": int(d.aman.sum()),
        "babs_households": int(d.babs.sum()), "septic_tanks": int(d.septic.sum()),
        "septic_overdue": int(d.overdue.sum()), "wells_near_septic": int(d.near.sum()),
        "low_income_households": int(d.low_income.sum()),
        "layak_share": pct(d.layak.sum(), answered),
        "low_income_share": pct(d.low_income.sum(), d.income_answered.sum()),
        "ladder_unknown": int((d.ladder == "unknown").sum()),
    }
    for step in ("safely_managed", "basic", "limited", "unimproved", "open_defecation"):
        values["ladder_" + step] = int((d.ladder == step).sum())
        values["ladder_{}_share".format(step)] = pct((d.ladder == step).sum(), known)
    for component in COMPONENTS:
        column = d["risk_" + component].dropna()
        values["risk_" + component] = None if column.empty else 100.0 * column.mean()
    return values


def assert_same(got, expected):
    for name, value in expected.items():
        if value is None or (isinstance(value, float) and numpy.isnan(value)):
            assert got[name] is None or numpy.isnan(got[name]), name
        else:
            assert got[name] == pytest.approx(value), name


@settings(max_examples=300, deadline=None)
@given(st.lists(answers, max_size=25))
def test_generated_households_match_the_pandas_oracle(households):
    tally = AreaTally(YEAR)
    for h in households:
        tally.add_household(h)
    frame = pandas.DataFrame(households)
    if frame.empty:
        assert tally.values()["households_surveyed"] == 0
        return
    frame = frame.astype(object).where(frame.notna(), None)
    assert_same(tally.values(), expected_values(oracle_counts(frame)))


# --- The algorithm on a workspace, against geopandas sjoin + groupby ------------------

def rt_polygons():
    """4 × 3 RT cells of 100 m over two RW; RT 01/06 has a hole, RT 02/03 is two parts."""
    rows = []
    for j in range(3):
        for i in range(4):
            rw = "01" if i < 2 else "02"
            code = "{:02d}".format(j * 2 + i % 2 + 1)
            cell = box(X0 + i * 100, Y0 + j * 100, X0 + (i + 1) * 100, Y0 + (j + 1) * 100)
            if (rw, code) == ("01", "06"):
                cell = Polygon(cell.exterior.coords, [box(X0 + 140, Y0 + 240, X0 + 160, Y0 + 260).exterior.coords])
            rows.append({"rw": rw, "code": code, "geometry": cell})
    rows.append({"rw": "02", "code": "03", "geometry": MultiPolygon([box(X0 + 500, Y0, X0 + 550, Y0 + 50)])})
    frame = geopandas.GeoDataFrame(rows, crs=EPSG).dissolve(by=["rw", "code"], as_index=False)
    frame["population"] = [450 if k % 3 else None for k in range(len(frame))]
    frame["name"] = ["RT " + c for c in frame.code]
    return frame


def generated_households(seed, count=600):
    rng = random.Random(seed)
    rows = []
    for n in range(count):
        if n % 50 == 0:   # on a shared edge or corner
            point = Point(X0 + 100 * rng.randint(0, 4), Y0 + 100 * rng.randint(0, 3) if n % 100 else Y0 + 50)
        elif n % 97 == 0:  # in the hole, or outside
            point = rng.choice([Point(X0 + 150, Y0 + 250), Point(X0 - 30, Y0 - 30)])
        elif n % 89 == 0:
            point = Point(X0 + rng.uniform(500, 550), Y0 + rng.uniform(0, 50))  # second part of RW 02 RT 03
        else:
            point = Point(X0 + rng.uniform(0, 400), Y0 + rng.uniform(0, 300))
        row = {name: rng.choice(values) for name, values in (
            ("toilet_access", ACCESS), ("toilet_type", TOILET), ("containment", CONTAINMENT),
            ("water_source", WATER), ("solid_waste", WASTE), ("handwashing", HANDS),
            ("standing_water", [None, True, False]), ("low_income", [None, True, False]))}
        row.update(uuid="hh-{}".format(n), members=rng.randint(1, 9), geometry=point,
                   last_desludged_year=rng.choice([None] + list(range(2012, YEAR + 1))),
                   well_distance_m=rng.choice([None, rng.uniform(0, 25)]))
        rows.append(row)
    # Few households in RW 02 / RT 06: a thin area.
    return [r for r in rows if not (r["geometry"].x > X0 + 300 and r["geometry"].y > Y0 + 200
                                    and r["geometry"].x < X0 + 400 and int(r["uuid"][3:]) % 40)]


def geodesic_ha(geometry, geod):
    """Area on the WGS84 ellipsoid (pyproj), holes taken out whatever their ring orientation."""
    parts = geometry.geoms if hasattr(geometry, "geoms") else [geometry]
    def ring(r):
        return abs(geod.polygon_area_perimeter(*r.xy)[0])

    return sum(ring(p.exterior) - sum(ring(h) for h in p.interiors) for p in parts) / 10000


def test_workspace_indicators_match_geopandas(csiap_processing, any_workspace, seed_rows, attach_oracle, read_layer):
    import processing

    areas = rt_polygons()
    seed_rows(any_workspace, "rt", [
        {"uuid": "rt-{}-{}".format(r.rw, r.code), "rw": r.rw, "code": r.code, "name": r.name,
         "population": None if pandas.isna(r.population) else int(r.population), "geometry": r.geometry}
        for r in areas.itertuples()])
    households = generated_households(7)
    seed_rows(any_workspace, "households", households)
    problems = [{"uuid": "p-{}".format(n), "category": c, "season": s,
                 "geometry": Point(X0 + 10 + 37 * n % 390, Y0 + 10 + 23 * n % 290)}
                for n, (c, s) in enumerate([("genangan", "rainy"), ("genangan", "rainy"), ("babs", None),
                                            ("solid_waste", "dry"), ("flooding", "rainy"), ("genangan", "dry")] * 4)]
    seed_rows(any_workspace, "problems", problems)
    septic_near = [h for h in households if h["containment"] == "septic_tank"][0]["geometry"]
    seed_rows(any_workspace, "facilities", [
        {"uuid": "w1", "kind": "public_well", "geometry": Point(septic_near.x + 6, septic_near.y)},
        {"uuid": "w2", "kind": "public_well", "geometry": Point(X0 + 550, Y0 + 299)},
        {"uuid": "m1", "kind": "mosque", "geometry": Point(septic_near.x + 1, septic_near.y)},
    ])

    result = processing.run("csiap:areaindicators", {"WORKSPACE": any_workspace, "LEVEL": 0, "MIN_SURVEYED": 10,
                                                     "REFERENCE_YEAR": YEAR})
    got = read_layer(any_workspace, "area_indicators")
    got = {(r["rw"], r["rt"]): r for _, r in got.iterrows()}
    assert result["AREAS"] == len(areas) == len(got)

    # The oracle: sjoin + the boundary rule, then groupby area.
    frame = geopandas.GeoDataFrame(households, crs=EPSG)
    placed = attach_oracle(frame, areas)
    def label(code):  # tuples do not compare in a Series
        return None if code is None else "/".join(code)

    frame["place"] = [label(placed[i]) for i in frame.index]  # not "area": a GeoDataFrame property
    frame = frame[frame.place.notna()]
    per_household = oracle_counts(pandas.DataFrame(frame.drop(columns="geometry")).astype(object).where(
        frame.notna(), None))
    per_household["place"] = frame.place
    problem_frame = geopandas.GeoDataFrame(problems, crs=EPSG)
    problem_frame["place"] = pandas.Series({i: label(c) for i, c in attach_oracle(problem_frame, areas).items()})
    geod = Geod(ellps="WGS84")
    indexes = {}
    for area in areas.itertuples():
        key = (area.rw, area.code)
        row = got[key]
        mine = per_household[per_household.place == label(key)]
        assert_same(row, expected_values(mine))
        on_ground = geodesic_ha(geopandas.GeoSeries([area.geometry], crs=EPSG).to_crs(4326).iloc[0], geod)
        assert row["area_ha"] == pytest.approx(on_ground, rel=1e-3)
        population = area.population if not pandas.isna(area.population) else mine.members.sum()
        assert row["population"] == population
        assert row["population_basis"] == ("registered" if not pandas.isna(area.population) else "surveyed")
        assert row["density"] == pytest.approx(population / on_ground, rel=1e-3)
        assert row["density_class"] == reference.SANITASI_NET_2015.classify(row["density"])
        assert bool(row["data_thin"]) == (len(mine) < 10)
        mine_problems = problem_frame[problem_frame.place == label(key)]
        assert row["problems_total"] == len(mine_problems)
        assert row["problems_genangan_rainy"] == ((mine_problems.category == "genangan")
                                                  & (mine_problems.season == "rainy")).sum()
        assert row["problems_babs"] == (mine_problems.category == "babs").sum()
        if row["data_thin"]:
            assert row["risk_class"] == "thin" and pandas.isna(row["risk_index"])
        else:
            expected = expected_values(mine)
            indexes[key] = sum(expected["risk_" + c] * 0.2 for c in COMPONENTS)
            assert row["risk_index"] == pytest.approx(indexes[key])
    assert any(bool(r["data_thin"]) for r in got.values()), "the generated data must have a thin RT"
    low, high = min(indexes.values()), max(indexes.values())
    for key, value in indexes.items():
        expected_class = str(min(4, int((value - low) / ((high - low) / 4)) + 1))
        assert got[key]["risk_class"] == expected_class, key
    assert result["THIN"] == sum(bool(r["data_thin"]) for r in got.values())
    # Public wells: w1 lies 6 m from a septic tank (SNI 03-2398-2002: 10 m); the mosque is no well.
    assert sum(int(r["public_wells_near_septic"]) for r in got.values()) == 1
    weights = read_layer(any_workspace, "risk_weights")
    assert sorted(weights.component) == sorted(COMPONENTS) and set(weights.weight) == {20.0}
    assert weights.is_default.all() and "bukan angka resmi" in weights.source.iloc[0]


def test_rw_level_user_weights_and_rerun_replace(csiap_processing, any_workspace, seed_rows, attach_oracle, read_layer):
    import processing

    areas = rt_polygons()
    rw = areas.dissolve(by="rw", as_index=False)
    rw["code"] = rw.rw
    seed_rows(any_workspace, "rw", [{"uuid": "rw-" + r.rw, "code": r.rw, "geometry": r.geometry}
                                     for r in rw.itertuples()])
    households = generated_households(3, 300)
    seed_rows(any_workspace, "households", households)
    parameters = {"WORKSPACE": any_workspace, "LEVEL": 1, "WEIGHT_WATER": 40, "WEIGHT_WASTEWATER": 40,
                  "WEIGHT_SOLID_WASTE": 10, "WEIGHT_DRAINAGE": 10, "WEIGHT_HYGIENE": 0,
                  "WEIGHTS_SOURCE": "Pokja Sanitasi, rapat 2026-10-01", "DENSITY_CLASSES": 1}
    processing.run("csiap:areaindicators", parameters)
    processing.run("csiap:areaindicators", parameters)  # a re-run replaces, never appends
    got = read_layer(any_workspace, "area_indicators")
    assert sorted(got.rw) == ["01", "02"] and got.rt.isna().all() and set(got.level) == {"RW"}
    frame = geopandas.GeoDataFrame(households, crs=EPSG)
    placed = [code[0] for code in attach_oracle(frame, rw).values() if code is not None]
    for row in got.itertuples():
        assert row.households_surveyed == placed.count(row.rw)
        expected = (0.4 * row.risk_water + 0.4 * row.risk_wastewater + 0.1 * row.risk_solid_waste
                    + 0.1 * row.risk_drainage)
        assert row.risk_index == pytest.approx(expected)
        assert row.density_preset == "puslitbang_2011"
        assert row.weights_source == "Pokja Sanitasi, rapat 2026-10-01"
    weights = read_layer(any_workspace, "risk_weights")
    assert len(weights) == 5 and not weights.is_default.any()
    assert dict(zip(weights.component, weights.weight))["water"] == pytest.approx(40)


def test_without_areas_or_with_zero_weights_the_workspace_is_unchanged(csiap_processing, any_workspace, seed_rows,
                                                                       workspace_state):
    import traceback

    from qgis.core import QgsProcessingException

    import processing

    before = workspace_state(any_workspace)
    with pytest.raises(QgsProcessingException, match="no RT polygons") as caught:
        processing.run("csiap:areaindicators", {"WORKSPACE": any_workspace})
    traceback.clear_frames(caught.tb)
    assert workspace_state(any_workspace) == before
    seed_rows(any_workspace, "rt", [{"uuid": "x", "rw": "01", "code": "01", "geometry": box(X0, Y0, X0 + 9, Y0 + 9)}])
    before = workspace_state(any_workspace)
    zero = {"WEIGHT_" + c.upper(): 0 for c in COMPONENTS}
    with pytest.raises(QgsProcessingException, match="add up to zero") as caught:
        processing.run("csiap:areaindicators", dict(zero, WORKSPACE=any_workspace, LANGUAGE=1))
    traceback.clear_frames(caught.tb)
    assert workspace_state(any_workspace) == before


def test_sample_kelurahan_against_geopandas(csiap_processing, any_workspace, import_sample, attach_oracle, read_layer):
    """The sample (real RW, synthetic RT and households), imported as `make demo` does."""
    import processing

    import_sample(any_workspace, problems=False)
    result = processing.run("csiap:areaindicators", {"WORKSPACE": any_workspace, "REFERENCE_YEAR": YEAR})
    got = read_layer(any_workspace, "area_indicators").set_index(["rw", "rt"])
    areas = read_layer(any_workspace, "rt")
    households = read_layer(any_workspace, "households").drop(columns=["rw", "rt"])
    placed = attach_oracle(households, areas)
    households["place"] = ["/".join(placed[i]) if placed[i] else None for i in households.index]
    frame = pandas.DataFrame(households.drop(columns="geometry"))
    frame = frame.astype(object).where(frame.notna(), None)
    frame["low_income"] = frame.low_income.map(lambda v: None if v is None else bool(v))
    frame["standing_water"] = frame.standing_water.map(lambda v: None if v is None else bool(v))
    per_household = oracle_counts(frame)
    per_household["place"] = households.place
    assert result["AREAS"] == len(areas) == len(got)
    for (rw, rt), row in got.iterrows():
        assert_same(row, expected_values(per_household[per_household.place == "{}/{}".format(rw, rt)]))
    assert got.households_surveyed.sum() == households.place.notna().sum() == len(households)
    thin = got[got.households_surveyed < 10]
    assert len(thin) and (thin.risk_class == "thin").all() and thin.risk_index.isna().all()
