"""Reference numbers of the domain, each with where it comes from.

Every threshold an indicator or the risk index uses is here, once, with its
provenance; report footers print ``source`` as it stands. Numbers that are
our own choice say so (``official=False``), so nobody mistakes a default for
a regulation.
"""

from dataclasses import dataclass
from typing import Tuple


@dataclass(frozen=True)
class Rule:
    value: float
    source: str
    official: bool = True


# A septic tank is to be emptied at least every 3 years.
DESLUDGING_INTERVAL_YEARS = Rule(
    3, "Permen PUPR No. 04/PRT/M/2017 (penyedotan lumpur tinja tangki septik berkala, maks. 3 tahun)")

# "Akses aman": own improved toilet whose septic tank was emptied in the last
# 5 years, or connected to an off-site system.
SAFELY_MANAGED_DESLUDGING_YEARS = Rule(
    5, "RPJMN 2020-2024 / BPS, definisi akses sanitasi aman (tangki septik disedot minimal 1x dalam 5 tahun)")

# A dug well at least 10 m from a septic tank.
WELL_TO_SEPTIC_MIN_M = Rule(10, "SNI 03-2398-2002 (Tata cara perencanaan tangki septik)")

# EHRA interviews 40 randomly chosen households per kelurahan.
EHRA_SAMPLE_PER_KELURAHAN = Rule(40, "EHRA (Environmental Health Risk Assessment), Pokja AMPL/PPSP")

# Our per-area rule: below 10 surveyed households one answer moves a share by
# more than 10 percentage points, more than the width of a risk class on a
# typical kelurahan, so the area is shown as "too little data" rather than
# given a class. The EHRA sample (40 per kelurahan) is too small for RT level
# by design; this rule is ours, not EHRA's, and is a parameter.
MIN_SURVEYED_HOUSEHOLDS = Rule(
    10, "Aturan plugin CSIAP Planner: minimal 10 KK disurvei per wilayah (bukan angka resmi)", official=False)


@dataclass(frozen=True)
class DensityPreset:
    name: str
    # Upper bound (persons/ha) of every class but the last, and whether a
    # density equal to it still belongs to that class.
    bounds: Tuple[Tuple[float, bool], ...]
    classes: Tuple[str, ...]
    source: str

    def classify(self, density):
        if density is None:
            return None
        for (bound, inclusive), name in zip(self.bounds, self.classes):
            if density < bound or (inclusive and density == bound):
                return name
        return self.classes[-1]


# "<100 / 100-300 / >300": 100 and 300 are both "medium".
SANITASI_NET_2015 = DensityPreset(
    "sanitasi_net_2015", ((100.0, False), (300.0, True)), ("low", "medium", "high"),
    "Sanitasi.Net, Pedoman Pemilihan SPAL-T 2015: <100, 100-300, >300 jiwa/ha")

# "<150 / 151-200 / 201-400 / >400": read as <=150, <=200, <=400, >400 so that
# no density falls between two classes.
PUSLITBANG_2011 = DensityPreset(
    "puslitbang_2011", ((150.0, True), (200.0, True), (400.0, True)), ("low", "medium", "high", "very_high"),
    "Puslitbang Permukiman, Kementerian PU 2011: <150, 151-200, 201-400, >400 jiwa/ha")

DENSITY_PRESETS = (SANITASI_NET_2015, PUSLITBANG_2011)


def density_preset(name):
    for preset in DENSITY_PRESETS:
        if preset.name == name:
            return preset
    raise KeyError(name)


# EHRA risk components and the weights we ship. EHRA leaves the weights to
# the kabupaten/kota working group (Pokja); equal weights are our default, not
# an official figure, and the algorithm stores whatever weights were used.
RISK_COMPONENTS = ("water", "wastewater", "solid_waste", "drainage", "hygiene")
DEFAULT_RISK_WEIGHTS = {component: 20.0 for component in RISK_COMPONENTS}
DEFAULT_RISK_WEIGHTS_SOURCE = "Bobot bawaan CSIAP Planner: sama rata 20% per komponen (bukan angka resmi)"
RISK_METHOD_SOURCE = "EHRA, Indeks Risiko Sanitasi (IRS): kelas dengan interval sama (maks-min)/4"

# Women's share of those attending a rembuk or FGD below which the plugin
# warns. 30 % is the women's participation target that community-based
# programmes (PNPM Mandiri, SANIMAS) set for their meetings; the plugin uses
# it as a default, not as a regulation: set your programme's own.
WOMEN_ATTENDANCE_MIN_PCT = Rule(
    30, "Target keterlibatan perempuan minimal 30% dalam program berbasis masyarakat (PNPM Mandiri, SANIMAS); "
        "bawaan plugin, sesuaikan dengan pedoman program", official=False)


# --- Excreta flow diagram (SFD, issue 17) ---------------------------------------
# Sources: the SFD Manual, Volumes 1 and 2, version 2.0 (SFD Promotion Initiative,
# SuSanA; the selection grid, its lists A, B and C and the matrix of variables), and
# the SFD FAQ on the SuSanA SFD site (questions 21, 28, 29, 30 and 41 as numbered
# there). Page numbers were not checked against the documents: the Manual and FAQ
# were not among the sources this plugin could read when the rules were written, so
# every rule cites the question or the list, and the numbers that are our own
# choice say so (official=False).
SFD_MANUAL = "SFD Manual Vol. 1 & 2, v2.0 (SFD Promotion Initiative / SuSanA)"
SFD_FAQ = "SFD FAQ (SuSanA SFD Promotion Initiative)"

# FAQ 21: without measurements, a treatment plant's share of what it receives that is
# treated is taken as one of three guiding values.
SFD_TREATMENT_GUIDING_PCT = (0.0, 50.0, 95.0)
SFD_TREATMENT_GUIDE_SOURCE = SFD_FAQ + " 21: nilai acuan 0 % (tidak berfungsi), 50 % (berfungsi sebagian), " \
                                       "95 % (berfungsi baik)"
# What an IPLT treats of the sludge delivered to it: the middle guiding value until
# the kota's own figure (the IPLT's operating records) is entered.
SFD_IPLT_TREATED_PCT = Rule(50, SFD_TREATMENT_GUIDE_SOURCE + "; bawaan plugin: 50 %", official=False)
# What a city sewer's treatment plant treats of what reaches it.
SFD_SEWER_TREATED_PCT = Rule(50, SFD_TREATMENT_GUIDE_SOURCE + "; bawaan plugin: 50 %", official=False)
# The share of IPAL komunal that function: not in a household survey; set it from the
# KSM's operation records or a facility check (facilities, kind ipal, condition).
SFD_IPAL_FUNCTIONING_PCT = Rule(
    50, SFD_TREATMENT_GUIDE_SOURCE + "; bawaan plugin: 50 % IPAL komunal berfungsi (isi dari catatan KPP/KSM)",
    official=False)
# FAQ 30: the shares of an SFD close to 100 % within 1 %.
SFD_CLOSURE_TOLERANCE_PCT = Rule(1, SFD_FAQ + " 30: jumlah semua bagian 100 % ± 1 %")
# FAQ 41: any drain (saluran, got), open or covered, is C6 and "not contained".
SFD_DRAIN_IS_C6 = SFD_FAQ + " 41: saluran/got terbuka maupun tertutup = C6, tidak tertampung"
# FAQ 29: a communal plant's network is a decentralised foul sewer, C4.
SFD_IPAL_KOMUNAL_IS_C4 = SFD_FAQ + " 29: jaringan IPAL komunal = C4 (decentralised foul/separate sewer)"
# FAQ 28: F3 counts containers emptied with a substantial part of the sludge removed.
SFD_F3_SOURCE = SFD_FAQ + " 28: F3 = bagian yang pernah disedot (lumpur terangkat sebagian besar)"

# Groundwater pollution risk (T1 low, T2 significant), answered from the workspace as
# the SFD helper asks: depth to the water table, share of facilities under 10 m from a
# groundwater source, share of drinking water from groundwater. The thresholds are the
# plugin's reading of the helper, not figures checked against it: set your own.
SFD_SHALLOW_GROUNDWATER_M = Rule(
    5, SFD_MANUAL + ", risiko pencemaran air tanah: muka air tanah dangkal; ambang bawaan plugin 5 m",
    official=False)
SFD_NEAR_SOURCE_SHARE_PCT = Rule(
    25, SFD_MANUAL + ", risiko pencemaran air tanah: bagian sarana < 10 m dari sumber air tanah (SNI 03-2398-2002 "
        "10 m); ambang bawaan plugin 25 %", official=False)
SFD_GROUNDWATER_DRINKING_SHARE_PCT = Rule(
    25, SFD_MANUAL + ", risiko pencemaran air tanah: bagian air minum dari air tanah; ambang bawaan plugin 25 %",
    official=False)
