"""Screening the technical options at every RT, RW or candidate site of a workspace.

A location's conditions come from its own fields (groundwater, soil, slope,
water use, truck access, flooding, sewer nearby), its households and
density from the area indicators (or the registered count), and the land
available from its candidate sites, else the land the RT or RW records itself.
``core.screening`` decides; the result replaces the ``screening`` rows of that level.
"""

import datetime
import uuid

from ..core import schema
from ..core.areas import code_key
from ..core.screening import screen
from ..i18n import tr
from .options import catalogue_seed, read_catalogue
from .project import read_rows
from .storage import WorkspaceError, write_rows

# The site-condition fields, named as core.screening reads them.
CONDITION_NAMES = tuple(f.name for f in schema.CONDITION_FIELDS)
# Figures of the area indicators the starting matrix reads: density, and the hazards.
PLACE_FIGURES = ("density", "households_surveyed", "layak_households", "babs_households", "wells_near_septic")


def location_code(level, rw=None, rt=None, site=None):
    """"003" for an RW, "003/005" for an RT, the site's name (or id) for a site."""
    if level == "RW":
        return rw or ""
    if level == "RT":
        return "{}/{}".format(rw or "", rt or "")
    return site


def locations(path, level):
    """``[(code, rw, rt, conditions)]`` for every location of ``level`` (RT, RW or site)."""
    indicators = {(r.get("level"), r.get("rw"), r.get("rt")): r for r in read_rows(path, "area_indicators")}
    areas = {}
    for area_level in ("RW", "RT"):
        for row in read_rows(path, area_level.lower()):
            rw, rt = (row["code"], None) if area_level == "RW" else (row.get("rw"), row["code"])
            found = indicators.get((area_level, rw, rt), {})
            conditions = {n: row.get(n) for n in CONDITION_NAMES}
            # Registered households, else those surveyed; none surveyed is "unknown", not zero.
            conditions["households"] = row.get("households") or found.get("households_surveyed") or None
            conditions["density_class"] = found.get("density_class")
            # What the starting matrix derives its values from (core.starting).
            conditions["area_ha"] = found.get("area_ha") or row.get("area_ha")
            conditions["land_available_m2"] = row.get("land_available_m2")
            for name in PLACE_FIGURES:
                conditions[name] = found.get(name)
            areas[area_level, rw, rt] = conditions
    sites = read_rows(path, "candidate_sites")
    result = []
    if level in ("RT", "RW"):
        for (area_level, rw, rt), conditions in areas.items():
            if area_level != level:
                continue
            lands = [s.get("land_area_m2") for s in sites if s.get("land_status") != "private"
                     and s.get("rw") == rw and (level == "RW" or s.get("rt") == rt) and s.get("land_area_m2")]
            # A candidate site's land first; else the land the RT or RW records itself (its field).
            own = conditions.get("land_available_m2")
            conditions = dict(conditions, land_m2=max(lands) if lands else own,
                              land_source="site" if lands else ("area" if own else None))
            result.append((location_code(level, rw, rt), rw, rt, conditions))
    else:
        for site in sites:
            around = areas.get(("RT", site.get("rw"), site.get("rt"))) or areas.get(("RW", site.get("rw"), None)) or {}
            conditions = dict(around)
            for name in CONDITION_NAMES:
                if site.get(name) is not None:
                    conditions[name] = site[name]
            conditions["land_m2"], conditions["land_source"] = site.get("land_area_m2"), "site"
            result.append((location_code("site", site=site.get("name") or site["uuid"]), site.get("rw"),
                           site.get("rt"), conditions))
    return sorted(result, key=lambda item: code_key(item[0]))


def _value_text(value, language):
    """A required or actual value of a numeric or density rule (the yes/no rules have their own sentences)."""
    if isinstance(value, str):
        return schema.DENSITY_CLASS.label(value, language) or value
    return "{:g}".format(value)


def reason_text(exclusion, language):
    """"Land available (m²): needs at least 40, here 12 (assumed figure)"."""
    rule = exclusion.rule
    label = schema.SCREENING_RULE.label(rule, language)
    if rule == "flood_ok":
        text = tr("{rule}: the option does not suit a flood-prone place", language).format(rule=label)
    elif rule == "truck_access":
        text = tr("{rule}: needs a desludging truck to reach it; it cannot here", language).format(rule=label)
    elif rule == "needs_sewer":
        text = tr("{rule}: needs an existing off-site system nearby; there is none", language).format(rule=label)
    else:
        template = (tr("{rule}: at most {required}, here {actual}", language) if rule.startswith("max_")
                    else tr("{rule}: needs at least {required}, here {actual}", language))
        text = template.format(rule=label, required=_value_text(exclusion.required, language),
                               actual=_value_text(exclusion.actual, language))
    if exclusion.assumption:
        text += " " + tr("(assumed figure)", language)
    return text


def screen_workspace(path, level, language, feedback=None):
    """Screen every location of ``level``; store and return the rows."""
    if level not in ("RT", "RW", "site"):
        raise WorkspaceError(tr("The level must be RT, RW or site, not {level}.").format(level=level))
    places = locations(path, level)
    if not places:
        raise WorkspaceError(tr("The workspace has no {level} to screen yet.", language).format(level=level))
    catalogue = read_catalogue(path)
    computed_at = datetime.datetime.now().isoformat(timespec="seconds")
    rows = []
    for number, (code, rw, rt, conditions) in enumerate(places):
        if feedback is not None:
            if feedback.isCanceled():
                raise WorkspaceError(tr("Cancelled; the workspace was not changed."))
            feedback.setProgress(100.0 * number / len(places))
        for result in screen(conditions, catalogue):
            rows.append({
                "uuid": str(uuid.uuid4()), "location_level": level, "location_code": code, "rw": rw, "rt": rt,
                "option_code": result.option, "feasible": result.feasible,
                "excluded_by": ", ".join(e.rule for e in result.exclusions) or None,
                "reasons": "; ".join(reason_text(e, language) for e in result.exclusions) or None,
                "unchecked": ", ".join(schema.SCREENING_RULE.label(r, language) for r in result.unchecked) or None,
                "computed_at": computed_at})
    # The catalogue, first used here, is stored with the results: all or nothing.
    write_rows(path, dict(catalogue_seed(path), screening=rows), replace={"screening": ("location_level", level)})
    return rows
