/** The `custodian` command. Each command lives in ./commands; failures become a message and an exit code. */
import { Command, CommanderError } from 'commander'
import { registerAudit } from './commands/audit.js'
import { registerExtract } from './commands/extract.js'
import { registerImport } from './commands/import.js'
import { registerMigrate } from './commands/migrate.js'
import { registerServe } from './commands/serve.js'
import { registerShow } from './commands/show.js'
import { registerTriage } from './commands/triage.js'
import { registerUser } from './commands/user.js'
import { EXIT } from './exit-codes.js'
import { CliFailure } from './runtime.js'

const program = new Command()
  .name('custodian')
  .description('Custodian: a legal-process desk for online platforms')
  .version('0.1.0')
  .exitOverride()
  .showHelpAfterError()

for (const register of [registerServe, registerMigrate, registerImport, registerShow, registerAudit, registerUser]) register(program)
registerExtract(program)
registerTriage(program)

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
