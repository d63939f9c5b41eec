#!/usr/bin/env bash
# Copies the browser tests' screenshots of the main views (ui-tests/target/screenshots, written by a run of
# AnalystPagesIT, AnalystQuestionsIT and AnalystListsAndChartsIT) to docs/img, where docs/ui.md shows them.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
from="$root/ui-tests/target/screenshots"
to="$root/docs/img"
mkdir -p "$to"
# test's screenshot name → name in docs/img
while read -r shot doc; do
  [ -f "$from/$shot.png" ] || { echo "missing $from/$shot.png: run the three browser test classes first" >&2; exit 1; }
  cp "$from/$shot.png" "$to/$doc.png"
done <<'MAP'
home-search-read ui-home-search
documents-list ui-documents
document-target-detail ui-document
targets-filter-chips ui-targets-filters
indicator-mixed-spans ui-indicator-spans
indicator-not-reported-zh ui-indicator-statuses
entity-page ui-entity
compare-regions ui-compare
target-not-found ui-target-not-found
indicator-met-comparator ui-indicator-met
MAP
echo "copied to $to"
