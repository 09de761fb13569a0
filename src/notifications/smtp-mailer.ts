/**
 * Mailer over SMTP with nodemailer. The Message-ID is derived from the delivery key, so a message
 * sent again after a crash (the residual at-least-once window, docs/adr/0006-durable-jobs.md)
 * carries the same Message-ID as the first: mail clients and filters can fold the two, and an
 * audit can tell a retry from a second message.
 *
 * Timeouts are short and bounded on purpose: the worker's lease must outlast a send, or another
 * worker would take the job over while this one is still talking to the server.
 */
import { createHash } from 'node:crypto'
import nodemailer from 'nodemailer'
import type { Mailer } from '../app/ports.js'

export type SmtpMailerOptions = {
  /** smtp://user:password@host:port or smtps://... (credentials included). */
  url: string
  /** The From header, e.g. "Custodian <legal@example.org>". */
  from: string
  /** Right-hand side of Message-IDs; defaults to the domain of `from`. */
  messageIdDomain?: string
}

/** Upper bound of one send, for sizing the worker's lease (connection + greeting + socket idle). */
export const SMTP_SEND_BUDGET_MS = 15_000 + 15_000 + 60_000

export type SmtpMailer = Mailer & { close(): void }

export function messageIdFor(key: string, domain: string): string {
  // Hashed: keys name demands and users, which have no business in a header other systems keep.
  return `<${createHash('sha256').update(key).digest('hex').slice(0, 40)}@${domain}>`
}

export function domainOf(address: string): string {
  const match = /@([^>\s]+)>?\s*$/.exec(address)
  return match?.[1]?.toLowerCase() ?? 'custodian.invalid'
}

export function createSmtpMailer(options: SmtpMailerOptions): SmtpMailer {
  const domain = options.messageIdDomain ?? domainOf(options.from)
  const transport = nodemailer.createTransport({
    url: options.url,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
  })
  return {
    async send(mail) {
      const messageId = messageIdFor(mail.key, domain)
      const info = await transport.sendMail({
        from: options.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        ...(mail.html ? { html: mail.html } : {}),
        messageId,
        attachments: (mail.attachments ?? []).map((a) => ({
          filename: a.filename,
          content: Buffer.from(a.content),
          ...(a.content_type ? { contentType: a.content_type } : {}),
        })),
      })
      return { message_id: info.messageId || messageId }
    },
    close() {
      transport.close()
    },
  }
}
