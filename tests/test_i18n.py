"""Every user-visible string has an Indonesian translation, and the compiled
.qm really translates, placeholders intact."""

import glob
import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET

import pytest
from csiap_planner.i18n import tr

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TS = os.path.join(ROOT, "i18n", "csiap_planner_id.ts")
SKIP = ("tests", "bench", "scripts", "build", ".venv", "demo")


def plugin_sources():
    for path in sorted(glob.glob(os.path.join(ROOT, "**", "*.py"), recursive=True)):
        if os.path.relpath(path, ROOT).split(os.sep)[0] not in SKIP:
            yield path


def messages(ts_path):
    tree = ET.parse(ts_path)
    return {m.find("source").text: m.find("translation") for m in tree.iter("message")}


@pytest.mark.skipif(shutil.which("pylupdate5") is None, reason="pylupdate5 is not installed")
def test_every_string_in_the_code_has_a_finished_translation(tmp_path):
    extracted = tmp_path / "extracted.ts"
    subprocess.run(["pylupdate5", *plugin_sources(), "-ts", str(extracted)], check=True, capture_output=True)
    in_code = messages(extracted)
    committed = messages(TS)
    assert len(in_code) > 40  # the extraction itself found our tr() calls
    missing = [s for s in in_code if s not in committed]
    unfinished = [s for s, t in committed.items() if s in in_code and (t.get("type") or not (t.text or "").strip())]
    assert not missing, "not in {}: {}".format(TS, missing)
    assert not unfinished, "no Indonesian translation: {}".format(unfinished)


def test_no_tr_hidden_from_the_extractor():
    """``self.tr(`` is filed under the class name by pylupdate5 and never found at run time."""
    for path in plugin_sources():
        with open(path, encoding="utf-8") as handle:
            assert "self.tr(" not in handle.read(), path


def test_placeholders_survive_translation():
    for source, translation in messages(TS).items():
        assert set(re.findall(r"{\w+}", source)) == set(re.findall(r"{\w+}", translation.text or "")), source


def test_compiled_translations_are_used():
    assert tr("Create workspace", "id") == "Buat workspace"
    assert tr("Create workspace…", "id") == "Buat workspace…"  # non-ASCII source text
    assert tr("Create workspace", "en") == "Create workspace"
    assert tr("A string nobody translated", "id") == "A string nobody translated"
