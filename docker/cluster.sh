#!/usr/bin/env bash
# The hosted topology on one machine, on loopback, without Docker (issue 15):
#   three MariaDB Galera nodes (Debian's mariadb-server + galera-4), HAProxy (Debian) in front of them in
#   single-writer mode, two portal nodes (the production portal.jar) on that one database address, and HAProxy's
#   portal frontend with sticky sessions and readiness checks. Same topology as docker/compose.yaml.
#
#   docker/cluster.sh start              build nothing; start everything (Galera, HAProxy, portal A then B)
#   docker/cluster.sh stop               stop everything this script started (the state folder is kept)
#   docker/cluster.sh status             what runs, Galera's view of the cluster, HAProxy's view of its servers
#   docker/cluster.sh stop-node NAME     stop one part: portal-a, portal-b, db1, db2, db3 (SIGTERM, graceful)
#   docker/cluster.sh kill-node NAME     the same with SIGKILL (a crashed node)
#   docker/cluster.sh start-node NAME    start one part again (a Galera node rejoins with IST/SST)
#   docker/cluster.sh clean              stop, then delete the state folder
#
# Settings (environment): PKD_KLASTER_DIR state folder (default target/klaster under the repository),
# PKD_KLASTER_PORT first port of the block of 1000 ports used (default 52000; see the table in docker/README.md),
# PKD_PORTAL_JAR (default core/portal/target/portal.jar, build it with `mvn -B -DskipTests package`),
# PKD_PLUGINS_DIR (default core/portal/target/plugins), JAVA_HOME (a JDK 25), PKD_PORTAL_HEAP (default 768m),
# PKD_KLASTER_BATAS_PORTAL seconds a portal node may take to become ready (default 900), PKD_KLASTER_SEWA the job
# lease of the portal nodes (default 10s: a killed node's job is taken over within about that; production keeps 30s).
# Each portal node claims jobs under its own name (portal-a, portal-b), as the job table's diklaim_oleh shows.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
DIR=${PKD_KLASTER_DIR:-$ROOT/target/klaster}
BASIS=${PKD_KLASTER_PORT:-52000}
JAR=${PKD_PORTAL_JAR:-$ROOT/core/portal/target/portal.jar}
PLUGINS=${PKD_PLUGINS_DIR:-$ROOT/core/portal/target/plugins}
JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
HEAP=${PKD_PORTAL_HEAP:-768m}
GALERA=/usr/lib/galera/libgalera_smm.so

PORT_HAPROXY_PORTAL=$((BASIS + 80))
PORT_HAPROXY_DB=$((BASIS + 306))
PORT_HAPROXY_STATS=$((BASIS + 90))
port_portal() { case $1 in a) echo $((BASIS + 81)) ;; b) echo $((BASIS + 82)) ;; esac; }
port_db() { echo $((BASIS + 310 + $1)); }      # SQL
port_gcomm() { echo $((BASIS + 410 + $1)); }   # Galera replication
port_ist() { echo $((BASIS + 420 + $1)); }     # incremental state transfer
port_sst() { echo $((BASIS + 430 + $1)); }     # full state transfer (rsync)

log() { printf '%s [klaster] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
mati() { log "GAGAL: $*"; exit 1; }

hidup() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

tunggu() { # seconds, description, pid that must stay alive (0: none), command...
  local batas=$1 apa=$2 pid=$3 mulai=$SECONDS
  shift 3
  until "$@" >/dev/null 2>&1; do
    if ((SECONDS - mulai > batas)); then mati "$apa belum siap setelah ${batas}s"; fi
    if [ "$pid" != 0 ] && ! kill -0 "$pid" 2>/dev/null; then mati "$apa berhenti sebelum siap (lihat lognya di $DIR)"; fi
    sleep 1
  done
  log "$apa siap (${SECONDS}s sejak skrip mulai)"
}

rahasia() { # file: made once, kept owner-only, shared by the nodes that need it
  if [ ! -s "$DIR/$1" ]; then (umask 077 && head -c "$2" /dev/urandom | base64 -w0 >"$DIR/$1"); fi
  cat "$DIR/$1"
}

# As root, the servers run as Debian's "mysql" account: an rsync daemon started by root (the joiner's side of a
# state transfer) would drop to "nobody" and could not write the data directory.
DB_USER=$([ "$(id -u)" -eq 0 ] && echo mysql || id -un)
# mariadb-install-db gives root and the installing account unix-socket login; the script administers as either.
SQL_USER=$(id -un)

sql() { # node, sql over the node's socket
  mariadb --no-defaults -u"$SQL_USER" -S "$DIR/db$1/mysqld.sock" -N -B -e "$2"
}

# ---------------------------------------------------------------- Galera
tulis_cnf_db() {
  local n=$1 d=$DIR/db$1 alamat=""
  for i in 1 2 3; do alamat+="${alamat:+,}127.0.0.1:$(port_gcomm "$i")"; done
  mkdir -p "$d"
  [ "$(id -u)" -eq 0 ] && chown "$DB_USER" "$d" && chmod 700 "$d"
  cat >"$d/my.cnf" <<CNF
[mysqld]
datadir=$d/data
socket=$d/mysqld.sock
pid-file=$d/mysqld.pid
log-error=$d/error.log
port=$(port_db "$n")
bind-address=127.0.0.1
skip-name-resolve
user=$DB_USER
character-set-server=utf8mb4
collation-server=utf8mb4_unicode_ci
innodb_buffer_pool_size=128M
max_connections=200
# Galera: row-based replication, InnoDB only, interleaved auto-increment locks.
binlog_format=ROW
default_storage_engine=InnoDB
innodb_autoinc_lock_mode=2
# Galera writes a binary log of every change, and with one MariaDB refuses CREATE TRIGGER (migrations V12_2 and
# later, the audit trail's tamper guard) from an account without SUPER (error 1419).
log_bin_trust_function_creators=ON
wsrep_on=ON
wsrep_provider=$GALERA
wsrep_cluster_name=pkd-klaster
wsrep_cluster_address=gcomm://$alamat
wsrep_node_name=db$n
wsrep_node_address=127.0.0.1
wsrep_provider_options="base_port=$(port_gcomm "$n");gmcast.listen_addr=tcp://127.0.0.1:$(port_gcomm "$n");ist.recv_addr=127.0.0.1:$(port_ist "$n");gcache.size=64M"
wsrep_sst_method=rsync
wsrep_sst_receive_address=127.0.0.1:$(port_sst "$n")
CNF
}

mulai_db() { # node [--wsrep-new-cluster]
  local n=$1 d=$DIR/db$1
  shift
  if hidup "$d/mysqld.pid"; then log "db$n sudah berjalan"; return; fi
  tulis_cnf_db "$n"
  if [ ! -d "$d/data/mysql" ]; then
    if [ "$n" -eq 1 ]; then
      mariadb-install-db --defaults-file="$d/my.cnf" --auth-root-authentication-method=socket >"$d/install.log" 2>&1 ||
        mati "mariadb-install-db db$n (lihat $d/install.log)"
    else
      # A joiner receives everything from a donor (SST); its data directory only has to exist.
      mkdir -p "$d/data"
      [ "$(id -u)" -eq 0 ] && chown "$DB_USER" "$d/data"
    fi
  fi
  log "memulai db$n (SQL 127.0.0.1:$(port_db "$n"), Galera $(port_gcomm "$n")) $*"
  # The pid file is written by mariadbd itself; setsid keeps it out of the caller's process group.
  setsid mariadbd --defaults-file="$d/my.cnf" "$@" </dev/null >>"$d/mariadbd.out" 2>&1 9>&- &
  tunggu 180 "db$n" $! sh -c "[ \"\$(mariadb --no-defaults -u$SQL_USER -S '$d/mysqld.sock' -N -B -e \"SHOW STATUS LIKE 'wsrep_local_state_comment'\" | cut -f2)\" = Synced ]"
}

siapkan_pengguna_db() { # once, on the bootstrap node; Galera replicates accounts (DDL) to the others
  local sandi
  sandi=$(rahasia sandi-db 24)
  sql 1 "CREATE DATABASE IF NOT EXISTS pkd CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
    CREATE USER IF NOT EXISTS 'pkd'@'127.0.0.1' IDENTIFIED BY '$sandi';
    GRANT ALL PRIVILEGES ON pkd.* TO 'pkd'@'127.0.0.1';
    CREATE USER IF NOT EXISTS 'haproxy_cek'@'127.0.0.1';
    DELETE FROM mysql.global_priv WHERE User = '';
    FLUSH PRIVILEGES;"
}

# ---------------------------------------------------------------- HAProxy
tulis_cfg_haproxy() {
  cat >"$DIR/haproxy/haproxy.cfg" <<CFG
global
    pidfile $DIR/haproxy/haproxy.pid
    stats socket $DIR/haproxy/admin.sock mode 600 level admin

defaults
    timeout connect 3s
    timeout client 1h
    timeout server 1h
    timeout tunnel 1h

# MariaDB, single writer: every portal node writes to the same Galera node (db1) while it is up; db2 and db3 are
# backups, taken in order only when the active one fails. Galera certifies a transaction optimistically at commit:
# two nodes that change the same row at once (a document-number counter, an approval row) cannot both win, and the
# loser is aborted with a deadlock error (1213) at commit. With one writer those collisions are ordinary InnoDB
# row-lock waits, which queue instead of failing. A node marked down has its sessions closed (the pools reconnect to
# the next one); when db1 is back, the sessions on the backup are closed, so the writes move back together and never
# run on two nodes at once.
listen mariadb
    bind 127.0.0.1:$PORT_HAPROXY_DB
    mode tcp
    option mysql-check user haproxy_cek post-41
    default-server inter 1s fall 2 rise 3 on-marked-down shutdown-sessions on-marked-up shutdown-backup-sessions
    server db1 127.0.0.1:$(port_db 1) check
    server db2 127.0.0.1:$(port_db 2) check backup
    server db3 127.0.0.1:$(port_db 3) check backup

# The portal: sticky by cookie (a Vaadin UI lives in one node's memory), only nodes whose readiness answers 200
# (database reachable, plugins loaded, schema current) get traffic. A user whose node is gone is sent to the other
# node (redispatch) and signs in again there.
frontend portal
    bind 127.0.0.1:$PORT_HAPROXY_PORTAL
    mode http
    option forwardfor
    # Tomcat takes the scheme and port of its redirects from these (server.forward-headers-strategy=native); with
    # only the scheme it would send the browser to port 80.
    http-request set-header X-Forwarded-Proto http
    http-request set-header X-Forwarded-Port %[dst_port]
    default_backend portal_nodes

backend portal_nodes
    mode http
    balance roundrobin
    option redispatch
    retries 2
    option httpchk GET /actuator/health/readiness
    http-check expect status 200
    cookie PKD_NODE insert indirect nocache httponly
    default-server inter 2s fall 2 rise 2
    server portal-a 127.0.0.1:$(port_portal a) check cookie a
    server portal-b 127.0.0.1:$(port_portal b) check cookie b

listen stats
    bind 127.0.0.1:$PORT_HAPROXY_STATS
    mode http
    stats enable
    stats uri /
CFG
}

mulai_haproxy() {
  mkdir -p "$DIR/haproxy"
  if hidup "$DIR/haproxy/haproxy.pid"; then log "HAProxy sudah berjalan"; return; fi
  tulis_cfg_haproxy
  haproxy -c -q -f "$DIR/haproxy/haproxy.cfg" || mati "konfigurasi HAProxy tidak sah"
  log "memulai HAProxy (portal 127.0.0.1:$PORT_HAPROXY_PORTAL, MariaDB 127.0.0.1:$PORT_HAPROXY_DB)"
  # Run as this user with the generated file, not as the system service; -D daemonises and writes the pid file.
  haproxy -D -f "$DIR/haproxy/haproxy.cfg" >>"$DIR/haproxy/haproxy.out" 2>&1 9>&-
  tunggu 30 "HAProxy" 0 sh -c "mariadb --no-defaults -h127.0.0.1 -P$PORT_HAPROXY_DB -upkd -p'$(cat "$DIR/sandi-db")' pkd -e 'SELECT 1'"
}

# ---------------------------------------------------------------- portal
mulai_portal() { # a | b
  local n=$1 d=$DIR/portal-$1 port
  port=$(port_portal "$n")
  mkdir -p "$d"
  if hidup "$d/pid"; then log "portal-$n sudah berjalan"; return; fi
  [ -f "$JAR" ] || mati "$JAR tidak ada: bangun dulu dengan mvn -B -DskipTests package"
  log "memulai portal-$n (127.0.0.1:$port, data $d)"
  (
    cd "$d"
    # Same database (through HAProxy) and the same master key on both nodes; nothing else is shared.
    PORT=$port \
      SERVER_ADDRESS=127.0.0.1 \
      SPRING_DATASOURCE_URL="jdbc:mariadb://127.0.0.1:$PORT_HAPROXY_DB/pkd" \
      SPRING_DATASOURCE_USERNAME=pkd \
      SPRING_DATASOURCE_PASSWORD="$(cat "$DIR/sandi-db")" \
      PKD_KUNCI_INDUK="$(rahasia kunci-induk 32)" \
      PKD_DATA_DIR="$d/data" \
      PKD_PLUGINS_DIR="$PLUGINS" \
      PKD_URL_PUBLIK="http://127.0.0.1:$PORT_HAPROXY_PORTAL" \
      PKD_DEMO_SEED="${PKD_DEMO_SEED:-true}" \
      PKD_BATAS_WAKTU_BERHENTI=10s \
      PKD_PEKERJAAN_SIMPUL=portal-$n \
      PKD_PEKERJAAN_LAMA_SEWA="${PKD_KLASTER_SEWA:-10s}" \
      setsid "$JAVA" -Xmx"$HEAP" -XX:+UseSerialGC -Dpkd.simpul=portal-$n -jar "$JAR" </dev/null >>"$d/portal.log" 2>&1 9>&- &
    echo $! >"$d/pid"
  )
  # A portal node starts in 1 to 2 minutes on an idle machine; a loaded build machine has needed more than 7.
  tunggu "${PKD_KLASTER_BATAS_PORTAL:-900}" "portal-$n" "$(cat "$d/pid")" curl -fsS "http://127.0.0.1:$port/actuator/health/readiness"
}

# ---------------------------------------------------------------- stop
henti() { # pid file, name, signal
  local f=$1 nama=$2 sinyal=${3:-TERM} pid
  if ! hidup "$f"; then return; fi
  pid=$(cat "$f")
  log "menghentikan $nama (pid $pid, SIG$sinyal)"
  kill -s "$sinyal" "$pid" 2>/dev/null || true
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
  if kill -0 "$pid" 2>/dev/null; then log "$nama belum berhenti: SIGKILL"; kill -9 "$pid" 2>/dev/null || true; sleep 1; fi
  rm -f "$f"
}

pidfile() {
  case $1 in
    portal-a | portal-b) echo "$DIR/$1/pid" ;;
    db1 | db2 | db3) echo "$DIR/$1/mysqld.pid" ;;
    haproxy) echo "$DIR/haproxy/haproxy.pid" ;;
    *) mati "bagian tidak dikenal: $1 (portal-a, portal-b, db1, db2, db3, haproxy)" ;;
  esac
}

mulai_bagian() {
  case $1 in
    portal-a) mulai_portal a ;;
    portal-b) mulai_portal b ;;
    db1 | db2 | db3) mulai_db "${1#db}" ;;
    haproxy) mulai_haproxy ;;
    *) mati "bagian tidak dikenal: $1" ;;
  esac
}

# ---------------------------------------------------------------- commands
start() {
  command -v haproxy >/dev/null || mati "haproxy tidak terpasang (apt-get install -y haproxy)"
  [ -f "$GALERA" ] || mati "$GALERA tidak ada (apt-get install -y galera-4 mariadb-server)"
  mkdir -p "$DIR"
  # Others may pass through (the database account), not list; the secrets inside are owner-only files.
  chmod 711 "$DIR"
  # Node 1 founds the cluster (--wsrep-new-cluster) on a fresh or cleanly stopped state; the others join it.
  if [ -f "$DIR/db1/data/grastate.dat" ] && ! grep -q '^safe_to_bootstrap: 1' "$DIR/db1/data/grastate.dat"; then
    log "db1 bukan simpul terakhir yang berhenti; grastate.dat dipaksa safe_to_bootstrap: 1 (klaster uji)"
    sed -i 's/^safe_to_bootstrap: 0/safe_to_bootstrap: 1/' "$DIR/db1/data/grastate.dat"
  fi
  mulai_db 1 --wsrep-new-cluster
  siapkan_pengguna_db
  mulai_db 2
  mulai_db 3
  log "Galera: $(sql 1 "SHOW STATUS LIKE 'wsrep_cluster_size'" | cut -f2) simpul"
  mulai_haproxy
  # A first, then B: the first node migrates the schema (under its database lock) and seeds; B finds it current.
  mulai_portal a
  mulai_portal b
  log "klaster siap: http://127.0.0.1:$PORT_HAPROXY_PORTAL (statistik HAProxy http://127.0.0.1:$PORT_HAPROXY_STATS)"
}

stop() {
  henti "$DIR/portal-a/pid" portal-a
  henti "$DIR/portal-b/pid" portal-b
  henti "$DIR/haproxy/haproxy.pid" haproxy
  # The bootstrap node last, so it is the one safe to found the cluster at the next start.
  for n in 3 2 1; do henti "$DIR/db$n/mysqld.pid" "db$n"; done
}

status() {
  for b in db1 db2 db3 haproxy portal-a portal-b; do
    if hidup "$(pidfile $b)"; then printf '%-9s berjalan (pid %s)\n' "$b" "$(cat "$(pidfile $b)")"; else printf '%-9s mati\n' "$b"; fi
  done
  for n in 1 2 3; do
    if hidup "$DIR/db$n/mysqld.pid"; then
      printf 'db%s: %s\n' "$n" "$(sql "$n" "SHOW STATUS WHERE Variable_name IN ('wsrep_cluster_size','wsrep_local_state_comment','wsrep_cluster_status')" | tr '\t\n' '= ')"
    fi
  done
  if [ -S "$DIR/haproxy/admin.sock" ] && hidup "$DIR/haproxy/haproxy.pid"; then
    echo "show stat" | socat stdio "UNIX-CONNECT:$DIR/haproxy/admin.sock" | cut -d, -f1,2,18 | grep -v '^#' | grep -v 'FRONTEND\|BACKEND' || true
  fi
}

mkdir -p "$DIR"
# One run of this script at a time: two would start the same nodes twice. The servers it starts do not inherit
# the lock (9>&- at each start), or the next run would wait for them to end.
exec 9>"$DIR/.kunci"
flock -w 600 9 || mati "skrip klaster lain masih berjalan"

case ${1:-} in
  start) start ;;
  stop) stop ;;
  status) status ;;
  stop-node) henti "$(pidfile "${2:?nama bagian}")" "$2" TERM ;;
  kill-node) henti "$(pidfile "${2:?nama bagian}")" "$2" KILL ;;
  start-node) mulai_bagian "${2:?nama bagian}" ;;
  clean) stop; rm -rf "$DIR" ;;
  *) echo "pakai: $0 start|stop|status|stop-node NAMA|kill-node NAMA|start-node NAMA|clean" >&2; exit 2 ;;
esac
