/**
 * Connecting to the legal mailbox and downloading a message, with the limits that keep a hostile
 * or broken server from exhausting memory: no literal larger than the message limit is accepted,
 * and a message over it is only ever read in chunks (to hash it), never held whole.
 */
import { createHash } from 'node:crypto'
import { ImapFlow } from 'imapflow'

export type ImapTls = 'implicit' | 'starttls' | 'none'

export type ImapConnection = {
  host: string
  /** Default 993 with implicit TLS, 143 otherwise. */
  port?: number
  /**
   * `implicit` (IMAPS, the default), `starttls` (required: refuses a server that does not offer it),
   * or `none`, which sends the password in clear and is meant for a server on the same machine.
   */
  tls?: ImapTls
  /** Accept a certificate no trusted authority signed (a self-signed internal server). Default false. */
  allowUntrustedCertificate?: boolean
  user: string
  password: string
  /** Give up connecting after this long (default 30 s). */
  connectionTimeoutMs?: number
}

/** Large enough to keep the number of round trips low, small enough to hold in memory at once. */
const HASH_CHUNK = 4 * 1024 * 1024

export function openClient(
  options: ImapConnection,
  maxMessageBytes: number,
  log: { warn(message: string): void },
): ImapFlow {
  const tls = options.tls ?? 'implicit'
  const client = new ImapFlow({
    host: options.host,
    port: options.port ?? (tls === 'implicit' ? 993 : 143),
    secure: tls === 'implicit',
    // STARTTLS is either required or refused: never "if offered", which an attacker can strip.
    doSTARTTLS: tls === 'starttls' ? true : tls === 'none' ? false : undefined,
    tls: { rejectUnauthorized: !options.allowUntrustedCertificate },
    auth: { user: options.user, pass: options.password },
    logger: false,
    disableAutoIdle: true,
    connectionTimeout: options.connectionTimeoutMs ?? 30_000,
    greetingTimeout: options.connectionTimeoutMs ?? 30_000,
    maxLiteralSize: Math.max(maxMessageBytes, HASH_CHUNK) + 1024 * 1024,
    clientInfo: { name: 'Custodian' },
  })
  // ImapFlow reports a dropped connection as an 'error' event; unheard, it would end the process.
  client.on('error', (error: Error) => log.warn(`Mail intake: the IMAP connection failed: ${error.message}`))
  return client
}

/** The message exactly as stored (BODY.PEEK[], so \Seen is left alone), or null if it was expunged. */
export async function fetchSource(client: ImapFlow, uid: number): Promise<Buffer | null> {
  const message = await client.fetchOne(String(uid), { uid: true, source: true }, { uid: true })
  return message && message.source ? message.source : null
}

/** SHA-256 of a message too large to hold, read in chunks. */
export async function hashSource(client: ImapFlow, uid: number, size: number): Promise<string> {
  const hash = createHash('sha256')
  for (let start = 0; start < size; start += HASH_CHUNK) {
    const part = await client.fetchOne(
      String(uid),
      { uid: true, source: { start, maxLength: HASH_CHUNK } },
      { uid: true },
    )
    const chunk = part && part.source ? part.source : null
    if (!chunk || chunk.length === 0) break
    hash.update(chunk)
    if (chunk.length < HASH_CHUNK) break
  }
  return hash.digest('hex')
}
