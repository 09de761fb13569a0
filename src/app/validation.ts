/** Turns a zod failure into a VALIDATION_FAILED domain error that names each bad field. */
import type { z } from 'zod'
import { domainError, type DomainError } from '../core/errors.js'
import { err, ok, type Result } from '../core/result.js'

export function validate<S extends z.ZodType>(schema: S, input: unknown, what: string): Result<z.output<S>, DomainError> {
  const parsed = schema.safeParse(input)
  if (parsed.success) return ok(parsed.data)
  const problems = parsed.error.issues.map((i) => ({ field: i.path.join('.') || '(root)', message: i.message }))
  const first = problems[0]
  return err(
    domainError(
      'VALIDATION_FAILED',
      `The ${what} is not valid: ${first ? `${first.field}: ${first.message}` : 'unknown problem'}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''}.`,
      { problems },
    ),
  )
}
