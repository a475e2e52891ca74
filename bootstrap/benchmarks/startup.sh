#!/usr/bin/env bash
# Cold start of './programmes programme list' on an embedded database with the two seeds loaded,
# against its floor measured in the same run: StartupFloor, a minimal picocli program that opens
# the same H2 file and runs one query, with C1 only, SerialGC and a class-data-sharing archive of
# its own, made as the build makes the program's (a class list of a run, then -Xshare:dump).
# The two are run alternately, each after a warm-up run; medians of the runs and their ratio.
# Usage: bootstrap/benchmarks/startup.sh [runs, default 7]
#        JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 bootstrap/benchmarks/startup.sh   (the AOT cache on JDK 25)
# Needs the packaged program (./programmes builds it) and the test classes (mvn -DskipTests package does both).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
target="$root/bootstrap/target"
runs="${1:-7}"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
jar_tool="${JAVA_HOME:+$JAVA_HOME/bin/}jar"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$root/programmes" --version >/dev/null   # builds the program if needed
[ -f "$target/test-classes/org/programmeregistry/bootstrap/benchmark/StartupFloor.class" ] \
  || { echo "the floor is a test class: run mvn -DskipTests package (or test-compile) first" >&2; exit 1; }

# the floor: one class in a jar of its own (class-data sharing archives jars only), picocli, H2
"$jar_tool" cf "$work/floor.jar" -C "$target/test-classes" org/programmeregistry/bootstrap/benchmark/StartupFloor.class
floor_cp="$work/floor.jar:$(ls "$target"/lib/picocli-*.jar):$(ls "$target"/lib/h2-*.jar)"
fast=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto)
floor=("$java" "${fast[@]}" -XX:SharedArchiveFile="$work/floor.jsa" -Xlog:cds=off
       -cp "$floor_cp" org.programmeregistry.bootstrap.benchmark.StartupFloor --home "$work/home")
program=(env PROGRAMMES_HOME="$work/home" "$root/programmes" programme list)

PROGRAMMES_HOME="$work/home" "$root/programmes" examples load >/dev/null
"$java" "${fast[@]}" -XX:DumpLoadedClassList="$work/floor.classlist" -cp "$floor_cp" \
    org.programmeregistry.bootstrap.benchmark.StartupFloor --home "$work/home" >/dev/null
"$java" "${fast[@]}" -Xshare:dump -XX:SharedClassListFile="$work/floor.classlist" -XX:SharedArchiveFile="$work/floor.jsa" \
    -Xlog:cds=off -cp "$floor_cp" >/dev/null 2>&1

milliseconds() {
  local s e
  s=$(date +%s%N); "$@" >/dev/null 2>&1; e=$(date +%s%N)
  echo $(( (e - s) / 1000000 ))
}
median() { tr ' ' '\n' | grep . | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

# warm-up: file cache, and on JDK 25 the launcher's AOT cache
"${program[@]}" >/dev/null 2>&1; "${floor[@]}" >/dev/null 2>&1
program_ms=""; floor_ms=""; version_ms=""
for _ in $(seq 1 "$runs"); do
  program_ms="$program_ms $(milliseconds "${program[@]}")"
  floor_ms="$floor_ms $(milliseconds "${floor[@]}")"
  version_ms="$version_ms $(milliseconds "$root/programmes" --version)"
done
p=$(echo "$program_ms" | median); f=$(echo "$floor_ms" | median); v=$(echo "$version_ms" | median)

echo "java: $("$java" -version 2>&1 | head -1); cores: $(nproc); load average before: $(cut -d' ' -f1-3 /proc/loadavg); runs: $runs, alternating"
echo "./programmes programme list: median $p ms (runs:$program_ms)"
echo "floor:                       median $f ms (runs:$floor_ms)"
echo "./programmes --version:      median $v ms (runs:$version_ms)"
awk -v p="$p" -v f="$f" 'BEGIN { printf "ratio programme list / floor: %.2f\n", p / f }'
