"""The Matrik Skoring dock says, for the location in view, which criterion puts
the first option above the second, and the sentence follows every keystroke
(checked against costs worked by hand and option names read with sqlite3)."""

import pytest


def cell(dock, option, criterion):
    options = list(dock.matrix[dock.current_location()])
    return dock.matrix_table.item(options.index(option), dock.criteria.index(criterion))


@pytest.fixture()
def names(screened_rts, query):
    """Short option names ("Shared septic tank", without the bracket) from the workspace's catalogue."""
    return {code: name.split(" (")[0] for code, name in query(screened_rts, "SELECT code, name_en FROM options")}


def test_the_sentence_of_the_location_follows_each_keystroke(qgis_app, screened_rts, names):
    from csiap_planner.plugin.scoring_dock import ScoringDock

    dock = ScoringDock()
    dock.set_workspace(screened_rts)
    assert dock.current_location() == "001/001" and dock.language == "en"
    assert dock.explanation_label.text()          # a sentence from the start
    for criterion in dock.criteria:               # only the cost per KK counts
        dock.weights_table.item(0, dock.criteria.index(criterion)).setText("100" if criterion == "cost" else "0")
    cell(dock, "sewer_connection", "cost").setText("5000000")
    # By hand, 40 KK, area unknown (6 m of pipe per KK): shared tanks of up to 10 houses,
    # (4 × Rp 6 juta + 40 × Rp 600.000 + Rp 150.000 × 240 m) / 40 = Rp 2.100.000;
    # one MCK++ block of Rp 150 juta for up to 100 KK: Rp 3.750.000 per KK.
    assert [r.option for r in dock.ranking][:2] == ["septic_shared", "mck"]
    assert dock.explanation_label.text() == (
        "{} above {} because of a lower cost per household (Rp 2,100,000 against Rp 3,750,000) for 40 "
        "households".format(names["septic_shared"], names["mck"]))
    # Typed over, the shared tank's cost is no longer the starting value: it is not quoted.
    cell(dock, "septic_shared", "cost").setText("4000000")
    assert dock.explanation_label.text() == "{} above {} because of construction cost per household".format(
        names["mck"], names["septic_shared"])
    assert dock.explanation_label.toolTip() == dock.explanation_label.text()
    dock.undo_stack.undo()
    assert dock.explanation_label.text().startswith("{} above {}".format(names["septic_shared"], names["mck"]))
    # Each starting value still says where it comes from.
    assert cell(dock, "mck", "cost").toolTip().startswith("Rp 3,750,000 per household: 1 unit(s) for 40 households")
    dock.deleteLater()


def test_no_option_no_sentence_and_one_option_says_so(qgis_app, screened_rts, names):
    from csiap_planner.plugin.scoring_dock import ScoringDock

    dock = ScoringDock()
    dock.set_workspace(screened_rts)
    dock.location_combo.setCurrentIndex(dock.location_combo.findData("002/001"))   # no option can be built
    assert dock.explanation_label.text() == ""
    dock.show_matrix({"001/001": {"mck": {"cost": 1, "om": 3}}}, ["cost", "om"], {"cost": 1, "om": 1},
                     {"cost": "cost", "om": "gain"})
    assert dock.explanation_label.text() == "{} is the only option ranked here".format(names["mck"])
    dock.deleteLater()


def readable(label):
    """Whether the whole of a wrapped label can be read: all of it on the screen, or all of
    it inside a scroll area that scrolls down to its last line."""
    from qgis.PyQt.QtWidgets import QAbstractScrollArea

    needed = label.heightForWidth(label.width())
    if label.visibleRegion().boundingRect().height() >= needed:
        return True
    area = label.parentWidget()
    while area is not None and not isinstance(area, QAbstractScrollArea):
        area = area.parentWidget()
    if area is None or label.height() < needed:
        return False
    bar = area.verticalScrollBar()
    bar.setValue(bar.maximum())   # scrolled to the end: the last line is in view
    bottom = label.mapTo(area.viewport(), label.rect().bottomLeft()).y()
    return bottom <= area.viewport().height()


def test_the_whole_sentence_can_be_read_in_a_laptop_sized_dock(qgis_app, screened_rts, names):
    """Issue 15: on a 1366×768 laptop the sentence was cut after three lines (whole only in a
    tooltip). Here the dock is as narrow and short as QGIS makes it there, with a long sentence."""
    from csiap_planner.plugin.scoring_dock import ScoringDock
    from qgis.PyQt.QtWidgets import QApplication

    dock = ScoringDock()
    dock.set_workspace(screened_rts)
    for criterion in dock.criteria:   # every criterion weighs: the sentence names several reasons
        dock.weights_table.item(0, dock.criteria.index(criterion)).setText("20")
    dock.resize(300, 560)
    dock.show()
    QApplication.processEvents()
    label = dock.explanation_label
    sentence = label.text()
    assert len(sentence) > 120 and label.heightForWidth(label.width()) > 4 * label.fontMetrics().lineSpacing(), (
        sentence, label.width())
    assert readable(label), (label.height(), label.heightForWidth(label.width()), sentence)
    dock.resize(300, 420)   # shorter still: the matrix keeps its room, the sentence scrolls
    QApplication.processEvents()
    assert readable(label) and dock.matrix_table.height() >= 60
    dock.deleteLater()
