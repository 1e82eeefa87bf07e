#!/bin/bash
# The re-scan of BENCHMARKS.md ("a re-scan that costs per file"): two builds' launchers, each with a
# database of its own into which it first imports the folders, then, ROUNDS times interleaved, an
# import of the same folders again (nothing new: what a nightly run over a drop folder of archives
# costs) and an import of an empty folder (the floor: JVM start, open, close), each under
# /usr/bin/time (wall, user+system CPU, peak RSS).
# usage (after mvn package, with an older build's target folder copied to OLD_TARGET; the folders
# of ColdImportBenchmark's estate, say, in ./kmslog-cold-bench):
#   bash src/test/resources/org/kmslog/bench/rescan.sh WORKDIR OLD_TARGET ROUNDS FOLDER...
set -eu
work=$1; old=$2; rounds=$3; shift 3
mkdir -p "$work/empty"
builds=("$old" "$PWD/target")
step() { /usr/bin/time -f "$1: %e s wall, %U+%S s cpu, %M KB peak RSS" "${@:2}" > /dev/null; }
for i in 0 1; do
  if [ ! -e "$work/db$i.mv.db" ]; then
    step "build $i (${builds[$i]}) first import" "${builds[$i]}/kmslog" import --db "$work/db$i" --quiet "$@"
  fi
done
for r in $(seq 1 "$rounds"); do
  for i in 0 1; do
    step "round $r, build $i, re-scan" "${builds[$i]}/kmslog" import --db "$work/db$i" --quiet "$@"
    step "round $r, build $i, empty folder" "${builds[$i]}/kmslog" import --db "$work/db$i" --quiet "$work/empty"
  done
done
