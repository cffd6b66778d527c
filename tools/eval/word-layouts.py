#!/usr/bin/env python3
"""Sets the found essays (test/fixtures/found) as a word processor sets a term paper, and saves each as PDF.

Usage: python3 tools/eval/word-layouts.py OUT [LAYOUT ...]     (LAYOUT: hang, flush, ragged, gap, small, columns;
       default the first three)
       npx tsx tools/eval/frozen.ts OUT/flush                    (scores the PDFs against the essays' gold)

A probe of the PDF reader on the layouts of Word and LibreOffice, with real text and hand-made gold: each essay's
paragraphs (its blank-line separated blocks; a reference entry of its gold is a paragraph of its own) become a
LibreOffice Writer document, body justified at 1.5 line spacing in 12 pt, short unpunctuated paragraphs as bold
headings, a running head and a page number on every page, and its reference list in one of three layouts:

  hang    a hanging indent of 1.25 cm, single-spaced, no gap between entries;
  flush   no indent and no gap, justified, 1.5 line spacing (what Word gives a list typed flush left);
  ragged  no indent and no gap, left-aligned, single-spaced;
  gap     no indent, left-aligned, 8 pt after each entry at 1.08 line spacing (Word's Normal style);
  small   a hanging indent, justified, the list in 9 pt under 12 pt text (as reports set their lists);
  columns the small list in two columns.

`soffice --headless --convert-to pdf` (LibreOffice 7.4 here) writes OUT/LAYOUT/ESSAY/original.pdf beside the
essay's gold, its spans and entries with their white space made single spaces and NFC-composed (as the PDF's
text is), and essay.txt, the paragraphs written. The layout is made, not found: this is a probe, not a held-out
set. The four JOSE essays (11-14) are copied from PDFs with no blank lines between their paragraphs, so their
body is set as one paragraph; leave them out with `--only` when comparing layouts.
"""
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata

FOUND = os.path.join(os.path.dirname(__file__), '..', '..', 'test', 'fixtures', 'found')

LIST_LAYOUTS = {
    'hang': 'fo:margin-left="1.25cm" fo:text-indent="-1.25cm" fo:margin-bottom="0cm" fo:line-height="100%"',
    'flush': 'fo:margin-left="0cm" fo:text-indent="0cm" fo:margin-bottom="0cm" fo:line-height="150%" fo:text-align="justify"',
    'ragged': 'fo:margin-left="0cm" fo:text-indent="0cm" fo:margin-bottom="0cm" fo:line-height="100%" fo:text-align="start"',
    'gap': 'fo:margin-left="0cm" fo:text-indent="0cm" fo:margin-bottom="0.28cm" fo:line-height="108%" fo:text-align="start"',
    'small': 'fo:margin-left="0.6cm" fo:text-indent="-0.6cm" fo:margin-bottom="0.1cm" fo:line-height="100%" fo:text-align="justify"',
    'columns': 'fo:margin-left="0.6cm" fo:text-indent="-0.6cm" fo:margin-bottom="0.1cm" fo:line-height="100%" fo:text-align="start"',
}
DEFAULT_LAYOUTS = ['hang', 'flush', 'ragged']
SMALL_LISTS = {'small', 'columns'}

DOCUMENT = '''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:automatic-styles><style:style style:name="Columns" style:family="section"><style:section-properties><style:columns fo:column-count="2" fo:column-gap="0.8cm"/></style:section-properties></style:style></office:automatic-styles>
<office:styles>
<style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:line-height="150%" fo:margin-bottom="0.2cm"/><style:text-properties fo:font-size="12pt" style:font-name="Liberation Serif"/></style:style>
<style:style style:name="Head" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.2cm"/><style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Ref" style:family="paragraph"><style:paragraph-properties LIST/><style:text-properties fo:font-size="REFSIZE"/></style:style>
</office:styles>
<office:master-styles><style:master-page style:name="Standard"><style:header><text:p>Hausarbeit – Seminar Wissenschaftliches Schreiben</text:p></style:header><style:footer><text:p><text:page-number/></text:p></style:footer></style:master-page></office:master-styles>
<office:body><office:text>BODY</office:text></office:body></office:document>'''


def single_spaced(s: str) -> str:
    return re.sub(r'\s+', ' ', s).strip()


def paragraphs(text: str, entries: list) -> list:
    """(style, text) of each paragraph: the essay's blocks, each gold entry found in one a paragraph of its own."""
    out = []
    for block in re.split(r'\n\s*\n', text):
        t = single_spaced(block)
        if not t:
            continue
        cuts = sorted({k for k in (t.find(e) for e in entries) if k >= 0})
        if not cuts:
            out.append(('Head' if len(t) < 90 and not t.endswith('.') else 'Body', t))
            continue
        if cuts[0] > 0:
            out.append(('Body', t[:cuts[0]].strip()))
        out.extend(('Ref', t[a:b].strip()) for a, b in zip(cuts, cuts[1:] + [len(t)]))
    return [(style, t) for style, t in out if t]


def build(essay_dir: str, out_dir: str, layout: str) -> None:
    def read(name: str) -> str:
        with open(os.path.join(essay_dir, name), encoding='utf8') as f:
            return unicodedata.normalize('NFC', f.read())

    gold = json.loads(read('gold.json'))
    gold['references'] = [dict(r, text=single_spaced(r['text'])) for r in gold['references']]
    gold['citations'] = [dict(c, text=single_spaced(c['text'])) for c in gold['citations']]
    paras = paragraphs(read('essay.txt'), [r['text'] for r in gold['references']])
    body = ''.join(f'<text:p text:style-name="{style}">{html.escape(t, quote=False)}</text:p>' for style, t in paras)
    os.makedirs(out_dir, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        source = os.path.join(tmp, 'original.fodt')
        with open(source, 'w', encoding='utf8') as f:
            if layout == 'columns':
                start = body.find('<text:p text:style-name="Ref">')
                if start >= 0:
                    body = body[:start] + '<text:section text:style-name="Columns" text:name="List">' + body[start:] + '</text:section>'
            size = '9pt' if layout in SMALL_LISTS else '12pt'
            f.write(DOCUMENT.replace('LIST', LIST_LAYOUTS[layout]).replace('REFSIZE', size).replace('BODY', body))
        subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', tmp, source], check=True, capture_output=True, timeout=300)
        shutil.move(os.path.join(tmp, 'original.pdf'), os.path.join(out_dir, 'original.pdf'))
    with open(os.path.join(out_dir, 'gold.json'), 'w', encoding='utf8') as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
    with open(os.path.join(out_dir, 'essay.txt'), 'w', encoding='utf8') as f:
        f.write('\n\n'.join(t for _, t in paras) + '\n')


def main() -> None:
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    out = sys.argv[1]
    layouts = sys.argv[2:] or DEFAULT_LAYOUTS
    for layout in layouts:
        for name in sorted(os.listdir(FOUND)):
            essay = os.path.join(FOUND, name)
            if os.path.isfile(os.path.join(essay, 'gold.json')):
                build(essay, os.path.join(out, layout, name), layout)
        print(f'{out}/{layout}: {len(os.listdir(os.path.join(out, layout)))} PDFs')


if __name__ == '__main__':
    main()
