/** The one place where a domain error code becomes an HTTP status. */
import type { DomainErrorCode } from '../core/errors.js'

export const HTTP_STATUS: Record<DomainErrorCode, number> = {
  DEMAND_NOT_FOUND: 404,
  DOCUMENT_NOT_FOUND: 404,
  NOTIFICATION_NOT_FOUND: 404,
  USER_NOT_FOUND: 404,
  INVALID_TRANSITION: 409,
  TWO_PERSON_RULE: 409,
  NOTICE_BARRED: 409,
  MAIL_NOT_CONFIGURED: 503,
  IDEMPOTENCY_CONFLICT: 409,
  INVALID_EVENT_PAYLOAD: 400,
  VALIDATION_FAILED: 400,
  UNSUPPORTED_DOCUMENT: 415,
  DOCUMENT_TOO_LARGE: 413,
  NOT_AUTHENTICATED: 401,
  NOT_AUTHORIZED: 403,
  DATA_DIR_LOCKED: 503,
  AUDIT_CHAIN_BROKEN: 500,
}

export const PROBLEM_TITLES: Record<DomainErrorCode, string> = {
  DEMAND_NOT_FOUND: 'Demand not found',
  DOCUMENT_NOT_FOUND: 'Document not found',
  NOTIFICATION_NOT_FOUND: 'Notification not found',
  USER_NOT_FOUND: 'Staff member not found',
  INVALID_TRANSITION: 'This action is not allowed now',
  TWO_PERSON_RULE: 'A second person must approve',
  NOTICE_BARRED: 'The user may not be notified now',
  MAIL_NOT_CONFIGURED: 'Outgoing mail is not configured',
  IDEMPOTENCY_CONFLICT: 'Idempotency key already used',
  INVALID_EVENT_PAYLOAD: 'Invalid event details',
  VALIDATION_FAILED: 'Invalid request',
  UNSUPPORTED_DOCUMENT: 'Unsupported document',
  DOCUMENT_TOO_LARGE: 'Document too large',
  NOT_AUTHENTICATED: 'Sign-in required',
  NOT_AUTHORIZED: 'Not allowed',
  DATA_DIR_LOCKED: 'Data folder in use',
  AUDIT_CHAIN_BROKEN: 'Audit log broken',
}
