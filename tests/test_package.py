"""The zip of `make package` passes the QGIS plugin repository's upload rules
(qgis/QGIS-Plugins-Website validator, as DESIGN.md lists them) and its
security scan (Bandit with the repository's rules; no exec, eval, pickle or shell calls)."""

import ast
import configparser
import json
import os
import re
import subprocess
import sys
import zipfile

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REQUIRED = ("name", "description", "version", "qgisMinimumVersion", "author", "email", "about",
            "tracker", "repository", "homepage")
BLOCKED_CALLS = {"exec", "eval", "compile", "__import__"}
BLOCKED_MODULES = {"pickle", "cPickle", "marshal", "subprocess", "shelve"}
BLOCKED_ATTRIBUTES = {("os", "system"), ("os", "popen"), ("os", "spawnl"), ("os", "execv")}
# The repository's Bandit rules, as they are: qgis/QGIS-Plugins-Website at 211b4be9d778,
# qgis-app/plugins/management/commands/data/bandit_rules.json.
BANDIT_RULES = os.path.join(ROOT, "tests", "data", "bandit_rules.json")


@pytest.fixture(scope="module")
def package(tmp_path_factory):
    target = tmp_path_factory.mktemp("package") / "csiap_planner.zip"
    subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "package.py"), str(target)], check=True)
    return target


def test_one_top_folder_with_the_required_files(package):
    assert os.path.getsize(package) <= 25 * 1024 * 1024
    with zipfile.ZipFile(package) as archive:
        names = archive.namelist()
    tops = {n.split("/")[0] for n in names}
    assert tops == {"csiap_planner"} and "csiap_planner".isidentifier()
    for required in ("__init__.py", "metadata.txt", "LICENSE", "i18n/csiap_planner_id.qm",
                     "plugin/icons/csiap.svg", "styles/households.qml"):
        assert "csiap_planner/" + required in names
    for name in names:
        assert not name.startswith("/") and ".." not in name.split("/")
        assert not re.search(
            r"(__pycache__|\.pyc$|\.git(/|$)|__MACOSX|/tests/|/bench/|/\.ci/|\.venv|Makefile)", name), name


def test_metadata_is_complete_and_strict(package):
    with zipfile.ZipFile(package) as archive:
        text = archive.read("csiap_planner/metadata.txt").decode("utf-8")
    parser = configparser.ConfigParser(strict=True)  # duplicate keys and bare % fail here
    parser.read_string(text)
    general = parser["general"]
    for key in REQUIRED:
        assert general.get(key, "").strip(), key
    assert general["qgisMinimumVersion"] == "3.22" and general["qgisMaximumVersion"] == "4.99"
    assert general["hasProcessingProvider"] == "yes"
    # QGIS 4 no longer reads supportsQt6 and the repository warns about it: 4.99 lists the plugin.
    assert "supportsQt6" not in general
    with zipfile.ZipFile(package) as archive:
        assert "csiap_planner/" + general["icon"] in archive.namelist()


def test_licence_is_gpl2():
    with open(os.path.join(ROOT, "LICENSE"), encoding="utf-8") as handle:
        assert "GNU GENERAL PUBLIC LICENSE" in handle.read(2000)


def test_no_blocked_calls_in_the_plugin_code(package):
    with zipfile.ZipFile(package) as archive:
        sources = {n: archive.read(n).decode("utf-8") for n in archive.namelist() if n.endswith(".py")}
    assert len(sources) > 10
    for name, source in sources.items():
        for node in ast.walk(ast.parse(source, name)):
            if isinstance(node, ast.Call):
                func = node.func
                if isinstance(func, ast.Name):
                    assert func.id not in BLOCKED_CALLS, (name, func.id)
                if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
                    assert (func.value.id, func.attr) not in BLOCKED_ATTRIBUTES, (name, func.attr)
                    assert func.attr != "exec_", (name, "exec_() is gone in Qt 6")
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                modules = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
                for module in modules:
                    assert module.split(".")[0] not in BLOCKED_MODULES, (name, module)
        assert not re.search(r"(password|secret|api_key|token)\s*=\s*['\"][^'\"]+['\"]", source, re.I), name


def test_qt6_clean_forms(package):
    """No Qt 5-only names in the plugin code (tests/test_qt6.py checks each name against PyQt6)."""
    with zipfile.ZipFile(package) as archive:
        sources = {n: archive.read(n).decode("utf-8") for n in archive.namelist() if n.endswith(".py")}
    for name, source in sources.items():
        assert "PyQt5" not in source and "from PyQt" not in source, name
        if not name.endswith("compat.py"):
            assert "QVariant." not in source, name
            assert not re.search(r"\bQt\.[A-Z][a-z]+\w*\b(?!\.)", source.replace("Qt.AlignmentFlag", "")), name


def bandit(folder, rules):
    """Bandit as the repository's security scan (plugins/security_scanner.py) runs it:
    recursive, JSON, only the enabled rules, every severity."""
    command = [os.path.join(os.path.dirname(sys.executable), "bandit"), "-r", str(folder), "-f", "json",
               "--quiet", "-t", ",".join(sorted(rules))]
    result = subprocess.run(command, capture_output=True, text=True, timeout=600)
    assert result.stdout.strip(), result.stderr
    report = json.loads(result.stdout)
    assert not report["errors"], report["errors"]
    return report


def test_bandit_with_the_plugin_repository_rules_finds_nothing(package, tmp_path):
    with open(BANDIT_RULES, encoding="utf-8") as handle:
        enabled = {rule["check_code"] for rule in json.load(handle)["rules"] if rule["enabled"]}
    assert {"B102", "B307", "B608"} <= enabled and len(enabled) > 60
    # The harness finds what the scan would block (a planted exec and SQL built with format).
    planted = tmp_path / "planted"
    planted.mkdir()
    (planted / "bad.py").write_text('exec(input())\nsql = "SELECT * FROM {} WHERE a = 1".format(input())\n')
    assert {r["test_id"] for r in bandit(planted, enabled)["results"]} == {"B102", "B608"}
    unpacked = tmp_path / "unpacked"
    with zipfile.ZipFile(package) as archive:
        archive.extractall(unpacked)
    report = bandit(unpacked, enabled)
    assert report["metrics"]["_totals"]["loc"] > 5000   # the plugin's code was scanned
    findings = ["{}:{} {} {}".format(os.path.relpath(r["filename"], unpacked), r["line_number"], r["test_id"],
                                     r["issue_text"]) for r in report["results"]]
    assert not findings, "the plugin repository would block this upload:\n" + "\n".join(findings)
