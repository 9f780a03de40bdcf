import type { Hour } from "./keys";

/** One hour in milliseconds. */
export const HOUR_MS = 3_600_000;

/** The hour an instant falls in, as `YYYY-MM-DDTHH`. */
export function hourOfMs(ms: number): Hour {
  return new Date(ms).toISOString().slice(0, 13);
}

/** The first millisecond of an hour. */
export function hourStartMs(hour: Hour): number {
  return Date.parse(`${hour}:00:00Z`);
}

/** Every hour from `first` to `last`, both included, oldest first. */
export function hoursFrom(first: Hour, last: Hour): Hour[] {
  const hours: Hour[] = [];
  for (let ms = hourStartMs(first); ms <= hourStartMs(last); ms += HOUR_MS) hours.push(hourOfMs(ms));
  return hours;
}
