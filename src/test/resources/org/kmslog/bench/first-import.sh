#!/bin/bash
# The first import of BENCHMARKS.md ("small files read ahead of their turn"): two builds'
# launchers, ROUNDS times interleaved, each importing each FOLDER on its own into a new database
# under /usr/bin/time (wall, user+system CPU, peak RSS).
# usage (after mvn package, with an older build's target folder copied to OLD_TARGET; the folders
# of ColdImportBenchmark's estate, say, in ./kmslog-cold-bench):
#   bash src/test/resources/org/kmslog/bench/first-import.sh WORKDIR OLD_TARGET ROUNDS FOLDER...
set -eu
work=$1; old=$2; rounds=$3; shift 3
builds=("$old" "$PWD/target")
for r in $(seq 1 "$rounds"); do
  for folder in "$@"; do
    for i in 0 1; do
      rm -rf "$work/first-import"
      /usr/bin/time -f "round $r, build $i, $(basename "$folder"): %e s wall, %U+%S s cpu, %M KB peak RSS" \
        "${builds[$i]}/kmslog" import --db "$work/first-import/kmslog" --quiet "$folder" > /dev/null
    done
  done
done
rm -rf "$work/first-import"
