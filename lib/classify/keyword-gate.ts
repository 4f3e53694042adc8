/**
 * The keyword gate: one pass over a folded message that finds which required literal sets (required-literals.ts)
 * occur in it, so only the phrases that can match are run.
 *
 * An Aho–Corasick automaton over all literals: one pass over the text, following failure links instead of restarting
 * at every position. Its trie is a double array (Aoe): the child of node s by symbol a is t = base[s] + a when
 * check[t] = s, two reads in one small array (a hash of edges spread over a few hundred KB cost a cache miss per
 * step). Characters are mapped to dense symbols first; 0 means "in no literal" and sends the walk back to the root.
 * Scans stamp the sets they find with a generation number instead of clearing an array per message.
 */

export class KeywordGate {
  /** UTF-16 unit → symbol (1..), 0 when no literal uses it. */
  private readonly symbolOf = new Uint16Array(65536);
  /**
   * Four cells per slot s: base, check (the parent's slot; -1 when free), fail (the slot of the longest proper
   * suffix that is also in the trie) and out (where the sets of the literals ending exactly here start in outSets, a
   * list ended by -1; -1 for none). Slot 0 is the root.
   */
  private readonly cells: Int32Array;
  private readonly slots: number;
  private readonly outSets: Int32Array;
  /**
   * Per slot, the next slot down its failure chain that ends a literal (0 for none): the literals ending at a
   * position are those of the node reached and of this chain.
   */
  private readonly outLink: Int32Array;
  /**
   * Per slot, the scan that last reported its literals and its chain's: a node seen again (a common word, the same
   * suffix) reports nothing new, so its chain is not walked again.
   */
  private readonly slotStamps: Int32Array;
  private readonly stamps: Int32Array;
  /** The sets found by the current scan, each once, in the order found. */
  private readonly foundList: Int32Array;
  /** Per set found by the current scan: where its first occurrence ends (index of its last character). */
  private readonly firstEnds: Int32Array;
  private foundCount = 0;
  private generation = 0;
  readonly nodeCount: number;

  /** `sets[i]` are the literals of set i; a scan reports set i when the text contains any of them. */
  constructor(sets: ReadonlyArray<readonly string[]>) {
    // Frequent characters get small symbols, so the nodes with many children pack tightly.
    const frequency = new Map<number, number>();
    for (const set of sets) {
      for (const literal of set) {
        for (let i = 0; i < literal.length; i++) {
          const c = literal.charCodeAt(i);
          frequency.set(c, (frequency.get(c) ?? 0) + 1);
        }
      }
    }
    [...frequency].sort((a, b) => b[1] - a[1] || a[0] - b[0]).forEach(([c], k) => (this.symbolOf[c] = k + 1));

    // The trie, flat: node ids in insertion order, children found through one map keyed by (node, symbol).
    const childOf = new Map<number, number>();
    const kids: number[][] = [[]];
    const ends: Array<number[] | undefined> = [undefined];
    const key = (node: number, a: number): number => node * 65536 + a;
    for (let s = 0; s < sets.length; s++) {
      for (const literal of sets[s]!) {
        if (!literal) continue;
        let node = 0;
        for (let i = 0; i < literal.length; i++) {
          const a = this.symbolOf[literal.charCodeAt(i)]!;
          let child = childOf.get(key(node, a));
          if (child === undefined) {
            child = kids.length;
            kids.push([]);
            ends.push(undefined);
            childOf.set(key(node, a), child);
            kids[node]!.push(a);
          }
          node = child;
        }
        const list = (ends[node] ??= []);
        if (!list.includes(s)) list.push(s);
      }
    }
    this.nodeCount = kids.length;

    const { order, slotOf, base, check, used } = placeNodes(kids, childOf, kids.length + frequency.size + 16);
    this.slots = used;
    this.cells = new Int32Array(used * 4).fill(-1);
    const child = (slot: number, a: number): number => {
      const t = base[slot]! + a;
      return t < used && check[t] === slot ? t : -1;
    };
    // Failure links and output links, breadth first (a node's suffixes are shallower, so already done).
    const fail = new Int32Array(used);
    this.outLink = new Int32Array(used);
    const flat: number[] = [];
    for (const node of order) {
      const s = slotOf[node]!;
      this.cells[4 * s] = base[s]!;
      this.cells[4 * s + 1] = check[s]!;
      this.cells[4 * s + 2] = fail[s]!;
      const own = ends[node] ?? NONE;
      if (own.length && node !== 0) {
        this.cells[4 * s + 3] = flat.length;
        for (const set of own) flat.push(set);
        flat.push(-1);
      }
      if (node !== 0) {
        const f = fail[s]!;
        this.outLink[s] = f !== 0 && this.cells[4 * f + 3]! >= 0 ? f : this.outLink[f]!;
      }
      for (const a of kids[node]!) {
        let f = s === 0 ? -1 : fail[s]!;
        let target = 0;
        while (f >= 0) {
          const t = child(f, a);
          if (t >= 0) {
            target = t;
            break;
          }
          f = f === 0 ? -1 : fail[f]!;
        }
        fail[base[s]! + a] = target;
      }
    }
    this.outSets = Int32Array.from(flat);
    this.slotStamps = new Int32Array(used);
    this.stamps = new Int32Array(sets.length);
    this.foundList = new Int32Array(sets.length);
    this.firstEnds = new Int32Array(sets.length);
  }

  /** Start a new scan: sets found earlier no longer count. Returns the scan's generation. */
  begin(): number {
    this.generation = (this.generation + 1) | 0;
    if (this.generation === 0) {
      this.stamps.fill(0);
      this.slotStamps.fill(0);
      this.generation = 1;
    }
    this.foundCount = 0;
    return this.generation;
  }

  /** Stamp every set with a literal in `text` (call after begin(); several texts can be added to one scan). */
  add(text: string): void {
    const n = text.length;
    const { symbolOf, cells, outSets, outLink, slotStamps, stamps, foundList, firstEnds, slots } = this;
    const gen = this.generation;
    let found = this.foundCount;
    let node = 0;
    for (let i = 0; i < n; i++) {
      const a = symbolOf[text.charCodeAt(i)]!;
      if (a === 0) {
        node = 0;
        continue;
      }
      for (;;) {
        const t = cells[4 * node]! + a;
        if (t < slots && cells[4 * t + 1] === node) {
          node = t;
          break;
        }
        if (node === 0) break;
        node = cells[4 * node + 2]!;
      }
      // The literals ending here: the node's own, then down its output chain, until a slot this scan already
      // reported (its chain was reported with it).
      for (let s = node; s !== 0 && slotStamps[s] !== gen; s = outLink[s]!) {
        slotStamps[s] = gen;
        let o = cells[4 * s + 3]!;
        if (o < 0) continue;
        for (let set = outSets[o]!; set >= 0; set = outSets[++o]!) {
          if (stamps[set] === gen) continue;
          stamps[set] = gen;
          firstEnds[set] = i;
          foundList[found++] = set;
        }
      }
    }
    this.foundCount = found;
  }

  /** The sets found by the current scan (a view, valid until the next begin()). */
  found(): Int32Array {
    return this.foundList.subarray(0, this.foundCount);
  }

  /** Where the first occurrence of a set found by the current scan ends (meaningless for sets not found). */
  firstEnd(set: number): number {
    return this.firstEnds[set]!;
  }

  get currentGeneration(): number {
    return this.generation;
  }
}

const NONE: readonly number[] = [];

/**
 * Give every trie node a slot in the double array: for each node (breadth first), the first base whose slots
 * base + a are all free. Free slots are kept in a linked list, so the search skips the filled-up start of the array.
 */
function placeNodes(
  kids: readonly number[][],
  childOf: ReadonlyMap<number, number>,
  initial: number,
): { order: number[]; slotOf: Int32Array; base: Int32Array; check: Int32Array; used: number } {
  let capacity = Math.max(64, initial);
  let base: Int32Array = new Int32Array(capacity);
  let check: Int32Array = new Int32Array(capacity).fill(-1);
  let nextFree: Int32Array = new Int32Array(capacity);
  let prevFree: Int32Array = new Int32Array(capacity);
  // Free list over slots 1..capacity-1; -1 ends it. Slot 0 is the root's.
  const link = (from: number, to: number): void => {
    for (let s = from; s < to; s++) {
      nextFree[s] = s + 1 < to ? s + 1 : -1;
      prevFree[s] = s - 1 >= from ? s - 1 : -1;
    }
  };
  link(1, capacity);
  let head = 1;
  let tail = capacity - 1;
  check[0] = 0;
  const grow = (needed: number): void => {
    if (needed < capacity) return;
    let next = capacity;
    while (next <= needed) next *= 2;
    const widen = (a: Int32Array, fill?: number): Int32Array => {
      const b = new Int32Array(next);
      if (fill !== undefined) b.fill(fill);
      b.set(a);
      return b;
    };
    base = widen(base);
    check = widen(check, -1);
    nextFree = widen(nextFree);
    prevFree = widen(prevFree);
    link(capacity, next);
    if (tail >= 0) {
      nextFree[tail] = capacity;
      prevFree[capacity] = tail;
    } else head = capacity;
    tail = next - 1;
    capacity = next;
  };
  const take = (s: number): void => {
    const p = prevFree[s]!;
    const n = nextFree[s]!;
    if (p >= 0) nextFree[p] = n;
    else head = n;
    if (n >= 0) prevFree[n] = p;
    else tail = p;
  };
  const fits = (b: number, symbols: readonly number[]): boolean => {
    for (const a of symbols) if (check[b + a] !== -1) return false;
    return true;
  };

  const slotOf = new Int32Array(kids.length);
  let used = 1;
  const order: number[] = [0];
  for (let q = 0; q < order.length; q++) {
    const node = order[q]!;
    const symbols = kids[node]!;
    if (symbols.length === 0) continue;
    symbols.sort((a, b) => a - b);
    const first = symbols[0]!;
    const last = symbols[symbols.length - 1]!;
    let b = -1;
    for (let f = head; ; ) {
      if (f < 0) {
        // Every free slot tried: place after the end.
        b = Math.max(1, capacity - first);
        grow(b + last);
        break;
      }
      const candidate = f - first;
      if (candidate >= 1) {
        grow(candidate + last);
        if (fits(candidate, symbols)) {
          b = candidate;
          break;
        }
      }
      f = nextFree[f]!;
    }
    const slot = slotOf[node]!;
    base[slot] = b;
    for (const a of symbols) {
      const child = childOf.get(node * 65536 + a)!;
      slotOf[child] = b + a;
      check[b + a] = slot;
      take(b + a);
      used = Math.max(used, b + a + 1);
      order.push(child);
    }
  }
  return { order, slotOf, base, check, used };
}
