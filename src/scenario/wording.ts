// Small pieces of wording shared by the schema, the YAML reader and the semantic checks: how a
// value looks to an author, and "did you mean ...?" hints for misspelt ids and field names.

/** How a value read from YAML looks to the person who wrote it. */
export function describeValue(value: unknown): string {
  if (value === null) return 'nothing';
  if (typeof value === 'string') return `text "${value.length > 40 ? `${value.slice(0, 37)}...` : value}"`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return typeof value;
}

/** Edit distance (Levenshtein, with a swap of two neighbouring letters counted as one edit). */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
    }
  }
  return rows[a.length]![b.length]!;
}

/** ` (did you mean "checkout"?)` when a known name is one or two edits away (one for short names); else ''. */
export function suggest(value: string, known: Iterable<string>): string {
  const limit = value.length <= 3 ? 1 : 2;
  let best: string | null = null;
  let bestDistance = limit + 1;
  for (const candidate of known) {
    const d = editDistance(value, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best !== null && best !== value ? ` (did you mean "${best}"?)` : '';
}
