#!/usr/bin/env python3
"""Turns a JATS (SciELO SPS) article into the plain text a reader would copy, plus a draft annotation.

Usage: python3 tools/eval/jats-to-essay.py article.xml out-dir [max-sections]

Writes out-dir/essay.txt (title, section headings, paragraphs, then the reference list, one entry per
paragraph, each entry exactly as the journal printed it in <mixed-citation>) and out-dir/draft.json:
every <xref ref-type="bibr"> of the body with its text, its target and the paragraph around it, and
the journal's structured <element-citation> of every reference. The draft is only the starting point
of the hand annotation in gold.json (spans by the conventions of the gold README, fields by FIELDS.md).
Tables, figures, footnotes, appendices and the abstract are left out.
"""
import json
import re
import sys
import xml.etree.ElementTree as ET

XLINK = '{http://www.w3.org/1999/xlink}'
SKIP = {'table-wrap', 'fig', 'fn', 'fn-group', 'table-wrap-foot', 'disp-formula', 'graphic', 'alternatives',
        'supplementary-material', 'fig-group', 'table-wrap-group', 'label', 'inline-graphic'}


def collapse(s):
    return re.sub(r'\s+', ' ', s).strip()


def text_of(el, xrefs=None, offset=0):
    """Flattened text of el; records (start, end, rid) of bibliographic xrefs relative to the returned string."""
    out = []

    def walk(e):
        if e.tag in SKIP:
            if e.tail:
                out.append(e.tail)
            return
        if e.tag == 'xref' and e.get('ref-type') == 'bibr':
            start = len(''.join(out))
            out.append(''.join(e.itertext()))
            if xrefs is not None:
                xrefs.append([start, len(''.join(out)), e.get('rid')])
            if e.tail:
                out.append(e.tail)
            return
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
    return ''.join(out)


def collapse_with_map(s, xrefs):
    """Collapses white space of s and moves the xref offsets along."""
    res = []
    mapping = []
    prev_space = True
    for i, ch in enumerate(s):
        if ch.isspace() and ch != '\u00a0':
            if not prev_space:
                res.append(' ')
            mapping.append(len(res))
            prev_space = True
        else:
            mapping.append(len(res))
            res.append(ch)
            prev_space = False
    mapping.append(len(res))
    out = ''.join(res).rstrip()
    moved = [[mapping[a], min(mapping[b], len(out)), rid] for a, b, rid in xrefs]
    # trim spans
    fixed = []
    for a, b, rid in moved:
        while a < b and out[a] == ' ':
            a += 1
        while b > a and out[b - 1] == ' ':
            b -= 1
        fixed.append([a, b, rid])
    return out, fixed


def main():
    src, out_dir = sys.argv[1], sys.argv[2]
    max_sections = int(sys.argv[3]) if len(sys.argv) > 3 else 999
    raw = open(src, encoding='utf-8').read()
    raw = raw.replace('&nbsp;', '\u00a0')
    root = ET.fromstring(raw.encode('utf-8'))
    front = root.find('front')
    title = collapse(''.join(front.find('.//title-group/article-title').itertext()))
    lines = [title, '']
    paragraphs = []
    body = root.find('body')

    def emit_sec(sec, depth):
        t = sec.find('title')
        if t is not None and collapse(''.join(t.itertext())):
            lines.append(collapse(''.join(t.itertext())))
            lines.append('')
        for child in sec:
            if child.tag == 'p' or child.tag == 'disp-quote':
                ps = [child] if child.tag == 'p' else child.findall('.//p') or [child]
                for p in ps:
                    xrefs = []
                    s = text_of(p, xrefs)
                    s, xrefs = collapse_with_map(s, xrefs)
                    if not s:
                        continue
                    paragraphs.append({'text': s, 'xrefs': xrefs})
                    lines.append(s)
                    lines.append('')
            elif child.tag == 'list':
                for item in child.findall('.//list-item'):
                    xrefs = []
                    s, xrefs = collapse_with_map(text_of(item, xrefs), xrefs)
                    if s:
                        paragraphs.append({'text': s, 'xrefs': xrefs})
                        lines.append(s)
                        lines.append('')
            elif child.tag == 'sec':
                emit_sec(child, depth + 1)

    secs = [c for c in body if c.tag == 'sec']
    if not secs:
        emit_sec(body, 0)
    for sec in secs[:max_sections]:
        emit_sec(sec, 0)

    back = root.find('back')
    refs = []
    for n, ref_list in enumerate(back.iter('ref-list')):
        heading = ref_list.find('title')
        if heading is not None:
            lines.append(collapse(''.join(heading.itertext())))
            lines.append('')
        elif n == 0:
            lines.append('References')
            lines.append('')
        for ref in ref_list.findall('ref'):
            mc = ref.find('mixed-citation')
            if mc is None:
                continue
            entry = collapse(''.join(mc.itertext()))
            ec = ref.find('element-citation')
            info = {'id': ref.get('id'), 'text': entry}
            if ec is not None:
                info['publication-type'] = ec.get('publication-type')
                groups = []
                for pg in ec.findall('person-group'):
                    names = [collapse(''.join(n.find('surname').itertext())) for n in pg.findall('name') if n.find('surname') is not None]
                    names += [collapse(''.join(c.itertext())) for c in pg.findall('collab')]
                    groups.append({'type': pg.get('person-group-type'), 'names': names, 'etal': pg.find('etal') is not None})
                info['groups'] = groups
                for tag in ('year', 'article-title', 'chapter-title', 'source', 'part-title', 'data-title'):
                    e = ec.find(tag)
                    if e is not None:
                        info[tag] = collapse(''.join(e.itertext()))
            refs.append(info)
            lines.append(entry)
            lines.append('')
    essay = '\n'.join(lines).rstrip('\n') + '\n'
    open(f'{out_dir}/essay.txt', 'w', encoding='utf-8').write(essay)
    json.dump({'paragraphs': paragraphs, 'references': refs}, open(f'{out_dir}/draft.json', 'w', encoding='utf-8'),
              ensure_ascii=False, indent=1)
    print(f'{src}: {len(essay.split())} words, {sum(len(p["xrefs"]) for p in paragraphs)} xrefs, {len(refs)} refs')


if __name__ == '__main__':
    main()
