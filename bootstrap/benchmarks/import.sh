#!/usr/bin/env bash
# 'programmes iati import' of a generated file of 10,000 activities into PostgreSQL, through the launcher, against
# a StAX + JDBC floor in a JVM of its own, alternately, medians and their ratio (ProgramImportBenchmark).
# Usage: bootstrap/benchmarks/import.sh [activities, default 10000] [runs, default 7]
# PostgreSQL: PROGRAMMES_TEST_PG_URL (default jdbc:postgresql://127.0.0.1:5432/test), PROGRAMMES_TEST_PG_USER
# (postgres), PROGRAMMES_TEST_PG_PASSWORD; the benchmark creates and drops the database programmes_import_bench.
# Needs the packaged program and the test classes: mvn -DskipTests package.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
target="$root/bootstrap/target"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
"$root/programmes" --version >/dev/null   # builds the program if needed
[ -f "$target/test-classes/org/programmeregistry/bootstrap/benchmark/ProgramImportBenchmark.class" ] \
  || { echo "the benchmark is a test class: run mvn -DskipTests package (or test-compile) first" >&2; exit 1; }
iati_tests="$(ls "$root"/adapters/iati/target/programme-registry-iati-*-tests.jar 2>/dev/null | head -1)"
[ -n "$iati_tests" ] || iati_tests="$root/adapters/iati/target/test-classes"
exec "$java" -cp "$target/test-classes:$iati_tests:$target/programmes.jar" \
    org.programmeregistry.bootstrap.benchmark.ProgramImportBenchmark "$root/programmes" "${1:-10000}" "${2:-7}"
