/**
 * The legal mailbox, polled over IMAP: every message in it becomes a demand, exactly once.
 *
 * Exactly-once rests on the database, never on the mailbox: each message is keyed by its
 * Message-ID (or the SHA-256 of its bytes) and the key is UNIQUE on the demand, so a second poll,
 * a restart, a second poller or a copy in another folder creates nothing. The `$Custodian-Received`
 * keyword set after success only spares the next poll the work; \Seen is never read, because a
 * clerk reading the mailbox in a mail client sets it.
 *
 * Hostile mail must not stall intake: a message over the size limit is recorded from its headers,
 * a broken one is kept whole with notes (see parse-email.ts), and one that keeps failing is
 * recorded as it is after `maxAttempts` tries, or set aside for SKIP_POLLS polls if even that
 * fails (then the database is the likelier culprit). A lost connection counts against no message.
 */
import type { ImapFlow } from 'imapflow'
import { messageIdKey, readMessageId } from '../app/intake/email-identity.js'
import {
  receiveEmail,
  type IncomingEmail,
  type ReceiveEmailDeps,
  type ReceiveEmailResult,
} from '../app/intake/receive-email.js'
import type { DomainError } from '../core/errors.js'
import type { Result } from '../core/result.js'
import { fetchSource, hashSource, openClient, type ImapConnection } from './imap-connection.js'
import { parseEmail } from './parse-email.js'

export type ImapPollerOptions = ImapConnection & {
  /** Folder to take demands from (default INBOX). */
  mailbox?: string
  /** Pause between two polls (default one minute). */
  intervalMs?: number
  /** Larger messages are recorded from their headers only and left in the mailbox (default 25 MB). */
  maxMessageBytes?: number
  /** Tries before a failing message is recorded as it is (default 3). */
  maxAttempts?: number
  /** IMAP keyword set on a message once its demand is committed. */
  receivedKeyword?: string
}

export type PollerLog = {
  info(message: string): void
  warn(message: string): void
  error(message: string): void
}

export type PollReport = {
  /** Messages without the received keyword that this poll looked at. */
  found: number
  created: number
  already_taken: number
  /** Failed this time, to be tried again at the next poll. */
  failed: number
  /** Failed `maxAttempts` times and recorded as they are, without their attachments read. */
  recorded_as_failed: number
  /** Could not even be recorded; left alone for the next polls (see SKIP_POLLS), then tried afresh. */
  skipped: number
}

export type ImapPoller = {
  /** One poll now; resolves with what it did, rejects if the mailbox could not be reached. */
  pollOnce(): Promise<PollReport>
  /** Poll now and then every `intervalMs` until stop(). */
  start(): void
  /** Stop polling; resolves once a poll in progress has finished. */
  stop(): Promise<void>
}

export const RECEIVED_KEYWORD = '$Custodian-Received'
const DEFAULTS = { mailbox: 'INBOX', intervalMs: 60_000, maxMessageBytes: 25 * 1024 * 1024, maxAttempts: 3 }
const silent: PollerLog = { info() {}, warn() {}, error() {} }
/**
 * A message that could not even be recorded waits this many polls before it is tried again: the
 * cause is then more likely the database than the message, and it should not be hammered.
 */
export const SKIP_POLLS = 10

type Outcome = 'created' | 'already_taken' | 'gone'

export function createImapPoller(
  deps: ReceiveEmailDeps & { log?: PollerLog },
  options: ImapPollerOptions,
): ImapPoller {
  const mailbox = options.mailbox ?? DEFAULTS.mailbox
  const intervalMs = options.intervalMs ?? DEFAULTS.intervalMs
  const maxMessageBytes = options.maxMessageBytes ?? DEFAULTS.maxMessageBytes
  const maxAttempts = Math.max(1, options.maxAttempts ?? DEFAULTS.maxAttempts)
  const keyword = options.receivedKeyword ?? RECEIVED_KEYWORD
  const log = deps.log ?? silent
  // Per message (folder, UIDVALIDITY, UID): failed attempts so far, and the poll at which one set
  // aside may be tried again. In memory: after a restart every message gets a fresh start.
  const failures = new Map<string, number>()
  const skippedUntil = new Map<string, number>()
  let polls = 0
  let inFlight: Promise<PollReport> | null = null
  let timer: NodeJS.Timeout | null = null
  let stopping = false

  async function poll(): Promise<PollReport> {
    const report: PollReport = {
      found: 0,
      created: 0,
      already_taken: 0,
      failed: 0,
      recorded_as_failed: 0,
      skipped: 0,
    }
    polls++
    const client = openClient(options, maxMessageBytes, log)
    try {
      await client.connect()
    } catch (error) {
      client.close() // a refused sign-in can leave the socket open
      if ((error as { authenticationFailed?: boolean }).authenticationFailed) {
        throw new Error(
          `the IMAP server refused the sign-in for "${options.user}"; check the user name and password (${describe(error)})`,
          { cause: error },
        )
      }
      throw error
    }
    try {
      const lock = await client.getMailboxLock(mailbox)
      try {
        const box = client.mailbox || null
        const uidValidity = box ? String(box.uidValidity) : '0'
        // A server that cannot store our keyword still works: every poll then looks at every
        // message, and the database says which ones are taken.
        const canFlag =
          !!box?.permanentFlags && (box.permanentFlags.has('\\*') || box.permanentFlags.has(keyword))
        const uids = await client.search(canFlag ? { unKeyword: keyword } : { all: true }, { uid: true })
        if (!uids) throw new Error(`the server refused to search "${mailbox}"`)
        for (const uid of [...uids].sort((a, b) => a - b)) {
          if (stopping) break
          report.found++
          const id = `${mailbox}:${uidValidity}:${uid}`
          if ((skippedUntil.get(id) ?? 0) > polls) {
            report.skipped++
            continue
          }
          const origin = `${mailbox}, UID ${uid}`
          try {
            const outcome = await take(client, uid, origin)
            if (outcome === 'gone') continue
            report[outcome]++
            failures.delete(id)
            skippedUntil.delete(id)
            if (canFlag) await flag(client, uid, origin)
          } catch (error) {
            // A lost connection is not the message's fault: end the poll without counting it.
            if (!client.usable) throw error
            const attempts = (failures.get(id) ?? 0) + 1
            failures.set(id, attempts)
            log.warn(
              `Mail intake: ${origin} failed (attempt ${attempts} of ${maxAttempts}): ${describe(error)}`,
            )
            if (attempts < maxAttempts) {
              report.failed++
              continue
            }
            try {
              await recordAsFailed(client, uid, origin, attempts)
              report.recorded_as_failed++
              failures.delete(id)
              skippedUntil.delete(id)
              if (canFlag) await flag(client, uid, origin)
            } catch (again) {
              if (!client.usable) throw again
              skippedUntil.set(id, polls + SKIP_POLLS + 1)
              report.skipped++
              log.error(
                `Mail intake: ${origin} could not be recorded either; it is set aside for ${SKIP_POLLS} polls: ${describe(again)}`,
              )
            }
          }
        }
      } finally {
        lock.release()
      }
    } finally {
      await client.logout().catch(() => client.close())
    }
    if (report.created || report.recorded_as_failed || report.skipped) {
      log.info(
        `Mail intake (${mailbox}): ${report.created} new demand(s), ${report.recorded_as_failed} recorded after failing, ${report.skipped} skipped.`,
      )
    }
    return report
  }

  /** Take one message in: a demand, or the knowledge that it already is one. */
  async function take(client: ImapFlow, uid: number, origin: string): Promise<Outcome> {
    const meta = await client.fetchOne(
      String(uid),
      { uid: true, size: true, internalDate: true, headers: ['message-id'] },
      { uid: true },
    )
    if (!meta) return 'gone' // expunged since the search
    const messageId = meta.headers ? readMessageId(meta.headers) : null
    // Known by its Message-ID: no need to download a message that is already a demand.
    if (messageId && (await deps.store.findByIdempotencyKey(messageIdKey(messageId)))) return 'already_taken'
    const receivedAt = meta.internalDate ? new Date(meta.internalDate) : null
    const size = meta.size ?? 0
    let email: IncomingEmail
    if (size > maxMessageBytes) {
      email = await oversized(client, uid, origin, size, receivedAt)
    } else {
      const raw = await fetchSource(client, uid)
      if (!raw) return 'gone'
      email = await parseEmail(raw, { origin, received_at: receivedAt })
    }
    return outcomeOf(await receiveEmail(deps, email))
  }

  /** Over the limit: the headers become the record, and the message stays in the mailbox to be saved by hand. */
  async function oversized(
    client: ImapFlow,
    uid: number,
    origin: string,
    size: number,
    receivedAt: Date | null,
  ): Promise<IncomingEmail> {
    const head = await client.fetchOne(String(uid), { uid: true, headers: true }, { uid: true })
    const headers = head && head.headers ? head.headers : Buffer.alloc(0)
    const sha256 = await hashSource(client, uid, size)
    const email = await parseEmail(headers, { origin, received_at: receivedAt })
    const mb = (n: number) => `${(n / 1048576).toFixed(1)} MB`
    return {
      ...email,
      text: null,
      html: null,
      attachments: [],
      partial: { size, sha256 },
      problems: [
        `The message is ${mb(size)}, over the ${mb(maxMessageBytes)} limit for e-mail intake, so only its headers were kept. ` +
          `It is still in the mailbox (${origin}): save its documents from there and upload them to this demand.`,
      ],
    }
  }

  /** After repeated failures: the message kept whole and a note saying what to do, attachments unread. */
  async function recordAsFailed(
    client: ImapFlow,
    uid: number,
    origin: string,
    attempts: number,
  ): Promise<void> {
    const meta = await client.fetchOne(
      String(uid),
      { uid: true, size: true, internalDate: true },
      { uid: true },
    )
    if (!meta) return
    const receivedAt = meta.internalDate ? new Date(meta.internalDate) : null
    const note =
      `Custodian could not take this message in after ${attempts} attempts (the error is in the server log), ` +
      'so its attachments were not read. Open the message, save its documents and upload them to this demand.'
    let email: IncomingEmail
    if ((meta.size ?? 0) > maxMessageBytes) {
      email = await oversized(client, uid, origin, meta.size ?? 0, receivedAt)
    } else {
      const raw = await fetchSource(client, uid)
      if (!raw) return
      const parsed = await parseEmail(raw, { origin, received_at: receivedAt })
      email = { ...parsed, text: null, html: null, attachments: [] }
    }
    outcomeOf(await receiveEmail(deps, { ...email, problems: [...email.problems, note] }))
  }

  async function flag(client: ImapFlow, uid: number, origin: string): Promise<void> {
    // A flag that does not stick costs only a look-up at the next poll: the demand is already keyed.
    const stored = await client.messageFlagsAdd(String(uid), [keyword], { uid: true }).catch(() => false)
    if (!stored)
      log.warn(`Mail intake: could not mark ${origin} with ${keyword}; it will be looked up again next time.`)
  }

  function pollOnce(): Promise<PollReport> {
    // One poll at a time: a timer firing during a manual poll waits for it rather than racing it.
    const run = (inFlight ?? Promise.resolve()).catch(() => undefined).then(poll)
    inFlight = run
    return run.finally(() => {
      if (inFlight === run) inFlight = null
    })
  }

  function schedule(delay: number): void {
    timer = setTimeout(() => {
      timer = null
      pollOnce()
        .catch((error: unknown) =>
          log.warn(`Mail intake: could not poll "${mailbox}" on ${options.host}: ${describe(error)}`),
        )
        .finally(() => {
          if (!stopping) schedule(intervalMs)
        })
    }, delay)
    // The poller never keeps the process alive on its own: the server (or the test) decides that.
    timer.unref()
  }

  return {
    pollOnce,
    start() {
      stopping = false
      if (!timer && !inFlight) schedule(0)
    },
    async stop() {
      stopping = true
      if (timer) clearTimeout(timer)
      timer = null
      await inFlight?.catch(() => undefined)
    },
  }
}

function outcomeOf(result: Result<ReceiveEmailResult, DomainError>): Outcome {
  // An expected failure (the demand refused by validation) is still a failure for this message:
  // counted, retried, and finally recorded as it is.
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
  return result.value.created ? 'created' : 'already_taken'
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error)
  const extra = (error as { responseText?: string }).responseText
  return extra ? `${error.message} (${extra})` : error.message
}
