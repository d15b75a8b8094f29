#!/usr/bin/env bash
# Renders a report workbook the way a printer would see it: LibreOffice converts the .xlsx to PDF
# (every sheet, with its print setup), then pdftoppm turns each page into a PNG at 80 dpi. Used to look
# at the report's layout and to make docs/screenshots. The test suite writes a sample to
# target/report-sample/ (ReportWorkbookTest):
#   bash scripts/render-report.sh target/report-sample/marsad-progress-2024-Q4_2026-Q3.xlsx target/report-render
set -euo pipefail

if [ $# -ne 2 ]; then
  echo "usage: $0 REPORT.xlsx OUTPUT_DIR" >&2
  exit 2
fi
workbook=$1
out=$2
if [ ! -f "$workbook" ]; then
  echo "error: no such file: $workbook" >&2
  exit 1
fi
if ! command -v soffice >/dev/null 2>&1; then
  echo "error: soffice (LibreOffice) is not installed or not on PATH; on Debian: apt-get install libreoffice-calc" >&2
  exit 1
fi
if ! command -v pdftoppm >/dev/null 2>&1; then
  echo "error: pdftoppm is not installed; on Debian: apt-get install poppler-utils" >&2
  exit 1
fi
# Without Carlito (metrically Calibri's twin) LibreOffice draws the report in a wider face and the
# pages no longer look like Excel's.
if command -v fc-match >/dev/null 2>&1 && ! fc-match Calibri | grep -qi carlito; then
  echo "warning: no Carlito font, renders will not match Excel; on Debian: apt-get install fonts-crosextra-carlito" >&2
fi

mkdir -p "$out"
# A throwaway profile: a running LibreOffice or a user's settings must not change the render, and two
# renders at once must not share a profile lock.
profile=$(mktemp -d -t marsad-soffice.XXXXXX)
trap 'rm -rf "$profile"' EXIT

name=$(basename "$workbook" .xlsx)
pdf="$out/$name.pdf"
rm -f "$pdf"
log="$profile/soffice.log"
start=$(date +%s)
# LibreOffice chats on stderr (a missing Java, for one) even when it succeeds: shown only on failure.
if ! soffice -env:UserInstallation="file://$profile" --headless --norestore \
    --convert-to pdf --outdir "$out" "$workbook" >"$log" 2>&1 || [ ! -s "$pdf" ]; then
  echo "error: LibreOffice wrote no PDF for $workbook:" >&2
  cat "$log" >&2
  exit 1
fi
seconds=$(( $(date +%s) - start ))
echo "wrote $pdf (${seconds}s in LibreOffice)"

rm -f "$out/$name"-*.png
pdftoppm -png -r 80 "$pdf" "$out/$name"
for png in "$out/$name"-*.png; do
  echo "wrote $png"
done
