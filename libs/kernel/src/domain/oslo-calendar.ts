/** Calendar days are Norwegian days: a dispensing at 00:30 Oslo time belongs to that Oslo date. */
export const OSLO_TIME_ZONE = 'Europe/Oslo';

const osloDateFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: OSLO_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The `YYYY-MM-DD` date in Europe/Oslo on which `instant` falls. */
export function osloDate(instant: Date): string {
  return osloDateFormat.format(instant);
}
