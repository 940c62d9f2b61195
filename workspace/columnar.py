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
    definition = layer.GetLayerDefn()
    fields = [definition.GetFieldDefn(i) for i in range(definition.GetFieldCount())]
    present = {f.GetName() for f in fields}
    # GDAL 3.6.2's Arrow stream (Debian 12) gives booleans unrelated to the data
    # (its numpy conversion and its bitmaps alike): read them as the integers
    # they are stored as, where this GDAL lets the layer's definition say so,
    # else from sqlite.
    as_integers = [f.GetName() for f in fields if f.GetName() in names and _boolean_as_integer(f)]
    booleans = [f.GetName() for f in fields if f.GetName() in names and _is_boolean(f)]
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
    for name in as_integers:
        parts[name] = [numpy.ma.masked_array(numpy.ma.getdata(c) != 0, mask=numpy.ma.getmaskarray(c))
                       for c in parts[name]]
    columns = {name: _factorised(chunks) for name, chunks in parts.items()}
    # A field an older workspace lacks reads as null everywhere, as QGIS would give it.
    columns.update({name: Column(numpy.zeros(rows, dtype=numpy.int64), [None])
                    for name in names if name not in columns})
    return Columns(x, y, columns, odd)


def _is_boolean(field_definition):
    from osgeo import ogr

    return field_definition.GetSubType() == ogr.OFSTBoolean


def _boolean_as_integer(field_definition):
    """Make a boolean field read as an integer; whether it now does (GDAL 3.9
    and later seal a layer's definition)."""
    from osgeo import gdal, ogr

    if not _is_boolean(field_definition):
        return False
    # GDAL 3.9 and later refuse it with an error (raised where GDAL's exceptions are on,
    # else only reported, and then taken for this read's failure): asked quietly.
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        field_definition.SetSubType(ogr.OFSTNone)
    except RuntimeError:
        return False
    finally:
        gdal.PopErrorHandler()
        gdal.ErrorReset()
    return field_definition.GetSubType() == ogr.OFSTNone


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
    known = data[~mask]
    inverse, rows = _codes(known)
    values = [_plain(v) for v in known[rows].tolist()]
    codes = numpy.full(len(data), len(values), dtype=numpy.int64)
    codes[~mask] = inverse
    if mask.any():
        values.append(None)
    return Column(codes, values)


def _codes(data):
    """``(codes, rows)``: a code per element (equal values, equal codes) and a row
    holding each code. Text as 8-byte words, each numbered on its own, then
    combined (a million rows of a few distinct answers: no sort of the text)."""
    if data.dtype.kind == "S" and data.dtype.itemsize:
        width = data.dtype.itemsize
        padded = numpy.zeros((len(data), (width + 7) // 8 * 8), dtype=numpy.uint8)
        padded[:, :width] = numpy.ascontiguousarray(data).view(numpy.uint8).reshape(len(data), width)
        words = padded.view(numpy.uint64)
        key, bound = numpy.zeros(len(data), dtype=numpy.int64), 1
        for number in range(words.shape[1]):
            word, rows = renumber(words[:, number])
            if bound * len(rows) >= 1 << 62:
                key, kept = renumber(key, bound)
                bound = len(kept)
            key, bound = key * len(rows) + word, bound * len(rows)
        return renumber(key, bound)
    if data.dtype.kind in "biu" and len(data):
        low = int(data.min())
        return renumber(data.astype(numpy.int64) - low, int(data.max()) - low + 1)
    _unique, rows, codes = numpy.unique(data, return_index=True, return_inverse=True)
    return codes, rows


def renumber(keys, bound=None):
    """Integer ``keys`` numbered 0, 1, … (in their order): ``(codes, rows)``,
    ``rows`` a row holding each code (any: they hold the same value). Non-negative
    keys below a small ``bound`` through a table; others through the distinct
    keys of a sample, completed by those it missed (few, for answers)."""
    if bound is not None and bound <= 1 << 22:
        present = numpy.zeros(bound, dtype=bool)
        present[keys] = True
        codes = (numpy.cumsum(present) - 1)[keys]
    else:
        known = numpy.unique(keys[::97])
        codes = numpy.minimum(numpy.searchsorted(known, keys), max(len(known) - 1, 0))
        missed = known[codes] != keys if len(known) else numpy.ones(len(keys), dtype=bool)
        if missed.sum() * 8 > len(keys):  # many distinct keys: sorting them all is quicker
            _unique, codes = numpy.unique(keys, return_inverse=True)
        elif missed.any():
            known = numpy.union1d(known, keys[missed])
            codes = numpy.searchsorted(known, keys)
    rows = numpy.zeros(int(codes.max()) + 1 if len(codes) else 0, dtype=numpy.int64)
    rows[codes] = numpy.arange(len(keys))
    return codes, rows


def _plain(value):
    """A value as QGIS gives it: text as str."""
    return value.decode("utf-8") if isinstance(value, bytes) else value



def _booleans(path, layer_name, names, fids):
    """``{name: [masked bool array]}`` of a layer's boolean fields, row for row
    with ``fids``, from sqlite."""
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
