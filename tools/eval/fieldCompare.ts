/** Normalises a reference field for comparison: white space collapsed, surrounding quotes and the final period or comma removed, lower case. */
export function normaliseField(s: string | null | undefined): string {
  if (s === null || s === undefined) return '';
  let t = s.replace(/\s+/g, ' ').trim();
  t = t.replace(/^["“”«»'‘’`]+|["“”«»'‘’`]+$/g, '').trim();
  t = t.replace(/[.,]$/, '').trim();
  t = t.replace(/^["“”«»'‘’`]+|["“”«»'‘’`]+$/g, '').trim();
  return t.toLowerCase();
}
