/**
 * The only reader of process.env in Custodian. Every variable is prefixed CUSTODIAN_, validated
 * once at start-up, and documented in .env.example. Secrets are split off so they are never
 * logged with the rest of the configuration.
 */
import { z } from 'zod'

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes')

const envSchema = z.object({
  CUSTODIAN_DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// connection string')
    .optional(),
  CUSTODIAN_DATA_DIR: z.string().min(1).default('./data'),
  CUSTODIAN_HOST: z.string().min(1).default('127.0.0.1'),
  CUSTODIAN_PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  CUSTODIAN_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  CUSTODIAN_DEMO: bool.default(true),
  CUSTODIAN_MAX_UPLOAD_MB: z.coerce.number().positive().max(1024).default(25),
  CUSTODIAN_SESSION_HOURS: z.coerce.number().positive().max(24 * 30).default(12),
  CUSTODIAN_COOKIE_SECURE: bool.optional(),
  CUSTODIAN_ADMIN_EMAIL: z.email().default('admin@custodian.local'),
  CUSTODIAN_ADMIN_PASSWORD: z.string().min(12, 'must be at least 12 characters').optional(),
  CUSTODIAN_ORGANISATION: z.string().trim().min(1).max(200).default('Our platform'),
  CUSTODIAN_SMTP_URL: z.string().regex(/^smtps?:\/\//, 'must be smtp://user:password@host:port or smtps://...').optional(),
  CUSTODIAN_MAIL_FROM: z.string().min(3).default('Custodian <custodian@localhost>'),
  CUSTODIAN_COUNSEL_HELP: z
    .string()
    .min(1)
    .default('a lawyer licensed where you live can advise you; your local bar association can refer you to one, and civil-liberties organisations may help without charge.'),
  CUSTODIAN_IMAP_URL: z.string().regex(/^imaps?:\/\//, 'must be imap://user:password@host:port or imaps://...').optional(),
  CUSTODIAN_IMAP_MAILBOX: z.string().min(1).default('INBOX'),
  CUSTODIAN_IMAP_POLL_SECONDS: z.coerce.number().int().min(5).max(3600).default(60),
  CUSTODIAN_WORKER_POLL_MS: z.coerce.number().int().min(50).max(60_000).default(1000),
})

export type Config = {
  databaseUrl: string | null
  dataDir: string
  host: string
  port: number
  logLevel: z.output<typeof envSchema>['CUSTODIAN_LOG_LEVEL']
  demo: boolean
  maxUploadBytes: number
  sessionHours: number
  cookieSecure: boolean | null
  adminEmail: string
  /** The operator's name, used in notices and letters. */
  organisation: string
  mailFrom: string
  counselHelp: string
  imapMailbox: string
  imapPollSeconds: number
  workerPollMs: number
}

export type Secrets = {
  /** Password for the first administrator; a random one is generated and shown once when absent. */
  adminPassword: string | null
  /** SMTP server for outgoing mail, credentials included. Null: mail is not sent (and says so). */
  smtpUrl: string | null
  /** Legal mailbox polled for incoming demands, credentials included. Null: no mail intake. */
  imapUrl: string | null
}

export class ConfigError extends Error {
  override name = 'ConfigError'
}

/** Parse the environment. Throws ConfigError naming each bad variable and how to fix it. */
export function readConfig(env: Record<string, string | undefined> = process.env): { config: Config; secrets: Secrets } {
  const parsed = envSchema.safeParse(pickCustodian(env))
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${String(i.path[0])}: ${i.message}`)
    throw new ConfigError(`Invalid configuration (see .env.example for every variable):\n${lines.join('\n')}`)
  }
  const e = parsed.data
  return {
    config: {
      databaseUrl: e.CUSTODIAN_DATABASE_URL ?? null,
      dataDir: e.CUSTODIAN_DATA_DIR,
      host: e.CUSTODIAN_HOST,
      port: e.CUSTODIAN_PORT,
      logLevel: e.CUSTODIAN_LOG_LEVEL,
      demo: e.CUSTODIAN_DEMO,
      maxUploadBytes: Math.round(e.CUSTODIAN_MAX_UPLOAD_MB * 1024 * 1024),
      sessionHours: e.CUSTODIAN_SESSION_HOURS,
      cookieSecure: e.CUSTODIAN_COOKIE_SECURE ?? null,
      adminEmail: e.CUSTODIAN_ADMIN_EMAIL,
      organisation: e.CUSTODIAN_ORGANISATION,
      mailFrom: e.CUSTODIAN_MAIL_FROM,
      counselHelp: e.CUSTODIAN_COUNSEL_HELP,
      imapMailbox: e.CUSTODIAN_IMAP_MAILBOX,
      imapPollSeconds: e.CUSTODIAN_IMAP_POLL_SECONDS,
      workerPollMs: e.CUSTODIAN_WORKER_POLL_MS,
    },
    secrets: {
      adminPassword: e.CUSTODIAN_ADMIN_PASSWORD ?? null,
      smtpUrl: e.CUSTODIAN_SMTP_URL ?? null,
      imapUrl: e.CUSTODIAN_IMAP_URL ?? null,
    },
  }
}

function pickCustodian(env: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(env)) if (k.startsWith('CUSTODIAN_') && v !== undefined && v !== '') out[k] = v
  return out
}
