#!/usr/bin/env bash
# Rebuild sample/pondok_pinang.gpkg from the shared real data (a developer tool;
# the result is committed so that a fresh clone has the sample without ../shared).
# Layers are copied as they are (ODbL, © OpenStreetMap contributors): no attribute edits.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
src=${1:-$here/../shared/data/jakarta/jakarta_pondok_pinang.gpkg}
out=$here/sample/pondok_pinang.gpkg
rm -f "$out"
ogr2ogr -f GPKG "$out" "$src" kelurahan_from_rw -nln kelurahan
ogr2ogr -update "$out" "$src" rw -nln rw
ogr2ogr -update "$out" "$src" buildings_osm_jk -nln buildings_osm
ogr2ogr -update "$out" "$src" buildings_osm2012 -nln buildings_osm2012
ogr2ogr -update "$out" "$src" roads_osm2012 -nln roads_osm2012
# The six kelurahan of Kecamatan Kebayoran Lama: the context of the annex maps' inset.
ogr2ogr -update "$out" "$(dirname "$src")/kelurahan_jakarta.shp" -nln kelurahan_kebayoran_lama \
    -nlt PROMOTE_TO_MULTI -where "KEC_NAME_1 = 'KECAMATAN KEBAYORAN LAMA'"
ogrinfo -so "$out" | tail -n +3
