import type { Command } from 'commander'
import { dataOverrides, withContext, type CommonOptions } from '../runtime.js'

export function registerMigrate(program: Command): void {
  program
    .command('migrate')
    .description('Apply pending database migrations (serve does this too) and exit')
    .option('--data <dir>', 'data folder for the embedded database')
    .action(async (opts: CommonOptions) => {
      await withContext(dataOverrides(opts), async (ctx) => {
        console.log(`Database is up to date (${ctx.database.kind}: ${ctx.database.location}).`)
      })
    })
}
