import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, isIsoDate, isoToday, isoWeekday, WEEKDAY_NAMES } from './dates.js';

describe('isIsoDate', () => {
  it.each(['2024-02-29', '2000-02-29', '2023-12-31', '1900-01-01', '0099-12-31', '9999-12-31'])('accepts %s', (value) => {
    expect(isIsoDate(value)).toBe(true);
  });

  it.each([
    '2023-02-29', // not a leap year
    '1900-02-29', // divisible by 100, not by 400
    '2023-13-01',
    '2023-00-10',
    '2023-04-31',
    '2023-01-00',
    '2023-1-1',
    '23-01-01',
    '2023/01/01',
    ' 2023-01-01',
    '2023-01-01T00:00:00Z',
    '',
    'yesterday',
  ])('refuses %j', (value) => {
    expect(isIsoDate(value)).toBe(false);
  });

  it('accepts exactly the dates that round-trip through the calendar', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1800-01-01T00:00:00Z'), max: new Date('2200-12-31T00:00:00Z'), noInvalidDate: true }), (d) => {
        expect(isIsoDate(d.toISOString().slice(0, 10))).toBe(true);
      }),
    );
  });
});

describe('isoToday', () => {
  it('gives the UTC date of the injected instant', () => {
    expect(isoToday(new Date('2024-03-05T12:00:00Z'))).toBe('2024-03-05');
    expect(isoToday(new Date('2024-03-05T23:59:59.999Z'))).toBe('2024-03-05');
    // 08:30 on the 6th in Seoul is still the 5th in UTC.
    expect(isoToday(new Date('2024-03-06T08:30:00+09:00'))).toBe('2024-03-05');
  });

  it('defaults to now', () => {
    expect(isIsoDate(isoToday())).toBe(true);
  });
});

describe('addMonths', () => {
  it.each([
    ['2024-01-31', 1, '2024-02-29'],
    ['2023-01-31', 1, '2023-02-28'],
    ['2024-01-15', 1, '2024-02-15'],
    ['2024-03-31', 1, '2024-04-30'],
    ['2024-11-30', 3, '2025-02-28'],
    ['2024-12-31', 12, '2025-12-31'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-03-31', -1, '2024-02-29'],
    ['2024-01-10', -1, '2023-12-10'],
    ['2024-05-20', 0, '2024-05-20'],
    ['2024-01-31', 60, '2029-01-31'],
    ['0050-01-31', 1, '0050-02-28'],
  ])('%s + %i months = %s', (from, months, expected) => {
    expect(addMonths(from, months)).toBe(expected);
  });

  it('always lands on a real date in the target month, never past the starting day', () => {
    const dateArb = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true });
    fc.assert(
      fc.property(dateArb, fc.integer({ min: -240, max: 240 }), (d, months) => {
        const from = d.toISOString().slice(0, 10);
        const out = addMonths(from, months);
        expect(isIsoDate(out)).toBe(true);
        const [y, m, day] = from.split('-').map(Number) as [number, number, number];
        const [oy, om, oday] = out.split('-').map(Number) as [number, number, number];
        expect(oy * 12 + om - (y * 12 + m)).toBe(months);
        expect(oday).toBeLessThanOrEqual(day);
        // Clamped only when the target month is shorter.
        if (oday < day) expect(isIsoDate(`${out.slice(0, 8)}${String(oday + 1).padStart(2, '0')}`)).toBe(false);
      }),
    );
  });
});

describe('isoWeekday', () => {
  it('numbers Monday 1 … Sunday 7, across month and year ends and leap days', () => {
    expect(isoWeekday('2026-11-30')).toBe(1); // a Monday
    expect(isoWeekday('2026-12-06')).toBe(7);
    expect(isoWeekday('2024-02-29')).toBe(4);
    expect(isoWeekday('2027-01-01')).toBe(5);
    expect(WEEKDAY_NAMES[isoWeekday('2026-12-05') - 1]).toBe('Sat');
  });

  it('goes round the week one day at a time', () => {
    fc.assert(
      fc.property(fc.integer({ min: -50_000, max: 50_000 }), (n) => {
        const day = addDays('2026-11-30', n);
        expect(isoWeekday(day)).toBe((((n % 7) + 7) % 7) + 1);
      }),
    );
  });
});
