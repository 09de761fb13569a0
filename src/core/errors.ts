/**
 * Domain error codes. Every expected failure in Custodian has one; src/server/error-map.ts and
 * src/cli/exit-codes.ts map each code to an HTTP status and a CLI exit code in one table each.
 */
export const DOMAIN_ERROR_CODES = [
  'DEMAND_NOT_FOUND',
  'DOCUMENT_NOT_FOUND',
  'NOTIFICATION_NOT_FOUND',
  'INVALID_TRANSITION',
  'TWO_PERSON_RULE',
  'NOTICE_BARRED',
  'MAIL_NOT_CONFIGURED',
  'INVALID_EVENT_PAYLOAD',
  'IDEMPOTENCY_CONFLICT',
  'VALIDATION_FAILED',
  'UNSUPPORTED_DOCUMENT',
  'DOCUMENT_TOO_LARGE',
  'NOT_AUTHENTICATED',
  'NOT_AUTHORIZED',
  'USER_NOT_FOUND',
  'DATA_DIR_LOCKED',
  'AUDIT_CHAIN_BROKEN',
] as const

export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number]

export type DomainError = {
  code: DomainErrorCode
  /** A sentence a legal-ops user can act on. */
  message: string
  /** Structured facts for API clients, e.g. `{ state, event }` for INVALID_TRANSITION. */
  details?: Record<string, unknown>
}

export function domainError(
  code: DomainErrorCode,
  message: string,
  details?: Record<string, unknown>,
): DomainError {
  return details ? { code, message, details } : { code, message }
}
