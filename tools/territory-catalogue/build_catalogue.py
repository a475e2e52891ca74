#!/usr/bin/env python3
"""Build the territory catalogue (territories.tsv) for the Programme Registry domain.

Reads the reference sources in reference/countries (pycountry ISO 3166-1 / 3166-3
JSON, openregister countries/territories TSV, PROVENANCE.tsv) and writes
domain/src/main/resources/org/programmeregistry/domain/territory/territories.tsv.

Usage (from the repository root):
    python3 tools/territory-catalogue/build_catalogue.py [SOURCES_DIR] [--output FILE]

SOURCES_DIR defaults to reference/countries in the repository.
Python 3 standard library only; the output is deterministic (no timestamps).
See README.md next to this script for the sources, licences and manual decisions.
"""

import argparse
import csv
import datetime
import json
import os
import re
import sys

SCRIPT_DIR = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.normpath(os.path.join(SCRIPT_DIR, "..", ".."))
DEFAULT_SOURCES = os.path.join(REPO_ROOT, "reference", "countries")
DEFAULT_OUTPUT = os.path.join(
    REPO_ROOT, "domain", "src", "main", "resources",
    "org", "programmeregistry", "domain", "territory", "territories.tsv")

ISO1 = "ISO_3166_1"
ISO3 = "ISO_3166_3"
USER = "USER_ASSIGNED"
KINDS = (ISO1, ISO3, USER)

SRC_PY1 = "pycountry-3166-1"
SRC_PY3 = "pycountry-3166-3"
SRC_OR = "openregister"
SRC_T1 = "domain-T1"
SOURCES = (SRC_PY1, SRC_PY3, SRC_OR, SRC_T1)

FILE_PY1 = "pycountry-iso3166-1.json"
FILE_PY3 = "pycountry-iso3166-3.json"
FILE_ORC = "openregister-countries.tsv"
FILE_ORT = "openregister-territories.tsv"

# ---------------------------------------------------------------------------
# Manual decisions (documented in README.md).
# ---------------------------------------------------------------------------

# Codes whose whole history is fixed by domain.md rule T1 (plus the brief); every
# source row for these codes is replaced by the rows built in t1_rows().
T1_CODES = ("CS", "ME", "MK", "RS", "TR", "XK", "YU")

# Former (ISO 3166-3 / openregister) codes for which openregister is preferred over
# pycountry 3166-3: openregister gives the end of the state, pycountry only the date
# the ISO code was withdrawn (later).
# (Decided generically: any former code present in openregister uses openregister.)


def parse_date(s):
    return datetime.date.fromisoformat(s)


def fmt(d):
    return "" if d is None else d.isoformat()


def day_before(d):
    return d - datetime.timedelta(days=1)


def day_after(d):
    return d + datetime.timedelta(days=1)


class Row:
    __slots__ = ("code", "kind", "start", "end", "name", "source")

    def __init__(self, code, kind, start, end, name, source):
        self.code, self.kind, self.start, self.end = code, kind, start, end
        self.name, self.source = name, source

    def covers(self, d):
        return (self.start is None or self.start <= d) and (self.end is None or d <= self.end)

    def sort_key(self):
        # unbounded start sorts first
        return (self.code, self.start or datetime.date.min)

    def fields(self):
        return [self.code, self.kind, fmt(self.start), fmt(self.end), self.name, self.source]


def fail(msg):
    sys.exit("build_catalogue: ERROR: " + msg)


# ---------------------------------------------------------------------------
# Reading the sources
# ---------------------------------------------------------------------------

def read_provenance(src):
    """Returns {file name: dict(repo, branch, path, last_change, last_change_date, snapshot, size)}."""
    prov = {}
    with open(os.path.join(src, "PROVENANCE.tsv"), encoding="utf-8", newline="") as f:
        for line in f:
            line = line.rstrip("\r\n")
            if not line.strip():
                continue
            cols = line.split("\t")
            if len(cols) != 7:
                fail("unexpected PROVENANCE.tsv line: %r" % line)
            repo, branch, path, last_change, snapshot, target, size = cols
            m1 = re.fullmatch(r"last-change=([0-9a-f]{40}) (\d{4}-\d{2}-\d{2})", last_change)
            m2 = re.fullmatch(r"snapshotHEAD=([0-9a-f]{40})", snapshot)
            m3 = re.fullmatch(r"-> (?:\S+/)?(\S+)", target)
            m4 = re.fullmatch(r"(\d+)B", size)
            if not (m1 and m2 and m3 and m4):
                fail("cannot parse PROVENANCE.tsv line: %r" % line)
            prov[m3.group(1)] = dict(repo=repo, branch=branch, path=path,
                                     last_change=m1.group(1), last_change_date=m1.group(2),
                                     snapshot=m2.group(1), size=int(m4.group(1)))
    for name in (FILE_PY1, FILE_PY3, FILE_ORC, FILE_ORT):
        if name not in prov:
            fail("PROVENANCE.tsv has no entry for " + name)
        actual = os.path.getsize(os.path.join(src, name))
        if actual != prov[name]["size"]:
            fail("%s is %d bytes but PROVENANCE.tsv says %d: update PROVENANCE.tsv and re-check"
                 % (name, actual, prov[name]["size"]))
    return prov


def read_json_list(src, name, key):
    with open(os.path.join(src, name), encoding="utf-8") as f:
        return json.load(f)[key]


def read_tsv(src, name):
    # newline="" lets csv handle the CRLF line ends of openregister-countries.tsv
    with open(os.path.join(src, name), encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [{k: (v or "").strip() for k, v in r.items()} for r in rows]


CODE_RE = re.compile(r"[A-Z]{2}")
DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")


# ---------------------------------------------------------------------------
# Building
# ---------------------------------------------------------------------------

def t1_rows(orc_by_code):
    """Rows fixed by domain.md T1 (and the brief); source openregister where a fact is its."""
    def or_only(code, ended):
        rs = [r for r in orc_by_code.get(code, []) if bool(r["end-date"]) == ended]
        if len(rs) != 1:
            fail("expected exactly one %s openregister row for %s, got %d"
                 % ("ended" if ended else "open", code, len(rs)))
        return rs[0]

    rows = []
    # MK: start from openregister (1991-09-08), names/rename date from T1.
    mk_start = or_only("MK", False)["start-date"]
    if mk_start != "1991-09-08":
        fail("openregister MK start-date changed to %r; re-check the MK override" % mk_start)
    rows.append(Row("MK", ISO1, parse_date(mk_start), parse_date("2019-02-11"),
                    "The former Yugoslav Republic of Macedonia", SRC_T1))
    rows.append(Row("MK", ISO1, parse_date("2019-02-12"), None, "North Macedonia", SRC_T1))
    # TR
    rows.append(Row("TR", ISO1, None, parse_date("2022-05-31"), "Turkey", SRC_T1))
    rows.append(Row("TR", ISO1, parse_date("2022-06-01"), None, "Türkiye", SRC_T1))
    # RS, ME
    rows.append(Row("RS", ISO1, parse_date("2006-06-05"), None, "Serbia", SRC_T1))
    rows.append(Row("ME", ISO1, parse_date("2006-06-03"), None, "Montenegro", SRC_T1))
    # XK: user-assigned; from adoption of UNSCR 1244.
    rows.append(Row("XK", USER, parse_date("1999-06-10"), None, "Kosovo under UNSCR 1244", SRC_T1))
    # CS: Czechoslovakia (openregister, ended) and Serbia and Montenegro (T1).
    cz = or_only("CS", True)
    rows.append(Row("CS", ISO3, parse_date(cz["start-date"]) if cz["start-date"] else None,
                    parse_date(cz["end-date"]), cz["name"], SRC_OR))
    cs_start = parse_date("2003-02-04")
    rows.append(Row("CS", ISO3, cs_start, parse_date("2006-06-04"), "Serbia and Montenegro", SRC_T1))
    # YU: SFRY as openregister ends it (its official-name column, to tell the two apart),
    # then FRY until the day before Serbia and Montenegro.
    yu = or_only("YU", True)
    if yu["official-name"] != "Socialist Federal Republic of Yugoslavia":
        fail("openregister YU official-name changed: %r" % yu["official-name"])
    yu_end = parse_date(yu["end-date"])
    rows.append(Row("YU", ISO3, parse_date(yu["start-date"]) if yu["start-date"] else None,
                    yu_end, yu["official-name"], SRC_OR))
    rows.append(Row("YU", ISO3, day_after(yu_end), day_before(cs_start),
                    "Federal Republic of Yugoslavia", SRC_T1))
    return rows


def build(src):
    prov = read_provenance(src)
    py1 = read_json_list(src, FILE_PY1, "3166-1")
    py3 = read_json_list(src, FILE_PY3, "3166-3")
    orc = read_tsv(src, FILE_ORC)
    ort = read_tsv(src, FILE_ORT)

    # --- validate source shapes -------------------------------------------
    current = {}
    for e in py1:
        c = e["alpha_2"]
        if not CODE_RE.fullmatch(c) or c in current:
            fail("bad or duplicate ISO 3166-1 alpha_2 %r" % c)
        current[c] = e
    orc_by_code = {}
    for r in orc:
        c = r["country"]
        if not CODE_RE.fullmatch(c):
            fail("bad openregister country code %r" % c)
        for k in ("start-date", "end-date"):
            if r[k] and not DATE_RE.fullmatch(r[k]):
                fail("openregister %s %s %r is not a full date" % (c, k, r[k]))
        orc_by_code.setdefault(c, []).append(r)
    for r in ort:
        # territories register: no dates today; if some appear, a decision is needed.
        if r["start-date"] or r["end-date"]:
            fail("openregister territory %s now has dates; decide how to use them" % r["territory"])

    rows = []

    # --- current ISO 3166-1 codes ------------------------------------------
    for c in sorted(current):
        if c in T1_CODES:
            continue
        e = current[c]
        name = e.get("common_name") or e["name"]
        ors = orc_by_code.get(c, [])
        open_rows = [r for r in ors if not r["end-date"]]
        ended = sorted((r for r in ors if r["end-date"]), key=lambda r: r["end-date"])
        # Register semantics: later entries for a code supersede earlier ones; they must
        # agree on the start-date (true today: e.g. CZ "Czech Republic"/"Czechia").
        starts = {r["start-date"] for r in open_rows}
        if len(starts) > 1:
            fail("openregister open entries for %s disagree on start-date: %s" % (c, sorted(starts)))
        start = parse_date(open_rows[-1]["start-date"]) if open_rows and open_rows[-1]["start-date"] else None
        prev_end = None
        for r in ended:
            s = parse_date(r["start-date"]) if r["start-date"] else None
            if prev_end is not None and (s is None or s <= prev_end):
                s = day_after(prev_end)
            end = parse_date(r["end-date"])  # inclusive: last day under that name
            rows.append(Row(c, ISO1, s, end, r["name"], SRC_OR))
            prev_end = end
        if prev_end is not None:
            expected = day_after(prev_end)
            if start is not None and start != expected:
                fail("%s: openregister start %s is not the day after the previous end %s"
                     % (c, start, prev_end))
            start = expected
        rows.append(Row(c, ISO1, start, None, name, SRC_PY1))

    # --- T1 overrides ------------------------------------------------------
    rows.extend(t1_rows(orc_by_code))

    # --- other former codes --------------------------------------------------
    handled = set(current) | set(T1_CODES)
    former_or = {c: rs for c, rs in orc_by_code.items() if c not in handled}
    for c, rs in sorted(former_or.items()):
        for r in rs:
            if not r["end-date"]:
                fail("openregister code %s is neither current ISO 3166-1 nor ended; decide" % c)
            rows.append(Row(c, ISO3, parse_date(r["start-date"]) if r["start-date"] else None,
                            parse_date(r["end-date"]), r["name"], SRC_OR))
    skipped = []
    for e in sorted(py3, key=lambda e: (e["alpha_2"], e.get("withdrawal_date", ""))):
        c, wd = e["alpha_2"], e.get("withdrawal_date", "")
        if c in handled:
            if c not in T1_CODES:
                skipped.append((c, e["name"], wd, "code is a current ISO 3166-1 code"))
            continue
        if c in former_or:
            continue  # openregister row used (end of the state, not of the code)
        if not DATE_RE.fullmatch(wd):
            skipped.append((c, e["name"], wd, "no full withdrawal date"))
            continue
        rows.append(Row(c, ISO3, None, parse_date(wd), e["name"], SRC_PY3))

    check(rows)
    rows.sort(key=Row.sort_key)
    return rows, prov, skipped


# ---------------------------------------------------------------------------
# Checks
# ---------------------------------------------------------------------------

def check(rows):
    by_code = {}
    for r in rows:
        if not CODE_RE.fullmatch(r.code):
            fail("bad code %r" % r.code)
        if r.kind not in KINDS or r.source not in SOURCES:
            fail("bad kind/source in %r" % r.fields())
        for f in r.fields():
            if "\t" in f or "\n" in f or "\r" in f or f != f.strip():
                fail("bad field %r in %r" % (f, r.fields()))
        if not r.name:
            fail("empty name for %s" % r.code)
        if r.start and r.end and r.start > r.end:
            fail("%s: from %s after to %s" % (r.code, r.start, r.end))
        by_code.setdefault(r.code, []).append(r)
    for c, rs in by_code.items():
        if len({r.kind for r in rs}) != 1:
            fail("%s has rows of different kinds" % c)
        rs = sorted(rs, key=Row.sort_key)
        for a, b in zip(rs, rs[1:]):
            # inclusive intervals: b must start strictly after a ends
            if a.end is None or b.start is None or b.start <= a.end:
                fail("%s: overlapping rows %r and %r" % (c, a.fields(), b.fields()))

    def at(code, iso):
        d = parse_date(iso)
        hit = [r for r in by_code.get(code, []) if r.covers(d)]
        assert len(hit) <= 1
        return hit[0] if hit else None

    for c in ("AL", "AT", "BA", "HR", "HU", "MK", "ME", "RS", "TR", "XK"):
        assert at(c, "2009-06-15") is not None, c + " must exist on 2009-06-15"
    assert at("CS", "2005-09-29") is not None, "CS must exist on 2005-09-29"
    assert at("CS", "2005-09-29").name == "Serbia and Montenegro"
    assert at("CS", "2007-01-01") is None, "CS must not exist on 2007-01-01"
    assert at("RS", "2005-09-29") is None, "RS must not exist on 2005-09-29"
    assert at("MK", "2010-01-01").name == "The former Yugoslav Republic of Macedonia"
    assert at("MK", "2020-01-01").name == "North Macedonia"
    assert at("TR", "2010-01-01").name == "Turkey"
    assert at("TR", "2023-01-01").name == "Türkiye"
    expected = {"AL": "Albania", "BA": "Bosnia and Herzegovina", "HR": "Croatia",
                "ME": "Montenegro", "RS": "Serbia", "HU": "Hungary", "AT": "Austria"}
    for c, n in expected.items():
        assert at(c, "2009-06-15").name == n, (c, at(c, "2009-06-15").name)
    assert at("XK", "2009-06-15").kind == USER
    assert at("YU", "2003-02-03").name == "Federal Republic of Yugoslavia"
    assert at("YU", "2003-02-04") is None
    assert at("CS", "1992-12-31").name == "Czechoslovakia"
    assert at("DE", "1990-10-02").name == "West Germany"
    assert at("DE", "1990-10-03").name == "Germany"


# ---------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------

def header(prov):
    def src_lines(tag, fname, title, licence):
        p = prov[fname]
        return [
            "#   %s: %s; licence %s" % (tag, title, licence),
            "#     repository %s (branch %s), path %s" % (p["repo"], p["branch"], p["path"]),
            "#     last change %s (%s), snapshot HEAD %s"
            % (p["last_change"], p["last_change_date"], p["snapshot"]),
        ]
    out = [
        "# Territory catalogue: dated short names and existence intervals of territories.",
        "# generated by tools/territory-catalogue/build_catalogue.py; do not edit by hand",
        "# Columns: code, kind (ISO_3166_1|ISO_3166_3|USER_ASSIGNED), from, to (ISO dates,",
        "# both inclusive, empty = unbounded), name, source. Rows of one code never overlap.",
        "# source says where the row's name comes from; the from-dates of current ISO 3166-1",
        "# codes and the to-dates of ended openregister names come from openregister.",
        "# Sources:",
    ]
    out += src_lines(SRC_PY1, FILE_PY1, "pycountry ISO 3166-1 data (Debian iso-codes)", "LGPL-2.1")
    out += src_lines(SRC_PY3, FILE_PY3, "pycountry ISO 3166-3 data (Debian iso-codes)", "LGPL-2.1")
    out += src_lines(SRC_OR, FILE_ORC, "openregister country register (UK government)",
                     "Open Government Licence v3.0")
    out += src_lines(SRC_OR, FILE_ORT, "openregister territory register (UK government; read, no dated facts used)",
                     "Open Government Licence v3.0")
    out += [
        "#     Contains public sector information licensed under the Open Government Licence v3.0.",
        "#   %s: dated renames and existence dates fixed by the project's domain design" % SRC_T1,
        "#     (design/domain.md, rule T1); see tools/territory-catalogue/README.md.",
    ]
    return out


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sources", nargs="?", default=DEFAULT_SOURCES,
                    help="folder with the reference country sources (default: %(default)s)")
    ap.add_argument("--output", default=DEFAULT_OUTPUT, help="output file (default: %(default)s)")
    ap.add_argument("--list-skipped", action="store_true",
                    help="print the ISO 3166-3 entries left out, and why")
    args = ap.parse_args(argv)
    if not __debug__:
        fail("do not run with python -O: the content checks are assert statements")

    rows, prov, skipped = build(args.sources)
    lines = header(prov) + ["\t".join(("code", "kind", "from", "to", "name", "source"))]
    lines += ["\t".join(r.fields()) for r in rows]
    data = ("\n".join(lines) + "\n").encode("utf-8")
    os.makedirs(os.path.dirname(os.path.abspath(args.output)), exist_ok=True)
    with open(args.output, "wb") as f:
        f.write(data)
    print("wrote %s: %d rows, %d codes" % (args.output, len(rows), len({r.code for r in rows})))
    if args.list_skipped:
        for s in skipped:
            print("skipped %s %r (withdrawn %s): %s" % s)


if __name__ == "__main__":
    main()
