import { describe, expect, it } from 'vitest';
import { chartScale, formatMoney, hubRange } from '../../src/utils/salary';
import { readData } from '../../src/schemas/check';
import { salariesSchema } from '../../src/schemas/salaries';

describe('hub uplift', () => {
  it('raises the bottom by the smallest uplift and the top by the largest, to the nearest 5,000', () => {
    expect(hubRange({ min: 120_000, max: 155_000 }, { min: 15, max: 25 })).toEqual({ min: 140_000, max: 195_000 });
  });

  it('leaves a range alone when there is no uplift', () => {
    expect(hubRange({ min: 100_000, max: 150_000 }, { min: 0, max: 0 })).toEqual({ min: 100_000, max: 150_000 });
  });

  it('never shows false precision: 115,001 and 117,499 both read 115,000; 117,500 reads 120,000', () => {
    expect(hubRange({ min: 100_001, max: 102_173 }, { min: 15, max: 15 })).toEqual({ min: 115_000, max: 115_000 });
    expect(hubRange({ min: 100_000, max: 102_174 }, { min: 0, max: 15 })).toEqual({ min: 100_000, max: 120_000 });
  });

  it('gives every real role a hub range above its base range', () => {
    const salaries = salariesSchema.parse(readData('content/salaries/ai-102.yaml'));
    for (const role of salaries.roles) {
      const hub = hubRange(role, salaries.regional.hubUplift);
      expect(hub.min).toBeGreaterThan(role.min);
      expect(hub.max).toBeGreaterThan(role.max);
    }
  });
});

describe('formatting and chart scale', () => {
  it('formats dollars in full and compact', () => {
    expect(formatMoney(120_000)).toBe('$120,000');
    expect(formatMoney(193_750, 'USD', true)).toBe('$194k');
    expect(formatMoney(50_000, 'EUR', true)).toBe('EUR 50k');
  });

  it('spans the data with round ticks and maps values linearly', () => {
    const s = chartScale([120_000, 262_500]);
    expect(s.lo).toBe(120_000);
    expect(s.hi).toBe(280_000);
    expect(s.ticks).toEqual([120_000, 140_000, 160_000, 180_000, 200_000, 220_000, 240_000, 260_000, 280_000]);
    expect(s.x(200_000, 400)).toBe(200);
  });
});
