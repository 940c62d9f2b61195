"""Attaching features to the RT/RW polygons they lie in (``core.areas`` has the rule).

Used by ``csiap:attachtoareas`` and, later, by the digitising docks on save:
one piece of code for both.
"""

from qgis.core import (
    QgsFeatureRequest,
    QgsGeometry,
    QgsSpatialIndex,
)

from .. import compat
from ..core import schema
from ..core.areas import choose_area
from ..i18n import tr
from .project import open_layer
from .storage import WorkspaceError, update_rows


class AreaIndex:
    """Polygons with their codes, indexed for "which area holds this geometry"."""

    def __init__(self, features, code_of, transform=None, geometry_of=None):
        """``code_of(feature)`` gives an area's code; ``geometry_of(feature)`` its
        polygon (by default ``feature.geometry()``)."""
        self._index = QgsSpatialIndex()
        self._areas = {}
        for number, feature in enumerate(features):
            geometry = area_geometry(geometry_of(feature) if geometry_of else feature.geometry(), transform)
            if geometry is None:
                continue
            engine = QgsGeometry.createGeometryEngine(geometry.constGet())
            engine.prepareGeometry()
            self._areas[number] = (code_of(feature), geometry, engine)
            self._index.addFeature(number, geometry.boundingBox())

    def __len__(self):
        return len(self._areas)

    def code_for(self, geometry):
        """The code of the area ``geometry`` belongs to, or None (outside every area)."""
        if geometry is None or geometry.isNull() or geometry.isEmpty():
            return None
        kind = geometry.type()
        candidates = []
        numbers = self._index.intersects(geometry.boundingBox())
        for number in numbers:
            code, area, engine = self._areas[number]
            if kind == compat.POINT_GEOMETRY:
                if engine.intersects(geometry.constGet()):
                    inside = engine.contains(geometry.constGet())
                    if inside and len(numbers) == 1:
                        return code  # the usual case: inside the only area around
                    candidates.append((code, 0.0, inside))
            else:
                shared = area.intersection(geometry)
                if shared.isEmpty():
                    continue
                overlap = shared.length() if kind == compat.LINE_GEOMETRY else shared.area()
                if overlap > 0:
                    candidates.append((code, overlap, False))
        return choose_area(candidates)


def area_geometry(geometry, transform=None):
    """An area's polygon as the attach rule tests it (a copy, made valid), or
    None where it has none; also for the columnar path of the indicators."""
    geometry = QgsGeometry(geometry)
    if geometry.isNull() or geometry.isEmpty():
        return None
    if transform is not None:
        geometry.transform(transform)
    if not geometry.isGeosValid():
        geometry = geometry.makeValid()
    return geometry


def rt_index(workspace_path):
    """An ``AreaIndex`` of the workspace's RT polygons, coded ``(rw, rt)``, and "rt".

    Where the workspace has no RT yet, its RW polygons, coded ``(rw, None)``, and "rw".
    """
    levels = (("rt", lambda f: (f["rw"], f["code"])), ("rw", lambda f: (f["code"], None)))
    # A generator: no QGIS layer stays bound in this frame, which an exception's
    # traceback would keep alive.
    found = next((found for found in (_area_index(workspace_path, name, code_of) for name, code_of in levels)
                  if len(found[0])), None)
    if found is None:
        raise WorkspaceError(tr("The workspace has no RT or RW polygons yet: import the boundaries first."))
    return found


def _area_index(workspace_path, name, code_of):
    layer = open_layer(workspace_path, schema.layer(name), schema.DEFAULT_LANGUAGE)
    return AreaIndex(layer.getFeatures(), code_of), name


def attach_workspace(workspace_path, layer_names=schema.ATTACHED_LAYERS, feedback=None):
    """Fill ``rw``/``rt`` of the workspace's point layers, all in one transaction.

    Returns ``{layer: (attached, outside_fids)}``. Features outside every
    area get empty ``rw``/``rt`` and are reported by fid.
    """
    areas, level = rt_index(workspace_path)
    updates, summary = {}, {}
    for name in layer_names:
        layer = open_layer(workspace_path, schema.layer(name), schema.DEFAULT_LANGUAGE)
        changes, outside = {}, []
        request = QgsFeatureRequest().setSubsetOfAttributes(["rw", "rt"], layer.fields())
        for feature in layer.getFeatures(request):
            if feedback is not None and feedback.isCanceled():
                raise WorkspaceError(tr("Cancelled; the workspace was not changed."))
            code = areas.code_for(feature.geometry())
            rw, rt = code if code is not None else (None, None)
            if code is None:
                outside.append(feature.id())
            if (feature["rw"], feature["rt"]) != (rw, rt):
                changes[feature.id()] = {"rw": rw, "rt": rt}
        updates[name] = changes
        summary[name] = (layer.featureCount() - len(outside), outside)
    update_rows(workspace_path, updates)
    return summary, level


def attach_edits(layer, areas):
    """Fill ``rw``/``rt`` of the features added or moved in ``layer``'s edit buffer
    (called as the edits are saved: the docks and any other digitising tool).

    ``areas``: an ``AreaIndex`` coded ``(rw, rt)``. Returns the number of features set.
    """
    buffer = layer.editBuffer()
    if buffer is None:
        return 0
    changed = dict(buffer.changedGeometries())
    changed.update({fid: f.geometry() for fid, f in buffer.addedFeatures().items()})
    fields = layer.fields()
    rw_index, rt_index_ = fields.indexOf("rw"), fields.indexOf("rt")
    count = 0
    for fid, geometry in changed.items():
        rw, rt = areas.code_for(geometry) or (None, None)
        layer.changeAttributeValue(fid, rw_index, rw)
        layer.changeAttributeValue(fid, rt_index_, rt)
        count += 1
    return count


def layer_area_index(rt_layer, rw_layer=None):
    """An ``AreaIndex`` coded ``(rw, rt)`` from the project's RT layer (its
    unsaved edits included), or ``(rw, None)`` from the RW layer when there
    are no RT polygons yet."""
    if rt_layer is not None and rt_layer.featureCount() > 0:
        return AreaIndex(rt_layer.getFeatures(), lambda f: (f["rw"], f["code"]))
    if rw_layer is not None:
        return AreaIndex(rw_layer.getFeatures(), lambda f: (f["code"], None))
    return AreaIndex([], lambda f: None)
