"""Ready for QGIS 4 / Qt 6: every Qt name the plugin uses resolves in PyQt6, and
the pure-Qt parts (figures, the annex document, the scoring dock's chart and
undo commands) run under PyQt6.

PyQt5 (QGIS 3) and PyQt6 cannot share a process: the PyQt6 side runs in a
subprocess of the test venv's Python (PyQt6 from pip), offscreen, with a
``qgis.PyQt`` made the way QGIS 4 makes it (``qgis.PyQt.QtX`` is ``PyQt6.QtX``)."""

import ast
import json
import os
import subprocess
import sys
import textwrap

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "scripts"))
from package import package_files  # noqa: E402  (the files the zip ships)

sys.path.remove(os.path.join(ROOT, "scripts"))
PLUGINS = os.path.join(ROOT, "build", "plugins")

pytestmark = pytest.mark.skipif(
    subprocess.run([sys.executable, "-c", "import PyQt6.QtCore"], capture_output=True).returncode != 0,
    reason="PyQt6 is not installed (make deps installs it into .venv)")

# QGIS 4's qgis/PyQt/QtX.py, reduced to what matters here: PyQt6's module of that name.
SHIM = "from PyQt6.{module} import *  # noqa: F401,F403\n"
QT_MODULES = ("QtCore", "QtGui", "QtWidgets", "QtSvg", "QtXml", "QtPrintSupport", "QtNetwork", "sip")
# QGIS itself is no part of this check: any name of qgis.core/gui is a stand-in, any
# version test of it says QGIS 4 (compat then takes its newest branch).
QGIS_STUB = textwrap.dedent('''
    class _Stub:
        def __getattr__(self, name):
            return _Stub()
        def __call__(self, *args, **kwargs):
            return _Stub()
        def __ge__(self, other):
            return True
    def __getattr__(name):
        return _Stub()
''')


def _fallback_nodes(tree, path):
    """Nodes of compat.py that only run where the first choice is missing: the
    ``except`` handlers and the ``else`` branches of its version tests."""
    if os.path.basename(path) != "compat.py":
        return set()
    skipped = set()
    for node in ast.walk(tree):
        branches = []
        if isinstance(node, ast.Try):
            branches = node.handlers
        elif isinstance(node, ast.If):
            branches = node.orelse
        for branch in branches:
            skipped.update(id(n) for n in ast.walk(branch))
    return skipped


def _chain(node):
    """``Qt.AlignmentFlag.AlignLeft`` -> ["Qt", "AlignmentFlag", "AlignLeft"]; None if not rooted at a name."""
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        return [node.id] + parts[::-1]
    return None


def qt_uses(source, path):
    """``{(module, chain)}``: each name imported from ``qgis.PyQt.<module>`` and each
    attribute chain the code reads from it (``("QtCore", "Qt.AlignmentFlag.AlignLeft")``)."""
    tree = ast.parse(source, path)
    skipped = _fallback_nodes(tree, path)
    imported = {}
    uses = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("qgis.PyQt."):
            module = node.module.split(".")[2]
            for alias in node.names:
                if id(node) not in skipped:
                    uses.add((module, alias.name))
                imported[alias.asname or alias.name] = (module, alias.name)
        elif isinstance(node, ast.ImportFrom) and node.module == "qgis.PyQt":
            for alias in node.names:
                uses.add(("", alias.name))
    inner = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Attribute):
            inner.add(id(node.value))
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and id(node) not in inner and id(node) not in skipped:
            chain = _chain(node)
            if chain and chain[0] in imported:
                module, name = imported[chain[0]]
                uses.add((module, ".".join([name] + chain[1:])))
    return uses


def plugin_sources():
    for relative in package_files():
        if relative.endswith(".py"):
            with open(os.path.join(ROOT, relative), encoding="utf-8") as handle:
                yield relative, handle.read()


def unresolved_in_pyqt6(uses):
    """The uses that do not resolve in PyQt6 (asked of a PyQt6 subprocess)."""
    script = textwrap.dedent('''
        import importlib, json, sys
        missing = []
        for module, chain in json.load(sys.stdin):
            try:
                target = importlib.import_module("PyQt6" + ("." + module if module else ""))
                for part in chain.split("."):
                    if not hasattr(target, part) and hasattr(target, "__path__"):
                        # a submodule not imported yet (qgis.PyQt.sip is PyQt6.sip in QGIS 4)
                        importlib.import_module(target.__name__ + "." + part)
                    target = getattr(target, part)
            except (ImportError, AttributeError) as error:
                missing.append([module, chain, str(error)])
        json.dump(missing, sys.stdout)
    ''')
    result = subprocess.run([sys.executable, "-c", script], input=json.dumps(sorted(uses)), capture_output=True,
                            text=True, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), timeout=120)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_collects_qt_chains_and_skips_compat_fallbacks():
    source = textwrap.dedent('''
        from qgis.PyQt.QtCore import Qt, QVariant
        from qgis.PyQt.QtWidgets import QMessageBox as Box
        try:
            from qgis.PyQt.QtGui import QAction
        except ImportError:
            from qgis.PyQt.QtWidgets import QAction
        if NEW:
            kind = Qt.ItemDataRole.UserRole
        else:
            kind = QVariant.String
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignRight
        answer = Box.StandardButton.Yes
    ''')
    assert qt_uses(source, "compat.py") == {
        ("QtCore", "Qt"), ("QtCore", "QVariant"), ("QtWidgets", "QMessageBox"), ("QtGui", "QAction"),
        ("QtCore", "Qt.ItemDataRole.UserRole"), ("QtCore", "Qt.AlignmentFlag.AlignLeft"),
        ("QtCore", "Qt.AlignRight"), ("QtWidgets", "QMessageBox.StandardButton.Yes")}
    # Outside compat.py nothing is a fallback: QVariant.String is a use like any other.
    assert ("QtCore", "QVariant.String") in qt_uses(source, "plugin/x.py")
    # And the check catches Qt 5-only spellings.
    missing = unresolved_in_pyqt6(qt_uses(source, "plugin/x.py"))
    assert {(module, chain) for module, chain, _error in missing} == {
        ("QtCore", "QVariant.String"), ("QtCore", "Qt.AlignRight"), ("QtWidgets", "QAction")}


def test_every_qt_name_the_plugin_uses_resolves_in_pyqt6():
    uses = {}
    for relative, source in plugin_sources():
        for use in qt_uses(source, relative):
            uses.setdefault(use, []).append(relative)
    assert len(uses) > 80, "too few Qt names found: is the collection broken?"
    missing = unresolved_in_pyqt6(uses)
    assert not missing, "\n".join("{}: qgis.PyQt.{} {} ({})".format(
        ", ".join(sorted(set(uses[(module, chain)]))), module, chain, error) for module, chain, error in missing)


CHILD = textwrap.dedent('''
    import os, sys, types
    folder, out = sys.argv[1], sys.argv[2]
    sys.path[:0] = [os.path.join(folder, "shim"), sys.argv[3]]
    plugin = os.path.join(sys.argv[3], "csiap_planner")
    # The workspace package's __init__ opens GeoPackages through QGIS: load its modules
    # without it (the pure-Qt ones import only compat, core and i18n).
    import csiap_planner
    workspace = types.ModuleType("csiap_planner.workspace")
    workspace.__path__ = [os.path.join(plugin, "workspace")]
    sys.modules["csiap_planner.workspace"] = workspace
    # What the docks import from it, as stand-ins (the docks only call them with a workspace open).
    workspace.WorkspaceError = type("WorkspaceError", (Exception,), {})
    workspace.current_workspace = lambda *args, **kwargs: None
    from PyQt6.QtWidgets import QApplication
    app = QApplication([])
''')


@pytest.fixture(scope="module")
def pyqt6_run(tmp_path_factory):
    """``run(body)``: runs ``body`` in a PyQt6 process (plugin importable, ``folder`` and ``out`` set)."""
    folder = tmp_path_factory.mktemp("pyqt6")
    shim = folder / "shim" / "qgis" / "PyQt"
    shim.mkdir(parents=True)
    (folder / "shim" / "qgis" / "__init__.py").write_text("")
    (shim / "__init__.py").write_text("")
    for module in QT_MODULES:
        (shim / (module + ".py")).write_text(SHIM.format(module=module))
    for module in ("core", "gui"):
        (folder / "shim" / "qgis" / (module + ".py")).write_text(QGIS_STUB)

    def run(body):
        out = folder / "out"
        out.mkdir(exist_ok=True)
        # Nothing of Qt 5 may have come in through the plugin's imports.
        script = CHILD + textwrap.dedent(body) + "\nassert 'PyQt5' not in sys.modules\n"
        result = subprocess.run([sys.executable, "-c", script, str(folder), str(out), PLUGINS],
                                capture_output=True, text=True, timeout=300,
                                env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
        assert result.returncode == 0, result.stdout + result.stderr
        return out, result.stdout
    return run


def svg_texts(path):
    import xml.etree.ElementTree as ET

    return [t.text for t in ET.parse(path).iter("{http://www.w3.org/2000/svg}text")]


def test_figures_draw_under_pyqt6(pyqt6_run):
    out, printed = pyqt6_run('''
        from csiap_planner.report.diagrams import render_calendar, render_venn
        institutions = [{"name": "Puskesmas", "importance": 4, "closeness": 1},
                        {"name": "PKK", "importance": 2, "closeness": 5}]
        rows = [{"item": "rainfall", "month": m, "intensity": 3 if m < 4 else 0} for m in range(1, 13)]
        for suffix in ("svg", "png"):
            render_venn(os.path.join(out, "venn." + suffix), institutions, "id")
            render_calendar(os.path.join(out, "calendar." + suffix), rows, "en")
        from PyQt6.QtCore import PYQT_VERSION_STR
        print(PYQT_VERSION_STR)
    ''')
    assert printed.strip().startswith("6.")
    assert {"Puskesmas", "PKK"} <= set(svg_texts(out / "venn.svg"))
    assert {"Rainfall", "Jan", "Dec"} <= set(svg_texts(out / "calendar.svg"))
    from PIL import Image

    for name in ("venn.png", "calendar.png"):
        with Image.open(out / name) as picture:
            colours = picture.convert("RGB").getcolors(maxcolors=1 << 20)
        assert colours is not None and len(colours) > 10, name   # drawn, not a blank page


def test_annex_document_prints_under_pyqt6(pyqt6_run):
    out, _printed = pyqt6_run('''
        from csiap_planner.report.diagrams import render_venn
        from csiap_planner.report.document import AnnexDocument
        venn = render_venn(os.path.join(out, "venn.png"), [{"name": "PKK", "importance": 2, "closeness": 5}], "en")
        document = AnnexDocument("en", "CSIAP annex", [("Kelurahan Pondok Pinang", True),
                                 ("Kebayoran Lama, Jakarta Selatan", False), ("SYNTHETIC", True)], "CSIAP annex")
        chapter = document.chapter("Overview of the Area")
        chapter.table("Households per RT", ["RT", "KK"], [["001/01", "12"], ["002/01", "30"]])
        chapter.map(venn, "Venn on a landscape page")
        chapter.figure(venn, "Venn")
        document.chapter("Sources and Rules").paragraph("Sources and rules")
        document.signature_page("Approval", "Agreed at ....", [("Lurah", None)])
        document.write(os.path.join(out, "annex.pdf"))
    ''')
    text = subprocess.run(["pdftotext", "-layout", str(out / "annex.pdf"), "-"], capture_output=True, text=True,
                          check=True).stdout
    for expected in ("CSIAP annex", "Pondok Pinang", "Kebayoran Lama", "SYNTHETIC", "Table 1.1 Households per RT",
                     "001/01", "Figure 1.2 Venn", "Sources and rules", "Approval"):
        assert expected in text, expected
    info = subprocess.run(["pdfinfo", str(out / "annex.pdf")], capture_output=True, text=True, check=True).stdout
    assert int(next(line.split()[1] for line in info.splitlines() if line.startswith("Pages:"))) >= 4


def test_scoring_chart_and_undo_under_pyqt6(pyqt6_run):
    """The Matrik Skoring dock's bar chart paints, and its edits undo and redo on the
    QUndoStack that compat takes from QtGui (Qt 6's home of the undo framework)."""
    out, printed = pyqt6_run('''
        from types import SimpleNamespace
        from csiap_planner.compat import QUndoStack
        from csiap_planner.plugin.scoring_dock import ScoreChart, SetValue
        chart = ScoreChart()
        chart.resize(400, 120)
        chart.set_ranking([SimpleNamespace(option="mck", rank=1, score=0.8, tied=False),
                           SimpleNamespace(option="ipal", rank=2, score=0.5, tied=True)], {"mck": "MCK++"})
        assert chart.grab().toImage().save(os.path.join(out, "chart.png"))
        class Dock:
            values = {}
            def apply_value(self, kind, key, value):
                self.values[(kind, key)] = value
        dock, stack = Dock(), QUndoStack()
        key = (None, "001", "mck")   # the shared matrix (no participant), location, option
        stack.push(SetValue(dock, "score", key, 2, 5))
        print(dock.values[("score", key)], stack.undoText())
        stack.undo()
        print(dock.values[("score", key)], stack.redoText())
    ''')
    assert printed.split("\n")[:2] == ["5 Edit 001/mck", "2 Edit 001/mck"]
    from PIL import Image

    with Image.open(out / "chart.png") as picture:
        colours = {colour for _count, colour in picture.convert("RGB").getcolors(maxcolors=1 << 20)}
    assert (0x1b, 0x9e, 0x77) in colours and (0xd9, 0x5f, 0x02) in colours   # the best bar, the tied one
