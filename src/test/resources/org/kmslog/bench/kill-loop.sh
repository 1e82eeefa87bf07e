#!/bin/bash
# The kill loop of BENCHMARKS.md ("A database left by a kill"): kill -9 a kmslog import while the
# big host log of CrashTest's estate is being stored, then import again; a second import still
# running after 400 s counts as a hang, and its database is kept as hang-N.mv.db.
# usage (from the repository root, after mvn package):
#   bash src/test/resources/org/kmslog/bench/kill-loop.sh WORKDIR [ROUNDS]
set -u
work=$1; rounds=${2:-10}
jars="$PWD/target/kmslog.jar:$PWD/target/kmslog-tests.jar"
mkdir -p "$work" && cd "$work" || exit 2
if [ ! -d exports ]; then
  cat > Gen.java <<'JAVA'
import java.nio.file.Path;
import java.util.EnumSet;
import org.kmslog.sample.*;
public class Gen { public static void main(String[] a) throws Exception {
  EstateGenerator.writeSynthetic(Path.of(a[0]),
      new SyntheticSpec(7, 1, 400, 20, EnumSet.of(ExportFormat.WEVTUTIL_XML), 100_000));
}}
JAVA
  java -cp "$jars" Gen.java exports || exit 2
fi
for i in $(seq 1 "$rounds"); do
  rm -f db.*
  java -cp "$jars" org.kmslog.cli.Main import --db db exports > first.out 2>&1 &
  pid=$!
  while kill -0 $pid 2>/dev/null && ! grep -q "_Application.xml: " first.out; do sleep 0.05; done
  base=$(stat -c %s db.mv.db 2>/dev/null || echo 0)
  grow=$(( (RANDOM % 8 + 1) * 1048576 ))
  while kill -0 $pid 2>/dev/null && [ "$(stat -c %s db.mv.db)" -lt $((base + grow)) ]; do sleep 0.02; done
  if ! kill -9 $pid 2>/dev/null; then echo "$i: finished before the kill"; wait $pid; continue; fi
  wait $pid 2>/dev/null
  cp db.mv.db crashed.mv.db
  start=$(date +%s)
  timeout 400 java -cp "$jars" org.kmslog.cli.Main import --db db exports > second.out 2>&1
  rc=$?
  echo "$i: killed at $(stat -c %s crashed.mv.db) bytes; the next import exited $rc in $(( $(date +%s) - start )) s"
  if [ $rc -eq 124 ]; then cp crashed.mv.db hang-$i.mv.db; cp second.out hang-$i.out; fi
done
