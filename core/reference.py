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

# --- The action plan's outputs (issue 13): the Musrenbang proposal list and the RKM ---
# We found no national form for the kelurahan Musrenbang's proposal list:
# Permendagri 86/2017 sets the procedure of the Musrenbang RKPD (kelurahan,
# kecamatan, kota) but leaves the forms to each kabupaten/kota, whose guides
# differ (Kota Semarang's rembug warga guide, Form RW.1: priority, activity,
# location, RT/RW, volume, community contribution; Kota Depok's Musrenbang
# guide 2019 cites Permendagri 86/2017 for the procedure). The column set is therefore the
# plugin's own, the list the programme's kelurahan forms ask for.
MUSRENBANG_FORMAT = {
    "id": "Susunan kolom milik CSIAP Planner, bukan formulir resmi: Permendagri No. 86 Tahun 2017 mengatur tata "
          "cara Musrenbang RKPD di kelurahan, tetapi formulir daftar usulan ditetapkan tiap kabupaten/kota "
          "(mis. Form RW.1 pedoman rembug warga Kota Semarang). Sesuaikan dengan formulir kota Anda.",
    "en": "Column set of CSIAP Planner, not an official form: Permendagri No. 86/2017 sets the procedure of the "
          "Musrenbang RKPD at kelurahan level, but the proposal form is set by each kabupaten/kota (e.g. Form "
          "RW.1 of Kota Semarang's rembug warga guide). Adapt it to your city's form.",
}
# The RKM (Rencana Kerja Masyarakat) draft: the KSM's work plan, in the
# programme's own layout (activity, volume, schedule by month, who, swadaya).
RKM_FORMAT = {
    "id": "Draf RKM susunan CSIAP Planner (kegiatan, volume, jadwal per bulan, penanggung jawab, swadaya), "
          "mengikuti tugas KSM menyusun RKM dalam perencanaan partisipatif SANIMAS; bukan formulir resmi.",
    "en": "RKM draft in CSIAP Planner's layout (activity, volume, schedule by month, responsible, swadaya), "
          "following the KSM's task of drafting the RKM in SANIMAS participatory planning; not an official form.",
}


# --- Location priorities (issue 13, csiap:prioritiseareas) ----------------------
# The SSK "area berisiko" instrument: each parameter scored 1-4 (4 = risk very high,
# 3 high, 2 low, 1 very low) by intervals over the range of the areas compared, the
# total being Σ weight × score with weights of 0-100 "equal or different, as the Pokja
# agrees". Read in the 7 June 2017 edition, Part 3 (Petunjuk Teknis, Lembar Kerja Area
# Berisiko); its worked example (angka kemiskinan, 55.5 → 41.8–55.5 score 4, 27.9–41.7
# score 3) shows four equal intervals of (max − min) / 4, the rule core.risk uses for
# EHRA. The guideline ranks kelurahan/desa of a kota on population, density, poverty,
# EHRA and OPD perception; applying it to the RTs or RWs of one kelurahan on need,
# risk, problems named and readiness is this plugin's adaptation (official=False).
SSK_AREA_BERISIKO = Rule(
    4, "Buku Pedoman Pemutakhiran SSK (7 Juni 2017), Bagian 3 Petunjuk Teknis, Lembar Kerja Area Berisiko: "
       "skor 1-4 per parameter dengan interval sama (maks-min)/4, total skor = Σ bobot × skor, bobot 0-100 "
       "sesuai kesepakatan Pokja; diterapkan plugin pada RT/RW satu kelurahan (adaptasi, bukan angka resmi)",
    official=False)
PRIORITY_CRITERIA = ("need", "risk", "problems", "readiness", "unsafe_excreta")
# The guideline leaves the weights to the Pokja and gives no figures: equal weights are
# ours. The SFD's unsafe-excreta share is offered at 0 % until a Pokja weighs it.
DEFAULT_PRIORITY_WEIGHTS = {"need": 25.0, "risk": 25.0, "problems": 25.0, "readiness": 25.0, "unsafe_excreta": 0.0}
DEFAULT_PRIORITY_WEIGHTS_SOURCE = (
    "Bobot bawaan CSIAP Planner: 25% kebutuhan, 25% risiko, 25% masalah warga, 25% kesiapan, 0% tinja tidak aman "
    "(SFD); Pedoman Pemutakhiran SSK 2017 menyerahkan bobot kepada Pokja (bukan angka resmi)")
# A problem without a severity counts as "ringan" (1): named, it is there; how bad, nobody said.
PROBLEM_SEVERITY_UNKNOWN = Rule(
    1, "Aturan plugin CSIAP Planner: masalah tanpa tingkat keparahan dihitung ringan (1) (bukan angka resmi)",
    official=False)

# --- Excreta flow diagram (SFD, issue 17) ---------------------------------------
# Sources (read 2026-12-01 on the SFD Promotion Initiative's site, sfd.susana.org):
# - the SFD Manual, Volumes 1 and 2, version 2.0 (SFD Promotion Initiative / SuSanA;
#   "Version 2.0, July 2017" in FAQ 3, "last updated April 2018" on the copy read).
#   Volume 2 holds the SFD selection grid: its rows are the containment (A1-A7; B8-B11
#   for abandoned pits, failed toilets or containers and open defecation), its columns
#   what the containment is connected to ("List B along the top of the grid", FAQ 39;
#   codes C1-C10). The grid's page was not found in the copy read: cited by name.
# - the SFD FAQ (sfd.susana.org/knowledge/faq), numbered as in each page's address; the
#   site shows some under another number (21 is shown as 25, 41 also as 24):
#   21 "How do I work out what proportion of the wastewater or faecal sludge is being
#   treated?"; 24 "How do I estimate the risk of groundwater pollution?"; 28 "How do I
#   calculate the proportion of each system from which faecal sludge is emptied?"; 29
#   "Why are centralised and decentralised sewer systems specified separately?"; 30 "The
#   final percentages ... do not add up to 100%"; 39 containment connected to what the
#   grid does not list (classify by function); 41 "covered drains are referred to as
#   sewers".
# Numbers that are the plugin's choice say so (official=False).
SFD_MANUAL = "SFD Manual Vol. 1 & 2, v2.0 (SFD Promotion Initiative / SuSanA, 2017, rev. 2018)"
SFD_FAQ = "SFD FAQ (sfd.susana.org/knowledge/faq)"

# FAQ 21: "in the absence of specific data ... 0% where there is no treatment, 50% where
# there is 'some' level of treatment, and 95% where almost all the waste is being treated".
SFD_TREATMENT_GUIDING_PCT = (0.0, 50.0, 95.0)
SFD_TREATMENT_GUIDE_SOURCE = SFD_FAQ + " 21: nilai acuan 0 % (tidak diolah), 50 % (diolah sebagian), " \
                                       "95 % (hampir semua diolah)"
# What an IPLT treats of the sludge delivered to it: the middle guiding value until
# the kota's own figure (the IPLT's operating records) is entered.
SFD_IPLT_TREATED_PCT = Rule(50, SFD_TREATMENT_GUIDE_SOURCE + "; bawaan plugin: 50 %", official=False)
# What a city sewer's treatment plant treats of what reaches it.
SFD_SEWER_TREATED_PCT = Rule(50, SFD_TREATMENT_GUIDE_SOURCE + "; bawaan plugin: 50 %", official=False)
# The share of IPAL komunal that function: not in a household survey; set it from the
# KSM's operation records or a facility check (facilities, kind ipal, condition). FAQ 29:
# a decentralised sewer is modelled as a centralised one, with its own percentages.
SFD_IPAL_FUNCTIONING_PCT = Rule(
    50, SFD_TREATMENT_GUIDE_SOURCE + "; " + SFD_FAQ + " 29 (IPAL komunal: perpipaan terdesentralisasi, persentase "
        "sendiri); bawaan plugin: 50 % IPAL komunal berfungsi (isi dari catatan KPP/KSM)", official=False)
# FAQ 30: a gap of about 1 % is rounding; a larger one is an error in the input data.
SFD_CLOSURE_TOLERANCE_PCT = Rule(1, SFD_FAQ + " 30: jumlah semua bagian 100 % ± 1 % (selisih lebih besar = "
                                             "kesalahan data)")
# FAQ 41: any drain (saluran, got), open or covered, is "to open drain or storm sewer"
# (C6) and NOT contained.
SFD_DRAIN_IS_C6 = SFD_FAQ + " 41: saluran/got terbuka maupun tertutup = C6, tidak tertampung"
# FAQ 29: a communal plant's network is a decentralised sewer (C3/C4; foul sewer: C4).
SFD_IPAL_KOMUNAL_IS_C4 = SFD_FAQ + " 29: jaringan IPAL komunal = perpipaan terdesentralisasi, C4"
# FAQ 28: F3, the share of a system ever emptied, with a substantial amount of the sludge
# removed (more than unblocking or flushing out).
SFD_F3_SOURCE = SFD_FAQ + " 28: F3 = bagian yang pernah disedot (sebagian besar lumpur terangkat)"

# Groundwater pollution risk (T1 low, T2 significant; FAQ 24 and the SFD Graphic
# Generator's "Groundwater pollution risk estimation" helper, six questions: rock type
# of the unsaturated zone, depth to the water table, share of sanitation facilities
# < 10 m from groundwater sources, share uphill of them, share of drinking water from
# groundwater, water production technology). A workspace answers three: the RTs'
# groundwater depth, the households' well distances, their drinking-water sources. The
# helper's own scoring was not available; the thresholds are the plugin's: set your own.
SFD_SHALLOW_GROUNDWATER_M = Rule(
    5, SFD_MANUAL + ", risiko pencemaran air tanah: muka air tanah dangkal; ambang bawaan plugin 5 m",
    official=False)
SFD_NEAR_SOURCE_SHARE_PCT = Rule(
    25, SFD_MANUAL + ", risiko pencemaran air tanah: bagian sarana < 10 m dari sumber air tanah (SNI 03-2398-2002 "
        "10 m); ambang bawaan plugin 25 %", official=False)
SFD_GROUNDWATER_DRINKING_SHARE_PCT = Rule(
    25, SFD_MANUAL + ", risiko pencemaran air tanah: bagian air minum dari air tanah; ambang bawaan plugin 25 %",
    official=False)


# --- The draft action plan's first guess at who pays (issue 13) -----------------
# A drafted action names the funding a kota usually turns to for that option, so that the
# plan's totals by source mean something before the rembuk decides; the rembuk changes it.
# The DAK Fisik Bidang Sanitasi's regular menu funds SPALD-T at settlement scale (an
# IPAL komunal with its pipes) and SPALD-S (septic tanks, MCK); a connection to the kota's
# existing SPALD-T is the operator's, in the APBD.
DAK_SANITASI_MENU = ("Petunjuk Teknis DAK Fisik Bidang Sanitasi TA 2020, menu reguler: SPALD-T skala permukiman "
                     "dan SPALD-S; usulan awal CSIAP Planner, sumber dana ditetapkan rembuk (bukan ketentuan)")
DRAFT_FUNDING = {
    "ipal_komunal": "apbn_dak", "mck": "apbn_dak", "septic_shared": "apbn_dak", "septic_individual": "apbn_dak",
    "sewer_connection": "apbd",
}
DRAFT_FUNDING_SOURCE = Rule(0, DAK_SANITASI_MENU + "; sambungan ke SPALD-T yang ada: APBD (operator kota)",
                            official=False)


# --- The kabupaten/kota view across kelurahan (issue 18, csiap:consolidate) --------
# The kecamatan and kota Musrenbang take the kelurahan's proposal lists and set one order.
# Permendagri No. 86/2017 sets the procedure, not a ranking formula, and the priority
# scores are computed within each kelurahan (1-4 per criterion over its own locations), so
# a kelurahan of much the same RTs would lose every comparison of raw scores to one with
# a wide spread. The plugin's rule therefore goes round by round: every kelurahan's first
# proposal, then every second one, and so on (each kelurahan's own order, the rembuk's,
# kept), the proposals of a round ordered by their location's priority score.
KOTA_PRIORITY_LIST = Rule(
    0, "Aturan plugin CSIAP Planner (bukan ketentuan resmi): putaran demi putaran, usulan pertama tiap kelurahan, "
       "lalu usulan kedua tiap kelurahan, dan seterusnya (urutan daftar usulan Musrenbang kelurahan, yang "
       "disepakati rembuk, dipertahankan); dalam satu putaran menurut nilai prioritas lokasi (metode area berisiko, "
       "Pedoman Pemutakhiran SSK 2017, dihitung dalam kelurahannya), tertinggi lebih dulu, tanpa nilai terakhir; "
       "seri: KK penerima manfaat terbanyak, lalu kode Kemendagri dan nama kelurahan. Permendagri No. 86 Tahun "
       "2017 mengatur tata cara Musrenbang kecamatan/kota, bukan rumus peringkat",
    official=False)
