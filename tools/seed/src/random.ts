import { createHash } from 'node:crypto';

/**
 * A small seeded PRNG (sfc32, 128 bits of state). Every row gets its own stream, keyed by
 * the seed and what the row is (`client:17`), so a row's values never depend on how many
 * rows came before it or in which chunk it was written: the same seed gives the same data.
 */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number, key: string) {
    const digest = createHash('md5').update(`${seed}:${key}`).digest();
    this.a = digest.readUInt32LE(0);
    this.b = digest.readUInt32LE(4);
    this.c = digest.readUInt32LE(8);
    this.d = digest.readUInt32LE(12);
    for (let warmUp = 0; warmUp < 12; warmUp += 1) this.next();
  }

  /** A uniform number in [0, 1). */
  next(): number {
    this.a >>>= 0;
    this.b >>>= 0;
    this.c >>>= 0;
    this.d >>>= 0;
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  /** `count` distinct items (or all of them when there are fewer). */
  sample<T>(items: readonly T[], count: number): T[] {
    const copy = [...items];
    const taken: T[] = [];
    while (taken.length < count && copy.length > 0) {
      const [item] = copy.splice(Math.floor(this.next() * copy.length), 1);
      taken.push(item as T);
    }
    return taken;
  }
}

const kindTags = new Map<string, string>();

/** 16 bits naming the kind of row under a seed (computed once per kind). */
function kindTag(seed: number, kind: string): string {
  const key = `${seed}:${kind}`;
  let tag = kindTags.get(key);
  if (tag === undefined) {
    tag = createHash('md5').update(key).digest('hex').slice(0, 4);
    kindTags.set(key, tag);
  }
  return tag;
}

/** Each part of an id's number after the first must be below this. */
const PART_RADIX = 1024;

/**
 * A deterministic UUID for row `parts` (e.g. client 17, encounter 3) of `kind` under a seed:
 * 16 bits naming kind and seed, 44 bits of the row's number (around the version nibble), then
 * hash bits. Rows generated in order get ascending ids, so primary-key indexes grow at their
 * right edge: random ids would make a large bulk load rewrite pages all over each index (what
 * UUIDv7 avoids in applications).
 */
export function seededUuid(seed: number, kind: string, parts: readonly number[]): string {
  let number = 0;
  for (const [position, part] of parts.entries()) {
    if (!Number.isInteger(part) || part < 0 || (position > 0 && part >= PART_RADIX)) {
      throw new Error(`${kind} id part out of range: ${parts.join(':')}`);
    }
    number = number * PART_RADIX + part;
  }
  if (number >= 2 ** 44) throw new Error(`${kind} id ${parts.join(':')} beyond 44 bits`);
  const tag = kindTag(seed, kind);
  const tail = createHash('md5')
    .update(`${seed}:${kind}:${parts.join(':')}`)
    .digest('hex');
  const ordinal = number.toString(16).padStart(11, '0');
  const variant = ((parseInt(tail.charAt(0), 16) & 0x3) | 0x8).toString(16);
  return `${tag}${ordinal.slice(0, 4)}-${ordinal.slice(4, 8)}-4${ordinal.slice(8, 11)}-${variant}${tail.slice(1, 4)}-${tail.slice(4, 16)}`;
}
