#!/usr/bin/env python3
"""Lays a document's text out as an HTML page the way government PDFs are set (a running header, paragraphs
justified with a two-character first-line indent, the page number centred in the footer as — 3 —), for
LibreOffice to print to PDF. Usage: text-to-pdf.py FILE.txt OUT.html"""
import html
import sys

src, out = sys.argv[1], sys.argv[2]
lines = [l.strip() for l in open(src, encoding='utf-8') if l.strip()]
header = html.escape(lines[0][:30]) if lines else ''
body = ''.join('<p class="b">%s</p>\n' % html.escape(l) for l in lines)
page = '''<!DOCTYPE html><html><head><meta charset="utf-8"><style>
p.b { font-size: 16pt; line-height: 150%%; text-indent: 32pt; text-align: justify; margin: 0 }
</style></head><body>
<div title="header"><p style="text-align:center; font-size:10.5pt">%s</p></div>
%s
<div title="footer"><p style="text-align:center">— <sdfield type=PAGE subtype=RANDOM format=PAGE>1</sdfield> —</p></div>
</body></html>''' % (header, body)
open(out, 'w', encoding='utf-8').write(page)
