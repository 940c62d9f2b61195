"""`make demo`: run the main job on the bundled sample kelurahan, into ./demo/.

Workspace → RW (real, OSM) → RT (synthetic) → household and problem surveys
(synthetic, KoboToolbox-style CSV) → attach to RT/RW → indicators and the
sanitation risk index per RT → technical options screened and scored (a
synthetic rembuk session, AHP weights) → process records (synthetic meetings,
institutions, seasonal calendar, stages, KSM) drawn and tabled → the excreta
flow diagram (SFD) of each RW in ./demo/sfd/ → which RTs first (SSK area
berisiko), the order a synthetic rembuk agreed (an RT moved up, each change with
its reason) → the draft action plan, the Musrenbang proposal list and the RKM draft
in ./demo/usulan/ → the CSIAP annex (maps with a page per RW, the SFDs, tables,
the annex document) in ./demo/lampiran/.
"""

import os
import sys

from qgis_app import ROOT, start

SAMPLE = os.path.join(ROOT, "sample")
GPKG = os.path.join(SAMPLE, "pondok_pinang.gpkg")


def step(title, result, keys):
    print("{:<34} {}".format(title, ", ".join("{}={}".format(k, result[k]) for k in keys)))


def main(folder):
    start()
    import processing

    folder = os.path.abspath(folder)
    os.makedirs(folder, exist_ok=True)
    workspace = os.path.join(folder, "pondok_pinang.gpkg")
    result = processing.run("csiap:createworkspace", {
        "KELURAHAN": "Pondok Pinang", "KECAMATAN": "Kebayoran Lama",
        "KOTA_KABUPATEN": "Kota Administrasi Jakarta Selatan", "PROVINSI": "DKI Jakarta",
        "BOUNDARY": GPKG + "|layername=kelurahan", "LANGUAGE": 0, "OUTPUT": workspace, "OVERWRITE": True})
    print("Workspace: {}\nProject:   {}".format(result["OUTPUT"], result["PROJECT"]))
    result = processing.run("csiap:importboundaries", {
        "INPUT": GPKG + "|layername=rw", "LEVEL": 0, "CODE_FIELD": "RW", "KELURAHAN_FIELD": "KEL_NAME",
        "CONDITION_MAPPING": "flood_prone=FLOODPRONE",
        "WORKSPACE": workspace, "REPORT": os.path.join(folder, "import_rw.html")})
    step("RW (real, © OpenStreetMap):", result, ("INPUT_COUNT", "IMPORTED", "REJECTED_COUNT", "DEFECT_COUNT"))
    result = processing.run("csiap:importboundaries", {
        "INPUT": GPKG + "|layername=rt_synthetic", "LEVEL": 1, "CODE_FIELD": "RT", "RW_FIELD": "RW",
        "HOUSEHOLDS_FIELD": "JUMLAH_KK", "POPULATION_FIELD": "JUMLAH_JIWA",
        "CONDITION_MAPPING": "flood_prone=FLOODPRONE; groundwater_depth_m=AIR_TANAH_M; "
                             "truck_access=AKSES_TRUK; sewer_nearby=SPALD_T; permeability_cm_h=PERMEABILITAS_CM_JAM; "
                             "slope_pct=KEMIRINGAN_PCT; water_lpcd=AIR_L_ORANG_HARI",
        "WORKSPACE": workspace, "REPORT": os.path.join(folder, "import_rt.html")})
    step("RT (synthetic):", result, ("INPUT_COUNT", "IMPORTED", "REJECTED_COUNT", "DEFECT_COUNT"))
    print("{:<34} {} RT".format("RT land available (synthetic):", load_rt_land(workspace)))
    result = processing.run("csiap:importcontext", {
        "INPUT": GPKG + "|layername=kelurahan_kebayoran_lama", "NAME_FIELD": "KEL_NAME2",
        "KECAMATAN_FIELD": "KEC_NAME_1", "WORKSPACE": workspace})
    step("Surrounding kelurahan (real):", result, ("AREAS", "KECAMATAN"))
    for target, name in ((0, "survey_households_synthetic.csv"), (1, "survey_problems_synthetic.csv")):
        result = processing.run("csiap:importsurvey", {
            "INPUT": os.path.join(SAMPLE, name), "TARGET": target, "WORKSPACE": workspace,
            "REPORT": os.path.join(folder, "import_" + name.replace(".csv", ".html"))})
        step(name + ":", result, ("INPUT_COUNT", "INSERTED", "UPDATED", "REJECTED_COUNT", "NOTES"))
    result = processing.run("csiap:attachtoareas", {"WORKSPACE": workspace})
    step("Attach to RT/RW:", result, ("ATTACHED", "OUTSIDE"))
    result = processing.run("csiap:areaindicators", {"WORKSPACE": workspace, "LEVEL": 0})
    step("Indicators per RT:", result, ("AREAS", "THIN"))
    result = processing.run("csiap:screenoptions", {"WORKSPACE": workspace, "LEVEL": 0})
    step("Screening per RT:", result, ("LOCATIONS", "FEASIBLE"))
    result = processing.run("csiap:scoreoptions", {
        "WORKSPACE": workspace, "LEVEL": 0, "FORUM": 1, "WEIGHTING": 1,
        # cost, O&M, land, acceptance, health, site suitability
        "PAIRWISE": "1 2 3 2 1 1; 1/2 1 2 1 1/2 1/2; 1/3 1/2 1 1/2 1/3 1/3; 1/2 1 2 1 1/2 1/2; 1 2 3 2 1 1; "
                    "1 2 3 2 1 1",
        "PARTICIPANTS_FEMALE": 14, "PARTICIPANTS_MALE": 17, "NOTES": "Contoh sintetis (synthetic example)"})
    step("Scoring session (AHP):", result, ("LOCATIONS", "CONSISTENCY_RATIO"))
    load_process_records(workspace)
    result = processing.run("csiap:processfigures", {"WORKSPACE": workspace,
                                                     "OUTPUT_FOLDER": os.path.join(folder, "proses")})
    print("Process figures and tables:        {}".format(", ".join(os.path.basename(f) for f in result["FILES"])))
    result = processing.run("csiap:excretaflow", {"WORKSPACE": workspace, "LEVEL": 1,
                                                  "OUTPUT_FOLDER": os.path.join(folder, "sfd")})
    step("Excreta flow diagrams per RW:", result, ("AREAS", "THIN"))
    print_kelurahan_sfd(workspace)
    result = processing.run("csiap:prioritiseareas", {"WORKSPACE": workspace, "LEVEL": 0})
    step("Priorities per RT (SSK):", result, ("RANKED", "SURVEY_FIRST"))
    agree_on_a_swap(workspace)
    result = processing.run("csiap:draftactionplan", {"WORKSPACE": workspace, "LEVEL": 0})
    step("Draft action plan:", result, ("DRAFTED", "KEPT"))
    result = processing.run("csiap:exportproposals", {"WORKSPACE": workspace,
                                                      "OUTPUT_FOLDER": os.path.join(folder, "usulan")})
    print("Musrenbang list and RKM draft:     {} files in {}".format(result["FILES"], os.path.join(folder, "usulan")))
    result = processing.run("csiap:exportannex", {"WORKSPACE": workspace, "ATLAS_LEVEL": 1,
                                                  "OUTPUT_FOLDER": os.path.join(folder, "lampiran")})
    print("CSIAP annex:                       {} files in {} (see manifest.json)".format(
        result["FILES"], os.path.join(folder, "lampiran")))
    print_table(workspace)
    print_plan(workspace)


def load_rt_land(workspace):
    """The land an RT has itself for a shared facility (the sample's
    LAHAN_TERSEDIA_M2, m²), typed into the RT rows as a TFL would after the
    field check: csiap:importboundaries reads site conditions, not land."""
    from csiap_planner.core.boundaries import normalise_code
    from csiap_planner.workspace.attach import update_rows
    from qgis.core import QgsVectorLayer

    land = {}
    for feature in QgsVectorLayer(GPKG + "|layername=rt_synthetic", "rt", "ogr").getFeatures():
        if feature["LAHAN_TERSEDIA_M2"]:
            land[normalise_code(feature["RW"]), normalise_code(feature["RT"])] = float(feature["LAHAN_TERSEDIA_M2"])
    layer = QgsVectorLayer(workspace + "|layername=rt", "rt", "ogr")
    updates = {f.id(): {"land_available_m2": land[f["rw"], f["code"]]} for f in layer.getFeatures()
               if (f["rw"], f["code"]) in land}
    del layer
    update_rows(workspace, {"rt": updates})
    return len(updates)


def load_process_records(workspace):
    """The sample's synthetic meetings, institutions, calendar, stages and KSM."""
    import json

    from csiap_planner.workspace.process import import_records

    with open(os.path.join(SAMPLE, "process_records_synthetic.json"), encoding="utf-8") as handle:
        import_records(workspace, json.load(handle))


def print_table(workspace):
    from csiap_planner.core import schema
    from qgis.core import NULL, QgsVectorLayer

    def number(value, spec="{:.0f}"):
        return "-" if value is None or value == NULL else spec.format(value)

    from csiap_planner.workspace.options import option_names

    names = option_names(workspace, "id")
    best, sentences = {}, {}
    ranking = QgsVectorLayer(workspace + "|layername=ranking", "ranking", "ogr")
    for feature in ranking.getFeatures():
        if feature["rank"] == 1:
            best.setdefault(feature["location_code"], []).append(names.get(feature["option_code"],
                                                                           feature["option_code"]))
            if feature["explanation"] not in (None, NULL):
                sentences.setdefault(feature["option_code"], (feature["location_code"], feature["explanation"]))
    layer = QgsVectorLayer(workspace + "|layername=area_indicators", "indicators", "ogr")
    print("\n{:<6} {:<5} {:>5} {:>7} {:>6} {:>6} {:>6}  {:<22} {}".format(
        "RW", "RT", "KK", "jiwa/ha", "layak%", "BABS", "IRS", "kelas risiko", "opsi teratas"))
    for feature in layer.getFeatures():
        print("{:<6} {:<5} {:>5} {:>7} {:>6} {:>6} {:>6}  {:<22} {}".format(
            feature["rw"], feature["rt"], feature["households_surveyed"], number(feature["density"]),
            number(feature["layak_share"]), feature["babs_households"], number(feature["risk_index"], "{:.1f}"),
            schema.RISK_CLASS.label(feature["risk_class"], "id"),
            ", ".join(best.get("{}/{}".format(feature["rw"], feature["rt"]), ["-"]))))
    print("\n{} different first options; why, in one RT of each:".format(len(sentences)))
    for option, (location, sentence) in sorted(sentences.items()):
        print("  {} — RT {}: {}".format(names.get(option, option), location, sentence))


def print_kelurahan_sfd(workspace):
    """Where the kelurahan's excreta goes, in shares of people (the SFD's headline)."""
    from csiap_planner.workspace.sfd import area_diagrams

    for sfd in area_diagrams(workspace, "kelurahan"):
        if sfd.drawable:
            print("SFD of the kelurahan:              safely managed {safe:.0f} %, not safely managed {unsafe:.0f} %, "
                  "unknown {unknown:.0f} % of people".format(
                      safe=sfd.flows["safe"], unsafe=sfd.flows["unsafe"], unknown=sfd.flows["unknown"]))


def agree_on_a_swap(workspace):
    """The synthetic rembuk kelurahan II agrees the computed order of the first RTs but
    takes the first RT ranked below the top ones first, and says why for every RT that
    moves (what a rembuk records; within a tie any order is the computed one)."""
    from collections import Counter

    from csiap_planner.core.priorities import unchanged_place
    from csiap_planner.workspace.priorities import location_order

    import processing

    ranked = [item for item in location_order(workspace, "RT") if item["rank"]]
    lower = next((i for i, item in enumerate(ranked[:8]) if item["computed_rank"] > ranked[0]["computed_rank"]), None)
    if lower is None:
        return
    order = [ranked[lower]] + ranked[:lower] + ranked[lower + 1:8]
    tied = Counter(item["computed_rank"] for item in ranked)
    reasons = {}
    for place, item in enumerate(order, start=1):
        if not unchanged_place(item["computed_rank"], place, tied[item["computed_rank"]]):
            reasons[item["location_code"]] = ("Lahan IPAL sudah dihibahkan warga (contoh sintetis)" if place == 1
                                              else "Menunggu kepastian lahan (contoh sintetis)")
    result = processing.run("csiap:agreepriorities", {
        "WORKSPACE": workspace, "MEETING": "m07", "LEVEL": 0,
        "ORDER": ", ".join(item["location_code"] for item in order),
        "REASONS": "; ".join("{}={}".format(code, reason) for code, reason in reasons.items())})
    step("Agreed at the rembuk (synthetic):", result, ("AGREED", "CHANGED"))


def print_plan(workspace):
    """The first rows of the priorities and of the draft plan, with option names."""
    from csiap_planner.core import schema
    from csiap_planner.workspace.actions import planned_actions
    from csiap_planner.workspace.options import option_names
    from csiap_planner.workspace.priorities import location_order

    order = location_order(workspace, "RT")
    print("\nPrioritas lokasi (10 pertama dari {}; {} survei dulu):".format(
        len(order), sum(1 for item in order if item["status"] == "survey_first")))
    print("{:>3} {:<9} {:>8} {:>9} {:>9}".format("#", "RT", "nilai", "hitungan", "disepakati"))
    for item in order[:10]:
        print("{:>3} {:<9} {:>8} {:>9} {:>9}".format(
            item["rank"] or "-", item["location_code"],
            "-" if item["priority_score"] is None else "{:.1f}".format(item["priority_score"]),
            item["computed_rank"] or "-", item["agreed_rank"] or "-"))
    names = option_names(workspace, "id")
    actions = planned_actions(workspace, "id")
    print("\nRencana aksi (draf, 10 pertama dari {}):".format(len(actions)))
    print("{:>3} {:<9} {:<44} {:>4} {:>5} {:>16}  {}".format("#", "RT", "opsi", "KK", "jiwa", "biaya (Rp)",
                                                            "sumber dana"))
    for action in actions[:10]:
        print("{:>3} {:<9} {:<44} {:>4} {:>5} {:>16}  {}".format(
            action.get("priority_rank") or "-", action.get("location_code") or "-",
            (names.get(action.get("option_code")) or action.get("description") or "-")[:44],
            action.get("households_served") or 0, action.get("persons_served") or 0,
            "{:,.0f}".format(action.get("total_cost") or 0).replace(",", "."),
            schema.FUNDING_SOURCE.label(action.get("funding_source"), "id") or "-"))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "demo")
