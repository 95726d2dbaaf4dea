// Calendar dates without time zones, as the portal's Rust code uses them
// (chrono::NaiveDate). A date is a whole number of days since 1970-01-01, so
// comparing and adding days is plain arithmetic; the helpers below convert
// from and to FHIR's `YYYY-MM-DD`.
//
// Mirrors `parse_date` and `iso_date` in src/fhir/model.rs and `birthday` and
// `age` in src/access.rs; the access rules and the date shifting depend on
// getting these exactly the same as the app.

const MS_PER_DAY = 86_400_000;

/** The day number of year/month/day, or null when there is no such day. */
export function fromYmd(year, month, day) {
  if (![year, month, day].every(Number.isInteger)) return null;
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 to 1900–1999.
  const t = new Date(0);
  t.setUTCFullYear(year, month - 1, day);
  if (t.getUTCFullYear() !== year || t.getUTCMonth() !== month - 1 || t.getUTCDate() !== day) {
    return null;
  }
  return Math.round(t.getTime() / MS_PER_DAY);
}

/** { year, month, day } of a day number. */
export function toYmd(dayNumber) {
  const t = new Date(dayNumber * MS_PER_DAY);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/**
 * Reads a FHIR `date` or the date part of a `dateTime` ("YYYY-MM-DD…"), as
 * `parse_date` does: exactly four, two and two ASCII digits, a real day.
 */
export function parseDate(text) {
  if (typeof text !== 'string') return null;
  const m = /^([0-9]{4})-([0-9]{2})-([0-9]{2})/.exec(text);
  if (!m) return null;
  return fromYmd(Number(m[1]), Number(m[2]), Number(m[3]));
}

function pad(n, width) {
  // Like Rust's `{:0width}`: the sign counts towards the width.
  return n < 0 ? '-' + String(-n).padStart(width - 1, '0') : String(n).padStart(width, '0');
}

/** A day number as FHIR `YYYY-MM-DD`. */
export function isoDate(dayNumber) {
  const { year, month, day } = toYmd(dayNumber);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Today in the machine's local time zone (the app uses chrono::Local). */
export function localToday(now = new Date()) {
  return fromYmd(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/**
 * The day someone born on `birth` turns `years`. Someone born on 29 February
 * has their birthday on 1 March in common years: the first day on which the
 * full number of years has passed.
 */
export function birthday(birth, years) {
  const { year, month, day } = toYmd(birth);
  return fromYmd(year + years, month, day) ?? fromYmd(year + years, 3, 1);
}

/** Completed years of age on `today`. */
export function age(birth, today) {
  if (today < birth) return 0;
  let years = Math.max(toYmd(today).year - toYmd(birth).year, 0);
  if (years > 0 && birthday(birth, years) > today) years -= 1;
  return years;
}
