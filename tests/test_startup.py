"""Start-up cost: QGIS and qgis_process load the plugin and register its algorithms at every
start, so that path imports only what listing the algorithms needs (processing/provider.py
says why); the modules that do the work come in when an algorithm runs."""

import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PLUGINS = os.path.join(ROOT, "build", "plugins")

# The plugin's modules that registering may load: the plugin class, the provider and its
# algorithm modules (checked by prefix below), and what their parameters are made of.
ALLOWED = {
    "csiap_planner", "csiap_planner.compat", "csiap_planner.i18n", "csiap_planner.plugin",
    "csiap_planner.plugin.main", "csiap_planner.core", "csiap_planner.core.schema",
    "csiap_planner.core.reference", "csiap_planner.core.survey", "csiap_planner.core.numbers",
}
# Libraries the work needs and listing does not.
HEAVY_LIBRARIES = {"osgeo", "psycopg2", "numpy", "openpyxl", "geopandas"}

# In a fresh interpreter, as qgis_process does it: the plugin's classFactory (no iface), then
# initProcessing; then everything the toolbox and `qgis_process list/help` ask of each algorithm.
SCRIPT = """
import json, sys
sys.path.insert(0, {plugins!r})
from qgis.core import QgsApplication
app = QgsApplication([], False)
app.initQgis()
before = set(sys.modules)
import csiap_planner
plugin = csiap_planner.classFactory(None)
plugin.initProcessing()
provider = QgsApplication.processingRegistry().providerById("csiap")
described = {{a.id(): [a.displayName(), a.group(), a.shortHelpString(), a.helpUrl(),
                      [p.name() for p in a.parameterDefinitions()]] for a in provider.algorithms()}}
print(json.dumps({{"loaded": sorted(set(sys.modules) - before), "algorithms": described}}))
"""


def register_in_a_fresh_python():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    completed = subprocess.run([sys.executable, "-c", SCRIPT.format(plugins=PLUGINS)], env=env,
                               capture_output=True, text=True, timeout=300)
    assert completed.returncode == 0, completed.stderr[-3000:]
    return json.loads(completed.stdout.strip().splitlines()[-1])


def test_registering_the_algorithms_loads_none_of_the_modules_that_do_the_work():
    from csiap_planner.processing.provider import ALGORITHMS

    registered = register_in_a_fresh_python()
    # What was listed is whole: every algorithm, with its name, group, help and parameters.
    assert sorted(registered["algorithms"]) == sorted("csiap:" + a.ID for a in ALGORITHMS)
    for algorithm_id, (name, group, help_text, url, parameters) in registered["algorithms"].items():
        assert name and group and help_text and url.startswith("file:"), algorithm_id
        assert parameters, algorithm_id
    ours = [m for m in registered["loaded"] if m.split(".")[0] == "csiap_planner"]
    unexpected = [m for m in ours if m not in ALLOWED and not m.startswith("csiap_planner.processing")]
    assert unexpected == [], "imported at registration; import them inside run_algorithm: {}".format(unexpected)
    # The dialog module (QGIS's processing GUI) is only for QGIS Desktop's dialog.
    assert "csiap_planner.processing.dialog" not in ours
    libraries = [m for m in registered["loaded"] if m.split(".")[0] in HEAVY_LIBRARIES]
    assert libraries == [], libraries
