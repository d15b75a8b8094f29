#!/usr/bin/env bash
# Builds Marsad's container image (the repository's Dockerfile) with podman and checks that it
# works: health endpoint and HEALTHCHECK, non-root process, REST API, fonts for Arabic chart text,
# and that the H2 database on the named volume survives a new container.
#
# Usage (as root, from any clone):  bash scripts/check-container-image.sh
#
# It needs no image registry: the base images are made locally (Debian bookworm from debootstrap,
# plus this machine's Temurin 25 JDK) and passed to the Dockerfile as BUILD_IMAGE / RUN_IMAGE.
# Only Maven Central (for the build) and Debian's apt archive (debootstrap, run stage) are used.
#
# Settings (environment):
#   MARSAD_CHECK_PORT          host port on 127.0.0.1 (default 18080; the next free one is taken)
#   MARSAD_CHECK_TIMEOUT       seconds to wait for the app to be up, per start (default 180)
#   MARSAD_CHECK_WORK_DIR      containers.conf, logs, scratch (default /var/tmp/marsad-container-check)
#   MARSAD_CHECK_JDK           JDK 25 copied into the base images (default /usr/lib/jvm/temurin-25-jdk-amd64)
#   MARSAD_CHECK_REBUILD_BASE  1 = rebuild the cached base images
#   MARSAD_CHECK_KEEP_VOLUME   1 = keep the data volume afterwards
#   DEBIAN_MIRROR              debootstrap mirror (default http://deb.debian.org/debian)
#
# Prints PASS/FAIL lines and a closing "N passed, N failed"; exits 1 if any check failed.
set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_ROOT=$(cd "$SCRIPT_DIR/.." && pwd)

PORT=${MARSAD_CHECK_PORT:-18080}
TIMEOUT=${MARSAD_CHECK_TIMEOUT:-180}
WORK_DIR=${MARSAD_CHECK_WORK_DIR:-/var/tmp/marsad-container-check}
JDK_SRC=${MARSAD_CHECK_JDK:-/usr/lib/jvm/temurin-25-jdk-amd64}
DEBIAN_MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}

BASE_IMAGE=localhost/marsad-base-bookworm
JDK_IMAGE=localhost/marsad-base-jdk25
JRE_IMAGE=localhost/marsad-base-jre25
APP_IMAGE=localhost/marsad:check
VOLUME=marsad-check-data
C1=marsad-check-1
C2=marsad-check-2

START_TIME=$SECONDS
PASSED=0
FAILED=0
STARTED_CONTAINERS=()

log() { printf '[%4ss] %s\n' "$((SECONDS - START_TIME))" "$*"; }
pass() { PASSED=$((PASSED + 1)); echo "PASS: $*"; }
fail() { FAILED=$((FAILED + 1)); echo "FAIL: $*"; }
die() { echo "FAIL: $*" >&2; FAILED=$((FAILED + 1)); exit 1; }

# podman without the noise of a machine with no systemd: podman tries to put each container's
# HEALTHCHECK on a systemd timer and logs an error when it cannot (the checks below run the
# HEALTHCHECK by hand instead).
podman_quiet() { podman "$@" 2> >(grep -v 'systemd connection' >&2); }

# contains TEXT PATTERN: grep on text already captured. (Piping a command into `grep -q` under
# pipefail can fail on a match: grep exits early and the writer dies of SIGPIPE.)
contains() { grep -q -i -e "$2" <<<"$1"; }

summary() {
  echo
  echo "Image: $APP_IMAGE, total time $((SECONDS - START_TIME)) s"
  echo "$PASSED passed, $FAILED failed"
}

# Removes only what this run started: its containers and (unless kept) its volume.
cleanup() {
  local rc=$?
  set +e
  for c in "${STARTED_CONTAINERS[@]}"; do
    podman rm -f -t 10 "$c" >/dev/null 2>&1
  done
  if [ "${MARSAD_CHECK_KEEP_VOLUME:-0}" != 1 ]; then
    podman volume rm -f "$VOLUME" >/dev/null 2>&1
  fi
  summary
  if [ "$FAILED" -gt 0 ] && [ "$rc" -eq 0 ]; then rc=1; fi
  exit "$rc"
}

[ "$(id -u)" -eq 0 ] || { echo "Run as root: it installs packages and uses rootful podman." >&2; exit 2; }
[ -f "$REPO_ROOT/Dockerfile" ] || { echo "No Dockerfile in $REPO_ROOT" >&2; exit 2; }
mkdir -p "$WORK_DIR"

# --- 1. Tools -------------------------------------------------------------------------------
missing=()
for cmd in podman runc debootstrap curl; do
  command -v "$cmd" >/dev/null 2>&1 || missing+=("$cmd")
done
if [ "${#missing[@]}" -gt 0 ]; then
  log "installing podman runc debootstrap curl (missing: ${missing[*]})"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq podman runc debootstrap curl >/dev/null
fi

# --- 2. podman settings -----------------------------------------------------------------------
# A private containers.conf (CONTAINERS_CONF replaces the system one for this run only):
# - runc: the OCI runtime installed above (podman's default choice, crun, is not installed and
#   was not needed);
# - default_ulimits: podman otherwise asks for a nofile limit above this machine's hard limit
#   (20000) and containers fail to start; nproc is given explicitly for the same reason.
export CONTAINERS_CONF="$WORK_DIR/containers.conf"
cat >"$CONTAINERS_CONF" <<'EOF'
[containers]
default_ulimits = ["nofile=20000:20000", "nproc=32000:32000"]

[engine]
runtime = "runc"
EOF

trap cleanup EXIT
trap 'exit 130' INT TERM

# --- 3. Local base images (cached in podman's store) ----------------------------------------------
rebuild=${MARSAD_CHECK_REBUILD_BASE:-0}

if [ "$rebuild" = 1 ] || ! podman image exists "$BASE_IMAGE"; then
  log "making $BASE_IMAGE with debootstrap (minbase bookworm)"
  rm -rf "$WORK_DIR/rootfs"
  debootstrap --variant=minbase bookworm "$WORK_DIR/rootfs" "$DEBIAN_MIRROR" >"$WORK_DIR/debootstrap.log" 2>&1 \
    || { tail -n 30 "$WORK_DIR/debootstrap.log"; die "debootstrap failed (log: $WORK_DIR/debootstrap.log)"; }
  rm -rf "$WORK_DIR/rootfs/var/cache/apt/archives/"*.deb "$WORK_DIR/rootfs/var/lib/apt/lists/"*
  tar -C "$WORK_DIR/rootfs" --numeric-owner -c . \
    | podman import -q --change 'CMD ["/bin/bash"]' --change 'ENV LANG=C.UTF-8' - "$BASE_IMAGE" >/dev/null
  rm -rf "$WORK_DIR/rootfs"
  rebuild=1 # the images on top of it must follow
fi

# Builds image $1 from base + the runtime directory $2 placed at /opt/java/openjdk (the path the
# official Temurin images use).
make_java_image() {
  local image=$1 runtime_dir=$2 ctx
  ctx=$(dirname "$runtime_dir")
  cat >"$ctx/Containerfile" <<EOF
FROM $BASE_IMAGE
COPY $(basename "$runtime_dir") /opt/java/openjdk
ENV JAVA_HOME=/opt/java/openjdk \\
    PATH=/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \\
    LANG=C.UTF-8
EOF
  podman build --pull=never -q -t "$image" "$ctx" >/dev/null
  rm -rf "$ctx"
}

if [ "$rebuild" = 1 ] || ! podman image exists "$JDK_IMAGE"; then
  [ -x "$JDK_SRC/bin/javac" ] || die "no JDK at $JDK_SRC (set MARSAD_CHECK_JDK)"
  log "making $JDK_IMAGE from $JDK_SRC"
  rm -rf "$WORK_DIR/jdk-ctx" && mkdir -p "$WORK_DIR/jdk-ctx"
  # -L: follow symlinks; Debian's JDK packages make lib/security/cacerts a link to the host's
  # trust store, which has to arrive as a real file (and carries any CA this host trusts, so
  # the build container reaches Maven Central the way the host does).
  cp -rL "$JDK_SRC" "$WORK_DIR/jdk-ctx/jdk"
  make_java_image "$JDK_IMAGE" "$WORK_DIR/jdk-ctx/jdk"
fi

if [ "$rebuild" = 1 ] || ! podman image exists "$JRE_IMAGE"; then
  log "making $JRE_IMAGE (jlink)"
  rm -rf "$WORK_DIR/jre-ctx" && mkdir -p "$WORK_DIR/jre-ctx"
  # Stand-in for eclipse-temurin:25-jre: a runtime jlink'ed from the JDK with every module
  # except the development tools (compiler, javadoc, jshell, jlink, ...), like a Temurin JRE,
  # rather than a hand-picked list, so that it neither lacks a module the real JRE has nor adds
  # the JDK's tools. java.desktop (AWT for JFreeChart) and jdk.localedata (Arabic locale) are in.
  modules=$("$JDK_SRC/bin/java" --list-modules | sed 's/@.*//' \
    | grep -v -x -E 'jdk\.(compiler|editpad|graal\.compiler(\.management)?|hotspot\.agent|internal\.(ed|le|md|opt|vm\.ci)|jartool|javadoc|jconsole|jdeps|jlink|jpackage|jshell|jstatd)' \
    | paste -sd, -)
  "$JDK_SRC/bin/jlink" --add-modules "$modules" --strip-debug --no-man-pages --no-header-files \
    --output "$WORK_DIR/jre-ctx/jre" 2> >(grep -v 'incubator modules' >&2)
  cp -L "$JDK_SRC/lib/security/cacerts" "$WORK_DIR/jre-ctx/jre/lib/security/cacerts"
  make_java_image "$JRE_IMAGE" "$WORK_DIR/jre-ctx/jre"
fi
pass "base images ready: $BASE_IMAGE, $JDK_IMAGE, $JRE_IMAGE"

# --- 4. Build the project's image ---------------------------------------------------------------
# If a container on podman's default bridge cannot reach Maven Central (no NAT/forwarding in
# some sandboxes), the build stage runs with --network=host instead.
build_net=()
if ! podman run --rm --pull=never "$BASE_IMAGE" \
     timeout 15 bash -c 'exec 3<>/dev/tcp/repo.maven.apache.org/443' >/dev/null 2>&1; then
  log "Maven Central not reachable from the bridge network: building with --network=host"
  build_net=(--network=host)
fi

cd "$REPO_ROOT"
log "podman build $APP_IMAGE (log: $WORK_DIR/build.log; the first build downloads Maven's dependencies)"
build_start=$SECONDS
dangling_before=$(podman images -q --filter dangling=true | sort -u)
# --format docker: the OCI image format has no HEALTHCHECK field and podman would drop it.
if podman build --format docker --pull=never "${build_net[@]}" \
     --build-arg BUILD_IMAGE="$JDK_IMAGE" --build-arg RUN_IMAGE="$JRE_IMAGE" \
     -t "$APP_IMAGE" . >"$WORK_DIR/build.log" 2>&1; then
  pass "image built in $((SECONDS - build_start)) s ($(podman image inspect -f '{{.Size}}' "$APP_IMAGE" | awk '{printf "%.0f MB", $1/1e6}'))"
  # Drop the untagged images this build left (the build stage, a previous marsad:check) so that
  # repeated runs do not fill the disk; Maven's downloads stay in the build's cache mount.
  dangling_new=$(comm -13 <(echo "$dangling_before") <(podman images -q --filter dangling=true | sort -u))
  [ -z "$dangling_new" ] || podman rmi -f $dangling_new >/dev/null 2>&1 || true
else
  tail -n 60 "$WORK_DIR/build.log"
  die "podman build failed (log: $WORK_DIR/build.log)"
fi

healthcheck_config=$(podman image inspect -f '{{.Config.Healthcheck}}' "$APP_IMAGE")
if [ -n "$healthcheck_config" ] && [ "$healthcheck_config" != "<nil>" ]; then
  pass "image declares a HEALTHCHECK"
else
  fail "image has no HEALTHCHECK"
fi
if [ "$(podman_quiet run --rm --pull=never --entrypoint sh "$APP_IMAGE" -c 'ls -A /app/data/db | wc -l')" = 0 ]; then
  pass "image ships no database in /app/data/db"
else
  fail "image has files in /app/data/db"
fi

# --- 5. Run and check -------------------------------------------------------------------------
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for _ in $(seq 1 50); do port_in_use "$PORT" || break; PORT=$((PORT + 1)); done
port_in_use "$PORT" && die "no free port found near $PORT"
BASE_URL="http://127.0.0.1:$PORT"

podman volume rm -f "$VOLUME" >/dev/null 2>&1 || true
podman volume create "$VOLUME" >/dev/null

# Starts container $1 on the volume, port published on loopback only.
start_container() {
  STARTED_CONTAINERS+=("$1")
  podman_quiet run -d --pull=never --name "$1" -p "127.0.0.1:$PORT:8080" -v "$VOLUME:/app/data/db" "$APP_IMAGE" >/dev/null
}

# Waits (bounded) until /actuator/health says UP; then runs the image's HEALTHCHECK. There is no
# systemd here to run it on a timer, so `podman healthcheck run` runs it once and records it.
wait_healthy() {
  local c=$1 deadline=$((SECONDS + TIMEOUT)) t0=$SECONDS
  while :; do
    if [ "$(podman inspect -f '{{.State.Running}}' "$c" 2>/dev/null)" != true ]; then
      podman logs --tail 60 "$c" 2>&1 || true
      fail "$c: container stopped before it was up"
      return 1
    fi
    if contains "$(curl -fsS --max-time 5 "$BASE_URL/actuator/health" 2>/dev/null || true)" '"status":"UP"'; then
      break
    fi
    if [ "$SECONDS" -ge "$deadline" ]; then
      podman logs --tail 60 "$c" 2>&1 || true
      fail "$c: /actuator/health not UP within $TIMEOUT s"
      return 1
    fi
    sleep 2
  done
  pass "$c: /actuator/health reports UP after $((SECONDS - t0)) s"
  if podman healthcheck run "$c" >/dev/null 2>&1; then
    local status
    status=$(podman inspect -f '{{.State.Healthcheck.Status}}' "$c" 2>/dev/null \
      || podman inspect -f '{{.State.Health.Status}}' "$c")
    if [ "$status" = healthy ]; then
      pass "$c: podman reports the container healthy"
    else
      fail "$c: podman health status is '$status'"
    fi
  else
    fail "$c: podman healthcheck run failed"
  fi
}

api_json() { curl -fsS --max-time 20 -u manager:manager -H 'Accept: application/json' "$BASE_URL/api/indicators"; }

log "starting $C1 on 127.0.0.1:$PORT with volume $VOLUME"
start_container "$C1"
if wait_healthy "$C1"; then
  uid=$(podman exec "$C1" id -u)
  pid1_uid=$(podman exec "$C1" sh -c 'grep "^Uid:" /proc/1/status' | awk '{print $2}')
  if [ "$uid" != 0 ] && [ "$pid1_uid" != 0 ]; then
    pass "$C1: runs as non-root (exec uid $uid, java process uid $pid1_uid)"
  else
    fail "$C1: runs as root (exec uid $uid, java process uid $pid1_uid)"
  fi

  first_json=$(api_json 2>&1) || true
  if contains "$first_json" '^[[:space:]]*[[{]' && contains "$first_json" DIGITAL_JOBS; then
    pass "$C1: GET /api/indicators (manager) returns JSON with DIGITAL_JOBS"
  else
    fail "$C1: GET /api/indicators did not return JSON with DIGITAL_JOBS: $(printf '%s' "$first_json" | head -c 300)"
  fi

  if contains "$(podman exec "$C1" fc-list)" dejavu; then
    pass "$C1: DejaVu fonts installed (fc-list)"
  else
    fail "$C1: no DejaVu font in fc-list"
  fi
  # fontconfig's own view of which fonts cover Arabic, i.e. what AWT can fall back to.
  if contains "$(podman exec "$C1" fc-list :lang=ar family)" dejavu; then
    pass "$C1: a DejaVu font covers Arabic (fc-list :lang=ar)"
  else
    fail "$C1: no installed font covers Arabic"
  fi

  if podman exec "$C1" sh -c 'ls /app/data/db/*.mv.db' >/dev/null 2>&1; then
    pass "$C1: H2 database file created in the volume"
  else
    fail "$C1: no H2 *.mv.db file in /app/data/db"
  fi
  # A marker written by the app user: proves the volume is writable for it and, below, kept.
  podman exec "$C1" sh -c 'date -u > /app/data/db/.container-check' || fail "$C1: volume not writable by the app user"

  stop_start=$SECONDS
  podman_quiet stop -t 60 "$C1" >/dev/null
  # 143 = ended by SIGTERM, the JVM's normal exit after Spring's graceful shutdown.
  log "$C1 stopped in $((SECONDS - stop_start)) s (exit code $(podman inspect -f '{{.State.ExitCode}}' "$C1"))"
  podman_quiet rm "$C1" >/dev/null

  # --- 6. A new container on the same volume ----------------------------------------------------
  log "starting $C2 on the same volume"
  start_container "$C2"
  if wait_healthy "$C2"; then
    if podman exec "$C2" sh -c 'test -s /app/data/db/.container-check && ls /app/data/db/*.mv.db' >/dev/null 2>&1; then
      pass "$C2: volume kept the H2 file and the marker across containers"
    else
      fail "$C2: data on the volume did not survive"
    fi
    # Flyway found its schema history, i.e. the app opened the old database, not a new one.
    if contains "$(podman logs "$C2" 2>&1)" 'No migration necessary'; then
      pass "$C2: the app reopened the existing database (Flyway: no migration necessary)"
    else
      fail "$C2: Flyway did not report an existing, up-to-date schema"
    fi
    second_json=$(api_json 2>&1) || true
    if contains "$second_json" DIGITAL_JOBS && [ "$second_json" = "$first_json" ]; then
      pass "$C2: /api/indicators returns the same data after the restart"
    else
      fail "$C2: /api/indicators differs after the restart: $(printf '%s' "$second_json" | head -c 300)"
    fi
  fi
  podman_quiet stop -t 60 "$C2" >/dev/null || true
fi
