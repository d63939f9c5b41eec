#!/usr/bin/env python3
"""Compares the figures extracted from a document's text and from a PDF of it (bin/mubiao extract output, JSON
lines): a PDF figure counts as found when the text gave one with the same value, unit and quote (NFKC, spaces
removed). Prints per document and overall: found / text figures, extra / text figures.
Usage: compare.py TEXT.jsonl PDF.jsonl [TEXT.jsonl PDF.jsonl ...]"""
import json
import sys
import unicodedata
from collections import Counter


def key(r):
    q = ''.join(unicodedata.normalize('NFKC', r['quote']).split())
    return (q, r['value'], r['unit'])


def figures(path):
    return Counter(key(r) for r in map(json.loads, open(path, encoding='utf-8')) if r.get('record') == 'target')


tot_t = tot_found = tot_extra = 0
args = sys.argv[1:]
for i in range(0, len(args), 2):
    t, p = figures(args[i]), figures(args[i + 1])
    found = sum((t & p).values())
    extra = sum((p - t).values())
    n = sum(t.values())
    tot_t += n; tot_found += found; tot_extra += extra
    print('%-40s text %4d  pdf found %4d (%.1f %%)  extra %3d (%.1f %%)' % (
        args[i + 1].split('/')[-1], n, found, 100.0 * found / max(n, 1), extra, 100.0 * extra / max(n, 1)))
print('%-40s text %4d  pdf found %4d (%.1f %%)  extra %3d (%.1f %%)' % (
    'ALL', tot_t, tot_found, 100.0 * tot_found / max(tot_t, 1), tot_extra, 100.0 * tot_extra / max(tot_t, 1)))
