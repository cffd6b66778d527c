#!/usr/bin/env python3
"""Turns a TEI article (OpenEdition's TEI, or any TEI with <body>, <back> and <listBibl>) into the plain text a
reader copies from the article's page.

Usage: python3 tools/eval/tei-to-essay.py article.xml essay.txt

Writes the title (a <title type="main">), the headings and paragraphs of the body (a footnote becomes its number, glued to the word
before it as on the page: "stage1"), then the back matter in order: the bibliography under its heading, one
<bibl> a paragraph (sub-headings of the list kept), then the footnotes under "Notes" ("1 text"), then any
other back division (appendix, biography). White space inside a paragraph is collapsed; figures and tables are
left out. A paragraph with a list inside (RIDE) becomes its words before the list, one paragraph an item, then its
words after; <lb/> is a space. The list's heading, when the TEI gives none, is "Bibliographie" for French (the
default) and "References" otherwise (xml:lang of the root, else the header's <language ident>). The gold is then
written by hand.
"""
import re
import sys
import xml.etree.ElementTree as ET

SKIP = {'figure', 'table', 'graphic', 'formula', 'figDesc'}


def local(tag):
    return tag.split('}')[-1] if isinstance(tag, str) else ''


def flat(el, notes):
    out = []

    def walk(e, top):
        t = local(e.tag)
        if not top and t == 'lb':
            out.append(' ')
        elif not top and t == 'note':
            notes.append(e)
            out.append(str(len(notes)))
        elif not top and t in SKIP:
            pass
        else:
            if e.text:
                out.append(e.text)
            for c in e:
                walk(c, False)
        if not top and e.tail:
            out.append(e.tail)

    walk(el, True)
    return re.sub(r'\s+', ' ', ''.join(out)).strip()


def mixed(el, out, notes):
    """A paragraph with a list inside (RIDE): its words before the list, each item, then its words after."""
    cur = ET.Element('p')
    cur.text = el.text
    for c in el:
        if local(c.tag) == 'list':
            out.append(flat(cur, notes))
            blocks(c, out, notes)
            cur = ET.Element('p')
            cur.text = c.tail
        else:
            cur.append(c)
    out.append(flat(cur, notes))


def blocks(el, out, notes):
    for c in el:
        t = local(c.tag)
        if t in SKIP:
            continue
        if t in ('head', 'p', 'bibl', 'item', 'l', 'quote', 'ab') and not any(local(x.tag) in ('p', 'lg', 'list') for x in c):
            out.append(flat(c, notes))
        elif t == 'p' and any(local(x.tag) == 'list' for x in c) and not any(local(x.tag) in ('p', 'lg') for x in c):
            mixed(c, out, notes)
        else:
            blocks(c, out, notes)


def main(src, dst):
    root = ET.parse(src).getroot()
    parts, notes = [], []
    title = next((t for t in root.iter() if local(t.tag) == 'title' and t.get('type') == 'main'), None)
    if title is not None:
        parts.append(flat(title, []))
    for a in root.iter():
        if local(a.tag) == 'docAuthor' or (local(a.tag) == 'author' and a.get('role') == 'aut'):
            parts.append(' '.join(x.strip() for x in a.itertext() if x.strip()))
    text = next(e for e in root.iter() if local(e.tag) == 'text')
    for part in text:
        if local(part.tag) in ('body',):
            blocks(part, parts, notes)
    backs = [e for e in text if local(e.tag) == 'back']
    rest = []
    for back in backs:
        for div in back:
            if div.get('type') == 'bibliography':
                if not any(local(c.tag) == 'head' for c in div):
                    lang = root.get('{http://www.w3.org/XML/1998/namespace}lang') or next(
                        (u.get('ident') for u in root.iter() if local(u.tag) == 'language'), 'fr')
                    parts.append('Bibliographie' if lang == 'fr' else 'References')
                blocks(div, parts, notes)
            else:
                rest.append(div)
    if notes:
        parts.append('Notes')
        for i, n in enumerate(notes, 1):
            inner = []
            parts.append(f'{i} ' + flat(n, inner))
    for div in rest:
        blocks(div, parts, [])
    open(dst, 'w', encoding='utf-8').write('\n\n'.join(p for p in parts if p) + '\n')


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
