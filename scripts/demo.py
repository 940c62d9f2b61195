"""`make demo`: run the main job on the bundled sample kelurahan.

At this stage: create the Pondok Pinang workspace and its project in ./demo/.
"""

import os
import sys

from qgis_app import ROOT, start

SAMPLE = os.path.join(ROOT, "sample", "pondok_pinang.gpkg")


def main(folder):
    start()
    from qgis.core import QgsVectorLayer

    import processing

    os.makedirs(folder, exist_ok=True)
    result = processing.run("csiap:createworkspace", {
        "KELURAHAN": "Pondok Pinang",
        "KECAMATAN": "Kebayoran Lama",
        "KOTA_KABUPATEN": "Kota Administrasi Jakarta Selatan",
        "PROVINSI": "DKI Jakarta",
        "BOUNDARY": SAMPLE + "|layername=kelurahan",
        "LANGUAGE": 0,
        "OUTPUT": os.path.join(os.path.abspath(folder), "pondok_pinang.gpkg"),
    })
    kelurahan = QgsVectorLayer(result["OUTPUT"] + "|layername=kelurahan", "k", "ogr")
    feature = next(kelurahan.getFeatures())
    print("Workspace: {}".format(result["OUTPUT"]))
    print("Project:   {}".format(result["PROJECT"]))
    print("Kelurahan {} — {:.1f} ha, CRS {}".format(feature["name"], feature["area_ha"], kelurahan.crs().authid()))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "demo")
