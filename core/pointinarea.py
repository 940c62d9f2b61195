"""Which area holds each of many points, with numpy only (no GEOS, no shapely:
the plugin may use only what QGIS ships).

The columnar path of ``csiap:areaindicators`` places a million households at
once. Each point gets the answer GEOS's point-in-polygon test gives (the one
``workspace.attach.AreaIndex`` asks, through QGIS), by the same algorithm:
a ray from the point towards +x, counting the edges it crosses (GEOS's
``RayCrossingCounter``), with an exact orientation test, so that a point on an
edge or a vertex is on the boundary, never inside by rounding. The attach rule
of ``core.areas`` then picks: an area whose interior holds the point first,
else the lowest-ranked area whose boundary it lies on, else none.

Candidates come from two grids: the areas' bounding boxes in a uniform grid of
cells, and each area's edges in horizontal bands of its own, so that a point
is tested only against the few edges at its height.
"""

import struct
from fractions import Fraction

import numpy

# Pair-edge tests per numpy batch: bounds the memory of one step (about 100 bytes each).
BATCH = 1 << 21
# GEOS's filter before its exact orientation: beyond this relative size the sign of
# the floating-point determinant is certain (Shewchuk's bound is 3.3e-16).
SAFE_EPSILON = 1e-15

_POLYGON, _MULTIPOLYGON, _COLLECTION = 3, 6, 7


def polygon_rings(wkb):
    """The rings of a (multi)polygon's WKB as ``(n, 2)`` arrays (holes included:
    the crossing count needs every ring), or None where it holds anything
    but polygons (curves, lines, points), which the caller tests otherwise."""
    rings = []
    try:
        end = _read_rings(memoryview(wkb), 0, rings)
    except (struct.error, ValueError):
        return None
    return rings if end is not None else None


def _read_rings(data, offset, rings):
    order = "<" if data[offset] == 1 else ">"
    (kind,) = struct.unpack_from(order + "I", data, offset + 1)
    offset += 5
    if kind & 0xE0000000:  # EWKB flags: Z 0x80000000, M 0x40000000, SRID 0x20000000
        dims = 2 + bool(kind & 0x80000000) + bool(kind & 0x40000000)
        if kind & 0x20000000:
            offset += 4
        kind &= 0xFFFF
    else:
        dims = 2 + (kind // 1000 in (1, 2)) + 2 * (kind // 1000 == 3)
        kind %= 1000
    (count,) = struct.unpack_from(order + "I", data, offset)
    offset += 4
    if kind == _POLYGON:
        for _ in range(count):
            (points,) = struct.unpack_from(order + "I", data, offset)
            offset += 4
            ring = numpy.frombuffer(data, numpy.dtype(order + "f8"), points * dims, offset)
            rings.append(ring.reshape(points, dims)[:, :2].astype(float))
            offset += 8 * points * dims
        return offset
    if kind in (_MULTIPOLYGON, _COLLECTION):
        for _ in range(count):
            offset = _read_rings(data, offset, rings)
            if offset is None:
                return None
        return offset
    return None


class AreaGrid:
    """Areas (their rings) indexed for "which area holds each of these points"."""

    def __init__(self, areas, ranks):
        """``areas``: per area, ``(rings, bbox)``: ``rings`` from ``polygon_rings``
        (None: an area this grid cannot test, whose candidate points are handed
        back), ``bbox`` ``(xmin, ymin, xmax, ymax)`` or None (no geometry: never
        a candidate). ``ranks``: per area, its place in the tie rule (lowest wins)."""
        self.count = len(areas)
        self.ranks = numpy.asarray(ranks, dtype=numpy.int64)
        self.by_rank = numpy.argsort(self.ranks, kind="stable")
        boxes = numpy.array([bbox if bbox is not None else (numpy.nan,) * 4 for _rings, bbox in areas],
                            dtype=float).reshape(-1, 4)
        self.boxes = boxes
        self.special = numpy.array([rings is None and bbox is not None for rings, bbox in areas], dtype=bool)
        self._index_edges([rings or [] for rings, _bbox in areas])
        self._index_boxes()

    # --- building ------------------------------------------------------------

    def _index_edges(self, rings_of_areas):
        starts, ends, owners = [], [], []
        for number, rings in enumerate(rings_of_areas):
            for ring in rings:
                if len(ring) > 1:
                    starts.append(ring[:-1])
                    ends.append(ring[1:])
                    owners.append(numpy.full(len(ring) - 1, number, dtype=numpy.int64))
        if starts:
            start, end, owner = numpy.concatenate(starts), numpy.concatenate(ends), numpy.concatenate(owners)
        else:
            start, end, owner = numpy.zeros((0, 2)), numpy.zeros((0, 2)), numpy.zeros(0, dtype=numpy.int64)
        self.x1, self.y1, self.x2, self.y2 = start[:, 0], start[:, 1], end[:, 0], end[:, 1]
        # Bands of each area's height: an edge is filed in every band its y-range
        # touches; a point needs only the band at its y.
        edges = numpy.bincount(owner, minlength=self.count)
        self.bands = numpy.clip(edges // 2, 1, 4096)
        ylow = numpy.nan_to_num(self.boxes[:, 1])
        height = numpy.nan_to_num(self.boxes[:, 3]) - ylow
        self.band_height = numpy.where(height > 0, height / self.bands, 1.0)
        self.band_base = ylow
        self.band_offset = numpy.concatenate(([0], numpy.cumsum(self.bands)[:-1]))
        low = self._band(numpy.minimum(self.y1, self.y2), owner)
        high = self._band(numpy.maximum(self.y1, self.y2), owner)
        edge_ids, buckets = _expand(numpy.arange(len(owner)), low + self.band_offset[owner], high - low + 1)
        order = numpy.argsort(buckets, kind="stable")
        self.bucket_edges = edge_ids[order]
        self.bucket_start = numpy.concatenate(
            ([0], numpy.cumsum(numpy.bincount(buckets, minlength=int(self.bands.sum())))))

    def _band(self, y, area):
        band = numpy.floor((y - self.band_base[area]) / self.band_height[area])
        return numpy.clip(numpy.nan_to_num(band), 0, self.bands[area] - 1).astype(numpy.int64)

    def _index_boxes(self):
        known = numpy.flatnonzero(~numpy.isnan(self.boxes[:, 0]))
        boxes = self.boxes[known]
        if len(known):
            self.x0, self.y0 = boxes[:, 0].min(), boxes[:, 1].min()
            width, height = boxes[:, 2].max() - self.x0, boxes[:, 3].max() - self.y0
            typical = max(numpy.mean(boxes[:, 2] - boxes[:, 0]), numpy.mean(boxes[:, 3] - boxes[:, 1]))
            cell = typical if typical > 0 else max(width, height, 1.0)
            # No more cells than about four per area, whatever the spread.
            cell = max(cell, (width * height / (4.0 * len(known))) ** 0.5)
            self.cell = cell
            self.nx, self.ny = int(width / cell) + 1, int(height / cell) + 1
        else:
            self.x0 = self.y0 = 0.0
            self.cell, self.nx, self.ny = 1.0, 1, 1
        ix0, iy0 = self._cell(boxes[:, 0], boxes[:, 1])
        ix1, iy1 = self._cell(boxes[:, 2], boxes[:, 3])
        cells, owners = [], []
        for number, a, b, c, d in zip(known, ix0, iy0, ix1, iy1):
            block = numpy.add.outer(numpy.arange(b, d + 1) * self.nx, numpy.arange(a, c + 1)).ravel()
            cells.append(block)
            owners.append(numpy.full(len(block), number, dtype=numpy.int64))
        cells = numpy.concatenate(cells) if cells else numpy.zeros(0, dtype=numpy.int64)
        owners = numpy.concatenate(owners) if owners else numpy.zeros(0, dtype=numpy.int64)
        order = numpy.argsort(cells, kind="stable")
        self.cell_areas = owners[order]
        self.cell_start = numpy.concatenate(([0], numpy.cumsum(numpy.bincount(cells, minlength=self.nx * self.ny))))

    def _cell(self, x, y):
        ix = numpy.clip(numpy.floor((x - self.x0) / self.cell), 0, self.nx - 1).astype(numpy.int64)
        iy = numpy.clip(numpy.floor((y - self.y0) / self.cell), 0, self.ny - 1).astype(numpy.int64)
        return ix, iy

    # --- locating ------------------------------------------------------------

    def locate(self, x, y):
        """``(area, unsure)`` for points ``x``, ``y`` (NaN: no point): the number of
        the area each belongs to (-1: none), and whether a point has a candidate
        this grid cannot test (the caller decides those)."""
        x, y = numpy.asarray(x, dtype=float), numpy.asarray(y, dtype=float)
        chosen = numpy.full(len(x), -1, dtype=numpy.int64)
        unsure = numpy.zeros(len(x), dtype=bool)
        step = max(1, BATCH // 4)
        for first in range(0, len(x), step):
            part = slice(first, first + step)
            chosen[part], unsure[part] = self._locate(x[part], y[part])
        return chosen, unsure

    def _locate(self, x, y):
        chosen = numpy.full(len(x), -1, dtype=numpy.int64)
        unsure = numpy.zeros(len(x), dtype=bool)
        points = numpy.flatnonzero(numpy.isfinite(x) & numpy.isfinite(y))
        px, py = x[points], y[points]
        ix, iy = self._cell(px, py)  # clipped: the bounding-box test below drops points beyond
        cell = iy * self.nx + ix
        starts = self.cell_start[cell]
        pair_point, slot = _expand(points, starts, self.cell_start[cell + 1] - starts)
        pair_area = self.cell_areas[slot]
        qx, qy, box = x[pair_point], y[pair_point], self.boxes[pair_area]
        near = (box[:, 0] <= qx) & (qx <= box[:, 2]) & (box[:, 1] <= qy) & (qy <= box[:, 3])
        pair_point, pair_area = pair_point[near], pair_area[near]
        special = self.special[pair_area]
        unsure[pair_point[special]] = True
        pair_point, pair_area = pair_point[~special], pair_area[~special]
        interior, boundary = self._test_pairs(x[pair_point], y[pair_point], pair_area)
        # The attach rule: interior before boundary, then the lowest rank.
        touching = interior | boundary
        pair_point, pair_area, interior = pair_point[touching], pair_area[touching], interior[touching]
        if len(pair_point):
            score = numpy.where(interior, 0, self.count) + self.ranks[pair_area]
            first = numpy.flatnonzero(numpy.concatenate(([True], pair_point[1:] != pair_point[:-1])))
            best = numpy.minimum.reduceat(score, first)
            chosen[pair_point[first]] = self.by_rank[best % self.count]
        return chosen, unsure

    def _test_pairs(self, qx, qy, area):
        """Whether each point lies in the interior, or on the boundary, of its area."""
        band = self._band(qy, area) + self.band_offset[area]
        starts = self.bucket_start[band]
        counts = self.bucket_start[band + 1] - starts
        interior = numpy.zeros(len(qx), dtype=bool)
        boundary = numpy.zeros(len(qx), dtype=bool)
        total = numpy.cumsum(counts)
        first = 0
        while first < len(qx):
            done = total[first - 1] if first else 0
            last = max(first + 1, int(numpy.searchsorted(total, done + BATCH, side="right")))
            part = slice(first, last)
            pair, slot = _expand(numpy.arange(first, last), starts[part], counts[part])
            crossings, on_edge = _count_crossings(qx[pair], qy[pair], self.bucket_edges[slot], self)
            odd = numpy.bincount(pair - first, weights=crossings, minlength=last - first) % 2 == 1
            on = numpy.bincount(pair - first, weights=on_edge, minlength=last - first) > 0
            boundary[part], interior[part] = on, odd & ~on
            first = last
        return interior, boundary


def _expand(keys, starts, counts):
    """``(key repeated, starts[i] + 0 … counts[i] - 1)``: the rows of a ragged join."""
    counts = numpy.asarray(counts, dtype=numpy.int64)
    repeated = numpy.repeat(keys, counts)
    offsets = numpy.arange(int(counts.sum()), dtype=numpy.int64) - numpy.repeat(numpy.cumsum(counts) - counts, counts)
    return repeated, numpy.repeat(starts, counts) + offsets


def _count_crossings(px, py, edge, grid):
    """Per (point, edge): whether the edge crosses the ray from the point to +x
    (counted), and whether the point lies on the edge: GEOS's RayCrossingCounter."""
    x1, y1, x2, y2 = grid.x1[edge], grid.y1[edge], grid.x2[edge], grid.y2[edge]
    rest = ~((x1 < px) & (x2 < px))            # an edge wholly left of the point is never crossed
    on = rest & (px == x2) & (py == y2)         # the point is a vertex
    rest &= ~on
    flat = rest & (y1 == py) & (y2 == py)       # a horizontal edge at the point's height: on it or not
    on |= flat & (px >= numpy.minimum(x1, x2)) & (px <= numpy.maximum(x1, x2))
    rest &= ~flat
    # An upward edge includes its start and excludes its end; a downward one the reverse.
    rest &= ((y1 > py) & (y2 <= py)) | ((y2 > py) & (y1 <= py))
    sign = _orientation(x1[rest], y1[rest], x2[rest], y2[rest], px[rest], py[rest])
    on[rest] |= sign == 0
    sign = numpy.where(y2[rest] < y1[rest], -sign, sign)
    crossed = numpy.zeros(len(px), dtype=bool)
    crossed[rest] = sign == 1                   # the point is left of the upward edge
    return crossed, on


def _orientation(x1, y1, x2, y2, px, py):
    """The exact sign of the turn p1 → p2 → p (1 left, -1 right, 0 collinear):
    floating point where its sign is certain, exact rationals where it is not."""
    left = (x1 - px) * (y2 - py)
    right = (y1 - py) * (x2 - px)
    det = left - right
    sign = numpy.sign(det).astype(numpy.int64)
    doubtful = numpy.flatnonzero(numpy.abs(det) < SAFE_EPSILON * (numpy.abs(left) + numpy.abs(right)))
    for i in doubtful:
        a, b, c, d, e, f = (Fraction(float(v[i])) for v in (x1, y1, x2, y2, px, py))
        exact = (a - e) * (d - f) - (b - f) * (c - e)
        sign[i] = (exact > 0) - (exact < 0)
    return sign
