/** One row of `npm run bench`: a measured figure with its target, printed as a table and as JSON. */
export interface BenchRow {
  /** e.g. "classify: median per message". */
  name: string;
  value: number;
  unit: string;
  /** Human-readable target, e.g. "≤ 50 µs". */
  target?: string;
  /** Whether the target was met (undefined when the row has no target). */
  ok?: boolean;
  note?: string;
}

export type BenchSuite = () => Promise<BenchRow[]>;
