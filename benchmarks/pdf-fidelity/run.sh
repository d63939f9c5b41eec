#!/usr/bin/env bash
# PDF fidelity: for each text file, a PDF laid out as government PDFs are (text-to-pdf.py, printed by LibreOffice),
# then the figures `bin/mubiao extract` gives from the text and from the PDF compared (compare.py).
# Needs LibreOffice (apt-get install -y libreoffice-writer-nogui fonts-noto-cjk) and a built CLI (bin/mubiao build).
# Usage: benchmarks/pdf-fidelity/run.sh FILE.txt... (keeps the PDFs in $OUT, default /tmp/mubiao-pdf-fidelity)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="${OUT:-/tmp/mubiao-pdf-fidelity}"
mkdir -p "$out"
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
pairs=()
for f in "$@"; do
  name="$(basename "${f%.txt}")"
  python3 "$here/text-to-pdf.py" "$f" "$out/$name.html"
  if [ ! -s "$out/$name.pdf" ] || [ "$f" -nt "$out/$name.pdf" ]; then
    soffice -env:UserInstallation="file://$profile" --headless --infilter="HTML (StarWriter)" \
      --convert-to pdf "$out/$name.html" --outdir "$out" >/dev/null 2>&1
  fi
  cp "$f" "$out/$name.txt"
  "$root/bin/mubiao" extract "$out/$name.txt" > "$out/$name.text.jsonl" 2>/dev/null
  "$root/bin/mubiao" extract "$out/$name.pdf" > "$out/$name.pdf.jsonl" 2>/dev/null
  pairs+=("$out/$name.text.jsonl" "$out/$name.pdf.jsonl")
done
python3 "$here/compare.py" "${pairs[@]}"
