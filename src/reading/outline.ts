// The essay's outline (Outline view, breadcrumbs, Go to Symbol) from its sections and reference
// list: pure, so the nesting rules are tested in plain Node.
import type { Analysis, Span } from '../core/model';
import { ellipsize, referenceLabel, referenceTitle } from '../core/labels';
import { say } from '../core/messages';

export interface OutlineNode {
  readonly name: string;
  readonly detail: string;
  readonly kind: 'title' | 'section' | 'references' | 'reference';
  /** All the node covers: a section runs until the next heading of its level or above. */
  readonly span: Span;
  /** What is selected when the node is chosen: the heading or the entry. */
  readonly selection: Span;
  readonly children: OutlineNode[];
}

interface Mutable {
  name: string;
  detail: string;
  kind: OutlineNode['kind'];
  span: { start: number; end: number };
  selection: Span;
  children: Mutable[];
  level: number;
}

/**
 * The outline of an analysis: headings nested by level (the title holds everything after it), and
 * the reference list with one child per entry, named by first author and year. A reference list
 * without a heading of its own still gets a "References" node. Every child lies inside its parent.
 */
export function outline(analysis: Analysis): OutlineNode[] {
  const end = analysis.text.length;
  const roots: Mutable[] = [];
  const stack: Mutable[] = [];
  const sections = [...analysis.sections].sort((a, b) => a.start - b.start);
  // The nodes of the list's headings, in text order (a document with a list after each part has several).
  const referencesNodes: Mutable[] = [];
  for (const section of sections) {
    const level = section.kind === 'title' ? 0 : Math.max(1, section.level);
    while (stack.length > 0 && stack[stack.length - 1].level >= level) stack.pop();
    const node: Mutable = {
      name: ellipsize(section.title, 80) || (section.kind === 'references' ? say('References') : say('Section')),
      detail: '',
      kind: section.kind,
      span: { start: section.start, end },
      selection: section,
      children: [],
      level,
    };
    // The previous nodes at this level or below end where this one starts.
    closeBefore(roots, stack, section.start, level);
    (stack.length > 0 ? stack[stack.length - 1].children : roots).push(node);
    stack.push(node);
    if (section.kind === 'references') referencesNodes.push(node);
  }

  const list = analysis.referenceList;
  if (list && analysis.references.length > 0) {
    if (referencesNodes.length === 0) {
      const start = list.heading?.start ?? list.span.start;
      const node: Mutable = { name: say('References'), detail: '', kind: 'references', span: { start, end: list.span.end }, selection: list.heading ?? list.span, children: [], level: 1 };
      const title = roots.find((r) => r.kind === 'title' && r.span.start <= start);
      insertSorted(title ? title.children : roots, node);
      referencesNodes.push(node);
    }
    let n = 0;
    for (const reference of analysis.references) {
      // Each entry under the last list heading before it.
      while (n + 1 < referencesNodes.length && referencesNodes[n + 1].selection.start <= reference.start) n++;
      const node = referencesNodes[n];
      node.children.push({
        name: referenceLabel(reference),
        detail: referenceTitle(reference, 60),
        kind: 'reference',
        span: reference,
        selection: reference,
        children: [],
        level: 99,
      });
      node.span.start = Math.min(node.span.start, reference.start);
      node.span.end = Math.max(node.span.end, reference.end);
    }
    for (const node of referencesNodes) node.detail = node.children.length === 1 ? say('1 entry') : say('{0} entries', node.children.length);
  }
  return roots.map(freeze);
}

/** Ends every open node that a heading at `start` of `level` closes. */
function closeBefore(roots: Mutable[], stack: Mutable[], start: number, level: number): void {
  const siblings = stack.length > 0 ? stack[stack.length - 1].children : roots;
  const last = siblings[siblings.length - 1];
  if (last && last.level >= level) setEnd(last, start);
}

function setEnd(node: Mutable, end: number): void {
  node.span.end = Math.max(node.selection.end, Math.min(node.span.end, end));
  const last = node.children[node.children.length - 1];
  if (last) setEnd(last, end);
}

function insertSorted(nodes: Mutable[], node: Mutable): void {
  let at = nodes.findIndex((n) => n.span.start > node.span.start);
  if (at < 0) at = nodes.length;
  nodes.splice(at, 0, node);
  // The section before it now ends where the list starts.
  if (at > 0) setEnd(nodes[at - 1], node.span.start);
}

function freeze(node: Mutable): OutlineNode {
  return { name: node.name, detail: node.detail, kind: node.kind, span: node.span, selection: node.selection, children: node.children.map(freeze) };
}
