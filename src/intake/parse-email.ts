/**
 * Takes a raw message apart with mailparser into the plain IncomingEmail the use case works on.
 * Never throws: mailparser forgives almost anything and quietly drops what it cannot place, so
 * the structure is also checked here and every problem becomes a note a legal reader can act on.
 * Whatever happens, the raw message goes on unchanged, to be kept whole.
 */
import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser'
import { readMessageId } from '../app/intake/email-identity.js'
import type { IncomingEmail } from '../app/intake/receive-email.js'

export type MessageMeta = {
  /** Where the message was found, for the notes: `INBOX, UID 42`. */
  origin: string
  /** IMAP INTERNALDATE: when the mailbox received it. */
  received_at: Date | null
}

/** HTML past this size is not converted to text (the message is still kept); it would stall the poller. */
const MAX_HTML_TO_TEXT = 5_000_000

export async function parseEmail(raw: Buffer, meta: MessageMeta): Promise<IncomingEmail> {
  const base: IncomingEmail = {
    raw,
    message_id: readMessageId(raw),
    from_address: null,
    from_name: null,
    to: null,
    subject: null,
    sent_at: null,
    received_at: validIso(meta.received_at),
    text: null,
    html: null,
    attachments: [],
    problems: [],
    origin: meta.origin,
  }
  let mail: ParsedMail
  try {
    mail = await simpleParser(raw, {
      skipImageLinks: true,
      skipTextToHtml: true,
      skipTextLinks: true,
      maxHtmlLengthToParse: MAX_HTML_TO_TEXT,
    })
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return {
      ...base,
      problems: [
        `The e-mail (${meta.origin}) could not be taken apart (${reason}). It is kept whole as the .eml document: open it to read the body and attachments.`,
      ],
    }
  }

  const from = firstAddress(mail.from)
  const problems = structureProblems(raw, mail)
  const attachments = mail.attachments
    // Inline images (logos, signatures) stay inside the .eml; a served document is an attachment.
    .filter((a) => !(a.related && a.contentDisposition !== 'attachment'))
    .map((a) => ({
      filename: a.filename ?? null,
      media_type: (a.contentType || 'application/octet-stream').toLowerCase(),
      content: new Uint8Array(a.content),
    }))
  const text = mail.text?.trim() ? mail.text : null
  // mailparser converts only a top-level HTML body to text; any other is left to the DocumentReader.
  const html = !text && typeof mail.html === 'string' && mail.html.trim() ? mail.html : null
  if (!text && !html && attachments.length === 0) {
    problems.push(
      'No body text and no attachment could be found in the message; open the .eml document to see what was sent.',
    )
  }
  return {
    ...base,
    from_address: from?.address ?? null,
    from_name: from?.name || null,
    to: addressText(mail.to),
    subject: mail.subject?.trim() || null,
    sent_at: validIso(mail.date ?? null),
    text,
    html,
    attachments,
    problems,
  }
}

/** The checks mailparser does not make: a multipart message whose parts cannot all be found. */
function structureProblems(raw: Buffer, mail: ParsedMail): string[] {
  const contentType = mail.headers.get('content-type')
  if (
    !contentType ||
    typeof contentType !== 'object' ||
    !('value' in contentType) ||
    !('params' in contentType)
  )
    return []
  const value = String(contentType.value).toLowerCase()
  if (!value.startsWith('multipart/')) return []
  const params = contentType.params as Record<string, string | undefined>
  const boundary = params.boundary
  if (!boundary) {
    return [
      `The message says it is ${value} but names no boundary, so its parts (body, attachments) could not be separated. It is kept whole as the .eml document; open it to read what was sent.`,
    ]
  }
  const source = raw.toString('latin1')
  if (!source.includes(`--${boundary}`)) {
    return [
      `The message says it is ${value} but none of its parts can be found. It is kept whole as the .eml document; open it to read what was sent.`,
    ]
  }
  if (!source.includes(`--${boundary}--`)) {
    return [
      'The message is cut short: its last part never ends, so an attachment may be incomplete. It is kept whole as the .eml document; ask the sender to send it again if a document is missing or unreadable.',
    ]
  }
  return []
}

function firstAddress(
  value: AddressObject | AddressObject[] | undefined,
): { address: string; name: string } | null {
  for (const group of Array.isArray(value) ? value : value ? [value] : []) {
    for (const entry of group.value) {
      if (entry.address) return { address: entry.address, name: entry.name }
      for (const member of entry.group ?? [])
        if (member.address) return { address: member.address, name: member.name }
    }
  }
  return null
}

function addressText(value: AddressObject | AddressObject[] | undefined): string | null {
  const text = (Array.isArray(value) ? value : value ? [value] : []).map((a) => a.text).join(', ')
  return text || null
}

function validIso(date: Date | null): string | null {
  return date && !Number.isNaN(date.getTime()) ? date.toISOString() : null
}
