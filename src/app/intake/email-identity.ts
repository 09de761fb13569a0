/**
 * How Custodian recognises an e-mail it has already taken in, whatever folder, poll or process
 * saw it: by its Message-ID header, or by the SHA-256 of the raw message when it has none. The
 * same functions serve the poller (to skip a message before downloading it) and the use case (to
 * key the demand), so the two can never disagree.
 */
import { sha256Hex } from '../hashing.js'

/** Past this length a Message-ID is keyed by its hash: a unique index cannot hold arbitrarily long text. */
const MAX_KEYED_MESSAGE_ID = 400

/**
 * The Message-ID of a raw message (or of its header lines only), without angle brackets, or null
 * when there is none. Read from the bytes rather than from a MIME parser so that a message whose
 * body is broken is still recognised by the header it does have.
 */
export function readMessageId(raw: Uint8Array | string): string | null {
  const text = typeof raw === 'string' ? raw : new TextDecoder('latin1').decode(headerBlock(raw))
  const end = text.search(/\r?\n\r?\n/)
  const header = (end === -1 ? text : text.slice(0, end)).replace(/\r?\n[ \t]+/g, ' ')
  for (const line of header.split(/\r?\n/)) {
    const match = /^message-id[ \t]*:(.*)$/i.exec(line)
    if (!match) continue
    return normalizeMessageId(match[1] ?? '')
  }
  return null
}

/** `<abc@example.gov>` and ` abc@example.gov ` are the same id; whitespace-only is none. */
export function normalizeMessageId(value: string): string | null {
  const bracketed = /<([^<>]*)>/.exec(value)
  // Folding can leave spaces inside a long id; an id never contains whitespace of its own.
  const id = (bracketed ? bracketed[1]! : value).replace(/\s+/g, '')
  return id || null
}

/** `email:<Message-ID>`, or `email:sha256:<hash of the raw message>` for a message without one. */
export function emailIdempotencyKey(messageId: string | null, rawSha256: string): string {
  return messageId ? messageIdKey(messageId) : `email:sha256:${rawSha256}`
}

/** The key of a message known by its Message-ID, before its body is downloaded. */
export function messageIdKey(messageId: string): string {
  return messageId.length > MAX_KEYED_MESSAGE_ID
    ? `email:message-id-sha256:${sha256Hex(messageId)}`
    : `email:${messageId}`
}

/** The domain of an address such as `Agent Smith <a.smith@FBI.gov.>`: `fbi.gov`, or null. */
export function emailDomain(address: string | null | undefined): string | null {
  if (!address) return null
  const at = address.lastIndexOf('@')
  if (at === -1) return null
  const domain = address
    .slice(at + 1)
    .replace(/[>\s].*$/, '')
    .replace(/\.+$/, '')
    .toLowerCase()
  // Internationalised domains arrive as UTF-8 or punycode; only refuse what cannot be a domain at all.
  return /^[^\s@<>()[\],;:"\\]+$/.test(domain) && domain.includes('.') ? domain : null
}

/** Only the header block is needed; decoding a whole 25 MB message to find one line would be waste. */
function headerBlock(raw: Uint8Array): Uint8Array {
  for (let i = 0; i + 1 < raw.length; i++) {
    if (raw[i] === 10 && (raw[i + 1] === 10 || (raw[i + 1] === 13 && raw[i + 2] === 10)))
      return raw.subarray(0, i + 1)
  }
  return raw
}
