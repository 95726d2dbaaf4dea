// Seeded pseudo-random numbers, so that every run gives the same output.
// Each series gets its own generator (seeded by a readable key such as
// "sanne:weight"), so editing one series never shifts the values of another.

/** FNV-1a hash of a string to a 32-bit unsigned integer. */
export function hash(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** A mulberry32 generator seeded by `key`. */
export function prng(key) {
  let a = hash(String(key)) || 1;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    /** Uniform in [lo, hi). */
    range: (lo, hi) => lo + (hi - lo) * next(),
    /** Integer in [lo, hi]. */
    int: (lo, hi) => lo + Math.floor((hi - lo + 1) * next()),
    /** Standard normal (Box–Muller). */
    normal: () => {
      const u = 1 - next();
      const v = next();
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
    pick: (list) => list[Math.floor(next() * list.length)],
  };
}
