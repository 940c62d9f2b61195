"""Make the synthetic part of the sample: RT polygons and survey exports.

A developer tool (run by hand; the results are committed): it needs geopandas
and shapely, which the plugin itself never uses.

- ``rt_synthetic`` (in sample/pondok_pinang.gpkg): each real RW of Pondok
  Pinang split into RTs along the OSM roads, blocks grown into RTs of similar
  size from seeded starting blocks. No open RT data exists for Jakarta.
  RT pieces under half a hectare (road reserves between two roads) are merged
  into the neighbour they share the longest border with.
- ``sample/survey_households_synthetic.csv``: the kelurahan as a TFL has it
  after the household survey. One household per OSM residential building, and
  in every RT where people live further households at random places in the
  RT's residential part, up to a share of its registered households (see
  SURVEY_SHARE); answers drawn from the distributions below, written as a
  KoboToolbox CSV export of ``sample/household_survey.xlsx`` would be. Only
  the RTs where nobody lives (see no_homes: a toll-road reserve, a commercial
  block, the hospital compound) keep no or few households: too little data.
- ``sample/survey_problems_synthetic.csv``: problems named at the rembuk RT/RW
  of every RW but one (its meeting not yet held).

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
import sfd_answers  # scripts/sfd_answers.py, beside this script
from shapely.geometry import LineString, Point
from shapely.ops import polygonize, unary_union

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLE = os.path.join(ROOT, "sample", "pondok_pinang.gpkg")
UTM = 32748
SEED = 20261128
RT_HECTARES = 6.0          # a Jakarta RT covers a few hectares
MIN_RT_M2 = 5000           # smaller pieces are road reserves, merged into a neighbour
TRUCK_ROADS = ("primary", "secondary", "residential", "service", "primary_link")
# Half the width (m) of the road land, by OSM road type: nobody lives there. An
# assumption from the usual Jakarta cross-sections (a toll road with its reserve
# ~50 m, an arterial ~20 m, a kampung lane ~4-6 m), not measured.
ROAD_HALF_WIDTH = {"motorway": 25.0, "primary": 10.0, "primary_link": 6.0, "secondary": 6.0,
                   "residential": 3.0, "service": 3.0, "footway": 1.0}
NON_RESIDENTIAL_MARGIN = 15.0   # m around an OSM commercial or medical building: its compound
# An RT where nobody lives (see no_homes): its residential part is under this share of its area.
MIN_RESIDENTIAL_SHARE = 0.3
# The household survey reaches this share of an RT's registered households
# (drawn per RT), at least SURVEY_MIN where the RT has that many. An
# assumption: a TFL team of two or three enumerators over the survey weeks
# interviews one household in five to ten; not a rule of the programme.
SURVEY_SHARE = (0.10, 0.20)
SURVEY_MIN = 12
PROBLEMS_PER_RW = (2, 6)
RW_WITHOUT_REMBUK = "RW 10"     # its rembuk RW not yet held: no problems named there
# Land an RT has itself for a shared facility (lapangan, fasum), m², in this share of the RTs.
LAND_SHARE, LAND_M2 = 0.4, (40, 400)

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


def merge_slivers(rts):
    """Pieces under MIN_RT_M2 (the land between two roads, a traffic island)
    joined to the neighbour they share the longest border with (the nearest
    where none touches): no RT of a kelurahan is a strip of road reserve."""
    rts = list(rts)
    while len(rts) > 1:
        small = min(range(len(rts)), key=lambda i: rts[i].area)
        if rts[small].area >= MIN_RT_M2:
            break
        others = [i for i in range(len(rts)) if i != small]
        border = {i: rts[small].boundary.intersection(rts[i].buffer(0.5)).length for i in others}
        best = max(others, key=lambda i: (border[i], -rts[small].distance(rts[i])))
        rts[best] = unary_union([rts[best], rts[small]]).buffer(0)
        del rts[small]
    return rts


def make_rts(rng):
    rw = geopandas.read_file(SAMPLE, layer="rw").to_crs(UTM)
    roads = geopandas.read_file(SAMPLE, layer="roads_osm2012").to_crs(UTM)
    rows = []
    for feature in rw.sort_values("RW").itertuples():
        polygon = feature.geometry.buffer(0)
        count = max(3, min(16, round(polygon.area / 10000 / RT_HECTARES)))
        rts = merge_slivers(grow_rts(blocks_of(polygon, roads), count, rng))
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


def residential_parts(rts):
    """``{RT index: polygon}``: the RT without its road land and the compounds
    of the OSM buildings nobody lives in (shrunk 1 m, so that a point placed
    there is inside the RT polygon however its coordinates are rounded)."""
    roads = geopandas.read_file(SAMPLE, layer="roads_osm2012").to_crs(UTM)
    buildings = geopandas.read_file(SAMPLE, layer="buildings_osm").to_crs(UTM)
    road_land = unary_union([g.buffer(ROAD_HALF_WIDTH.get(kind, 3.0))
                             for g, kind in zip(roads.geometry, roads.TYPE)])
    compounds = unary_union(list(buildings[buildings["use"] != "residential"].geometry.buffer(NON_RESIDENTIAL_MARGIN)))
    not_homes = unary_union([road_land, compounds])
    return {rt.Index: rt.geometry.buffer(-1.0).difference(not_homes) for rt in rts.itertuples()}


def no_homes(rts, parts):
    """``{RT index: why}`` for the RTs where nobody lives, from the OSM data in
    the sample: most of the RT is road land (the TB Simatupang toll road and its
    interchange, an arterial's reserve), or it holds an OSM commercial building
    and no residential one in an RW where OSM maps the houses (a commercial
    block; in RW 01-12 OSM maps almost no building, so no house there says
    nothing), or the hospital (Rumah Sakit Pondok Indah: its compound; the few
    houses beside it are surveyed)."""
    buildings = geopandas.read_file(SAMPLE, layer="buildings_osm").to_crs(UTM)
    homes = buildings[buildings["use"] == "residential"].geometry.representative_point()
    mapped_rws = {rt.RW for rt in rts.itertuples() if homes.within(rt.geometry).sum() >= 10}
    why = {}
    for rt in rts.itertuples():
        inside = buildings[buildings.intersects(rt.geometry)]
        if parts[rt.Index].area < MIN_RESIDENTIAL_SHARE * rt.geometry.area:
            why[rt.Index] = "lahan jalan (road land)"
        elif (inside["use"] == "medical").any():
            why[rt.Index] = "kompleks rumah sakit (hospital compound)"
        elif ((inside["use"] == "commercial").any() and rt.RW in mapped_rws
              and not homes.within(rt.geometry).any()):
            why[rt.Index] = "blok komersial (commercial block)"
    return why


def random_point_in(rng, polygon, fallback):
    """A seeded random point inside ``polygon`` (``fallback`` where it is too small)."""
    for area in (polygon, fallback):
        if area.is_empty:
            continue
        minx, miny, maxx, maxy = area.bounds
        for _ in range(20000):
            p = Point(rng.uniform(minx, maxx), rng.uniform(miny, maxy))
            if area.contains(p):
                return p
    return fallback.representative_point()


def survey_points(rng, rts, registered, parts, empty):
    """``[(point, note)]``: every OSM residential building, and in every RT
    where people live further households at random places in its residential
    part, up to SURVEY_SHARE of its registered households."""
    buildings = geopandas.read_file(SAMPLE, layer="buildings_osm").to_crs(UTM)
    buildings = buildings[buildings["use"] == "residential"]
    points = [(p, "") for p in buildings.geometry.representative_point()]
    osm = geopandas.sjoin(geopandas.GeoDataFrame(geometry=[p for p, _ in points], crs=UTM), rts, how="inner",
                          predicate="within")
    mapped = osm.groupby("index_right").size().to_dict()
    note = ("lokasi acak di bagian permukiman RT: tidak ada bangunan OSM "
            "(random place in the RT's homes: no OSM building)")
    for rt in rts.itertuples():
        if rt.Index in empty:
            continue
        share = rng.uniform(*SURVEY_SHARE)
        target = min(registered[rt.Index], max(SURVEY_MIN, round(share * registered[rt.Index])))
        for _ in range(max(0, target - mapped.get(rt.Index, 0))):
            points.append((random_point_in(rng, parts[rt.Index], rt.geometry.buffer(-1.0)), note))
    return points


# The excreta-flow answers draw from their own seeded generator, so that the answers
# and places above stay as they were before those questions were asked.
SFD_RNG = random.Random(SEED + 17)


def finished(row):
    """A household row, complete, as the CSV holds it (every household passes here once)."""
    # Answers added by later questions go here, the same columns in every row (the
    # CSV's header is the first row's keys): the excreta-flow (SFD) questions.
    return sfd_answers.add_answers(row, SFD_RNG)


def households(rng, rts, registered, parts, empty):
    points = survey_points(rng, rts, registered, parts, empty)
    flood = {rt.Index: rt.FLOODPRONE for rt in rts.itertuples()}
    located = geopandas.sjoin(geopandas.GeoDataFrame(geometry=[p for p, _ in points], crs=UTM),
                              rts, how="left", predicate="within")
    located = located[~located.index.duplicated()]
    wgs = located.to_crs(4326)
    start = datetime.datetime(2026, 9, 7, 8, 0)
    rows = []
    for n, (row, (_point, note)) in enumerate(zip(wgs.itertuples(), points)):
        a = answers(rng, flood.get(row.index_right, "NO") if not math.isnan(row.index_right) else "NO")
        # Several enumerators (kader): about 120 interviews a day from 8 o'clock, six days a week.
        day, slot = divmod(n, 120)
        when = start + datetime.timedelta(days=day + day // 6, minutes=4 * slot)
        rows.append(finished(dict(
            start=when.isoformat(), end=(when + datetime.timedelta(minutes=7)).isoformat(),
            rw="" if not isinstance(row.RW, str) else row.RW.replace("RW ", ""),
            rt="" if not isinstance(row.RT, str) else row.RT,
            survey_date=when.date().isoformat(), data_source="synthetic", notes=note,
            location="{:.7f} {:.7f} 0 5".format(row.geometry.y, row.geometry.x),
            _location_latitude="{:.7f}".format(row.geometry.y), _location_longitude="{:.7f}".format(row.geometry.x),
            _location_altitude="0", _location_precision="5",
            _id=100000 + n, _uuid=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            _submission_time=(when + datetime.timedelta(hours=10)).isoformat(), **a)))
    return rows


def problems(rng, rts, parts, empty):
    """Problems named at the rembuk RT/RW: a few in every RW but RW_WITHOUT_REMBUK,
    each at a random place in the homes of one of its RTs where people live."""
    rows = []
    for rw in sorted(set(rts.RW) - {RW_WITHOUT_REMBUK}):
        places = [i for i in rts.index[rts.RW == rw] if i not in empty] or list(rts.index[rts.RW == rw])
        for _ in range(rng.randint(*PROBLEMS_PER_RW)):
            i = rng.choice(places)
            point = random_point_in(rng, parts[i], rts.geometry[i].buffer(-1.0))
            rows.append((point, rng.choices(PROBLEMS, [w for *_x, w in PROBLEMS])[0]))
    wgs = geopandas.GeoSeries([p for p, _ in rows], crs=UTM).to_crs(4326)
    return [{"category": category, "season": season, "severity": rng.choice(["1", "2", "3"]),
             "description": "masalah sintetis (synthetic problem) {}".format(n + 1),
             "reported_date": "2026-09-{:02d}".format(rng.randint(10, 30)), "data_source": "synthetic",
             "_location_latitude": "{:.7f}".format(point.y), "_location_longitude": "{:.7f}".format(point.x),
             "_uuid": str(uuid.UUID(int=rng.getrandbits(128), version=4))}
            for n, (point, (category, season, _w)) in enumerate(zip(wgs, [c for _, c in rows]))]


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


def add_site_conditions(rts, rng, surveyed, empty=()):
    """The rest of a field check, drawn by a third generator so that the
    households, problems and conditions above stay as they were: registered
    households and population (a density per RT, denser along the flood-prone
    river RWs; never fewer households than were surveyed), soil permeability,
    slope and water use. Stated in sample/README.md; all synthetic. ``empty``:
    the RTs where nobody lives (no_homes)."""
    areas = rts.to_crs(UTM).geometry.area / 10000.0
    households, population, permeability, slope, water = [], [], [], [], []
    for rt, area in zip(rts.itertuples(), areas):
        density = rng.uniform(150, 450) if rt.FLOODPRONE == "YES" else rng.uniform(40, 350)   # jiwa/ha
        size = rng.uniform(3.4, 4.2)                                                          # jiwa per KK
        count = max(10, min(600, round(density * area / size)))
        if rt.Index in empty:   # nobody lives there but a guard's family or two
            count = rng.randint(0, 4)
        count = max(surveyed.get((rt.RW.replace("RW ", ""), rt.RT), 0), count)
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


def add_land(rts, rng, empty):
    """The land an RT has itself for a shared facility (its lapangan, a fasum
    plot), as a field check records it: in LAND_SHARE of the RTs where people
    live, LAND_M2 m² (rounded to 10); empty elsewhere (none known). Synthetic."""
    rts["LAHAN_TERSEDIA_M2"] = [
        "" if i in empty or rng.random() >= LAND_SHARE else str(10 * round(rng.uniform(*LAND_M2) / 10))
        for i in rts.index]
    return rts


EMPTY_NOTE = "sintetis (synthetic); tanpa rumah (nobody lives here): "


def rewrite_site_conditions():
    """``--conditions``: redraw only the conditions of add_site_conditions on the
    committed rt_synthetic (its polygons and other columns kept as they are)."""
    rts = geopandas.read_file(SAMPLE, layer="rt_synthetic")   # geometry written back untouched
    empty = {i for i, note in zip(rts.index, rts.KETERANGAN) if note.startswith(EMPTY_NOTE)}
    rts = add_site_conditions(rts, random.Random(SEED + 2), surveyed_households(), empty)
    rts.to_file(SAMPLE, layer="rt_synthetic", driver="GPKG")
    print("rewrote the site conditions of rt_synthetic ({} RT)".format(len(rts)))


def main():
    if "--conditions" in sys.argv:
        return rewrite_site_conditions()
    rng = random.Random(SEED)
    rts = make_rts(rng)
    parts = residential_parts(rts)
    empty = no_homes(rts, parts)
    rts["KETERANGAN"] = [EMPTY_NOTE + empty[i] if i in empty else note for i, note in zip(rts.index, rts.KETERANGAN)]
    # The registered households the survey samples from: the same draws as the site conditions below.
    registered = add_site_conditions(rts.copy(), random.Random(SEED + 2), {}, empty).JUMLAH_KK.astype(int).to_dict()
    write_csv(os.path.join(ROOT, "sample", "survey_households_synthetic.csv"),
              households(rng, rts, registered, parts, empty))
    write_csv(os.path.join(ROOT, "sample", "survey_problems_synthetic.csv"), problems(rng, rts, parts, empty))
    # Other generators: the conditions leave the households and problems above as they were.
    rts = add_conditions(rts, random.Random(SEED + 1))
    rts = add_site_conditions(rts, random.Random(SEED + 2), surveyed_households(), empty)
    rts = add_land(rts, random.Random(SEED + 4), empty)
    rts.to_crs(4326).to_file(SAMPLE, layer="rt_synthetic", driver="GPKG")
    print("wrote rt_synthetic ({} RT in {} RW; nobody lives in {})".format(len(rts), rts.RW.nunique(), len(empty)))


if __name__ == "__main__":
    sys.exit(main())
