"""Issue 14's bad-input catalogue: one entry per kind of bad input a careless user
or a hostile file brings to the importers (survey, boundaries, surrounding areas),
workspace creation and the exports.

Each kind runs in both languages and states what must happen:
- refused: the Processing error carries the expected message (English and
  Indonesian, written here by hand, not taken from the code), never a traceback
  ("There were errors executing the algorithm"), and the workspace is unchanged:
  its SQL dump (sqlite3, every table and row; on PostGIS every table's rows read
  with psycopg2) hashes the same before and after;
- imported: rows in (counted here, from the file this test wrote) = imported +
  rejected + filtered, the rows added equal what sqlite3 (psycopg2) counts in the workspace,
  the expected note is given in the user's language, and a check of its own
  against an independent computation (sqlite3, OGR, pyproj, shapely, geopandas).

Each kind with a workspace runs on a GeoPackage and on PostGIS (issue 18); one without
(creating a GeoPackage workspace, reading files) runs once.

The write-layer faults (locks, full disks, kills) are another catalogue's.
"""

import codecs
import csv
import hashlib
import os
import re
import shutil
import sqlite3
import zipfile
from dataclasses import dataclass
from typing import Callable, Optional, Tuple
from xml.sax.saxutils import escape

import geopandas
import pytest
from osgeo import gdal
from pyproj import Transformer
from shapely.affinity import translate
from shapely.geometry import GeometryCollection, Point
from shapely.ops import unary_union

from tests.conftest import (
    BACKENDS,
    _copy_schema,
    _drop_schema,
    _pg_address,
    _query,
    _read_layer,
    _workspace_state,
    is_postgis_reference,
)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLE = os.path.join(ROOT, "sample", "pondok_pinang.gpkg")
JAKARTA = os.path.join(os.path.dirname(ROOT), "shared", "data", "jakarta")
LAT, LON = -6.2755, 106.7852   # inside Pondok Pinang
HEADER = ["_uuid", "toilet_access", "members", "_location_latitude", "_location_longitude"]
CRASH = "There were errors executing the algorithm"
LANGUAGES = {"id": 0, "en": 1}


# --- what a case is ----------------------------------------------------------------

@dataclass
class Case:
    kind: str
    build: Callable            # (folder, workspace) -> (parameters, check or None)
    algorithm: str = "csiap:importsurvey"
    refused: Optional[Tuple[str, str]] = None   # (English, Indonesian) patterns of the error
    note: Optional[Tuple[str, str]] = None      # (English, Indonesian) patterns of a note or warning
    rows: Optional[int] = None                  # input rows or features, as this test wrote them
    workspace: str = "sample"                   # sample | bare (no outline) | boundaries (RW+RT) | none


CASES = []


def case(kind, **options):
    def register(build):
        CASES.append(Case(kind, build, **options))
        return build
    return register


# --- helpers: files written here, workspaces read with sqlite3 ----------------------

def rows_at(count, start=0, **columns):
    """Household rows inside the kelurahan, 30 m apart."""
    return [["u{}".format(start + i), columns.get("toilet", "own"), "4", "{:.6f}".format(LAT + 0.0003 * i),
             "{:.6f}".format(LON)] for i in range(count)]


def write_csv(path, rows, delimiter=",", encoding="utf-8", prefix=b""):
    with open(path, "wb") as handle:
        handle.write(prefix)
    with open(path, "a", newline="", encoding=encoding) as handle:
        csv.writer(handle, delimiter=delimiter).writerows(rows)
    return str(path)


def column_name(index):
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


def write_xlsx(path, sheets):
    """A minimal XLSX written from its XML by hand (independent of GDAL): ``sheets``
    is ``[(name, rows)]``; cells are text, numbers or None."""
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    with zipfile.ZipFile(path, "w") as archive:
        types = "".join('<Override PartName="/xl/worksheets/sheet{}.xml" ContentType="application/'
                        'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'.format(i + 1)
                        for i in range(len(sheets)))
        archive.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://'
                         'schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" '
                         'ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default '
                         'Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" '
                         'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                         + types + "</Types>")
        archive.writestr("_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://'
                         'schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="'
                         + rel + '/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        archive.writestr("xl/workbook.xml", '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{}" '
                         'xmlns:r="{}"><sheets>{}</sheets></workbook>'.format(main, rel, "".join(
                             '<sheet name="{}" sheetId="{}" r:id="rId{}"/>'.format(escape(name), i + 1, i + 1)
                             for i, (name, _rows) in enumerate(sheets))))
        archive.writestr("xl/_rels/workbook.xml.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships '
                         'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' + "".join(
                             '<Relationship Id="rId{0}" Type="{1}/worksheet" Target="worksheets/sheet{0}.xml"/>'
                             .format(i + 1, rel) for i in range(len(sheets))) + "</Relationships>")
        for i, (_name, rows) in enumerate(sheets):
            xml_rows = []
            for r, row in enumerate(rows, start=1):
                cells = []
                for c, value in enumerate(row):
                    ref = "{}{}".format(column_name(c), r)
                    if value is None:
                        continue
                    if isinstance(value, (int, float)):
                        cells.append('<c r="{}"><v>{}</v></c>'.format(ref, value))
                    else:
                        cells.append('<c r="{}" t="inlineStr"><is><t>{}</t></is></c>'.format(ref, escape(value)))
                xml_rows.append('<row r="{}">{}</row>'.format(r, "".join(cells)))
            archive.writestr("xl/worksheets/sheet{}.xml".format(i + 1), '<?xml version="1.0" encoding="UTF-8"?>'
                             '<worksheet xmlns="{}"><sheetData>{}</sheetData></worksheet>'.format(
                                 main, "".join(xml_rows)))
    return str(path)


def numeric_rows(count):
    return [["x{}".format(i), "own", 4, LAT + 0.0003 * i, LON] for i in range(count)]


def dump_hash(path):
    """Everything the workspace holds: its SQL dump (sqlite3, every table and row) hashed;
    every table's rows of a PostGIS schema (``workspace_state``, psycopg2)."""
    if is_postgis_reference(path):
        return _workspace_state(path)
    connection = sqlite3.connect(path)
    try:
        text = "\n".join(connection.iterdump())
    finally:
        connection.close()
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def count(path, table):
    return _query(path, 'SELECT COUNT(*) FROM "{}"'.format(table))[0][0]


def select(path, sql, *values):
    return _query(path, sql, *values)


def sample_rw():
    return geopandas.read_file(SAMPLE, layer="rw")


def workspace_crs(path):
    return _read_layer(path, "kelurahan").crs


def outline(path):
    return _read_layer(path, "kelurahan").geometry.iloc[0]


def run(algorithm, parameters, feedback=None):
    import processing

    return processing.run(algorithm, parameters, feedback=feedback)


# --- survey files -------------------------------------------------------------------

@case("survey_unknown_columns_reported_with_mapping", rows=3,
      note=(r"Columns not imported.*head_name.*toilet.*household_head=head_name; toilet_\w+=toilet",
            r"Kolom yang tidak diimpor.*head_name.*toilet.*household_head=head_name; toilet_\w+=toilet"))
def _(folder, workspace):
    header = HEADER + ["head_name", "toilet", "start", "_index", "_submission_time"]
    rows = [row + ["Ibu Contoh {}".format(i), "own", "2026-09-01", str(i), "x"] for i, row in enumerate(rows_at(3))]

    def check(result, workspace, folder, language):
        notes = result["FILE_NOTES"]
        assert "start" not in notes and "_index" not in notes   # Kobo's own columns are no news
    return {"INPUT": write_csv(folder / "kk.csv", [header] + rows), "TARGET": 0}, check


@case("survey_no_uuid_column_reimport_updates", rows=3,
      note=(r"3 rows have no ID", r"3 baris tidak memiliki ID"))
def _(folder, workspace):
    rows = [row[1:] for row in rows_at(3)]
    path = write_csv(folder / "kk.csv", [HEADER[1:]] + rows)

    def check(result, workspace, folder, language):
        before = count(workspace, "households")
        again = run("csiap:importsurvey", {"INPUT": path, "TARGET": 0, "WORKSPACE": workspace})
        assert (again["INSERTED"], again["UPDATED"]) == (0, 3)
        assert count(workspace, "households") == before
    return {"INPUT": path, "TARGET": 0}, check


@case("survey_empty_uuid_cells_reimport_updates", rows=4, note=(r"2 rows have no ID", r"2 baris tidak memiliki ID"))
def _(folder, workspace):
    rows = rows_at(4)
    rows[1][0] = rows[3][0] = ""
    path = write_csv(folder / "kk.csv", [HEADER] + rows)

    def check(result, workspace, folder, language):
        again = run("csiap:importsurvey", {"INPUT": path, "TARGET": 0, "WORKSPACE": workspace})
        assert (again["INSERTED"], again["UPDATED"]) == (0, 4)
    return {"INPUT": path, "TARGET": 0}, check


ODK_HEADER = ["meta-instanceID", "meta-deprecatedID", "household-toilet_access", "location-Latitude",
              "location-Longitude"]


@case("survey_odk_edit_in_the_same_file", rows=2)
def _(folder, workspace):
    rows = [["uuid:A", "", "own", LAT, LON], ["uuid:B", "uuid:A", "none", LAT, LON]]

    def check(result, workspace, folder, language):
        assert select(workspace, "SELECT uuid, toilet_access FROM households WHERE uuid IN ('A', 'B')") == [
            ("A", "none")]
        assert result["REJECTED_COUNT"] == 1
    return {"INPUT": write_csv(folder / "odk.csv", [ODK_HEADER] + rows), "TARGET": 0}, check


@case("survey_odk_edit_in_a_later_export", rows=1)
def _(folder, workspace):
    first = write_csv(folder / "odk1.csv", [ODK_HEADER, ["uuid:A", "", "own", LAT, LON]])
    run("csiap:importsurvey", {"INPUT": first, "TARGET": 0, "WORKSPACE": workspace})

    def check(result, workspace, folder, language):
        assert (result["INSERTED"], result["UPDATED"]) == (0, 1)
        assert select(workspace, "SELECT uuid, toilet_access FROM households WHERE uuid IN ('A', 'B')") == [
            ("A", "shared")]
    return {"INPUT": write_csv(folder / "odk2.csv", [ODK_HEADER, ["uuid:B", "uuid:A", "shared", LAT, LON]]),
            "TARGET": 0}, check


@case("survey_odk_edit_chain_of_three", rows=3)
def _(folder, workspace):
    rows = [["uuid:C", "uuid:B", "none", LAT, LON], ["uuid:A", "", "own", LAT, LON],
            ["uuid:B", "uuid:A", "shared", LAT, LON]]   # the newest edit first: the chain, not the order, decides

    def check(result, workspace, folder, language):
        assert select(workspace, "SELECT uuid, toilet_access FROM households WHERE uuid IN ('A', 'B', 'C')") == [
            ("A", "none")]
    return {"INPUT": write_csv(folder / "odk.csv", [ODK_HEADER] + rows), "TARGET": 0}, check


@case("survey_kobo_root_uuid_of_an_edit", rows=1)
def _(folder, workspace):
    header = ["_uuid", "meta/rootUuid"] + HEADER[1:]
    run("csiap:importsurvey", {"INPUT": write_csv(folder / "k1.csv", [header, ["X1", "uuid:R", "own", 4, LAT, LON]]),
                               "TARGET": 0, "WORKSPACE": workspace})

    def check(result, workspace, folder, language):
        assert result["UPDATED"] == 1
        assert select(workspace, "SELECT uuid, members FROM households WHERE uuid IN ('R', 'X1', 'X2')") == [("R", 6)]
    return {"INPUT": write_csv(folder / "k2.csv", [header, ["X2", "uuid:R", "own", 6, LAT, LON]]), "TARGET": 0}, check


@case("survey_same_uuid_twice_the_later_row_wins", rows=2)
def _(folder, workspace):
    rows = [["dup", "own", "3", LAT, LON], ["dup", "none", "5", LAT, LON]]

    def check(result, workspace, folder, language):
        assert select(workspace, "SELECT toilet_access, members FROM households WHERE uuid = 'dup'") == [("none", 5)]
        rejected = geopandas.read_file(result["REJECTED"])
        assert list(rejected["row"]) == [1] and list(rejected["reject_kind"]) == ["duplicate_uuid"]
        assert re.search(r"row 2 .*later edit" if language == "en" else r"baris 2 .*suntingan yang lebih baru",
                         rejected["reject_reason"].iloc[0])
    return {"INPUT": write_csv(folder / "dup.csv", [HEADER] + rows), "TARGET": 0,
            "REJECTED": str(folder / "rejected.gpkg")}, check


@case("survey_cell_over_128_kib", refused=(r"near line 3 is longer than 128 KiB.*quote",
                                           r"dekat baris 3 lebih panjang dari 128 KiB.*kutip"))
def _(folder, workspace):
    rows = [HEADER + ["notes"]] + [row + ["ok"] for row in rows_at(1)] + [rows_at(1, 1)[0] + ["x" * 140000]]
    return {"INPUT": write_csv(folder / "big.csv", rows), "TARGET": 0}, None


def utf16_check(result, workspace, folder, language):
    assert select(workspace, "SELECT uuid, toilet_access, members FROM households WHERE uuid IN ('u0', 'u1') "
                             "ORDER BY uuid") == [("u0", "own", 4), ("u1", "own", 4)]


@case("survey_utf16_le_with_bom", rows=2)
def _(folder, workspace):
    return {"INPUT": write_csv(folder / "u16.csv", [HEADER] + rows_at(2), encoding="utf-16"), "TARGET": 0}, utf16_check


@case("survey_utf16_be_with_bom", rows=2)
def _(folder, workspace):
    return {"INPUT": write_csv(folder / "u16be.csv", [HEADER] + rows_at(2), encoding="utf-16-be",
                               prefix=codecs.BOM_UTF16_BE), "TARGET": 0}, utf16_check


@case("survey_utf16_le_without_bom", rows=2)
def _(folder, workspace):
    return {"INPUT": write_csv(folder / "u16n.csv", [HEADER] + rows_at(2), encoding="utf-16-le"),
            "TARGET": 0}, utf16_check


@case("survey_two_boms_uuid_still_found", rows=2)
def _(folder, workspace):
    path = write_csv(folder / "bom.csv", [HEADER] + rows_at(2), prefix=codecs.BOM_UTF8 * 2)

    def check(result, workspace, folder, language):
        utf16_check(result, workspace, folder, language)
        again = run("csiap:importsurvey", {"INPUT": path, "TARGET": 0, "WORKSPACE": workspace})
        assert (again["INSERTED"], again["UPDATED"]) == (0, 2)
    return {"INPUT": path, "TARGET": 0}, check


@case("survey_duplicate_column_names", refused=(r"column 'members' appears twice \(columns 3 and 6\)",
                                                r"kolom 'members' muncul dua kali \(kolom 3 dan 6\)"))
def _(folder, workspace):
    rows = [HEADER + ["members"]] + [row + ["9"] for row in rows_at(2)]
    return {"INPUT": write_csv(folder / "dupcol.csv", rows), "TARGET": 0}, None


@case("survey_duplicate_column_names_in_other_case", refused=(r"column 'members' appears twice",
                                                              r"kolom 'members' muncul dua kali"))
def _(folder, workspace):
    rows = [HEADER[:2] + ["Members"] + HEADER[3:] + ["members"]] + [row + ["9"] for row in rows_at(2)]
    return {"INPUT": write_csv(folder / "dupcol.csv", rows), "TARGET": 0}, None


def mixed_delimiters(folder, header_delimiter, row_delimiter):
    path = folder / "mixed.csv"
    with open(path, "w", encoding="utf-8", newline="") as handle:
        handle.write(header_delimiter.join(HEADER) + "\r\n")
        for row in rows_at(3):
            handle.write(row_delimiter.join(row) + "\r\n")
    return {"INPUT": str(path), "TARGET": 0}, None


@case("survey_header_semicolons_rows_commas",
      refused=(r"header row is separated by ';' but the rows by ','",
               r"Baris judul dipisahkan dengan ';' tetapi baris data dengan ','"))
def _(folder, workspace):
    return mixed_delimiters(folder, ";", ",")


@case("survey_header_commas_rows_tabs", refused=(r"separated by ',' but the rows by 'TAB'",
                                                 r"dipisahkan dengan ',' tetapi baris data dengan 'TAB'"))
def _(folder, workspace):
    return mixed_delimiters(folder, ",", "\t")


@case("survey_binary_file", refused=(r"not a CSV text file: it holds binary data",
                                     r"bukan berkas teks CSV: berisi data biner"))
def _(folder, workspace):
    path = folder / "survey.csv"
    path.write_bytes(b"uuid,lat\x00\x01\x02" + bytes(range(256)) * 4)
    return {"INPUT": str(path), "TARGET": 0}, None


def renamed(folder, data, name="survey.csv"):
    path = folder / name
    path.write_bytes(data)
    return {"INPUT": str(path), "TARGET": 0}, None


@case("survey_xlsx_saved_as_csv", refused=(r"not a CSV text file but a ZIP",
                                           r"bukan berkas teks CSV melainkan berkas ZIP"))
def _(folder, workspace):
    return renamed(folder, open(write_xlsx(folder / "real.xlsx", [("Data", [HEADER] + numeric_rows(2))]), "rb").read())


@case("survey_geopackage_saved_as_csv", refused=(r"not a CSV text file but a SQLite", r"melainkan berkas SQLite"))
def _(folder, workspace):
    return renamed(folder, open(SAMPLE, "rb").read(65536))


@case("survey_pdf_saved_as_csv", refused=(r"not a CSV text file but a PDF", r"melainkan berkas PDF"))
def _(folder, workspace):
    return renamed(folder, b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n")


@case("survey_one_cp1252_line_in_a_utf8_file", rows=3,
      note=(r"1 rows are not UTF-8 and were read as Windows-1252 \(rows 2,",
            r"1 baris bukan UTF-8 dan dibaca sebagai Windows-1252 \(baris 2,"))
def _(folder, workspace):
    header = ["uuid", "category", "description", "lat", "lon"]
    lines = [",".join(header), "p1,genangan,Saluran di depan café Bu Ani,{},{}".format(LAT, LON)]
    path = folder / "problems.csv"
    data = ("\n".join(lines) + "\n").encode("utf-8")
    data += "p2,genangan,Got penuh – warung Pak Yusuf,{},{}\n".format(LAT, LON).encode("cp1252")
    data += "p3,genangan,Sampah di jalan “Mawar”,{},{}\n".format(LAT, LON).encode("utf-8")
    path.write_bytes(data)

    def check(result, workspace, folder, language):
        assert select(workspace, "SELECT uuid, description FROM problems WHERE uuid LIKE 'p_' ORDER BY uuid") == [
            ("p1", "Saluran di depan café Bu Ani"), ("p2", "Got penuh – warung Pak Yusuf"),
            ("p3", "Sampah di jalan “Mawar”")]
    return {"INPUT": str(path), "TARGET": 1}, check


def stored_x(result, workspace, folder, language):
    assert select(workspace, "SELECT uuid, toilet_access, members FROM households WHERE uuid LIKE 'x_' "
                             "ORDER BY uuid") == [("x0", "own", 4), ("x1", "own", 4)]


@case("survey_xlsx_title_row_above_the_header", rows=2,
      note=(r"found on row 2 of the sheet 'Survei'", r"ditemukan pada baris 2 di sheet 'Survei'"))
def _(folder, workspace):
    sheet = [["Survei rumah tangga Pondok Pinang, September 2026"], HEADER] + numeric_rows(2)
    return {"INPUT": write_xlsx(folder / "t.xlsx", [("Survei", sheet)]), "TARGET": 0}, stored_x


@case("survey_xlsx_data_on_the_second_sheet", rows=2,
      note=(r"found on row 1 of the sheet 'Data'", r"ditemukan pada baris 1 di sheet 'Data'"))
def _(folder, workspace):
    sheets = [("Petunjuk", [["Isi sheet Data"], ["Satu baris per KK"]]), ("Data", [HEADER] + numeric_rows(2))]
    return {"INPUT": write_xlsx(folder / "s.xlsx", sheets), "TARGET": 0}, stored_x


@case("survey_xlsx_no_known_column_on_any_sheet",
      refused=(r"No coordinates found.*sheets Satu, Dua", r"Koordinat tidak ditemukan.*sheet Satu, Dua"))
def _(folder, workspace):
    sheets = [("Satu", [["nama", "alamat"], ["a", "b"]]), ("Dua", [["p", "q"], [1, 2]])]
    return {"INPUT": write_xlsx(folder / "n.xlsx", sheets), "TARGET": 0}, None


@case("survey_xlsx_sheet_that_does_not_exist",
      refused=(r"has no layer or sheet named Nope", r"tidak memiliki layer atau sheet bernama Nope"))
def _(folder, workspace):
    return {"INPUT": write_xlsx(folder / "n.xlsx", [("Data", [HEADER] + numeric_rows(1))]) + "|layername=Nope",
            "TARGET": 0}, None


def projected(epsg, count=2):
    to = Transformer.from_crs(4326, epsg, always_xy=True)
    return [["m{}".format(i), "own", "4", "{:.2f}".format(to.transform(LON, LAT + 0.0003 * i)[1]),
             "{:.2f}".format(to.transform(LON, LAT + 0.0003 * i)[0])] for i in range(count)]


@case("survey_utm_metres_in_the_degree_columns",
      refused=(r"look like metres, not degrees.*EPSG:32748", r"tampaknya dalam meter, bukan derajat.*EPSG:32748"))
def _(folder, workspace):
    return {"INPUT": write_csv(folder / "utm.csv", [HEADER] + projected(32748)), "TARGET": 0}, None


@case("survey_web_mercator_in_the_degree_columns",
      refused=(r"look like metres.*EPSG:3857", r"dalam meter.*EPSG:3857"))
def _(folder, workspace):
    return {"INPUT": write_csv(folder / "merc.csv", [HEADER] + projected(3857)), "TARGET": 0}, None


@case("survey_utm_north_metres_in_the_degree_columns",
      refused=(r"look like metres.*UTM 46N", r"dalam meter.*UTM 46N"))
def _(folder, workspace):
    to = Transformer.from_crs(4326, 32647, always_xy=True)   # Medan, UTM 47N
    x, y = to.transform(98.6722, 3.5952)
    return {"INPUT": write_csv(folder / "medan.csv", [HEADER, ["m", "own", "4", "{:.1f}".format(y),
                                                              "{:.1f}".format(x)]]), "TARGET": 0}, None


@case("survey_utm_metres_with_their_crs_given", rows=2)
def _(folder, workspace):
    def check(result, workspace, folder, language):
        assert result["INSERTED"] == 2
        stored = _read_layer(workspace, "households").set_index("uuid")
        expected = geopandas.GeoSeries([Point(LON, LAT + 0.0003)], crs=4326).to_crs(stored.crs).iloc[0]
        assert stored.loc["m1"].geometry.distance(expected) < 0.05
    return {"INPUT": write_csv(folder / "utm.csv", [HEADER] + projected(32748)), "TARGET": 0,
            "COORDINATE_CRS": "EPSG:32748"}, check


@case("survey_some_rows_in_metres", rows=3)
def _(folder, workspace):
    rows = rows_at(2) + projected(32748, 1)

    def check(result, workspace, folder, language):
        rejected = geopandas.read_file(result["REJECTED"])
        assert list(rejected["row"]) == [3] and list(rejected["reject_kind"]) == ["outside_indonesia"]
        assert re.search(r"look like metres" if language == "en" else r"dalam meter", rejected["reject_reason"][0])
    return {"INPUT": write_csv(folder / "mix.csv", [HEADER] + rows), "TARGET": 0,
            "REJECTED": str(folder / "rejected.gpkg")}, check


@case("survey_mapping_names_an_unknown_field",
      refused=(r"names fields that households does not have: toilett\. Its fields are: .*toilet_access",
               r"menyebut field yang tidak ada di households: toilett\. Field-nya adalah: .*toilet_access"))
def _(folder, workspace):
    return {"INPUT": write_csv(folder / "kk.csv", [HEADER] + rows_at(2)), "TARGET": 0,
            "FIELD_MAPPING": "toilett=toilet_access"}, None


@case("survey_mapping_names_a_missing_column",
      refused=(r"has no columns jiwa\. Its columns are: _uuid", r"tidak memiliki kolom jiwa\. Kolomnya adalah: _uuid"))
def _(folder, workspace):
    return {"INPUT": write_csv(folder / "kk.csv", [HEADER] + rows_at(2)), "TARGET": 0,
            "FIELD_MAPPING": "members=jiwa"}, None


@case("survey_latitude_column_that_does_not_exist",
      refused=(r"has no columns lintang_gps", r"tidak memiliki kolom lintang_gps"))
def _(folder, workspace):
    return {"INPUT": write_csv(folder / "kk.csv", [HEADER] + rows_at(2)), "TARGET": 0,
            "LATITUDE_FIELD": "lintang_gps", "LONGITUDE_FIELD": "_location_longitude"}, None


@case("survey_into_a_workspace_without_outline", rows=2, workspace="bare",
      note=(r"no kelurahan outline: rows were not checked", r"tidak memiliki batas kelurahan: baris tidak diperiksa"))
def _(folder, workspace):
    return {"INPUT": write_csv(folder / "kk.csv", [HEADER] + rows_at(2)), "TARGET": 0}, None


class gdal_exceptions:
    """GDAL's exceptions on, as QGIS >= 3.38 sets them, for one ``with`` block."""

    def __enter__(self):
        self.before = gdal.GetUseExceptions()
        gdal.UseExceptions()

    def __exit__(self, *exc):
        if not self.before:
            gdal.DontUseExceptions()


@case("survey_unreadable_file_with_gdal_exceptions_on",
      refused=(r"cannot be read as a table or vector file", r"tidak dapat dibaca sebagai tabel atau berkas vektor"))
def _(folder, workspace):
    path = folder / "survey.gpkg"
    path.write_bytes(b"not a geopackage at all " * 100)
    return {"INPUT": str(path), "TARGET": 0, "_gdal_exceptions": True}, None


# --- boundary layers ----------------------------------------------------------------

def boundaries(folder, frame, name="rw.gpkg", driver="GPKG"):
    path = folder / name
    frame.to_file(path, driver=driver)
    return str(path)


@case("boundaries_points", algorithm="csiap:importboundaries",
      refused=(r"holds Point geometries, not polygons", r"berisi geometri Point, bukan poligon"))
def _(folder, workspace):
    frame = sample_rw()
    frame["geometry"] = frame.geometry.representative_point()
    return {"INPUT": boundaries(folder, frame), "LEVEL": 0, "CODE_FIELD": "RW"}, None


@case("boundaries_lines", algorithm="csiap:importboundaries",
      refused=(r"holds MultiLineString geometries, not polygons.*Lines to polygons",
               r"berisi geometri MultiLineString, bukan poligon.*Lines to polygons"))
def _(folder, workspace):
    frame = sample_rw()
    frame["geometry"] = frame.geometry.boundary
    return {"INPUT": boundaries(folder, frame), "LEVEL": 0, "CODE_FIELD": "RW"}, None


@case("boundaries_geometry_collections", algorithm="csiap:importboundaries",
      refused=(r"holds GeometryCollection geometries, not polygons", r"berisi geometri GeometryCollection"))
def _(folder, workspace):
    frame = sample_rw().to_crs(4326)
    frame["geometry"] = [GeometryCollection([g, g.representative_point()]) for g in frame.geometry]
    return {"INPUT": boundaries(folder, frame, "rw.geojson", "GeoJSON"), "LEVEL": 0, "CODE_FIELD": "RW"}, None


@case("boundaries_code_field_that_does_not_exist", algorithm="csiap:importboundaries",
      refused=(r"has no field 'NO_RW' \(CODE_FIELD\)\. Its fields are: .*RW",
               r"tidak memiliki field 'NO_RW' \(CODE_FIELD\)\. Field-nya adalah: .*RW"))
def _(folder, workspace):
    return {"INPUT": SAMPLE + "|layername=rw", "LEVEL": 0, "CODE_FIELD": "NO_RW"}, None


@case("boundaries_kelurahan_field_that_does_not_exist", algorithm="csiap:importboundaries",
      refused=(r"has no field 'KELURAHAN' \(KELURAHAN_FIELD\)",
               r"tidak memiliki field 'KELURAHAN' \(KELURAHAN_FIELD\)"))
def _(folder, workspace):
    return {"INPUT": SAMPLE + "|layername=rw", "LEVEL": 0, "CODE_FIELD": "RW", "KELURAHAN_FIELD": "KELURAHAN"}, None


@case("boundaries_rw_field_that_does_not_exist", algorithm="csiap:importboundaries",
      refused=(r"has no field 'NO_RW' \(RW_FIELD\)", r"tidak memiliki field 'NO_RW' \(RW_FIELD\)"))
def _(folder, workspace):
    return {"INPUT": SAMPLE + "|layername=rt_synthetic", "LEVEL": 1, "CODE_FIELD": "RT", "RW_FIELD": "NO_RW"}, None


@case("boundaries_shapefile_without_prj", algorithm="csiap:importboundaries", workspace="boundaries",
      refused=(r"has no CRS \(a shapefile without its \.prj file\?\)",
               r"tidak memiliki CRS \(shapefile tanpa berkas \.prj\?\)"))
def _(folder, workspace):
    path = boundaries(folder, sample_rw().to_crs(4326), "rw.shp", "ESRI Shapefile")
    os.remove(path[:-4] + ".prj")
    return {"INPUT": path, "LEVEL": 0, "CODE_FIELD": "RW"}, None


@case("boundaries_with_z_values_stored_2d", algorithm="csiap:importboundaries", rows=17,
      note=(r"Z or M values: they were dropped", r"nilai Z atau M: nilai itu dibuang"))
def _(folder, workspace):
    from shapely.ops import transform

    frame = sample_rw()
    frame["geometry"] = [transform(lambda x, y, z=None: (x, y, 12.5 + 0 * x), g) for g in frame.geometry]

    def check(result, workspace, folder, language):
        from osgeo import ogr

        if is_postgis_reference(workspace):
            assert _query(workspace, "SELECT DISTINCT ST_NDims(geom), count(*) FROM rw GROUP BY 1") == [(2, 17)]
            assert _query(workspace, "SELECT coord_dimension FROM geometry_columns WHERE "
                                     "f_table_schema = current_schema() AND f_table_name = 'rw'") == [(2,)]
            return
        dataset = ogr.Open(workspace)
        layer = dataset.GetLayerByName("rw")
        dimensions = {f.GetGeometryRef().CoordinateDimension() for f in layer}
        assert dimensions == {2} and layer.GetFeatureCount() == 17
        assert not ogr.GT_HasZ(layer.GetGeomType())
    return {"INPUT": boundaries(folder, frame), "LEVEL": 0, "CODE_FIELD": "RW"}, check


def empty_layer(folder, fields):
    """A GeoPackage polygon layer with fields and no feature, written with OGR."""
    from osgeo import ogr, osr

    path = str(folder / "empty.gpkg")
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    layer = dataset.CreateLayer("empty", srs, ogr.wkbMultiPolygon)
    for name in fields:
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    dataset = None
    return path


@case("boundaries_empty_layer", algorithm="csiap:importboundaries",
      refused=(r"is empty: it has no features to import", r"kosong: tidak ada fitur untuk diimpor"))
def _(folder, workspace):
    return {"INPUT": empty_layer(folder, ["RW"]), "LEVEL": 0, "CODE_FIELD": "RW"}, None


@case("boundaries_empty_layer_without_geometry_type", algorithm="csiap:importboundaries",
      refused=(r"is empty: it has no features to import", r"kosong: tidak ada fitur untuk diimpor"))
def _(folder, workspace):
    return {"INPUT": boundaries(folder, sample_rw().iloc[:0]), "LEVEL": 0, "CODE_FIELD": "RW"}, None


@case("boundaries_metres_declared_as_degrees", algorithm="csiap:importboundaries", workspace="none",
      refused=(r"lies outside the range of longitude and latitude.*is its CRS right",
               r"berada di luar rentang bujur dan lintang.*apakah CRS-nya benar"))
def _(folder, workspace):
    frame = sample_rw().to_crs(32748).set_crs(4326, allow_override=True)   # a .prj that says degrees
    return {"INPUT": boundaries(folder, frame), "LEVEL": 0, "CODE_FIELD": "RW", "VALIDATE_ONLY": True}, None


def homonyms(shift_m=30000.0):
    """The 17 real RW of Pondok Pinang (Kebayoran Lama) and a copy shifted east,
    named Pondok Pinang too but of another, made-up kecamatan: two kelurahan of one name."""
    real = sample_rw().to_crs(32748)   # shifted in metres
    real["KEL_NAME"], real["KEC_NAME"] = "PONDOK PINANG", "KEBAYORAN LAMA"
    other = real.copy()
    other["geometry"] = other.geometry.apply(lambda g: translate(g, shift_m, 0))
    other["KEC_NAME"] = "KECAMATAN LAIN (SINTETIS)"
    return geopandas.GeoDataFrame(geopandas.pd.concat([real, other], ignore_index=True), crs=real.crs)


def same_as_the_real_rw(result, workspace, folder, language):
    """Every stored RW is the real one: the same area as in the sample (geopandas), none doubled."""
    stored = _read_layer(workspace, "rw").set_index("code")
    real = sample_rw().to_crs(stored.crs)
    real["code"] = real["RW"].str.extract(r"(\d+)")[0].str.zfill(3)
    expected = real.dissolve("code").geometry.area
    assert sorted(stored.index) == sorted(expected.index)
    for code, area in expected.items():
        assert abs(stored.loc[code].geometry.area - area) < 1.0, code


@case("boundaries_two_kelurahan_of_one_name_kecamatan_field", algorithm="csiap:importboundaries", rows=34)
def _(folder, workspace):
    def check(result, workspace, folder, language):
        assert (result["IMPORTED"], result["FILTERED"], result["REJECTED_COUNT"]) == (17, 17, 0)
        same_as_the_real_rw(result, workspace, folder, language)
    return {"INPUT": boundaries(folder, homonyms()), "LEVEL": 0, "CODE_FIELD": "RW", "KELURAHAN_FIELD": "KEL_NAME",
            "KECAMATAN_FIELD": "KEC_NAME"}, check


@case("boundaries_two_kelurahan_of_one_name_outside_rejected", algorithm="csiap:importboundaries", rows=34)
def _(folder, workspace):
    def check(result, workspace, folder, language):
        assert (result["IMPORTED"], result["REJECTED_COUNT"]) == (17, 17)
        rejected = geopandas.read_file(result["REJECTED"])
        assert set(rejected["reject_kind"]) == {"outside_kelurahan"}
        assert set(rejected["KEC_NAME"]) == {"KECAMATAN LAIN (SINTETIS)"}
        same_as_the_real_rw(result, workspace, folder, language)
    return {"INPUT": boundaries(folder, homonyms()), "LEVEL": 0, "CODE_FIELD": "RW", "KELURAHAN_FIELD": "KEL_NAME",
            "REJECTED": str(folder / "rejected.gpkg")}, check


@case("boundaries_two_kelurahan_of_one_name_kecamatan_not_chosen", algorithm="csiap:importboundaries",
      workspace="none",
      refused=(r"kelurahan Pondok Pinang in 2 kecamatan \(KEBAYORAN LAMA, KECAMATAN LAIN \(SINTETIS\)\)",
               r"kelurahan Pondok Pinang di 2 kecamatan \(KEBAYORAN LAMA, KECAMATAN LAIN \(SINTETIS\)\)"))
def _(folder, workspace):
    return {"INPUT": boundaries(folder, homonyms()), "LEVEL": 0, "CODE_FIELD": "RW", "KELURAHAN_FIELD": "KEL_NAME",
            "KECAMATAN_FIELD": "KEC_NAME", "KELURAHAN": "Pondok Pinang", "VALIDATE_ONLY": True}, None


@case("boundaries_two_kelurahan_of_one_name_no_outline_no_kecamatan", algorithm="csiap:importboundaries",
      workspace="none", rows=34,
      note=(r"RW 001: its polygons lie up to \d+ m apart.*two kelurahan of one name",
            r"RW 001: poligonnya berjarak hingga \d+ m.*dua kelurahan bernama sama"))
def _(folder, workspace):
    return {"INPUT": boundaries(folder, homonyms()), "LEVEL": 0, "CODE_FIELD": "RW", "KELURAHAN_FIELD": "KEL_NAME",
            "KELURAHAN": "Pondok Pinang", "VALIDATE_ONLY": True}, None


@case("boundaries_whole_city_without_filter", algorithm="csiap:importboundaries", rows=2685)
def _(folder, workspace):
    def check(result, workspace, folder, language):
        stored = _read_layer(workspace, "rw")
        kelurahan = outline(workspace)
        outside = sum(g.difference(kelurahan).area for g in stored.geometry)
        # Only the RW of this kelurahan, not the city merged by code into a few huge ones.
        assert outside < 0.01 * kelurahan.area
        assert len(stored) <= 20 and result["REJECTED_COUNT"] > 2600
    return {"INPUT": os.path.join(JAKARTA, "rw_jakarta.shp"), "LEVEL": 0, "CODE_FIELD": "RW"}, check


@case("boundaries_filter_value_not_found_names_the_closest", algorithm="csiap:importboundaries",
      refused=(r"no feature has the kelurahan 'Pondok Pinnang' in the field KEL_NAME\. Closest names found: "
               r"PONDOK PINANG",
               r"tidak ada fitur dengan kelurahan 'Pondok Pinnang' di field KEL_NAME\. Nama terdekat yang ditemukan: "
               r"PONDOK PINANG"))
def _(folder, workspace):
    return {"INPUT": os.path.join(JAKARTA, "rw_jakarta.shp"), "LEVEL": 0, "CODE_FIELD": "RW",
            "KELURAHAN_FIELD": "KEL_NAME", "KELURAHAN": "Pondok Pinnang"}, None


def osm_tags(names):
    frame = homonyms()
    frame["other_tags"] = names
    return frame.drop(columns=["KEL_NAME", "KEC_NAME"])


@case("boundaries_osm_other_tags_as_kelurahan_field", algorithm="csiap:importboundaries", rows=34)
def _(folder, workspace):
    tags = (['"admin_level"=>"9","name"=>"Pondok Pinang","boundary"=>"administrative"'] * 17
            + ['"admin_level"=>"9","name"=>"Cipulir"'] * 17)

    def check(result, workspace, folder, language):
        assert (result["IMPORTED"], result["FILTERED"]) == (17, 17)
        same_as_the_real_rw(result, workspace, folder, language)
    return {"INPUT": boundaries(folder, osm_tags(tags)), "LEVEL": 0, "CODE_FIELD": "RW",
            "KELURAHAN_FIELD": "other_tags"}, check


@case("boundaries_osm_other_tags_without_a_name", algorithm="csiap:importboundaries",
      refused=(r"OSM tags \(key=>value\): run QGIS's 'Explode HStore Field'",
               r"tag OSM \(key=>value\).*Explode HStore Field"))
def _(folder, workspace):
    tags = ['"admin_level"=>"9","boundary"=>"administrative"'] * 34
    return {"INPUT": boundaries(folder, osm_tags(tags)), "LEVEL": 0, "CODE_FIELD": "RW",
            "KELURAHAN_FIELD": "other_tags"}, None


@case("boundaries_new_rw_leave_rt_without_their_rw", algorithm="csiap:importboundaries", rows=5,
      workspace="boundaries",
      note=(r"RT of RW 006, 007, .*017 stay in the workspace", r"RT dari RW 006, 007, .*017 tetap ada di workspace"))
def _(folder, workspace):
    frame = sample_rw()
    frame = frame[frame["RW"].str.extract(r"(\d+)")[0].astype(int) <= 5]

    def check(result, workspace, folder, language):
        assert count(workspace, "rw") == 5
        assert select(workspace, "SELECT COUNT(DISTINCT rw) FROM rt WHERE CAST(rw AS INTEGER) > 5")[0][0] == 12
    return {"INPUT": boundaries(folder, frame), "LEVEL": 0, "CODE_FIELD": "RW"}, check


@case("boundaries_into_a_workspace_without_outline", algorithm="csiap:importboundaries", rows=17, workspace="bare",
      note=(r"no kelurahan outline: features were not checked",
            r"tidak memiliki batas kelurahan: fitur tidak diperiksa"))
def _(folder, workspace):
    return {"INPUT": SAMPLE + "|layername=rw", "LEVEL": 0, "CODE_FIELD": "RW"}, None


# --- surrounding areas --------------------------------------------------------------

CONTEXT = SAMPLE + "|layername=kelurahan_kebayoran_lama"


@case("context_name_field_that_does_not_exist", algorithm="csiap:importcontext",
      refused=(r"has no field 'NAMA' \(NAME_FIELD\)\. Its fields are:", r"tidak memiliki field 'NAMA' \(NAME_FIELD\)"))
def _(folder, workspace):
    return {"INPUT": CONTEXT, "NAME_FIELD": "NAMA"}, None


@case("context_points", algorithm="csiap:importcontext",
      refused=(r"holds Point geometries, not polygons", r"berisi geometri Point, bukan poligon"))
def _(folder, workspace):
    frame = geopandas.read_file(SAMPLE, layer="kelurahan_kebayoran_lama")
    frame["geometry"] = frame.geometry.representative_point()
    name = [c for c in frame.columns if c != "geometry"][0]
    return {"INPUT": boundaries(folder, frame, "points.gpkg"), "NAME_FIELD": name}, None


@case("context_shapefile_without_prj", algorithm="csiap:importcontext",
      refused=(r"has no CRS", r"tidak memiliki CRS"))
def _(folder, workspace):
    frame = geopandas.read_file(SAMPLE, layer="kelurahan_kebayoran_lama").to_crs(4326)
    name = [c for c in frame.columns if c != "geometry"][0]
    path = boundaries(folder, frame, "kel.shp", "ESRI Shapefile")
    os.remove(path[:-4] + ".prj")
    return {"INPUT": path, "NAME_FIELD": name[:10]}, None


@case("context_empty_layer", algorithm="csiap:importcontext",
      refused=(r"is empty: it has no features", r"kosong: tidak ada fitur"))
def _(folder, workspace):
    return {"INPUT": empty_layer(folder, ["name"]), "NAME_FIELD": "name"}, None


# --- creating a workspace, exports ---------------------------------------------------

@case("create_workspace_from_a_whole_city_kelurahan_layer", algorithm="csiap:createworkspace", workspace="none",
      note=(r"made from 261 features of the boundary layer, (\d+) ha in all: is it a whole city's layer",
            r"dibuat dari 261 fitur layer batas, seluruhnya (\d+) ha: apakah ini layer satu kota"))
def _(folder, workspace):
    path = os.path.join(JAKARTA, "kelurahan_jakarta.shp")

    def check(result, workspace, folder, language):
        city = geopandas.read_file(path).to_crs(32748)
        expected = unary_union(list(city.geometry.buffer(0))).area / 10000.0
        stated = float(re.search(r"(\d+) ha", result["_warnings"]).group(1))
        assert abs(stated - expected) < 0.01 * expected   # the 33,000-odd ha of all Jakarta, said as such
    return {"KELURAHAN": "Pondok Pinang", "BOUNDARY": path, "OUTPUT": str(folder / "kota.gpkg")}, check


@case("export_meeting_text_that_starts_a_formula", algorithm="csiap:processfigures")
def _(folder, workspace):
    from csiap_planner.workspace.process import import_records

    import_records(workspace, {"meetings": [{"uuid": "f1", "kind": "fgd", "title": "=1+2", "place": "@A1",
                                             "decisions": "-2+3", "meeting_date": "2026-07-01"}]})

    def check(result, workspace, folder, language):
        with open(folder / "out" / "rembuk_fgd.csv", newline="", encoding="utf-8-sig") as handle:
            cells = [c for row in csv.reader(handle) for c in row]
        assert {"'=1+2", "'@A1", "'-2+3"} <= set(cells)
        assert not [c for c in cells if c and c[0] in "=+-@"]
    return {"OUTPUT_FOLDER": str(folder / "out")}, check


# --- the runner ---------------------------------------------------------------------

class Feedback:
    """A Processing feedback that keeps the warnings (notes) pushed to it."""

    def __new__(cls):
        from qgis.core import QgsProcessingFeedback

        class Keeping(QgsProcessingFeedback):
            def __init__(self):
                super().__init__()
                self.warnings = []

            def pushWarning(self, text):   # noqa: N802
                self.warnings.append(text)
                super().pushWarning(text)

        return Keeping()


_KINDS = {}
PG_KINDS = {"sample": None, "bare": "csiap_bare_template", "boundaries": "csiap_boundaries_template"}


def _with_boundaries(workspace):
    run("csiap:importboundaries", {"INPUT": SAMPLE + "|layername=rw", "LEVEL": 0, "CODE_FIELD": "RW",
                                   "WORKSPACE": workspace})
    run("csiap:importboundaries", {"INPUT": SAMPLE + "|layername=rt_synthetic", "LEVEL": 1, "CODE_FIELD": "RT",
                                   "RW_FIELD": "RW", "WORKSPACE": workspace})
    return workspace


@pytest.fixture()
def workspaces(request, backend, tmp_path_factory, sample_workspace, csiap_processing):
    """The kinds of workspace a case starts from, made once per backend: the sample (with
    its outline), one made without a boundary, and the sample with its RW and RT. On
    PostGIS, template schemas the cases get copies of."""
    from csiap_planner.workspace import create_workspace
    from qgis.core import QgsCoordinateReferenceSystem

    if backend in _KINDS:
        return _KINDS[backend]
    if backend == "postgis":
        sample = request.getfixturevalue("postgis_sample")
        server, source = _pg_address(sample)
        references = {"sample": sample}
        for kind in ("bare", "boundaries"):
            _drop_schema(server, PG_KINDS[kind])   # left by a run killed half-way on a kept cluster
            references[kind] = "{}?schema={}".format(server, PG_KINDS[kind])
        create_workspace(references["bare"], "Pondok Pinang", kecamatan="Kebayoran Lama",
                         crs=QgsCoordinateReferenceSystem("EPSG:32748"))
        _copy_schema(server, source, PG_KINDS["boundaries"])
        _KINDS["postgis"] = dict(references, boundaries=_with_boundaries(references["boundaries"]))
        return _KINDS["postgis"]
    folder = tmp_path_factory.mktemp("kinds")
    bare, _project = create_workspace(str(folder / "bare.gpkg"), "Pondok Pinang", kecamatan="Kebayoran Lama",
                                      crs=QgsCoordinateReferenceSystem("EPSG:32748"))
    with_boundaries = str(folder / "boundaries.gpkg")
    shutil.copy(sample_workspace[0], with_boundaries)
    _KINDS["gpkg"] = dict(sample=sample_workspace[0], bare=bare, boundaries=_with_boundaries(with_boundaries))
    return _KINDS["gpkg"]


def private_copy(kind, folder, language, name):
    """A copy of a kind of workspace for one run: a file in ``folder``, or a schema of its own."""
    if not is_postgis_reference(kind):
        workspace = str(folder / "workspace.gpkg")
        shutil.copy(kind, workspace)
        return workspace
    server, source = _pg_address(kind)
    schema = "b_{}_{}".format(language, re.sub(r"[^a-z0-9_]", "_", name.lower()))[:60]
    _drop_schema(server, schema)
    _copy_schema(server, source, schema)
    return "{}?schema={}".format(server, schema)


def outputs_counted(case, result):
    """rows in = imported + rejected + filtered, from the algorithm's own outputs."""
    if case.algorithm == "csiap:importsurvey":
        assert result["INPUT_COUNT"] == result["INSERTED"] + result["UPDATED"] + result["REJECTED_COUNT"]
    else:
        assert result["INPUT_COUNT"] == result["IMPORTED"] + result["REJECTED_COUNT"] + result["FILTERED"]
    assert result["INPUT_COUNT"] == case.rows


# On both backends where the case has a workspace; a case without one (creating a
# GeoPackage workspace, reading files) runs once.
@pytest.mark.parametrize("case,backend", [(c, b) for c in CASES for b in BACKENDS
                                          if b == "gpkg" or c.workspace != "none"],
                         ids=lambda value: value.kind if isinstance(value, Case) else value)
def test_bad_input(case, backend, workspaces, tmp_path, refused, csiap_processing):
    copies = []
    try:
        for language, index in LANGUAGES.items():
            (tmp_path / language).mkdir()
            workspace = None
            if case.workspace != "none":
                workspace = private_copy(workspaces[case.workspace], tmp_path / language, language, case.kind)
                copies.append(workspace)
            _bad_input_in(case, language, index, tmp_path / language, workspace, refused)
    finally:
        for copy in copies:
            if is_postgis_reference(copy):
                _drop_schema(*_pg_address(copy))


def _bad_input_in(case, language, index, folder, workspace, refused):
    """One language's run of a case, on ``workspace`` (or none)."""
    parameters, check = case.build(folder, workspace)
    exceptions = parameters.pop("_gdal_exceptions", False)
    parameters["LANGUAGE"] = index
    if workspace is not None:
        parameters["WORKSPACE"] = workspace
    before = dump_hash(workspace) if workspace else None
    counts = {name: count(workspace, name) for name in ("households", "problems", "rw", "rt")} if workspace else {}
    feedback = Feedback()
    if case.refused:
        pattern = case.refused[0 if language == "en" else 1]
        with gdal_exceptions() if exceptions else _nothing():
            with refused(pattern) as caught:
                run(case.algorithm, parameters, feedback)
        assert CRASH not in str(caught.value)
        if workspace is not None:
            assert dump_hash(workspace) == before, "a refused run changed the workspace"
        return
    result = run(case.algorithm, parameters, feedback)
    result["_warnings"] = "\n".join(feedback.warnings)
    if case.rows is not None:
        outputs_counted(case, result)
    if case.algorithm == "csiap:importsurvey":
        layer = ("households", "problems", "facilities")[parameters["TARGET"]]
        assert count(workspace, layer) == counts[layer] + result["INSERTED"]
    if case.note:
        pattern = case.note[0 if language == "en" else 1]
        said = "\n".join(str(result.get(k, "")) for k in ("FILE_NOTES", "NOTES", "_warnings"))
        assert re.search(pattern, said, re.S), said
    if check is not None:
        check(result, workspace, folder, language)


class _nothing:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def test_the_catalogue_is_as_large_as_the_issue_asks():
    """At least 50 kinds here (the write-layer faults add their own), none twice."""
    kinds = [c.kind for c in CASES]
    assert len(kinds) >= 50 and len(set(kinds)) == len(kinds)


def test_the_sample_exports_import_without_notes(any_workspace, csiap_processing):
    """No note where nothing is wrong: the Kobo-style sample's metadata, geopoint and
    altitude columns are not "columns not imported"."""
    for target, name in ((0, "survey_households_synthetic.csv"), (1, "survey_problems_synthetic.csv")):
        result = run("csiap:importsurvey", {"INPUT": os.path.join(ROOT, "sample", name), "TARGET": target,
                                            "WORKSPACE": any_workspace})
        assert result["FILE_NOTES"] == "" and result["REJECTED_COUNT"] == 0


def test_a_single_kelurahan_boundary_gets_no_city_warning(tmp_path, csiap_processing):
    feedback = Feedback()
    run("csiap:createworkspace", {"KELURAHAN": "Pondok Pinang", "BOUNDARY": SAMPLE + "|layername=kelurahan",
                                  "OUTPUT": str(tmp_path / "w.gpkg")}, feedback)
    assert not [w for w in feedback.warnings if "whole city" in w]


@pytest.mark.parametrize("exceptions", [False, True])
def test_an_annex_xlsx_that_cannot_be_written_is_a_message(tmp_path, qgis_app, exceptions):
    """GDAL writes an XLSX when it closes it, and says nothing when it cannot (its
    folder is gone): a message, with GDAL's exceptions on (QGIS >= 3.38) or off."""
    from csiap_planner.report.tables import write_xlsx as write_annex_xlsx
    from csiap_planner.workspace.geopackage import WorkspaceError

    with gdal_exceptions() if exceptions else _nothing():
        with pytest.raises(WorkspaceError, match="Cannot create the file"):
            write_annex_xlsx(str(tmp_path / "no" / "such" / "folder" / "t.xlsx"), {"t": (["a"], [["1"]])})
