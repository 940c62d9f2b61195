"""Issue 15 item 13: the empty fields of a real attribute form (a new household's, as Peta
Sosial opens it) show empty, not QGIS's "NULL" or "(NULL)", and stay empty (NULL, not '')
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


def shown_texts(dialog):
    """(widget, text) of every line edit, text box, list and spin box of a form, named or not."""
    from qgis.PyQt.QtWidgets import QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit

    found = [(box.objectName(), box.currentText()) for box in dialog.findChildren(QComboBox)]
    found += [(edit.objectName(), edit.toPlainText()) for edit in dialog.findChildren(QPlainTextEdit)]
    found += [(edit.objectName(), edit.text()) for kind in (QLineEdit, QAbstractSpinBox)
              for edit in dialog.findChildren(kind)]
    return found


def stored(path, table, uuid, names):
    """``{column: value}`` of one row, read with sqlite3: '' and NULL told apart."""
    import sqlite3

    with sqlite3.connect(path) as db:
        # Names come from the schema, not from a user.
        row = db.execute('SELECT {} FROM "{}" WHERE uuid = ?'.format(", ".join(names), table), (uuid,)).fetchone()
    return dict(zip(names, row))


def test_empty_texts_and_choices_are_shown_empty_and_saved_null(qgis_app, workspace_copy):
    from csiap_planner.core import schema
    from csiap_planner.plugin.project_layers import workspace_layers
    from csiap_planner.workspace.forms import attribute_dialog
    from qgis.core import QgsApplication, QgsFeature, QgsProject
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtTest import QTest
    from qgis.PyQt.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit

    households = schema.layer("households")
    texts = [f.name for f in households.fields
             if f.type == schema.TEXT and f.widget == schema.WIDGET_TEXT and not f.computed]
    photos = [f.name for f in households.fields if f.attachment]
    choices = [f.name for f in households.fields if f.codelist is not None]
    assert {"household_head", "nik", "phone", "notes"} <= set(texts) and len(choices) >= 5 and photos
    assert QgsProject.instance().read(workspace_copy[:-len(".gpkg")] + ".qgz")
    try:
        layer = workspace_layers()["households"]
        layer.startEditing()
        feature = QgsFeature(layer.fields())
        feature["uuid"], feature["rw"], feature["rt"] = "hh-1", "001", "001"
        assert layer.addFeature(feature)
        fid = next(f.id() for f in layer.getFeatures())
        dialog = attribute_dialog(layer, layer.getFeature(fid))

        widgets = {w.objectName(): w for kind in (QLineEdit, QPlainTextEdit, QComboBox)
                   for w in dialog.findChildren(kind) if w.objectName() in texts + choices}
        assert set(widgets) == set(texts + choices)
        assert [(name, text) for name, text in shown_texts(dialog) if "NULL" in text] == []
        for name in texts + choices:
            widget = widgets[name]
            text = widget.currentText() if name in choices else (
                widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text())
            assert text == "", name
        # The user types a name, and types a phone number then rubs it out again.
        QTest.keyClicks(widgets["household_head"], "Bu Sari")
        QTest.keyClicks(widgets["phone"], "0812")
        for _ in range(4):
            QTest.keyClick(widgets["phone"], Qt.Key.Key_Backspace)
        assert widgets["phone"].text() == ""
        widgets["toilet_access"].setCurrentIndex(widgets["toilet_access"].findData("shared"))
        dialog.accept()
        assert dialog.result() == dialog.DialogCode.Accepted
        assert layer.commitChanges(), layer.commitErrors()

        assert stored(workspace_copy, "households", "hh-1", ["rw", "rt"]) == {"rw": "001", "rt": "001"}
        saved = stored(workspace_copy, "households", "hh-1", texts + choices + photos)
        assert saved.pop("household_head") == "Bu Sari" and saved.pop("toilet_access") == "shared"
        assert saved == {name: None for name in saved}, saved   # NULL, not ''
        assert QgsApplication.nullRepresentation() == "NULL"    # the user's setting untouched
    finally:
        layer.rollBack()
        QgsProject.instance().clear()



def test_no_form_of_the_workspace_shows_null(qgis_app, workspace_copy, seed_rows):
    """Every layer's form, a new row's: no field shows "NULL" or "(NULL)", value relations included."""
    from csiap_planner.core import schema
    from csiap_planner.plugin.project_layers import workspace_layers
    from csiap_planner.workspace.forms import attribute_dialog
    from qgis.core import QgsFeature, QgsProject

    seed_rows(workspace_copy, "meetings", [{"uuid": "m1", "kind": "rembuk_rt", "title": "Rembuk RT 001",
                                            "meeting_date": "2026-10-03"}])
    assert QgsProject.instance().read(workspace_copy[:-len(".gpkg")] + ".qgz")
    try:
        layers = workspace_layers()
        assert set(layers) >= {layer_def.name for layer_def in schema.LAYERS}
        related = 0
        for layer_def in schema.LAYERS:
            layer = layers[layer_def.name]
            layer.startEditing()
            feature = QgsFeature(layer.fields())
            feature["uuid"] = "new-" + layer_def.name
            assert layer.addFeature(feature), layer_def.name
            fid = next(f.id() for f in layer.getFeatures() if f["uuid"] == "new-" + layer_def.name)
            dialog = attribute_dialog(layer, layer.getFeature(fid))
            assert [(name, text) for name, text in shown_texts(dialog) if "NULL" in text] == [], layer_def.name
            related += sum(1 for f in layer_def.fields if f.references)
            dialog.deleteLater()
            layer.rollBack()
        assert related > 0   # value relations were among them
    finally:
        QgsProject.instance().clear()
