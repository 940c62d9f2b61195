"""The real QGIS Desktop, maximised by a window manager (openbox) on a 1366×768
Xvfb screen, from a clean profile with the plugin enabled: it must load,
register its provider and menu, fit every dock's buttons and fields on the
screen (their screenshots are the README's, in docs/), follow a closed project
and another one opened through every click and action, unload and reload, log
no Python error or warning, and exit with code 0 (the project cleared first)."""

import json
import os
import shutil
import sqlite3
import subprocess

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
ARTIFACTS = os.path.join(ROOT, "build", "test-artifacts")

pytestmark = pytest.mark.skipif(any(shutil.which(tool) is None for tool in ("qgis", "xvfb-run", "openbox")),
                                reason="QGIS Desktop, Xvfb or openbox is not installed (make deps installs them)")


def make_profile(base):
    profile = base / "profiles" / "default"
    plugins = profile / "python" / "plugins"
    plugins.mkdir(parents=True)
    os.symlink(ROOT, plugins / "csiap_planner")
    (profile / "QGIS").mkdir()
    (profile / "QGIS" / "QGIS3.ini").write_text(
        "[PythonPlugins]\ncsiap_planner=true\nprocessing=true\n\n"
        "[qgis]\nshowTips=false\ncheckVersion=false\nallowVersionCheck=false\n"
        "\n[locale]\noverrideFlag=true\nuserLocale=id\n"
        "\n[core]\nNewsFeed\\httpsfeedqgisorg\\disabled=true\n")
    return profile


@pytest.fixture(scope="module")
def desktop_run(tmp_path_factory, qgis_app, qgis_processing, sample_workspace, sample_path, import_sample):
    """QGIS Desktop maximised by a window manager (openbox) on a 1366×768 screen, on the
    sample as `make demo` builds it, then on a second workspace: the smoke script's report,
    the messages QGIS logged, its output and its exit code."""
    from csiap_planner.processing.provider import CsiapProvider
    from csiap_planner.workspace.geopackage import write_rows
    from csiap_planner.workspace.process import import_records
    from qgis.core import QgsApplication

    import processing

    registry = QgsApplication.processingRegistry()
    provider = None
    if registry.providerById("csiap") is None:   # as the csiap_processing fixture, for the module
        provider = CsiapProvider()
        registry.addProvider(provider)
    tmp_path = tmp_path_factory.mktemp("desktop")
    gpkg, project = sample_workspace
    first = tmp_path / "first" / os.path.basename(gpkg)
    second = tmp_path / "second" / os.path.basename(gpkg)
    first.parent.mkdir()
    shutil.copy(gpkg, first)
    shutil.copy(project, first.parent / os.path.basename(project))
    workspace = str(first)
    import_sample(workspace)
    processing.run("csiap:attachtoareas", {"WORKSPACE": workspace})
    processing.run("csiap:areaindicators", {"WORKSPACE": workspace})
    processing.run("csiap:screenoptions", {"WORKSPACE": workspace, "LEVEL": 0})
    processing.run("csiap:importcontext", {"INPUT": sample_path + "|layername=kelurahan_kebayoran_lama",
                                           "NAME_FIELD": "KEL_NAME2", "KECAMATAN_FIELD": "KEC_NAME_1",
                                           "WORKSPACE": workspace})
    with open(os.path.join(os.path.dirname(sample_path), "process_records_synthetic.json"), encoding="utf-8") as handle:
        import_records(workspace, json.load(handle))
    write_rows(workspace, {"actions": DESKTOP_ACTIONS})   # a plan to show (until csiap:draftactionplan drafts one)
    second.parent.mkdir()   # another project: the same kelurahan, with nothing imported yet
    shutil.copy(gpkg, second)
    shutil.copy(project, second.parent / os.path.basename(project))
    make_profile(tmp_path)
    log = tmp_path / "messages.log"
    report = tmp_path / "report.json"
    shots = os.path.join(ARTIFACTS, "desktop")
    os.makedirs(shots, exist_ok=True)
    env = dict(os.environ, PYQGIS_STARTUP=os.path.join(HERE, "desktop", "startup.py"),
               CSIAP_SMOKE_LOG=str(log), CSIAP_SMOKE_REPORT=str(report), CSIAP_SMOKE_SHOTS=shots,
               CSIAP_SMOKE_PROJECT=workspace[:-len(".gpkg")] + ".qgz",
               CSIAP_SMOKE_OTHER=str(second)[:-len(".gpkg")] + ".qgz",
               HOME=str(tmp_path), XDG_RUNTIME_DIR=str(tmp_path))
    env.pop("QT_QPA_PLATFORM", None)
    qgis = " ".join(["qgis", "--profiles-path", str(tmp_path), "--nologo", "--noversioncheck",
                     "--code", os.path.join(HERE, "desktop", "smoke.py")])
    # A window manager maximises QGIS as on a laptop; without one, its window grows past the screen.
    script = "openbox & wm=$!; sleep 1; {}; code=$?; kill $wm; exit $code".format(qgis)
    try:
        completed = subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 {}x{}x24".format(*SCREEN), "sh", "-c",
                                    script], env=env, capture_output=True, text=True, timeout=TIMEOUT)
    except subprocess.TimeoutExpired as timeout:
        steps = (tmp_path / "report.json.steps").read_text() if (tmp_path / "report.json.steps").exists() else ""
        pytest.fail("QGIS hung; its last steps:\n{}\n{}".format(steps[-2000:], str(timeout.stderr)[-2000:]))
    output = completed.stdout + completed.stderr
    with open(os.path.join(shots, "qgis_output.txt"), "w", encoding="utf-8") as handle:
        handle.write(output)
    assert report.exists(), "QGIS did not run the smoke script:\n" + output[-3000:]
    messages = log.read_text(encoding="utf-8").splitlines() if log.exists() else []
    for name in DOCKS:   # the README's screenshots are these
        shutil.copy(os.path.join(shots, "dock_{}.png".format(name)), os.path.join(ROOT, "docs"))
    yield json.loads(report.read_text()), messages, output, completed.returncode
    if provider is not None:
        registry.removeProvider(provider)


# Hand-written actions of the sample (example rows of this test, not a plan anyone agreed).
DESKTOP_ACTIONS = [
    {"uuid": "desktop-{}".format(k), "kind": kind, "option_code": option, "location_level": "RT",
     "location_code": "{}/{}".format(rw, rt), "rw": rw, "rt": rt, "volume": volume, "unit": unit,
     "unit_cost": cost, "total_cost": volume * cost, "funding_source": source, "swadaya_cash_pct": cash,
     "swadaya_in_kind_pct": in_kind, "plan_year": 2027, "plan_quarter": quarter, "responsible": "ksm",
     "status": "proposed", "priority_rank": k + 1}
    for k, (kind, option, rw, rt, volume, unit, cost, source, cash, in_kind, quarter) in enumerate((
        ("build", "ipal_komunal", "001", "001", 1, "unit", 350000000, "apbd", 5, 5, 2),
        ("build", "septic_individual", "002", "003", 24, "KK", 4500000, "dana_kelurahan", 0, 20, 1),
        ("rehabilitate", "mck", "003", "002", 1, "unit", 75000000, "csr", 10, 0, 3),
        ("behaviour_change", None, "004", "001", 1, "paket", 15000000, "swadaya", 0, 0, 1)))]
DESKTOP_ACTIONS[-1]["description"] = "Kampanye STBM"
SCREEN = tuple(int(v) for v in os.environ.get("CSIAP_DESKTOP_SCREEN", "1366x768").split("x"))   # a laptop
TIMEOUT = int(os.environ.get("CSIAP_DESKTOP_TIMEOUT", "240"))   # seconds; about 35 here
DOCKS = ("social_map", "problems", "scoring", "process", "action_plan", "conflicts")


def test_desktop_loads_plugin_without_python_errors(desktop_run):
    state, messages, output, _code = desktop_run
    assert state["errors"] == [], state["errors"]
    assert state["active"] and state["loaded"], state
    assert state["provider"] and "csiap:createworkspace" in state["algorithms"], state
    assert state["toolbar"] and "CSIAP Planner" in state["menus"], state
    assert state["unloaded"] and not state["provider_after_unload"] and state["reloaded"], state
    assert state["social_map_visible"] and state["problems_visible"] and state["scoring_visible"], state
    assert state["process_visible"] and state["process_institutions"] == 8, state
    assert state["social_map_rw"] == 17 and state["problems_listed"] >= 10, state
    # One location per RT of the sample (counted with sqlite3 in the sample's own layer).
    with sqlite3.connect(os.path.join(ROOT, "sample", "pondok_pinang.gpkg")) as db:
        sample_rts = db.execute("SELECT count(*) FROM rt_synthetic").fetchone()[0]
    assert state["dock_locations"] == sample_rts and state["dock_ranked"] >= 1, state
    assert state["action_plan_visible"] and state["action_plan_rows"] == len(DESKTOP_ACTIONS), state
    problems = [m for m in messages if "Python" in m.split("\t")[1] or "csiap" in m.lower()]
    problems = [m for m in problems if int(m.split("\t")[0]) >= 1]  # Warning or worse
    assert not problems, "\n".join(problems)
    assert "Traceback" not in output, output[-3000:]


def test_docks_follow_another_project_and_every_click_works(desktop_run):
    """Closed, then another project opened: the docks read it (not the first one's layers),
    every button and action was clicked without a Python error (checked above), the form of
    the point drawn outside every RT was not added."""
    state, _messages, _output, _code = desktop_run
    assert state["cleared_layers"] == 0
    assert state["second_process_workspace"].startswith(os.path.join(os.sep, "")) and \
        os.sep + "second" + os.sep in state["second_process_workspace"], state
    assert os.sep + "second" + os.sep in state["second_scoring_workspace"], state
    assert os.sep + "second" + os.sep in state["second_action_plan_workspace"], state
    assert state["second_action_plan_rows"] == 0, state   # the second workspace has no plan
    assert state["second_drawn"] is None, state
    with sqlite3.connect(state["second_process_workspace"]) as connection:   # the cancelled one was not saved
        assert connection.execute("SELECT count(*) FROM households").fetchone()[0] == 0
    assert state["second_problems_listed"] == 0
    # The second workspace has no RT yet: the click asked before adding a household without one.
    assert any(m.startswith("QMessageBox") for m in state["modal"]), state["modal"]


def test_qgis_exits_cleanly(desktop_run):
    """The project cleared before quitting (QGIS 3.40 crashes quitting with one open): exit code 0."""
    _state, _messages, output, code = desktop_run
    assert code == 0, output[-3000:]


def test_qgis_maximised_fits_the_laptop_screen(desktop_run):
    state, *_rest = desktop_run
    x, y, width, height = state["window_after"]
    assert state["maximised"], state
    assert width <= SCREEN[0] and height <= SCREEN[1], (state["window_after"], state["frame_after"])
    # No dock asks for more room than the laptop has (that is what made the window 1029 px tall).
    minimum_width, minimum_height = state["minimum_size"]["window"]
    assert minimum_width <= SCREEN[0] and minimum_height <= SCREEN[1], state["minimum_size"]


def test_the_project_opens_on_the_whole_kelurahan(desktop_run):
    """Issue 15 item 17: on the kelurahan, also once the docks have taken their room."""
    state, *_rest = desktop_run
    assert state["extent"]["contains"], state["extent"]
    assert state["extent_with_docks"]["contains"], state["extent_with_docks"]


def test_the_scoring_sentence_can_be_read_whole(desktop_run):
    """Issue 15: Matrik Skoring's explaining sentence was cut after three lines at 1366×768
    (whole only in a tooltip). The longest sentence of the sample: shown whole, or scrollable."""
    state, *_rest = desktop_run
    sentence = state["scoring_sentence"]
    assert len(sentence["text"]) > 80 and sentence["readable"], sentence


@pytest.mark.parametrize("dock", ["social_map", "problems", "process", "scoring", "action_plan", "conflicts"])
def test_every_button_and_field_of_the_dock_is_on_the_screen(desktop_run, dock):
    state, *_rest = desktop_run
    assert state["off_screen"][dock] == [], state["off_screen"][dock]
    assert os.path.getsize(os.path.join(ROOT, "docs", "dock_{}.png".format(dock))) > 10000
