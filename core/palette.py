"""What the "Peta Sosial" dock lets people draw, and how each thing looks.

One entry per button: the layer it adds to, the attributes it presets, and
its symbol (shape first: maps are shown on projectors and printed in black
and white). The layer styles (``scripts/make_styles.py``) use the same
symbols, so the palette and the map agree. Pure Python.
"""

from dataclasses import dataclass
from typing import Dict

from . import schema


@dataclass(frozen=True)
class Entry:
    key: str
    layer: str
    label: schema.Label
    preset: Dict[str, object]
    shape: str
    colour: str
    filled: bool = True


# Households by toilet access, as the social map shows them.
HOUSEHOLDS = (
    Entry("own_septic", "households", schema.Label("Jamban sendiri + tangki septik", "Own toilet with septic tank"),
          {"toilet_access": "own", "containment": "septic_tank"}, "circle", "#1a9641"),
    Entry("own_other", "households", schema.Label("Jamban sendiri tanpa tangki septik", "Own toilet, no septic tank"),
          {"toilet_access": "own"}, "circle", "#1a9641", filled=False),
    Entry("shared", "households", schema.Label("Jamban bersama", "Shared toilet"), {"toilet_access": "shared"},
          "square", "#fdae61"),
    Entry("public", "households", schema.Label("Memakai MCK umum", "Uses a public MCK"), {"toilet_access": "public"},
          "triangle", "#f46d43"),
    Entry("none", "households", schema.Label("Tidak ada jamban (BABS)", "No toilet (open defecation)"),
          {"toilet_access": "none", "toilet_type": "none"}, "cross2", "#d7191c"),
)

FACILITY_SYMBOLS = {
    "mck": ("square", "#2b83ba"), "mck_plus": ("square", "#1f5f8b"), "ipal": ("hexagon", "#0d3b66"),
    "public_well": ("circle", "#74add1"), "public_tap": ("diamond", "#74add1"),
    "tps": ("trapezoid", "#8c510a"), "mosque": ("star", "#35978f"), "church": ("star", "#80cdc1"),
    "school": ("pentagon", "#762a83"), "posyandu": ("cross_fill", "#c51b7d"),
    "puskesmas": ("cross_fill", "#8e0152"), "market": ("semi_circle", "#bf812d"),
    "other": ("circle", "#999999"),
}
# Every problem category its own shape: told apart without colour.
PROBLEM_SYMBOLS = {
    "babs": ("triangle", "#d7191c"), "genangan": ("circle", "#2c7bb6"),
    "blocked_drain": ("square", "#6a3d9a"), "solid_waste": ("diamond", "#8c510a"),
    "polluted_well": ("pentagon", "#e66101"), "full_septic": ("hexagon", "#b2182b"),
    "broken_mck": ("cross_fill", "#4d4d4d"), "flooding": ("star", "#08519c"),
    "other": ("arrowhead", "#737373"),
}

FACILITIES = tuple(
    Entry(code.value, "facilities", code.label, {"kind": code.value}, *FACILITY_SYMBOLS[code.value])
    for code in schema.FACILITY_KIND.codes)
PROBLEMS = tuple(
    Entry(code.value, "problems", code.label, {"category": code.value}, *PROBLEM_SYMBOLS[code.value])
    for code in schema.PROBLEM_CATEGORY.codes)
PALETTE = HOUSEHOLDS + FACILITIES + PROBLEMS

# The households layer's style category of a household, from its answers.
HOUSEHOLD_CATEGORY_EXPRESSION = (
    "CASE WHEN \"toilet_access\" = 'own' AND \"containment\" = 'septic_tank' THEN 'own_septic' "
    "WHEN \"toilet_access\" = 'own' THEN 'own_other' ELSE \"toilet_access\" END")


def entry(layer, key):
    for candidate in PALETTE:
        if candidate.layer == layer and candidate.key == key:
            return candidate
    raise KeyError((layer, key))
