#!/usr/bin/env bash
# Checks that Marsad runs on PostgreSQL, the database for running at scale: Flyway's migrations
# apply, Hibernate validates the schema, the prod profile starts with its first administrator, the
# API answers, an Excel import is checked, stored, re-imported and corrected, and the report and CSV
# carry the imported figures. Uses Debian's PostgreSQL server on loopback (installed if missing) and the jar
# in target/ (built if missing). Run as root from anywhere in a clone:
#   bash scripts/check-postgresql.sh
set -euo pipefail
cd "$(dirname "$0")/.."

port=${MARSAD_CHECK_PORT:-18090}
db=marsad_check_$$
password=marsad-check-$$-secret
admin_password=check-admin-secret-$$
log=$(mktemp -t marsad-pg.XXXXXX.log)
passed=0 failed=0
pass() { echo "PASS: $*"; passed=$((passed + 1)); }
fail() { echo "FAIL: $*"; failed=$((failed + 1)); }

if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
cluster=$(pg_lsclusters -h | awk 'NR==1 {print $1" "$2}')
started_cluster=0
if ! pg_lsclusters -h | awk 'NR==1 {exit $4 == "online" ? 0 : 1}'; then
  pg_ctlcluster $cluster start
  started_cluster=1
fi
pg_port=$(pg_lsclusters -h | awk 'NR==1 {print $3}')
as_postgres() { su postgres -c "psql -v ON_ERROR_STOP=1 -q -p $pg_port -c \"$1\""; }
as_postgres "create user $db with password '$password'"
as_postgres "create database $db owner $db"

jar=$(ls target/marsad-*.jar 2>/dev/null | head -n 1 || true)
if [ -z "$jar" ]; then
  ./mvnw -B -q -DskipTests package
  jar=$(ls target/marsad-*.jar | head -n 1)
fi
# The jar needs Java 25: take JAVA_HOME if set, else the first JDK 25+ under /usr/lib/jvm.
java_home=${JAVA_HOME:-}
if [ -z "$java_home" ]; then
  for d in /usr/lib/jvm/*; do
    if [ -x "$d/bin/java" ] && "$d/bin/java" -version 2>&1 | grep -q 'version "\(2[5-9]\|[3-9][0-9]\)'; then
      java_home=$d
      break
    fi
  done
fi

cleanup() {
  [ -n "${app_pid:-}" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
  as_postgres "drop database if exists $db" || true
  as_postgres "drop user if exists $db" || true
  [ $started_cluster = 1 ] && pg_ctlcluster $cluster stop || true
}
trap cleanup EXIT

SPRING_PROFILES_ACTIVE=prod MARSAD_ADMIN_PASSWORD=$admin_password \
SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:$pg_port/$db SPRING_DATASOURCE_USERNAME=$db \
SPRING_DATASOURCE_PASSWORD=$password SERVER_PORT=$port SERVER_ADDRESS=127.0.0.1 \
  "$java_home/bin/java" -Djava.awt.headless=true -jar "$jar" >"$log" 2>&1 &
app_pid=$!

up=0
for _ in $(seq 1 60); do
  sleep 2
  if curl -fsS "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; then up=1; break; fi
  kill -0 "$app_pid" 2>/dev/null || break
done
if [ $up = 1 ]; then pass "started on PostgreSQL $pg_port with the prod profile"; else fail "did not start; see $log"; fi
migrations=$(grep -c 'Migrating schema' "$log" || true)
[ "$migrations" -ge 3 ] && pass "Flyway applied $migrations migrations" || fail "Flyway applied $migrations migrations"
body=$(curl -fsS -u "admin:$admin_password" "http://127.0.0.1:$port/api/indicators" || true)
case "$body" in *'"code":"DIGITAL_JOBS"'*'"target":240000'*) pass "the first administrator reads DIGITAL_JOBS, target 240000" ;;
  *) fail "GET /api/indicators as admin: ${body:0:200}" ;; esac
case "$body" in *'"sampleFigures":true'*) fail "sample figures in the prod profile" ;; *) pass "no sample figures" ;; esac
code=$(curl -s -o /dev/null -w '%{http_code}' -u manager:manager "http://127.0.0.1:$port/api/indicators")
[ "$code" = 401 ] && pass "no demo users (manager/manager gets 401)" || fail "manager/manager got $code"

work=$(mktemp -d -t marsad-pg-files.XXXXXX)
python3 scripts/make-test-workbook.py "$work/t3.xlsx" "UNICORNS,2026-Q3,,1" "GAZELLES,2026-Q3,ORIENTAL,2"
python3 scripts/make-test-workbook.py "$work/t3-fixed.xlsx" "UNICORNS,2026-Q3,,1" "GAZELLES,2026-Q3,ORIENTAL,3"
api() { curl -s -u "admin:$admin_password" -w ' %{http_code}' "$@"; }
out=$(api -F "file=@$work/t3.xlsx" "http://127.0.0.1:$port/api/imports?dryRun=true")
case "$out" in *'"created":2'*' 200') pass "dry run: 2 figures would be new" ;; *) fail "dry run: ${out:0:300}" ;; esac
out=$(api -F "file=@$work/t3.xlsx" "http://127.0.0.1:$port/api/imports?dryRun=false")
case "$out" in *'"outcome":"IMPORTED"'*'"created":2'*' 200') pass "import stored 2 figures" ;; *) fail "import: ${out:0:300}" ;; esac
out=$(api -F "file=@$work/t3.xlsx" "http://127.0.0.1:$port/api/imports?dryRun=false")
case "$out" in *'"created":0'*'"unchanged":2'*' 200') pass "the same file again changes nothing" ;; *) fail "re-import: ${out:0:300}" ;; esac
out=$(api -F "file=@$work/t3-fixed.xlsx" "http://127.0.0.1:$port/api/imports?dryRun=false")
case "$out" in *'"updated":1'*'"unchanged":1'*' 200') pass "a corrected value replaces the stored one" ;; *) fail "correction: ${out:0:300}" ;; esac
code=$(curl -s -o "$work/report.xlsx" -w '%{http_code}' -u "admin:$admin_password" \
  "http://127.0.0.1:$port/api/reports/progress.xlsx?indicator=UNICORNS&indicator=GAZELLES")
[ "$code" = 200 ] && [ "$(head -c 2 "$work/report.xlsx")" = PK ] && pass "report workbook downloaded" || fail "report: $code"
csv=$(curl -s -u "admin:$admin_password" "http://127.0.0.1:$port/api/reports/progress.csv?indicator=GAZELLES")
case "$csv" in *'2026-Q3,ORIENTAL'*) fail "CSV shows a figure no manager approved: ${csv:0:300}" ;; *) pass "the CSV leaves out figures not yet approved" ;; esac
csv=$(curl -s -u "admin:$admin_password" "http://127.0.0.1:$port/api/reports/progress.csv?indicator=GAZELLES&includeUnapproved=true")
case "$csv" in *'GAZELLES'*'2026-Q3,ORIENTAL,3,'*) pass "the CSV with unapproved figures carries the corrected one" ;; *) fail "CSV: ${csv:0:300}" ;; esac
entries=$(api "http://127.0.0.1:$port/api/indicators/GAZELLES/entries?from=2026-Q3&to=2026-Q3")
entry_id=$(printf '%s' "$entries" | python3 -c 'import json,sys; print(json.loads(sys.stdin.read().rsplit(" ",1)[0])[0]["id"])' 2>/dev/null)
history=$(api "http://127.0.0.1:$port/api/entries/$entry_id/history")
case "$history" in *ENTRY_CREATED*ENTRY_CHANGED*' 200') pass "the figure's history: created, then changed" ;; *) fail "history: ${history:0:300}" ;; esac
rm -rf "$work"

echo "$passed passed, $failed failed"
[ $failed = 0 ]
