import { describe, expect, it } from 'vitest';
import { cadencePeriods, missedPeriods } from './cadence.js';
import { editionTitle, englishOrdinal } from './ordinal.js';
import { isLocalDateTime, isTimeZone, localToUtc, utcToLocal } from './time-zone.js';

describe('time zones', () => {
  it('turns wall-clock times into instants and back, across summer time', () => {
    expect(localToUtc('2026-11-20T19:00', 'Asia/Seoul').toISOString()).toBe('2026-11-20T10:00:00.000Z');
    expect(localToUtc('2027-03-28T02:30', 'Europe/Berlin').toISOString()).toBe('2027-03-28T01:30:00.000Z'); // skipped hour moves forward
    expect(localToUtc('2027-10-31T02:30', 'Europe/Berlin').toISOString()).toBe('2027-10-31T00:30:00.000Z'); // repeated hour: the earlier
    expect(utcToLocal(new Date('2027-07-13T17:00:00Z'), 'Europe/Berlin')).toBe('2027-07-13T19:00');
    expect([isTimeZone('Asia/Seoul'), isTimeZone('Mars/Olympus'), isTimeZone('')]).toEqual([true, false, false]);
    expect([isLocalDateTime('2026-02-29T10:00'), isLocalDateTime('2028-02-29T10:00'), isLocalDateTime('2026-01-01 10:00')]).toEqual([false, true, false]);
  });
});

describe('ordinals', () => {
  it('names editions in English and Korean', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111].map(englishOrdinal)).toEqual(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '101st', '111th']);
    expect(editionTitle(4, { en: 'Meeting of Cell Secretaries', ko: '세포비서대회' })).toEqual({ en: '4th Meeting of Cell Secretaries', ko: '제4차 세포비서대회' });
  });
});

describe('meeting cadence', () => {
  it('owes whole calendar periods after the unit began, and finds the ones without a meeting', () => {
    expect(cadencePeriods(3, '2025-02-10', '2025-01-01', '2025-12-15').map((p) => p.start)).toEqual(['2025-04-01', '2025-07-01']);
    expect(cadencePeriods(1, '2020-01-01', '2025-01-01', '2025-04-01').map((p) => p.start)).toEqual(['2025-01-01', '2025-02-01', '2025-03-01']);
    const periods = cadencePeriods(1, '2020-01-01', '2025-01-01', '2025-04-01');
    expect(missedPeriods(periods, ['2025-01-31', '2025-03-01']).map((p) => p.start)).toEqual(['2025-02-01']);
  });
});
