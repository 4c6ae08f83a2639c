#!/usr/bin/env bash
# Runs the whole suite (unit, integration, end-to-end) once for each date below, the injected clock starting at
# that instant (TEST_NOW): a weekend, a bank holiday, the report period's edges (31 March / 1 April, in London
# and in UTC) and the days around both clock changes. `npm run test:dates`; `npm run test:dates -- <ISO>...`
# for other instants. Lint, the tab's build and tsc run once, first.
set -uo pipefail
cd "$(dirname "$0")/.."

dates=("$@")
if [ ${#dates[@]} -eq 0 ]; then
  dates=(
    2026-11-28T10:00:00Z # Saturday
    2026-11-29T10:00:00Z # Sunday
    2026-12-28T09:30:00Z # Monday, the Boxing Day bank holiday (substitute day)
    2027-03-31T12:00:00Z # 31 March: the report period's last day
    2027-03-31T23:30:00Z # 1 April 00:30 in London, still 31 March in UTC
    2027-04-01T09:00:00Z # 1 April: a new report period
    2027-03-27T10:00:00Z # Saturday before the clocks go forward
    2027-03-28T00:30:00Z # Sunday, half an hour before the clocks go forward
    2027-03-29T08:00:00Z # Monday after
    2027-10-30T10:00:00Z # Saturday before the clocks go back
    2027-10-31T01:30:00Z # Sunday, in the hour that happens twice
    2027-11-01T08:00:00Z # Monday after
  )
fi

npm run lint && npm run build:tab && npx tsc -p tsconfig.json || exit 1
failed=()
for at in "${dates[@]}"; do
  echo "=== TEST_NOW=$at"
  if ! TEST_NOW="$at" npx mocha; then failed+=("$at"); fi
done
echo "=== ${#dates[@]} dates, ${#failed[@]} failed${failed:+: ${failed[*]}}"
[ ${#failed[@]} -eq 0 ]
