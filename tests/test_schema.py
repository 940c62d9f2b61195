"""core.schema is consistent with itself and with DESIGN.md's data model."""

from csiap_planner.core import schema

DESIGN_LAYERS = {
    "kelurahan", "rw", "rt", "households", "facilities", "problems", "drains", "candidate_sites",
    "options", "criteria", "scoring_sessions", "scores", "meetings", "institutions",
    "season_calendar", "ksm_members", "stages", "area_indicators",
}


def test_every_layer_of_the_data_model_is_in_the_schema():
    assert DESIGN_LAYERS <= {layer.name for layer in schema.LAYERS}


def test_names_are_unique_and_every_row_has_a_text_uuid_key():
    names = [layer.name for layer in schema.LAYERS]
    assert len(names) == len(set(names))
    for layer in schema.LAYERS:
        fields = layer.field_names()
        assert len(fields) == len(set(fields)), layer.name
        assert fields[0] == "uuid" and layer.field("uuid").type == schema.TEXT, layer.name


def test_every_field_and_code_has_both_languages():
    for layer in schema.LAYERS:
        assert layer.title.id and layer.title.en
        assert layer.group in {g.name for g in schema.GROUPS}
        for field in layer.fields:
            assert field.alias.id.strip() and field.alias.en.strip(), (layer.name, field.name)
    for codelist in schema.CODELISTS:
        values = codelist.values()
        assert len(values) == len(set(values)), codelist.name
        for code in codelist.codes:
            assert code.label.id.strip() and code.label.en.strip(), (codelist.name, code.value)


def test_personal_data_is_flagged():
    personal = schema.personal_fields()
    assert set(personal["households"]) == {"household_head", "nik", "phone"}
    assert {"full_name", "nik", "phone"} <= set(personal["ksm_members"])
    # Nothing that a map or indicator needs is flagged personal.
    for layer in schema.LAYERS:
        for field in layer.fields:
            if field.name in ("uuid", "rw", "rt", "toilet_access", "category"):
                assert not field.personal


def test_points_users_draw_carry_rw_and_rt_filled_by_attaching():
    for name in ("households", "facilities", "problems", "candidate_sites"):
        layer = schema.layer(name)
        assert layer.geometry == schema.POINT
        assert layer.field("rw").computed and layer.field("rt").computed
    assert set(schema.ATTACHED_LAYERS) == {"households", "facilities", "problems", "candidate_sites"}


def test_relations_point_at_layers_with_a_display_field():
    for relation in schema.RELATIONS:
        parent = schema.layer(relation.parent)
        assert parent.display_field in parent.field_names()
        assert relation.field in schema.layer(relation.child).field_names()
    assert {(r.child, r.parent) for r in schema.RELATIONS} >= {
        ("problems", "meetings"), ("scoring_sessions", "meetings"), ("scores", "scoring_sessions")}


def test_every_widget_works_in_field_apps():
    for layer in schema.LAYERS:
        for field in layer.fields:
            assert field.widget in schema.FIELD_APP_WIDGETS, (layer.name, field.name, field.widget)


def test_range_fields_have_sane_bounds():
    members = schema.layer("households").field("members")
    assert (members.minimum, members.maximum) == (1, 30)
    for layer in schema.LAYERS:
        for field in layer.fields:
            if field.minimum is not None and field.maximum is not None:
                assert field.minimum < field.maximum


def test_stage_activities_follow_the_training_material():
    """The stage list of the programme's 'Perencanaan Partisipatif' slides."""
    labels = [code.label.id for code in schema.STAGE_ACTIVITY.codes]
    assert labels[:6] == ["Sosialisasi", "Rembuk kelurahan I", "Rembuk kelurahan II",
                          "Rembuk RT/RW I", "Rembuk RT/RW II", "Rembuk RT/RW III"]
    assert [c.label.id for c in schema.STAGE.codes] == ["Persiapan sosial", "Pelembagaan", "Perencanaan"]
    assert schema.STAGE.source


def test_labels_follow_the_language():
    assert schema.TOILET_ACCESS.label("none", "id") == "Tidak ada (BABS)"
    assert schema.TOILET_ACCESS.label("none", "en") == "None (open defecation)"
    assert schema.TOILET_ACCESS.label("nonsense", "id") is None
