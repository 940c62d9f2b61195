"""The workspace data model: the single source of truth for layers, fields,
aliases (Indonesian and English), code lists and personal-data flags.

Workspace creation, forms, imports, exports and translations read this
module; nothing else in the plugin repeats a field list. Pure Python: no QGIS.

Stable names in code are English; what users see comes from the ``id``/``en``
labels here. Adding a layer, field or code is a schema change: bump
``SCHEMA_VERSION``; ``workspace.upgrade`` adds what a file lacks, and a
change needing more (a renamed field, converted values) adds its step there.
"""

from dataclasses import dataclass, replace
from typing import Optional, Tuple

# 1: plugin 0.1.0. 2: plugin 0.2.0 (site conditions on rt/rw/candidate_sites,
# the option catalogue's new requirements, results tables, context_areas); see workspace.upgrade.
# 3: plugin 0.3.0 (unit_costs, scoring_inputs; the reason of every starting score and the sentence
# explaining each ranking; the land an RT or RW has itself for a shared facility, rt/rw land_available_m2;
# location priorities and the rembuk's agreed order, priority weights, the action plan; the
# excreta-flow answers of a household; field packages' merge conflicts).
SCHEMA_VERSION = 3

LANGUAGES = ("id", "en")
DEFAULT_LANGUAGE = "id"

# Field types, named as the workspace layer writes them.
TEXT, INTEGER, REAL, DATE, BOOLEAN = "text", "integer", "real", "date", "boolean"

# Geometry types. Polygons and lines are stored as multi-part so that imports
# of real data (which mixes single and multi parts) never lose a part.
POINT, MULTIPOLYGON, MULTILINESTRING = "Point", "MultiPolygon", "MultiLineString"

# Field widgets, limited to what QField and Mergin Maps support (issue 6).
WIDGET_TEXT = "TextEdit"
WIDGET_VALUE_MAP = "ValueMap"
WIDGET_VALUE_RELATION = "ValueRelation"
WIDGET_RANGE = "Range"
WIDGET_CHECKBOX = "CheckBox"
WIDGET_DATE = "DateTime"
WIDGET_ATTACHMENT = "ExternalResource"
WIDGET_UUID = "UuidGenerator"
FIELD_APP_WIDGETS = frozenset(
    {
        WIDGET_TEXT,
        WIDGET_VALUE_MAP,
        WIDGET_VALUE_RELATION,
        WIDGET_RANGE,
        WIDGET_CHECKBOX,
        WIDGET_DATE,
        WIDGET_ATTACHMENT,
        WIDGET_UUID,
        "RelationEditor",
        "Hidden",
    }
)


@dataclass(frozen=True)
class Label:
    """A text shown to users, in Indonesian and English."""

    id: str
    en: str

    def text(self, language: str) -> str:
        return self.en if language == "en" else self.id


@dataclass(frozen=True)
class Code:
    value: str
    label: Label


@dataclass(frozen=True)
class CodeList:
    name: str
    codes: Tuple[Code, ...]
    source: str = ""

    def values(self) -> Tuple[str, ...]:
        return tuple(c.value for c in self.codes)

    def label(self, value: str, language: str) -> Optional[str]:
        for code in self.codes:
            if code.value == value:
                return code.label.text(language)
        return None


@dataclass(frozen=True)
class Field:
    name: str
    type: str
    alias: Label
    codelist: Optional[CodeList] = None
    personal: bool = False
    required: bool = False
    minimum: Optional[float] = None
    maximum: Optional[float] = None
    # Filled by an algorithm (attach, area, indicators), never typed by hand.
    computed: bool = False
    # A relative file path (photo, document): shown with an attachment widget.
    attachment: bool = False
    # The layer whose ``uuid`` this field refers to.
    references: Optional[str] = None

    @property
    def widget(self) -> str:
        if self.name == "uuid":
            return WIDGET_UUID
        if self.references:
            return WIDGET_VALUE_RELATION
        if self.codelist is not None:
            return WIDGET_VALUE_MAP
        if self.attachment:
            return WIDGET_ATTACHMENT
        if self.type == BOOLEAN:
            return WIDGET_CHECKBOX
        if self.type == DATE:
            return WIDGET_DATE
        if self.type in (INTEGER, REAL) and self.minimum is not None and self.maximum is not None:
            return WIDGET_RANGE
        return WIDGET_TEXT


@dataclass(frozen=True)
class Layer:
    name: str
    title: Label
    group: str
    geometry: Optional[str]
    fields: Tuple[Field, ...]
    # The field that names a row of this layer in lists and value-relation
    # widgets; by default the first of name, title, code, category, kind.
    display: Optional[str] = None

    @property
    def is_spatial(self) -> bool:
        return self.geometry is not None

    def field(self, name: str) -> Field:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError("{}.{}".format(self.name, name))

    @property
    def display_field(self) -> str:
        if self.display:
            return self.display
        for name in ("name", "title", "code", "category", "kind"):
            if name in self.field_names():
                return name
        return "uuid"

    def field_names(self) -> Tuple[str, ...]:
        return tuple(f.name for f in self.fields)

    def personal_fields(self) -> Tuple[str, ...]:
        return tuple(f.name for f in self.fields if f.personal)


@dataclass(frozen=True)
class Group:
    name: str
    title: Label


@dataclass(frozen=True)
class Relation:
    """``child.field`` holds the ``uuid`` of a ``parent`` row."""

    child: str
    field: str
    parent: str

    @property
    def id(self) -> str:
        return "{}_{}".format(self.child, self.field)


def _codes(name, items, source=""):
    return CodeList(name, tuple(Code(v, Label(i, e)) for v, i, e in items), source)


# --- Code lists --------------------------------------------------------------

DATA_SOURCE = _codes(
    "data_source",
    [
        ("survey", "Survei lapangan", "Field survey"),
        ("rembuk", "Rembuk / pemetaan bersama warga", "Rembuk / community mapping"),
        ("import", "Impor data instansi", "Imported from an agency"),
        ("osm", "OpenStreetMap", "OpenStreetMap"),
        ("synthetic", "Sintetis (contoh, bukan data nyata)", "Synthetic (sample, not real data)"),
    ],
)

TOILET_ACCESS = _codes(
    "toilet_access",
    [
        ("own", "Jamban sendiri", "Own toilet"),
        ("shared", "Jamban bersama (beberapa KK)", "Shared toilet (several households)"),
        ("public", "MCK umum", "Public toilet block (MCK)"),
        ("none", "Tidak ada (BABS)", "None (open defecation)"),
    ],
    "JMP 2017 sanitation ladder; EHRA questionnaire",
)

TOILET_TYPE = _codes(
    "toilet_type",
    [
        ("flush", "Kloset leher angsa (siram/guyur)", "Pour/flush water-seal toilet"),
        ("pit_slab", "Cubluk dengan lantai/tutup", "Pit latrine with slab"),
        ("pit_open", "Cubluk tanpa lantai/tutup", "Pit latrine without slab"),
        ("hanging", "Jamban cemplung/helikopter", "Hanging latrine"),
        ("none", "Tidak ada", "None"),
    ],
    "JMP 2017 sanitation ladder",
)

CONTAINMENT = _codes(
    "containment",
    [
        ("septic_tank", "Tangki septik", "Septic tank"),
        ("sewer", "IPAL komunal / perpipaan (SPALD-T)", "Communal plant / sewer (SPALD-T)"),
        ("pit", "Cubluk / lubang tanah", "Pit (cubluk)"),
        ("open_drain", "Langsung ke saluran/sungai/kolam", "Directly to drain, river or pond"),
        ("unknown", "Tidak tahu", "Unknown"),
    ],
    "Permen PUPR 04/PRT/M/2017 (SPALD-S / SPALD-T)",
)

WATER_SOURCE = _codes(
    "water_source",
    [
        ("piped", "Air perpipaan (PDAM)", "Piped water (PDAM)"),
        ("borehole", "Sumur bor / pompa", "Borehole / pump"),
        ("protected_well", "Sumur gali terlindungi", "Protected dug well"),
        ("unprotected_well", "Sumur gali tidak terlindungi", "Unprotected dug well"),
        ("spring", "Mata air", "Spring"),
        ("rainwater", "Air hujan", "Rainwater"),
        ("bottled", "Air kemasan / isi ulang", "Bottled or refill water"),
        ("surface", "Sungai / danau / kolam", "River, lake or pond"),
    ],
    "EHRA questionnaire; JMP 2017 drinking-water ladder",
)

HANDWASHING = _codes(
    "handwashing",
    [
        ("soap_water", "Ada air dan sabun", "Water and soap"),
        ("water_only", "Hanya air", "Water only"),
        ("none", "Tidak ada", "None"),
    ],
    "JMP 2017 hygiene ladder",
)

SOLID_WASTE = _codes(
    "solid_waste",
    [
        ("collected", "Diangkut petugas", "Collected"),
        ("composted", "Dikomposkan / dipilah", "Composted or sorted"),
        ("burned", "Dibakar", "Burned"),
        ("buried", "Dikubur", "Buried"),
        ("river", "Dibuang ke sungai/saluran", "Dumped in river or drain"),
        ("open_dump", "Dibuang ke lahan kosong", "Dumped on open land"),
    ],
    "EHRA questionnaire",
)

FACILITY_KIND = _codes(
    "facility_kind",
    [
        ("mck", "MCK", "Communal washing-toilet block (MCK)"),
        ("mck_plus", "MCK++", "MCK++"),
        ("ipal", "IPAL komunal (yang ada)", "Existing communal treatment plant"),
        ("public_well", "Sumur umum", "Public well"),
        ("public_tap", "Hidran / kran umum", "Public tap"),
        ("tps", "TPS (tempat penampungan sampah)", "Waste collection point (TPS)"),
        ("mosque", "Masjid / musala", "Mosque / prayer house"),
        ("church", "Gereja / tempat ibadah lain", "Church / other place of worship"),
        ("school", "Sekolah", "School"),
        ("posyandu", "Posyandu", "Posyandu (community health post)"),
        ("puskesmas", "Puskesmas", "Health centre (Puskesmas)"),
        ("market", "Pasar", "Market"),
        ("other", "Lainnya", "Other"),
    ],
)

CONDITION = _codes(
    "condition",
    [
        ("good", "Baik", "Good"),
        ("fair", "Sedang / perlu perbaikan", "Fair / needs repair"),
        ("poor", "Rusak", "Poor"),
        ("not_functioning", "Tidak berfungsi", "Not functioning"),
    ],
)

PROBLEM_CATEGORY = _codes(
    "problem_category",
    [
        ("babs", "Titik BABS", "Open defecation spot"),
        ("genangan", "Genangan air", "Standing water"),
        ("blocked_drain", "Saluran tersumbat", "Blocked drain"),
        ("solid_waste", "Tumpukan sampah", "Solid-waste pile"),
        ("polluted_well", "Sumur tercemar", "Polluted well"),
        ("full_septic", "Tangki septik penuh", "Full septic tank"),
        ("broken_mck", "MCK rusak", "Broken MCK"),
        ("flooding", "Banjir", "Flooding"),
        ("other", "Lainnya", "Other"),
    ],
)

SEVERITY = _codes(
    "severity",
    [
        ("1", "Ringan", "Low"),
        ("2", "Sedang", "Medium"),
        ("3", "Berat", "High"),
    ],
)

SEASON = _codes(
    "season",
    [
        ("rainy", "Musim hujan", "Rainy season"),
        ("dry", "Musim kemarau", "Dry season"),
        ("all_year", "Sepanjang tahun", "All year"),
    ],
)

DRAIN_KIND = _codes(
    "drain_kind",
    [
        ("drain", "Saluran lingkungan", "Neighbourhood drain"),
        ("canal", "Kali / saluran primer", "Canal / primary drain"),
        ("river", "Sungai", "River"),
        ("sewer", "Pipa air limbah", "Sewer pipe"),
    ],
)

LAND_STATUS = _codes(
    "land_status",
    [
        ("government", "Tanah pemerintah / aset daerah", "Government land"),
        ("waqf", "Tanah wakaf", "Waqf land"),
        ("community", "Tanah hibah warga", "Land donated by residents"),
        ("private", "Tanah milik pribadi", "Private land"),
        ("unknown", "Belum jelas", "Not yet clear"),
    ],
)

SANITATION_SYSTEM = _codes(
    "sanitation_system",
    [
        ("spald_s", "SPALD-S (setempat)", "SPALD-S (on-site)"),
        ("spald_t", "SPALD-T (terpusat)", "SPALD-T (off-site)"),
    ],
    "Permen PUPR 04/PRT/M/2017",
)

CRITERION_DIRECTION = _codes(
    "criterion_direction",
    [
        ("gain", "Makin besar makin baik", "Higher is better"),
        ("cost", "Makin kecil makin baik", "Lower is better"),
    ],
)

FORUM = _codes(
    "forum",
    [
        ("rembuk_rt", "Rembuk RT", "RT meeting (rembuk RT)"),
        ("rembuk_rw", "Rembuk RW", "RW meeting (rembuk RW)"),
        ("rembuk_kelurahan", "Rembuk kelurahan", "Kelurahan meeting (rembuk kelurahan)"),
        ("fgd", "FGD (diskusi kelompok terarah)", "Focus group discussion (FGD)"),
    ],
)

LOCATION_LEVEL = _codes(
    "location_level",
    [
        ("RW", "RW", "RW"),
        ("RT", "RT", "RT"),
        ("site", "Lokasi usulan", "Candidate site"),
    ],
)

WEIGHTING = _codes(
    "weighting",
    [
        ("direct", "Bobot langsung", "Direct weights"),
        ("ahp", "Perbandingan berpasangan (AHP)", "Pairwise comparison (AHP)"),
    ],
)

STAGE = _codes(
    "stage",
    [
        ("persiapan_sosial", "Persiapan sosial", "Social preparation"),
        ("pelembagaan", "Pelembagaan", "Institution building"),
        ("perencanaan", "Perencanaan", "Planning"),
    ],
    "Perencanaan Partisipatif, SANIMAS / Sanitasi Perkotaan Berbasis Masyarakat, Ditjen Cipta Karya PU",
)

# The activities of each stage, as the programme's training material lists
# them (``reference/`` in the shared design notes), in their order.
STAGE_ACTIVITY = _codes(
    "stage_activity",
    [
        ("sosialisasi", "Sosialisasi", "Socialisation"),
        ("rembuk_kelurahan_1", "Rembuk kelurahan I", "Kelurahan meeting I"),
        ("rembuk_kelurahan_2", "Rembuk kelurahan II", "Kelurahan meeting II"),
        ("rembuk_rtrw_1", "Rembuk RT/RW I", "RT/RW meeting I"),
        ("rembuk_rtrw_2", "Rembuk RT/RW II", "RT/RW meeting II"),
        ("rembuk_rtrw_3", "Rembuk RT/RW III", "RT/RW meeting III"),
        ("ksm_formation", "Pembentukan KSM", "KSM formation"),
        ("ksm_ratification", "Pengesahan KSM", "KSM ratification"),
        ("ksm_proposal", "Pengusulan dan sinkronisasi", "Proposal and synchronisation"),
        ("ksm_roles", "Pembagian peran sesuai tupoksi", "Roles by tasks and functions (tupoksi)"),
        ("mapping", "Pemetaan", "Mapping"),
        ("identification", "Identifikasi", "Identification"),
        ("elaboration", "Penjabaran hasil identifikasi", "Elaboration of what was identified"),
        ("drafting", "Penyusunan CSIAP dan RKM", "Drafting the CSIAP and RKM"),
        ("consultation", "Konsultasi dengan tim teknis", "Consultation with the technical team"),
        ("verification", "Verifikasi DPIU", "DPIU verification"),
        ("musrenbang", "Musrenbang kelurahan", "Kelurahan Musrenbang"),
    ],
    "Perencanaan Partisipatif, SANIMAS / Sanitasi Perkotaan Berbasis Masyarakat, Ditjen Cipta Karya PU",
)

MEETING_KIND = _codes(
    "meeting_kind",
    [
        ("sosialisasi", "Sosialisasi", "Socialisation"),
        ("rembuk_kelurahan", "Rembuk kelurahan", "Kelurahan meeting"),
        ("rembuk_rw", "Rembuk RW", "RW meeting"),
        ("rembuk_rt", "Rembuk RT", "RT meeting"),
        ("fgd", "FGD", "Focus group discussion"),
        ("ksm", "Rapat KSM", "KSM meeting"),
        ("musrenbang", "Musrenbang", "Musrenbang"),
        ("other", "Lainnya", "Other"),
    ],
)

INSTITUTION_KIND = _codes(
    "institution_kind",
    [
        ("government", "Pemerintah", "Government"),
        ("community", "Lembaga kemasyarakatan", "Community organisation"),
        ("religious", "Lembaga keagamaan", "Religious organisation"),
        ("health", "Kesehatan", "Health"),
        ("education", "Pendidikan", "Education"),
        ("private", "Swasta", "Private sector"),
        ("ngo", "LSM", "NGO"),
        ("other", "Lainnya", "Other"),
    ],
)

CALENDAR_ITEM = _codes(
    "calendar_item",
    [
        ("rainfall", "Curah hujan", "Rainfall"),
        ("flooding", "Banjir / genangan", "Flooding / standing water"),
        ("diarrhoea", "Kasus diare", "Diarrhoea cases"),
        ("income", "Pendapatan", "Income"),
        ("labour", "Kesibukan kerja", "Labour / workload"),
        ("other", "Lainnya", "Other"),
    ],
)

GENDER = _codes(
    "gender",
    [
        ("f", "Perempuan", "Female"),
        ("m", "Laki-laki", "Male"),
    ],
)

KSM_ROLE = _codes(
    "ksm_role",
    [
        ("ketua", "Ketua", "Chair"),
        ("sekretaris", "Sekretaris", "Secretary"),
        ("bendahara", "Bendahara", "Treasurer"),
        ("teknik", "Seksi teknik", "Technical section"),
        ("pemeliharaan", "Seksi pemeliharaan", "Maintenance section"),
        ("anggota", "Anggota", "Member"),
    ],
)

AREA_LEVEL = _codes(
    "area_level",
    [
        ("RW", "RW", "RW"),
        ("RT", "RT", "RT"),
    ],
)

RISK_CLASS = _codes(
    "risk_class",
    [
        ("1", "Kurang berisiko", "Low risk"),
        ("2", "Berisiko sedang", "Medium risk"),
        ("3", "Berisiko tinggi", "High risk"),
        ("4", "Berisiko sangat tinggi", "Very high risk"),
        ("thin", "Data terlalu sedikit", "Too little data"),
    ],
    "EHRA (Environmental Health Risk Assessment), Indeks Risiko Sanitasi",
)

SANITATION_LADDER = _codes(
    "sanitation_ladder",
    [
        ("safely_managed", "Aman (dikelola secara aman)", "Safely managed"),
        ("basic", "Dasar (layak, belum aman)", "Basic"),
        ("limited", "Terbatas (jamban bersama/umum)", "Limited (shared)"),
        ("unimproved", "Tidak layak", "Unimproved"),
        ("open_defecation", "BABS (buang air besar sembarangan)", "Open defecation"),
    ],
    "WHO/UNICEF JMP 2017 sanitation ladder; 'aman' per RPJMN 2020-2024",
)

RISK_COMPONENT = _codes(
    "risk_component",
    [
        ("water", "Sumber air", "Water source"),
        ("wastewater", "Air limbah domestik", "Domestic wastewater"),
        ("solid_waste", "Persampahan", "Solid waste"),
        ("drainage", "Genangan air / drainase", "Standing water / drainage"),
        ("hygiene", "Perilaku higiene (cuci tangan pakai sabun)", "Hygiene behaviour (handwashing with soap)"),
    ],
    "EHRA (Environmental Health Risk Assessment)",
)

DENSITY_CLASS = _codes(
    "density_class",
    [
        ("low", "Rendah", "Low"),
        ("medium", "Sedang", "Medium"),
        ("high", "Tinggi", "High"),
        ("very_high", "Sangat tinggi", "Very high"),
    ],
)

DENSITY_PRESET = _codes(
    "density_preset",
    [
        ("sanitasi_net_2015", "Sanitasi.Net 2015 (<100, 100-300, >300 jiwa/ha)",
         "Sanitasi.Net 2015 (<100, 100-300, >300 persons/ha)"),
        ("puslitbang_2011", "Puslitbang Permukiman 2011 (<150, 151-200, 201-400, >400 jiwa/ha)",
         "Puslitbang Permukiman 2011 (<150, 151-200, 201-400, >400 persons/ha)"),
    ],
)

POPULATION_BASIS = _codes(
    "population_basis",
    [
        ("registered", "Data kelurahan/RT", "Kelurahan/RT records"),
        ("surveyed", "Jumlah anggota KK yang disurvei", "Members of surveyed households"),
    ],
)

# The rules of core.screening, as people read them.
SCREENING_RULE = _codes(
    "screening_rule",
    [
        ("min_households", "Jumlah KK minimum", "Minimum number of households"),
        ("land_m2", "Lahan tersedia (m²)", "Land available (m²)"),
        ("truck_access", "Akses truk tinja", "Desludging-truck access"),
        ("min_groundwater_depth_m", "Kedalaman muka air tanah (m)", "Groundwater depth (m)"),
        ("min_permeability_cm_h", "Permeabilitas tanah (cm/jam)", "Soil permeability (cm/h)"),
        ("max_slope_pct", "Kemiringan lahan (%)", "Slope (%)"),
        ("min_water_lpcd", "Pemakaian air (L/orang/hari)", "Water use (L/person/day)"),
        ("max_density", "Kepadatan penduduk", "Population density"),
        ("flood_ok", "Rawan banjir", "Flood-prone"),
        ("needs_sewer", "SPALD-T yang ada di dekatnya", "Existing off-site system nearby"),
    ],
    "Permen PUPR 04/PRT/M/2017; Sanitasi.Net 2015",
)

# What an import found wrong with an input feature or row.
IMPORT_DEFECT = _codes(
    "import_defect",
    [
        ("empty_code", "Nomor kosong", "Empty code"),
        ("not_a_code", "Bukan nomor RT/RW", "Not an RT/RW number"),
        ("duplicate_code", "Nomor ganda dalam satu kelurahan", "Code used twice in one kelurahan"),
        ("already_in_workspace", "Sudah ada di workspace", "Already in the workspace"),
        ("invalid_geometry", "Geometri tidak valid", "Invalid geometry"),
        ("empty_geometry", "Tanpa geometri", "No geometry"),
        ("no_parent_rw", "RW induk tidak diketahui", "Parent RW unknown"),
        ("rt_outside_rw", "RT keluar dari batas RW-nya", "RT outside its RW"),
        ("overlap", "Tumpang tindih dengan wilayah tetangga", "Overlaps a neighbour"),
        ("gap", "Celah di antara wilayah", "Gap between areas"),
        ("outside_kelurahan", "Di luar batas kelurahan", "Outside the kelurahan"),
        ("no_coordinates", "Tanpa koordinat", "No coordinates"),
        ("swapped_coordinates", "Lintang dan bujur tertukar", "Latitude and longitude swapped"),
        ("zero_coordinates", "Koordinat nol (0, 0)", "Zero coordinates (0, 0)"),
        ("outside_indonesia", "Di luar wilayah Indonesia", "Outside Indonesia"),
        ("bad_value", "Nilai tidak sesuai daftar/rentang", "Value not in the list or range"),
        ("duplicate_uuid", "ID yang sama dua kali dalam berkas", "Same ID twice in the file"),
    ],
)

IMPORT_ACTION = _codes(
    "import_action",
    [
        ("imported", "Diimpor (dengan catatan)", "Imported (with a note)"),
        ("repaired", "Diperbaiki lalu diimpor", "Repaired and imported"),
        ("merged", "Digabung menjadi satu wilayah", "Merged into one area"),
        ("rejected", "Ditolak (tidak diimpor)", "Rejected (not imported)"),
    ],
)

CODELISTS = (
    DATA_SOURCE, TOILET_ACCESS, TOILET_TYPE, CONTAINMENT, WATER_SOURCE, HANDWASHING,
    SOLID_WASTE, FACILITY_KIND, CONDITION, PROBLEM_CATEGORY, SEVERITY, SEASON,
    DRAIN_KIND, LAND_STATUS, SANITATION_SYSTEM, CRITERION_DIRECTION,
    FORUM, LOCATION_LEVEL, WEIGHTING, STAGE, STAGE_ACTIVITY, MEETING_KIND,
    INSTITUTION_KIND, CALENDAR_ITEM, GENDER, KSM_ROLE, AREA_LEVEL, RISK_CLASS,
    SANITATION_LADDER, RISK_COMPONENT, DENSITY_CLASS, DENSITY_PRESET, POPULATION_BASIS,
    IMPORT_DEFECT, IMPORT_ACTION, SCREENING_RULE,
)


# --- Fields used on many layers ----------------------------------------------

def _f(name, type_, alias_id, alias_en, **kw):
    return Field(name, type_, Label(alias_id, alias_en), **kw)


UUID = _f("uuid", TEXT, "ID unik", "Unique ID", required=True)
RW = _f("rw", TEXT, "RW", "RW", computed=True)
RT = _f("rt", TEXT, "RT", "RT", computed=True)
SOURCE = _f("data_source", TEXT, "Sumber data", "Data source", codelist=DATA_SOURCE)
NOTES = _f("notes", TEXT, "Catatan", "Notes")
PHOTO = _f("photo", TEXT, "Foto", "Photo", attachment=True)
AREA_HA = _f("area_ha", REAL, "Luas (ha)", "Area (ha)", computed=True)
POPULATION = _f("population", INTEGER, "Jumlah jiwa", "Population", minimum=0)
HOUSEHOLD_COUNT = _f("households", INTEGER, "Jumlah KK", "Households", minimum=0)
# Land the RT or RW has itself for a shared facility (its field, a lapangan): the land
# criterion's fallback where no candidate site records land (core.starting).
LAND_AVAILABLE = _f("land_available_m2", REAL, "Lahan tersedia (m²)", "Land available (m²)", minimum=0)
MEETING = _f("meeting_uuid", TEXT, "Rembuk/FGD", "Meeting", references="meetings")

# Site conditions the screening of technical options reads (core.screening).
CONDITION_FIELDS = (
    _f("groundwater_depth_m", REAL, "Kedalaman muka air tanah (m)", "Groundwater depth (m)", minimum=0, maximum=100),
    _f("permeability_cm_h", REAL, "Permeabilitas tanah (cm/jam)", "Soil permeability (cm/h)", minimum=0,
       maximum=1000),
    _f("slope_pct", REAL, "Kemiringan lahan (%)", "Slope (%)", minimum=0, maximum=100),
    _f("water_lpcd", REAL, "Pemakaian air (L/orang/hari)", "Water use (L/person/day)", minimum=0, maximum=1000),
    _f("truck_access", BOOLEAN, "Ada akses truk tinja", "Desludging-truck access"),
    _f("flood_prone", BOOLEAN, "Rawan banjir", "Flood-prone"),
    _f("sewer_nearby", BOOLEAN, "Ada SPALD-T di dekatnya", "Existing off-site system nearby"),
)


# --- Indicator fields, generated from the code lists they count ---------------

def _computed(name, type_, alias_id, alias_en, **kw):
    return _f(name, type_, alias_id, alias_en, computed=True, **kw)


def _indicator_fields():
    fields = [
        _computed("level", TEXT, "Tingkat", "Level", codelist=AREA_LEVEL),
        _computed("rw", TEXT, "RW", "RW"),
        _computed("rt", TEXT, "RT", "RT"),
        _computed("name", TEXT, "Nama wilayah", "Area name"),
        _computed("households_registered", INTEGER, "Jumlah KK (data wilayah)", "Households (area records)"),
        _computed("households_surveyed", INTEGER, "KK disurvei", "Households surveyed"),
        _computed("members_surveyed", INTEGER, "Jiwa dalam KK disurvei", "Members of surveyed households"),
        _computed("population", INTEGER, "Jumlah jiwa", "Population"),
        _computed("population_basis", TEXT, "Dasar jumlah jiwa", "Population basis", codelist=POPULATION_BASIS),
        _computed("area_ha", REAL, "Luas (ha)", "Area (ha)"),
        _computed("density", REAL, "Kepadatan (jiwa/ha)", "Density (persons/ha)"),
        _computed("density_class", TEXT, "Kelas kepadatan", "Density class", codelist=DENSITY_CLASS),
        _computed("density_preset", TEXT, "Acuan kelas kepadatan", "Density classes from", codelist=DENSITY_PRESET),
    ]
    for code in SANITATION_LADDER.codes:
        fields.append(_computed("ladder_" + code.value, INTEGER, "KK " + code.label.id,
                                code.label.en + " (households)"))
        fields.append(_computed("ladder_{}_share".format(code.value), REAL, "% KK " + code.label.id,
                                code.label.en + " (% of households)"))
    fields += [
        _computed("ladder_unknown", INTEGER, "KK tanpa jawaban jamban", "Households without toilet answers"),
        _computed("layak_households", INTEGER, "KK akses layak", "Households with adequate access (layak)"),
        _computed("layak_share", REAL, "% KK akses layak", "Adequate access (layak, %)"),
        _computed("aman_households", INTEGER, "KK akses aman", "Households with safely managed access (aman)"),
        _computed("aman_share", REAL, "% KK akses aman", "Safely managed access (aman, %)"),
        _computed("babs_households", INTEGER, "KK BABS", "Open-defecation households"),
        _computed("babs_share", REAL, "% KK BABS", "Open defecation (%)"),
        _computed("septic_tanks", INTEGER, "Tangki septik", "Septic tanks"),
        _computed("septic_overdue", INTEGER, "Tangki septik tidak dikuras >3 tahun",
                  "Septic tanks not emptied for over 3 years"),
        _computed("wells_near_septic", INTEGER, "Sumur KK <10 m dari tangki septik",
                  "Household wells under 10 m from a septic tank"),
        _computed("public_wells_near_septic", INTEGER, "Sumur umum <10 m dari tangki septik",
                  "Public wells under 10 m from a mapped septic tank"),
        _computed("low_income_households", INTEGER, "KK MBR", "Low-income households"),
        _computed("low_income_share", REAL, "% KK MBR", "Low-income households (%)"),
    ]
    for code in RISK_COMPONENT.codes:
        fields.append(_computed("risk_" + code.value, REAL, "% KK berisiko: " + code.label.id,
                                "Households at risk (%): " + code.label.en))
    fields += [
        _computed("risk_index", REAL, "Indeks risiko sanitasi", "Sanitation risk index"),
        _computed("risk_class", TEXT, "Kelas risiko", "Risk class", codelist=RISK_CLASS),
        _computed("data_thin", BOOLEAN, "Data terlalu sedikit", "Too little data"),
        _computed("weights_source", TEXT, "Sumber bobot risiko", "Source of the risk weights"),
        _computed("problems_total", INTEGER, "Jumlah masalah", "Problems"),
    ]
    for category in PROBLEM_CATEGORY.codes:
        fields.append(_computed("problems_" + category.value, INTEGER, "Masalah: " + category.label.id,
                                "Problems: " + category.label.en))
        for season in SEASON.codes:
            fields.append(_computed(
                "problems_{}_{}".format(category.value, season.value), INTEGER,
                "Masalah: {} ({})".format(category.label.id, season.label.id.lower()),
                "Problems: {} ({})".format(category.label.en, season.label.en.lower())))
    fields += [
        _computed("reference_year", INTEGER, "Tahun acuan", "Reference year"),
        _computed("computed_at", TEXT, "Dihitung pada", "Computed at"),
    ]
    return tuple(fields)


AREA_INDICATOR_FIELDS = _indicator_fields()


# --- Layers and tables -------------------------------------------------------

GROUPS = (
    Group("boundaries", Label("Batas wilayah", "Boundaries")),
    Group("social_map", Label("Peta sosial", "Social map")),
    Group("planning", Label("Perencanaan", "Planning")),
    Group("results", Label("Hasil analisis", "Results")),
    Group("records", Label("Catatan proses", "Process records")),
    # Last: drawn under everything else (the surrounding kelurahan are filled grey).
    Group("context", Label("Latar", "Background")),
)

LAYERS = (
    Layer(
        "kelurahan", Label("Kelurahan/desa", "Kelurahan/village"), "boundaries", MULTIPOLYGON,
        (
            UUID,
            _f("name", TEXT, "Nama kelurahan/desa", "Kelurahan/village name", required=True),
            _f("kemendagri_code", TEXT, "Kode Kemendagri", "Kemendagri code"),
            _f("kecamatan", TEXT, "Kecamatan", "Kecamatan (sub-district)"),
            _f("kota_kabupaten", TEXT, "Kota/kabupaten", "City/regency"),
            _f("provinsi", TEXT, "Provinsi", "Province"),
            AREA_HA, SOURCE,
        ),
    ),
    # The neighbouring kelurahan (of the kecamatan) for the inset of the annex maps:
    # orientation only, never analysed (csiap:importcontext).
    Layer(
        "context_areas", Label("Wilayah sekitar", "Surrounding areas"), "context", MULTIPOLYGON,
        (
            UUID,
            _f("name", TEXT, "Nama wilayah", "Area name"),
            _f("kecamatan", TEXT, "Kecamatan", "Kecamatan (sub-district)"),
            SOURCE,
        ),
    ),
    Layer(
        "rw", Label("RW", "RW"), "boundaries", MULTIPOLYGON,
        (
            UUID,
            _f("code", TEXT, "Nomor RW", "RW number", required=True),
            _f("name", TEXT, "Nama", "Name"),
            POPULATION, HOUSEHOLD_COUNT, AREA_HA, *CONDITION_FIELDS, LAND_AVAILABLE, SOURCE,
        ),
    ),
    Layer(
        "rt", Label("RT", "RT"), "boundaries", MULTIPOLYGON,
        (
            UUID,
            _f("rw", TEXT, "Nomor RW", "RW number", required=True),
            _f("code", TEXT, "Nomor RT", "RT number", required=True),
            _f("name", TEXT, "Nama", "Name"),
            POPULATION, HOUSEHOLD_COUNT, AREA_HA, *CONDITION_FIELDS, LAND_AVAILABLE, SOURCE,
        ),
    ),
    Layer(
        "households", Label("Rumah tangga (KK)", "Households"), "social_map", POINT,
        (
            UUID, RW, RT,
            _f("household_head", TEXT, "Nama kepala keluarga", "Head of household", personal=True),
            _f("nik", TEXT, "NIK", "National ID number (NIK)", personal=True),
            _f("phone", TEXT, "Nomor telepon", "Phone number", personal=True),
            _f("members", INTEGER, "Jumlah anggota keluarga (jiwa)", "Household members", minimum=1, maximum=30),
            _f("low_income", BOOLEAN, "MBR (masyarakat berpenghasilan rendah)", "Low-income household (MBR)"),
            _f("toilet_access", TEXT, "Akses jamban", "Toilet access", codelist=TOILET_ACCESS),
            _f("toilet_type", TEXT, "Jenis kloset", "Toilet type", codelist=TOILET_TYPE),
            _f("containment", TEXT, "Penampungan tinja", "Excreta containment", codelist=CONTAINMENT),
            _f("last_desludged_year", INTEGER, "Tahun terakhir dikuras", "Year last desludged",
               minimum=1950, maximum=2100),
            _f("water_source", TEXT, "Sumber air minum", "Drinking-water source", codelist=WATER_SOURCE),
            _f("well_distance_m", REAL, "Jarak sumur ke tangki septik (m)", "Well to septic tank distance (m)",
               minimum=0, maximum=1000),
            _f("handwashing", TEXT, "Sarana cuci tangan", "Handwashing facility", codelist=HANDWASHING),
            _f("solid_waste", TEXT, "Pengelolaan sampah", "Solid-waste disposal", codelist=SOLID_WASTE),
            _f("standing_water", BOOLEAN, "Ada genangan di sekitar rumah", "Standing water near the house"),
            _f("survey_date", DATE, "Tanggal survei", "Survey date"),
            PHOTO, SOURCE, NOTES,
        ),
    ),
    Layer(
        "facilities", Label("Fasilitas umum", "Public facilities"), "social_map", POINT,
        (
            UUID, RW, RT,
            _f("kind", TEXT, "Jenis fasilitas", "Facility kind", codelist=FACILITY_KIND, required=True),
            _f("name", TEXT, "Nama", "Name"),
            _f("condition", TEXT, "Kondisi", "Condition", codelist=CONDITION),
            _f("users_households", INTEGER, "Jumlah KK pengguna", "Households using it", minimum=0),
            PHOTO, SOURCE, NOTES,
        ),
    ),
    Layer(
        "problems", Label("Masalah sanitasi", "Sanitation problems"), "social_map", POINT,
        (
            UUID, RW, RT,
            _f("category", TEXT, "Jenis masalah", "Problem category", codelist=PROBLEM_CATEGORY, required=True),
            _f("severity", TEXT, "Tingkat keparahan", "Severity", codelist=SEVERITY),
            _f("season", TEXT, "Musim", "Season", codelist=SEASON),
            MEETING,
            _f("description", TEXT, "Uraian", "Description"),
            _f("reported_date", DATE, "Tanggal dilaporkan", "Date reported"),
            PHOTO, SOURCE,
        ),
        display="description",
    ),
    Layer(
        "problem_areas", Label("Wilayah masalah", "Problem areas"), "social_map", MULTIPOLYGON,
        (
            UUID,
            _f("problem_uuid", TEXT, "Masalah", "Problem", references="problems", required=True),
            NOTES,
        ),
    ),
    Layer(
        "drains", Label("Saluran dan sungai", "Drains and rivers"), "social_map", MULTILINESTRING,
        (
            UUID,
            _f("kind", TEXT, "Jenis", "Kind", codelist=DRAIN_KIND),
            _f("name", TEXT, "Nama", "Name"),
            _f("condition", TEXT, "Kondisi", "Condition", codelist=CONDITION),
            _f("width_m", REAL, "Lebar (m)", "Width (m)", minimum=0, maximum=500),
            SOURCE, NOTES,
        ),
    ),
    Layer(
        "candidate_sites", Label("Lokasi usulan", "Candidate sites"), "planning", POINT,
        (
            UUID, RW, RT,
            _f("name", TEXT, "Nama lokasi", "Site name"),
            _f("land_status", TEXT, "Status lahan", "Land status", codelist=LAND_STATUS),
            _f("land_area_m2", REAL, "Luas lahan (m²)", "Land area (m²)", minimum=0),
            _f("proposed_option", TEXT, "Opsi teknis usulan", "Proposed technical option"),
            *CONDITION_FIELDS,
            PHOTO, SOURCE, NOTES,
        ),
    ),
    Layer(
        "options", Label("Opsi teknis", "Technical options"), "planning", None,
        (
            UUID,
            _f("code", TEXT, "Kode", "Code", required=True),
            _f("name_id", TEXT, "Nama (Indonesia)", "Name (Indonesian)", required=True),
            _f("name_en", TEXT, "Nama (Inggris)", "Name (English)"),
            _f("system", TEXT, "Sistem", "System", codelist=SANITATION_SYSTEM),
            _f("min_households", INTEGER, "KK minimum", "Minimum households", minimum=0),
            _f("max_households", INTEGER, "KK per unit (maksimum)", "Households per unit (maximum)", minimum=0),
            _f("land_m2", REAL, "Kebutuhan lahan (m²)", "Land needed (m²)", minimum=0),
            _f("truck_access", BOOLEAN, "Perlu akses truk tinja", "Needs desludging-truck access"),
            _f("min_groundwater_depth_m", REAL, "Kedalaman air tanah minimum (m)", "Minimum groundwater depth (m)"),
            _f("min_permeability_cm_h", REAL, "Permeabilitas tanah minimum (cm/jam)",
               "Minimum soil permeability (cm/h)"),
            _f("max_slope_pct", REAL, "Kemiringan maksimum (%)", "Maximum slope (%)"),
            _f("min_water_lpcd", REAL, "Pemakaian air minimum (L/orang/hari)", "Minimum water use (L/person/day)"),
            _f("max_density", TEXT, "Kepadatan maksimum", "Maximum population density", codelist=DENSITY_CLASS),
            _f("flood_ok", BOOLEAN, "Boleh di daerah rawan banjir", "Suitable in flood-prone areas"),
            _f("needs_sewer", BOOLEAN, "Perlu SPALD-T yang ada", "Needs an existing off-site system"),
            _f("source", TEXT, "Sumber/acuan", "Source"),
            _f("assumptions", TEXT, "Angka asumsi (belum bersumber)", "Assumed figures (not sourced)"),
        ),
    ),
    Layer(
        "criteria", Label("Kriteria skoring", "Scoring criteria"), "planning", None,
        (
            UUID,
            _f("code", TEXT, "Kode", "Code", required=True),
            _f("name_id", TEXT, "Nama (Indonesia)", "Name (Indonesian)", required=True),
            _f("name_en", TEXT, "Nama (Inggris)", "Name (English)"),
            _f("direction", TEXT, "Arah", "Direction", codelist=CRITERION_DIRECTION),
            _f("unit", TEXT, "Satuan", "Unit"),
            _f("default_weight", REAL, "Bobot awal", "Default weight", minimum=0),
            _f("source", TEXT, "Sumber/acuan", "Source"),
        ),
    ),
    Layer(
        "scoring_sessions", Label("Sesi skoring", "Scoring sessions"), "planning", None,
        (
            UUID, MEETING,
            _f("forum", TEXT, "Forum", "Forum", codelist=FORUM),
            _f("session_date", DATE, "Tanggal", "Date"),
            _f("location_level", TEXT, "Tingkat lokasi", "Location level", codelist=LOCATION_LEVEL),
            _f("participants_female", INTEGER, "Peserta perempuan", "Female participants", minimum=0),
            _f("participants_male", INTEGER, "Peserta laki-laki", "Male participants", minimum=0),
            _f("weighting", TEXT, "Cara pembobotan", "Weighting method", codelist=WEIGHTING),
            _f("weights_json", TEXT, "Bobot (JSON)", "Weights (JSON)"),
            _f("consistency_ratio", REAL, "Rasio konsistensi (CR)", "Consistency ratio (CR)", computed=True),
            NOTES,
        ),
        display="session_date",
    ),
    Layer(
        "scores", Label("Nilai skoring", "Scores"), "planning", None,
        (
            UUID,
            _f("session_uuid", TEXT, "Sesi skoring", "Scoring session", references="scoring_sessions",
               required=True),
            _f("location_level", TEXT, "Tingkat lokasi", "Location level", codelist=LOCATION_LEVEL),
            _f("location_code", TEXT, "Lokasi", "Location", required=True),
            _f("option_code", TEXT, "Opsi teknis", "Technical option", required=True),
            _f("criterion_code", TEXT, "Kriteria", "Criterion", required=True),
            _f("score", REAL, "Nilai (1-5)", "Score (1-5)", minimum=1, maximum=5),
            _f("raw_value", REAL, "Nilai asli", "Raw value"),
            _computed("reason", TEXT, "Dasar nilai awal", "Why this starting value"),
            _computed("is_assumption", BOOLEAN, "Angka asumsi", "Assumed figure"),
        ),
    ),
    Layer(
        "meetings", Label("Rembuk dan FGD", "Meetings (rembuk, FGD)"), "records", None,
        (
            UUID,
            _f("kind", TEXT, "Jenis pertemuan", "Meeting kind", codelist=MEETING_KIND, required=True),
            _f("stage", TEXT, "Tahap", "Stage", codelist=STAGE),
            _f("title", TEXT, "Judul", "Title"),
            _f("meeting_date", DATE, "Tanggal", "Date"),
            _f("place", TEXT, "Tempat", "Place"),
            _f("rw", TEXT, "RW", "RW"),
            _f("rt", TEXT, "RT", "RT"),
            _f("attendance_female", INTEGER, "Hadir perempuan", "Women attending", minimum=0),
            _f("attendance_male", INTEGER, "Hadir laki-laki", "Men attending", minimum=0),
            _f("mbr_represented", BOOLEAN, "MBR terwakili", "Low-income households represented"),
            _f("decisions", TEXT, "Keputusan", "Decisions"),
            _f("facilitator", TEXT, "Fasilitator", "Facilitator", personal=True),
            SOURCE,
        ),
        display="title",
    ),
    Layer(
        "institutions", Label("Diagram kelembagaan", "Institutions (Venn diagram)"), "records", None,
        (
            UUID,
            _f("name", TEXT, "Nama lembaga", "Institution", required=True),
            _f("kind", TEXT, "Jenis lembaga", "Kind", codelist=INSTITUTION_KIND),
            _f("importance", INTEGER, "Kepentingan (1-5)", "Importance (1-5)", minimum=1, maximum=5),
            _f("closeness", INTEGER, "Kedekatan (1-5)", "Closeness (1-5)", minimum=1, maximum=5),
            _f("role", TEXT, "Peran", "Role"),
            MEETING, SOURCE,
        ),
    ),
    Layer(
        "season_calendar", Label("Kalender musim", "Seasonal calendar"), "records", None,
        (
            UUID,
            _f("item", TEXT, "Hal", "Item", codelist=CALENDAR_ITEM, required=True),
            _f("month", INTEGER, "Bulan", "Month", minimum=1, maximum=12, required=True),
            _f("intensity", INTEGER, "Intensitas (0-3)", "Intensity (0-3)", minimum=0, maximum=3),
            MEETING, SOURCE, NOTES,
        ),
    ),
    Layer(
        "ksm_members", Label("Anggota KSM", "KSM members"), "records", None,
        (
            UUID,
            _f("full_name", TEXT, "Nama lengkap", "Full name", personal=True, required=True),
            _f("nik", TEXT, "NIK", "National ID number (NIK)", personal=True),
            _f("phone", TEXT, "Nomor telepon", "Phone number", personal=True),
            _f("gender", TEXT, "Jenis kelamin", "Gender", codelist=GENDER),
            _f("role", TEXT, "Jabatan (tupoksi)", "Role (tupoksi)", codelist=KSM_ROLE),
            _f("rw", TEXT, "RW", "RW"),
            _f("joined_date", DATE, "Tanggal bergabung", "Date joined"),
        ),
    ),
    Layer(
        "stages", Label("Tahapan PP", "Planning stages"), "records", None,
        (
            UUID,
            _f("stage", TEXT, "Tahap", "Stage", codelist=STAGE, required=True),
            _f("activity", TEXT, "Kegiatan", "Activity", codelist=STAGE_ACTIVITY, required=True),
            _f("planned_date", DATE, "Tanggal rencana", "Planned date"),
            _f("done_date", DATE, "Tanggal selesai", "Date done"),
            MEETING, NOTES,
        ),
    ),
    Layer(
        "area_indicators", Label("Indikator per wilayah", "Area indicators"), "results", MULTIPOLYGON,
        (
            UUID,
            *AREA_INDICATOR_FIELDS,
        ),
        display="name",
    ),
    Layer(
        "screening", Label("Hasil penyaringan opsi", "Option screening"), "results", None,
        (
            UUID,
            _computed("location_level", TEXT, "Tingkat lokasi", "Location level", codelist=LOCATION_LEVEL),
            _computed("location_code", TEXT, "Lokasi", "Location"),
            _computed("rw", TEXT, "RW", "RW"),
            _computed("rt", TEXT, "RT", "RT"),
            _computed("option_code", TEXT, "Opsi teknis", "Technical option"),
            _computed("feasible", BOOLEAN, "Layak diterapkan", "Feasible"),
            _computed("excluded_by", TEXT, "Aturan penyaring", "Excluded by"),
            _computed("reasons", TEXT, "Alasan", "Reasons"),
            _computed("unchecked", TEXT, "Belum diperiksa (data kosong)", "Not checked (no data)"),
            _computed("computed_at", TEXT, "Dihitung pada", "Computed at"),
        ),
        display="location_code",
    ),
    Layer(
        "ranking", Label("Peringkat opsi", "Option ranking"), "results", None,
        (
            UUID,
            _f("session_uuid", TEXT, "Sesi skoring", "Scoring session", references="scoring_sessions",
               computed=True),
            _computed("location_level", TEXT, "Tingkat lokasi", "Location level", codelist=LOCATION_LEVEL),
            _computed("location_code", TEXT, "Lokasi", "Location"),
            _computed("option_code", TEXT, "Opsi teknis", "Technical option"),
            _computed("score", REAL, "Nilai total", "Total score"),
            _computed("rank", INTEGER, "Peringkat", "Rank"),
            _computed("tied", BOOLEAN, "Nilai sama (seri)", "Tied"),
            _computed("sensitive_to", TEXT, "Peringkat berubah bila bobot ±20%", "Rank changes with a weight ±20 %"),
            _computed("explanation", TEXT, "Penjelasan peringkat", "Why this order"),
        ),
        display="option_code",
    ),
    Layer(
        "risk_weights", Label("Bobot indeks risiko", "Risk index weights"), "results", None,
        (
            UUID,
            _f("component", TEXT, "Komponen", "Component", codelist=RISK_COMPONENT, required=True),
            _f("weight", REAL, "Bobot (%)", "Weight (%)", minimum=0, maximum=100, required=True),
            _f("source", TEXT, "Sumber bobot", "Source of the weight"),
            _f("is_default", BOOLEAN, "Bobot bawaan (bukan resmi)", "Plugin default (not official)"),
            _computed("set_at", TEXT, "Ditetapkan pada", "Set at"),
        ),
        display="component",
    ),
)

# --- Unit costs (schema 3): the price of each item of an option, with its source ---
# Read by core.costs; seeded with the plugin's figures, replaced by a kota's HSPK
# (csiap:importunitcosts). One self-contained block, appended to the model.
COST_UNIT = _codes(
    "cost_unit",
    [
        ("fixed", "Tetap per unit bangunan", "Fixed, per unit built"),
        ("per_household", "Per KK", "Per household"),
        ("per_metre", "Per meter pipa", "Per metre of pipe"),
    ],
)
UNIT_COSTS = Layer(
    "unit_costs", Label("Harga satuan", "Unit costs"), "planning", None,
    (
        UUID,
        _f("option_code", TEXT, "Opsi teknis", "Technical option", required=True),
        _f("item", TEXT, "Uraian pekerjaan", "Item", required=True),
        _f("unit", TEXT, "Satuan", "Unit", codelist=COST_UNIT, required=True),
        _f("price", REAL, "Harga (Rp)", "Price (Rp)", minimum=0, required=True),
        _f("year", INTEGER, "Tahun harga", "Price year", minimum=1990, maximum=2100),
        _f("source", TEXT, "Sumber harga", "Source of the price"),
        _f("is_assumption", BOOLEAN, "Angka asumsi (belum bersumber)", "Assumed figure (not sourced)"),
        NOTES,
    ),
    display="item",
)
CODELISTS += (COST_UNIT,)
LAYERS += (UNIT_COSTS,)
# --- Scoring by the rembuk's participants (issue 12) ----------------------------
# Each participant's or group's own weights, pairwise judgements and scores
# within a session, one value a row (core.participants aggregates them).

PARTICIPANT_GROUP = _codes(
    "participant_group",
    [
        ("women", "Kelompok perempuan", "Women's group"),
        ("men", "Kelompok laki-laki", "Men's group"),
        ("rt_delegates", "Utusan RT", "RT delegates"),
        ("youth", "Kelompok pemuda", "Youth group"),
        ("mixed", "Kelompok campuran", "Mixed group"),
        ("individual", "Perorangan", "Individual"),
    ],
)

SCORING_INPUT_KIND = _codes(
    "scoring_input_kind",
    [
        ("weight", "Bobot langsung", "Direct weight"),
        ("pairwise", "Perbandingan berpasangan (AHP)", "Pairwise judgement (AHP)"),
        ("score", "Nilai opsi (1-5 atau nilai asli)", "Option score (1-5 or raw value)"),
    ],
)

CODELISTS = CODELISTS + (PARTICIPANT_GROUP, SCORING_INPUT_KIND)

LAYERS = LAYERS + (
    Layer(
        "scoring_inputs", Label("Masukan peserta skoring", "Participants' scoring inputs"), "planning", None,
        (
            UUID,
            _f("session_uuid", TEXT, "Sesi skoring", "Scoring session", references="scoring_sessions",
               required=True),
            # A group's label, or a person's name: kept out of public exports.
            _f("participant", TEXT, "Peserta/kelompok", "Participant or group", personal=True, required=True),
            _f("gender", TEXT, "Jenis kelamin", "Gender", codelist=GENDER),
            _f("participant_group", TEXT, "Kelompok", "Group", codelist=PARTICIPANT_GROUP),
            _f("input_kind", TEXT, "Jenis masukan", "Input kind", codelist=SCORING_INPUT_KIND, required=True),
            _f("location_level", TEXT, "Tingkat lokasi", "Location level", codelist=LOCATION_LEVEL),
            _f("location_code", TEXT, "Lokasi", "Location"),
            _f("option_code", TEXT, "Opsi teknis", "Technical option"),
            _f("criterion_code", TEXT, "Kriteria", "Criterion", required=True),
            _f("criterion_code_2", TEXT, "Dibandingkan dengan", "Compared with"),
            _f("value", REAL, "Nilai", "Value"),
        ),
        display="participant",
    ),
)

# --- Location priorities and the action plan (schema 3, issue 13) --------------
# csiap:prioritiseareas writes ``priorities`` (recomputed whole each run); the
# order a rembuk agreed is kept apart, in ``agreed_priorities``, so a new run
# never loses it. ``actions`` is the CSIAP's rencana aksi, one row an action.

PRIORITY_CRITERION = _codes(
    "priority_criterion",
    [
        ("need", "Kebutuhan: KK tanpa akses aman dan BABS", "Need: households without safe access, and BABS"),
        ("risk", "Risiko: Indeks Risiko Sanitasi", "Risk: the sanitation risk index"),
        ("problems", "Masalah yang disebut warga", "Problems residents named"),
        ("readiness", "Kesiapan: lahan, opsi layak, kesediaan", "Readiness: land, a feasible option, willingness"),
        ("unsafe_excreta", "Tinja tidak dikelola aman (SFD)", "Excreta not safely managed (SFD)"),
    ],
)
PRIORITY_STATUS = _codes(
    "priority_status",
    [
        ("ranked", "Diperingkat", "Ranked"),
        ("survey_first", "Survei dulu (data terlalu sedikit)", "Survey first (too little data)"),
    ],
)
ACTION_KIND = _codes(
    "action_kind",
    [
        ("build", "Pembangunan baru", "Build"),
        ("rehabilitate", "Rehabilitasi", "Rehabilitate"),
        ("behaviour_change", "Perubahan perilaku (STBM, kampanye)", "Behaviour change"),
        ("om", "Operasi dan pemeliharaan", "Operation and maintenance"),
        ("institutional", "Kelembagaan", "Institutional"),
    ],
)
FUNDING_SOURCE = _codes(
    "funding_source",
    [
        ("apbn_dak", "APBN/DAK", "APBN/DAK (national budget)"),
        ("apbd", "APBD", "APBD (regional budget)"),
        ("dana_kelurahan", "Dana kelurahan", "Kelurahan fund"),
        ("csr", "CSR", "CSR (company)"),
        ("swadaya", "Swadaya masyarakat", "Community contribution (swadaya)"),
    ],
)
RESPONSIBLE = _codes(
    "responsible",
    [
        ("ksm", "KSM", "KSM (community group)"),
        ("pemkel", "Pemerintah kelurahan", "Kelurahan government"),
        ("dpiu_opd", "DPIU/OPD", "DPIU/OPD (district agency)"),
        ("tfl", "TFL", "TFL (field facilitator)"),
    ],
)
ACTION_STATUS = _codes(
    "action_status",
    [
        ("proposed", "Usulan", "Proposed"),
        ("agreed", "Disepakati", "Agreed"),
        ("musrenbang", "Masuk Musrenbang", "In the Musrenbang"),
        ("funded", "Didanai", "Funded"),
        ("built", "Dibangun", "Built"),
    ],
)
PRIORITIES = Layer(
    "priorities", Label("Prioritas lokasi", "Location priorities"), "results", MULTIPOLYGON,
    (
        UUID,
        _computed("location_level", TEXT, "Tingkat lokasi", "Location level", codelist=AREA_LEVEL),
        _computed("location_code", TEXT, "Lokasi", "Location"),
        _computed("rw", TEXT, "RW", "RW"),
        _computed("rt", TEXT, "RT", "RT"),
        _computed("need_score", REAL, "Skor kebutuhan (1-4)", "Need score (1-4)"),
        _computed("risk_score", REAL, "Skor risiko (1-4)", "Risk score (1-4)"),
        _computed("problems_score", REAL, "Skor masalah warga (1-4)", "Residents' problems score (1-4)"),
        _computed("readiness_score", REAL, "Skor kesiapan (1-4)", "Readiness score (1-4)"),
        _computed("unsafe_excreta_score", REAL, "Skor tinja tidak aman (1-4)", "Unsafe excreta score (1-4)"),
        _computed("priority_score", REAL, "Nilai prioritas", "Priority score"),
        _computed("computed_rank", INTEGER, "Urutan hasil hitung", "Computed rank"),
        _computed("status", TEXT, "Status", "Status", codelist=PRIORITY_STATUS),
        _computed("reasons", TEXT, "Alasan", "Reasons"),
        _computed("method", TEXT, "Metode dan sumber bobot", "Method and source of the weights"),
        _computed("computed_at", TEXT, "Dihitung pada", "Computed at"),
    ),
    display="location_code",
)
PRIORITY_WEIGHTS = Layer(
    "priority_weights", Label("Bobot prioritas lokasi", "Location priority weights"), "results", None,
    (
        UUID,
        _f("criterion", TEXT, "Kriteria", "Criterion", codelist=PRIORITY_CRITERION, required=True),
        _f("weight", REAL, "Bobot (%)", "Weight (%)", minimum=0, maximum=100, required=True),
        _f("source", TEXT, "Sumber bobot", "Source of the weight"),
        _f("is_default", BOOLEAN, "Bobot bawaan (bukan resmi)", "Plugin default (not official)"),
        _computed("set_at", TEXT, "Ditetapkan pada", "Set at"),
    ),
    display="criterion",
)
AGREED_PRIORITIES = Layer(
    "agreed_priorities", Label("Urutan prioritas yang disepakati", "Agreed priority order"), "planning", None,
    (
        UUID,
        _f("meeting_uuid", TEXT, "Disepakati di rembuk", "Agreed at the meeting", references="meetings",
           required=True),
        _f("location_level", TEXT, "Tingkat lokasi", "Location level", codelist=AREA_LEVEL, required=True),
        _f("location_code", TEXT, "Lokasi", "Location", required=True),
        _f("agreed_rank", INTEGER, "Urutan disepakati", "Agreed rank", minimum=1, required=True),
        _f("computed_rank", INTEGER, "Urutan hasil hitung", "Computed rank"),
        _f("change_reason", TEXT, "Alasan perubahan", "Reason for the change"),
    ),
    display="location_code",
)
ACTIONS = Layer(
    # The geometry is the action's service area: by default the polygon of its location.
    "actions", Label("Rencana aksi", "Action plan"), "planning", MULTIPOLYGON,
    (
        UUID,
        _f("kind", TEXT, "Jenis kegiatan", "Kind of action", codelist=ACTION_KIND, required=True),
        _f("option_code", TEXT, "Opsi teknis", "Technical option"),
        _f("description", TEXT, "Usulan kegiatan", "Proposed activity"),
        _f("location_level", TEXT, "Tingkat lokasi", "Location level", codelist=AREA_LEVEL),
        _f("location_code", TEXT, "Lokasi", "Location"),
        RW, RT,
        # Counted from the households in the service area (or the RT), never typed.
        _computed("households_served", INTEGER, "KK penerima manfaat", "Households served"),
        _computed("persons_served", INTEGER, "Jiwa penerima manfaat", "Persons served"),
        _computed("low_income_served", INTEGER, "KK MBR penerima manfaat", "Low-income households served"),
        _f("volume", REAL, "Volume", "Volume", minimum=0),
        _f("unit", TEXT, "Satuan", "Unit"),
        _f("unit_cost", REAL, "Harga satuan (Rp)", "Unit cost (Rp)", minimum=0),
        _computed("total_cost", REAL, "Perkiraan biaya (Rp)", "Estimated cost (Rp)"),
        _f("cost_year", INTEGER, "Tahun harga", "Price year", minimum=1990, maximum=2100),
        _f("cost_source", TEXT, "Sumber harga", "Source of the price"),
        _f("funding_source", TEXT, "Sumber dana", "Funding source", codelist=FUNDING_SOURCE),
        _f("swadaya_cash_pct", REAL, "Swadaya tunai (%)", "Community share in cash (%)", minimum=0, maximum=100),
        _f("swadaya_in_kind_pct", REAL, "Swadaya natura/tenaga (%)", "Community share in kind (%)",
           minimum=0, maximum=100),
        _f("plan_year", INTEGER, "Tahun", "Year", minimum=2000, maximum=2100),
        _f("plan_quarter", INTEGER, "Triwulan", "Quarter", minimum=1, maximum=4),
        _f("start_month", INTEGER, "Bulan mulai", "Start month", minimum=1, maximum=12),
        _f("end_month", INTEGER, "Bulan selesai", "End month", minimum=1, maximum=12),
        _f("responsible", TEXT, "Penanggung jawab", "Responsible", codelist=RESPONSIBLE),
        _f("status", TEXT, "Status", "Status", codelist=ACTION_STATUS),
        _computed("priority_rank", INTEGER, "Prioritas lokasi", "Location priority"),
        # Proposed by csiap:draftactionplan (a redraft may replace it until a rembuk agrees it).
        _computed("drafted", BOOLEAN, "Usulan otomatis", "Drafted by the plugin"),
        MEETING,
        NOTES,
    ),
    display="description",
)
CODELISTS += (PRIORITY_CRITERION, PRIORITY_STATUS, ACTION_KIND, FUNDING_SOURCE, RESPONSIBLE, ACTION_STATUS)
LAYERS += (PRIORITIES, PRIORITY_WEIGHTS, AGREED_PRIORITIES, ACTIONS)

# --- Excreta flow (schema 3, issue 17) ------------------------------------------
# What the SFD selection grid (SFD Manual v2.0, SFD Promotion Initiative; core.sfd)
# needs of a household and the rest of the schema lacks: where the toilet discharges
# (what the containment is connected to: the grid's List B, codes C1-C10), how its
# container is lined (to tell the grid's rows A2-A6 apart),
# whether it was ever emptied, by whom and where the sludge went (F3, SFD FAQ 28), and
# whether the toilet or its container failed or flooded (B9, B10). "Tidak tahu" is an
# answer of its own; a question left blank puts the household in the SFD's "unknown"
# share, never in a known cell. The year last emptied is ``last_desludged_year``.
DISCHARGE = _codes(
    "discharge",
    [
        ("city_sewer", "Pipa air limbah kota (SPALD-T skala perkotaan)", "City sewer (centralised)"),
        ("ipal_komunal", "Pipa ke IPAL komunal", "Pipe to a communal plant (IPAL komunal)"),
        ("soak_pit", "Sumur resapan / bidang resapan", "Soak pit / leach field"),
        ("drain", "Saluran / got (terbuka atau tertutup)", "Drain (open or covered)"),
        ("water_body", "Sungai, kali, kolam, laut", "River, canal, pond or sea"),
        ("open_ground", "Kebun / tanah terbuka", "Garden or open ground"),
        ("no_outlet", "Tidak ada saluran keluar", "No outlet"),
        ("dont_know", "Tidak tahu", "Don't know"),
    ],
    "SFD Manual v2.0 (SFD Promotion Initiative), selection grid List B (C1-C10); SFD FAQ 29, 39, 41",
)
CONTAINMENT_LINING = _codes(
    "containment_lining",
    [
        ("sealed", "Dinding dan dasar kedap (beton/fiberglass)", "Walls and bottom sealed (concrete, fibreglass)"),
        ("open_bottom", "Dinding kedap, dasar terbuka (tanah)", "Lined walls, open bottom"),
        ("semi_permeable", "Dinding bata/batu berlubang, dasar terbuka", "Semi-permeable walls, open bottom"),
        ("unlined", "Tanpa dinding (lubang tanah)", "Unlined pit"),
        ("dont_know", "Tidak tahu", "Don't know"),
    ],
    "SFD Manual v2.0 (SFD Promotion Initiative), selection grid rows A2-A6",
)
EMPTIED = _codes(
    "emptied",
    [
        ("yes", "Ya, pernah disedot/dikuras", "Yes, emptied"),
        ("no", "Belum pernah", "Never"),
        ("dont_know", "Tidak tahu", "Don't know"),
    ],
    "SFD FAQ 28 (F3: emptied, with a substantial part of the sludge removed)",
)
EMPTIED_BY = _codes(
    "emptied_by",
    [
        ("public_truck", "Truk tinja pemerintah (UPTD/PD PAL)", "Government desludging truck"),
        ("private_truck", "Truk tinja swasta", "Private desludging truck"),
        ("manual", "Dikuras manual (tukang)", "Emptied by hand (manual emptier)"),
        ("household", "Dikuras sendiri", "By the household itself"),
        ("dont_know", "Tidak tahu", "Don't know"),
    ],
)
SLUDGE_DESTINATION = _codes(
    "sludge_destination",
    [
        ("iplt", "IPLT (instalasi pengolahan lumpur tinja)", "Sludge treatment plant (IPLT)"),
        ("drain_river", "Dibuang ke saluran/sungai", "Dumped in a drain or river"),
        ("buried", "Dikubur / dibuang di kebun", "Buried or dumped on land"),
        ("dont_know", "Tidak tahu", "Don't know"),
    ],
)
FAILURE = _codes(
    "failure",
    [
        ("none", "Tidak pernah", "No"),
        ("toilet", "Jamban rusak/ambruk/terendam banjir", "Toilet failed, collapsed or flooded"),
        ("containment", "Tangki/cubluk rusak/ambruk/terendam banjir", "Container failed, collapsed or flooded"),
    ],
    "SFD Manual v2.0 (SFD Promotion Initiative), selection grid rows B9, B10",
)
EXCRETA_FLOW_FIELDS = (
    _f("discharge", TEXT, "Air dari jamban/tangki dialirkan ke", "Toilet or tank discharges to", codelist=DISCHARGE),
    _f("containment_lining", TEXT, "Konstruksi tangki/cubluk", "Container lining", codelist=CONTAINMENT_LINING),
    _f("emptied", TEXT, "Pernah disedot/dikuras", "Ever emptied", codelist=EMPTIED),
    _f("emptied_by", TEXT, "Disedot/dikuras oleh", "Emptied by", codelist=EMPTIED_BY),
    _f("sludge_destination", TEXT, "Lumpur tinja dibuang ke", "Sludge taken to", codelist=SLUDGE_DESTINATION),
    _f("failure", TEXT, "Jamban/tangki pernah rusak atau terendam banjir", "Toilet or container failed or flooded",
       codelist=FAILURE),
)


def _with_excreta_flow(households):
    """The household layer with the excreta-flow questions after the year last emptied,
    where an enumerator asks them (the form and the XLSForm follow the field order)."""
    names = households.field_names()
    at = names.index("last_desludged_year") + 1
    return replace(households, fields=households.fields[:at] + EXCRETA_FLOW_FIELDS + households.fields[at:])


CODELISTS += (DISCHARGE, CONTAINMENT_LINING, EMPTIED, EMPTIED_BY, SLUDGE_DESTINATION, FAILURE)
LAYERS = tuple(_with_excreta_flow(lyr) if lyr.name == "households" else lyr for lyr in LAYERS)
# --- Field packages and their merge (issue 19) ------------------------------------
# csiap:mergefield writes here each conflict of a field package with the workspace
# (core.merge): the feature's place, what the base, the office ("ours") and the
# package ("theirs") hold, until someone resolves it (the conflicts dock, or a policy).

MERGE_RESOLUTION = _codes(
    "merge_resolution",
    [
        ("ours", "Nilai kantor dipertahankan", "Office value kept"),
        ("theirs", "Nilai lapangan diambil", "Field value taken"),
        ("other_package", "Nilai paket lain diambil", "Another package's value taken"),
    ],
)
MERGE_CONFLICTS = Layer(
    "merge_conflicts", Label("Konflik penggabungan data lapangan", "Field merge conflicts"), "records", POINT,
    (
        UUID,
        _computed("layer_name", TEXT, "Lapisan", "Layer"),
        _computed("feature_uuid", TEXT, "ID unik fitur", "Feature's unique ID"),
        _computed("column_name", TEXT, "Kolom", "Column"),
        # The values may be a household head's name or NIK: personal, out of public exports.
        _computed("base_value", TEXT, "Nilai saat paket dibuat", "Value when packaged", personal=True),
        _computed("ours", TEXT, "Nilai kantor", "Office value", personal=True),
        _computed("theirs", TEXT, "Nilai lapangan", "Field value", personal=True),
        _computed("package", TEXT, "Paket (tim)", "Package (team)"),
        _computed("packaged_at", TEXT, "Paket dibuat pada", "Packaged at"),
        _computed("merged_at", TEXT, "Digabung pada", "Merged at"),
        _computed("resolved", BOOLEAN, "Sudah diselesaikan", "Resolved"),
        _computed("resolution", TEXT, "Penyelesaian", "Resolution", codelist=MERGE_RESOLUTION),
        _computed("resolved_by", TEXT, "Diselesaikan oleh", "Resolved by"),
        _computed("resolved_at", TEXT, "Diselesaikan pada", "Resolved at"),
    ),
    display="column_name",
)
CODELISTS += (MERGE_RESOLUTION,)
LAYERS += (MERGE_CONFLICTS,)

# --- The kabupaten/kota view across kelurahan (issue 18) ---------------------------
# csiap:consolidate writes these into a kabupaten/kota GeoPackage of their own: not a
# kelurahan workspace's layers (no schema_version, never opened as a workspace), so they
# are kept apart from LAYERS. Each copied row carries its kelurahan's uuid, name and
# Kemendagri code; personal fields are never copied.

CONSOLIDATION_STATUS = _codes(
    "consolidation_status",
    [
        ("included", "Digabung", "Included"),
        ("refused", "Ditolak (tidak digabung)", "Refused (not included)"),
    ],
)
TOTALS_SCOPE = _codes(
    "totals_scope",
    [
        ("kelurahan", "Kelurahan", "Kelurahan"),
        ("kota", "Seluruh kabupaten/kota", "Whole kabupaten/kota"),
    ],
)
KOTA_CODELISTS = (CONSOLIDATION_STATUS, TOTALS_SCOPE)
KELURAHAN_KEY = (
    _f("kelurahan_uuid", TEXT, "ID unik kelurahan", "Kelurahan's unique ID"),
    _f("kelurahan_name", TEXT, "Kelurahan/desa", "Kelurahan/village"),
    _f("kelurahan_code", TEXT, "Kode Kemendagri", "Kemendagri code"),
)


def _kota_copy(layer_def):
    """A workspace layer as the kabupaten/kota table of every kelurahan's rows: the
    kelurahan's key first, the row's own uuid as ``source_uuid`` (two kelurahan copied
    from one file share uuids), no personal field, no relation to tables left behind."""
    fields = tuple(
        replace(f, name="source_uuid", alias=Label("ID unik di workspace kelurahan",
                                                   "Unique ID in the kelurahan workspace"))
        if f.name == "uuid" else replace(f, references=None, required=False)
        for f in layer_def.fields if not f.personal)
    return replace(layer_def, group="kota", fields=KELURAHAN_KEY + fields)


KOTA_LAYERS = (
    Layer(
        "kelurahan", Label("Kelurahan/desa yang digabung", "Kelurahan/villages consolidated"), "kota", MULTIPOLYGON,
        (
            _f("workspace", TEXT, "Workspace", "Workspace"),
            KELURAHAN_KEY[0],
            _f("name", TEXT, "Nama kelurahan/desa", "Kelurahan/village name"),
            _f("kemendagri_code", TEXT, "Kode Kemendagri", "Kemendagri code"),
            _f("kecamatan", TEXT, "Kecamatan", "Kecamatan (sub-district)"),
            _f("kota_kabupaten", TEXT, "Kota/kabupaten", "City/regency"),
            _f("provinsi", TEXT, "Provinsi", "Province"),
            _f("schema_version", INTEGER, "Versi skema", "Schema version"),
            _f("status", TEXT, "Status", "Status", codelist=CONSOLIDATION_STATUS),
            _f("reason", TEXT, "Alasan", "Reason"),
            _f("action_count", INTEGER, "Jumlah usulan kegiatan", "Proposed actions"),
            _f("total_cost", REAL, "Perkiraan biaya (Rp)", "Estimated cost (Rp)"),
            _f("top_location", TEXT, "Lokasi prioritas pertama", "First priority location"),
        ),
        display="name",
    ),
    *(_kota_copy(lyr) for name in ("area_indicators", "priorities", "agreed_priorities", "actions")
      for lyr in LAYERS if lyr.name == name),
    # The cross-kelurahan proposal list for the kecamatan and kota Musrenbang: one row an
    # action, ranked by core.consolidate (rule: core.reference.KOTA_PRIORITY_LIST).
    Layer(
        "priority_list", Label("Daftar prioritas usulan antar kelurahan", "Priority list across kelurahan"), "kota",
        MULTIPOLYGON,
        (
            _f("rank", INTEGER, "Peringkat", "Rank"),
            *KELURAHAN_KEY,
            _f("kecamatan", TEXT, "Kecamatan", "Kecamatan (sub-district)"),
            _f("kelurahan_place", INTEGER, "Urutan di kelurahan", "Place in its kelurahan"),
            _f("location_level", TEXT, "Tingkat lokasi", "Location level", codelist=AREA_LEVEL),
            _f("location_code", TEXT, "Lokasi", "Location"),
            RW, RT,
            _f("priority_score", REAL, "Nilai prioritas", "Priority score"),
            _f("agreed", BOOLEAN, "Urutan disepakati rembuk", "Order agreed at a rembuk"),
            _f("kind", TEXT, "Jenis kegiatan", "Kind of action", codelist=ACTION_KIND),
            _f("option_code", TEXT, "Opsi teknis", "Technical option"),
            _f("description", TEXT, "Usulan kegiatan", "Proposed activity"),
            _f("households_served", INTEGER, "KK penerima manfaat", "Households served"),
            _f("persons_served", INTEGER, "Jiwa penerima manfaat", "Persons served"),
            _f("total_cost", REAL, "Perkiraan biaya (Rp)", "Estimated cost (Rp)"),
            _f("funding_source", TEXT, "Sumber dana", "Funding source", codelist=FUNDING_SOURCE),
            _f("plan_year", INTEGER, "Tahun", "Year"),
            _f("action_uuid", TEXT, "ID unik kegiatan", "Action's unique ID"),
        ),
        display="description",
    ),
    # Sums of core.actions.funding_split: per kelurahan × source, and for the whole set.
    Layer(
        "funding_totals", Label("Total per sumber dana", "Totals by funding source"), "kota", None,
        (
            _f("scope", TEXT, "Cakupan", "Scope", codelist=TOTALS_SCOPE),
            *KELURAHAN_KEY,
            _f("funding_source", TEXT, "Sumber dana (kosong: belum ditetapkan)", "Funding source (empty: not decided)",
               codelist=FUNDING_SOURCE),
            _f("amount", REAL, "Jumlah (Rp)", "Amount (Rp)"),
            _f("share_pct", REAL, "Bagian dari total (%)", "Share of the total (%)"),
        ),
        display="funding_source",
    ),
)
def kota_layer(name: str) -> Layer:
    for candidate in KOTA_LAYERS:
        if candidate.name == name:
            return candidate
    raise KeyError(name)


RELATIONS = tuple(
    Relation(layer.name, f.name, f.references)
    for layer in LAYERS
    for f in layer.fields
    if f.references
)

# Layers the user digitises on: each point belongs to one RT, filled by the
# attach algorithm rather than typed.
ATTACHED_LAYERS = tuple(
    layer.name for layer in LAYERS if layer.geometry == POINT and "rt" in layer.field_names()
)


def layer(name: str) -> Layer:
    for candidate in LAYERS:
        if candidate.name == name:
            return candidate
    raise KeyError(name)


def group(name: str) -> Group:
    for candidate in GROUPS:
        if candidate.name == name:
            return candidate
    raise KeyError(name)


def personal_fields() -> dict:
    """``{layer: (field, ...)}`` for every layer holding personal data."""
    return {lyr.name: lyr.personal_fields() for lyr in LAYERS if lyr.personal_fields()}


# --- Forms: tabs and questions asked only where they make sense ----------------
# Shared by the QGIS/QField forms (workspace.forms) and the XLSForm (core.xlsform).

@dataclass(frozen=True)
class Relevance:
    """Show ``field`` only when ``depends_on`` holds one of ``values``
    (or, with ``negate``, none of them)."""

    depends_on: str
    values: Tuple[str, ...]
    negate: bool = False


WELL_SOURCES = ("borehole", "protected_well", "unprotected_well")
ONSITE_CONTAINMENT = ("septic_tank", "pit")
RELEVANCE = {
    "households": {
        "toilet_type": Relevance("toilet_access", ("none",), negate=True),
        "containment": Relevance("toilet_access", ("none",), negate=True),
        "last_desludged_year": Relevance("containment", ("septic_tank",)),
        "well_distance_m": Relevance("water_source", WELL_SOURCES),
        # Excreta flow (issue 17): where a toilet's water goes, what an on-site container is
        # like, and what happened to its sludge.
        "discharge": Relevance("toilet_access", ("none",), negate=True),
        "containment_lining": Relevance("containment", ONSITE_CONTAINMENT),
        "emptied": Relevance("containment", ONSITE_CONTAINMENT),
        "emptied_by": Relevance("emptied", ("yes",)),
        "sludge_destination": Relevance("emptied", ("yes",)),
        "failure": Relevance("toilet_access", ("none",), negate=True),
    },
}

# Tabs of the attribute form, in order: (label, fields). Fields of a layer not
# listed go to a last tab.
FORM_TABS = {
    "households": (
        (Label("Rumah tangga", "Household"),
         ("rw", "rt", "household_head", "nik", "phone", "members", "low_income")),
        (Label("Jamban", "Toilet"), ("toilet_access", "toilet_type", "containment", "last_desludged_year",
                                     *(f.name for f in EXCRETA_FLOW_FIELDS))),
        (Label("Air dan kebersihan", "Water and hygiene"),
         ("water_source", "well_distance_m", "handwashing", "solid_waste", "standing_water")),
        (Label("Survei", "Survey"), ("survey_date", "photo", "data_source", "notes")),
    ),
    "problems": (
        (Label("Masalah", "Problem"), ("category", "severity", "season", "description")),
        (Label("Asal", "Where it came from"), ("rw", "rt", "meeting_uuid", "reported_date", "photo", "data_source")),
    ),
}
