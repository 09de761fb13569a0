/** `custodian show ID`: a demand's fields and timeline, for a terminal or as JSON. */
import type { Command } from 'commander'
import { getDemand } from '../../app/demands/get-demand.js'
import { INSTRUMENT_LABELS } from '../../core/demand/index.js'
import { EVENT_LABELS, STATE_LABELS, type DemandEventType } from '../../core/workflow/index.js'
import { presentDemand } from '../../server/presenters/demand.js'
import { dataOverrides, failWith, withContext, type CommonOptions } from '../runtime.js'

export function registerShow(program: Command): void {
  program
    .command('show')
    .description('Show a demand: fields and timeline')
    .argument('<id>', 'the demand id (a UUID)')
    .option('--data <dir>', 'data folder for the embedded database')
    .option('--json', 'print as JSON (same shape as GET /api/demands/:id)')
    .action(async (id: string, opts: CommonOptions & { json?: boolean }) => {
      await withContext(dataOverrides(opts), async (ctx) => {
        const result = await getDemand(ctx, id)
        if (!result.ok) failWith(result.error)
        if (opts.json) {
          console.log(JSON.stringify(await presentDemand(result.value, ctx.staff), null, 2))
          return
        }
        const { record, events } = result.value
        const f = record.view.fields
        console.log(`${record.reference}  ${STATE_LABELS[record.view.state]}`)
        console.log(`  ${INSTRUMENT_LABELS[f.instrument_type]} from ${f.issuing_authority.name}`)
        if (f.statutes_cited.length) console.log(`  Cites: ${f.statutes_cited.join('; ')}`)
        if (f.targets.length) console.log(`  Targets: ${f.targets.map((t) => t.identifier).join(', ')}`)
        if (f.due_at) console.log(`  Due: ${f.due_at}`)
        console.log('\nTimeline:')
        for (const e of events) console.log(`  ${e.occurred_at.slice(0, 10)}  ${EVENT_LABELS[e.type as DemandEventType] ?? e.type}`)
      })
    })
}
