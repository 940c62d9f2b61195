"""The catalogue of technical sanitation options, with every requirement's source.

Requirements that no regulation we could check gives a number for are marked
``assumption=True``: the plugin prints them as assumptions, and a planner
edits them in the workspace's ``options`` table. Pure Python.
"""

from dataclasses import dataclass, field
from typing import Dict, Optional, Tuple

PERMEN = "Permen PUPR No. 04/PRT/M/2017 (SPALD-S / SPALD-T)"
SANITASI_NET = "Sanitasi.Net, Pedoman Pemilihan SPAL-T 2015"
ASSUMED = "Asumsi CSIAP Planner (belum bersumber; sesuaikan)"

DENSITY_ORDER = ("low", "medium", "high", "very_high")


@dataclass(frozen=True)
class Requirement:
    value: object
    source: str
    assumption: bool = False


@dataclass(frozen=True)
class Option:
    code: str
    name_id: str
    name_en: str
    system: str                      # spald_s / spald_t
    requirements: Dict[str, Requirement] = field(default_factory=dict)
    max_households: Optional[int] = None   # served by one unit (sizing, not screening)

    def requirement(self, name):
        return self.requirements.get(name)


def _r(value, source=ASSUMED, assumption=None):
    return Requirement(value, source, source == ASSUMED if assumption is None else assumption)


# Screening rules, by the name of the requirement they check (see core.screening).
OPTIONS: Tuple[Option, ...] = (
    Option("septic_individual", "Tangki septik individual + bidang resapan", "Individual septic tank with soak-away",
           "spald_s", {
               "min_households": _r(1, PERMEN, False),
               "truck_access": _r(True, PERMEN, False),
               "min_groundwater_depth_m": _r(1.5),
               "min_permeability_cm_h": _r(2.5),
               "max_slope_pct": _r(15.0),
               "max_density": _r("medium", SANITASI_NET, False),
               "flood_ok": _r(False),
           }, max_households=1),
    Option("septic_shared", "Tangki septik bersama (2-10 rumah)", "Shared septic tank (2-10 houses)", "spald_s", {
        "min_households": _r(2, PERMEN, False),
        "land_m2": _r(10.0),
        "truck_access": _r(True, PERMEN, False),
        "min_groundwater_depth_m": _r(1.5),
        "min_permeability_cm_h": _r(2.5),
        "max_slope_pct": _r(15.0),
        "flood_ok": _r(False),
    }, max_households=10),
    Option("mck", "MCK / MCK++", "Communal toilet block (MCK / MCK++)", "spald_s", {
        "min_households": _r(10),
        "land_m2": _r(40.0),
        "truck_access": _r(True, PERMEN, False),
        "min_water_lpcd": _r(20.0),
    }, max_households=100),
    Option("ipal_komunal", "IPAL komunal dengan perpipaan (shallow/small-bore sewer)",
           "Communal treatment plant with shallow or small-bore sewer", "spald_t", {
               "min_households": _r(11, PERMEN, False),
               "land_m2": _r(150.0),
               "truck_access": _r(True),
               "min_water_lpcd": _r(60.0),
           }, max_households=200),
    Option("sewer_connection", "Sambungan ke SPALD-T yang ada", "Connection to an existing off-site system",
           "spald_t", {
               "min_households": _r(1, PERMEN, False),
               "needs_sewer": _r(True, PERMEN, False),
               "min_water_lpcd": _r(60.0),
           }),
)


def option(code):
    for candidate in OPTIONS:
        if candidate.code == code:
            return candidate
    raise KeyError(code)


@dataclass(frozen=True)
class Criterion:
    code: str
    name_id: str
    name_en: str
    direction: str       # gain / cost
    unit: str
    weight: float
    source: str


# Criteria a rembuk usually weighs; weights are a starting point for the
# discussion (plugin defaults, summing to 100), never an official figure.
CRITERIA: Tuple[Criterion, ...] = (
    Criterion("cost", "Biaya pembangunan per KK", "Construction cost per household", "cost", "Rp", 20.0, ASSUMED),
    Criterion("om", "Kemudahan operasi & pemeliharaan", "Ease of operation and maintenance", "gain", "1-5", 15.0,
              ASSUMED),
    Criterion("land", "Kebutuhan lahan per KK", "Land needed per household", "cost", "m²/KK", 15.0, ASSUMED),
    Criterion("acceptance", "Penerimaan masyarakat", "Community acceptance", "gain", "1-5", 15.0, ASSUMED),
    Criterion("health", "Manfaat kesehatan lingkungan", "Environmental health benefit", "gain", "1-5", 20.0, ASSUMED),
    Criterion("suitability", "Kesesuaian lokasi", "Site suitability", "gain", "0-1", 15.0,
              "Santiago.jl (Eawag): fungsi keanggotaan trapesium per kondisi, digabung dengan perkalian"),
)


# Each option's catalogue value on each criterion: plugin assumptions. The starting
# matrix (core.starting) derives cost, land and health from the place's own data and
# uses these only where that data is missing, and for O&M and acceptance, which stay
# the community's judgement (shown as "belum dinilai warga" until a session sets them).
DEFAULT_PERFORMANCE = {
    "septic_individual": {"cost": 4500000, "om": 4, "land": 3, "acceptance": 5, "health": 3},
    "septic_shared": {"cost": 3000000, "om": 3, "land": 1.5, "acceptance": 4, "health": 3},
    "mck": {"cost": 2000000, "om": 2, "land": 1, "acceptance": 3, "health": 3},
    "ipal_komunal": {"cost": 5500000, "om": 3, "land": 2, "acceptance": 4, "health": 5},
    "sewer_connection": {"cost": 3500000, "om": 5, "land": 0, "acceptance": 4, "health": 5},
}
DEFAULT_PERFORMANCE_SOURCE = ASSUMED
