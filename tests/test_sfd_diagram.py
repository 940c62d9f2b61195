"""The SFD drawing: every arrow's width read back from the SVG equals its share of
people (worked out by hand in tests/test_sfd.py), green arrows run to the right,
red ones turn down, labels in the chosen language."""

import os
import sys
import xml.etree.ElementTree as ET

import pytest
from csiap_planner.core import sfd

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from sfd_cases import DOZEN, pct  # noqa: E402

SVG = "{http://www.w3.org/2000/svg}"
PX_PER_PCT = 2.4   # the drawing's scale: 100 % of the people is 240 px


def rects_by_fill(path):
    """``{fill colour: [(x, y, width, height)]}`` of every rectangle, with the fill of its group."""
    found = {}

    def walk(element, fill):
        fill = element.get("fill", fill)
        if element.tag == SVG + "rect":
            found.setdefault(fill, []).append(tuple(float(element.get(k)) for k in ("x", "y", "width", "height")))
        for child in element:
            walk(child, fill)

    walk(ET.parse(path).getroot(), None)
    return found


def texts(path):
    return [t.text or "" for t in ET.parse(path).getroot().iter(SVG + "text")]


@pytest.mark.parametrize("language", ["id", "en"])
def test_arrow_widths_are_the_shares_read_back_from_the_svg(qgis_app, tmp_path, language):
    from csiap_planner.report.sfd_diagram import LEFT, render_sfd

    result = sfd.area_sfd([h for h, _cell in DOZEN], "RW", "01", "Contoh")
    path = render_sfd(str(tmp_path / "sfd.svg"), result, language)
    rects = rects_by_fill(path)
    green, red, grey = rects["#2e7d32"], rects["#c62828"], rects["#8d8d8d"]
    # Green: IPAL komunal's treated wastewater (2 persons), the IPLT's treated sludge (2), the
    # containers contained and not emptied (5 + 2): horizontal shafts, as thick as their shares.
    assert sorted(h for _x, _y, _w, h in green) == pytest.approx(sorted(
        [pct(2) * PX_PER_PCT, pct(2) * PX_PER_PCT, pct(7) * PX_PER_PCT]), abs=0.01)
    assert all(x == LEFT for x, _y, _w, _h in green)
    # Red: along from the left edge, then down, both shafts as wide as the share.
    shares = sorted(pct(n) * PX_PER_PCT for n in (2, 2, 6, 7, 5, 7))   # WW/IPLT untreated, dumped, not contained ×2, OD
    along = [r for r in red if r[0] == LEFT]
    down = [r for r in red if r[0] != LEFT]
    assert sorted(h for _x, _y, _w, h in along) == pytest.approx(shares, abs=0.01)
    assert sorted(w for _x, _y, w, _h in down) == pytest.approx(shares, abs=0.01)
    assert all(h > w for _x, _y, w, h in down)                    # they turn down
    assert sorted(h for x, _y, _w, h in grey if x == LEFT) == pytest.approx([pct(2 + 42 / 11) * PX_PER_PCT],
                                                                            abs=0.01)
    # No red arrow turning down crosses another arrow's shaft.
    for x, y, w, h in down:
        for ox, oy, ow, oh in green + along + [g for g in grey if g[0] == LEFT]:
            crosses = ox < x + w - 0.01 and x < ox + ow - 0.01 and oy > y + 0.01 and oy < y + h
            assert not crosses, ((x, y, w, h), (ox, oy, ow, oh))
    words = " ".join(texts(path))
    if language == "id":
        assert "Dikelola aman: 24 %" in words and "Tidak dikelola aman: 63 %" in words
        assert "Tertampung, tidak disedot" in words and "Penyedotan" in words
    else:
        assert "Safely managed: 24 %" in words and "Not safely managed: 63 %" in words and "Emptying" in words


def test_png_is_drawn(qgis_app, tmp_path):
    from csiap_planner.report.sfd_diagram import SIZE, layout, render_sfd
    from qgis.PyQt.QtGui import QImage

    result = sfd.area_sfd([h for h, _cell in DOZEN], "RW", "01")
    image = QImage(render_sfd(str(tmp_path / "sfd.png"), result, "id"))
    assert (image.width(), image.height()) == (SIZE.width(), SIZE.height())
    first = layout(result)[0]
    assert image.pixelColor(200, int(first.top + first.width / 2)).name() == "#2e7d32"   # its green shaft
