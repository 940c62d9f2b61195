"""What the CSIAP annex holds: its maps, tables and the provenance printed
with them. Pure Python: ``workspace.annex`` builds the files.
"""

from dataclasses import dataclass
from typing import Tuple

from . import reference, schema
from .options import PERMEN, SANITASI_NET
from .scoring import RANDOM_INDEX_SOURCE

PAPERS = ("a3_landscape", "a1_poster", "a4_portrait")
PAPER_SIZES_MM = {"a3_landscape": (420.0, 297.0), "a1_poster": (841.0, 594.0), "a4_portrait": (210.0, 297.0)}
ATLAS_LEVELS = ("none", "RW", "RT")


@dataclass(frozen=True)
class AnnexMap:
    key: str
    title: schema.Label
    layers: Tuple[str, ...]          # workspace layers, top to bottom
    rules: Tuple[str, ...] = ()      # provenance lines printed on the map
    chapter: int = 1                 # the annex document's chapter that shows it


MAPS = (
    AnnexMap("peta_sosial", schema.Label("Peta Sosial", "Social Map"),
             ("households", "facilities", "rt", "rw", "kelurahan")),
    AnnexMap("peta_permasalahan", schema.Label("Peta Permasalahan Sanitasi", "Sanitation Problems Map"),
             ("problems", "problem_areas", "drains", "rt", "rw", "kelurahan"), chapter=2),
    AnnexMap("peta_risiko", schema.Label("Peta Risiko Sanitasi", "Sanitation Risk Map"),
             ("area_indicators", "rw", "kelurahan"),
             (reference.RISK_METHOD_SOURCE, reference.MIN_SURVEYED_HOUSEHOLDS.source), chapter=2),
    # Which locations come first (csiap:prioritiseareas, the rembuk's agreed order), each labelled
    # with the option ranked first there; the top options alone where no priorities were computed
    # (``top_options``, an in-memory layer of the annex).
    AnnexMap("peta_prioritas", schema.Label("Peta Prioritas Lokasi", "Location Priorities Map"),
             ("priorities", "top_options", "candidate_sites", "rw", "kelurahan"),
             (reference.SSK_AREA_BERISIKO.source, PERMEN, SANITASI_NET, RANDOM_INDEX_SOURCE), chapter=4),
    # The rencana aksi (issue 13): each action's service area over the RT, labelled with its option.
    AnnexMap("peta_rencana_aksi", schema.Label("Peta Rencana Aksi", "Action Plan Map"),
             ("actions", "rt", "rw", "kelurahan"), chapter=5),
)

DATA_SOURCES = schema.Label(
    "Batas RW: © kontributor OpenStreetMap (ODbL); data survei dan peta sosial: warga dan TFL",
    "RW boundaries: © OpenStreetMap contributors (ODbL); survey and social map: residents and facilitators")


def provenance_lines():
    """Every rule the annex's figures rest on, with its source."""
    return [
        reference.DESLUDGING_INTERVAL_YEARS.source,
        reference.SAFELY_MANAGED_DESLUDGING_YEARS.source,
        reference.WELL_TO_SEPTIC_MIN_M.source,
        reference.SANITASI_NET_2015.source,
        reference.PUSLITBANG_2011.source,
        reference.RISK_METHOD_SOURCE,
        reference.MIN_SURVEYED_HOUSEHOLDS.source,
        reference.WOMEN_ATTENDANCE_MIN_PCT.source,
        PERMEN,
        RANDOM_INDEX_SOURCE,
    ]


def annex_map(key):
    for candidate in MAPS:
        if candidate.key == key:
            return candidate
    raise KeyError(key)
