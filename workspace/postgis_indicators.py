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
sent once into a temporary table with a GiST index of its own; everything runs
in one transaction at REPEATABLE READ, so that the answers numbered in the first
query are the ones summed in the second, whoever edits meanwhile.
"""

from psycopg2 import sql

from .postgis import _cursor, _ident, _srid, _table

AREAS = "csiap_indicator_areas"
PLACED = "csiap_indicator_households"


def _placed(layer, where=None):
    """The rows of ``layer`` in their area by the attach rule: ``(fid, number)``."""
    where = where if where is not None else sql.SQL("TRUE")
    return sql.SQL(
        "SELECT DISTINCT ON (f.fid) f.fid, a.number FROM {areas} a JOIN {layer} f ON ST_Intersects(a.geom, f.geom) "
        "WHERE {where} ORDER BY f.fid, ST_Contains(a.geom, f.geom) DESC, a.rank").format(
            areas=_ident(AREAS), layer=layer, where=where)


def count_in_areas(reference, areas, answers, distance, edges, counts_of, reach):
    """Count the workspace's households, problems and public wells per area.

    ``areas``: ``[(number, rank, wkb)]``; ``answers``: the household fields that
    decide the counts; ``distance``: a field compared only against ``edges``
    (strictly less than), sets of answers keeping one distance of each side;
    ``counts_of(sets)``: given the sets (dicts of answers and distance), the
    names of what they add and, per name, the number each set adds;
    ``reach``: the distance within which septic tanks are looked for around a well.

    Returns a dict: ``households`` ``{number: (households, members, {name: total})}``,
    ``problems`` ``[(number, category, season, count)]``, ``wells``
    ``[(number, (x, y), [(x, y) of septic tanks within reach])]``, and the rows
    placed in no area, ``outside_households`` and ``outside_problems``.
    """
    with _cursor(reference, write=True) as (ref, cursor):
        cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        srid = _srid(ref, cursor)
        households, problems, facilities = (_table(ref, name) for name in ("households", "problems", "facilities"))
        cursor.execute(sql.SQL(
            "CREATE TEMPORARY TABLE {} ON COMMIT DROP AS SELECT number, rank, ST_SetSRID(ST_GeomFromWKB(wkb), {}) "
            "AS geom FROM unnest(%s::int[], %s::int[], %s::bytea[]) AS a(number, rank, wkb)").format(
                _ident(AREAS), sql.Literal(int(srid))),
            ([a[0] for a in areas], [a[1] for a in areas], [bytes(a[2]) for a in areas]))
        cursor.execute(sql.SQL("CREATE INDEX ON {} USING gist (geom)").format(_ident(AREAS)))
        cursor.execute(sql.SQL("ANALYZE {}").format(_ident(AREAS)))
        cursor.execute(sql.SQL("CREATE TEMPORARY TABLE {} ON COMMIT DROP AS {}").format(
            _ident(PLACED), _placed(households)))

        # The sets of answers, numbered as the second query numbers them (the same ORDER BY).
        side = sql.SQL("CASE WHEN {0} IS NULL THEN 0 ELSE 1{1} END").format(
            _ident(distance), sql.SQL("").join(sql.SQL(" + (NOT ({} < {}))::int").format(
                _ident(distance), sql.Literal(float(edge))) for edge in edges))
        ordered = sql.SQL(", ").join([_ident(name) for name in answers] + [side])
        cursor.execute(sql.SQL("SELECT {}, min({}) FROM {} GROUP BY {} ORDER BY {}").format(
            sql.SQL(", ").join(_ident(name) for name in answers), _ident(distance), households, ordered, ordered))
        sets = [dict(zip(answers + [distance], row)) for row in cursor.fetchall()]
        names, added = counts_of(sets)

        columns = [_ident("k{}".format(i)) for i in range(len(names))]
        cursor.execute(sql.SQL(
            "WITH coded AS (SELECT fid, coalesce(members, 0) AS members, "
            "dense_rank() OVER (ORDER BY {ordered}) AS answer_set FROM {households}), "
            "added AS (SELECT * FROM unnest({arrays}) WITH ORDINALITY AS s({columns}, answer_set)) "
            "SELECT p.number, count(*), sum(c.members){sums} FROM {placed} p JOIN coded c USING (fid) "
            "JOIN added s USING (answer_set) GROUP BY p.number").format(
                ordered=ordered, households=households,
                arrays=sql.SQL(", ").join(sql.SQL("%s::bigint[]") for _ in names) if names else sql.SQL("ARRAY[0]"),
                columns=sql.SQL(", ").join(columns) if names else _ident("none"),
                sums=sql.SQL("").join(sql.SQL(", sum(s.{})").format(c) for c in columns),
                placed=_ident(PLACED)),
            [list(map(int, column)) for column in added])
        counted = {row[0]: (int(row[1]), int(row[2]), {name: int(v) for name, v in zip(names, row[3:])})
                   for row in cursor.fetchall()}
        cursor.execute(sql.SQL("SELECT count(*) FROM {}").format(households))
        outside_households = cursor.fetchone()[0] - sum(n for n, _m, _c in counted.values())

        cursor.execute(sql.SQL(
            "SELECT p.number, f.category, f.season, count(*) FROM ({}) p JOIN {} f USING (fid) "
            "GROUP BY p.number, f.category, f.season").format(_placed(problems), problems))
        problem_rows = cursor.fetchall()
        cursor.execute(sql.SQL("SELECT count(*) FROM {}").format(problems))
        outside_problems = cursor.fetchone()[0] - sum(row[3] for row in problem_rows)

        # Public wells and the placed septic tanks around them; the caller measures.
        cursor.execute(sql.SQL(
            "SELECT w.fid, w.number, ST_X(f.geom), ST_Y(f.geom), ST_X(h.geom), ST_Y(h.geom) "
            "FROM ({wells}) w JOIN {facilities} f USING (fid) "
            "LEFT JOIN {households} h ON h.containment = 'septic_tank' AND ST_DWithin(h.geom, f.geom, %s) "
            # A septic tank counts where it is placed in an area: where it meets one (the rule places those).
            "AND EXISTS (SELECT 1 FROM {areas} a WHERE ST_Intersects(a.geom, h.geom)) ORDER BY w.fid").format(
                wells=_placed(facilities, sql.SQL("f.kind = 'public_well'")), facilities=facilities,
                households=households, areas=_ident(AREAS)), (float(reach),))
        wells = {}
        for fid, number, x, y, tank_x, tank_y in cursor.fetchall():
            well = wells.setdefault(fid, (number, (x, y), []))
            if tank_x is not None:
                well[2].append((tank_x, tank_y))
    return {"households": counted, "outside_households": outside_households, "problems": problem_rows,
            "outside_problems": outside_problems, "wells": list(wells.values())}
