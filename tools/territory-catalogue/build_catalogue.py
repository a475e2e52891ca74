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


# ---------------------------------------------------------------------------
# Successions of withdrawn codes (ISO 3166-3), documented in README.md.
# ---------------------------------------------------------------------------
# The last two letters of an ISO 3166-3 alpha-4 code are the code of the single successor
# (BUMM: Burma -> MM, DDDE: East Germany -> DE). HH (divided, no single successor), XX (Serbia
# and Montenegro, kept apart from CSHH) and AA (renamed, alpha-2 code kept) name none.
NO_SINGLE_SUCCESSOR = ("HH", "XX", "AA")

# Successors of HH/XX entries whose pycountry comment does not name them either: the "new
# names (code elements)" column of ISO 3166-3, with where it is published.
DIVISIONS = {
    "ANHH": (("BQ", "CW", "SX"),
             "ISO 3166-3 Newsletter I-6 (2011-03-14) and ISO news item Ref1383 (2010-12): "
             "the Netherlands Antilles divided into BQ, CW and SX"),
    "CSHH": (("CZ", "SK"), "ISO 3166-3 entry CSHH: Czechoslovakia divided into CZ and SK"),
    "CSXX": (("ME", "RS"), "ISO 3166-3 entry CSXX: Serbia and Montenegro divided into ME and RS"),
    "SUHH": (("AM", "AZ", "EE", "GE", "KG", "KZ", "LT", "LV", "MD", "RU", "TJ", "TM", "UZ"),
             "ISO 3166-3 entry SUHH: the USSR divided into AM, AZ, EE, GE, KG, KZ, LT, LV, MD, "
             "RU, TJ, TM and UZ (BY and UA had codes of their own since 1974)"),
}

# Successors that existed before the change and took the former territory over; every other
# successor was created by it and begins on the day after the former territory's last day.
CONTINUES = {
    ("BQAQ", "AQ"): "the British Antarctic Territory is covered by Antarctica",
    ("CTKI", "KI"): "Canton and Enderbury joined Kiribati (openregister: Kiribati from 1979-07-12)",
    ("DDDE", "DE"): "the German Democratic Republic joined the Federal Republic of Germany",
    ("FQHH", "AQ"): "the Antarctic part is covered by Antarctica",
    ("FXFR", "FR"): "Metropolitan France is part of France",
    ("NQAQ", "AQ"): "Dronning Maud Land is covered by Antarctica",
    ("NTHH", "IQ"): "the Neutral Zone was divided between Iraq and Saudi Arabia",
    ("NTHH", "SA"): "the Neutral Zone was divided between Iraq and Saudi Arabia",
    ("PZPA", "PA"): "the Canal Zone returned to Panama",
    ("SKIN", "IN"): "Sikkim became a state of India",
    ("VDVN", "VN"): "North and South Viet-Nam were united under VN",
    ("YDYE", "YE"): "South Yemen merged with Yemen (YE)",
}

# Created successors that a source dates from before the former territory's last day (or,
# for a withdrawal dated by year only, before that year): they seceded while it still existed.
SECEDED = {("SUHH", c): "openregister dates its independence before the USSR's end on 1991-12-25"
           for c in ("AM", "AZ", "EE", "GE", "KG", "KZ", "LT", "LV", "MD", "TJ", "TM", "UZ")}
SECEDED.update({
    ("SUHH", "RU"): "openregister dates the Russian Federation from 1991-12-25, the USSR's last day",
    ("CSXX", "ME"): "rule T1: Montenegro from 2006-06-03, Serbia and Montenegro until 2006-06-04",
    ("GEHH", "TV"): "openregister dates Tuvalu from 1978-10-01; ISO withdrew GE in 1979",
})

CREATED, SECEDES, CONTINUING = "created", "seceded", "continues"

# from_basis column: why a row's from-date is what it is, or why a territory has none.
BASIS_OR = "openregister"
BASIS_T1 = "domain-T1"
BASIS_PREVIOUS = "previous-name"
BASIS_WITHDRAWAL = "withdrawal:"          # + alpha-4 code: began when that code was withdrawn
UNDATED = {
    "undated:former-code": "a former code: ISO 3166-3 dates only its withdrawal and openregister "
                           "only the end of the state, not its beginning",
    "undated:openregister-state": "a state the UK country register lists without a start-date "
                                  "(it dates states formed from 1974 on) and that no ISO 3166-3 "
                                  "withdrawal created: in ISO 3166-1 since its first edition (1974)",
    "undated:territory-register": "a dependent territory or special area: the UK territory register "
                                  "has no dates, and no ISO 3166-3 withdrawal created it",
    "undated:pycountry-only": "only pycountry lists the code, without dates, and no ISO 3166-3 "
                              "withdrawal created it",
    "undated:withdrawal-year-only": "created by the withdrawal of a code that ISO 3166-3 dates by "
                                    "year only",
}


def parse_date(s):
    return datetime.date.fromisoformat(s)


def fmt(d):
    return "" if d is None else d.isoformat()


def day_before(d):
    return d - datetime.timedelta(days=1)


def day_after(d):
    return d + datetime.timedelta(days=1)


class Row:
    __slots__ = ("code", "kind", "start", "end", "name", "source", "basis")

    def __init__(self, code, kind, start, end, name, source, basis=None):
        self.code, self.kind, self.start, self.end = code, kind, start, end
        self.name, self.source = name, source
        # why `start` is what it is (a source tag), or, for an empty start, why no source dates it
        self.basis = basis

    def covers(self, d):
        return (self.start is None or self.start <= d) and (self.end is None or d <= self.end)

    def sort_key(self):
        # unbounded start sorts first
        return (self.code, self.start or datetime.date.min)

    def fields(self):
        return [self.code, self.kind, fmt(self.start), fmt(self.end), self.name, self.source, self.basis or ""]


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
                    "The former Yugoslav Republic of Macedonia", SRC_T1, BASIS_OR))
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
    # "undated:openregister-state" reads an empty start-date as "before 1974": the register
    # dates the states formed since then (earliest: Grenada, 1974-02-07).
    starts = sorted(r["start-date"] for r in orc if r["start-date"])
    if starts[0] < "1974-01-01":
        fail("openregister now dates a state from %s, before 1974: revisit undated:openregister-state" % starts[0])
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
    # pycountry's withdrawal date is the day the code left ISO 3166-1 and its successors'
    # codes took over, so the former territory's last day is the day before.
    skipped, year_only = [], {}
    for e in sorted(py3, key=lambda e: (e["alpha_2"], e.get("withdrawal_date", ""))):
        c, wd = e["alpha_2"], e.get("withdrawal_date", "")
        if c in handled:
            if c not in T1_CODES:
                skipped.append((c, e["name"], wd, "code is a current ISO 3166-1 code"))
            continue
        if c in former_or:
            continue  # openregister row used (end of the state, not of the code)
        if not DATE_RE.fullmatch(wd):
            year_only[c] = e  # dated below if a renamed successor's beginning dates its end
            continue
        rows.append(Row(c, ISO3, None, day_before(parse_date(wd)), e["name"], SRC_PY3))

    successions = date_successions(rows, py3, current, year_only, skipped)
    fill_basis(rows, successions, orc_by_code, {r["territory"] for r in ort})
    check(rows)
    check_successions(rows, successions)
    rows.sort(key=Row.sort_key)
    return rows, prov, skipped, successions


# ---------------------------------------------------------------------------
# Successions
# ---------------------------------------------------------------------------

class Succession:
    """One successor of one ISO 3166-3 entry (a row of successions.tsv)."""
    __slots__ = ("former", "code", "name", "withdrawn", "last_day", "successor", "relation",
                 "successor_from", "source", "note")

    def __init__(self, **kw):
        for k in self.__slots__:
            setattr(self, k, kw[k])

    def fields(self):
        return [self.former, self.code, self.name, self.withdrawn, fmt(self.last_day), self.successor,
                self.relation, fmt(self.successor_from), self.source, self.note]


SUCCESSION_COLUMNS = ("former", "code", "name", "withdrawn", "last_day", "successor", "relation",
                      "successor_from", "source", "note")


def group(rows):
    by_code = {}
    for r in rows:
        by_code.setdefault(r.code, []).append(r)
    for rs in by_code.values():
        rs.sort(key=Row.sort_key)
    return by_code


def lives(rows_of_code):
    """The runs of a code's rows that follow each other without a gap, in date order."""
    out = []
    for r in sorted(rows_of_code, key=Row.sort_key):
        prev = out[-1][-1] if out else None
        if prev is not None and prev.end is not None and r.start is not None and r.start == day_after(prev.end):
            out[-1].append(r)
        else:
            out.append([r])
    return out


def successors_of(e, current):
    """The successor codes of an ISO 3166-3 entry and where they come from."""
    a4 = e["alpha_4"]
    suffix = a4[2:]
    if suffix not in NO_SINGLE_SUCCESSOR:
        if a4 in DIVISIONS:
            fail("DIVISIONS lists %s, whose alpha-4 code names its successor" % a4)
        return (suffix,), "pycountry alpha_4 %s" % a4
    if suffix == "AA":
        return (), "pycountry alpha_4 %s (renamed, code kept)" % a4
    if a4 in DIVISIONS:
        return DIVISIONS[a4]
    comment = e.get("comment", "")
    codes = {t for t in re.findall(r"\b[A-Z]{2}\b", comment) if t in current}
    if not codes:  # names instead of codes ("now split into Kiribati and Tuvalu")
        for c, ce in current.items():
            names = {ce["name"], ce.get("common_name"), ce.get("official_name")} - {None}
            if any(re.search(r"\b%s\b" % re.escape(n), comment) for n in names):
                codes.add(c)
    return tuple(sorted(codes)), "pycountry comment on %s: %s" % (a4, comment)


def former_last_day(rows_of_code, withdrawn):
    """The last day of the former territory an ISO 3166-3 entry withdrew, if catalogued."""
    if not rows_of_code or rows_of_code[0].kind != ISO3:
        return None  # not catalogued, or the code now belongs to a current territory
    ends = [life[-1].end for life in lives(rows_of_code) if life[-1].end is not None]
    if DATE_RE.fullmatch(withdrawn):
        ends = [d for d in ends if d < parse_date(withdrawn)]
    else:
        ends = [d for d in ends if d.year == int(withdrawn)]
    return max(ends) if ends else None


def date_successions(rows, py3, current, year_only, skipped):
    """Dates the territories created by a withdrawal; returns every succession, for successions.tsv."""
    by_code = group(rows)
    # A former code withdrawn in a year only ends the day before its renamed successor began,
    # when a source dates that beginning within the year (New Hebrides -> Vanuatu 1980-07-30).
    for c, e in sorted(year_only.items()):
        succ, _ = successors_of(e, current)
        wd = e["withdrawal_date"]
        first = by_code[succ[0]][0] if len(succ) == 1 and succ[0] in by_code else None
        if first is not None and (e["alpha_4"], succ[0]) not in CONTINUES \
                and first.start is not None and first.start.year == int(wd):
            r = Row(c, ISO3, None, day_before(first.start), e["name"], SRC_PY3)
            rows.append(r)
            by_code[c] = [r]
        else:
            skipped.append((c, e["name"], wd, "no full withdrawal date"))

    result, used = [], set()
    for e in sorted(py3, key=lambda e: e["alpha_4"]):
        a4, c, wd = e["alpha_4"], e["alpha_2"], e.get("withdrawal_date", "")
        succ, source = successors_of(e, current)
        if a4[2:] in ("HH", "XX") and len(succ) < 2:
            fail("%s is divided but only %r are named as successors" % (a4, succ))
        last = former_last_day(by_code.get(c), wd)
        for s in succ:
            if s not in by_code:
                fail("%s names successor %s, which is not in the catalogue" % (a4, s))
            key = (a4, s)
            used.add(key)
            relation = CONTINUING if key in CONTINUES else SECEDES if key in SECEDED else CREATED
            successor_from = None
            if relation != CONTINUING:
                # the successor's life that this withdrawal began (CS: Serbia and Montenegro, not Czechoslovakia)
                candidates = [life for life in lives(by_code[s])
                              if life[-1].end is None
                              or (last is not None and life[-1].end > last)
                              or (last is None and life[-1].end.year >= int(wd[:4]))]
                first = candidates[0][0]
                if first.start is None and relation == CREATED:
                    if last is not None:
                        first.start, first.basis = day_after(last), BASIS_WITHDRAWAL + a4
                    elif DATE_RE.fullmatch(wd):
                        first.start, first.basis = parse_date(wd), BASIS_WITHDRAWAL + a4
                successor_from = first.start
            result.append(Succession(former=a4, code=c, name=e["name"], withdrawn=wd, last_day=last,
                                     successor=s, relation=relation, successor_from=successor_from,
                                     source=source, note=CONTINUES.get(key) or SECEDED.get(key) or ""))
    for table, name in ((CONTINUES, "CONTINUES"), (SECEDED, "SECEDED")):
        unused = set(table) - used
        if unused:
            fail("%s names successions no source has: %s" % (name, sorted(unused)))
    return result


def fill_basis(rows, successions, orc_codes, ort_codes):
    """Says for every row why its from-date is what it is, or why no source dates it."""
    created = {s.successor for s in successions if s.relation != CONTINUING}
    created_year_only = {s.successor for s in successions
                         if s.relation == CREATED and not DATE_RE.fullmatch(s.withdrawn)}
    for c, rs in group(rows).items():
        prev = None
        for r in rs:
            if r.start is None:
                if r.kind == ISO3:
                    r.basis = "undated:former-code"
                elif c in created_year_only:
                    r.basis = "undated:withdrawal-year-only"
                elif c in created:
                    fail("%s was created by a withdrawal but has no start date" % c)
                elif c in orc_codes:
                    r.basis = "undated:openregister-state"
                elif c in ort_codes:
                    r.basis = "undated:territory-register"
                else:
                    r.basis = "undated:pycountry-only"
                if r.basis not in UNDATED:
                    fail("unknown reason %r" % r.basis)
            elif r.basis:
                pass
            elif prev is not None and prev.end is not None and r.start == day_after(prev.end):
                r.basis = BASIS_PREVIOUS
            elif r.source == SRC_T1:
                r.basis = BASIS_T1
            else:
                r.basis = BASIS_OR
            prev = r


def check_successions(rows, successions):
    """No territory created by a withdrawal existed before the former territory's last day."""
    for s in successions:
        if s.relation == CONTINUING:
            continue
        if s.successor_from is None:
            if DATE_RE.fullmatch(s.withdrawn):
                fail("%s, successor of %s, has no start date" % (s.successor, s.former))
            continue
        if s.last_day is not None:
            after = s.successor_from > s.last_day
        else:
            after = s.successor_from.year >= int(s.withdrawn[:4])
        if s.relation == CREATED and not after:
            fail("%s, created when %s was withdrawn (%s, last day %s), begins %s: decide (SECEDED?)"
                 % (s.successor, s.former, s.withdrawn, fmt(s.last_day), s.successor_from))
        if s.relation == SECEDES and after:
            fail("SECEDED lists %s/%s, but it begins after the withdrawal: remove it" % (s.former, s.successor))


# ---------------------------------------------------------------------------
# Checks
# ---------------------------------------------------------------------------

def check(rows):
    by_code = {}
    for r in rows:
        if not CODE_RE.fullmatch(r.code):
            fail("bad code %r" % r.code)
        if r.kind not in KINDS or r.source not in SOURCES or not r.basis:
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
    # successors begin when their predecessor's code was withdrawn (issue 13)
    for c in ("BQ", "CW", "SX"):
        assert at(c, "2005-09-29") is None, c + " must not exist on 2005-09-29"
        assert at(c, "2010-12-15") is not None, c + " must exist from 2010-12-15"
    assert at("AN", "2010-12-14").name == "Netherlands Antilles"
    assert at("AN", "2010-12-15") is None
    assert at("TL", "1995-01-01") is None, "TL must not exist in 1995"
    assert at("TL", "2002-05-20") is not None and at("TP", "2002-05-19") is not None
    assert at("TP", "2002-05-20") is None


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
        "# both inclusive, empty = unbounded), name, source, from_basis. Rows of one code never overlap.",
        "# source says where the row's name comes from; the from-dates of current ISO 3166-1",
        "# codes and the to-dates of ended openregister names come from openregister.",
        "# from_basis says where the from-date comes from: openregister, domain-T1, previous-name",
        "# (the day after the code's previous name ended), withdrawal:<ISO 3166-3 alpha-4> (the",
        "# day after that former territory's last day: see successions.tsv); for an empty from,",
        "# why no source dates it:",
    ] + ["#   %s: %s" % (k, v) for k, v in sorted(UNDATED.items())] + [
        "# The to-date of a pycountry ISO 3166-3 row is the day before its withdrawal date; for a",
        "# code withdrawn in a year only, the day before its renamed successor began that year.",
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


SUCCESSIONS_HEADER = [
    "# Successions of withdrawn codes: for every ISO 3166-3 entry (pycountry), each successor.",
    "# generated by tools/territory-catalogue/build_catalogue.py; do not edit by hand",
    "# Columns: former (ISO 3166-3 alpha-4 code), code, name (pycountry), withdrawn (pycountry's",
    "# withdrawal date, a full date or a year), last_day (the former territory's last day in",
    "# territories.tsv; empty when it is not catalogued), successor, relation, successor_from",
    "# (the first day of the successor's life this withdrawal began; empty for 'continues', or",
    "# when no source dates it), source (where the successor is named), note.",
    "# relation: created (begins after last_day, or in or after the withdrawal year), seceded",
    "# (created, but a source dates it from before last_day: note says which), continues (it",
    "# existed before and took the former territory over: note says how).",
]


def write(path, lines):
    data = ("\n".join(lines) + "\n").encode("utf-8")
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sources", nargs="?", default=DEFAULT_SOURCES,
                    help="folder with the reference country sources (default: %(default)s)")
    ap.add_argument("--output", default=DEFAULT_OUTPUT, help="output file (default: %(default)s)")
    ap.add_argument("--successions", default=None,
                    help="successions output file (default: successions.tsv next to --output)")
    ap.add_argument("--list-skipped", action="store_true",
                    help="print the ISO 3166-3 entries left out, and why")
    args = ap.parse_args(argv)
    if not __debug__:
        fail("do not run with python -O: the content checks are assert statements")

    rows, prov, skipped, successions = build(args.sources)
    lines = header(prov) + ["\t".join(("code", "kind", "from", "to", "name", "source", "from_basis"))]
    lines += ["\t".join(r.fields()) for r in rows]
    write(args.output, lines)
    print("wrote %s: %d rows, %d codes" % (args.output, len(rows), len({r.code for r in rows})))
    successions_output = args.successions or os.path.join(os.path.dirname(os.path.abspath(args.output)),
                                                          "successions.tsv")
    lines = SUCCESSIONS_HEADER + ["\t".join(SUCCESSION_COLUMNS)] + ["\t".join(s.fields()) for s in successions]
    write(successions_output, lines)
    print("wrote %s: %d successions" % (successions_output, len(successions)))
    if args.list_skipped:
        for s in skipped:
            print("skipped %s %r (withdrawn %s): %s" % s)


if __name__ == "__main__":
    main()
