"""The surrounding areas of a workspace's kelurahan (the other kelurahan of its
kecamatan), for the inset of the annex maps. Orientation only: nothing is
analysed on them, so they are taken as they come (repaired, reprojected,
dissolved by name) into ``context_areas``, replacing what was there."""

import uuid

from qgis.core import QgsCoordinateTransform, QgsCoordinateTransformContext, QgsGeometry

from ..i18n import tr
from .boundaries import check_polygon_source
from .fields import every_feature, plain
from .project import kelurahan_outline
from .storage import WorkspaceError, write_rows


def import_context(path, source, name_field, group_field=None, distance=2000.0, language=None,
                   transform_context=None, feedback=None):
    """Store the areas of ``source`` around the workspace's kelurahan; return
    ``(areas stored, kecamatan chosen or None)``.

    With ``group_field`` (a kecamatan name, say): the features of the group that
    covers most of the kelurahan. Without it: the features within ``distance``
    metres of the kelurahan. Features of one name (the RW of one kelurahan) become
    one area.
    """
    check_polygon_source(source, [("NAME_FIELD", name_field), ("KECAMATAN_FIELD", group_field)], language)
    outline, crs = kelurahan_outline(path)
    if outline is None:
        raise WorkspaceError(tr("The workspace has no kelurahan outline to place the surrounding areas around.",
                                language))
    transform = QgsCoordinateTransform(source.sourceCrs(), crs,
                                       transform_context or QgsCoordinateTransformContext())
    features, total = [], max(source.featureCount(), 1)   # -1 where the source cannot tell
    for step, feature in enumerate(every_feature(source)):
        if feedback is not None:
            if feedback.isCanceled():
                raise WorkspaceError(tr("Cancelled; the workspace was not changed.", language))
            feedback.setProgress(80.0 * step / total)
        geometry = QgsGeometry(feature.geometry())
        if geometry.isNull() or geometry.isEmpty():
            continue
        geometry.transform(transform)
        geometry = geometry.makeValid()
        name = plain(feature[name_field])
        group = plain(feature[group_field]) if group_field else None
        features.append((str(name) if name is not None else "", group, geometry))

    if not features:
        raise WorkspaceError(tr("The layer {name} has no polygons: nothing to place around the kelurahan.",
                                language).format(name=source.sourceName()))
    chosen = None
    if group_field:
        covered = {}
        for _name, group, geometry in features:
            if group is not None and geometry.intersects(outline):
                covered[group] = covered.get(group, 0.0) + geometry.intersection(outline).area()
        if not covered:
            raise WorkspaceError(tr("No feature of the layer overlaps the kelurahan: is it the right layer, in the "
                                    "right place?", language))
        chosen = max(covered, key=covered.get)
        kept = [(n, g, geom) for n, g, geom in features if g == chosen]
    else:
        kept = [(n, g, geom) for n, g, geom in features if geom.distance(outline) <= distance]
        if not kept:
            raise WorkspaceError(tr("No feature of the layer lies within {distance:g} m of the kelurahan.",
                                    language).format(distance=distance))

    by_name = {}
    for name, group, geometry in kept:
        by_name.setdefault((name, group), []).append(geometry)
    rows = []
    for (name, group), parts in sorted(by_name.items(), key=lambda item: item[0][0]):
        area = QgsGeometry.unaryUnion(parts)
        area.convertToMultiType()
        rows.append({"uuid": str(uuid.uuid4()), "name": name or None, "kecamatan": group,
                     "data_source": "import", "wkb": bytes(area.asWkb())})
    write_rows(path, {"context_areas": rows}, replace=True)
    return len(rows), chosen
