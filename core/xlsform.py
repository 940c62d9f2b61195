"""The household survey as an XLSForm (KoboToolbox, ODK), made from the schema.

Question names are the schema's field names and choice names its codes, so
an export of a submission imports with ``csiap:importsurvey`` as it is, and
the form can never drift from the workspace. Labels in Indonesian and
English. Pure Python: the rows of the three sheets.
"""

from . import schema

LANGUAGE_ID, LANGUAGE_EN = "Bahasa Indonesia (id)", "English (en)"
LABEL_ID = "label::" + LANGUAGE_ID
LABEL_EN = "label::" + LANGUAGE_EN
HINT_ID, HINT_EN = "hint::" + LANGUAGE_ID, "hint::" + LANGUAGE_EN
MESSAGE_ID, MESSAGE_EN = "constraint_message::" + LANGUAGE_ID, "constraint_message::" + LANGUAGE_EN
# Every text column in both languages: pyxform (Kobo, ODK) warns of a language missing one.
SURVEY_COLUMNS = ("type", "name", LABEL_ID, LABEL_EN, HINT_ID, HINT_EN, "required", "constraint",
                  MESSAGE_ID, MESSAGE_EN, "relevant", "default", "appearance", "parameters")
# Photos scaled down on the phone (ODK Collect, Enketo): quicker to send, smaller to keep.
PHOTO_MAX_PIXELS = 1280
CHOICE_COLUMNS = ("list_name", "name", LABEL_ID, LABEL_EN)
SETTINGS_COLUMNS = ("form_title", "form_id", "version", "default_language")
YES_NO = schema.CodeList("yes_no", (schema.Code("yes", schema.Label("Ya", "Yes")),
                                    schema.Code("no", schema.Label("Tidak", "No"))))
LOCATION = "location"
FORM_ID = "csiap_households"



def _relevant(rule):
    """The XLSForm ``relevant`` expression of a ``schema.Relevance``."""
    tests = ["${{{}}} {} '{}'".format(rule.depends_on, "!=" if rule.negate else "=", v) for v in rule.values]
    return (" and " if rule.negate else " or ").join(tests)


RELEVANT = {name: _relevant(rule) for name, rule in schema.RELEVANCE["households"].items()}
HINTS = {
    "last_desludged_year": schema.Label("Kosongkan bila belum pernah dikuras atau tidak tahu.",
                                        "Leave empty if never emptied, or not known."),
    "nik": schema.Label("16 angka. Data pribadi: tidak ikut dalam peta dan lampiran publik.",
                        "16 digits. Personal data: left out of public maps and annexes."),
    "rw": schema.Label("Nomor RW, misalnya 03.", "The RW number, for example 03."),
    "rt": schema.Label("Nomor RT, misalnya 005.", "The RT number, for example 005."),
}


def _hint(field):
    """A question's hint in both languages: the one written for it, else one made from
    the schema (its range, its code list, personal data), so that any field added to the
    schema has one."""
    if field.name in HINTS:
        return HINTS[field.name]
    if field.personal:
        return schema.Label("Data pribadi: tidak ikut dalam peta dan lampiran publik.",
                            "Personal data: left out of public maps and annexes.")
    if field.minimum is not None and field.maximum is not None:
        return schema.Label("Antara {:g} dan {:g}.".format(field.minimum, field.maximum),
                            "Between {:g} and {:g}.".format(field.minimum, field.maximum))
    if field.minimum is not None:
        return schema.Label("Paling sedikit {:g}.".format(field.minimum), "At least {:g}.".format(field.minimum))
    if field.codelist is not None or field.type == schema.BOOLEAN:
        return schema.Label("Pilih satu.", "Choose one.")
    if field.attachment:
        return schema.Label("Ambil foto dengan kamera.", "Take a photo with the camera.")
    if field.type == schema.DATE:
        return schema.Label("Tanggal, bukan di masa depan.", "A date, not in the future.")
    return schema.Label("Isian bebas; boleh kosong.", "Free text; may be left empty.")


def _constraint(row, expression, message):
    row["constraint"], row[MESSAGE_ID], row[MESSAGE_EN] = expression, message.id, message.en
# Filled by the workspace, or not for a field form.
LEFT_OUT = ("uuid", "data_source")


def _question(field):
    hint = _hint(field)
    row = {"name": field.name, LABEL_ID: field.alias.id, LABEL_EN: field.alias.en, HINT_ID: hint.id,
           HINT_EN: hint.en, "relevant": RELEVANT.get(field.name, "")}
    if field.codelist is not None:
        row["type"] = "select_one " + field.codelist.name
    elif field.type == schema.BOOLEAN:
        row["type"] = "select_one yes_no"
    elif field.attachment:
        row["type"] = "image"
        row["parameters"] = "max-pixels={}".format(PHOTO_MAX_PIXELS)
    elif field.type == schema.DATE:
        row["type"], row["default"] = "date", "today()"
        _constraint(row, ". <= today()", schema.Label("Tanggal tidak boleh di masa depan.",
                                                      "The date cannot be in the future."))
    elif field.type in (schema.INTEGER, schema.REAL):
        row["type"] = "integer" if field.type == schema.INTEGER else "decimal"
        if field.minimum is not None and field.maximum is not None:
            _constraint(row, ". >= {:g} and . <= {:g}".format(field.minimum, field.maximum), schema.Label(
                "Isi antara {:g} dan {:g}.".format(field.minimum, field.maximum),
                "Enter a value between {:g} and {:g}.".format(field.minimum, field.maximum)))
        elif field.minimum is not None:
            _constraint(row, ". >= {:g}".format(field.minimum), schema.Label(
                "Isi paling sedikit {:g}.".format(field.minimum), "Enter at least {:g}.".format(field.minimum)))
    else:
        row["type"] = "text"
        if field.name == "nik":
            _constraint(row, "regex(., '^[0-9]{16}$')", schema.Label("NIK terdiri dari 16 angka.",
                                                                    "A NIK has 16 digits."))
        if field.name == "notes":
            row["appearance"] = "multiline"
    if field.required:
        row["required"] = "yes"
    return row


def household_form(version):
    """``{"survey": rows, "choices": rows, "settings": rows}``, each row a dict."""
    layer = schema.layer("households")
    survey = [
        {"type": "start", "name": "start"},
        {"type": "end", "name": "end"},
        {"type": "geopoint", "name": LOCATION, LABEL_ID: "Lokasi rumah", LABEL_EN: "House location",
         "required": "yes", HINT_ID: "Berdiri di depan rumah, tunggu akurasi < 10 m.",
         HINT_EN: "Stand in front of the house; wait for an accuracy under 10 m."},
    ]
    lists = {"yes_no": YES_NO}
    for field in layer.fields:
        if field.name in LEFT_OUT:
            continue
        survey.append(_question(field))
        if field.codelist is not None:
            lists[field.codelist.name] = field.codelist
    choices = [{"list_name": name, "name": code.value, LABEL_ID: code.label.id, LABEL_EN: code.label.en}
               for name, codelist in lists.items() for code in codelist.codes]
    settings = [{"form_title": "Survei Rumah Tangga CSIAP", "form_id": FORM_ID, "version": version,
                 "default_language": LANGUAGE_ID}]
    return {"survey": survey, "choices": choices, "settings": settings}


SHEET_COLUMNS = {"survey": SURVEY_COLUMNS, "choices": CHOICE_COLUMNS, "settings": SETTINGS_COLUMNS}
