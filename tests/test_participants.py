"""Scoring by participants (core.participants) and numbers as Indonesians write
them (core.numbers), checked against hand-worked cases, numpy written from the
published formulas, and hypothesis properties."""

import math

import numpy
import pytest
from csiap_planner.core.numbers import NotANumber, read_fraction, read_number
from csiap_planner.core.participants import (
    InputError,
    Participant,
    aggregate,
    check,
    consensus,
    from_rows,
    geometric_mean,
    median_scores,
    to_rows,
    with_scores,
)
from csiap_planner.core.scoring import ahp
from hypothesis import given, settings
from hypothesis import strategies as st

CRITERIA = ["cost", "om", "land", "acceptance", "health"]
UNITS = {"cost": "Rp", "om": "1-5", "land": "m²/KK", "acceptance": "1-5", "health": "1-5"}


@pytest.mark.parametrize("text,expected", [
    ("350.000", 350000), ("Rp 2.500.000", 2500000), ("Rp. 2.500.000", 2500000), ("rp2.500.000", 2500000),
    ("4,5", 4.5), ("1.234,5", 1234.5), ("2.500.000,75", 2500000.75), ("2,500,000", 2500000),
    ("1,234.5", 1234.5), ("2 500 000", 2500000), ("25 %", 25), ("-6,2", -6.2), ("0.5", 0.5), ("1.5", 1.5),
    ("0,125", 0.125), ("12", 12), (" 7 ", 7), ("1,234", 1.234), (4500000, 4500000), (4.5, 4.5), ("", None),
    (None, None)])
def test_numbers_as_indonesians_write_them(text, expected):
    """Worked by hand: dots group thousands, a comma is a decimal comma, Rp and % are dropped."""
    assert read_number(text) == expected


@pytest.mark.parametrize("text", ["abc", "Rp", "1.2.3", "12a", "1,2,3", "--1", "empat", "1.23.456", True])
def test_text_is_refused_not_read_in_part(text):
    with pytest.raises(NotANumber):
        read_number(text)


def test_a_lone_dot_group_is_a_decimal_where_thousands_make_no_sense():
    # Coordinates and measurements: "106.775" is a longitude, not 106775.
    assert read_number("106.775", thousands=False) == 106.775
    assert read_number("2.500.000", thousands=False) == 2500000   # two groups: only thousands
    assert read_fraction("1/3") == pytest.approx(1 / 3) and read_fraction("0,5") == 0.5
    with pytest.raises(NotANumber):
        read_fraction("1/0")


def test_the_survey_import_reads_numbers_with_the_same_reader():
    from csiap_planner.core.survey import BadValue, to_number

    assert to_number("Rp 2.500.000", integer=True) == 2500000
    assert to_number("1.234", integer=True) == 1234 and to_number("1.234") == 1.234
    with pytest.raises(BadValue):
        to_number("dua")


def reciprocal(n, upper):
    """A reciprocal matrix from its upper triangle, row by row."""
    matrix = numpy.ones((n, n))
    values = iter(upper)
    for i in range(n):
        for j in range(i + 1, n):
            matrix[i, j] = next(values)
            matrix[j, i] = 1 / matrix[i, j]
    return matrix.tolist()


def test_geometric_mean_of_two_groups_worked_by_hand():
    """Women: cost 3× as important as O&M; men: O&M 3× as important as cost → equal (√(3 × 1/3) = 1).
    Cost vs land 2 and 8 → √16 = 4."""
    women = reciprocal(3, [3, 2, 1])
    men = reciprocal(3, [1 / 3, 8, 1])
    mean = geometric_mean([women, men])
    assert mean[0][1] == pytest.approx(1) and mean[0][2] == pytest.approx(4) and mean[2][0] == pytest.approx(0.25)
    oracle = numpy.exp(numpy.mean(numpy.log(numpy.array([women, men])), axis=0))
    assert numpy.allclose(mean, oracle)


def goepel_oracle(vectors, scale=9):
    """Goepel's S* with numpy, written from the published equations (Goepel 2013; BPMSG AHP-OS)."""
    w = numpy.array(vectors)
    k, n = w.shape
    h_alpha = numpy.mean(-numpy.sum(w * numpy.log(w), axis=1))
    mean = w.mean(axis=0)
    h_gamma = -numpy.sum(mean * numpy.log(mean))
    h_beta = h_gamma - h_alpha
    top, rest = scale / (n + scale - 1), 1 / (n + scale - 1)
    h_alpha_min = -top * math.log(top) - (n - 1) * rest * math.log(rest)
    correction = math.exp(math.log(n) - h_alpha_min)
    return (1 / math.exp(h_beta) - 1 / correction) / (1 - 1 / correction)


# Dong, Zhang, Hong & Xu (2010), "Consensus models for AHP group decision making under row
# geometric mean prioritization method", Decision Support Systems 49(3) 281-289, section 5
# (numerical example): five decision makers, four alternatives (A1-A4 first given by Xu 2000),
# weights 0.1, 0.3, 0.1, 0.2, 0.3; the collective matrix by the weighted geometric mean (AIJ)
# and its priorities by the row geometric mean, printed to 4 decimals. A5's row 3 reads
# (1, 2, 1, 4): the copy we read printed 1/2 for a32, which is not reciprocal to a23 = 1/2 and
# gives neither the printed collective matrix nor A5's printed priorities; 2 gives both.
DONG_2010 = [
    [[1, 4, 6, 7], [1 / 4, 1, 3, 4], [1 / 6, 1 / 3, 1, 2], [1 / 7, 1 / 4, 1 / 2, 1]],
    [[1, 5, 7, 9], [1 / 5, 1, 4, 6], [1 / 7, 1 / 4, 1, 2], [1 / 9, 1 / 6, 1 / 2, 1]],
    [[1, 3, 5, 8], [1 / 3, 1, 4, 5], [1 / 5, 1 / 4, 1, 2], [1 / 8, 1 / 5, 1 / 2, 1]],
    [[1, 4, 5, 6], [1 / 4, 1, 3, 3], [1 / 5, 1 / 3, 1, 2], [1 / 6, 1 / 3, 1 / 2, 1]],
    [[1, 1 / 2, 1, 2], [2, 1, 1 / 2, 3], [1, 2, 1, 4], [1 / 2, 1 / 3, 1 / 4, 1]],
]
DONG_2010_WEIGHTS = [0.1, 0.3, 0.1, 0.2, 0.3]
DONG_2010_COLLECTIVE = [[1, 2.227, 3.4756, 5.0937], [0.4490, 1, 1.9663, 4.0005], [0.2877, 0.5086, 1, 2.4623],
                        [0.1963, 0.2500, 0.4061, 1]]
DONG_2010_PRIORITIES = [0.4984, 0.2727, 0.1541, 0.0747]
DONG_2010_INDIVIDUAL = [[0.6145, 0.2246, 0.0985, 0.0624], [0.6461, 0.227, 0.0793, 0.0476],
                        [0.5693, 0.2764, 0.0967, 0.0575], [0.5967, 0.2208, 0.1089, 0.0736],
                        [0.2247, 0.2958, 0.378, 0.1015]]


def row_geometric_mean(matrix):
    """Priorities by the row geometric mean (Crawford & Williams 1985), as Dong et al. derive them."""
    rows = [math.prod(row) ** (1 / len(row)) for row in matrix]
    return [r / sum(rows) for r in rows]


def test_group_aggregation_gives_dong_et_al_2010s_published_collective_matrix():
    for matrix, printed in zip(DONG_2010, DONG_2010_INDIVIDUAL):   # the inputs as printed
        assert [round(w, 4) for w in row_geometric_mean(matrix)] == printed
    four = ["a1", "a2", "a3", "a4"]
    for k, matrix in enumerate(DONG_2010):    # each one passes the reciprocity check
        check(Participant("DM{}".format(k + 1), weighting="ahp", pairwise=matrix), four, {})
    collective = geometric_mean(DONG_2010, DONG_2010_WEIGHTS)
    assert [[round(v, 4) for v in row] for row in collective] == DONG_2010_COLLECTIVE
    assert [round(w, 4) for w in row_geometric_mean(collective)] == DONG_2010_PRIORITIES
    # Equal weights, as a session without weighted groups aggregates: still reciprocal, its own values.
    equal = numpy.array(geometric_mean(DONG_2010))
    assert numpy.allclose(equal * equal.T, 1) and not numpy.allclose(equal, collective, atol=1e-3)


def test_goepels_published_test_cases_for_group_priorities_and_consensus():
    """Goepel (2018), "Implementation of an online software tool for the AHP (AHP-OS)", IJAHP
    10(3), section 9 (software validation), p. 482: one criterion judged x times as important
    as every other gets x / (x + n - 1), for four criteria and x = 9 "9/12 or 75%"; k
    participants each judging a different one of k criteria extremely (9) more important
    give a consensus of 0 %. All judging alike: 100 %."""
    four = ["cost", "om", "land", "health"]
    people = [Participant("P{}".format(k), weighting="ahp",
                          pairwise=[[9 if i == k and j != k else 1 / 9 if j == k and i != k else 1
                                     for j in range(4)] for i in range(4)]) for k in range(4)]
    for k, person in enumerate(people):
        assert round(person.priorities(four)[four[k]], 4) == 0.75 and person.consistency_ratio() == pytest.approx(0)
    together = aggregate(people, four)
    assert together.method == "aij" and numpy.allclose(together.pairwise, 1)
    assert [round(w, 4) for w in together.weights.values()] == [0.25] * 4
    assert round(together.consensus, 4) == 0 and together.inconsistent == []
    assert aggregate([people[0], Participant("Q", weighting="ahp", pairwise=people[0].pairwise)],
                     four).consensus == pytest.approx(1)


def test_consensus_is_one_when_all_agree_and_zero_at_goepels_limit():
    assert consensus([[0.5, 0.3, 0.2]] * 4) == pytest.approx(1)
    # Goepel's calibration of zero consensus: n participants, each judging "its" criterion
    # 9 times as important as every other one (the priorities of minimal alpha entropy).
    n = 4
    vectors = [[9 / (n + 8) if i == k else 1 / (n + 8) for i in range(n)] for k in range(n)]
    assert consensus(vectors) == pytest.approx(0, abs=1e-12)
    some = [[0.5, 0.3, 0.2], [0.2, 0.5, 0.3], [0.4, 0.4, 0.2]]
    assert consensus(some) == pytest.approx(goepel_oracle(some))
    assert consensus([[0.5, 0.5]]) is None   # one participant: nothing to agree on
    # Typed weights all on different criteria, more extreme than the 1-9 scale: still 0, not below.
    assert consensus([[1, 0, 0], [0, 1, 0], [0, 0, 1]]) == 0


def test_median_scores_one_loud_participant_cannot_pull_the_score():
    people = [Participant(name, scores={"001/001": {"mck": {"om": value}}})
              for name, value in (("A", 4), ("B", 4), ("C", 1), ("Loud", 5), ("E", 3))]
    assert median_scores(people) == {"001/001": {"mck": {"om": 4}}}
    # Cells nobody scored keep the starting value; options the screening left out are not added.
    start = {"001/001": {"mck": {"om": 2, "cost": 2000000}}}
    people.append(Participant("F", scores={"001/001": {"ipal_komunal": {"om": 5}}}))
    assert with_scores(start, people) == {"001/001": {"mck": {"om": 4, "cost": 2000000}}}


def test_aggregate_reports_each_cr_the_consensus_and_women_and_men_side_by_side():
    women = Participant("Kelompok perempuan", "f", "women", "ahp", pairwise=reciprocal(5, [1 / 3, 1, 1 / 2, 1 / 5,
                                                                                           3, 2, 1, 1, 1 / 3, 1]))
    men = Participant("Kelompok laki-laki", "m", "men", "ahp", pairwise=reciprocal(5, [3, 5, 2, 1, 2, 1, 1 / 2, 1,
                                                                                       1 / 3, 1]))
    noisy = Participant("Utusan RT 003", None, "rt_delegates", "ahp", pairwise=reciprocal(5, [9, 1 / 9, 9, 1 / 9,
                                                                                              9, 1 / 9, 9, 1 / 9, 9,
                                                                                              1 / 9]))
    together = aggregate([women, men, noisy], CRITERIA, UNITS)
    assert together.method == "aij"
    assert numpy.allclose(together.pairwise, geometric_mean([women.pairwise, men.pairwise, noisy.pairwise]))
    assert list(together.weights.values()) == pytest.approx(list(ahp(together.pairwise).weights))
    assert together.ratios == pytest.approx({p.name: ahp(p.pairwise).cr for p in (women, men, noisy)})
    assert together.inconsistent == ["Utusan RT 003"]
    assert list(together.by_gender["f"].values()) == pytest.approx(list(ahp(women.pairwise).weights))
    assert list(together.by_gender["m"].values()) == pytest.approx(list(ahp(men.pairwise).weights))
    vectors = [ahp(p.pairwise).weights for p in (women, men, noisy)]
    assert together.consensus == pytest.approx(goepel_oracle(vectors))


def test_typed_weights_and_matrices_mixed_are_averaged_as_priorities():
    typed = Participant("A", weights={"cost": 50, "om": 50, "land": 0, "acceptance": 0, "health": 0})
    matrix = Participant("B", weighting="ahp", pairwise=reciprocal(5, [1] * 10))   # all equal: 0.2 each
    together = aggregate([typed, matrix], CRITERIA, UNITS)
    assert together.method == "aip" and together.pairwise is None
    assert together.weights == pytest.approx({"cost": 0.35, "om": 0.35, "land": 0.1, "acceptance": 0.1,
                                              "health": 0.1})


@pytest.mark.parametrize("participant,kind,cell", [
    (Participant("Bu RT", weighting="ahp", pairwise=[[1, 3, 1, 1, 1], [3, 1, 1, 1, 1]] + [[1] * 5] * 3),
     "pairwise_reciprocal", "cost × om"),
    (Participant("Pemuda", weighting="ahp", pairwise=reciprocal(5, [12] + [1] * 9)), "pairwise_value", "cost × om"),
    (Participant("Ibu-ibu", weights={"cost": -5}), "weight_negative", "cost"),
    (Participant("Bapak-bapak", scores={"001/002": {"mck": {"om": 7}}}), "score_range", "001/002 / mck / om"),
])
def test_a_bad_input_names_the_participant_and_the_cell(participant, kind, cell):
    with pytest.raises(InputError) as caught:
        check(participant, CRITERIA, UNITS)
    assert (caught.value.kind, caught.value.participant, caught.value.cell) == (kind, participant.name, cell)


def test_rows_of_a_csv_name_the_row_of_a_weight_of_text():
    rows = [{"participant": "Kelompok perempuan", "gender": "Perempuan", "group": "women", "kind": "weight",
             "criterion": "cost", "value": "25"},
            {"participant": "Kelompok perempuan", "gender": "f", "group": "women", "kind": "weight",
             "criterion": "om", "value": "dua puluh"}]
    with pytest.raises(InputError) as caught:
        from_rows(rows, CRITERIA)
    assert (caught.value.kind, caught.value.participant, caught.value.cell, caught.value.value) == (
        "not_a_number", "Kelompok perempuan", "2", "dua puluh")


def test_rows_round_trip_and_read_indonesian_numbers():
    people = from_rows([
        {"participant": "P", "gender": "Laki-laki", "kind": "pairwise", "criterion": "cost", "criterion_2": "om",
         "value": "1/3"},
        {"participant": "P", "kind": "score", "location": "001/001", "option": "mck", "criterion": "cost",
         "value": "Rp 350.000"},
        {"participant": "Q", "gender": "female", "group": "Kelompok perempuan", "kind": "weight",
         "criterion": "health", "value": "4,5"}], CRITERIA)
    p, q = people
    assert (p.gender, p.weighting, p.pairwise[1][0]) == ("m", "ahp", 3)
    assert p.scores == {"001/001": {"mck": {"cost": 350000}}}
    assert (q.gender, q.group, q.weights) == ("f", "women", {"health": 4.5})
    again = from_rows(to_rows(p, CRITERIA) + to_rows(q, CRITERIA), CRITERIA)
    assert [(x.name, x.pairwise, x.weights, x.scores) for x in again] == [
        (x.name, x.pairwise, x.weights, x.scores) for x in people]


SAATY = [1 / 9, 1 / 7, 1 / 5, 1 / 3, 1, 3, 5, 7, 9, 2, 1 / 2]


def matrices(n):
    return st.lists(st.sampled_from(SAATY), min_size=n * (n - 1) // 2, max_size=n * (n - 1) // 2).map(
        lambda upper: reciprocal(n, upper))


@settings(max_examples=60, deadline=None)
@given(st.integers(3, 6).flatmap(lambda n: st.tuples(matrices(n), st.integers(1, 6))))
def test_aggregating_identical_matrices_returns_that_matrix(case):
    matrix, k = case
    assert numpy.allclose(geometric_mean([matrix] * k), matrix)


@settings(max_examples=60, deadline=None)
@given(st.integers(3, 6).flatmap(lambda n: st.lists(matrices(n), min_size=2, max_size=6)))
def test_the_aggregate_stays_reciprocal(group):
    mean = numpy.array(geometric_mean(group))
    assert numpy.allclose(mean * mean.T, 1) and numpy.allclose(numpy.diag(mean), 1)


@settings(max_examples=40, deadline=None)
@given(st.lists(matrices(5), min_size=2, max_size=5))
def test_the_cr_is_computed_per_participant(group):
    people = [Participant("P{}".format(k), weighting="ahp", pairwise=m) for k, m in enumerate(group)]
    together = aggregate(people, CRITERIA, UNITS)
    for person in people:
        assert together.ratios[person.name] == pytest.approx(ahp(person.pairwise).cr)
    assert together.inconsistent == sorted(p.name for p in people if ahp(p.pairwise).cr >= 0.10)
