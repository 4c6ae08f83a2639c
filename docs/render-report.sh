#!/usr/bin/env bash
# Renders the demo year's committee paper as a clerk would see it in LibreOffice: its first page and the page where
# section 7's first service starts, to docs/report-first-page.png and docs/report-service-page.png (shown in README).
# Needs soffice, pdftotext and pdftoppm (Debian: libreoffice-writer-nogui poppler-utils fonts-liberation2).
# Uses its own Azurite data folder and port, so it never touches the app's .data.
set -euo pipefail
cd "$(dirname "$0")/.."
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
export AZURITE_DATA_DIR="$WORK/azurite" AZURITE_TABLE_PORT="${RENDER_AZURITE_PORT:-10997}"
unset AZURE_STORAGE_CONNECTION_STRING
npm run --silent seed -- --demo >/dev/null
year="$(node -e 'const d=new Date();const y=d.getUTCFullYear()-(d.getUTCMonth()<3?2:1);console.log(`${y}-${String((y+1)%100).padStart(2,"0")}`)')"
npm run --silent report -- --period "$year" --out "$WORK" >/dev/null
soffice --headless "-env:UserInstallation=file://$WORK/profile" --convert-to pdf --outdir "$WORK" \
  "$WORK/Committee report $year.docx" >"$WORK/soffice.log" 2>&1 || true
pdf="$WORK/Committee report $year.pdf"
[ -s "$pdf" ] || { cat "$WORK/soffice.log" >&2; echo "LibreOffice made no PDF" >&2; exit 1; }

pages="$(pdfinfo "$pdf" | awk '/^Pages:/ { print $2 }')"
service=""
for ((p = 1; p <= pages; p++)); do
  if pdftotext -f "$p" -l "$p" -layout "$pdf" - | grep -q 'Number of visits in last 12 months'; then
    service="$p" && break
  fi
done
[ -n "$service" ] || { echo "No page of the paper has a service's visits" >&2; exit 1; }
pdftoppm -png -r 60 -f 1 -l 1 -singlefile "$pdf" docs/report-first-page
pdftoppm -png -r 60 -f "$service" -l "$service" -singlefile "$pdf" docs/report-service-page
echo "docs/report-first-page.png and docs/report-service-page.png (page $service of $pages, $year)"
