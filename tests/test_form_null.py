"""Issue 15 item 13: the empty number and date fields of a real attribute form (a new
household's, as Peta Sosial opens it) show empty, not QGIS's "NULL", and stay empty (NULL)
when the form is accepted; the user's QGIS null text is left as it is."""


def test_empty_numbers_and_dates_are_shown_empty_and_stay_null(qgis_app, workspace_copy):
    from csiap_planner.plugin.project_layers import workspace_layers
    from csiap_planner.workspace.forms import blank_empty_numbers_and_dates
    from qgis.core import QgsApplication, QgsFeature, QgsProject
    from qgis.gui import QgsAttributeDialog
    from qgis.PyQt.QtWidgets import QAbstractSpinBox

    assert QgsProject.instance().read(workspace_copy[:-len(".gpkg")] + ".qgz")
    try:
        layer = workspace_layers()["households"]
        layer.startEditing()
        feature = QgsFeature(layer.fields())
        feature["survey_date"] = None
        assert layer.addFeature(feature)
        fid = next(f.id() for f in layer.getFeatures())
        dialog = QgsAttributeDialog(layer, layer.getFeature(fid), False, None, True)

        def shown():
            """(field, text) of every number and date field of the form."""
            return [(box.objectName(), box.text()) for box in dialog.findChildren(QAbstractSpinBox)
                    if box.objectName() in layer.fields().names()]

        numbers_and_dates = {"members", "last_desludged_year", "well_distance_m", "survey_date"}
        assert numbers_and_dates <= {name for name, _text in shown()}
        assert ("members", "NULL") in shown()   # QGIS's own text before
        blank_empty_numbers_and_dates(dialog)
        assert [(name, text) for name, text in shown() if "NULL" in text] == []
        assert all(text.strip() == "" for name, text in shown() if name in numbers_and_dates), shown()
        dialog.accept()
        saved = layer.getFeature(fid)
        assert [saved[name] for name in sorted(numbers_and_dates)] == [None] * 4
        assert QgsApplication.nullRepresentation() == "NULL"   # the user's setting untouched
    finally:
        layer.rollBack()
        QgsProject.instance().clear()
