/** An hour as the pipeline names it: `YYYY-MM-DDTHH`, UTC. */
export type Hour = string;

/** One second, minute, hour and day in milliseconds. */
export const SECOND_MS = 1000;
export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

const HOUR = /^\d{4}-\d{2}-\d{2}T\d{2}$/;

/** Is `hour` a well-formed `YYYY-MM-DDTHH` of a real day? */
export function isHour(hour: string): boolean {
  if (!HOUR.test(hour)) return false;
  const ms = hourStartMs(hour);
  return !Number.isNaN(ms) && hourOfMs(ms) === hour;
}

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
