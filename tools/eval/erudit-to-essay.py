#!/usr/bin/env python3
"""Turns an Érudit article (eruditArticle XML) into the plain text a reader copies from the article's page.

Usage: python3 tools/eval/erudit-to-essay.py article.xml essay.txt

Writes the title, the authors, the section headings and paragraphs of the body (a note call stays as the
digit it is on the page, glued to the word before it: "stage1"), then the back matter in the page's order:
acknowledgements, the bibliography under its own heading (one entry a paragraph, as printed), the notes
("1 text"), the authors' biographical notes. Paragraphs are separated by blank lines; white space inside one
is collapsed. Figures, tables and the abstract are left out. The gold is then written by hand.
"""
import re
import sys
import xml.etree.ElementTree as ET

SKIP = {'figure', 'tableau', 'objetmedia', 'legende', 'grfigure', 'grtableau', 'equation', 'noindex'}


def local(tag):
    return tag.split('}')[-1]


def flat(el):
    out = []

    def walk(e):
        if local(e.tag) in SKIP:
            pass
        else:
            if e.text:
                out.append(e.text)
            for c in e:
                walk(c)
        if e.tail:
            out.append(e.tail)

    if el.text:
        out.append(el.text)
    for c in el:
        walk(c)
    return re.sub(r'\s+', ' ', ''.join(out)).strip()


def blocks(el, out):
    """Headings and paragraphs of a body section, in order."""
    for c in el:
        t = local(c.tag)
        if t in SKIP:
            continue
        if t == 'titre':
            out.append(flat(c))
        elif t == 'alinea':
            out.append(flat(c))
        elif t == 'ligne':
            out.append(flat(c))
        else:
            blocks(c, out)


def main(src, dst):
    root = ET.parse(src).getroot()
    for e in root.iter():
        e.tag = local(e.tag)
    parts = []
    lim = root.find('.//liminaire')
    if lim is not None:
        t = lim.find('.//grtitre/titre')
        if t is not None:
            parts.append(flat(t))
        for a in lim.findall('.//grauteur/auteur'):
            n = a.find('nompers')
            if n is not None:
                parts.append(' '.join(t.strip() for t in n.itertext() if t.strip()))
    body = root.find('.//corps')
    if body is not None:
        blocks(body, parts)
    ann = root.find('.//partiesann')
    if ann is not None:
        for m in ann.findall('merci'):
            blocks(m, parts)
        for b in ann.findall('.//biblio'):
            if b.find('titre') is None:
                parts.append('Bibliographie' if root.get('lang') == 'fr' else 'References')
            for c in b:
                if local(c.tag) == 'titre':
                    parts.append(flat(c))
                elif local(c.tag) == 'refbiblio':
                    parts.append(flat(c))
                elif local(c.tag) == 'divbiblio':
                    for d in c:
                        if local(d.tag) in ('titre', 'refbiblio'):
                            parts.append(flat(d))
        notes = ann.findall('.//grnote/note')
        if notes:
            parts.append('Notes')
            for n in notes:
                no = n.find('no')
                text = ' '.join(flat(a) for a in n.findall('alinea'))
                parts.append(((no.text or '').strip() + ' ' + text).strip())
        for nb in ann.findall('.//notebio'):
            blocks(nb, parts)
    text = '\n\n'.join(p for p in parts if p) + '\n'
    open(dst, 'w', encoding='utf-8').write(text)


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
