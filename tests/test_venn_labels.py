"""Issue 15 item 18: the labels of the Venn diagram never overlap. Read back from the SVG:
every label is drawn on a white ground (a <rect> of a white-filled group), each text line
lies on one ground, and no two grounds intersect — for the sample's institutions and for a
crowded diagram (many long names, most overlapping the Community circle)."""

import itertools
import json
import os
import xml.etree.ElementTree as ET

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SVG = "{http://www.w3.org/2000/svg}"
SAMPLE = json.load(open(os.path.join(ROOT, "sample", "process_records_synthetic.json"), encoding="utf-8"))
CROWDED = [{"name": "{} {}".format(name, k), "importance": 1 + k % 5, "closeness": 5 - k % 2}
           for k, name in enumerate(["Dinas Lingkungan Hidup", "Dinas Perumahan Rakyat dan Kawasan Permukiman",
                                     "Puskesmas Kelurahan", "PKK", "Posyandu Melati", "Karang Taruna",
                                     "Majelis taklim Al-Ikhlas", "Lembaga Musyawarah Kelurahan", "Ketua RW",
                                     "Bank Sampah", "Koperasi", "Sekolah dasar negeri", "Penyedot tinja swasta",
                                     "Forum Kesehatan Kelurahan", "BKM", "Pokja Sanitasi"])]


def grounds_and_lines(path):
    """The label grounds (x0, y0, x1, y1) and the text lines (text, x, baseline y) of the SVG."""
    grounds, lines = [], []
    for group in ET.parse(path).iter(SVG + "g"):
        if group.get("fill") == "#ffffff":
            for rect in group.iter(SVG + "rect"):
                x, y = float(rect.get("x")), float(rect.get("y"))
                grounds.append((x, y, x + float(rect.get("width")), y + float(rect.get("height"))))
    for text in ET.parse(path).iter(SVG + "text"):
        lines.append((text.text, float(text.get("x")), float(text.get("y"))))
    return grounds, lines


def overlap(a, b, tolerance=1.0):
    """Whether two rectangles share more than ``tolerance`` pixels each way (the SVG rounds to pixels)."""
    return min(a[2], b[2]) - max(a[0], b[0]) > tolerance and min(a[3], b[3]) - max(a[1], b[1]) > tolerance


@pytest.mark.parametrize("institutions", [SAMPLE["institutions"], CROWDED], ids=["sample", "crowded"])
def test_venn_labels_do_not_overlap(qgis_app, tmp_path, institutions):
    from csiap_planner.report.diagrams import VENN_SIZE, render_venn

    path = render_venn(str(tmp_path / "venn.svg"), institutions, "id")
    grounds, lines = grounds_and_lines(path)
    assert len(grounds) == len(institutions) + 1        # each institution's, and Masyarakat's
    clashes = [(a, b) for a, b in itertools.combinations(grounds, 2) if overlap(a, b)]
    assert clashes == []
    for ground in grounds:
        assert 0 <= ground[0] and 0 <= ground[1] and ground[2] <= VENN_SIZE.width() and \
            ground[3] <= VENN_SIZE.height(), ground
    # Every word of every name is drawn, each line on a ground (the key at the foot has none).
    drawn = "".join("".join(text.split()) for text, _x, _y in lines)   # lines of one label follow each other
    for row in institutions:
        assert "".join(row["name"].split()) in drawn, row["name"]
    for text, x, y in lines[1:]:
        if text.startswith("Ukuran lingkaran"):
            continue
        assert any(g[0] - 1 <= x <= g[2] + 1 and g[1] <= y <= g[3] + 1 for g in grounds), (text, x, y)
