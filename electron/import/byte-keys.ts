// A map from byte strings (a field of a CSV record, as it is in the file) to numbers: the fast
// path's memory of the codes and texts it has met (parse-row-bytes.ts), so that a field seen
// before costs a hash and a comparison of its bytes, not a string. Open addressing, FNV-1a.

/** What `get` returns for bytes never `set`. */
export const ABSENT = -2;

export type ByteKeys = {
  /** The number set for bytes[from, to), or ABSENT. */
  get(bytes: Uint8Array, from: number, to: number): number;
  /** Sets the number of bytes[from, to), which `get` found ABSENT. */
  set(bytes: Uint8Array, from: number, to: number, value: number): void;
};

export function createByteKeys(): ByteKeys {
  let arena = new Uint8Array(1 << 16);
  let used = 0;
  // Per entry: where its bytes are in the arena, their length, their hash and the number.
  let offsets = new Int32Array(1 << 10);
  let lengths = new Int32Array(1 << 10);
  let hashes = new Int32Array(1 << 10);
  let values = new Int32Array(1 << 10);
  let count = 0;
  // Entry index + 1 per slot (0: empty); at most half full.
  let slots = new Int32Array(1 << 11);

  const hashOf = (bytes: Uint8Array, from: number, to: number): number => {
    let h = 0x811c9dc5 | 0;
    for (let i = from; i < to; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193);
    return h;
  };

  const same = (e: number, bytes: Uint8Array, from: number, to: number): boolean => {
    if (lengths[e] !== to - from) return false;
    const o = offsets[e]! - from;
    for (let i = from; i < to; i++) if (arena[o + i] !== bytes[i]) return false;
    return true;
  };

  const place = (e: number) => {
    const mask = slots.length - 1;
    let s = hashes[e]! & mask;
    while (slots[s] !== 0) s = (s + 1) & mask;
    slots[s] = e + 1;
  };

  const grow = <T extends Int32Array>(a: T): T => {
    const b = new Int32Array(a.length * 2);
    b.set(a);
    return b as T;
  };

  return {
    get(bytes, from, to) {
      const h = hashOf(bytes, from, to);
      const mask = slots.length - 1;
      for (let s = h & mask; ; s = (s + 1) & mask) {
        const e = slots[s]! - 1;
        if (e === -1) return ABSENT;
        if (hashes[e] === h && same(e, bytes, from, to)) return values[e]!;
      }
    },
    set(bytes, from, to, value) {
      const length = to - from;
      if (used + length > arena.length) {
        const bigger = new Uint8Array(Math.max(arena.length * 2, used + length));
        bigger.set(arena.subarray(0, used));
        arena = bigger;
      }
      arena.set(bytes.subarray(from, to), used);
      if (count === values.length) {
        offsets = grow(offsets);
        lengths = grow(lengths);
        hashes = grow(hashes);
        values = grow(values);
      }
      const e = count++;
      offsets[e] = used;
      lengths[e] = length;
      hashes[e] = hashOf(bytes, from, to); // again: only for bytes met the first time
      values[e] = value;
      used += length;
      if (count * 2 > slots.length) {
        slots = new Int32Array(slots.length * 2);
        for (let i = 0; i < count; i++) place(i);
      } else place(e);
    },
  };
}
