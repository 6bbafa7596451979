import { Random, seededUuid } from './random';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('Random', () => {
  it('gives the same stream for the same seed and key, another for another', () => {
    const draw = (seed: number, key: string) => {
      const random = new Random(seed, key);
      return Array.from({ length: 5 }, () => random.int(0, 1_000_000));
    };
    expect(draw(42, 'client:1')).toEqual(draw(42, 'client:1'));
    expect(draw(42, 'client:1')).not.toEqual(draw(42, 'client:2'));
    expect(draw(42, 'client:1')).not.toEqual(draw(43, 'client:1'));
  });

  it('draws within bounds', () => {
    const random = new Random(1, 'bounds');
    for (let draw = 0; draw < 1_000; draw += 1) {
      const value = random.int(3, 7);
      expect(value >= 3 && value <= 7 && Number.isInteger(value)).toBe(true);
    }
    expect(new Set(random.sample([1, 2, 3, 4, 5], 3)).size).toBe(3);
  });
});

describe('seededUuid', () => {
  it('is a UUID that ascends in generation order, and depends on the seed', () => {
    const ids: string[] = [];
    for (const client of [0, 1, 2, 1023, 1024, 99_999]) {
      for (const encounter of [0, 1, 19, 1023])
        ids.push(seededUuid(42, 'encounter', [client, encounter]));
    }
    expect(ids.every((id) => UUID.test(id))).toBe(true);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
    expect(seededUuid(42, 'client', [7])).toBe(seededUuid(42, 'client', [7]));
    expect(seededUuid(43, 'client', [7])).not.toBe(seededUuid(42, 'client', [7]));
    expect(seededUuid(42, 'staff', [7])).not.toBe(seededUuid(42, 'client', [7]));
  });

  it('refuses parts that would collide', () => {
    expect(() => seededUuid(42, 'encounter', [1, 1024])).toThrow(/out of range/);
    expect(() => seededUuid(42, 'encounter', [-1])).toThrow(/out of range/);
  });
});
