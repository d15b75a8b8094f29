#!/usr/bin/env bash
# Runs Marsad's benchmark suite (issue 8) and writes docs/benchmarks.md from what it measured.
#
#   scripts/benchmarks.sh              run every case (./mvnw -Pbenchmark verify), then assemble
#   scripts/benchmarks.sh --assemble   only assemble docs/benchmarks.md from target/benchmarks/case-*.md
#   scripts/benchmarks.sh -Dtest=ReportBenchmark   extra arguments go to Maven (one case, for instance)
#
# Each case writes target/benchmarks/case-N.md: a section of markdown ending with a line
# SUMMARY|N|title|target|measured|holds-or-missed, which this script turns into the summary table.
# Run it on a quiet machine: the figures are medians, and the targets are ratios within one run.
set -euo pipefail
cd "$(dirname "$0")/.."

out=docs/benchmarks.md
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
started=$(date -u +"%Y-%m-%d %H:%M UTC")
if [ "${1:-}" != "--assemble" ]; then
  rm -f target/benchmarks/case-*.md
  ./mvnw -Pbenchmark verify "$@"
fi
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

shopt -s nullglob
fragments=(target/benchmarks/case-*.md)
if [ ${#fragments[@]} -eq 0 ]; then
  echo "No target/benchmarks/case-*.md: run the suite first." >&2
  exit 1
fi

cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')
cores=$(nproc)
memory=$(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo)
jdk=$(./mvnw --version 2>/dev/null | sed -n 's/^Java version: \([^,]*\),.*/\1/p')

{
  echo "# Benchmarks"
  echo
  echo "One run of the whole suite, \`scripts/benchmarks.sh\` (\`./mvnw -Pbenchmark verify\`, then this page"
  echo "assembled from \`target/benchmarks/case-*.md\`). Generated; do not edit by hand. The targets are issue 8's;"
  echo "every ratio compares figures measured in this same run, on this machine."
  echo
  echo "- Date: ${started}"
  echo "- Machine: ${cpu}, ${cores} cores, ${memory}; load average ${load_before} before, ${load_after} after"
  echo "- JDK: ${jdk:-unknown} (the one ./mvnw picks); Surefire's heap: 256 MB unless a case says otherwise"
  echo
  echo "| Case | Target | Measured | Verdict |"
  echo "|---|---|---|---|"
  for n in 1 2 3 4 5 6; do
    f=target/benchmarks/case-$n.md
    if [ -f "$f" ]; then
      grep '^SUMMARY|' "$f" | head -1 | awk -F'|' '{printf "| %s. %s | %s | %s | **%s** |\n", $2, $3, $4, $5, $6}'
    else
      echo "| $n | | not measured in this run | **not measured** |"
    fi
  done
  echo
  echo "What limits each missed target is written in its section, from a profile or a measured decomposition."
  for n in 1 2 3 4 5 6; do
    f=target/benchmarks/case-$n.md
    if [ -f "$f" ]; then
      echo
      grep -v '^SUMMARY|' "$f"
    fi
  done
} > "$out"
echo "Wrote $out"
