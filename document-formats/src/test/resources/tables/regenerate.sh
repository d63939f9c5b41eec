#!/usr/bin/env bash
# Regenerates the DOCX and PDF fixtures of this folder from its HTML pages with LibreOffice, so the tests (and CI)
# need no LibreOffice: HTML → DOCX (Writer's Word export), then DOCX → PDF.
# Needs: apt-get install -y libreoffice-writer-nogui fonts-noto-cjk
# Usage: document-formats/src/test/resources/tables/regenerate.sh [FILE.html ...]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
soffice() { command soffice -env:UserInstallation="file://$profile" --headless "$@" >/dev/null; }
files=("$@")
[ ${#files[@]} -gt 0 ] || files=(*.html)
for html in "${files[@]}"; do
  base="${html%.html}"
  soffice --convert-to 'docx:MS Word 2007 XML' "$html" --outdir .
  soffice --convert-to pdf "$base.docx" --outdir .
  echo "$html -> $base.docx, $base.pdf"
done
