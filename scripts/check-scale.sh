#!/usr/bin/env bash
# Checks the several-instance setup of docker-compose.yml without Docker: Debian's PostgreSQL and nginx on
# loopback (installed if missing), two Marsad instances from the jar (routes a and b), and deploy/nginx.conf
# with the service names replaced by loopback ports. Checks that the config is valid, that a browser session
# sticks to the instance that created it, that the API is spread over both, that an import through the proxy
# is stored once and read through either instance, and that a browser whose instance stops is served by the
# other. Run as root from anywhere in a clone:  bash scripts/check-scale.sh
set -euo pipefail
cd "$(dirname "$0")/.."

proxy_port=${MARSAD_CHECK_PORT:-18430}
port_a=$((proxy_port + 1)) port_b=$((proxy_port + 2))
db=marsad_scale_$$ password=scale-$$-secret
work=$(mktemp -d -t marsad-scale.XXXXXX)
passed=0 failed=0
pass() { echo "PASS: $*"; passed=$((passed + 1)); }
fail() { echo "FAIL: $*"; failed=$((failed + 1)); }

missing=()
ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || missing+=(postgresql)
command -v nginx >/dev/null 2>&1 || missing+=(nginx)
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
cluster=$(pg_lsclusters -h | awk 'NR==1 {print $1" "$2}')
started_cluster=0
if ! pg_lsclusters -h | awk 'NR==1 {exit $4 == "online" ? 0 : 1}'; then
  pg_ctlcluster $cluster start
  started_cluster=1
fi
pg_port=$(pg_lsclusters -h | awk 'NR==1 {print $3}')
as_postgres() { su postgres -c "psql -v ON_ERROR_STOP=1 -q -t -A -p $pg_port -d ${2:-postgres} -c \"$1\""; }
as_postgres "create user $db with password '$password'"
as_postgres "create database $db owner $db"

jar=$(ls target/marsad-*.jar 2>/dev/null | head -n 1 || true)
if [ -z "$jar" ]; then
  ./mvnw -B -q -DskipTests package
  jar=$(ls target/marsad-*.jar | head -n 1)
fi
java=java
for d in /usr/lib/jvm/*; do
  if [ -x "$d/bin/java" ] && "$d/bin/java" -version 2>&1 | grep -q 'version "\(2[5-9]\|[3-9][0-9]\)'; then
    java=$d/bin/java
    break
  fi
done

pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  sleep 2
  as_postgres "drop database if exists $db" >/dev/null 2>&1 || true
  as_postgres "drop user if exists $db" >/dev/null 2>&1 || true
  [ $started_cluster = 1 ] && pg_ctlcluster $cluster stop || true
}
trap cleanup EXIT

start() { # name port
  SPRING_PROFILES_ACTIVE=postgres MARSAD_INSTANCE_ROUTE=$1 SERVER_FORWARD_HEADERS_STRATEGY=native \
  MARSAD_DB_URL=jdbc:postgresql://127.0.0.1:$pg_port/$db MARSAD_DB_USERNAME=$db MARSAD_DB_PASSWORD=$password \
    "$java" -Xmx512m -Djava.awt.headless=true -jar "$jar" --server.address=127.0.0.1 --server.port="$2" \
    --marsad.imports.storage-dir="$work/imports" >"$work/$1.log" 2>&1 &
  pids+=($!)
}
start a $port_a
start b $port_b
for port in $port_a $port_b; do
  for _ in $(seq 1 120); do
    curl -sf "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1 && break
    sleep 2
  done
done
curl -sf "http://127.0.0.1:$port_a/actuator/health" >/dev/null && curl -sf "http://127.0.0.1:$port_b/actuator/health" >/dev/null \
  && pass "two instances started together on one empty database" || { fail "instances did not start"; tail -20 "$work"/*.log; exit 1; }

# The compose file's proxy config, with loopback ports for the service names and the chosen upstream shown.
sed -e "s/marsad-a:8080/127.0.0.1:$port_a/g; s/marsad-b:8080/127.0.0.1:$port_b/g" \
    -e "s/listen 80;/listen 127.0.0.1:$proxy_port;/" \
    -e "s|proxy_pass http://\$marsad_upstream;|proxy_pass http://\$marsad_upstream; add_header X-Upstream \$upstream_addr always;|" \
    -e "s|^worker_processes auto;|worker_processes 1; pid $work/nginx.pid; error_log $work/nginx-error.log;|" \
    deploy/nginx.conf > "$work/nginx.conf"
sed -i "s|^http {|http { access_log $work/nginx-access.log; client_body_temp_path $work; proxy_temp_path $work;|" "$work/nginx.conf"
nginx -t -c "$work/nginx.conf" >/dev/null 2>&1 && pass "deploy/nginx.conf is valid (nginx -t)" || fail "nginx -t"
nginx -c "$work/nginx.conf"
sleep 1
proxy=http://127.0.0.1:$proxy_port

upstream() { curl -s -o /dev/null -D - "$@" | tr -d '\r' | awk -F': ' 'tolower($1) == "x-upstream" {print $2}'; }
cookie=$(curl -s -o /dev/null -D - "$proxy/login" | tr -d '\r' | sed -n 's/^[Ss]et-[Cc]ookie: JSESSIONID=\([^;]*\).*/\1/p' | head -n 1)
route=${cookie##*.}
case "$route" in a|b) pass "the sign-in page's session id ends with its instance's route (.$route)";;
  *) fail "session id without route: $cookie";; esac
expected=$([ "$route" = a ] && echo "127.0.0.1:$port_a" || echo "127.0.0.1:$port_b")
other=$([ "$route" = a ] && echo "127.0.0.1:$port_b" || echo "127.0.0.1:$port_a")
seen=$(for _ in $(seq 1 20); do upstream -b "JSESSIONID=$cookie" "$proxy/login"; done | sort -u | tr '\n' ' ')
[ "$seen" = "$expected " ] && pass "20 requests with that session all reached instance $route" || fail "session requests reached: $seen"
seen=$(for _ in $(seq 1 20); do upstream -u manager:manager "$proxy/api/indicators"; done | sort -u | wc -l)
[ "$seen" = 2 ] && pass "20 API calls without a session were spread over both instances" || fail "API calls reached $seen instance(s)"

file=$(mktemp --suffix=.xlsx)
python3 scripts/make-test-workbook.py "$file" "UNICORNS,2026-Q3,,4"
if [ -s "$file" ]; then
  code=$(curl -s -o "$work/import.json" -w '%{http_code}' -u clerk:clerk -F "file=@$file" "$proxy/api/imports?dryRun=false")
  [ "$code" = 200 ] && pass "an import through the proxy was stored" || fail "import answered $code: $(head -c 300 "$work/import.json")"
  for port in $port_a $port_b; do
    curl -s -u manager:manager "http://127.0.0.1:$port/api/indicators/UNICORNS/entries" | grep -Eq '"value":4(\.0+)?[,}]' \
      && pass "instance on port $port reads the imported figure" || fail "instance on port $port does not read it"
  done
  rows=$(as_postgres "select count(*) from progress_entry e join indicator i on i.id = e.indicator_id where i.code = 'UNICORNS' and e.origin = 'IMPORT'" "$db" 2>/dev/null || echo "?")
  [ "$rows" = 1 ] && pass "the figure is stored once" || fail "the figure is stored $rows times"
else
  fail "could not make the test workbook (scripts/make-test-workbook.py)"
fi

# The session's instance stops: the proxy sends the browser to the other one (it signs in again there).
if [ "$route" = a ]; then kill "${pids[0]}"; else kill "${pids[1]}"; fi
sleep 5
code=$(curl -s -o /dev/null -w '%{http_code}' -b "JSESSIONID=$cookie" "$proxy/login")
got=$(upstream -b "JSESSIONID=$cookie" "$proxy/login" | awk -F', ' '{print $NF}')
[ "$code" = 200 ] && [ "$got" = "$other" ] && pass "with instance $route stopped, its browser is served by the other ($code)" \
  || fail "with instance $route stopped: HTTP $code from $got"

echo "$passed passed, $failed failed"
[ $failed = 0 ]
