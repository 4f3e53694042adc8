import type { PolicyFinding } from '@/lib/replies';

export interface Segment {
  text: string;
  finding: PolicyFinding | null;
}

/**
 * Split text into plain and flagged segments so findings can be wrapped in <mark> as React text (never as HTML).
 * Findings are UTF-16 spans; out-of-range or overlapping spans are clamped or skipped rather than trusted.
 */
export function segmentsOf(text: string, findings: readonly PolicyFinding[]): Segment[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: Segment[] = [];
  let cursor = 0;
  for (const f of sorted) {
    const start = Math.max(cursor, Math.min(f.start, text.length));
    const end = Math.min(Math.max(f.end, 0), text.length);
    if (end <= start) continue;
    if (start > cursor) segments.push({ text: text.slice(cursor, start), finding: null });
    segments.push({ text: text.slice(start, end), finding: f });
    cursor = end;
  }
  if (cursor < text.length || segments.length === 0) segments.push({ text: text.slice(cursor), finding: null });
  return segments;
}
