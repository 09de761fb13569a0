/** argon2id with the OWASP-recommended minimum cost (m=19 MiB, t=2, p=1). */
import { hash, verify } from '@node-rs/argon2'
import type { PasswordHasher } from '../app/ports.js'

const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const

export function createPasswordHasher(): PasswordHasher {
  return {
    hash: (password) => hash(password, OPTIONS),
    verify: async (stored, password) => {
      try {
        return await verify(stored, password)
      } catch {
        return false
      }
    },
  }
}
