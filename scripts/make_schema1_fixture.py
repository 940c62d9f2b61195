"""Write tests/data/workspace_schema1.{gpkg,qgz}: a workspace made by plugin
0.1.0 (schema 1), with rows typed into it, for the upgrade tests.

It must be made by the 0.1.0 code itself, so run it from a checkout of that
commit (the one that landed with schema 1):

    git worktree add /tmp/v1/csiap_planner 9a239fb
    QT_QPA_PLATFORM=offscreen python3 scripts/make_schema1_fixture.py /tmp/v1 tests/data

Households carry made-up names, NIK and phone numbers (personal fields the
privacy tests look for); every row is synthetic.
"""

import os
import random
import sqlite3
import sys
import uuid

OLD_PLUGINS, TARGET = sys.argv[1], sys.argv[2]
sys.path.insert(0, OLD_PLUGINS)   # csiap_planner of 0.1.0, not this one
sys.path.insert(0, "/usr/share/qgis/python/plugins")
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLE = os.path.join(HERE, "sample", "pondok_pinang.gpkg")

from osgeo import ogr, osr  # noqa: E402
from qgis.core import QgsApplication, QgsVectorLayer  # noqa: E402

ogr.UseExceptions()


def make_workspace(path):
    from csiap_planner.workspace import create_workspace

    boundary = QgsVectorLayer(SAMPLE + "|layername=kelurahan", "kelurahan", "ogr")
    create_workspace(path, "Pondok Pinang", language="id", kemendagri_code="31.74.09.1004",
                     kecamatan="Kebayoran Lama", kota_kabupaten="Jakarta Selatan", provinsi="DKI Jakarta",
                     boundary=boundary)


def fill(path):
    """17 RW, the 4 RT of RW 001 and 24 households, as typed in 0.1.0."""
    rng = random.Random(7)
    source, target = ogr.Open(SAMPLE), ogr.Open(path, 1)
    srs = target.GetLayerByName("rw").GetSpatialRef()
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)

    def copy(layer):
        layer_srs = layer.GetSpatialRef()
        layer_srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        transform = osr.CoordinateTransformation(layer_srs, srs)
        for feature in layer:
            geometry = feature.GetGeometryRef().Clone()
            geometry.Transform(transform)
            yield feature, ogr.ForceToMultiPolygon(geometry)

    def add(layer, values, geometry):
        row = ogr.Feature(layer.GetLayerDefn())
        row["uuid"] = str(uuid.UUID(int=rng.getrandbits(128)))
        for name, value in values.items():
            row[name] = value
        row.SetGeometry(geometry)
        layer.CreateFeature(row)

    target.StartTransaction()
    rw = target.GetLayerByName("rw")
    for feature, geometry in copy(source.GetLayerByName("rw")):
        add(rw, {"code": "{:03d}".format(int(feature["RW"].split()[-1])), "data_source": "import"}, geometry)
    rt, centres = target.GetLayerByName("rt"), []
    split = source.GetLayerByName("rt_synthetic")
    split.SetAttributeFilter("RW = 'RW 01'")
    for feature, geometry in copy(split):
        code = "{:03d}".format(int(feature["RT"].split()[-1]))
        add(rt, {"rw": "001", "code": code, "data_source": "survey"}, geometry)
        centre = geometry.Centroid()
        centres.append((code, centre.GetX(), centre.GetY()))
    households = target.GetLayerByName("households")
    for i in range(24):
        code, x, y = centres[i % len(centres)]
        point = ogr.Geometry(ogr.wkbPoint)
        point.AddPoint_2D(x + (i % 5) * 3.0, y + (i % 3) * 3.0)
        add(households, {
            "rw": "001", "rt": code, "household_head": "Kepala Contoh {}".format(i),
            "nik": "31740900000000{:02d}".format(i), "phone": "0812000000{:02d}".format(i),
            "members": 3 + i % 4, "low_income": i % 3 == 0,
            "toilet_access": ("own", "shared", "public", "none")[i % 4],
            "water_source": ("piped", "protected_well")[i % 2], "notes": "diketik di 0.1.0"}, point)
    target.CommitTransaction()
    target = None
    connection = sqlite3.connect(path)
    connection.execute("VACUUM")
    connection.close()


if __name__ == "__main__":
    app = QgsApplication([], False)
    app.initQgis()
    gpkg = os.path.abspath(os.path.join(TARGET, "workspace_schema1.gpkg"))
    make_workspace(gpkg)
    fill(gpkg)
    app.exitQgis()
