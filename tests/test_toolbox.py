"""The Processing toolbox: groups in the order of the work, names that fit, and each
algorithm's help on a page of the user guide shipped in the plugin (a local file,
read offline, in Indonesian and English, its screenshots there too)."""

import html.parser
import os

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORK = ["workspace", "analysis", "options", "plan", "tools"]


class Page(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids, self.images, self.links = set(), [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if tag == "img":
            self.images.append(attrs["src"])
        if tag == "a":
            self.links.append(attrs["href"])


def read_page(path):
    page = Page()
    with open(path, encoding="utf-8") as handle:
        page.feed(handle.read())
    return page


@pytest.fixture()
def algorithms(csiap_processing):
    return sorted(csiap_processing.algorithms(), key=lambda a: a.id())


def test_groups_come_in_the_order_of_the_work(algorithms):
    from csiap_planner.i18n import tr
    from csiap_planner.processing.base import GROUPS

    by_group = {}
    for algorithm in algorithms:
        by_group.setdefault(algorithm.groupId(), set()).add(algorithm.name())
    assert list(by_group) != [] and set(by_group) == set(WORK)
    assert {"createworkspace", "importboundaries", "importsurvey"} <= by_group["workspace"]
    assert {"attachtoareas", "areaindicators", "excretaflow"} == by_group["analysis"]
    assert {"screenoptions", "scoreoptions", "importunitcosts"} == by_group["options"]
    assert {"exportannex", "processfigures", "draftactionplan", "exportproposals", "prioritiseareas",
            "agreepriorities"} <= by_group["plan"]
    # The toolbox sorts groups by name: the names sort in the order of the work, in both languages.
    for language in ("id", "en"):
        assert [GROUPS[key]() for key in WORK] == [tr(text) for text in (
            "1 · Workspace and import", "2 · Analysis", "3 · Options and scoring", "4 · Plan and annex", "5 · Tools")]
        names = [tr(text, language) for text in (
            "1 · Workspace and import", "2 · Analysis", "3 · Options and scoring", "4 · Plan and annex", "5 · Tools")]
        assert sorted(names, key=str.lower) == names, names


def test_names_fit_the_toolbox(algorithms):
    """The toolbox panel of a 1366 px laptop shows about 30 characters beside the icons."""
    from csiap_planner.i18n import tr

    for algorithm in algorithms:
        source = algorithm.displayName()
        for language in ("id", "en"):
            assert len(tr(source, language)) <= 30, (language, tr(source, language))


@pytest.mark.parametrize("language", ["id", "en"])
def test_every_help_opens_its_page_of_the_guide_offline(algorithms, language):
    from csiap_planner.processing.base import guide_url
    from qgis.PyQt.QtCore import QUrl

    for algorithm in algorithms:
        assert algorithm.helpUrl() == guide_url(algorithm.groupId(), algorithm.name())
        url = QUrl(guide_url(algorithm.groupId(), algorithm.name(), language))
        assert url.isLocalFile(), url.toString()
        path = url.toLocalFile()
        assert os.path.isfile(path) and os.sep + language + os.sep in path, path
        page = read_page(path)
        assert url.fragment() == algorithm.name() and algorithm.name() in page.ids, (path, page.ids)
    shots = set()
    for name in os.listdir(os.path.join(ROOT, "docs", "guide", language)):
        page = read_page(os.path.join(ROOT, "docs", "guide", language, name))
        folder = os.path.join(ROOT, "docs", "guide", language)
        for target in page.images + [link.split("#")[0] for link in page.links]:
            assert os.path.isfile(os.path.normpath(os.path.join(folder, target))), (name, target)
        shots |= {os.path.basename(src) for src in page.images}
    assert {"dock_social_map.png", "dock_problems.png", "dock_scoring.png", "dock_process.png"} <= shots


def test_the_guide_and_its_screenshots_are_in_the_package():
    import importlib.util

    spec = importlib.util.spec_from_file_location("package", os.path.join(ROOT, "scripts", "package.py"))
    package = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(package)
    files = {path.replace(os.sep, "/") for path in package.package_files()}
    for language in ("id", "en"):
        for page in WORK + ["index"]:
            assert "docs/guide/{}/{}.html".format(language, page) in files
    assert {"docs/dock_scoring.png", "docs/annex_peta_risiko.png"} <= files
