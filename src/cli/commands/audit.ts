/** `custodian audit verify`: check the event log's hash chain; exit 1 and name the events if it is broken. */
import type { Command } from 'commander'
import { verifyEventLog } from '../../app/audit/verify-event-log.js'
import { EXIT } from '../exit-codes.js'
import { dataOverrides, withContext, type CommonOptions } from '../runtime.js'

export function registerAudit(program: Command): void {
  const audit = program.command('audit').description('Audit-log tools')
  audit
    .command('verify')
    .description('Verify that no event was modified, removed or reordered')
    .option('--data <dir>', 'data folder for the embedded database')
    .option('--json', 'print the report as JSON')
    .action(async (opts: CommonOptions & { json?: boolean }) => {
      const report = await withContext(dataOverrides(opts), (ctx) => verifyEventLog(ctx))
      if (opts.json) console.log(JSON.stringify(report, null, 2))
      else if (report.breaks.length === 0) console.log(`Audit log intact: ${report.checked} events verified (last hash ${report.last_hash.slice(0, 16)}…).`)
      else {
        console.error(`Audit log BROKEN: ${report.breaks.length} problem(s) in ${report.checked} events.`)
        for (const b of report.breaks) console.error(`  event #${b.seq} (${b.event_id}, demand ${b.demand_id}): ${b.message}`)
      }
      if (report.breaks.length > 0) process.exitCode = EXIT.failed
    })
}
