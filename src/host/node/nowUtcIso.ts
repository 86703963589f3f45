/** The current time in UTC as ISO 8601 with milliseconds (`2026-11-25T12:00:00.000Z`). */
export function nowUtcIso(): string {
  return new Date().toISOString();
}
