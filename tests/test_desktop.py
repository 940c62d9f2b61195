"""The real QGIS Desktop, under Xvfb, from a clean profile with the plugin
enabled: it must load, register its provider and menu, unload and reload,
and log no Python error or warning."""

import json
import os
import shutil
import subprocess

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
ARTIFACTS = os.path.join(ROOT, "build", "test-artifacts")

pytestmark = pytest.mark.skipif(shutil.which("qgis") is None or shutil.which("xvfb-run") is None,
                                reason="QGIS Desktop or Xvfb is not installed")


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


def test_desktop_loads_plugin_without_python_errors(tmp_path, csiap_processing, workspace_copy, sample_path,
                                                   import_sample):
    import processing

    # The sample as `make demo` builds it, for the docks to show.
    sample = os.path.dirname(sample_path)
    import_sample(workspace_copy)
    processing.run("csiap:attachtoareas", {"WORKSPACE": workspace_copy})
    processing.run("csiap:areaindicators", {"WORKSPACE": workspace_copy})
    processing.run("csiap:screenoptions", {"WORKSPACE": workspace_copy, "LEVEL": 0})
    from csiap_planner.workspace.process import import_records

    with open(os.path.join(sample, "process_records_synthetic.json"), encoding="utf-8") as handle:
        import_records(workspace_copy, json.load(handle))
    make_profile(tmp_path)
    log = tmp_path / "messages.log"
    report = tmp_path / "report.json"
    os.makedirs(ARTIFACTS, exist_ok=True)
    screenshot = os.path.join(ARTIFACTS, "desktop.png")
    env = dict(os.environ, PYQGIS_STARTUP=os.path.join(HERE, "desktop", "startup.py"),
               CSIAP_SMOKE_LOG=str(log), CSIAP_SMOKE_REPORT=str(report), CSIAP_SMOKE_SCREENSHOT=screenshot,
               CSIAP_SMOKE_PROJECT=workspace_copy[:-len(".gpkg")] + ".qgz",
               HOME=str(tmp_path), XDG_RUNTIME_DIR=str(tmp_path))
    env.pop("QT_QPA_PLATFORM", None)
    completed = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1400x900x24", "qgis", "--profiles-path", str(tmp_path),
         "--nologo", "--noversioncheck", "--code", os.path.join(HERE, "desktop", "smoke.py")],
        env=env, capture_output=True, text=True, timeout=180)
    output = completed.stdout + completed.stderr
    assert report.exists(), "QGIS did not run the smoke script:\n" + output[-3000:]
    state = json.loads(report.read_text())
    assert state["active"] and state["loaded"], state
    assert state["provider"] and "csiap:createworkspace" in state["algorithms"], state
    assert state["toolbar"] and "CSIAP Planner" in state["menus"], state
    assert state["unloaded"] and not state["provider_after_unload"] and state["reloaded"], state
    assert state["social_map_visible"] and state["problems_visible"] and state["scoring_visible"], state
    assert state["process_visible"] and state["process_institutions"] == 8, state
    assert state["social_map_rw"] == 17 and state["problems_listed"] >= 10, state
    assert state["dock_locations"] == 113 and state["dock_ranked"] >= 1, state
    messages = log.read_text(encoding="utf-8").splitlines() if log.exists() else []
    problems = [m for m in messages if "Python" in m.split("\t")[1] or "csiap" in m.lower()]
    problems = [m for m in problems if int(m.split("\t")[0]) >= 1]  # Warning or worse
    assert not problems, "\n".join(problems)
    assert "Traceback" not in output, output[-3000:]
    assert os.path.getsize(screenshot) > 10000
