"""Synthetic answers to the excreta-flow (SFD) questions for the sample's households.

``add_answers(row, rng)`` fills one synthetic household row, a dict keyed by the
survey CSV's columns as ``scripts/make_synthetic.py`` writes them (flat field names,
codes as values, "" for a question left blank), from the answers it already has
(toilet access, containment, year last emptied, standing water). The distributions
below are made up to look like a dense Jakarta kelurahan; they are not data, and the
row says so (``data_source = synthetic``). Deterministic for a seeded ``rng``.
"""

# (value, weight) by the containment the household already answered.
DISCHARGE = {
    "septic_tank": [("soak_pit", 42), ("drain", 42), ("no_outlet", 6), ("water_body", 5), ("dont_know", 5)],
    "pit": [("no_outlet", 55), ("soak_pit", 20), ("drain", 15), ("dont_know", 10)],
    "open_drain": [("drain", 70), ("water_body", 30)],
    "sewer": [("ipal_komunal", 95), ("drain", 5)],
    "unknown": [("drain", 40), ("dont_know", 35), ("water_body", 25)],
}
LINING = {
    "septic_tank": [("sealed", 42), ("open_bottom", 45), ("semi_permeable", 10), ("dont_know", 3)],
    "pit": [("unlined", 50), ("semi_permeable", 30), ("open_bottom", 20)],
}
NOT_EMPTIED = [("no", 92), ("dont_know", 8)]   # no year last emptied: never, or not known
EMPTIED_BY = [("public_truck", 35), ("private_truck", 50), ("manual", 15)]
DESTINATION = {
    "public_truck": [("iplt", 92), ("dont_know", 8)],
    "private_truck": [("iplt", 50), ("drain_river", 38), ("dont_know", 12)],
    "manual": [("buried", 55), ("drain_river", 45)],
}
# Where standing water is common around the house, containers flood more often.
FAILURE = {"yes": [("none", 85), ("toilet", 3), ("containment", 12)],
           "no": [("none", 94), ("toilet", 2), ("containment", 4)]}
UNANSWERED = 0.03   # each new question left blank this often, as in make_synthetic.py
COLUMNS = ("discharge", "containment_lining", "emptied", "emptied_by", "sludge_destination", "failure")


def _pick(rng, choices):
    values, weights = zip(*choices)
    return rng.choices(values, weights)[0]


def add_answers(row, rng):
    """Fill ``row``'s SFD columns in place (and return it); a household without a
    toilet, or whose toilet access is unanswered, answers none of them."""
    answers = dict.fromkeys(COLUMNS, "")
    access = row.get("toilet_access") or ""
    if access and access != "none":
        containment = row.get("containment") or "unknown"
        answers["discharge"] = _pick(rng, DISCHARGE.get(containment, DISCHARGE["unknown"]))
        answers["failure"] = _pick(rng, FAILURE["yes" if row.get("standing_water") == "yes" else "no"])
        if containment in LINING:
            answers["containment_lining"] = _pick(rng, LINING[containment])
            if row.get("last_desludged_year") not in (None, ""):
                answers["emptied"] = "yes"
            else:
                answers["emptied"] = _pick(rng, NOT_EMPTIED)
            if answers["emptied"] == "yes":
                answers["emptied_by"] = _pick(rng, EMPTIED_BY)
                answers["sludge_destination"] = _pick(rng, DESTINATION[answers["emptied_by"]])
    for name in COLUMNS:
        if answers[name] and rng.random() < UNANSWERED:
            answers[name] = ""
    row.update(answers)
    row["data_source"] = "synthetic"
    return row
