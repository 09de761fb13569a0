import { randomBytes } from 'node:crypto'
import { sha256Hex } from '../hashing.js'

/** A session token: 256 random bits for the cookie; only its hash is stored. */
export function newSessionToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url')
  return { token, hash: sha256Hex(token) }
}

/** A readable one-time password for the first administrator (about 120 bits). */
export function newInitialPassword(): string {
  return randomBytes(15).toString('base64url').replace(/[-_]/g, 'x')
}
