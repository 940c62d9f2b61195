"""Attribute forms from ``core.schema``: aliases, widgets, constraints and
defaults, in the chosen language.

Only widget types QField and Mergin Maps understand (``schema.FIELD_APP_WIDGETS``)
are used, so a workspace works on a field tablet unchanged.
"""

from qgis.core import (
    QgsApplication,
    QgsAttributeEditorField,
    QgsDefaultValue,
    QgsEditorWidgetSetup,
    QgsExpression,
    QgsFieldConstraints,
    QgsOptionalExpression,
    QgsValueMapFieldFormatter,
)

from .. import compat
from ..core import schema
from ..i18n import tr

# ``uuid()`` returns "{...}" on QGIS 3.22; field apps and our joins want the bare form.
UUID_EXPRESSION = "substr(uuid(), 2, 36)"


def value_map(codelist, language):
    """A ValueMap widget config: a list keeps the code list's order. It starts with QGIS's
    entry for NULL, labelled empty: an unanswered choice shows blank (not "(NULL)") and can be
    set back to blank, and is still stored NULL (QField reads the entry the same way)."""
    return {"map": [{"": QgsValueMapFieldFormatter.NULL_VALUE}] +
            [{code.label.text(language): code.value} for code in codelist.codes]}


def widget_setup(field, language, project_layers=None):
    """The ``QgsEditorWidgetSetup`` for a schema field."""
    widget = field.widget
    if widget == schema.WIDGET_VALUE_MAP:
        return QgsEditorWidgetSetup(widget, value_map(field.codelist, language))
    if widget == schema.WIDGET_VALUE_RELATION:
        parent = schema.layer(field.references)
        target = (project_layers or {}).get(parent.name)
        return QgsEditorWidgetSetup(widget, {
            "Layer": target.id() if target is not None else "",
            "LayerName": parent.name,
            "LayerProviderName": target.providerType() if target is not None else "ogr",
            "LayerSource": target.source() if target is not None else "",
            "Key": "uuid",
            "Value": parent.display_field,
            "AllowNull": True,
            "OrderByValue": True,
            "AllowMulti": False,
            "UseCompleter": False,
        })
    if widget == schema.WIDGET_RANGE:
        is_int = field.type == schema.INTEGER
        return QgsEditorWidgetSetup(widget, {
            "Min": int(field.minimum) if is_int else field.minimum,
            "Max": int(field.maximum) if is_int else field.maximum,
            "Step": 1 if is_int else 0.1,
            "Precision": 0 if is_int else 1,
            "Style": "SpinBox",
            "AllowNull": True,
        })
    if widget == schema.WIDGET_CHECKBOX:
        return QgsEditorWidgetSetup(widget, {"CheckedState": "", "UncheckedState": "", "TextDisplayMethod": 0})
    if widget == schema.WIDGET_DATE:
        return QgsEditorWidgetSetup(widget, {
            "field_format": "yyyy-MM-dd", "display_format": "yyyy-MM-dd",
            "calendar_popup": True, "allow_null": True,
        })
    if widget == schema.WIDGET_ATTACHMENT:
        # Relative to the project: photos travel with the workspace folder.
        return QgsEditorWidgetSetup(widget, {
            "RelativeStorage": 1, "DocumentViewer": 1, "FileWidget": True, "FileWidgetButton": True,
            "StorageMode": 0,
        })
    if widget == schema.WIDGET_UUID:
        return QgsEditorWidgetSetup("Hidden", {})
    return QgsEditorWidgetSetup(schema.WIDGET_TEXT, {"IsMultiline": field.name in ("notes", "description", "decisions"),
                                                      "UseHtml": False})


def _constraint_expression(field, language):
    """An expression constraint and its message, or (None, None)."""
    name = '"{}"'.format(field.name)
    if field.minimum is not None and field.maximum is not None:
        return ("{n} IS NULL OR ({n} >= {lo} AND {n} <= {hi})".format(n=name, lo=field.minimum, hi=field.maximum),
                tr("{field} must be between {low} and {high}.", language).format(
                    field=field.alias.text(language), low=_number(field.minimum), high=_number(field.maximum)))
    if field.minimum is not None:
        return ("{n} IS NULL OR {n} >= {lo}".format(n=name, lo=field.minimum),
                tr("{field} cannot be below {low}.", language).format(
                    field=field.alias.text(language), low=_number(field.minimum)))
    if field.type == schema.DATE:
        return ("{n} IS NULL OR {n} <= now()".format(n=name),
                tr("{field} cannot be in the future.", language).format(field=field.alias.text(language)))
    return None, None


def _number(value):
    return int(value) if float(value).is_integer() else value


def configure_layer(layer, layer_def, language, project_layers=None):
    """Apply aliases, widgets, constraints and defaults of ``layer_def``."""
    fields = layer.fields()
    if fields.indexFromName("fid") >= 0:   # the GeoPackage key: nothing to type, on a desktop or a tablet
        layer.setEditorWidgetSetup(fields.indexFromName("fid"), QgsEditorWidgetSetup("Hidden", {}))
    for field in layer_def.fields:
        index = fields.indexFromName(field.name)
        if index < 0:
            continue
        layer.setFieldAlias(index, field.alias.text(language))
        layer.setEditorWidgetSetup(index, widget_setup(field, language, project_layers))
        if field.name == "uuid":
            layer.setDefaultValueDefinition(index, QgsDefaultValue(UUID_EXPRESSION, False))
        if field.required:
            layer.setFieldConstraint(index, QgsFieldConstraints.Constraint.ConstraintNotNull,
                                     QgsFieldConstraints.ConstraintStrength.ConstraintStrengthHard)
        expression, message = _constraint_expression(field, language)
        if expression:
            layer.setConstraintExpression(index, expression, message)
            layer.setFieldConstraint(index, QgsFieldConstraints.Constraint.ConstraintExpression,
                                     QgsFieldConstraints.ConstraintStrength.ConstraintStrengthHard)
        # Filled by algorithms (attach, indicators): typing them by hand would
        # contradict the map.
        config = layer.editFormConfig()
        config.setReadOnly(index, field.computed or field.name == "uuid")
        layer.setEditFormConfig(config)
    if layer_def.name in schema.FORM_TABS:
        _layout_tabs(layer, layer_def, language)
    if layer_def.is_spatial:
        layer.setDisplayExpression('"{}"'.format(layer_def.display_field))


def blank_empty_numbers_and_dates(form):
    """An open attribute form (``QgsAttributeForm`` or its dialog) shows its empty number and
    date fields empty instead of QGIS's null text ("NULL"), without touching the values (an
    empty field stays NULL) or the user's QGIS settings: the text is only the spin boxes'
    special value text and the date edits' null representation."""
    # Imported here: qgis.gui is there in QGIS Desktop and the tests, not in qgis_process.
    from qgis.gui import QgsDateTimeEdit
    from qgis.PyQt import sip
    from qgis.PyQt.QtWidgets import QAbstractSpinBox

    null = QgsApplication.nullRepresentation()
    for box in form.findChildren(QAbstractSpinBox):
        if box.inherits("QgsDateTimeEdit"):
            # Handed to Python as Qt's QDateTimeEdit: cast to reach QGIS's null text.
            edit = sip.cast(box, QgsDateTimeEdit)
            edit.setNullRepresentation(" ")
            if edit.isNull():
                edit.displayNull()
        elif hasattr(box, "specialValueText") and box.specialValueText() == null:
            box.setSpecialValueText(" ")   # an empty one would show the minimum instead


def _text_edits(form):
    """The text widgets (line and multi-line edits) of the form's fields."""
    from qgis.PyQt.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit

    layer = (form.attributeForm() if hasattr(form, "attributeForm") else form).layer()
    names = set(layer.fields().names())
    return [edit for kind in (QLineEdit, QPlainTextEdit, QTextEdit) for edit in form.findChildren(kind)
            if edit.objectName() in names]


def _text(edit):
    from qgis.PyQt.QtWidgets import QLineEdit

    return edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText()


def _set_text(edit, text):
    from qgis.PyQt.QtWidgets import QLineEdit

    if isinstance(edit, QLineEdit):
        edit.setText(text)
    else:
        edit.setPlainText(text)


def blank_empty_fields(form):
    """An open attribute form shows every empty field empty: numbers and dates (see
    ``blank_empty_numbers_and_dates``), texts and photos (choices: see ``value_map``).

    A text widget reads its own text back as NULL only when it is QGIS's null text, so a
    blanked one would be saved as '' (not NULL): ``null_empty_texts`` puts the null text back
    just before the form saves; ``attribute_dialog`` does both. The user's QGIS null text
    (a global setting, stored in their profile) is left as it is."""
    from qgis.gui import QgsFileWidget

    blank_empty_numbers_and_dates(form)
    null = QgsApplication.nullRepresentation()
    for edit in _text_edits(form):
        if _text(edit) == null:
            _set_text(edit, "")
    for chooser in form.findChildren(QgsFileWidget):   # a photo's path: QGIS reads an empty one as NULL
        if chooser.lineEdit().text() == null:
            chooser.lineEdit().setText("")


def null_empty_texts(form):
    """The form's empty text fields get QGIS's null text back, which their widgets read as
    NULL: called just before the form saves, so that an empty text is stored NULL, never ''."""
    null = QgsApplication.nullRepresentation()
    for edit in _text_edits(form):
        if _text(edit) == "":
            _set_text(edit, null)


def attribute_dialog(layer, feature, parent=None):
    """A feature's attribute form as a dialog (``QgsAttributeDialog``) whose empty fields
    show empty and are saved NULL."""
    # Imported here: qgis.gui is there in QGIS Desktop and the tests, not in qgis_process.
    from qgis.gui import QgsAttributeDialog

    class AttributeDialog(QgsAttributeDialog):
        def accept(self):
            null_empty_texts(self)   # QGIS then reads the widgets, saves and closes the dialog
            super().accept()

    dialog = AttributeDialog(layer, feature, False, parent, True)
    blank_empty_fields(dialog)
    return dialog


def relevance_expression(rule):
    """The QGIS expression of a ``schema.Relevance``: an unanswered question
    counts as "not excluded", as in the XLSForm."""
    values = ", ".join("'{}'".format(v) for v in rule.values)
    field = '"{}"'.format(rule.depends_on)
    if rule.negate:
        return "{f} IS NULL OR {f} NOT IN ({v})".format(f=field, v=values)
    return "{f} IN ({v})".format(f=field, v=values)


def _layout_tabs(layer, layer_def, language):
    """Tabs from ``schema.FORM_TABS``; a question with a relevance rule sits in a
    group box shown only when the rule holds (QGIS and QField alike)."""
    config = layer.editFormConfig()
    config.setLayout(compat.FORM_TAB_LAYOUT)
    root = config.invisibleRootContainer()
    root.clear()
    fields = layer.fields()
    rules = schema.RELEVANCE.get(layer_def.name, {})
    tabs = list(schema.FORM_TABS[layer_def.name])
    rest = tuple(f.name for f in layer_def.fields
                 if f.name not in {n for _label, names in tabs for n in names} and f.name != "uuid")
    if rest:
        tabs.append((schema.Label("Lainnya", "Other"), rest))
    for label, names in tabs:
        tab = compat.form_container(label.text(language), root, group_box=False)
        for name in names:
            index = fields.indexFromName(name)
            if index < 0:
                continue
            parent = tab
            if name in rules:
                parent = compat.form_container(layer_def.field(name).alias.text(language), tab, group_box=True)
                parent.setVisibilityExpression(QgsOptionalExpression(QgsExpression(relevance_expression(rules[name]))))
                tab.addChildElement(parent)
            parent.addChildElement(QgsAttributeEditorField(name, index, parent))
        root.addChildElement(tab)
    layer.setEditFormConfig(config)
