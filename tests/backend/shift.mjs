// Moves the demo data to today, exactly as the app's demo mode does
// (src/demo/shift.rs), so that the portal shows the same ages, authorizations
// and appointments in demo mode and against this backend.
//
// The bundles are written as if today were their reference date
// (manifest.json). At load every date moves by the days between the
// reference date and today. Two exceptions:
//  - dates before 24 February 2015 stay put: they are the old portal's notes
//    (tab "Behandelafspraken") and must stay before that day;
//  - a `birthDate` keeps its distance to the birthday nearest the reference
//    date, so "turned 16 twenty days ago" and "turns 18 in 25 days" stay exact
//    whatever leap days lie between.

import { age, birthday, fromYmd, isoDate, parseDate, toYmd } from './calendar.mjs';

/** The first day of the current portal; older notes are never shifted. */
export const OLD_PORTAL_END = fromYmd(2015, 2, 24);

/** Shifts every date in `value` (recursively, in place) from `reference` to `today`; returns `value`. */
export function shiftValue(value, reference, today) {
  const delta = today - reference;
  return walk(value, null, reference, today, delta);
}

function walk(value, key, reference, today, delta) {
  if (Array.isArray(value)) {
    // List items are judged by the key of the list ("birthDate": [...] would count).
    for (let i = 0; i < value.length; i += 1) {
      value[i] = walk(value[i], key, reference, today, delta);
    }
    return value;
  }
  if (value !== null && typeof value === 'object') {
    for (const k of Object.keys(value)) {
      value[k] = walk(value[k], k, reference, today, delta);
    }
    return value;
  }
  if (typeof value === 'string') {
    if (key === 'birthDate') {
      // A birth date that is not a full date is left alone (not shifted by delta either).
      const birth = fullDate(value);
      return birth === null ? value : isoDate(anchorBirth(birth, reference, today));
    }
    return shiftText(value, delta) ?? value;
  }
  return value;
}

function fullDate(text) {
  return text.length === 10 ? parseDate(text) : null;
}

const TIME_SUFFIX = /^T[0-9]{2}:[0-9]{2}[0-9:.+\-Z]*$/;

/**
 * Shifts a FHIR `date` or `dateTime` string by `delta` days, keeping the time
 * and zone as written; null when it is not one or is too old to move.
 */
export function shiftText(text, delta) {
  if (typeof text !== 'string' || text.length < 10) return null;
  const rest = text.slice(10);
  if (!(rest === '' || TIME_SUFFIX.test(rest))) return null;
  const date = parseDate(text.slice(0, 10));
  if (date === null || date < OLD_PORTAL_END) return null;
  return isoDate(date + delta) + rest;
}

/**
 * The birth date that stands to `today` as `birth` stood to `reference`,
 * measured from the nearest birthday.
 */
export function anchorBirth(birth, reference, today) {
  let years = age(birth, reference);
  const last = birthday(birth, years);
  const next = birthday(birth, years + 1);
  let anniversary;
  if (reference - last <= next - reference) {
    anniversary = today - (reference - last);
  } else {
    years += 1;
    anniversary = today + (next - reference);
  }
  const { year, month, day } = toYmd(anniversary);
  return fromYmd(year - years, month, day) ?? fromYmd(year - years, 2, 28) ?? birth;
}
