/**
 * The composition root: builds every adapter once from the configuration and hands the use cases
 * their ports. The server, the CLI and the tests all start here.
 */
import { randomUUID } from 'node:crypto'
import type { CalendarTokenStore, Clock, DemandStore, DocumentReader, Ids, JobQueue, Mailer, NoticeTemplateStore, NotificationStore, PasswordHasher, PolicyStore, StaffStore } from './app/ports.js'
import type { Config, Secrets } from './config/env.js'
import { createDocumentReader } from './extraction/document-reader.js'
import { createNotificationStore } from './notifications/notification-store.js'
import { createSmtpMailer } from './notifications/smtp-mailer.js'
import { openDatabase, type Database, type DatabaseTarget } from './storage/db.js'
import { createCalendarTokenStore } from './storage/calendar-token-store.js'
import { createDemandStore } from './storage/demand-store.js'
import { reminderJobs } from './app/clocks/schedule-reminders.js'
import { createPasswordHasher } from './storage/password-hasher.js'
import { createNoticeTemplateStore } from './storage/notice-template-store.js'
import { createPolicyStore } from './storage/policy-store.js'
import { createStaffStore } from './storage/staff-store.js'
import { createJobQueue } from './worker/job-queue.js'

export type AppContext = {
  config: Config
  secrets: Secrets
  database: Database
  store: DemandStore
  staff: StaffStore
  policies: PolicyStore
  templates: NoticeTemplateStore
  /** Durable jobs (reminders, mail, notices): queued here, run by src/worker. */
  jobs: JobQueue
  notifications: NotificationStore
  calendarTokens: CalendarTokenStore
  /** Outgoing mail; null when CUSTODIAN_SMTP_URL is not set (notices then cannot be sent, and say so). */
  mailer: Mailer | null
  hasher: PasswordHasher
  reader: DocumentReader
  clock: Clock
  ids: Ids
}

export type ContextOverrides = Partial<Pick<AppContext, 'clock' | 'ids' | 'reader' | 'hasher' | 'mailer'>> & { target?: DatabaseTarget }

export const systemClock: Clock = { now: () => new Date() }
export const randomIds: Ids = { uuid: () => randomUUID() }

export function databaseTarget(config: Config): DatabaseTarget {
  return config.databaseUrl ? { kind: 'postgres', url: config.databaseUrl } : { kind: 'pglite', dataDir: config.dataDir }
}

/** Open the database, apply pending migrations, and wire the adapters. */
export async function createContext(config: Config, secrets: Secrets, overrides: ContextOverrides = {}): Promise<AppContext> {
  const database = await openDatabase(overrides.target ?? databaseTarget(config))
  try {
    await database.migrate()
  } catch (error) {
    await database.close()
    throw error
  }
  return {
    config,
    secrets,
    database,
    store: createDemandStore(database.db, { derivedEffects: reminderJobs }),
    staff: createStaffStore(database.db),
    policies: createPolicyStore(database.db),
    templates: createNoticeTemplateStore(database.db),
    jobs: createJobQueue(database.db),
    notifications: createNotificationStore(database.db),
    calendarTokens: createCalendarTokenStore(database.db),
    mailer: overrides.mailer ?? (secrets.smtpUrl ? createSmtpMailer({ url: secrets.smtpUrl, from: config.mailFrom }) : null),
    hasher: overrides.hasher ?? createPasswordHasher(),
    reader: overrides.reader ?? createDocumentReader(),
    clock: overrides.clock ?? systemClock,
    ids: overrides.ids ?? randomIds,
  }
}
