#!/usr/bin/env bash
# Cold start of 'programmes programme list' on an existing embedded database, against a floor
# measured in the same run: StartupFloor, a minimal picocli program that opens the same H2
# file and runs one query, with the same JVM options and a class-data-sharing archive of its own.
# Usage: bootstrap/benchmarks/startup.sh [runs]   (needs 'mvn -DskipTests package' first)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
target="$root/bootstrap/target"
jar="$target/programmes.jar"
runs="${1:-20}"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

[ -f "$jar" ] && [ -f "$target/programmes.jsa" ] && [ -d "$target/test-classes" ] || { echo "run: mvn -DskipTests package" >&2; exit 1; }
# CDS archives only jars: the floor's one class goes into a jar of its own
jar_tool="${JAVA_HOME:+$JAVA_HOME/bin/}jar"
"$jar_tool" cf "$work/floor.jar" -C "$target/test-classes" org/programmeregistry/bootstrap/benchmark/StartupFloor.class
floor_cp="$work/floor.jar:$(ls "$target"/lib/picocli-*.jar):$(ls "$target"/lib/h2-*.jar)"
fast=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC)

"$java" -jar "$jar" --home "$work/home" examples load >/dev/null
"$java" "${fast[@]}" -XX:ArchiveClassesAtExit="$work/floor.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off \
    -cp "$floor_cp" org.programmeregistry.bootstrap.benchmark.StartupFloor --home "$work/home" >/dev/null

# median and p90 wall time in milliseconds of a command, after one warm-up run (file cache)
measure() {
  "$@" >/dev/null 2>&1
  for _ in $(seq 1 "$runs"); do
    local s e
    s=$(date +%s%N); "$@" >/dev/null 2>&1; e=$(date +%s%N)
    echo $(( (e - s) / 1000000 ))
  done | sort -n | awk '{ a[NR] = $1 } END { printf "%d ms median, %d ms p90", a[int((NR + 1) / 2)], a[int(NR * 0.9 + 0.5)] }'
}

echo "runs: $runs; java: $("$java" -version 2>&1 | head -1); cores: $(nproc)"
echo "java -version alone:                     $(measure "$java" -version)"
echo "plain JVM    floor:                      $(measure "$java" -cp "$floor_cp" org.programmeregistry.bootstrap.benchmark.StartupFloor --home "$work/home")"
echo "plain JVM    programmes programme list:  $(measure "$java" -jar "$jar" --home "$work/home" programme list)"
echo "CDS + C1     floor:                      $(measure "$java" "${fast[@]}" -XX:SharedArchiveFile="$work/floor.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off -cp "$floor_cp" org.programmeregistry.bootstrap.benchmark.StartupFloor --home "$work/home")"
echo "CDS + C1     programmes programme list:  $(measure "$java" "${fast[@]}" -XX:SharedArchiveFile="$target/programmes.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off -jar "$jar" --home "$work/home" programme list)"
echo "./programmes programme list (launcher):  $(measure env PROGRAMMES_HOME="$work/home" "$root/programmes" programme list)"
