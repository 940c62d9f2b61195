"""Make the synthetic part of the sample: RT polygons and survey exports.

A developer tool (run by hand; the results are committed): it needs geopandas
and shapely, which the plugin itself never uses.

- ``rt_synthetic`` (in sample/pondok_pinang.gpkg): each real RW of Pondok
  Pinang split into RTs along the OSM roads, blocks grown into RTs of similar
  size from seeded starting blocks. No open RT data exists for Jakarta.
- ``sample/survey_households_synthetic.csv``: one household per OSM
  residential building, answers drawn from the distributions below, written
  as a KoboToolbox CSV export of ``sample/household_survey.xlsx`` would be.
  A few flood-prone RWs with no mapped buildings get a handful of randomly
  placed households; every other RT there has none (too little data).
- ``sample/survey_problems_synthetic.csv``: problems named at rembuk meetings.

Everything here is synthetic and says so (``data_source = synthetic``).
Deterministic: the same seed gives the same files.
"""

import csv
import datetime
import math
import os
import random
import sys
import uuid

import geopandas
from shapely.geometry import LineString, Point
from shapely.ops import polygonize, unary_union

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLE = os.path.join(ROOT, "sample", "pondok_pinang.gpkg")
UTM = 32748
SEED = 20261128
RT_HECTARES = 6.0          # a Jakarta RT covers a few hectares
THIN_RW_WITH_HOUSEHOLDS = ("RW 01", "RW 05", "RW 08")  # flood-prone, no buildings mapped
TRUCK_ROADS = ("primary", "secondary", "residential", "service", "primary_link")

# Survey answers: (value, weight). Stated here and in sample/README.md.
DISTRIBUTIONS = {
    "toilet_access": [("own", 80), ("shared", 10), ("public", 5), ("none", 5)],
    "toilet_type": [("flush", 90), ("pit_slab", 6), ("pit_open", 4)],
    "containment": [("septic_tank", 70), ("pit", 10), ("open_drain", 12), ("unknown", 8)],
    "water_source": [("piped", 30), ("borehole", 45), ("protected_well", 15), ("unprotected_well", 5),
                     ("bottled", 5)],
    "handwashing": [("soap_water", 60), ("water_only", 30), ("none", 10)],
    "solid_waste": [("collected", 65), ("burned", 15), ("river", 8), ("open_dump", 7), ("composted", 5)],
}
NEVER_DESLUDGED = 0.5
STANDING_WATER = {"YES": 0.45, "NO": 0.15}   # by the RW's FLOODPRONE flag
LOW_INCOME = 0.35
UNANSWERED = 0.03                            # each question left blank this often
PROBLEMS = [("genangan", "rainy", 30), ("flooding", "rainy", 15), ("blocked_drain", "all_year", 20),
            ("solid_waste", "all_year", 15), ("babs", "dry", 8), ("full_septic", "all_year", 7),
            ("polluted_well", "dry", 5)]


def pick(rng, choices):
    values, weights = zip(*choices)
    return rng.choices(values, weights)[0]


def blocks_of(rw_polygon, roads):
    """The RW cut along its roads into blocks."""
    lines = [rw_polygon.boundary] + [r for r in roads.geometry.intersection(rw_polygon) if not r.is_empty]
    blocks = [b for b in polygonize(unary_union(lines)) if rw_polygon.contains(b.representative_point())]
    return [b for b in blocks if b.area > 50] or [rw_polygon]


def split(block):
    """Two halves of a block, cut across its longer side through its centroid."""
    minx, miny, maxx, maxy = block.bounds
    c = block.centroid
    if maxx - minx >= maxy - miny:
        cut = LineString([(c.x, miny - 1), (c.x, maxy + 1)])
    else:
        cut = LineString([(minx - 1, c.y), (maxx + 1, c.y)])
    parts = [p for p in polygonize(unary_union([block.boundary, cut])) if block.contains(p.representative_point())]
    return parts if len(parts) >= 2 else [block]


def grow_rts(blocks, count, rng):
    """``count`` groups of adjacent blocks of similar area, grown from seeded blocks."""
    while len(blocks) < count:
        blocks.sort(key=lambda b: b.area)
        halves = split(blocks[-1])
        if len(halves) < 2:
            break
        blocks = blocks[:-1] + halves
    count = min(count, len(blocks))
    seeds = rng.sample(range(len(blocks)), count)
    owner = {b: k for k, b in enumerate(seeds)}
    areas = [blocks[b].area for b in seeds]
    touching = {i: [j for j in range(len(blocks)) if j != i and blocks[i].distance(blocks[j]) < 1.0]
                for i in range(len(blocks))}
    while len(owner) < len(blocks):
        grown = False
        for k in sorted(range(count), key=lambda k: areas[k]):  # the smallest RT grows first
            frontier = sorted({j for i, o in owner.items() if o == k for j in touching[i] if j not in owner})
            if frontier:
                j = frontier[0]
                owner[j], areas[k], grown = k, areas[k] + blocks[j].area, True
                break
        if not grown:  # islands with no touching block: nearest RT
            for j in range(len(blocks)):
                if j not in owner:
                    nearest = min(owner, key=lambda i: blocks[i].distance(blocks[j]))
                    owner[j] = owner[nearest]
                    areas[owner[j]] += blocks[j].area
    return [unary_union([blocks[i] for i, o in owner.items() if o == k]) for k in range(count)]


def make_rts(rng):
    rw = geopandas.read_file(SAMPLE, layer="rw").to_crs(UTM)
    roads = geopandas.read_file(SAMPLE, layer="roads_osm2012").to_crs(UTM)
    rows = []
    for feature in rw.sort_values("RW").itertuples():
        polygon = feature.geometry.buffer(0)
        count = max(3, min(16, round(polygon.area / 10000 / RT_HECTARES)))
        rts = grow_rts(blocks_of(polygon, roads), count, rng)
        # Numbered from the north-west, as RTs usually are on kelurahan maps.
        rts.sort(key=lambda g: (-round(g.centroid.y, -2), g.centroid.x))
        for number, geometry in enumerate(rts, start=1):
            rows.append({"RW": feature.RW, "RT": "{:03d}".format(number), "KETERANGAN": "sintetis (synthetic)",
                         "FLOODPRONE": feature.FLOODPRONE, "geometry": geometry})
    return geopandas.GeoDataFrame(rows, crs=UTM)


def answers(rng, flood_prone):
    a = {name: pick(rng, choices) for name, choices in DISTRIBUTIONS.items()}
    if a["toilet_access"] == "none":
        a["toilet_type"], a["containment"] = "none", ""
    elif a["toilet_type"] != "flush":
        a["containment"] = "pit"
    last = "" if a["containment"] != "septic_tank" or rng.random() < NEVER_DESLUDGED else rng.randint(2012, 2026)
    well = a["water_source"] in ("borehole", "protected_well", "unprotected_well")
    a.update({
        "members": min(30, 1 + int(rng.expovariate(1 / 3.2))),
        "low_income": "yes" if rng.random() < LOW_INCOME else "no",
        "last_desludged_year": last,
        "well_distance_m": round(rng.uniform(3, 20), 1) if well else "",
        "standing_water": "yes" if rng.random() < STANDING_WATER[flood_prone] else "no",
    })
    for name in list(a):
        if rng.random() < UNANSWERED:
            a[name] = ""
    return a


def households(rng, rts):
    buildings = geopandas.read_file(SAMPLE, layer="buildings_osm").to_crs(UTM)
    buildings = buildings[buildings["use"] == "residential"]
    points = [(p, "") for p in buildings.geometry.representative_point()]
    for rt in rts[rts.RW.isin(THIN_RW_WITH_HOUSEHOLDS)].itertuples():
        if rng.random() < 0.5:   # half of these RTs get a few households, the rest none
            minx, miny, maxx, maxy = rt.geometry.bounds
            placed = 0
            while placed < rng.randint(4, 14):
                p = Point(rng.uniform(minx, maxx), rng.uniform(miny, maxy))
                if rt.geometry.contains(p):
                    points.append((p, "lokasi acak: tidak ada bangunan OSM (random location: no OSM building)"))
                    placed += 1
    flood = {rt.Index: rt.FLOODPRONE for rt in rts.itertuples()}
    located = geopandas.sjoin(geopandas.GeoDataFrame(geometry=[p for p, _ in points], crs=UTM),
                              rts, how="left", predicate="within")
    located = located[~located.index.duplicated()]
    wgs = located.to_crs(4326)
    start = datetime.datetime(2026, 9, 7, 8, 0)
    rows = []
    for n, (row, (_point, note)) in enumerate(zip(wgs.itertuples(), points)):
        a = answers(rng, flood.get(row.index_right, "NO") if not math.isnan(row.index_right) else "NO")
        when = start + datetime.timedelta(minutes=9 * n)
        rows.append(dict(
            start=when.isoformat(), end=(when + datetime.timedelta(minutes=7)).isoformat(),
            rw="" if not isinstance(row.RW, str) else row.RW.replace("RW ", ""),
            rt="" if not isinstance(row.RT, str) else row.RT,
            survey_date=when.date().isoformat(), data_source="synthetic", notes=note,
            location="{:.7f} {:.7f} 0 5".format(row.geometry.y, row.geometry.x),
            _location_latitude="{:.7f}".format(row.geometry.y), _location_longitude="{:.7f}".format(row.geometry.x),
            _location_altitude="0", _location_precision="5",
            _id=100000 + n, _uuid=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            _submission_time=(when + datetime.timedelta(hours=10)).isoformat(), **a))
    return rows


def problems(rng, rts):
    rows = []
    wgs = rts.to_crs(4326)
    for n in range(60):
        rt = wgs.iloc[rng.randrange(len(wgs))]
        point = rt.geometry.representative_point()
        minx, miny, maxx, maxy = rt.geometry.bounds
        for _ in range(50):
            candidate = Point(rng.uniform(minx, maxx), rng.uniform(miny, maxy))
            if rt.geometry.contains(candidate):
                point = candidate
                break
        category, season, _w = rng.choices(PROBLEMS, [w for *_x, w in PROBLEMS])[0]
        rows.append({"category": category, "season": season, "severity": rng.choice(["1", "2", "3"]),
                     "description": "masalah sintetis (synthetic problem) {}".format(n + 1),
                     "reported_date": "2026-09-{:02d}".format(rng.randint(10, 30)), "data_source": "synthetic",
                     "_location_latitude": "{:.7f}".format(point.y), "_location_longitude": "{:.7f}".format(point.x),
                     "_uuid": str(uuid.UUID(int=rng.getrandbits(128), version=4))})
    return rows


def write_csv(path, rows):
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), delimiter=";")
        writer.writeheader()
        writer.writerows(rows)
    print("wrote {} ({} rows)".format(path, len(rows)))


def add_conditions(rts, rng):
    """Site conditions a field check would record, as text the way a
    spreadsheet holds them: groundwater shallower where it floods, truck
    access where a road a truck can use passes within 20 m, no sewer (none
    reaches Pondok Pinang)."""
    roads = geopandas.read_file(SAMPLE, layer="roads_osm2012").to_crs(UTM)
    truck_roads = unary_union(list(roads[roads.TYPE.isin(TRUCK_ROADS)].geometry)).buffer(20)
    rts["AIR_TANAH_M"] = [
        "{:.1f}".format(rng.uniform(0.6, 1.8) if flood == "YES" else rng.uniform(1.5, 6.0)).replace(".", ",")
        for flood in rts.FLOODPRONE]
    rts["AKSES_TRUK"] = ["ya" if g.intersects(truck_roads) else "tidak" for g in rts.geometry]
    rts["SPALD_T"] = "tidak"
    return rts


def add_site_conditions(rts, rng, surveyed):
    """The rest of a field check, drawn by a third generator so that the
    households, problems and conditions above stay as they were: registered
    households and population (a density per RT, denser along the flood-prone
    river RWs; never fewer households than were surveyed), soil permeability,
    slope and water use. Stated in sample/README.md; all synthetic."""
    areas = rts.to_crs(UTM).geometry.area / 10000.0
    households, population, permeability, slope, water = [], [], [], [], []
    for rt, area in zip(rts.itertuples(), areas):
        density = rng.uniform(150, 450) if rt.FLOODPRONE == "YES" else rng.uniform(40, 350)   # jiwa/ha
        size = rng.uniform(3.4, 4.2)                                                          # jiwa per KK
        count = max(surveyed.get((rt.RW.replace("RW ", ""), rt.RT), 0), round(density * area / size))
        count = max(10, min(600, count))
        households.append(str(count))
        population.append(str(round(count * size)))
        permeability.append(decimal_comma(rng.uniform(0.5, 12.0)))
        slope.append(decimal_comma(rng.uniform(0.2, 4.0)))
        water.append(decimal_comma(rng.uniform(40.0, 150.0), 0))
    rts["JUMLAH_KK"], rts["JUMLAH_JIWA"] = households, population
    rts["PERMEABILITAS_CM_JAM"], rts["KEMIRINGAN_PCT"], rts["AIR_L_ORANG_HARI"] = permeability, slope, water
    return rts


def decimal_comma(value, decimals=1):
    """As an Indonesian spreadsheet holds it: "2,5"."""
    return "{:.{}f}".format(value, decimals).replace(".", ",")


def surveyed_households():
    """``{(rw, rt): households}`` of the synthetic household survey."""
    with open(os.path.join(ROOT, "sample", "survey_households_synthetic.csv"), encoding="utf-8") as handle:
        counts = {}
        for row in csv.DictReader(handle, delimiter=";"):
            counts[row["rw"], row["rt"]] = counts.get((row["rw"], row["rt"]), 0) + 1
    return counts


def rewrite_site_conditions():
    """``--conditions``: redraw only the conditions of add_site_conditions on the
    committed rt_synthetic (its polygons and other columns kept as they are)."""
    rts = geopandas.read_file(SAMPLE, layer="rt_synthetic")   # geometry written back untouched
    rts = add_site_conditions(rts, random.Random(SEED + 2), surveyed_households())
    rts.to_file(SAMPLE, layer="rt_synthetic", driver="GPKG")
    print("rewrote the site conditions of rt_synthetic ({} RT)".format(len(rts)))


def main():
    if "--conditions" in sys.argv:
        return rewrite_site_conditions()
    rng = random.Random(SEED)
    rts = make_rts(rng)
    write_csv(os.path.join(ROOT, "sample", "survey_households_synthetic.csv"), households(rng, rts))
    write_csv(os.path.join(ROOT, "sample", "survey_problems_synthetic.csv"), problems(rng, rts))
    # A second generator: the conditions leave the households and problems above as they were.
    rts = add_conditions(rts, random.Random(SEED + 1))
    rts = add_site_conditions(rts, random.Random(SEED + 2), surveyed_households())
    rts.to_crs(4326).to_file(SAMPLE, layer="rt_synthetic", driver="GPKG")
    print("wrote rt_synthetic ({} RT in {} RW)".format(len(rts), rts.RW.nunique()))


if __name__ == "__main__":
    sys.exit(main())
