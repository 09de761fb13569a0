/** Timestamps come back as Date (pg) or driver strings (PGlite); everything leaves storage as ISO 8601 UTC. */
export function toIsoInstant(value: string | Date): string {
  return (value instanceof Date ? value : new Date(value)).toISOString()
}
