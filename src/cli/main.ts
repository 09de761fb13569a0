/** The `custodian` command. Each command lives in ./commands; failures become a message and an exit code. */
import { Command, CommanderError } from 'commander'
import { EXIT } from './exit-codes.js'
import { CliFailure } from './runtime-failure.js'

type Register = (program: Command) => void

/**
 * Each command's module, loaded only when that command runs: `custodian extract` should not pay
 * for the web server, the database drivers and the mail libraries (about 2 s of loading). Help
 * and unknown commands load them all, so the listing and the suggestions stay complete.
 */
const COMMANDS: Record<string, () => Promise<Register>> = {
  serve: async () => (await import('./commands/serve.js')).registerServe,
  migrate: async () => (await import('./commands/migrate.js')).registerMigrate,
  import: async () => (await import('./commands/import.js')).registerImport,
  show: async () => (await import('./commands/show.js')).registerShow,
  audit: async () => (await import('./commands/audit.js')).registerAudit,
  user: async () => (await import('./commands/user.js')).registerUser,
  extract: async () => (await import('./commands/extract.js')).registerExtract,
  triage: async () => (await import('./commands/triage.js')).registerTriage,
}

const program = new Command()
  .name('custodian')
  .description('Custodian: a legal-process desk for online platforms')
  .version('0.1.0')
  .exitOverride()
  .showHelpAfterError()

const named = process.argv[2]
const wanted = named !== undefined && Object.hasOwn(COMMANDS, named) ? [COMMANDS[named]!] : Object.values(COMMANDS)
for (const register of await Promise.all(wanted.map((load) => load()))) register(program)

try {
  await program.parseAsync(process.argv)
} catch (error) {
  if (error instanceof CommanderError) process.exit(error.exitCode === 0 ? 0 : EXIT.usage)
  if (error instanceof CliFailure) {
    console.error(`custodian: ${error.message}`)
    process.exit(error.exitCode)
  }
  console.error('custodian: unexpected error:', error)
  process.exit(EXIT.software)
}
