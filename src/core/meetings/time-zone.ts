/**
 * Wall-clock times in an IANA time zone. A meeting is stored as a UTC instant plus its zone, so it
 * stays at 19:00 local time when the zone's offset changes (summer time) and every reader agrees on
 * the instant. Uses the platform's time zone database (Intl); no I/O.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterOf(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    formatters.set(zone, f);
  }
  return f;
}

/** Whether `zone` is an IANA zone name the platform knows ("Asia/Seoul", "UTC"). */
export function isTimeZone(zone: string): boolean {
  if (zone.length === 0 || zone.length > 64) return false;
  try {
    formatterOf(zone);
    return true;
  } catch {
    return false;
  }
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** Whether `value` is a wall-clock time written YYYY-MM-DDTHH:mm (seconds optional), without a zone. */
export function isLocalDateTime(value: string): boolean {
  const m = LOCAL.exec(value);
  if (!m) return false;
  const [, y, mo, d, h, mi, s] = m.map(Number) as [number, number, number, number, number, number, number];
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, Number.isNaN(s) ? 0 : s));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d && h < 24 && mi < 60;
}

/** The zone's offset from UTC at `instant`, in minutes (Seoul: +540). */
export function zoneOffsetMinutes(zone: string, instant: Date): number {
  const parts = Object.fromEntries(formatterOf(zone).formatToParts(instant).map((p) => [p.type, p.value]));
  const asUtc = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/**
 * The UTC instant of a wall-clock time in `zone`. A time that does not exist (skipped by a spring
 * change) moves forward by the gap; an ambiguous one (repeated in autumn) takes the earlier instant.
 */
export function localToUtc(local: string, zone: string): Date {
  const m = LOCAL.exec(local);
  if (!m) throw new RangeError(`not a local date-time: ${local}`);
  const [, y, mo, d, h, mi, s] = m.map(Number) as [number, number, number, number, number, number, number];
  const wall = Date.UTC(y, mo - 1, d, h, mi, Number.isNaN(s) ? 0 : s);
  // Try the offsets in force a day either side: one of them is the offset at the answer.
  const candidates = [wall - zoneOffsetMinutes(zone, new Date(wall - 86_400_000)) * 60_000, wall - zoneOffsetMinutes(zone, new Date(wall + 86_400_000)) * 60_000];
  const exact = candidates.filter((t) => t + zoneOffsetMinutes(zone, new Date(t)) * 60_000 === wall).sort((a, b) => a - b);
  return new Date(exact[0] ?? Math.max(...candidates));
}

/** The wall-clock time of `instant` in `zone`, as YYYY-MM-DDTHH:mm. */
export function utcToLocal(instant: Date, zone: string): string {
  const shifted = new Date(instant.getTime() + zoneOffsetMinutes(zone, instant) * 60_000);
  return shifted.toISOString().slice(0, 16);
}
