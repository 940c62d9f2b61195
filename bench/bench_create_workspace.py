"""Benchmark: csiap:createworkspace on the sample against an anchor measured
in the same run — a bare GeoPackage with the same layers and fields written
with plain GDAL (no code lists, styles, forms or project).

Run by hand: `make bench`. Prints seconds and the ratio; no target is set
for this step yet (creation is a one-off per kelurahan).
"""

import os
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "scripts"))
from qgis_app import ROOT, start  # noqa: E402

REPEAT = 5


def anchor(path):
    from csiap_planner.core import schema
    from osgeo import gdal, ogr, osr

    types = {schema.TEXT: ogr.OFTString, schema.INTEGER: ogr.OFTInteger, schema.REAL: ogr.OFTReal,
             schema.DATE: ogr.OFTDate, schema.BOOLEAN: ogr.OFTInteger}
    geometry = {schema.POINT: ogr.wkbPoint, schema.MULTIPOLYGON: ogr.wkbMultiPolygon,
                schema.MULTILINESTRING: ogr.wkbMultiLineString, None: ogr.wkbNone}
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32748)
    dataset = gdal.GetDriverByName("GPKG").Create(path, 0, 0, 0, gdal.GDT_Unknown)
    for layer_def in schema.LAYERS:
        layer = dataset.CreateLayer(layer_def.name, srs if layer_def.is_spatial else None, geometry[layer_def.geometry])
        for field in layer_def.fields:
            layer.CreateField(ogr.FieldDefn(field.name, types[field.type]))
    dataset = None


def best(function):
    times = []
    for _ in range(REPEAT):
        with tempfile.TemporaryDirectory() as folder:
            started = time.perf_counter()
            function(os.path.join(folder, "w.gpkg"))
            times.append(time.perf_counter() - started)
    return min(times)


def main():
    start()
    from csiap_planner.workspace import create_workspace
    from qgis.core import QgsVectorLayer

    boundary = QgsVectorLayer(os.path.join(ROOT, "sample", "pondok_pinang.gpkg") + "|layername=kelurahan", "b", "ogr")
    ours = best(lambda path: create_workspace(path, "Pondok Pinang", boundary=boundary))
    bare = best(anchor)
    print("createworkspace (GeoPackage + styles + forms + project): {:.3f} s".format(ours))
    print("anchor: bare GDAL GeoPackage with the same layers:        {:.3f} s".format(bare))
    print("ratio: {:.2f}x".format(ours / bare))


if __name__ == "__main__":
    main()
