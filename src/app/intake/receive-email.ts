/**
 * Receive a demand that arrived by e-mail. The message is kept whole (.eml, message/rfc822) with
 * its body as the text; each attachment is kept and read through the DocumentReader; the fields
 * are read from the message and its attachments together (kept as a reading, with passages); the
 * sender's domain is recorded as a rule fact; everything is committed in one transaction.
 *
 * Exactly once: the demand is keyed `email:<Message-ID>` (or the SHA-256 of the raw message when
 * it has no Message-ID), and the key is UNIQUE in the database. A second poll, a restart, a copy
 * of the message in another folder or a second delivery with other Received headers all find the
 * demand already there and create nothing.
 */
import { demandFieldsSchema, isoInstantSchema } from '../../core/demand/schema.js'
import type { DomainError } from '../../core/errors.js'
import { ok, type Result } from '../../core/result.js'
import { EVENT_PAYLOAD_SCHEMAS, type DemandEvent } from '../../core/workflow/index.js'
import { sha256Hex } from '../hashing.js'
import type { Clock, DemandRecord, DemandStore, DocumentReader, Ids, NewDocument } from '../ports.js'
import { readDemandFields } from '../demands/read-demand-fields.js'
import { validate } from '../validation.js'
import { emailDomain, emailIdempotencyKey } from './email-identity.js'

/** A message as the mail adapter parsed it. Plain data: the use case knows nothing of IMAP or MIME. */
export type IncomingEmail = {
  /** The message exactly as the mailbox holds it; kept whole, and hashed when there is no Message-ID. */
  raw: Uint8Array
  message_id: string | null
  from_address: string | null
  from_name: string | null
  to: string | null
  subject: string | null
  /** The Date header, as the sender wrote it. */
  sent_at: string | null
  /** When the mailbox received it (IMAP INTERNALDATE): the time of service. */
  received_at: string | null
  /** Body text (plain, or converted from HTML); null when the body could not be read. */
  text: string | null
  /** The HTML body when no text could be had from it: read through the DocumentReader. */
  html?: string | null
  attachments: { filename: string | null; media_type: string; content: Uint8Array }[]
  /** What went wrong taking the message apart (broken MIME, over the size limit...), for the reader of the demand. */
  problems: string[]
  /** Where it was found, for the notes: `INBOX, UID 42`. */
  origin: string
  /**
   * Set when `raw` holds only the header block because the message was over the size limit: the
   * whole message's size and SHA-256 (which still keys a message without Message-ID).
   */
  partial?: { size: number; sha256: string } | null
}

export type ReceiveEmailDeps = { store: DemandStore; clock: Clock; ids: Ids; reader: DocumentReader }

export type ReceiveEmailResult = { record: DemandRecord; created: boolean; idempotency_key: string }

/** Placeholder values until the demand has been read: the queue shows them as such. */
const UNREAD_FIELDS = {
  instrument_type: 'other',
  issuing_authority: { name: 'Not yet identified', kind: 'other', jurisdiction: null },
}

/** The body is kept whole in the .eml; the text beside it is for reading and search, so it has a ceiling. */
const MAX_BODY_TEXT = 1_000_000
const ACTOR = 'system'

export async function receiveEmail(
  deps: ReceiveEmailDeps,
  email: IncomingEmail,
): Promise<Result<ReceiveEmailResult, DomainError>> {
  const rawSha256 = email.partial?.sha256 ?? sha256Hex(email.raw)
  const key = emailIdempotencyKey(email.message_id, rawSha256)
  const existing = await deps.store.findByIdempotencyKey(key)
  if (existing) return ok({ record: existing, created: false, idempotency_key: key })

  const now = deps.clock.now().toISOString()
  const receivedAt =
    email.received_at && isoInstantSchema.safeParse(email.received_at).success ? email.received_at : now
  const notes = [...email.problems]
  if (!email.message_id) {
    notes.push(
      `The message has no Message-ID header; Custodian recognises it by its SHA-256 (${rawSha256}) so that it is taken in only once.`,
    )
  }

  let body = email.text
  if (!body && email.html) {
    const read = await deps.reader.read(new TextEncoder().encode(email.html), 'body.html')
    if (read.ok) body = read.value.text
    else
      notes.push(
        `The message body is HTML that could not be turned into text (${read.error.message}); open the .eml document to read it.`,
      )
  }
  const documents: NewDocument[] = [emlDocument(deps, { ...email, text: body }, rawSha256, notes)]
  for (const [index, attachment] of email.attachments.entries()) {
    const filename = attachmentName(attachment.filename, attachment.media_type, index)
    const read = await deps.reader.read(attachment.content, filename)
    if (!read.ok)
      notes.push(`The attachment "${filename}" was kept but could not be read: ${read.error.message}`)
    documents.push({
      id: deps.ids.uuid(),
      filename,
      media_type: read.ok ? read.value.media_type : attachment.media_type,
      content: attachment.content,
      sha256: sha256Hex(attachment.content),
      text: read.ok ? read.value.text : null,
    })
  }

  // The message and its attachments are read together: a covering e-mail often names the sender and the deadline, the attachment the rest.
  const texts = documents.flatMap((d) => (d.text ? [{ document_id: d.id, text: d.text }] : []))
  const { read, notes: readNotes } = await readDemandFields(deps.reader, texts, 'the message and its attachments')
  notes.push(...readNotes)
  const fields = validate(demandFieldsSchema, { ...(read?.fields ?? UNREAD_FIELDS), summary: summaryOf(email) }, 'demand')
  if (!fields.ok) return fields
  const events: DemandEvent[] = [
    {
      type: 'demand_received',
      payload: { fields: fields.value, channel: 'email' },
      occurred_at: receivedAt,
      actor: ACTOR,
    },
    ...documents.map((d): DemandEvent => ({
      type: 'document_attached',
      payload: { document_id: d.id, filename: d.filename, sha256: d.sha256 },
      occurred_at: receivedAt,
      actor: ACTOR,
    })),
  ]
  if (read) events.push({ type: 'fields_read', payload: read.reading, occurred_at: now, actor: ACTOR })
  const domain = emailDomain(email.from_address)
  if (domain) {
    const payload = validate(
      EVENT_PAYLOAD_SCHEMAS.facts_recorded,
      {
        facts: { sender_email_domain: domain },
        // The From header is written by the sender: a rule may weigh it, but it proves nothing alone.
        note: `Taken from the From header (${email.from_address}); the sender controls that header, so verify the sender through a known channel.`,
      },
      'sender facts',
    )
    if (payload.ok)
      events.push({ type: 'facts_recorded', payload: payload.value, occurred_at: now, actor: ACTOR })
    else
      notes.push(`The sender's domain "${domain}" could not be recorded as a fact: ${payload.error.message}`)
  } else {
    notes.push(
      `The sender's address could not be read from the From header${email.from_address ? ` ("${email.from_address}")` : ''}; identify the sender from the message.`,
    )
  }
  for (const text of notes)
    events.push({
      type: 'note_added',
      payload: { text: text.slice(0, 20000) },
      occurred_at: now,
      actor: ACTOR,
    })

  try {
    const committed = await deps.store.commit({
      demandId: deps.ids.uuid(),
      // The raw message's hash as the request hash: the same bytes from another folder are visibly the same request.
      create: { idempotency_key: key, request_hash: rawSha256 },
      events,
      documents,
      recordedAt: now,
    })
    if (!committed.ok) return committed
    return ok({ record: committed.value, created: true, idempotency_key: key })
  } catch (error) {
    // Two pollers (two processes, two folders) can race past the check above; the UNIQUE key lets
    // one win and the other fail here. Losing that race means the message is already taken.
    const winner = await deps.store.findByIdempotencyKey(key)
    if (winner) return ok({ record: winner, created: false, idempotency_key: key })
    throw error
  }
}

function emlDocument(
  deps: ReceiveEmailDeps,
  email: IncomingEmail,
  rawSha256: string,
  notes: string[],
): NewDocument {
  if (email.partial) {
    const headers = new TextDecoder('utf-8').decode(email.raw)
    const name = emlName(email).replace(/\.eml$/, '.headers.txt')
    return {
      id: deps.ids.uuid(),
      filename: name,
      media_type: 'text/plain',
      content: email.raw,
      sha256: sha256Hex(email.raw),
      text: headers,
    }
  }
  const sha256 = rawSha256
  const header = [
    email.from_address
      ? `From: ${email.from_name ? `${email.from_name} <${email.from_address}>` : email.from_address}`
      : null,
    email.to ? `To: ${email.to}` : null,
    // "Sent", not "Date": the sending time is weaker evidence of the issue date than a letter's own date.
    email.sent_at ? `Sent: ${email.sent_at}` : null,
    email.subject ? `Subject: ${email.subject}` : null,
  ].filter((l): l is string => l !== null)
  let body = email.text?.replace(/\s+$/, '') ?? null
  if (body !== null && body.length > MAX_BODY_TEXT) {
    body = body.slice(0, MAX_BODY_TEXT)
    notes.push(
      `The body text was cut at ${MAX_BODY_TEXT} characters for reading; the message itself is kept whole.`,
    )
  }
  const text = body === null && header.length === 0 ? null : `${header.join('\n')}\n\n${body ?? ''}`.trim()
  return {
    id: deps.ids.uuid(),
    filename: emlName(email),
    media_type: 'message/rfc822',
    content: email.raw,
    sha256,
    text,
  }
}

function emlName(email: IncomingEmail): string {
  const subject = (email.subject ?? '')
    .replace(/[^\p{L}\p{N} ._-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80)
  return `${subject || 'message'}.eml`
}

const EXTENSIONS: Record<string, string> = {
  'application/pdf': '.pdf',
  'text/plain': '.txt',
  'message/rfc822': '.eml',
  'image/png': '.png',
  'image/jpeg': '.jpg',
  'image/tiff': '.tif',
}

function attachmentName(filename: string | null, mediaType: string, index: number): string {
  // Strip any path a hostile sender put in the name; the document_attached event caps names at 500.
  const base =
    (filename ?? '')
      .split(/[\\/]/)
      .pop()
      ?.replace(/\p{Cc}/gu, '')
      .trim()
      .slice(-200) ?? ''
  return base || `attachment-${index + 1}${EXTENSIONS[mediaType.toLowerCase()] ?? ''}`
}

function summaryOf(email: IncomingEmail): string | null {
  const subject = email.subject?.trim()
  return subject ? `E-mail: ${subject}`.slice(0, 10000) : null
}
