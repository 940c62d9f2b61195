"""Reading a GeoPackage layer column by column, for work that touches every
row of a city (``csiap:areaindicators`` at 1 M households).

OGR's Arrow stream (``Layer.GetArrowStreamAsNumPy``, GDAL 3.6 and later, which
QGIS ships) hands a layer over in batches of numpy arrays instead of one
feature at a time. The geometry comes as WKB; a point's coordinates are read
straight from its bytes with numpy. This is a read of the file through OGR,
as QGIS's own provider does, not SQL.

Values come back as QGIS gives them (``fields.plain``): str, int, float, bool,
None where null; each column *factorised*: one code per row into a list of
the distinct values, so that callers count by code without a Python object
per row.
"""

from dataclasses import dataclass, field
from typing import Dict, List

import numpy

from ..i18n import tr
from . import geopackage, storage
from .storage import WorkspaceError

# ISO WKB point types (2D, Z, M, ZM), little-endian, and their sizes: x and y
# are always the 8-byte floats at bytes 5-12 and 13-20.
_POINT_SIZES = {21: 1, 29: (1001, 2001), 37: 3001}


@dataclass
class Column:
    """One attribute: ``values[codes[i]]`` is row i's value."""

    codes: numpy.ndarray
    values: List

    def code_of(self, value):
        """The code of ``value``, or -1 where no row holds it."""
        return self.values.index(value) if value in self.values else -1


@dataclass
class Columns:
    """A layer read column by column: its points and the attributes asked for."""

    x: numpy.ndarray
    y: numpy.ndarray
    columns: Dict[str, Column]
    # Rows whose geometry is not a plain point (WKB by row number), left to the caller.
    odd: Dict[int, bytes] = field(default_factory=dict)

    def __len__(self):
        return len(self.x)

    def __getitem__(self, name):
        return self.columns[name]


def available(reference):
    """Whether ``reference`` can be read column by column: a GeoPackage, and GDAL ≥ 3.6."""
    if storage.is_postgis(reference):
        return False
    try:
        from osgeo import gdal, ogr
    except ImportError:
        return False
    return int(gdal.VersionInfo("VERSION_NUM")) >= 3060000 and hasattr(ogr.Layer, "GetArrowStreamAsNumPy")


def read_columns(path, layer_name, names, feedback=None):
    """The points and the attributes ``names`` of a GeoPackage layer, as ``Columns``."""
    from osgeo import gdal

    try:
        dataset = gdal.OpenEx(str(path), gdal.OF_VECTOR | gdal.OF_READONLY)
    except RuntimeError:  # where GDAL raises (UseExceptions), as where it returns None
        dataset = None
    layer = dataset.GetLayerByName(layer_name) if dataset is not None else None
    if layer is None:
        raise WorkspaceError(tr("Cannot read the layer {layer} of the workspace {path}.").format(
            layer=layer_name, path=path))
    from osgeo import ogr

    definition = layer.GetLayerDefn()
    fields = [definition.GetFieldDefn(i) for i in range(definition.GetFieldCount())]
    present = {f.GetName() for f in fields}
    booleans = [f.GetName() for f in fields if f.GetName() in names and f.GetSubType() == ogr.OFSTBoolean]
    layer.SetIgnoredFields(sorted((present - set(names)) | set(booleans)))
    geometry_name = layer.GetGeometryColumn() or "wkb_geometry"
    parts = {name: [] for name in names if name in present and name not in booleans}
    xs, ys, odd, rows = [], [], {}, 0
    fid_name = layer.GetFIDColumn() or "OGC_FID"
    fids = []
    for batch in layer.GetArrowStreamAsNumPy():
        if feedback is not None and feedback.isCanceled():
            raise WorkspaceError(tr("Cancelled; the workspace was not changed."))
        x, y, odd_here = _points(batch[geometry_name])
        odd.update({rows + i: wkb for i, wkb in odd_here.items()})
        fids.append(batch[fid_name])
        xs.append(x)
        ys.append(y)
        for name, chunks in parts.items():
            chunks.append(batch[name])
        rows += len(x)
    dataset = None
    if booleans:
        parts.update(_booleans(path, layer_name, booleans, numpy.concatenate(fids) if fids else numpy.zeros(0)))
    x = numpy.concatenate(xs) if xs else numpy.zeros(0)
    y = numpy.concatenate(ys) if ys else numpy.zeros(0)
    columns = {name: _factorised(chunks) for name, chunks in parts.items()}
    # A field an older workspace lacks reads as null everywhere, as QGIS would give it.
    columns.update({name: Column(numpy.zeros(rows, dtype=numpy.int64), [None])
                    for name in names if name not in columns})
    return Columns(x, y, columns, odd)


def _points(geometries):
    """``(x, y, odd)`` of a batch's WKB geometries: NaN where null or empty
    (as QGIS's empty point), ``odd`` the rows that are not single points."""
    mask = numpy.ma.getmaskarray(geometries)
    data = numpy.ma.getdata(geometries)
    count = len(data)
    x, y = numpy.full(count, numpy.nan), numpy.full(count, numpy.nan)
    odd = {}
    if data.dtype.kind == "V":  # every row the same size: one block of bytes
        size = data.dtype.itemsize
        raw = numpy.frombuffer(data.tobytes(), dtype=numpy.uint8).reshape(count, size)
        _decode(raw, numpy.flatnonzero(~mask), x, y, odd, data)
        return x, y, odd
    sizes = numpy.fromiter((0 if m or b is None else len(b) for b, m in zip(data, mask)), dtype=numpy.int64,
                           count=count)
    for size in numpy.unique(sizes):
        if size == 0:
            continue
        rows = numpy.flatnonzero(sizes == size)
        raw = numpy.frombuffer(b"".join(data[rows].tolist()), dtype=numpy.uint8).reshape(len(rows), size)
        _decode(raw, rows, x, y, odd, data, rows_of_raw=rows)
    return x, y, odd


def _decode(raw, rows, x, y, odd, data, rows_of_raw=None):
    """Fill ``x``, ``y`` at ``rows`` from ``raw`` (one WKB per line, all of one size)."""
    if rows_of_raw is None:  # raw holds every row of the batch; take those asked for
        raw = raw[rows]
    size = raw.shape[1]
    kinds = _POINT_SIZES.get(size)
    plain = numpy.zeros(len(rows), dtype=bool)
    if kinds is not None:
        kind = raw[:, 1:5].copy().view("<u4").ravel()
        plain = (raw[:, 0] == 1) & numpy.isin(kind, numpy.atleast_1d(kinds))
        coordinates = raw[plain, 5:21].copy().view("<f8").reshape(-1, 2)
        x[rows[plain]], y[rows[plain]] = coordinates[:, 0], coordinates[:, 1]
    for row in rows[~plain]:
        odd[int(row)] = bytes(data[row])


def _factorised(chunks):
    """A ``Column`` from a column's batches (masked where null)."""
    mask = numpy.concatenate([numpy.ma.getmaskarray(c) for c in chunks]) if chunks else numpy.zeros(0, bool)
    data = numpy.concatenate([numpy.ma.getdata(c) for c in chunks]) if chunks else numpy.zeros(0)
    uniques, inverse = numpy.unique(data[~mask], return_inverse=True)
    values = [_plain(v) for v in uniques.tolist()]
    codes = numpy.full(len(data), len(values), dtype=numpy.int64)
    codes[~mask] = inverse
    if mask.any():
        values.append(None)
    return Column(codes.astype(numpy.int64), values)


def _plain(value):
    """A value as QGIS gives it: text as str."""
    return value.decode("utf-8") if isinstance(value, bytes) else value



def _booleans(path, layer_name, names, fids):
    """``{name: [masked bool array]}`` of a layer's boolean fields, row for row with
    ``fids``: from sqlite (GDAL 3.6.2's Arrow stream gives booleans unrelated to
    the data, whose numpy conversion and bitmaps alike; Debian 12 ships it)."""
    codes = numpy.array(geopackage.read_booleans(path, layer_name, names), dtype=numpy.int64)
    if len(codes) != len(fids):
        raise WorkspaceError(tr("The layer {layer} of the workspace {path} changed while it was read.").format(
            layer=layer_name, path=path))
    # sqlite gives fid order; put it in the stream's order (the same, in practice).
    codes[numpy.argsort(fids, kind="stable")] = codes.copy()
    columns = {}
    for number, name in enumerate(names):
        digit = codes // 3 ** number % 3
        columns[name] = [numpy.ma.masked_array(digit == 1, mask=digit == 2)]
    return columns
