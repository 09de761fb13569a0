/** The one place where a domain error code becomes a process exit code (BSD sysexits where one fits). */
import type { DomainErrorCode } from '../core/errors.js'

export const EXIT = { ok: 0, failed: 1, usage: 64, dataError: 65, noInput: 66, unavailable: 69, software: 70, noPermission: 77 } as const

export const EXIT_CODE: Record<DomainErrorCode, number> = {
  DEMAND_NOT_FOUND: EXIT.noInput,
  DOCUMENT_NOT_FOUND: EXIT.noInput,
  NOTIFICATION_NOT_FOUND: EXIT.noInput,
  USER_NOT_FOUND: EXIT.noInput,
  INVALID_TRANSITION: EXIT.dataError,
  TWO_PERSON_RULE: EXIT.dataError,
  NOTICE_BARRED: EXIT.dataError,
  MAIL_NOT_CONFIGURED: EXIT.unavailable,
  INVALID_EVENT_PAYLOAD: EXIT.dataError,
  IDEMPOTENCY_CONFLICT: EXIT.dataError,
  VALIDATION_FAILED: EXIT.dataError,
  UNSUPPORTED_DOCUMENT: EXIT.dataError,
  DOCUMENT_TOO_LARGE: EXIT.dataError,
  NOT_AUTHENTICATED: EXIT.noPermission,
  NOT_AUTHORIZED: EXIT.noPermission,
  DATA_DIR_LOCKED: EXIT.unavailable,
  AUDIT_CHAIN_BROKEN: EXIT.failed,
}
