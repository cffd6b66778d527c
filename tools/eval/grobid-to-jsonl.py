#!/usr/bin/env python3
"""Converts a sample of GROBID's citation training corpus (TEI <bibl>) to entries.jsonl.

Usage: python3 tools/eval/grobid-to-jsonl.py <grobid git dir> <commit> out.jsonl [max]

Reads grobid-trainer/resources/dataset/citation/corpus/*.xml at <commit> with `git show`, takes at most
three entries per file (so the sample spreads over hundreds of journals and styles), and writes one JSON per
line: {"text", "authors", "year", "title", "container", "type", "source"}. `text` is the entry with its
tags removed and white space collapsed. The family names are read from GROBID's <author> segment by a
small rule set (comma/"and"/"et"/"&"/";" separate people; initials are dropped); entries whose author
segment cannot be read that way are left out, as are entries without a date.
"""
import json
import random
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

INITIAL = re.compile(r"^(?:[A-Z][a-z]?\.|[A-Z]\.?-?[A-Z]?\.?|[A-Z]{1,3}|[A-Z]\.(?:-?[A-Z]\.)+)$")


def collapse(s):
    return re.sub(r'\s+', ' ', s or '').strip()


def is_initials(tok):
    t = tok.strip(',;')
    return bool(re.fullmatch(r"(?:[A-Z]\.?-?){1,3}\.?|[A-Z][a-z]\.", t)) and len(t) <= 6


def family_names(seg):
    seg = collapse(seg)
    seg = re.sub(r'\bet al\.?|\bal\.?$', '', seg).strip(' ,;.')
    seg = re.sub(r',?\s*(?:Jr|Sr|III|II)\.?(?=,|$)', '', seg)
    if not seg or re.search(r'\d', seg):
        return None
    # people separated by ";", " and ", " & ", " et ", " und ", " y ", " e "
    if seg.count(',') == 1 and not re.search(r';|\s(?:and|&|et|und|y|e)\s', seg):
        fam, given = [x.strip() for x in seg.split(',')]
        if len(given.split()) <= 2 and len(fam.split()) <= 3 and not any(is_initials(w) for w in fam.split()):
            seg = fam
    parts = re.split(r'\s*;\s*|\s+(?:and|&|et|und|y|e)\s+|,\s*(?:and|&)\s+', seg)
    people = []
    for p in parts:
        p = p.strip(' ,')
        if not p:
            continue
        toks = p.split(',')
        toks = [t.strip() for t in toks if t.strip()]
        # "Family, I." pairs inside a comma list: Family, I., Family2, I.
        i = 0
        while i < len(toks):
            t = toks[i]
            words = t.split()
            if i + 1 < len(toks) and all(is_initials(w) for w in toks[i + 1].split()) and not all(is_initials(w) for w in words):
                people.append(t)
                i += 2
                continue
            people.append(t)
            i += 1
    names = []
    for person in people:
        words = person.split()
        content = [w for w in words if not is_initials(w)]
        if not content:
            return None
        if len(content) > 3:
            return None
        # "J. Smith" -> Smith; "Smith J" -> Smith; "Van der Berg, J." -> keep particles
        name = ' '.join(content)
        if name.isupper() and len(name) > 3:
            name = ' '.join(w.capitalize() if len(w) > 1 else w for w in name.split())
        if not re.match(r"^[A-Za-zÀ-ÿ'’\- ]+$", name):
            return None
        names.append(name)
    return names or None


def convert(bibl):
    text = collapse(''.join(bibl.itertext()))
    authors_el = bibl.findall('author')
    if not authors_el:
        return None
    names = []
    for a in authors_el:
        fam = family_names(''.join(a.itertext()))
        if fam is None:
            return None
        names += fam
    date = bibl.find('date')
    if date is None:
        return None
    m = re.search(r'(1[5-9]\d\d|20[0-2]\d)([a-z]?)', ''.join(date.itertext()))
    if not m:
        return None
    year = m.group(1) + m.group(2)
    titles = {t.get('level'): collapse(''.join(t.itertext())) for t in bibl.findall('title')}
    a, j, mono = titles.get('a'), titles.get('j'), titles.get('m')
    note = ' '.join(collapse(''.join(n.itertext())) for n in bibl.findall('note'))
    if a and j:
        title, container, typ = a, j, 'article-journal'
    elif a and mono:
        title, container = a, mono
        typ = 'paper-conference' if re.search(r'proc|conf|symposi|workshop|congress|meeting', mono, re.I) else 'chapter'
    elif mono:
        title, container, typ = mono, None, 'book'
        if re.search(r'thes|dissert|phd', note, re.I):
            typ = 'thesis'
    elif j:
        title, container, typ = None, j, 'article-journal'
    elif a:
        title, container, typ = a, None, None
    else:
        return None
    if re.search(r'report|tech', note, re.I) and typ == 'book':
        typ = 'report'
    out = {'text': text, 'authors': names, 'year': year, 'title': title, 'container': container}
    if typ:
        out['type'] = typ
    return out


def main():
    git_dir, commit, out_path = sys.argv[1], sys.argv[2], sys.argv[3]
    limit = int(sys.argv[4]) if len(sys.argv) > 4 else 600
    listing = subprocess.run(['git', '-C', git_dir, 'ls-tree', '-r', '--name-only', '-z', commit, 'grobid-trainer/resources/dataset/citation/corpus/'],
                             capture_output=True, check=True).stdout.decode().split('\0')
    files = sorted(f for f in listing if f.endswith('.xml'))
    rng = random.Random(20261207)
    rows = []
    for f in files:
        raw = subprocess.run(['git', '-C', git_dir, 'show', f'{commit}:{f}'], capture_output=True).stdout.decode('utf-8', 'replace')
        try:
            root = ET.fromstring(raw.encode('utf-8'))
        except ET.ParseError:
            continue
        for el in root.iter():
            if isinstance(el.tag, str) and '}' in el.tag:
                el.tag = el.tag.split('}', 1)[1]
        bibls = [b for b in root.iter() if b.tag == 'bibl']
        rng.shuffle(bibls)
        taken = 0
        for b in bibls:
            row = convert(b)
            if row and 40 <= len(row['text']) <= 600:
                row['source'] = f.rsplit('/', 1)[-1]
                rows.append(row)
                taken += 1
            if taken == 3:
                break
    rng.shuffle(rows)
    rows = rows[:limit]
    with open(out_path, 'w', encoding='utf-8') as out:
        for r in rows:
            out.write(json.dumps(r, ensure_ascii=False) + '\n')
    print(f'{len(rows)} entries from {len(files)} files')


if __name__ == '__main__':
    main()
