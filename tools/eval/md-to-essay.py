#!/usr/bin/env python3
"""Turns a Markdown page of a static site (MkDocs, Jekyll) into the plain text a reader copies from it.

Usage: python3 tools/eval/md-to-essay.py [--latex | --pandoc] page.md essay.txt

Drops the front matter, <script> and <style> blocks, image lines, icon shortcodes and HTML tags (keeping the
text inside them), heading marks, emphasis marks and link targets ("[text](url)" becomes "text"). Everything
else is kept as the source has it: hard-wrapped lines, blank lines, LaTeX commands the site prints verbatim,
footnote lines, the authors' typos. Runs of more than two blank lines become two. The gold is then written by
hand on the result.

With --latex, a page whose body is LaTeX (as some chapters of a book's site are) is read as its typeset book
prints it: comment lines, figure and table environments and layout commands (\\noindent, \\newpage, …) are
dropped, \\section*{X} and \\textbf{X} become X, escaped characters and "--" are printed.

With --pandoc, a page that Pandoc renders (the Quarto/Markdown articles of LIBREAS) is read as Pandoc prints it:
autolinks <https://…> keep their URL, HTML entities are decoded, the empty PDF link line, horizontal rules and
block-quote marks are dropped, emphasis that runs over a line break is removed, backslash escapes (\\' \\* \\[)
are printed, and "---"/"--" become em and en dashes (Pandoc's smart punctuation).
"""
import html
import re
import sys


LAYOUT = r'noindent|retirarecuo|newpage|centering|clearpage|vspace\{[^}]*\}'


def typeset(text: str) -> str:
    """The text a LaTeX body prints: no comments, floats or layout commands."""
    text = re.sub(r'(?m)^[ \t]*%.*\n', '', text)
    text = re.sub(r'\\begin\{(figure|table)\}.*?\\end\{\1\}\n?', '', text, flags=re.S)
    text = re.sub(r'(?m)^[ \t]*\\(?:' + LAYOUT + r')[ \t]*\n', '', text)
    text = re.sub(r'\\(?:sub)*section\*?\{([^}]*)\}', r'\1', text)
    for _ in range(2):
        text = re.sub(r'\\(?:textbf|emph|textit)\{([^{}]*)\}', r'\1', text)
    text = text.replace('\\textless{}', '<').replace('\\textgreater{}', '>')
    text = re.sub(r'\\([%&$#_])', r'\1', text)
    return text.replace('---', '\u2014').replace('--', '\u2013')


def convert(src: str, latex: bool = False) -> str:
    text = src.replace('\r\n', '\n')
    text = re.sub(r'\A---\n.*?\n---\n', '', text, flags=re.S)
    text = re.sub(r'<(script|style)\b.*?</\1>', '', text, flags=re.S | re.I)
    text = re.sub(r'(?m)^\s*!\[[^\]]*\]\([^)]*\)\s*$', '', text)
    text = re.sub(r':material-[a-z-]+:\s*', '', text)
    text = re.sub(r'<[^>\n]+>', '', text)
    text = re.sub(r'(?m)^ {0,3}#{1,6}\s*', '', text)
    text = re.sub(r'(?<!\\)\*\*(.+?)\*\*', r'\1', text, flags=re.S)
    text = re.sub(r'(?<![\\\w_])__(?!\s)([^_\n]+?)(?<!\s)__(?![\w_])', r'\1', text)
    text = re.sub(r'(?<![\\\w_])_(?!\s)([^_\n]+?)(?<!\s)_(?![\w_])', r'\1', text)
    text = re.sub(r'(?<![\\\w*])\*(?!\s)([^*\n]+?)(?<!\s)\*(?![\w*])', r'\1', text)
    text = re.sub(r'(?<!!)\[([^\]\n^]+)\]\((?:[^()\s]|\([^()]*\))+\)', r'\1', text)
    if latex:
        text = typeset(text)
    text = re.sub(r'[ \t]+$', '', text, flags=re.M)
    text = re.sub(r'\n{4,}', '\n\n\n', text)
    return text.strip('\n') + '\n'


def pandoc_before(src: str) -> str:
    """Autolinks keep their URL (convert() would drop them as HTML tags)."""
    return re.sub(r'<(https?://[^> ]+)>', r'\1', src)


def pandoc_after(text: str) -> str:
    """What Pandoc prints of what convert() leaves: entities, rules, quotes, multi-line emphasis, escapes, dashes."""
    text = html.unescape(text)
    text = re.sub(r'(?m)^\[\]\([^)]*\)\s*$', '', text)
    text = re.sub(r'(?m)^[ \t]*(\*{1,3}|-{3,}|_{3,})[ \t]*$', '', text)
    for _ in range(2):
        text = re.sub(r'(?<![\\*\w])(\*{1,2})(?=[^\s*])((?:[^*\\\n]|\\.|\n(?!\n))+?)(?<![\s\\])\1(?![*\w])', r'\2', text)
    text = text.replace('**', '')
    text = re.sub(r'(?m)^> ?', '', text)
    text = re.sub(r'\\([\'"*\[\]_#&$%<>`~^|@])', r'\1', text)
    text = text.replace('---', '\u2014').replace('--', '\u2013')
    text = re.sub(r'<(https?://[^>\s]+)>', r'\1', text)
    text = re.sub(r'\n{4,}', '\n\n\n', text)
    return text.strip('\n') + '\n'


if __name__ == '__main__':
    args = [a for a in sys.argv[1:] if a not in ('--latex', '--pandoc')]
    with open(args[0], encoding='utf-8') as f:
        src = f.read()
    if '--pandoc' in sys.argv:
        out = pandoc_after(convert(pandoc_before(src)))
    else:
        out = convert(src, '--latex' in sys.argv)
    with open(args[1], 'w', encoding='utf-8') as f:
        f.write(out)
