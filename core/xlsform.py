"""The household survey as an XLSForm (KoboToolbox, ODK), made from the schema.

Question names are the schema's field names and choice names its codes, so
an export of a submission imports with ``csiap:importsurvey`` as it is, and
the form can never drift from the workspace. Labels in Indonesian and
English. Pure Python: the rows of the three sheets.
"""

from . import schema

LABEL_ID = "label::Bahasa Indonesia (id)"
LABEL_EN = "label::English (en)"
SURVEY_COLUMNS = ("type", "name", LABEL_ID, LABEL_EN, "hint::Bahasa Indonesia (id)", "required", "constraint",
                  "constraint_message::Bahasa Indonesia (id)", "relevant", "default", "appearance")
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
    "last_desludged_year": "Kosongkan bila belum pernah dikuras atau tidak tahu.",
    "nik": "16 angka. Data pribadi: tidak ikut dalam peta dan lampiran publik.",
    "rw": "Nomor RW, misalnya 03.",
    "rt": "Nomor RT, misalnya 005.",
}
# Filled by the workspace, or not for a field form.
LEFT_OUT = ("uuid", "data_source")


def _question(field):
    row = {"name": field.name, LABEL_ID: field.alias.id, LABEL_EN: field.alias.en,
           "hint::Bahasa Indonesia (id)": HINTS.get(field.name, ""), "relevant": RELEVANT.get(field.name, "")}
    if field.codelist is not None:
        row["type"] = "select_one " + field.codelist.name
    elif field.type == schema.BOOLEAN:
        row["type"] = "select_one yes_no"
    elif field.attachment:
        row["type"] = "image"
    elif field.type == schema.DATE:
        row["type"], row["default"] = "date", "today()"
        row["constraint"] = ". <= today()"
        row["constraint_message::Bahasa Indonesia (id)"] = "Tanggal tidak boleh di masa depan."
    elif field.type in (schema.INTEGER, schema.REAL):
        row["type"] = "integer" if field.type == schema.INTEGER else "decimal"
        if field.minimum is not None and field.maximum is not None:
            row["constraint"] = ". >= {:g} and . <= {:g}".format(field.minimum, field.maximum)
            row["constraint_message::Bahasa Indonesia (id)"] = "Isi antara {:g} dan {:g}.".format(
                field.minimum, field.maximum)
    else:
        row["type"] = "text"
        if field.name == "nik":
            row["constraint"] = "regex(., '^[0-9]{16}$')"
            row["constraint_message::Bahasa Indonesia (id)"] = "NIK terdiri dari 16 angka."
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
         "required": "yes", "hint::Bahasa Indonesia (id)": "Berdiri di depan rumah, tunggu akurasi < 10 m."},
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
                 "default_language": "Bahasa Indonesia (id)"}]
    return {"survey": survey, "choices": choices, "settings": settings}


SHEET_COLUMNS = {"survey": SURVEY_COLUMNS, "choices": CHOICE_COLUMNS, "settings": SETTINGS_COLUMNS}
