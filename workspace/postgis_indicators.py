"""The counts of ``csiap:areaindicators`` computed inside PostGIS (issue 18 part 6).

A storage module, beside ``postgis.py`` (whose connection, quoting and
transaction helpers it uses): households, problems and public wells are placed
in their areas by a join with ``ST_Intersects`` (the GiST index of each
layer), the attach rule as an ``ORDER BY`` (interior first, ``ST_Contains``,
then the area's rank in ``core.areas.code_key`` order), and summed with
``GROUP BY``. What a household adds to its area's counts stays the rule of
``core.indicators``: the database hands over the distinct sets of answers,
the caller says what each adds, and the database sums them per area.

The areas are the caller's (made valid by QGIS, as the attach rule tests them),
sent once into a temporary table with a GiST index of its own. The placed
households are copied with their answers, by one statement, into a temporary
table that the later ones read: the sets of answers found are the ones summed,
whoever edits meanwhile.
"""

import io

from psycopg2 import sql

from .postgis import _cursor, _ident, _srid, _table

AREAS = "csiap_indicator_areas"
PLACED = "csiap_indicator_households"
ADDED = "csiap_indicator_answers"


def _copy_text(text):
    """``text`` as a field of COPY's text format."""
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def _placed(layer, count, where=None, carried=()):
    """The rows of ``layer`` in their area by the attach rule, ``(fid, rank)``: among
    the areas it meets, one whose interior holds it first, then the lowest rank
    (``count``: more than any rank). The areas drive the join: each polygon is
    tested against the points of its index scan in a row, which PostGIS caches,
    ten times quicker than a polygon per point (the planner's pick at 1 M rows,
    which ``LATERAL … OFFSET 0`` rules out). ``carried``: ``[(expression of the
    row f, name)]`` to keep along."""
    where = where if where is not None else sql.SQL("TRUE")
    inner = sql.SQL("").join(sql.SQL(", {} AS {}").format(expression, _ident(name)) for expression, name in carried)
    # The same values in each of a row's pairs: take the first (any type; min has no boolean).
    outer = sql.SQL("").join(sql.SQL(", (array_agg(f.{0}))[1] AS {0}").format(_ident(name))
                             for _expression, name in carried)
    return sql.SQL(
        "SELECT f.fid, mod(min(CASE WHEN f.inside THEN 0 ELSE {count} END + a.rank), {count}) AS rank{outer} "
        "FROM {areas} a CROSS JOIN LATERAL (SELECT f.fid, ST_Contains(a.geom, f.geom) AS inside{inner} "
        "FROM {layer} f WHERE ST_Intersects(a.geom, f.geom) AND {where} OFFSET 0) f GROUP BY f.fid").format(
            count=sql.Literal(int(count)), areas=_ident(AREAS), layer=layer, where=where, inner=inner, outer=outer)


def _answer_key(answers, distance, edges):
    """One text per set of answers of a row ``f``, the same for rows that answered alike: each
    answer quoted (``quote_nullable``: NULL apart, never two values alike), and
    the side of each edge the distance falls on."""
    side = sql.SQL("CASE WHEN f.{0} IS NULL THEN 0 ELSE 1{1} END").format(
        _ident(distance), sql.SQL("").join(sql.SQL(" + (NOT (f.{} < {}))::int").format(
            _ident(distance), sql.Literal(float(edge))) for edge in edges))
    parts = [sql.SQL("quote_nullable(f.{})").format(_ident(name)) for name in answers]
    return sql.SQL("concat_ws(',', {}, {})").format(sql.SQL(", ").join(parts), side)


def count_in_areas(reference, areas, answers, distance, edges, counts_of, reach):
    """Count the workspace's households, problems and public wells per area.

    ``areas``: ``[(rank, wkb)]``, ranks 0, 1, … in the attach rule's order;
    ``answers``: the household fields that decide the counts; ``distance``: a
    field compared only against ``edges`` (strictly less than), so sets of
    answers keep one distance of each side; ``counts_of(sets)``: given the sets
    (dicts of answers and distance), the names of what they add and, per name,
    the number each set adds; ``reach``: the distance within which septic tanks
    are looked for around a public well.

    Returns a dict: ``households`` ``{rank: (households, members, {name: total})}``,
    ``problems`` ``[(rank, category, season, count)]``, ``wells``
    ``[(rank, (x, y), [(x, y) of septic tanks within reach])]``, and the rows
    placed in no area, ``outside_households`` and ``outside_problems``.
    """
    with _cursor(reference, write=True) as (ref, cursor):
        # Sorts and hashes of a million rows in memory; no JIT compiling for one run.
        cursor.execute("SET LOCAL work_mem = '256MB'")
        cursor.execute("SET LOCAL jit = off")
        srid = _srid(ref, cursor)
        count = max((rank for rank, _wkb in areas), default=-1) + 1
        households, problems, facilities = (_table(ref, name) for name in ("households", "problems", "facilities"))
        cursor.execute(sql.SQL(
            "CREATE TEMPORARY TABLE {} ON COMMIT DROP AS SELECT rank, ST_SetSRID(ST_GeomFromWKB(wkb), {}) "
            "AS geom FROM unnest(%s::int[], %s::bytea[]) AS a(rank, wkb)").format(
                _ident(AREAS), sql.Literal(int(srid))),
            ([a[0] for a in areas], [bytes(a[1]) for a in areas]))
        cursor.execute(sql.SQL("CREATE INDEX ON {} USING gist (geom)").format(_ident(AREAS)))
        cursor.execute(sql.SQL("ANALYZE {}").format(_ident(AREAS)))
        key = _answer_key(answers, distance, edges)
        # Each placed household with its area and its set of answers.
        carried = [(sql.SQL("coalesce(f.members, 0)"), "members"), (key, "answers")] + [
            (sql.SQL("f.{}").format(_ident(name)), name) for name in answers + [distance]]
        cursor.execute(sql.SQL("CREATE TEMPORARY TABLE {} ON COMMIT DROP AS {}").format(
            _ident(PLACED), _placed(households, count, carried=carried)))
        cursor.execute(sql.SQL("ANALYZE {}").format(_ident(PLACED)))

        # The sets of answers of placed households, each with the answers of one of
        # its households (its distance on the same side of every edge as the others').
        cursor.execute(sql.SQL(
            "SELECT s.answers, {answers}, h.{distance} FROM (SELECT answers, min(fid) AS fid FROM {placed} "
            "GROUP BY answers) s JOIN {placed} h USING (fid)").format(
                answers=sql.SQL(", ").join(sql.SQL("h.{}").format(_ident(name)) for name in answers),
                distance=_ident(distance), placed=_ident(PLACED)))
        found = cursor.fetchall()
        sets = [dict(zip(answers + [distance], row[1:])) for row in found]
        names, added = counts_of(sets)
        columns = [_ident("k{}".format(i)) for i in range(len(names))]
        # integer, not bigint: sum(integer) adds in bigint, sum(bigint) in numeric (slow).
        cursor.execute(sql.SQL("CREATE TEMPORARY TABLE {} (answers text{}) ON COMMIT DROP").format(
            _ident(ADDED), sql.SQL("").join(sql.SQL(", {} integer").format(c) for c in columns)))
        # COPY: ten thousand sets of thirty numbers, not a query text to parse.
        lines = io.StringIO("".join("{}\t{}\n".format(_copy_text(row[0]), "\t".join(
            str(int(column[number])) for column in added)) for number, row in enumerate(found)))
        cursor.copy_expert(sql.SQL("COPY {} FROM STDIN").format(_ident(ADDED)).as_string(cursor), lines)
        cursor.execute(sql.SQL(
            "SELECT p.rank, count(*), sum(p.members){sums} FROM {placed} p JOIN {added} s USING (answers) "
            "GROUP BY p.rank").format(
                sums=sql.SQL("").join(sql.SQL(", sum(s.{})").format(c) for c in columns),
                placed=_ident(PLACED), added=_ident(ADDED)))
        counted = {row[0]: (int(row[1]), int(row[2]), {name: int(v) for name, v in zip(names, row[3:])})
                   for row in cursor.fetchall()}
        cursor.execute(sql.SQL("SELECT count(*) FROM {}").format(households))
        outside_households = cursor.fetchone()[0] - sum(n for n, _m, _c in counted.values())

        cursor.execute(sql.SQL(
            "SELECT p.rank, f.category, f.season, count(*) FROM ({}) p JOIN {} f USING (fid) "
            "GROUP BY p.rank, f.category, f.season").format(_placed(problems, count), problems))
        problem_rows = cursor.fetchall()
        cursor.execute(sql.SQL("SELECT count(*) FROM {}").format(problems))
        outside_problems = cursor.fetchone()[0] - sum(row[3] for row in problem_rows)

        # Public wells and the placed septic tanks around them; the caller measures.
        cursor.execute(sql.SQL(
            "SELECT w.fid, w.rank, ST_X(f.geom), ST_Y(f.geom), ST_X(h.geom), ST_Y(h.geom) "
            "FROM ({wells}) w JOIN {facilities} f USING (fid) "
            "LEFT JOIN {households} h ON h.containment = 'septic_tank' AND ST_DWithin(h.geom, f.geom, %s) "
            # A septic tank counts where it is placed in an area: where it meets one (the rule places those).
            "AND EXISTS (SELECT 1 FROM {areas} a WHERE ST_Intersects(a.geom, h.geom)) ORDER BY w.fid").format(
                wells=_placed(facilities, count, sql.SQL("f.kind = 'public_well'")), facilities=facilities,
                households=households, areas=_ident(AREAS)), (float(reach),))
        wells = {}
        for fid, rank, x, y, tank_x, tank_y in cursor.fetchall():
            well = wells.setdefault(fid, (rank, (x, y), []))
            if tank_x is not None:
                well[2].append((tank_x, tank_y))
    return {"households": counted, "outside_households": outside_households, "problems": problem_rows,
            "outside_problems": outside_problems, "wells": list(wells.values())}
