// Dates as the demo data writes them: absolute, relative to the reference
// date 2026-11-01 ("today" in the data), in the Europe/Amsterdam time zone.

export const REFERENCE_DATE = '2026-11-01';
/** Dates before this day belong to the old portal era and are never shifted. */
export const OLD_ERA_BEFORE = '2015-02-24';

const DAY = 86400000;

function utc(date) {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
}

function iso(ms) {
  return new Date(ms).toISOString().slice(0, 10);
}

/** `date` plus `days` (may be negative). */
export function addDays(date, days) {
  return iso(utc(date) + days * DAY);
}

/** `date` plus whole months (day clamped to the month's last day). */
export function addMonths(date, months) {
  const [y, m, d] = date.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = total % 12;
  const last = new Date(Date.UTC(ny, nm + 1, 0)).getUTCDate();
  return iso(Date.UTC(ny, nm, Math.min(d, last)));
}

/** Days from `a` to `b`. */
export function daysBetween(a, b) {
  return Math.round((utc(b) - utc(a)) / DAY);
}

/** Completed years of age on `today`. */
export function ageOn(birthDate, today) {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [ty, tm, td] = today.split('-').map(Number);
  let years = ty - by;
  if (tm < bm || (tm === bm && td < bd)) years -= 1;
  return years;
}

/** Age in (fractional) years, for growth curves. */
export function ageInYears(birthDate, date) {
  return daysBetween(birthDate, date) / 365.25;
}

function lastSunday(year, month /* 1-based */) {
  const last = new Date(Date.UTC(year, month, 0));
  return last.getUTCDate() - last.getUTCDay();
}

/** UTC offset of Europe/Amsterdam at a local wall-clock time: "+01:00" or "+02:00". */
export function amsterdamOffset(date, time = '12:00') {
  const [y, m, d] = date.split('-').map(Number);
  const hour = Number(time.slice(0, 2));
  const summer = (() => {
    if (m < 3 || m > 10) return false;
    if (m > 3 && m < 10) return true;
    const switchDay = lastSunday(y, m);
    if (m === 3) return d > switchDay || (d === switchDay && hour >= 2);
    return d < switchDay || (d === switchDay && hour < 3);
  })();
  return summer ? '+02:00' : '+01:00';
}

/**
 * A FHIR instant/dateTime from "YYYY-MM-DD HH:MM" (or "YYYY-MM-DD" plus a
 * default time), with the Amsterdam offset: "2026-11-12T09:30:00+01:00".
 */
export function instant(text, defaultTime = '10:00') {
  const [date, time = defaultTime] = String(text).trim().split(/[ T]+/);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) {
    throw new Error(`bad date/time "${text}" (expected "YYYY-MM-DD" or "YYYY-MM-DD HH:MM")`);
  }
  return `${date}T${time}:00${amsterdamOffset(date, time)}`;
}

/** The date part of "YYYY-MM-DD HH:MM". */
export function dateOf(text) {
  return String(text).trim().slice(0, 10);
}

/** "HH:MM" plus minutes, on the same day (demo appointments never pass midnight). */
export function addMinutes(date, time, minutes) {
  const [h, m] = time.split(':').map(Number);
  const total = h * 60 + m + minutes;
  if (total >= 24 * 60) throw new Error(`appointment on ${date} ${time} runs past midnight`);
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/**
 * `count` dates from `from` to `to`, evenly spread, each moved by up to
 * `jitter` days (seeded), never on a Saturday or Sunday.
 */
export function spread(rng, from, to, count, jitter = 0) {
  const span = daysBetween(from, to);
  const out = [];
  for (let i = 0; i < count; i++) {
    const base = count === 1 ? 0 : Math.round((span * i) / (count - 1));
    let off = base + (jitter && i > 0 && i < count - 1 ? rng.int(-jitter, jitter) : 0);
    let date = addDays(from, off);
    const dow = new Date(utc(date)).getUTCDay();
    if (dow === 6) date = addDays(date, i === count - 1 ? -1 : 2);
    if (dow === 0) date = addDays(date, i === count - 1 ? -2 : 1);
    out.push(date);
  }
  return out;
}

/** A clock time between `from` and `to` ("HH:MM"), on a quarter hour. */
export function clock(rng, from = '08:30', to = '16:30') {
  const toMin = (t) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3));
  const q = rng.int(0, Math.floor((toMin(to) - toMin(from)) / 15));
  const total = toMin(from) + q * 15;
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}
