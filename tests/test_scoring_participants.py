"""csiap:scoreoptions with numbers as Indonesians write them and with the
participants' inputs from a CSV (batch runs, qgis_process): checked in the
GeoPackage with sqlite3 and against numpy; bad rows refused, nothing saved."""

import hashlib
import traceback

import numpy
import pytest

CRITERIA = ("cost", "om", "land", "acceptance", "health", "suitability")


@pytest.fixture()
def screened(screened_rts):
    return screened_rts


def digest(path):
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


def numpy_weights(matrix):
    values, vectors = numpy.linalg.eig(numpy.array(matrix, dtype=float))
    k = numpy.argmax(values.real)
    return vectors[:, k].real / vectors[:, k].real.sum()


def test_a_cost_typed_with_thousands_dots_is_read_in_full(screened, tmp_path, query):
    """"350.000" used to be stored as 350 (and "Rp 2.500.000" refused), which re-ranked the options."""
    import processing

    scores = tmp_path / "scores.csv"
    scores.write_text('location,option,criterion,value\n001/001,mck,cost,350.000\n'
                      '001/001,septic_shared,cost,"Rp 2.500.000"\n001/001,mck,land,"1,5"\n', encoding="utf-8")
    result = processing.run("csiap:scoreoptions", {"WORKSPACE": screened, "LEVEL": 0, "SCORES": str(scores)})
    stored = dict(((o, c), v) for o, c, v in query(
        screened, "SELECT option_code, criterion_code, raw_value FROM scores WHERE session_uuid = ?",
        result["SESSION"]))
    assert stored == {("mck", "cost"): 350000, ("septic_shared", "cost"): 2500000, ("mck", "land"): 1.5}


def test_a_scores_row_of_text_is_refused_naming_the_row(screened, tmp_path, refused):
    import processing

    scores = tmp_path / "scores.csv"
    scores.write_text("location,option,criterion,value\n001/001,mck,cost,350.000\n001/001,mck,om,empat\n",
                      encoding="utf-8")
    before = digest(screened)
    with refused("row 2 .*empat"):
        processing.run("csiap:scoreoptions", {"WORKSPACE": screened, "SCORES": str(scores), "LANGUAGE": 1})
    assert digest(screened) == before


def participants_csv(path, rows):
    path.write_text("participant,gender,group,kind,location,option,criterion,criterion_2,value\n" + "".join(
        ",".join('"{}"'.format(v) for v in row) + "\n" for row in rows), encoding="utf-8")
    return str(path)


WOMEN = {("cost", "om"): 1 / 3, ("cost", "land"): 3, ("cost", "acceptance"): 1 / 2, ("cost", "health"): 1 / 5,
         ("om", "land"): 5, ("om", "acceptance"): 2, ("om", "health"): 1, ("land", "acceptance"): 1 / 3,
         ("land", "health"): 1 / 5, ("acceptance", "health"): 1, ("cost", "suitability"): 1 / 2,
         ("om", "suitability"): 2, ("land", "suitability"): 1 / 4, ("acceptance", "suitability"): 1,
         ("health", "suitability"): 3}
MEN = {("cost", "om"): 3, ("cost", "land"): 5, ("cost", "acceptance"): 2, ("cost", "health"): 1,
       ("om", "land"): 2, ("om", "acceptance"): 1, ("om", "health"): 1 / 2, ("land", "acceptance"): 1 / 2,
       ("land", "health"): 1 / 3, ("acceptance", "health"): 1, ("cost", "suitability"): 2,
       ("om", "suitability"): 1, ("land", "suitability"): 1 / 3, ("acceptance", "suitability"): 1 / 2,
       ("health", "suitability"): 2}


def matrix(judgements):
    m = numpy.ones((len(CRITERIA), len(CRITERIA)))
    for (a, b), value in judgements.items():
        i, j = CRITERIA.index(a), CRITERIA.index(b)
        m[i, j], m[j, i] = value, 1 / value
    return m


def fraction(value):
    return "1/{:g}".format(round(1 / value)) if value < 1 else "{:g}".format(value)


def test_participants_from_a_csv_are_aggregated_and_saved_with_the_session(screened, tmp_path, query):
    import processing

    rows = [("Kelompok perempuan", "f", "women", "pairwise", "", "", a, b, fraction(v)) for (a, b), v in WOMEN.items()]
    rows += [("Kelompok laki-laki", "Laki-laki", "men", "pairwise", "", "", a, b, fraction(v))
             for (a, b), v in MEN.items()]
    # O&M of the MCK in RT 001: 4, 2 and 5 → median 4; the women's cost of it typed the Indonesian way.
    rows += [("Kelompok perempuan", "f", "women", "score", "001/001", "mck", "om", "", "4"),
             ("Kelompok laki-laki", "m", "men", "score", "001/001", "mck", "om", "", "2"),
             ("Utusan RT", "", "rt_delegates", "score", "001/001", "mck", "om", "", "5"),
             ("Kelompok perempuan", "f", "women", "score", "001/001", "mck", "cost", "", "Rp 1.750.000")]
    csv = participants_csv(tmp_path / "peserta.csv", rows)
    before = digest(csv)
    result = processing.run("csiap:scoreoptions", {"WORKSPACE": screened, "LEVEL": 0, "PARTICIPANTS": csv})
    assert digest(csv) == before
    session = result["SESSION"]
    # The weights: the eigenvector of the element-wise geometric mean of both matrices (numpy).
    aggregate = numpy.sqrt(matrix(WOMEN) * matrix(MEN))
    expected = dict(zip(CRITERIA, numpy_weights(aggregate)))
    import json
    stored = json.loads(query(screened, "SELECT weights_json FROM scoring_sessions WHERE uuid = ?", session)[0][0])
    assert stored["weights"] == pytest.approx(expected, abs=1e-9)
    assert query(screened, "SELECT weighting FROM scoring_sessions")[0][0] == "ahp"
    scores = dict(((loc, o, c), v) for loc, o, c, v in query(
        screened, "SELECT location_code, option_code, criterion_code, raw_value FROM scores WHERE session_uuid = ?",
        session))
    assert scores[("001/001", "mck", "om")] == 4 and scores[("001/001", "mck", "cost")] == 1750000
    assert scores[("001/002", "mck", "om")] == 2      # nobody scored RT 002: the starting value stays
    inputs = query(screened, "SELECT participant, gender, participant_group, input_kind, value FROM scoring_inputs "
                             "WHERE session_uuid = ?", session)
    assert len(inputs) == len(rows)
    assert {(p, g, k) for p, g, _group, k, _v in inputs} >= {("Kelompok perempuan", "f", "pairwise"),
                                                             ("Kelompok laki-laki", "m", "pairwise"),
                                                             ("Utusan RT", None, "score")}


@pytest.mark.parametrize("bad,match", [
    (("Kelompok perempuan", "f", "women", "weight", "", "", "om", "", "dua puluh"),
     "Kelompok perempuan, row 2: 'dua puluh' is not a number"),
    (("Kelompok perempuan", "f", "women", "score", "001/001", "mck", "om", "", "7"),
     "Kelompok perempuan, score 001/001 / mck / om: 7 is outside 1-5"),
])
def test_a_bad_participant_row_is_refused_and_nothing_is_saved(screened, tmp_path, refused, bad, match):
    import processing

    rows = [("Kelompok perempuan", "f", "women", "weight", "", "", "cost", "", "25"), bad]
    csv = participants_csv(tmp_path / "peserta.csv", rows)
    before = digest(screened)
    with refused(match):
        processing.run("csiap:scoreoptions", {"WORKSPACE": screened, "PARTICIPANTS": csv, "LANGUAGE": 1})
    assert digest(screened) == before


def test_a_matrix_that_is_not_reciprocal_is_refused_naming_the_cell(screened, tmp_path, refused):
    import processing

    rows = [("Bapak-bapak", "m", "men", "pairwise", "", "", "cost", "om", "3"),
            ("Bapak-bapak", "m", "men", "pairwise", "", "", "om", "cost", "3")]
    before = digest(screened)
    with refused("Bapak-bapak, sel perbandingan cost × om: matriks tidak resiprokal") as caught:
        processing.run("csiap:scoreoptions", {"WORKSPACE": screened, "LANGUAGE": 0,
                                              "PARTICIPANTS": participants_csv(tmp_path / "p.csv", rows)})
    traceback.clear_frames(caught.tb)
    assert digest(screened) == before
