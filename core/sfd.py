"""The excreta flow diagram (SFD) of an area, from its households' answers. Pure Python.

Method: the SFD Manual, Volumes 1 and 2, v2.0 (SFD Promotion Initiative / SuSanA), and
the SFD FAQ on sfd.susana.org (questions 21, 24, 28, 29, 30, 39, 41, numbered as in
their addresses); ``core.reference`` (block "Excreta flow diagram") quotes each rule
and its source. The page of the Manual's selection grid was not found in the copy
read: it is cited by name.

1. Each household falls into one cell of the Manual's selection grid, e.g. ``T1A2C5``
   (``grid_cell``): T, the area's groundwater pollution risk (T1 low, T2 significant;
   FAQ 24); A, its containment (the grid's rows A1-A7; B9, B10 for a failed toilet or
   container, B11 open defecation: ``T1B11``); C, what it is connected to (the grid's
   List B, C1-C10), judged by how it works, not what it is called (FAQ 39). Any drain
   (saluran, got), open or covered, is C6 (FAQ 41); an IPAL komunal's network is a
   decentralised sewer, C4 (FAQ 29). "Tidak tahu" where the toilet's water goes is C9,
   the grid's own cell for it. Abandoned pits (A7, B8) are not asked.
2. A household whose answers do not decide its cell or the fate of its sludge (a
   question left blank, or "tidak tahu" where the grid has no cell for it) counts in
   the ``UNKNOWN`` share, shown as such: it never lands in a known cell.
3. Shares are of people: each household weighs its members (one without the answer
   weighs the area's mean household size; how many did is in the summary beside the diagram).
4. The flows: wastewater contained in a sewer (A1 with C1-C4), delivered and treated;
   wastewater not contained (A1 to a drain, water, the ground); faecal sludge of an
   on-site container (A2-A6) contained or not, emptied (F3, FAQ 28) or not, delivered
   to an IPLT or dumped, treated or not; open defecation and failed toilets (B9-B11).
   Safely managed: wastewater treated, sludge treated, and sludge contained and not
   emptied (it stays where it is without reaching anyone).
5. What a survey cannot tell (the share an IPLT treats, FAQ 21's guiding values 0, 50,
   95 %; the share of IPAL komunal that function; the city sewer's plant) comes from
   ``Assumptions``, each with its default and source, listed by ``assumption_register``.
6. The shares close to 100 % within 1 % (FAQ 30), or ``SfdError`` names what does not
   add up. An area with fewer surveyed households than the project's rule
   (``reference.MIN_SURVEYED_HOUSEHOLDS``, as ``core.indicators``) gets no diagram.
"""

from collections import Counter
from dataclasses import dataclass, field, fields
from typing import Dict, List, Optional

from . import reference, schema
from .schema import Label

UNKNOWN = "unknown"
T1, T2 = "T1", "T2"

# List C of the selection grid: the discharge answer's code → the grid's C.
DISCHARGE_C = {
    "city_sewer": "C2",      # centralised foul/separate sewer
    "ipal_komunal": "C4",    # decentralised foul/separate sewer (FAQ 29)
    "soak_pit": "C5",
    "drain": "C6",           # open or covered (FAQ 41)
    "water_body": "C7",
    "open_ground": "C8",
    "dont_know": "C9",
    "no_outlet": "C10",
}
SEWER_C = ("C1", "C2", "C3", "C4")
CITY_SEWER_C = ("C1", "C2")
# Discharges through which a container's liquid soaks into the ground.
INFILTRATING_C = ("C5",)
# List A: open-bottomed containers, which leak into the ground whatever their outlet.
INFILTRATING_A = ("A4", "A5", "A6")
NOT_CONTAINED_C = ("C6", "C7", "C8", "C9")
FAILED_OR_OPEN = ("B9", "B10", "B11")
GROUNDWATER_SOURCES = ("borehole", "protected_well", "unprotected_well", "spring")
OWN_WELLS = ("borehole", "protected_well", "unprotected_well")

# The answers each step reads; "unknown_reasons" counts the first one missing.
ANSWERS = ("toilet_access", "failure", "containment", "discharge", "containment_lining", "emptied",
           "sludge_destination")


class SfdError(ValueError):
    """A diagram that cannot be made; ``reason`` (a Label, with ``values``) says why."""

    def __init__(self, reason, **values):
        self.reason, self.values = reason, values
        super().__init__(self.text("en"))

    def text(self, language):
        # A value may itself be a Label (what does not add up, which assumption): in the same language.
        return self.reason.text(language).format(**{k: v.text(language) if isinstance(v, Label) else v
                                                    for k, v in self.values.items()})


NOT_CLOSED = Label("SFD {code} tidak genap: {part} berjumlah {total:.2f} %, bukan {whole:.2f} % (batas ±{tolerance:g} "
                   "%, FAQ SFD 30: periksa data masukan).",
                   "The SFD of {code} does not close: {part} add up to {total:.2f} %, not {whole:.2f} % (limit "
                   "±{tolerance:g} %, SFD FAQ 30: check the input data).")
BAD_ASSUMPTION = Label("Asumsi \"{name}\" harus antara 0 dan 100 (kedalaman: tidak negatif), bukan {value:g}.",
                       "The assumption \"{name}\" must lie between 0 and 100 (the depth: not negative), not {value:g}.")
BAD_MEMBERS = Label("Rumah tangga {household}: jumlah anggota {members} tidak bisa dipakai sebagai bobot.",
                    "Household {household}: {members} members cannot weigh its share.")
THIN = Label("Data terlalu sedikit: {count} KK disurvei, minimal {minimum} (aturan plugin). Survei lebih banyak KK "
             "dulu; tidak ada diagram.",
             "Too little data: {count} households surveyed, fewer than {minimum} (the plugin's rule). Survey more "
             "households first; no diagram.")
NO_ANSWERS = Label("Belum ada KK yang menjawab pertanyaan SFD (ke mana air jamban dialirkan, penyedotan); "
                   "tidak ada diagram.",
                   "No household has answered the SFD questions yet (where the toilet discharges, emptying); "
                   "no diagram.")


@dataclass(frozen=True)
class Assumption:
    name: str
    label: Label
    value: float
    source: str
    official: bool


@dataclass(frozen=True)
class Assumptions:
    """What a household survey cannot tell, in percent; defaults and sources in core.reference."""

    iplt_treated_pct: float = reference.SFD_IPLT_TREATED_PCT.value
    sewer_treated_pct: float = reference.SFD_SEWER_TREATED_PCT.value
    ipal_functioning_pct: float = reference.SFD_IPAL_FUNCTIONING_PCT.value
    shallow_groundwater_m: float = reference.SFD_SHALLOW_GROUNDWATER_M.value
    near_source_share_pct: float = reference.SFD_NEAR_SOURCE_SHARE_PCT.value
    groundwater_drinking_share_pct: float = reference.SFD_GROUNDWATER_DRINKING_SHARE_PCT.value

    def check(self):
        for f in fields(self):
            value = getattr(self, f.name)
            # Shares lie in 0..100 %; the depth is in metres, only never negative.
            if value < 0 or (f.name != "shallow_groundwater_m" and value > 100):
                raise SfdError(BAD_ASSUMPTION, name=ASSUMPTION_LABELS[f.name], value=value)
        return self


DEFAULTS = Assumptions()

ASSUMPTION_LABELS = {
    "iplt_treated_pct": Label("Lumpur tinja yang diolah di IPLT (% dari yang sampai)",
                              "Sludge treated at the IPLT (% of what it receives)"),
    "sewer_treated_pct": Label("Air limbah yang diolah IPAL kota (% dari yang sampai)",
                               "Wastewater treated by the city sewer's plant (% of what it receives)"),
    "ipal_functioning_pct": Label("IPAL komunal yang berfungsi (%)", "IPAL komunal that function (%)"),
    "shallow_groundwater_m": Label("Muka air tanah dangkal bila kurang dari (m)",
                                   "Groundwater counts as shallow under (m)"),
    "near_source_share_pct": Label("Risiko bila sarana < 10 m dari sumur paling sedikit (% KK)",
                                   "Significant risk where wells < 10 m from a container reach (% of households)"),
    "groundwater_drinking_share_pct": Label("Air tanah sebagai air minum paling sedikit (% jiwa)",
                                            "Groundwater used for drinking by at least (% of people)"),
}
ASSUMPTION_SOURCES = {
    "iplt_treated_pct": reference.SFD_IPLT_TREATED_PCT,
    "sewer_treated_pct": reference.SFD_SEWER_TREATED_PCT,
    "ipal_functioning_pct": reference.SFD_IPAL_FUNCTIONING_PCT,
    "shallow_groundwater_m": reference.SFD_SHALLOW_GROUNDWATER_M,
    "near_source_share_pct": reference.SFD_NEAR_SOURCE_SHARE_PCT,
    "groundwater_drinking_share_pct": reference.SFD_GROUNDWATER_DRINKING_SHARE_PCT,
}


def assumption_register(assumptions):
    """``[Assumption]``: every parameter used, its value, source, and whether it is the default."""
    rows = []
    for name, label in ASSUMPTION_LABELS.items():
        rule = ASSUMPTION_SOURCES[name]
        value = getattr(assumptions, name)
        source = rule.source if value == rule.value else "Nilai pengguna (user value); acuan: " + rule.source
        rows.append(Assumption(name, label, value, source, rule.official))
    return rows


# --- Groundwater pollution risk ---------------------------------------------------

@dataclass(frozen=True)
class GroundwaterRisk:
    """The area's T (T1/T2), the helper's three answers, and whether T was assumed."""

    code: str
    depth_m: Optional[float]
    near_source_pct: Optional[float]
    groundwater_drinking_pct: Optional[float]
    assumed: bool = False


def groundwater_risk(households, depths, assumptions=DEFAULTS):
    """T2 where groundwater is drunk (at least the threshold share of people) and either
    the water table is shallow (the shallowest RT of the area) or enough households
    have their well under 10 m from their container; T1 where groundwater is not drunk,
    or where both are known and neither holds. Where the answers cannot tell (no water
    source answered, or groundwater drunk and the depth or the distances unknown), T2 is
    assumed, the precaution, and says so (``assumed``)."""
    drinking = answered = 0.0
    onsite = near = 0
    for household in households:
        weight = _weight(household, 1.0)
        source = household.get("water_source")
        if source is not None:
            answered += weight
            drinking += weight * (source in GROUNDWATER_SOURCES)
        if household.get("containment") in schema.ONSITE_CONTAINMENT:
            onsite += 1
            distance = household.get("well_distance_m")
            near += (household.get("water_source") in OWN_WELLS and distance is not None
                     and float(distance) < reference.WELL_TO_SEPTIC_MIN_M.value)
    known_depths = [float(d) for d in depths if d is not None]
    depth = min(known_depths) if known_depths else None
    drinking_pct = 100.0 * drinking / answered if answered else None
    near_pct = 100.0 * near / onsite if onsite else None
    if drinking_pct is None:
        return GroundwaterRisk(T2, depth, near_pct, None, assumed=True)
    if drinking_pct < assumptions.groundwater_drinking_share_pct:
        return GroundwaterRisk(T1, depth, near_pct, drinking_pct)
    shallow = None if depth is None else depth < assumptions.shallow_groundwater_m
    close = None if near_pct is None else near_pct >= assumptions.near_source_share_pct
    if shallow or close:
        return GroundwaterRisk(T2, depth, near_pct, drinking_pct)
    if shallow is None or close is None:
        return GroundwaterRisk(T2, depth, near_pct, drinking_pct, assumed=True)
    return GroundwaterRisk(T1, depth, near_pct, drinking_pct)


# --- A household's cell and the fate of its excreta -----------------------------------

@dataclass(frozen=True)
class Fate:
    """Where a household's excreta go: its cell, and the flow it ends in (one of FATES),
    or ``UNKNOWN`` with the first answer missing (``missing``)."""

    cell: str
    fate: str
    missing: Optional[str] = None


FATES = ("ww_treated", "ww_not_treated", "ww_not_contained", "fs_contained_not_emptied", "fs_contained_treated",
         "fs_contained_not_treated", "fs_contained_not_delivered", "fs_not_contained_not_emptied",
         "fs_not_contained_treated", "fs_not_contained_not_treated", "fs_not_contained_not_delivered",
         "open_defecation", UNKNOWN)


def _unknown(missing):
    return Fate(UNKNOWN, UNKNOWN, missing)


def _emptied(household):
    answer = household.get("emptied")
    if answer is None and household.get("last_desludged_year") is not None:
        return "yes"   # the year it was last emptied answers "ever emptied" (older surveys lack the question)
    return answer


def grid_cell(household, risk):
    """The household's selection-grid cell ("T1A2C5", "T2B11"), or ``UNKNOWN``."""
    return household_fate(household, risk, sludge=False).cell


def household_fate(household, risk, sludge=True):
    """The household's ``Fate`` (``sludge=False``: decide the cell only)."""
    access = household.get("toilet_access")
    if access is None:
        return _unknown("toilet_access")
    if access == "none" or household.get("toilet_type") == "none":
        return Fate(risk + "B11", "open_defecation")
    failure = household.get("failure")
    if failure is None:
        return _unknown("failure")
    if failure in ("toilet", "containment"):
        return Fate(risk + ("B9" if failure == "toilet" else "B10"), "open_defecation")
    containment = household.get("containment")
    if containment in (None, "unknown"):
        return _unknown("containment")
    discharge = household.get("discharge")
    if discharge not in DISCHARGE_C:
        return _unknown("discharge")
    c = DISCHARGE_C[discharge]
    if containment in ("sewer", "open_drain"):
        a = "A1"
    else:
        lining = household.get("containment_lining")
        a = {"sealed": "A2" if containment == "septic_tank" else "A3", "open_bottom": "A4",
             "semi_permeable": "A5", "unlined": "A6"}.get(lining)
        if a is None:
            return _unknown("containment_lining")
    cell = risk + a + c
    if a == "A1":
        if c in SEWER_C:
            return Fate(cell, "ww_treated")   # split by the plant's share in the flows
        return Fate(cell, "ww_not_contained")
    contained = c not in NOT_CONTAINED_C and not (risk == T2 and (a in INFILTRATING_A or c in INFILTRATING_C))
    prefix = "fs_contained_" if contained else "fs_not_contained_"
    if not sludge:
        return Fate(cell, prefix)
    emptied = _emptied(household)
    if emptied not in ("yes", "no"):
        return _unknown("emptied")
    if emptied == "no":
        return Fate(cell, prefix + "not_emptied")
    destination = household.get("sludge_destination")
    if destination in (None, "dont_know"):
        return _unknown("sludge_destination")
    if destination != "iplt":
        return Fate(cell, prefix + "not_delivered")
    return Fate(cell, prefix + "treated")   # split by the IPLT's share in the flows


# --- The diagram of an area -----------------------------------------------------------

FLOW_LABELS = {
    "safe": Label("Dikelola aman", "Safely managed"),
    "unsafe": Label("Tidak dikelola aman", "Not safely managed"),
    UNKNOWN: Label("Tidak diketahui (jawaban kosong)", "Unknown (answers missing)"),
    "ww_contained": Label("Air limbah tertampung (perpipaan)", "Wastewater contained (sewer)"),
    "ww_delivered": Label("Air limbah sampai ke IPAL", "Wastewater delivered to treatment"),
    "ww_treated": Label("Air limbah diolah", "Wastewater treated"),
    "ww_not_treated": Label("Air limbah tidak diolah", "Wastewater not treated"),
    "ww_not_contained": Label("Air limbah tidak tertampung", "Wastewater not contained"),
    "fs_contained": Label("Lumpur tinja tertampung", "Faecal sludge contained"),
    "fs_not_contained": Label("Lumpur tinja tidak tertampung", "Faecal sludge not contained"),
    "fs_contained_not_emptied": Label("Tertampung, tidak disedot", "Contained, not emptied"),
    "fs_contained_emptied": Label("Tertampung, disedot", "Contained, emptied"),
    "fs_not_contained_emptied": Label("Tidak tertampung, disedot", "Not contained, emptied"),
    "fs_not_contained_not_emptied": Label("Tidak tertampung, tidak disedot", "Not contained, not emptied"),
    "fs_emptied": Label("Lumpur tinja disedot", "Faecal sludge emptied"),
    "fs_delivered": Label("Lumpur tinja sampai ke IPLT", "Faecal sludge delivered to treatment"),
    "fs_not_delivered": Label("Lumpur tinja dibuang (tidak sampai IPLT)", "Faecal sludge not delivered to treatment"),
    "fs_treated": Label("Lumpur tinja diolah", "Faecal sludge treated"),
    "fs_not_treated": Label("Lumpur tinja tidak diolah", "Faecal sludge not treated"),
    "open_defecation": Label("BABS / jamban atau tangki rusak", "Open defecation / failed toilet or container"),
    "fs_contained_delivered": Label("Tertampung, sampai ke IPLT", "Contained, delivered to treatment"),
    "fs_contained_not_delivered": Label("Tertampung, disedot lalu dibuang", "Contained, emptied and dumped"),
    "fs_contained_treated": Label("Tertampung, diolah", "Contained, treated"),
    "fs_contained_not_treated": Label("Tertampung, sampai IPLT tetapi tidak diolah",
                                      "Contained, delivered but not treated"),
    "fs_not_contained_delivered": Label("Tidak tertampung, sampai ke IPLT", "Not contained, delivered to treatment"),
    "fs_not_contained_not_delivered": Label("Tidak tertampung, disedot lalu dibuang",
                                            "Not contained, emptied and dumped"),
    "fs_not_contained_treated": Label("Tidak tertampung, diolah", "Not contained, treated"),
    "fs_not_contained_not_treated": Label("Tidak tertampung, sampai IPLT tetapi tidak diolah",
                                          "Not contained, delivered but not treated"),
}
UNKNOWN_REASON_LABELS = {name: schema.layer("households").field(name).alias for name in ANSWERS}


@dataclass
class AreaSfd:
    """The SFD of one area: ``cells`` and ``flows`` in percent of its people."""

    level: str
    code: str
    name: str
    households: int
    people: float
    risk: Optional[GroundwaterRisk] = None
    thin: bool = False
    reason: Optional[Label] = None
    reason_values: dict = field(default_factory=dict)
    cells: Dict[str, float] = field(default_factory=dict)
    cell_households: Dict[str, int] = field(default_factory=dict)
    flows: Dict[str, float] = field(default_factory=dict)
    unknown_reasons: Dict[str, float] = field(default_factory=dict)
    matrix: List[dict] = field(default_factory=list)
    imputed_members: int = 0
    mean_members: Optional[float] = None
    assumptions: Optional["Assumptions"] = None
    # Drawn with the action plan's options applied (workspace.sfd, after_the_plan).
    after_plan: bool = False

    @property
    def drawable(self):
        return self.reason is None

    def reason_text(self, language):
        return self.reason.text(language).format(**self.reason_values) if self.reason else ""


def _weight(household, default):
    members = household.get("members")
    return default if members is None else float(members)


def area_sfd(households, level, code, name="", depths=(), assumptions=DEFAULTS,
             min_surveyed=reference.MIN_SURVEYED_HOUSEHOLDS.value):
    """The ``AreaSfd`` of one area from its households (mappings of schema field names,
    None where unanswered) and the groundwater depths of its RTs."""
    assumptions.check()
    households = list(households)
    result = AreaSfd(level, code, name, len(households), 0.0, assumptions=assumptions)
    if len(households) < min_surveyed:
        result.thin, result.reason = True, THIN
        result.reason_values = {"count": len(households), "minimum": int(min_surveyed)}
        return result
    for number, household in enumerate(households, 1):
        members = household.get("members")
        if members is not None and float(members) < 0:
            raise SfdError(BAD_MEMBERS, household=household.get("uuid") or number, members=members)
    known = [float(h["members"]) for h in households if h.get("members") is not None]
    # Without its size a household weighs the area's mean; none known: every household the same.
    mean = sum(known) / len(known) if known else 1.0
    result.mean_members = mean if known else None
    result.imputed_members = len(households) - len(known)
    risk = groundwater_risk(households, depths, assumptions)
    result.risk = risk

    people = Counter()
    cell_households = Counter()
    fates = Counter()
    missing = Counter()
    for household in households:
        weight = _weight(household, mean)
        fate = household_fate(household, risk.code)
        people[fate.cell] += weight
        cell_households[fate.cell] += 1
        fates[fate.fate] += weight
        if fate.missing:
            missing[fate.missing] += weight
    total = sum(people.values())
    result.people = total
    if total <= 0:
        result.reason = NO_ANSWERS
        return result
    if set(people) == {UNKNOWN}:
        result.reason = NO_ANSWERS
        return result

    def pct(value):
        return 100.0 * value / total

    result.cells = {cell: pct(n) for cell, n in sorted(people.items(), key=lambda i: _cell_key(i[0]))}
    result.cell_households = dict(cell_households)
    result.unknown_reasons = {name: pct(missing[name]) for name in ANSWERS if missing[name]}
    result.flows = _flows({k: pct(v) for k, v in fates.items()}, people, total, risk.code, assumptions)
    result.matrix = _matrix(households, risk.code, mean, total, assumptions)
    check_closure(result)
    return result


def _sewer_treated_share(people, risk, assumptions):
    """The share of sewered wastewater treated: city sewer cells at the plant's share,
    IPAL komunal cells at the share of IPAL komunal that function."""
    city = sum(n for cell, n in people.items() if cell.startswith(risk + "A1") and cell.endswith(CITY_SEWER_C))
    communal = sum(n for cell, n in people.items()
                   if cell.startswith(risk + "A1") and cell[len(risk) + 2:] in ("C3", "C4"))
    if city + communal == 0:
        return 0.0
    return (city * assumptions.sewer_treated_pct + communal * assumptions.ipal_functioning_pct) / (
        100.0 * (city + communal))


def _flows(by_fate, people, total, risk, assumptions):
    f = Counter(by_fate)
    sewered = f["ww_treated"]   # every A1C1-C4 household so far
    treated_share = _sewer_treated_share(people, risk, assumptions)
    iplt = assumptions.iplt_treated_pct / 100.0
    flows = {
        "ww_contained": sewered,
        "ww_delivered": sewered,   # a sewer delivers what it carries to its plant
        "ww_treated": sewered * treated_share,
        "ww_not_treated": sewered * (1 - treated_share),
        "ww_not_contained": f["ww_not_contained"],
    }
    for kind in ("contained", "not_contained"):
        delivered = f["fs_{}_treated".format(kind)]
        flows["fs_{}_delivered".format(kind)] = delivered
        flows["fs_{}_treated".format(kind)] = delivered * iplt
        flows["fs_{}_not_treated".format(kind)] = delivered * (1 - iplt)
        flows["fs_{}_not_delivered".format(kind)] = f["fs_{}_not_delivered".format(kind)]
        flows["fs_{}_not_emptied".format(kind)] = f["fs_{}_not_emptied".format(kind)]
        flows["fs_{}_emptied".format(kind)] = delivered + f["fs_{}_not_delivered".format(kind)]
        flows["fs_" + kind] = flows["fs_{}_emptied".format(kind)] + flows["fs_{}_not_emptied".format(kind)]
    for part in ("emptied", "delivered", "treated", "not_treated", "not_delivered"):
        flows["fs_" + part] = flows["fs_contained_" + part] + flows["fs_not_contained_" + part]
    flows["open_defecation"] = f["open_defecation"]
    flows[UNKNOWN] = f[UNKNOWN]
    flows["safe"] = flows["ww_treated"] + flows["fs_contained_not_emptied"] + flows["fs_treated"]
    flows["unsafe"] = (flows["ww_not_treated"] + flows["ww_not_contained"] + flows["fs_not_contained_not_emptied"]
                       + flows["fs_not_delivered"] + flows["fs_not_treated"] + flows["open_defecation"])
    return flows


def check_closure(sfd, tolerance=reference.SFD_CLOSURE_TOLERANCE_PCT.value):
    """Every split of the diagram adds up to its whole within ``tolerance`` points (FAQ 30)."""
    f = sfd.flows
    parts = (
        (Label("sel-sel", "the cells"), sum(sfd.cells.values()), 100.0),
        (Label("aman + tidak aman + tidak diketahui", "safe + unsafe + unknown"),
         f["safe"] + f["unsafe"] + f[UNKNOWN], 100.0),
        (Label("air limbah, lumpur tinja, BABS, tidak diketahui", "wastewater, sludge, open defecation, unknown"),
         f["ww_contained"] + f["ww_not_contained"] + f["fs_contained"] + f["fs_not_contained"]
         + f["open_defecation"] + f[UNKNOWN], 100.0),
        (Label("lumpur tinja disedot", "sludge emptied"), f["fs_delivered"] + f["fs_not_delivered"], f["fs_emptied"]),
        (Label("lumpur tinja sampai IPLT", "sludge delivered"), f["fs_treated"] + f["fs_not_treated"],
         f["fs_delivered"]),
        (Label("air limbah sampai IPAL", "wastewater delivered"), f["ww_treated"] + f["ww_not_treated"],
         f["ww_delivered"]),
    )
    for part, total, whole in parts:
        if abs(total - whole) > tolerance or any(v < -1e-9 for v in f.values()):
            raise SfdError(NOT_CLOSED, part=part, code=sfd.code, whole=whole, total=total, tolerance=tolerance)
    return True


def _matrix(households, risk, mean, total, assumptions):
    """One row a cell: the SFD matrix (p, and F3/F4/F5 or W4/W5, in percent)."""
    rows = {}
    for household in households:
        fate = household_fate(household, risk)
        if fate.cell == UNKNOWN:
            continue
        row = rows.setdefault(fate.cell, Counter())
        weight = _weight(household, mean)
        row["people"] += weight
        row["households"] += 1
        if fate.fate.startswith("fs_"):
            row["onsite"] += weight
            if fate.fate.endswith(("_treated", "_not_delivered")):
                row["emptied"] += weight
            if fate.fate.endswith("_treated"):
                row["delivered"] += weight
    out = []
    for cell in sorted(rows, key=_cell_key):
        row = rows[cell]
        entry = {"cell": cell, "households": row["households"], "p": 100.0 * row["people"] / total,
                 "F3": None, "F4": None, "F5": None, "W4": None, "W5": None}
        if row["onsite"]:
            entry["F3"] = 100.0 * row["emptied"] / row["onsite"]
            entry["F4"] = 100.0 * row["delivered"] / row["emptied"] if row["emptied"] else 0.0
            entry["F5"] = assumptions.iplt_treated_pct if row["delivered"] else 0.0
        elif cell[len(risk):].startswith("A1") and cell.endswith(SEWER_C):
            entry["W4"] = 100.0
            entry["W5"] = assumptions.sewer_treated_pct if cell.endswith(CITY_SEWER_C) else \
                assumptions.ipal_functioning_pct
        out.append(entry)
    out.append({"cell": UNKNOWN, "households": sum(1 for h in households if household_fate(h, risk).cell == UNKNOWN),
                "p": 100.0 * sum(_weight(h, mean) for h in households if household_fate(h, risk).cell == UNKNOWN)
                / total, "F3": None, "F4": None, "F5": None, "W4": None, "W5": None})
    return out


def _cell_key(cell):
    """T, then A before B, then the numbers: T1A2C5 before T1A2C10 before T1B11; unknown last."""
    import re

    if cell == UNKNOWN:
        return (2, 0, 0)
    match = re.match(r"T(\d)([AB])(\d+)(?:C(\d+))?$", cell)
    if not match:
        return (1, 0, 0)
    return (0, int(match.group(1)), match.group(2), int(match.group(3)), int(match.group(4) or 0))


def unsafe_share(sfd):
    """The share (0..1) of people whose excreta are not safely managed, of those whose
    fate is known; None where the area has no diagram (thin, or no answers)."""
    if not sfd.drawable:
        return None
    known = 100.0 - sfd.flows[UNKNOWN]
    if known <= 1e-9:
        return None
    return min(1.0, max(0.0, sfd.flows["unsafe"] / known))   # kept in 0..1 against rounding


# --- After the action plan ---------------------------------------------------------------
# What an option of the plan (core.options) makes of a household it serves: a new
# septic tank is sealed, to a soak pit, not yet emptied; a toilet block's users share
# one; a sewer connection discharges to the IPAL komunal (C4) or the city sewer (C2),
# whose share treated stays an assumption of the register. Households whose fate is
# unknown stay unknown: a plan does not answer the survey.
NEW_TANK = {"containment": "septic_tank", "containment_lining": "sealed", "discharge": "soak_pit", "emptied": "no",
            "sludge_destination": None, "failure": "none"}
PLAN_OPTIONS = {
    "sewer_connection": {"containment": "sewer", "discharge": "city_sewer", "failure": "none"},
    "ipal_komunal": {"containment": "sewer", "discharge": "ipal_komunal", "failure": "none"},
    "septic_individual": dict(NEW_TANK),
    "septic_shared": dict(NEW_TANK),
    "mck": dict(NEW_TANK, toilet_access="public", toilet_type="flush"),
}
# Which household each option serves, by its fate now.
SEWERED = ("ww_treated",)
NOT_CONTAINED = ("ww_not_contained", "fs_not_contained_not_emptied", "fs_not_contained_not_delivered",
                 "fs_not_contained_treated", "open_defecation")


def _served(option, fate):
    if fate.fate == UNKNOWN:
        return False
    if option in ("sewer_connection", "ipal_komunal"):
        return fate.fate not in SEWERED            # every household in the service area is connected
    if option == "mck":
        return fate.cell.endswith("B11")           # a toilet block for those without a toilet
    return fate.fate in NOT_CONTAINED              # a new tank where excreta are not contained now


def after_plan(household, options, risk):
    """The household as the plan leaves it: the first of ``options`` (in the order of
    ``PLAN_OPTIONS``) that serves it, applied; or the household unchanged."""
    fate = household_fate(household, risk)
    for option in PLAN_OPTIONS:
        if option in options and _served(option, fate):
            changed = dict(household, **PLAN_OPTIONS[option])
            if changed.get("toilet_access") in (None, "none"):
                changed["toilet_access"], changed["toilet_type"] = "own", "flush"   # connected with a toilet
            if changed.get("toilet_type") in (None, "none"):
                changed["toilet_type"] = "flush"
            return changed
    return household
