import { customType } from 'drizzle-orm/pg-core'

/** PostgreSQL bytea as a Uint8Array on both drivers (pg returns Buffer, PGlite Uint8Array). */
export const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => new Uint8Array(value),
})
