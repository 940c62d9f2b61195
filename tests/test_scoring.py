"""The scoring matrix: AHP against a published example and numpy, the random
index off-by-one trap, n = 1 and 2, ties, cost criteria, sensitivity; and
csiap:scoreoptions saving a session without touching its inputs."""

import hashlib
import traceback

import numpy
import pytest
from csiap_planner.core.scoring import (
    RANDOM_INDEX,
    ScoringError,
    ahp,
    pairwise_matrix,
    parse_pairwise,
    rank,
    score_location,
    sensitivity,
)
from shapely.geometry import box

X0, Y0 = 700000.0, 9300000.0
# Six criteria: cost, om, land, acceptance, health, suitability (the catalogue's order).
PAIRWISE = "1 3 5 3 3 3; 1/3 1 3 1 1 1; 1/5 1/3 1 1/3 1/3 1/3; 1/3 1 3 1 1 1; 1/3 1 3 1 1 1; 1/3 1 3 1 1 1"


def numpy_ahp(matrix):
    """Independent oracle: numpy's eigen-decomposition."""
    values, vectors = numpy.linalg.eig(numpy.array(matrix, dtype=float))
    k = numpy.argmax(values.real)
    weights = vectors[:, k].real / vectors[:, k].real.sum()
    return weights, values.real[k]


def test_published_three_criteria_example():
    # The textbook example (e.g. Saaty 1980; many AHP tutorials): weights
    # 0.637 / 0.258 / 0.105, λmax 3.039, CI 0.019, CR 0.033.
    matrix = parse_pairwise("1 3 5; 1/3 1 3; 1/5 1/3 1")
    result = ahp(matrix)
    assert result.weights == pytest.approx((0.637, 0.258, 0.105), abs=1e-3)
    assert result.lambda_max == pytest.approx(3.0385, abs=1e-4)
    assert result.cr == pytest.approx(0.033, abs=1e-3) and result.consistent
    weights, lambda_max = numpy_ahp(matrix)
    assert result.weights == pytest.approx(tuple(weights), abs=1e-9)
    assert result.lambda_max == pytest.approx(lambda_max, abs=1e-9)


def test_random_index_is_read_at_n_not_n_minus_one():
    assert RANDOM_INDEX[1:] == (0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49)
    matrix = pairwise_matrix(4, {(0, 1): 2, (0, 2): 3, (0, 3): 2, (1, 2): 3, (1, 3): 3, (2, 3): 2})
    result = ahp(matrix)
    _weights, lambda_max = numpy_ahp(matrix)
    ci = (lambda_max - 4) / 3
    assert result.ci == pytest.approx(ci, abs=1e-9)
    # RI(4) = 0.90 gives CR 0.080 (acceptable); an off-by-one table (RI 0.58) would say 0.124.
    assert result.cr == pytest.approx(ci / 0.90) and result.cr < 0.10 and ci / 0.58 >= 0.10
    assert result.consistent


def test_one_and_two_criteria_need_no_random_index():
    one = ahp([[1]])
    assert one.weights == (1.0,) and one.cr == 0.0
    two = ahp(pairwise_matrix(2, {(0, 1): 3}))
    assert two.weights == pytest.approx((0.75, 0.25)) and two.cr == 0.0 and two.consistent


def test_inconsistent_and_malformed_matrices():
    cyclic = pairwise_matrix(3, {(0, 1): 9, (1, 2): 9, (0, 2): 1 / 9})   # A ≫ B ≫ C but C ≫ A
    assert not ahp(cyclic).consistent and ahp(cyclic).cr > 1
    for bad, kind in (([[1, 2], [2, 1]], "ahp_reciprocal"), ([[1, 2, 3], [0.5, 1]], "ahp_shape"),
                      ([[1, -2], [-0.5, 1]], "ahp_value"), ([[1] * 11] * 11, "ahp_size")):
        with pytest.raises(ScoringError) as caught:
            ahp(bad)
        assert caught.value.kind == kind


def test_cost_criteria_ties_and_incomplete_options_by_hand():
    values = {
        "A": {"cost": 100, "quality": 3},
        "B": {"cost": 200, "quality": 5},
        "C": {"cost": 150, "quality": 4},
        "D": {"cost": None, "quality": 5},
    }
    result = score_location(values, {"cost": 1, "quality": 1}, {"cost": "cost", "quality": "gain"})
    # Normalised: A cost 1, quality 0 → 0.5; B 0, 1 → 0.5; C 0.5, 0.5 → 0.5: a three-way tie.
    assert [(r.option, r.rank, r.tied) for r in result.ranking] == [("A", 1, True), ("B", 1, True), ("C", 1, True)]
    assert result.incomplete == {"D": ["cost"]}
    result = score_location(values, {"cost": 3, "quality": 1}, {"cost": "cost", "quality": "gain"})
    assert [(r.option, r.rank) for r in result.ranking] == [("A", 1), ("C", 2), ("B", 3)]
    assert result.ranking[0].score == pytest.approx(0.75) and result.ranking[1].score == pytest.approx(0.5)
    assert [(r.option, r.rank) for r in rank({"x": 2.0, "y": 1.0, "z": 1.0, "w": 0.5})] == \
        [("x", 1), ("y", 2), ("z", 2), ("w", 4)]


def test_sensitivity_lists_the_ranks_a_weight_change_flips():
    values = {"A": {"cost": 100, "quality": 3}, "B": {"cost": 200, "quality": 5}}
    # A: 0.55 (cost), B: 0.45 (quality): cost +20 % keeps A first; cost −20 % gives 0.44 / 0.56 and flips.
    flips = sensitivity(values, {"cost": 55, "quality": 45}, {"cost": "cost", "quality": "gain"})
    described = {(f.criterion, round(f.change, 1)): f.ranks for f in flips}
    # quality +20 %: 55/109 against 54/109, A stays first.
    assert described == {("cost", -0.2): {"A": (1, 2), "B": (2, 1)}}


def digest(path):
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


def seeded_workspace(path, seed_rows):
    seed_rows(path, "rt", [
        {"uuid": "a", "rw": "001", "code": "001", "households": 40, "truck_access": True, "flood_prone": False,
         "groundwater_depth_m": 3.0, "permeability_cm_h": 5.0, "slope_pct": 2.0, "water_lpcd": 90.0,
         "sewer_nearby": False, "geometry": box(X0, Y0, X0 + 100, Y0 + 100)},
        {"uuid": "b", "rw": "001", "code": "002", "households": 8, "truck_access": False, "flood_prone": True,
         "geometry": box(X0 + 100, Y0, X0 + 200, Y0 + 100)},
    ])


def test_score_options_saves_a_session_and_leaves_inputs(csiap_processing, any_workspace, seed_rows, tmp_path,
                                                         read_layer):
    import processing

    seeded_workspace(any_workspace, seed_rows)
    processing.run("csiap:screenoptions", {"WORKSPACE": any_workspace, "LEVEL": 0})
    scores = tmp_path / "scores.csv"
    scores.write_text("location,option,criterion,value\n" + "".join(
        "001/001,{},{},{}\n".format(option, criterion, value)
        for option, row in {"septic_individual": (4, 4, 3, 5, 3, 0.8), "septic_shared": (3, 3, 1.5, 4, 3, 0.5),
                            "ipal_komunal": (5.5, 3, 2, 4, 5, 1.0)}.items()
        for criterion, value in zip(("cost", "om", "land", "acceptance", "health", "suitability"), row)),
        encoding="utf-8")
    before = digest(scores)
    result = processing.run("csiap:scoreoptions", {
        "WORKSPACE": any_workspace, "LEVEL": 0, "SCORES": str(scores), "WEIGHTING": 1,
        "PAIRWISE": PAIRWISE,
        "FORUM": 0, "SESSION_DATE": "2026-10-03", "PARTICIPANTS_FEMALE": 12, "PARTICIPANTS_MALE": 15,
        "OUTPUT": str(tmp_path / "ranking.gpkg")})
    assert digest(scores) == before
    sessions = read_layer(any_workspace, "scoring_sessions")
    assert list(sessions.uuid) == [result["SESSION"]]
    session = sessions.iloc[0]
    assert (session.participants_female, session.participants_male, session.weighting) == (12, 15, "ahp")
    assert session.consistency_ratio == pytest.approx(result["CONSISTENCY_RATIO"]) and result["CONSISTENCY_RATIO"] < 0.1
    stored = read_layer(any_workspace, "scores")
    assert len(stored) == 18 and set(stored.session_uuid) == {result["SESSION"]}
    ranking = read_layer(any_workspace, "ranking").sort_values("rank")
    # By hand with the AHP weights (numpy) and min-max normalisation.
    weights, _ = numpy_ahp(parse_pairwise(PAIRWISE))
    table = numpy.array([(4, 4, 3, 5, 3, 0.8), (3, 3, 1.5, 4, 3, 0.5), (5.5, 3, 2, 4, 5, 1.0)], dtype=float)
    low, high = table.min(axis=0), table.max(axis=0)
    normalised = (table - low) / (high - low)
    normalised[:, [0, 2]] = 1 - normalised[:, [0, 2]]   # cost and land: lower is better
    expected = dict(zip(["septic_individual", "septic_shared", "ipal_komunal"], normalised @ weights))
    for row in ranking.itertuples():
        assert row.score == pytest.approx(expected[row.option_code], abs=1e-9)
    assert list(ranking.option_code) == sorted(expected, key=expected.get, reverse=True)
    # A second run is a second session: nothing overwritten.
    processing.run("csiap:scoreoptions", {"WORKSPACE": any_workspace, "LEVEL": 0, "SCORES": str(scores),
                                          "WEIGHTS": "cost=1; om=1; land=1; acceptance=1; health=1; suitability=1"})
    assert len(read_layer(any_workspace, "scoring_sessions")) == 2


def test_bad_weights_fail_in_the_users_language_and_change_nothing(csiap_processing, any_workspace, seed_rows,
                                                                   workspace_state):
    from qgis.core import QgsProcessingException

    import processing

    seeded_workspace(any_workspace, seed_rows)
    processing.run("csiap:screenoptions", {"WORKSPACE": any_workspace, "LEVEL": 0})
    before = workspace_state(any_workspace)
    with pytest.raises(QgsProcessingException, match="tidak resiprokal") as caught:
        processing.run("csiap:scoreoptions", {"WORKSPACE": any_workspace, "WEIGHTING": 1, "LANGUAGE": 0,
                                              "PAIRWISE": "1 2 1 1 1 1; 2 1 1 1 1 1; 1 1 1 1 1 1; "
                                                          "1 1 1 1 1 1; 1 1 1 1 1 1; 1 1 1 1 1 1"})
    traceback.clear_frames(caught.tb)
    with pytest.raises(QgsProcessingException, match="unknown criteria") as caught:
        processing.run("csiap:scoreoptions", {"WORKSPACE": any_workspace, "WEIGHTS": "price=3", "LANGUAGE": 1})
    traceback.clear_frames(caught.tb)
    assert workspace_state(any_workspace) == before
