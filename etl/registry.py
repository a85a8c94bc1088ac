"""Assigning every participation and appointment to a person: jurisdiction from the title, bare
names resolved to the titled person of that name in the same issuer nearest in time, curators'
overrides applied, ids derived from the resulting `name@jurisdiction` key."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

import duckdb
import polars as pl

from queries import frame, registered

from .identity import issuer_jurisdiction, office_rank, title_jurisdiction
from .overrides import Overrides



@dataclass
class IdentityReport:
    """What the registry pass did, for `etl people check`."""

    people: int = 0
    mentions: int = 0
    bare: int = 0
    bare_resolved: int = 0  # bare names matched to a titled mention of the same issuer
    bare_elsewhere: int = 0  # … whose office lies outside the issuer (a provincial leader named bare)
    bare_unresolved: int = 0  # no titled mention of that name in the issuer: kept as the issuer's
    bare_resolvable_unresolved: int = 0  # must be 0: a titled mention existed but was not used
    merged_names: int = 0  # people whose mentions came under more than one written form
    overrides: list[tuple[str, str, int]] = field(default_factory=list)  # (kind, rule, mentions moved)


def person_id(key: str) -> str:
    return "p" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def _mentions(con: duckdb.DuckDBPyConnection) -> pl.DataFrame:
    events = frame(con, "SELECT 'event' AS kind, p.event_id AS ref, p.ord, p.name, p.name_norm, p.title, "
                        "coalesce(e.issuer, '') AS issuer, e.date_start AS date "
                        "FROM participants p JOIN events e USING (event_id)")
    apps = frame(con, "SELECT 'appointment' AS kind, appointment_id AS ref, ord, name, name_norm, "
                      "position AS title, coalesce(issuer, '') AS issuer, date FROM appointments")
    cols = {"kind": pl.Utf8, "ref": pl.Utf8, "ord": pl.Int32, "name": pl.Utf8, "name_norm": pl.Utf8,
            "title": pl.Utf8, "issuer": pl.Utf8, "date": pl.Date}
    return pl.concat([f.cast(cols) for f in (events, apps) if f.height], how="vertical") if events.height or \
        apps.height else pl.DataFrame(schema=cols)


def _offices(rows: pl.DataFrame) -> pl.DataFrame:
    """Each distinct (title, issuer) with its jurisdiction, the issuer's own, and the office's rank."""
    combos = rows.select("title", "issuer").unique()
    out = []
    for title, issuer in combos.iter_rows():
        j, home = title_jurisdiction(title, issuer), issuer_jurisdiction(issuer)
        level, grade = office_rank(title, issuer)
        out.append((title, issuer, j.key, j.name, home.key, home.name, level, grade))
    return pl.DataFrame(out, schema=["title", "issuer", "jkey", "jname", "home_key", "home_name", "office_level",
                                     "office_grade"], orient="row")


def assign(con: duckdb.DuckDBPyConnection, overrides: Overrides) -> IdentityReport:
    """Rewrite person_id (and jurisdiction, office rank) on participants and appointments."""
    report = IdentityReport()
    con.execute("CREATE OR REPLACE TABLE person_renames (person_id VARCHAR, name VARCHAR)")
    rows = _mentions(con)
    report.mentions = rows.height
    if not rows.height:
        _save_report(con, report)
        return report
    rows = rows.join(_offices(rows), on=["title", "issuer"], how="left").with_row_index("row")
    titled = rows.filter(pl.col("title") != "").select("issuer", "name_norm", pl.col("date").alias("t_date"),
                                                       pl.col("jkey").alias("t_key"), pl.col("jname").alias("t_name"))
    bare = rows.filter(pl.col("title") == "").select("row", "issuer", "name_norm", "date")
    report.bare = bare.height
    # nearest titled mention in time, per issuer and name: an as-of join, never a cross product
    dated_titled = titled.filter(pl.col("t_date").is_not_null()).sort("t_date")
    nearest_dated = (
        bare.filter(pl.col("date").is_not_null()).sort("date")
        .join_asof(dated_titled, left_on="date", right_on="t_date", by=["issuer", "name_norm"], strategy="nearest",
                   check_sortedness=False)
        .filter(pl.col("t_key").is_not_null())
        .select("row", "t_key", "t_name")
    )
    # undated mentions (or names titled only where undated): the name's most frequent office in the issuer
    usual = (titled.group_by("issuer", "name_norm", "t_key")
             .agg(pl.len().alias("n"), pl.col("t_name").first())
             .sort(["issuer", "name_norm", "n", "t_key"], descending=[False, False, True, False])
             .group_by("issuer", "name_norm", maintain_order=True).first()
             .select("issuer", "name_norm", "t_key", "t_name"))
    rest = bare.join(nearest_dated.select("row"), on="row", how="anti")
    nearest_usual = rest.join(usual, on=["issuer", "name_norm"], how="inner").select("row", "t_key", "t_name")
    nearest = pl.concat([nearest_dated, nearest_usual], how="vertical")
    rows = rows.join(nearest, on="row", how="left").with_columns(
        pl.when(pl.col("title") == "").then(pl.coalesce("t_key", "home_key")).otherwise("jkey").alias("jkey"),
        pl.when(pl.col("title") == "").then(pl.coalesce("t_name", "home_name")).otherwise("jname").alias("jname"),
    )
    report.bare_resolved = nearest.height
    report.bare_elsewhere = rows.filter((pl.col("title") == "") & pl.col("t_key").is_not_null()
                                        & (pl.col("t_key") != pl.col("home_key"))).height
    report.bare_unresolved = report.bare - report.bare_resolved
    has_titled = titled.select("issuer", "name_norm").unique()
    report.bare_resolvable_unresolved = (
        rows.filter((pl.col("title") == "") & pl.col("t_key").is_null())
        .join(has_titled, on=["issuer", "name_norm"], how="inner").height)

    rows = rows.with_columns((pl.col("name_norm") + "@" + pl.col("jkey")).alias("key"))
    rows = _apply_overrides(rows, overrides, report)
    keys = rows.select("key").unique().with_columns(
        pl.col("key").map_elements(person_id, return_dtype=pl.Utf8).alias("person_id"))
    rows = rows.join(keys, on="key", how="left")
    report.people = keys.height
    report.merged_names = rows.group_by("person_id").agg(pl.col("name").n_unique().alias("n")) \
        .filter(pl.col("n") > 1).height

    out = rows.select("kind", "ref", "ord", "person_id", pl.col("key").alias("person_key"),
                      pl.col("jkey").alias("jurisdiction"), pl.col("jname").alias("jurisdiction_name"),
                      "office_level", "office_grade")
    with registered(con, "_ids", out):
        con.execute("""UPDATE participants SET person_id = i.person_id, person_key = i.person_key,
                           jurisdiction = i.jurisdiction, jurisdiction_name = i.jurisdiction_name,
                           office_level = i.office_level, office_grade = i.office_grade
                       FROM _ids i WHERE i.kind = 'event' AND participants.event_id = i.ref
                         AND participants.ord = i.ord""")
        con.execute("""UPDATE appointments SET person_id = i.person_id, person_key = i.person_key,
                           jurisdiction = i.jurisdiction, jurisdiction_name = i.jurisdiction_name,
                           office_level = i.office_level, office_grade = i.office_grade
                       FROM _ids i WHERE i.kind = 'appointment' AND appointments.appointment_id = i.ref""")
    renames = pl.DataFrame({"person_id": [person_id(k) for k in overrides.renames],
                            "name": list(overrides.renames.values())}, schema={"person_id": pl.Utf8, "name": pl.Utf8})
    if renames.height:
        with registered(con, "_renames", renames):
            con.execute("INSERT INTO person_renames SELECT * FROM _renames")
    _save_report(con, report)
    return report


def _apply_overrides(rows: pl.DataFrame, o: Overrides, report: IdentityReport) -> pl.DataFrame:
    for s in o.splits:
        hit = (pl.col("key") == s.person) & (pl.col("date") >= s.start)
        report.overrides.append(("split", f"{s.person} from {s.start} → {s.new}", rows.filter(hit).height))
        rows = rows.with_columns(pl.when(hit).then(pl.lit(s.new)).otherwise("key").alias("key"))
    for src, dst in o.merges.items():
        while dst in o.merges and o.merges[dst] != src:  # follow chains a → b → c
            dst = o.merges[dst]
        hit = pl.col("key") == src
        report.overrides.append(("merge", f"{src} → {dst}", rows.filter(hit).height))
        rows = rows.with_columns(pl.when(hit).then(pl.lit(dst)).otherwise("key").alias("key"))
    for key, name in o.renames.items():
        report.overrides.append(("rename", f"{key} shown as {name}", rows.filter(pl.col("key") == key).height))
    return rows


def _save_report(con: duckdb.DuckDBPyConnection, r: IdentityReport) -> None:
    con.execute("CREATE OR REPLACE TABLE identity_report (metric VARCHAR, value VARCHAR, n INTEGER)")
    rows = [(k, "", getattr(r, k)) for k in ("people", "mentions", "bare", "bare_resolved", "bare_elsewhere",
                                             "bare_unresolved", "bare_resolvable_unresolved", "merged_names")]
    rows += [(f"override:{kind}", rule, n) for kind, rule, n in r.overrides]
    con.executemany("INSERT INTO identity_report VALUES (?, ?, ?)", rows)


def read_report(con: duckdb.DuckDBPyConnection) -> IdentityReport:
    r = IdentityReport()
    for metric, value, n in con.execute("SELECT * FROM identity_report").fetchall():
        if metric.startswith("override:"):
            r.overrides.append((metric.split(":", 1)[1], value, n))
        else:
            setattr(r, metric, n)
    return r
