"""Headless: `qgis_process` lists csiap:createworkspace and runs it from a shell."""

import json
import os
import shutil
import subprocess

import geopandas
import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# Debian 12's /usr/bin/qgis_process wrapper adds --noversioncheck, which 3.22 rejects.
QGIS_PROCESS = shutil.which("qgis_process.bin") or shutil.which("qgis_process")

pytestmark = pytest.mark.skipif(QGIS_PROCESS is None, reason="qgis_process is not installed")


@pytest.fixture(scope="module")
def environment(tmp_path_factory):
    home = tmp_path_factory.mktemp("home")
    plugins = home / "plugins"
    plugins.mkdir()
    os.symlink(ROOT, plugins / "csiap_planner")
    env = dict(os.environ, QGIS_PLUGINPATH=str(plugins), HOME=str(home), XDG_RUNTIME_DIR=str(home),
               QT_QPA_PLATFORM="offscreen")
    enabled = subprocess.run([QGIS_PROCESS, "plugins", "enable", "csiap_planner"], env=env,
                             capture_output=True, text=True, timeout=120)
    text = enabled.stdout + enabled.stderr
    assert enabled.returncode == 0 or "already enabled" in text, text[-3000:]
    return env


def test_lists_the_algorithm(environment):
    listed = subprocess.run([QGIS_PROCESS, "list"], env=environment, capture_output=True, text=True,
                            timeout=120, check=True).stdout
    for algorithm in ("createworkspace", "importboundaries", "importsurvey", "surveyform", "attachtoareas",
                      "areaindicators"):
        assert "csiap:" + algorithm in listed, algorithm


def test_runs_from_a_shell(environment, tmp_path, sample_path):
    output = tmp_path / "pondok_pinang.gpkg"
    completed = subprocess.run(
        [QGIS_PROCESS, "run", "csiap:createworkspace", "--json", "--",
         "KELURAHAN=Pondok Pinang", "BOUNDARY={}|layername=kelurahan".format(sample_path),
         "LANGUAGE=0", "OUTPUT={}".format(output)],
        env=environment, capture_output=True, text=True, timeout=300)
    assert completed.returncode == 0, completed.stdout[-2000:] + completed.stderr[-2000:]
    results = json.loads(completed.stdout[completed.stdout.index("{"):])["results"]  # after any log lines
    assert results["OUTPUT"] == str(output) and os.path.exists(results["PROJECT"])
    kelurahan = geopandas.read_file(output, layer="kelurahan")
    assert list(kelurahan["name"]) == ["Pondok Pinang"] and kelurahan.crs.to_epsg() == 32748


def test_a_failure_exits_non_zero_with_the_reason(environment, tmp_path):
    completed = subprocess.run(
        [QGIS_PROCESS, "run", "csiap:createworkspace", "--", "KELURAHAN=X",
         "OUTPUT={}".format(tmp_path / "x.gpkg")],
        env=environment, capture_output=True, text=True, timeout=300)
    assert completed.returncode != 0
    assert "boundary" in (completed.stdout + completed.stderr)
    assert not (tmp_path / "x.gpkg").exists()


def test_the_import_and_indicator_chain_runs_headless(environment, tmp_path, sample_path):
    """Workspace → RW → RT → households → indicators, each a separate qgis_process call."""
    workspace = str(tmp_path / "pp.gpkg")
    sample = os.path.dirname(sample_path)
    steps = [
        ("createworkspace", ["KELURAHAN=Pondok Pinang", "BOUNDARY={}|layername=kelurahan".format(sample_path),
                             "OUTPUT=" + workspace]),
        ("importboundaries", ["INPUT={}|layername=rw".format(sample_path), "LEVEL=0", "CODE_FIELD=RW"]),
        ("importboundaries", ["INPUT={}|layername=rt_synthetic".format(sample_path), "LEVEL=1", "CODE_FIELD=RT",
                              "RW_FIELD=RW"]),
        ("importsurvey", ["INPUT=" + os.path.join(sample, "survey_households_synthetic.csv"), "TARGET=0"]),
        ("areaindicators", ["LEVEL=0"]),
    ]
    results = None
    for algorithm, arguments in steps:
        if algorithm != "createworkspace":
            arguments = arguments + ["WORKSPACE=" + workspace]
        completed = subprocess.run([QGIS_PROCESS, "run", "csiap:" + algorithm, "--json", "--"] + arguments,
                                   env=environment, capture_output=True, text=True, timeout=300)
        assert completed.returncode == 0, completed.stdout[-2000:] + completed.stderr[-2000:]
        results = json.loads(completed.stdout[completed.stdout.index("{"):])["results"]
    indicators = geopandas.read_file(workspace, layer="area_indicators")
    assert results["AREAS"] == len(indicators) == len(geopandas.read_file(workspace, layer="rt"))
    assert indicators.households_surveyed.sum() == len(geopandas.read_file(workspace, layer="households"))


def test_participants_inputs_from_a_csv_in_a_batch_run(environment, screened_rts, tmp_path, query):
    """csiap:scoreoptions from a shell with the participants' CSV: their inputs go into the session."""
    csv = tmp_path / "peserta.csv"
    csv.write_text("participant,gender,group,kind,location,option,criterion,criterion_2,value\n"
                   "Kelompok perempuan,f,women,weight,,,cost,,40\n"
                   "Kelompok perempuan,f,women,weight,,,health,,60\n"
                   "Kelompok laki-laki,m,men,weight,,,cost,,80\n"
                   "Kelompok laki-laki,m,men,weight,,,om,,20\n"
                   'Kelompok laki-laki,m,men,score,001/001,mck,cost,,"Rp 1.750.000"\n', encoding="utf-8")
    completed = subprocess.run(
        [QGIS_PROCESS, "run", "csiap:scoreoptions", "--json", "--", "WORKSPACE=" + screened_rts, "LEVEL=0",
         "PARTICIPANTS={}".format(csv)], env=environment, capture_output=True, text=True, timeout=300)
    assert completed.returncode == 0, completed.stdout[-2000:] + completed.stderr[-2000:]
    session = json.loads(completed.stdout[completed.stdout.index("{"):])["results"]["SESSION"]
    assert len(query(screened_rts, "SELECT uuid FROM scoring_inputs WHERE session_uuid = ?", session)) == 5
    stored = json.loads(query(screened_rts, "SELECT weights_json FROM scoring_sessions WHERE uuid = ?",
                              session)[0][0])["weights"]
    # The mean of each group's weights as shares: cost (0.4 + 0.8) / 2, om 0.1, health 0.3.
    assert stored == pytest.approx({"cost": 0.6, "om": 0.1, "land": 0.0, "acceptance": 0.0, "health": 0.3,
                                    "suitability": 0.0})
    assert query(screened_rts, "SELECT raw_value FROM scores WHERE session_uuid = ? AND location_code = '001/001' "
                               "AND option_code = 'mck' AND criterion_code = 'cost'", session) == [(1750000,)]
