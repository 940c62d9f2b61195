"""Writing the household XLSForm (``core.xlsform``) as an .xlsx file, with
GDAL's XLSX driver: nothing beyond what QGIS ships."""

import os

from osgeo import gdal, ogr

from ..core import schema, xlsform
from ..i18n import tr
from .geopackage import WorkspaceError


def write_household_form(path):
    """Write the form to ``path`` (.xlsx), replacing any file there."""
    form = xlsform.household_form("csiap-schema-{}".format(schema.SCHEMA_VERSION))
    if os.path.exists(path):
        os.remove(path)
    dataset = gdal.GetDriverByName("XLSX").Create(path, 0, 0, 0, gdal.GDT_Unknown)
    if dataset is None:
        raise WorkspaceError(tr("Cannot create the file {path}: {reason}").format(
            path=path, reason=gdal.GetLastErrorMsg()))
    for sheet, columns in xlsform.SHEET_COLUMNS.items():
        layer = dataset.CreateLayer(sheet, None, ogr.wkbNone)
        for column in columns:
            layer.CreateField(ogr.FieldDefn(column, ogr.OFTString))
        for row in form[sheet]:
            feature = ogr.Feature(layer.GetLayerDefn())
            for column in columns:
                if row.get(column):
                    feature.SetField(column, str(row[column]))
            layer.CreateFeature(feature)
    dataset = None
    return path
