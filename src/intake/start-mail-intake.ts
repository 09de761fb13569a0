/**
 * Mail intake inside `custodian serve`: the IMAP poller, started only when CUSTODIAN_IMAP_URL is
 * set (host, user and password), stopped with the server. The URL is a secret, never logged.
 */
import type { Config, Secrets } from '../config/env.js'
import type { AppContext } from '../context.js'
import { createImapPoller, type ImapPoller, type ImapPollerOptions, type PollerLog } from './imap-poller.js'

export type MailIntake = { poller: ImapPoller; description: string }

/**
 * The poller's options from CUSTODIAN_IMAP_URL (a secret: it carries the password) and the
 * mailbox settings. `imaps://` is implicit TLS; `imap://` requires STARTTLS unless the URL says
 * `?tls=none` (only sensible for a server on the same machine); `?allow_untrusted_cert=true`
 * accepts a self-signed internal server.
 */
export function imapOptionsFrom(config: Config, secrets: Secrets): ImapPollerOptions | null {
  if (!secrets.imapUrl) return null
  const url = new URL(secrets.imapUrl)
  const user = decodeURIComponent(url.username)
  const password = decodeURIComponent(url.password)
  if (!url.hostname || !user || !password) return null
  const tls: ImapPollerOptions['tls'] = url.protocol === 'imaps:' ? 'implicit' : url.searchParams.get('tls') === 'none' ? 'none' : 'starttls'
  return {
    host: url.hostname,
    ...(url.port ? { port: Number(url.port) } : {}),
    tls,
    allowUntrustedCertificate: url.searchParams.get('allow_untrusted_cert') === 'true',
    user,
    password,
    mailbox: config.imapMailbox,
    intervalMs: config.imapPollSeconds * 1000,
    maxMessageBytes: config.maxUploadBytes,
  }
}

/** Start polling when configured; null when mail intake is off. */
export function startMailIntake(ctx: AppContext, log: PollerLog): MailIntake | null {
  const options = imapOptionsFrom(ctx.config, ctx.secrets)
  if (!options) return null
  const poller = createImapPoller(
    { store: ctx.store, clock: ctx.clock, ids: ctx.ids, reader: ctx.reader, log },
    options,
  )
  poller.start()
  const every = Math.round((options.intervalMs ?? 60_000) / 1000)
  const description = `${options.user} at ${options.host}, folder ${options.mailbox ?? 'INBOX'}, every ${every} s`
  return { poller, description }
}
