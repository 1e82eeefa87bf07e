#!/bin/bash
# Nights in a row (BENCHMARKS.md, "the nightly run drops its work tables"): one copy of a
# NightlyBenchmark history, then NIGHTS cold `run`s of one build on it with the same day's files
# (the first imports them, the others nothing new), so the later nights show the file as it stays
# night after night: wall and CPU time, the analyzer scripts' time (--verbose), the rest ("other":
# JVM, import, reports, close and compaction), the file's size after the night and peak RSS.
# usage (after mvn package; the history and day folders of `NightlyBenchmark --events N --dir DIR`):
#   bash src/test/resources/org/kmslog/bench/nights.sh JAR DIR/N/history DIR/N/day WORKDIR [NIGHTS]
set -eu
jar=$1; history=$2; day=$3; work=$4; nights=${5:-3}
rm -rf "$work" && mkdir -p "$work" && cp "$history/kmslog.mv.db" "$work/"
for n in $(seq 1 "$nights"); do
  # Exit status 1 (findings) is the estate's normal outcome; /usr/bin/time then adds a line first.
  /usr/bin/time -f "%e %U %S %M" -o "$work/time$n" java -Xmx256m -XX:+UseParallelGC -jar "$jar" \
    run --quiet --verbose --db "$work/kmslog" --report-dir "$work/report" "$day" \
    > "$work/log$n" 2>&1 || [ $? -eq 1 ]
  analysis=$(grep -E '^kmslog: sql/[^ ]+ took' "$work/log$n" | awk '{s += $(NF-1)} END {print s}')
  read -r wall user sys rss < <(tail -1 "$work/time$n")
  echo "$(basename "$jar") night $n: wall $wall s, cpu $(echo "$user + $sys" | bc) s," \
    "analysis $analysis s, other $(echo "$wall - $analysis" | bc) s," \
    "file $(($(stat -c %s "$work/kmslog.mv.db") / 1048576)) MB, peak RSS $((rss / 1024)) MB"
done
