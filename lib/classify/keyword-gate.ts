/**
 * The keyword gate: one pass over a folded message that finds which required literal sets (required-literals.ts)
 * occur in it, so only the phrases that can match are run. A trie of the literals is walked from every position;
 * literals are short (≤ MAX_LITERAL), so each walk is a few steps.
 *
 * The trie is a double array (Aoe): the child of node s by symbol a is t = base[s] + a when check[t] = s. Two reads
 * per step in one small array, which matters more than anything else here: a hash of edges spread over a few hundred
 * KB cost a cache miss per step. Characters are mapped to dense symbols first (0 = in no literal, ends the walk).
 * Scans "stamp" the sets they find with a generation number instead of clearing an array per message.
 */

export class KeywordGate {
  /** UTF-16 unit → symbol (1..), 0 when no literal uses it. */
  private readonly symbolOf = new Uint16Array(65536);
  /** Interleaved double array: [base(s), check(s)] at 2s, 2s + 1. Node 0 is the root; check = -1 for free slots. */
  private readonly cells: Int32Array;
  /** Sets found when the walk reaches a node: outSets[outStart[n] .. outStart[n + 1]). */
  private readonly outStart: Int32Array;
  private readonly outSets: Int32Array;
  private readonly stamps: Int32Array;
  private generation = 0;
  readonly nodeCount: number;

  /** `sets[i]` are the literals of set i; a scan reports set i when the text contains any of them. */
  constructor(sets: ReadonlyArray<readonly string[]>) {
    interface TrieNode { next: Map<number, TrieNode>; sets: number[]; slot: number }
    const root: TrieNode = { next: new Map(), sets: [], slot: 0 };
    // Frequent characters get small symbols, so the root's and common nodes' children pack tightly.
    const frequency = new Map<number, number>();
    for (const set of sets) for (const literal of set) for (let i = 0; i < literal.length; i++) {
      const c = literal.charCodeAt(i);
      frequency.set(c, (frequency.get(c) ?? 0) + 1);
    }
    [...frequency].sort((a, b) => b[1] - a[1] || a[0] - b[0]).forEach(([c], k) => (this.symbolOf[c] = k + 1));

    let nodes = 1;
    for (let s = 0; s < sets.length; s++) {
      for (const literal of sets[s]!) {
        let node = root;
        for (let i = 0; i < literal.length; i++) {
          const a = this.symbolOf[literal.charCodeAt(i)]!;
          let child = node.next.get(a);
          if (!child) {
            node.next.set(a, (child = { next: new Map(), sets: [], slot: -1 }));
            nodes++;
          }
          node = child;
        }
        if (literal && !node.sets.includes(s)) node.sets.push(s);
      }
    }
    this.nodeCount = nodes;

    // Place children: for each node (breadth first), the smallest base whose slots base + a are all free.
    let capacity = 1024;
    let base = new Int32Array(capacity);
    let check = new Int32Array(capacity).fill(-1);
    check[0] = 0; // the root's slot is taken (no node is its parent: a walk never returns to it)
    const grow = (needed: number): void => {
      if (needed < capacity) return;
      while (capacity <= needed) capacity *= 2;
      const b = new Int32Array(capacity);
      b.set(base);
      const c = new Int32Array(capacity).fill(-1);
      c.set(check);
      base = b;
      check = c;
    };
    let firstFree = 1;
    let used = 1;
    const queue: TrieNode[] = [root];
    for (let q = 0; q < queue.length; q++) {
      const node = queue[q]!;
      if (node.next.size === 0) continue;
      const symbols = [...node.next.keys()].sort((a, b) => a - b);
      while (check[firstFree] !== -1 && firstFree < capacity) firstFree++;
      let b = Math.max(1, firstFree - symbols[0]!);
      for (;;) {
        grow(b + symbols[symbols.length - 1]!);
        if (symbols.every((a) => check[b + a] === -1)) break;
        b++;
      }
      base[node.slot] = b;
      for (const a of symbols) {
        const child = node.next.get(a)!;
        child.slot = b + a;
        check[child.slot] = node.slot;
        used = Math.max(used, child.slot + 1);
        queue.push(child);
      }
    }
    this.cells = new Int32Array(used * 2);
    for (let s = 0; s < used; s++) {
      this.cells[2 * s] = base[s]!;
      this.cells[2 * s + 1] = check[s]!;
    }
    this.outStart = new Int32Array(used + 1);
    const outs: number[][] = Array.from({ length: used }, () => []);
    for (const node of queue) outs[node.slot] = node.sets;
    const flat: number[] = [];
    for (let s = 0; s < used; s++) {
      this.outStart[s] = flat.length;
      flat.push(...outs[s]!);
    }
    this.outStart[used] = flat.length;
    this.outSets = Int32Array.from(flat);
    this.stamps = new Int32Array(sets.length);
  }

  /** Start a new scan: sets found earlier no longer count. Returns the scan's generation. */
  begin(): number {
    this.generation = (this.generation + 1) | 0;
    if (this.generation === 0) {
      this.stamps.fill(0);
      this.generation = 1;
    }
    return this.generation;
  }

  /** Stamp every set with a literal in `text` (call after begin(); several texts can be added to one scan). */
  add(text: string): void {
    const gen = this.generation;
    const n = text.length;
    const { symbolOf, cells, outStart, outSets, stamps } = this;
    const cellCount = cells.length >> 1;
    for (let i = 0; i < n; i++) {
      let node = 0;
      for (let j = i; j < n; j++) {
        const a = symbolOf[text.charCodeAt(j)]!;
        if (a === 0) break;
        const t = cells[2 * node]! + a;
        if (t >= cellCount || cells[2 * t + 1] !== node) break;
        node = t;
        for (let k = outStart[node]!, end = outStart[node + 1]!; k < end; k++) stamps[outSets[k]!] = gen;
      }
    }
  }

  /** Whether set `s` was found by the scan of generation `gen` (false once a newer scan began). */
  found(s: number, gen: number): boolean {
    return gen === this.generation && this.stamps[s] === gen;
  }

  get currentGeneration(): number {
    return this.generation;
  }
}
