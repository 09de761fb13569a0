/**
 * The worker's handler for an `email` job: send one message through the Mailer. The job's key is
 * the mail's delivery key, so the Message-ID of a retry equals the first attempt's.
 */
import { domainError, type DomainError } from '../../core/errors.js'
import { err, ok, type Result } from '../../core/result.js'
import type { Mailer } from '../ports.js'
import type { EmailPayload } from './deliver-reminder.js'

export async function sendEmail(
  deps: { mailer: Mailer },
  job: { key: string; payload: Record<string, unknown> },
): Promise<Result<{ message_id: string }, DomainError>> {
  const { to, subject, text } = job.payload as Partial<EmailPayload>
  if (typeof to !== 'string' || typeof subject !== 'string' || typeof text !== 'string') {
    return err(
      domainError(
        'VALIDATION_FAILED',
        'The e-mail job has no recipient, subject or text; it cannot be sent.',
        { key: job.key },
      ),
    )
  }
  return ok(await deps.mailer.send({ key: job.key, to, subject, text }))
}
