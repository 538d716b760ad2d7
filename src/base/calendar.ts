// Calendar dates (YYYY-MM-DD), as the conversation, the plan and the record use them. "Today" is the date on
// the wall where the guide runs, not in UTC: between midnight and 1 am in British Summer Time, UTC is still
// on yesterday, and night shifts are exactly when some of these conversations happen.

/** True when `value` is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** The local calendar date of `now` (the device's time zone), as YYYY-MM-DD. */
export function localDate(now: Date = new Date()): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The calendar date `days` days and `months` months after `isoDate`, as YYYY-MM-DD. The sums are done on a
 * date at UTC midnight, where no clock change can shift a day. A date that is not one counts from today.
 */
export function addDays(isoDate: string, days: number, months = 0): string {
  const date = new Date(`${isIsoDate(isoDate) ? isoDate : localDate()}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + months, date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
