"""csiap:consolidate (issue 18, part 5): three kelurahan into the kabupaten/kota view.

The sample (Pondok Pinang: its real RW, synthetic RT and surveys, a rembuk's agreed order
and a plan whose funding the test varies) and two kelurahan the test makes from the real
RW polygons of the Jakarta layer (Cipulir and Kebayoran Lama Utara, their outline from the
kelurahan layer, synthetic households), each through the algorithms; the schema-2 workspace
of plugin 0.2.0 is refused. The totals by funding source and the cross-kelurahan priority
list are checked against sqlite3 over the input files, the map with pdftotext."""

import csv
import os
import random
import shutil
import sqlite3
import subprocess
import uuid

import pytest

SHARED = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))), "shared",
                      "data", "jakarta")
SAMPLE = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "sample", "pondok_pinang.gpkg")
# Kemendagri codes as the test gives them (Pondok Pinang's is left empty: a kelurahan without one).
# Kebayoran Lama Utara in another CRS than the others: the kota view reprojects it.
JAKARTA = (("Cipulir", "CIPULIR", "31.74.02.1004", "EPSG:32748"),
           ("Kebayoran Lama Utara", "KEBAYORAN LAMA UTARA", "31.74.02.1002", "EPSG:3857"))
SECRET = {"household_head": "Siti Rahasia Consolidate", "nik": "3174012345678901", "phone": "081299998888"}


@pytest.fixture(scope="module")
def provider(qgis_processing):
    from csiap_planner.processing.provider import CsiapProvider
    from qgis.core import QgsApplication

    registry = QgsApplication.processingRegistry()
    if registry.providerById("csiap") is None:
        held = CsiapProvider()
        registry.addProvider(held)
        yield held
    else:
        yield registry.providerById("csiap")


def _sample(folder):
    """Pondok Pinang as `make demo` makes it (RT level), a rembuk moving the second RT first,
    and funding the test varies: APBD with swadaya shares, a swadaya action, undecided ones."""
    import processing

    path = os.path.join(folder, "pondok_pinang.gpkg")
    processing.run("csiap:createworkspace", {
        "KELURAHAN": "Pondok Pinang", "KECAMATAN": "Kebayoran Lama", "KOTA_KABUPATEN": "Kota Administrasi Jakarta "
        "Selatan", "PROVINSI": "DKI Jakarta", "BOUNDARY": SAMPLE + "|layername=kelurahan", "OUTPUT": path})
    processing.run("csiap:importboundaries", {"INPUT": SAMPLE + "|layername=rw", "LEVEL": 0, "CODE_FIELD": "RW",
                                              "WORKSPACE": path})
    processing.run("csiap:importboundaries", {"INPUT": SAMPLE + "|layername=rt_synthetic", "LEVEL": 1,
                                              "CODE_FIELD": "RT", "RW_FIELD": "RW", "WORKSPACE": path})
    for target, name in ((0, "survey_households_synthetic.csv"), (1, "survey_problems_synthetic.csv")):
        processing.run("csiap:importsurvey", {"INPUT": os.path.join(os.path.dirname(SAMPLE), name),
                                              "TARGET": target, "WORKSPACE": path})
    _analyse(path, 0)
    with sqlite3.connect(path) as db:
        first, second = db.execute("SELECT location_code FROM priorities WHERE status = 'ranked' ORDER BY "
                                   "computed_rank, location_code LIMIT 2").fetchall()
        db.execute("INSERT INTO meetings (uuid, kind, title, meeting_date) VALUES ('m-kel-2', 'rembuk_kelurahan', "
                   "'Rembuk kelurahan II', '2026-10-20')")
    processing.run("csiap:agreepriorities", {
        "WORKSPACE": path, "MEETING": "m-kel-2", "LEVEL": 0, "ORDER": "{}, {}".format(second[0], first[0]),
        "REASONS": "{}=Lahan sudah dihibahkan warga; {}=Menunggu lahan".format(second[0], first[0])})
    processing.run("csiap:draftactionplan", {"WORKSPACE": path, "LEVEL": 0})
    with sqlite3.connect(path) as db:
        fids = [fid for (fid,) in db.execute("SELECT fid FROM actions ORDER BY fid")]
    funding = {fid: {"funding_source": "apbd", "swadaya_cash_pct": 10, "swadaya_in_kind_pct": 5} for fid in fids[:6]}
    funding[fids[6]] = {"funding_source": "swadaya"}
    funding.update({fid: {"funding_source": None} for fid in fids[7:9]})
    funding[fids[9]] = {"funding_source": "dana_kelurahan", "swadaya_in_kind_pct": 20}
    update(path, "actions", funding)
    # Personal data the consolidated file must never hold.
    update(path, "households", {fid: SECRET for fid in range(1, 21)})
    return path, (second[0], first[0])


def update(path, layer_name, values):
    """``{fid: {field: value}}`` into a layer with plain GDAL (the GeoPackage's R-tree triggers
    need its SQL functions), independent of the plugin."""
    from osgeo import ogr

    dataset = ogr.Open(path, 1)
    layer = dataset.GetLayerByName(layer_name)
    for fid, fields in values.items():
        feature = layer.GetFeature(fid)
        for field, value in fields.items():
            if value is None:
                feature.SetFieldNull(field)
            else:
                feature.SetField(field, value)
        assert layer.SetFeature(feature) == 0
    dataset = layer = None


def _jakarta(folder, name, upper, code, crs, seed):
    """A kelurahan from the real RW polygons of the Jakarta layer and its outline from the
    kelurahan layer, twelve synthetic households in each RW, the algorithms at RW level."""
    from qgis.core import QgsVectorLayer
    from shapely import wkt
    from shapely.geometry import Point

    import processing

    path = os.path.join(folder, upper.lower().replace(" ", "_") + ".gpkg")
    outline = QgsVectorLayer(os.path.join(SHARED, "kelurahan_jakarta.shp"), "kelurahan", "ogr")
    outline.setSubsetString("\"KEL_NAME2\" = '{}'".format(name))
    assert outline.featureCount() == 1
    processing.run("csiap:createworkspace", {
        "KELURAHAN": name, "KODE": code, "KECAMATAN": "Kebayoran Lama", "KOTA_KABUPATEN": "Kota Administrasi "
        "Jakarta Selatan", "PROVINSI": "DKI Jakarta", "BOUNDARY": outline, "CRS": crs, "LANGUAGE": 1, "OUTPUT": path})
    rw = QgsVectorLayer(os.path.join(SHARED, "rw_jakarta.shp"), "rw", "ogr")
    rw.setSubsetString("\"KEL_NAME\" = '{}'".format(upper))
    result = processing.run("csiap:importboundaries", {"INPUT": rw, "LEVEL": 0, "CODE_FIELD": "RW", "WORKSPACE": path})
    assert result["IMPORTED"] == rw.featureCount() == 11
    rnd = random.Random(seed)
    rows = []
    for feature in rw.getFeatures():
        polygon = wkt.loads(feature.geometry().asWkt())
        west, south, east, north = polygon.bounds
        placed = 0
        while placed < 12:
            point = Point(rnd.uniform(west, east), rnd.uniform(south, north))
            if polygon.contains(point):
                placed += 1
                rows.append({"_uuid": str(uuid.UUID(int=rnd.getrandbits(128))), "_location_latitude": point.y,
                             "_location_longitude": point.x, "toilet_access": rnd.choice(["own", "shared", "none"]),
                             "toilet_type": rnd.choice(["flush", "pit_slab", "pit_open"]),
                             "containment": rnd.choice(["septic_tank", "open_drain", "pit"]),
                             "water_source": rnd.choice(["piped", "protected_well"]), "handwashing": "soap_water",
                             "solid_waste": "collected", "members": rnd.randint(1, 6),
                             "low_income": rnd.choice(["yes", "no"]), "data_source": "synthetic"})
    survey = os.path.join(folder, upper.lower().replace(" ", "_") + "_households.csv")
    with open(survey, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), delimiter=";")
        writer.writeheader()
        writer.writerows(rows)
    processing.run("csiap:importsurvey", {"INPUT": survey, "TARGET": 0, "WORKSPACE": path})
    _analyse(path, 1)
    processing.run("csiap:draftactionplan", {"WORKSPACE": path, "LEVEL": 1})
    return path


def _analyse(path, level):
    import processing

    processing.run("csiap:attachtoareas", {"WORKSPACE": path})
    for algorithm in ("areaindicators", "screenoptions", "scoreoptions", "prioritiseareas"):
        processing.run("csiap:" + algorithm, {"WORKSPACE": path, "LEVEL": level})


@pytest.fixture(scope="module")
def kelurahan(provider, tmp_path_factory):
    """``(sample, agreed first two, [Cipulir, Kebayoran Lama Utara])``, made once."""
    folder = str(tmp_path_factory.mktemp("kelurahan"))
    sample, agreed = _sample(folder)
    return sample, agreed, [_jakarta(folder, *item, seed=n) for n, item in enumerate(JAKARTA)]


def _schema2(folder):
    target = os.path.join(folder, "workspace_schema2.gpkg")
    shutil.copy(os.path.join(os.path.dirname(__file__), "data", "workspace_schema2.gpkg"), target)
    return target


def rows(path, sql, *values):
    with sqlite3.connect(path) as db:
        db.row_factory = sqlite3.Row
        return [dict(r) for r in db.execute(sql, values)]


def funding_oracle(path):
    """``{funding source: amount}`` of a workspace's actions: the community's cash and in-kind
    shares (clamped to 0-100 %) are swadaya, the rest the action's source (a swadaya action whole)."""
    sums = {}
    for action in rows(path, "SELECT funding_source, total_cost, swadaya_cash_pct, swadaya_in_kind_pct FROM actions"):
        cost = action["total_cost"] or 0.0
        source = action["funding_source"]
        community = min(max((action["swadaya_cash_pct"] or 0) + (action["swadaya_in_kind_pct"] or 0), 0), 100)
        if source == "swadaya":
            community = 100
        for to, amount in ((source, cost * (100 - community) / 100), ("swadaya", cost * community / 100)):
            if amount or to == source and source != "swadaya":
                sums[to] = sums.get(to, 0.0) + amount
    return sums


def list_oracle(paths):
    """The action uuids of every workspace in the rule's order: round by round (each kelurahan's
    actions by their stored priority rank, then as stored), in a round the location's priority
    score highest first (none last), then more households served, then Kemendagri code and name."""
    items = []
    for k, path in enumerate(paths):
        (name, code), = [(r["name"], r["kemendagri_code"]) for r in rows(path, "SELECT * FROM kelurahan")]
        actions = rows(path, "SELECT a.uuid, a.households_served AS served, p.priority_score AS score FROM actions a "
                             "LEFT JOIN priorities p ON p.location_level = a.location_level AND p.location_code = "
                             "a.location_code ORDER BY a.priority_rank IS NULL, a.priority_rank, a.fid")
        for place, action in enumerate(actions, start=1):
            score = action["score"]
            items.append(((place, score is None, -round(score, 9) if score is not None else 0.0,
                           -(action["served"] or 0), code or "", name, k), action["uuid"]))
    return [action for _key, action in sorted(items)]


def test_three_kelurahan_into_the_kota_view(kelurahan, tmp_path):
    import processing

    sample, agreed, made = kelurahan
    old = _schema2(str(tmp_path))
    inputs = [sample, made[0], old, made[1]]
    output, pdf = str(tmp_path / "kota.gpkg"), str(tmp_path / "kota.pdf")
    result = processing.run("csiap:consolidate", {"INPUT": "\n".join(inputs[:2]) + ";\n  " + "; ".join(inputs[2:]),
                                                  "LANGUAGE": 1, "OUTPUT": output, "MAP": pdf})
    included = [sample] + made
    assert (result["INCLUDED"], result["REFUSED"]) == (3, 1)

    # One row per input, in the input's order; the old schema refused with its reason.
    table = rows(output, "SELECT * FROM kelurahan ORDER BY fid")
    assert [r["workspace"] for r in table] == inputs
    assert [r["name"] for r in table] == ["Pondok Pinang", "Cipulir", "Pondok Pinang", "Kebayoran Lama Utara"]
    assert [r["status"] for r in table] == ["included", "included", "refused", "included"]
    assert "schema version 2" in table[2]["reason"] and "Upgrade workspace" in table[2]["reason"]
    assert table[2]["geom"] is None and all(r["geom"] is not None for r in table if r["status"] == "included")
    assert [r["kemendagri_code"] for r in table] == [None, JAKARTA[0][2], None, JAKARTA[1][2]]
    assert {r["kecamatan"] for r in table if r["status"] == "included"} == {"Kebayoran Lama"}

    # Each included kelurahan's rows, all of them, with its name and code; the refused one's none.
    for name in ("area_indicators", "priorities", "agreed_priorities", "actions"):
        for path in included:
            (identity,) = rows(path, "SELECT uuid, name, kemendagri_code FROM kelurahan")
            source = {r["uuid"] for r in rows(path, "SELECT uuid FROM {}".format(name))}
            copied = rows(output, "SELECT * FROM {} WHERE kelurahan_uuid = ?".format(name), identity["uuid"])
            assert {r["source_uuid"] for r in copied} == source and len(copied) == len(source), name
            assert {(r["kelurahan_name"], r["kelurahan_code"]) for r in copied} <= {
                (identity["name"], identity["kemendagri_code"])}
        assert not rows(output, "SELECT * FROM {} WHERE kelurahan_name IS NULL".format(name))
    assert rows(output, "SELECT count(*) AS n FROM agreed_priorities")[0]["n"] == 2

    # Totals by funding source against sqlite3 over the inputs: per kelurahan and for the set.
    totals = rows(output, "SELECT * FROM funding_totals")
    whole = {}
    for path in included:
        (identity,) = rows(path, "SELECT uuid FROM kelurahan")
        expected = funding_oracle(path)
        got = {r["funding_source"]: r["amount"] for r in totals if r["kelurahan_uuid"] == identity["uuid"]}
        assert got.keys() == expected.keys() and all(abs(got[s] - expected[s]) < 0.01 for s in expected), path
        for source, amount in expected.items():
            whole[source] = whole.get(source, 0.0) + amount
    kota = {r["funding_source"]: r for r in totals if r["scope"] == "kota"}
    assert kota.keys() == whole.keys() and {"apbd", "swadaya", None, "dana_kelurahan", "apbn_dak"} <= set(whole)
    assert all(abs(kota[s]["amount"] - whole[s]) < 0.01 for s in whole)
    assert abs(sum(r["share_pct"] for r in kota.values()) - 100.0) < 1e-6
    costs = {r["name"]: r["total_cost"] for r in table if r["status"] == "included"}
    assert abs(sum(costs.values()) - sum(whole.values())) < 0.01

    # The cross-kelurahan list against the rule worked out with sqlite3 over the inputs.
    listed = rows(output, "SELECT * FROM priority_list ORDER BY rank")
    assert [r["rank"] for r in listed] == list(range(1, len(listed) + 1))
    assert [r["action_uuid"] for r in listed] == list_oracle(included)
    # Round one: every kelurahan's first proposal; the sample's is the RT the rembuk moved first.
    assert {r["kelurahan_name"] for r in listed[:3]} == {"Pondok Pinang", "Cipulir", "Kebayoran Lama Utara"}
    first = next(r for r in listed if r["kelurahan_name"] == "Pondok Pinang")
    assert (first["kelurahan_place"], first["location_code"], first["agreed"]) == (1, agreed[0], 1)
    assert [r["location_code"] for r in listed if r["kelurahan_name"] == "Pondok Pinang"][:2] == list(agreed)
    assert all(r["geom"] is not None for r in listed)

    # No personal data anywhere in the file: no such column, and none of the values.
    from csiap_planner.core import schema

    personal = {f for fields in schema.personal_fields().values() for f in fields}
    with sqlite3.connect(output) as db:
        tables = [t for (t,) in db.execute("SELECT table_name FROM gpkg_contents")]
        for name in tables:
            assert not personal & {c for (_i, c, *_rest) in db.execute("PRAGMA table_info('{}')".format(name))}
    with open(output, "rb") as handle:
        content = handle.read()
    assert not [v for v in SECRET.values() if v.encode() in content]
    assert rows(sample, "SELECT count(*) AS n FROM households WHERE nik = ?", SECRET["nik"])[0]["n"] == 20

    # The outlines in one CRS, the first kelurahan's (UTM 48S): each kelurahan's, reprojected with
    # pyproj where its workspace has another CRS, has the same area.
    import pyproj
    from osgeo import ogr
    from shapely import ops, wkb

    def outlines(path):   # the dataset held while its features are read (OGR frees them with it)
        dataset = ogr.Open(path)
        layer = dataset.GetLayerByName("kelurahan")
        srs = layer.GetSpatialRef()
        code = "{}:{}".format(srs.GetAuthorityName(None), srs.GetAuthorityCode(None))
        return code, {f["name"]: wkb.loads(bytes(f.GetGeometryRef().ExportToWkb())) for f in layer
                      if f.GetGeometryRef() is not None}

    kota_crs, areas = outlines(output)
    assert kota_crs == "EPSG:32748"
    crs_seen = set()
    for path in included:
        crs, found = outlines(path)
        ((name, geometry),) = found.items()
        crs_seen.add(crs)
        project = pyproj.Transformer.from_crs(crs, kota_crs, always_xy=True).transform
        expected = ops.transform(project, geometry).area
        assert abs(areas[name].area - expected) < 1e-6 * expected, name
    assert crs_seen == {"EPSG:32748", "EPSG:3857"}

    # The map: every kelurahan named, the legend, the refused one said, the rule's source.
    text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True, check=True).stdout
    flat = " ".join(text.split())
    for name in ("Pondok Pinang", "Cipulir", "Kebayoran Lama Utara", "Estimated cost of the action plan",
                 "Kelurahan sanitation action plans", "3 kelurahan consolidated, 1 not included",
                 "Not included: Pondok Pinang (schema version 2", "Permendagri No. 86 Tahun 2017",
                 "© OpenStreetMap", "SYNTHETIC"):
        assert name in flat, name
    assert "Rp {}".format("{:,.0f}".format(costs["Cipulir"]).replace(",", ".")) in flat


def test_in_indonesian_and_a_kelurahan_given_twice(kelurahan, tmp_path):
    import processing

    sample, _agreed, made = kelurahan
    copy = str(tmp_path / "salinan.gpkg")
    shutil.copy(made[0], copy)
    output = str(tmp_path / "kota.gpkg")
    result = processing.run("csiap:consolidate", {"INPUT": "\n".join([made[0], _schema2(str(tmp_path)), copy]),
                                                  "LANGUAGE": 0, "OUTPUT": output})
    assert (result["INCLUDED"], result["REFUSED"]) == (1, 2)
    table = rows(output, "SELECT status, reason FROM kelurahan ORDER BY fid")
    assert "versi skema 2" in table[1]["reason"] and "Perbarui workspace" in table[1]["reason"]
    assert "kelurahan yang sama" in table[2]["reason"] and made[0] in table[2]["reason"]
    # The copy is left out whole: its rows are not there twice.
    assert rows(output, "SELECT count(*) AS n FROM actions")[0]["n"] == rows(made[0], "SELECT count(*) AS n FROM "
                                                                                      "actions")[0]["n"]


def test_a_kelurahan_that_fails_half_way_is_left_out_whole(kelurahan, tmp_path, refused):
    """Its kelurahan row and indicators read, its action plan not: nothing of it goes in."""
    import processing

    _sample_path, _agreed, made = kelurahan
    broken = str(tmp_path / "rusak.gpkg")
    shutil.copy(made[1], broken)
    with sqlite3.connect(broken) as db:
        db.execute("DROP TABLE actions")
        db.execute("DELETE FROM gpkg_contents WHERE table_name = 'actions'")
        db.execute("DELETE FROM gpkg_geometry_columns WHERE table_name = 'actions'")
    output = str(tmp_path / "kota.gpkg")
    with open(output, "w") as handle:
        handle.write("an earlier file")
    result = processing.run("csiap:consolidate", {"INPUT": made[0] + "\n" + broken, "LANGUAGE": 1,
                                                  "OUTPUT": output})
    assert (result["INCLUDED"], result["REFUSED"]) == (1, 1)
    (row,) = rows(output, "SELECT reason FROM kelurahan WHERE status = 'refused'")
    assert row["reason"].startswith("cannot be read") and "actions" in row["reason"]
    (name,) = rows(made[1], "SELECT name FROM kelurahan")
    for table in ("area_indicators", "priorities", "actions", "priority_list"):
        assert not rows(output, "SELECT * FROM {} WHERE kelurahan_name = ?".format(table), name["name"]), table

    # Nothing that can be included: refused with every reason, and nothing written.
    fresh = str(tmp_path / "none.gpkg")
    with refused("schema version 2") as caught:
        processing.run("csiap:consolidate", {"INPUT": broken + "\n" + _schema2(str(tmp_path)), "LANGUAGE": 1,
                                             "OUTPUT": fresh})
    assert "rusak.gpkg" in str(caught.value) and not os.path.exists(fresh)
    assert not [f for f in os.listdir(str(tmp_path)) if "csiap-new" in f]


def test_references_and_the_rule_by_hand(tmp_path):
    from csiap_planner.core.consolidate import cost_classes, priority_list
    from csiap_planner.workspace.consolidate import references

    assert references(' "/data/a.gpkg"\n\n/data/b.gpkg ; service=pokja schema=cipulir\r\n') == [
        "/data/a.gpkg", "/data/b.gpkg", "service=pokja schema=cipulir"]
    # A folder: its GeoPackages by name, not the plugin's copies, scratch files or the output.
    for name in ("cipulir.gpkg", "cipulir.backup-20261201-101010.gpkg", "cipulir.backup-20261201-101010-2.gpkg",
                 "cipulir.schema2.gpkg", ".cipulir.csiap-new.gpkg", "Grogol.GPKG", "kota.gpkg", "catatan.txt"):
        (tmp_path / name).write_text("")
    assert references("{}\n/data/x.gpkg".format(tmp_path), str(tmp_path / "kota.gpkg")) == [
        str(tmp_path / "Grogol.GPKG"), str(tmp_path / "cipulir.gpkg"), "/data/x.gpkg"]
    # A: scores 2.0, 3.5 (its rembuk put the lower first); B: 3.0, None; C: 2.0 serving more.
    a = ({"name": "A", "kemendagri_code": "1"}, [{"id": "a1", "priority_score": 2.0, "households_served": 5},
                                                 {"id": "a2", "priority_score": 3.5, "households_served": 5}])
    b = ({"name": "B", "kemendagri_code": "2"}, [{"id": "b1", "priority_score": 3.0},
                                                 {"id": "b2", "priority_score": None, "households_served": 99}])
    c = ({"name": "C", "kemendagri_code": "3"}, [{"id": "c1", "priority_score": 2.0 + 1e-12, "households_served": 9}])
    order = [(k, place, p["id"]) for k, place, p in priority_list([a, b, c])]
    # Round 1: B (3.0), then C and A tied at 2.0, C serving more; round 2: A's 3.5, then B's unscored.
    assert order == [(1, 1, "b1"), (2, 1, "c1"), (0, 1, "a1"), (0, 2, "a2"), (1, 2, "b2")]
    # The map's classes: equal counts (two each), equal costs together, one large plan its own class.
    assert cost_classes([5, 1, 3, 3, 100, 2, 8, 9]) == ([3, 1, 2, 2, 4, 1, 3, 4], [(1, 2), (3, 3), (5, 8), (9, 100)])
    assert cost_classes([1, 1, 1, 2]) == ([1, 1, 1, 2], [(1, 1), (2, 2)])
    assert cost_classes([7.0]) == ([1], [(7.0, 7.0)])


def test_cancelled_writes_nothing(kelurahan, tmp_path, refused):
    from qgis.core import QgsProcessingFeedback

    import processing

    sample, _agreed, made = kelurahan
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    output = str(tmp_path / "kota.gpkg")
    with refused("Cancel"):
        processing.run("csiap:consolidate", {"INPUT": "\n".join([sample] + made), "LANGUAGE": 1, "OUTPUT": output},
                       feedback=feedback)
    assert os.listdir(str(tmp_path)) == []


QGIS_PROCESS = shutil.which("qgis_process.bin") or shutil.which("qgis_process")


@pytest.mark.skipif(QGIS_PROCESS is None, reason="qgis_process is not installed")
def test_headless_with_references_separated_by_semicolons(kelurahan, tmp_path):
    """`qgis_process run csiap:consolidate -- INPUT=a.gpkg;b.gpkg …`: what a batch script types."""
    import json

    sample, _agreed, made = kelurahan
    plugins = tmp_path / "home" / "plugins"
    plugins.mkdir(parents=True)
    os.symlink(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), plugins / "csiap_planner")
    env = dict(os.environ, QGIS_PLUGINPATH=str(plugins), HOME=str(tmp_path / "home"),
               XDG_RUNTIME_DIR=str(tmp_path / "home"), QT_QPA_PLATFORM="offscreen")
    subprocess.run([QGIS_PROCESS, "plugins", "enable", "csiap_planner"], env=env, capture_output=True, timeout=120)
    output = str(tmp_path / "kota.gpkg")
    completed = subprocess.run([QGIS_PROCESS, "run", "csiap:consolidate", "--json", "--",
                                "INPUT={};{}".format(sample, made[1]), "LANGUAGE=1", "OUTPUT=" + output],
                               env=env, capture_output=True, text=True, timeout=300)
    assert completed.returncode == 0, completed.stdout[-2000:] + completed.stderr[-2000:]
    results = json.loads(completed.stdout[completed.stdout.index("{"):])["results"]
    assert (results["INCLUDED"], results["REFUSED"], results["OUTPUT"]) == (2, 0, output)
    expected = sum(rows(path, "SELECT count(*) AS n FROM actions")[0]["n"] for path in (sample, made[1]))
    assert results["PROPOSALS"] == expected == rows(output, "SELECT count(*) AS n FROM priority_list")[0]["n"]


def test_a_postgis_kelurahan(kelurahan, postgis_reference, tmp_path):
    """Cipulir copied into a PostGIS schema (its rows as they are, with plain GDAL reads through
    storage's writer), consolidated with the sample's GeoPackage: the same rows, totals and
    list as from Cipulir's GeoPackage; and with that GeoPackage, the same kelurahan twice."""
    from csiap_planner.workspace import create_workspace
    from csiap_planner.workspace.project import shown
    from csiap_planner.workspace.storage import read_features, write_rows
    from qgis.core import QgsVectorLayer

    import processing

    sample, _agreed, (cipulir, _other) = kelurahan
    outline = QgsVectorLayer(os.path.join(SHARED, "kelurahan_jakarta.shp"), "kelurahan", "ogr")
    outline.setSubsetString("\"KEL_NAME2\" = 'Cipulir'")
    create_workspace(postgis_reference, "Cipulir", boundary=outline, kecamatan="Kebayoran Lama")
    del outline
    copied = ("kelurahan", "rw", "households", "meetings", "area_indicators", "priorities", "agreed_priorities",
              "actions")
    write_rows(postgis_reference, {name: read_features(cipulir, name) for name in copied}, replace=True)

    output = str(tmp_path / "kota.gpkg")
    result = processing.run("csiap:consolidate", {"INPUT": sample + "\n" + postgis_reference, "LANGUAGE": 1,
                                                  "OUTPUT": output})
    assert (result["INCLUDED"], result["REFUSED"]) == (2, 0)
    table = rows(output, "SELECT * FROM kelurahan ORDER BY fid")
    assert [r["workspace"] for r in table] == [sample, shown(postgis_reference)]
    (identity,) = rows(cipulir, "SELECT uuid, name, kemendagri_code FROM kelurahan")
    assert (table[1]["kelurahan_uuid"], table[1]["name"]) == (identity["uuid"], "Cipulir")
    for name in ("area_indicators", "priorities", "actions"):
        source = {r["uuid"] for r in rows(cipulir, "SELECT uuid FROM {}".format(name))}
        got = {r["source_uuid"] for r in rows(output, "SELECT source_uuid FROM {} WHERE kelurahan_uuid = ?".format(
            name), identity["uuid"])}
        assert got == source and source, name
    expected = funding_oracle(cipulir)
    got = {r["funding_source"]: r["amount"] for r in rows(output, "SELECT * FROM funding_totals WHERE "
                                                                  "kelurahan_uuid = ?", identity["uuid"])}
    assert got.keys() == expected.keys() and all(abs(got[s] - expected[s]) < 0.01 for s in expected)
    assert [r["action_uuid"] for r in rows(output, "SELECT action_uuid FROM priority_list ORDER BY rank")] == \
        list_oracle([sample, cipulir])

    twice = processing.run("csiap:consolidate", {"INPUT": cipulir + "\n" + postgis_reference, "LANGUAGE": 1,
                                                 "OUTPUT": str(tmp_path / "twice.gpkg")})
    assert (twice["INCLUDED"], twice["REFUSED"]) == (1, 1)
    (row,) = rows(str(tmp_path / "twice.gpkg"), "SELECT reason FROM kelurahan WHERE status = 'refused'")
    assert row["reason"].startswith("the same kelurahan as " + cipulir)
