/** `custodian import FILE...`: each file becomes a demand, read and stored whole. */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Command } from 'commander'
import { importDemand } from '../../app/demands/import-demand.js'
import { EXIT } from '../exit-codes.js'
import { CliFailure, dataOverrides, failWith, withContext, type CommonOptions } from '../runtime.js'

export function registerImport(program: Command): void {
  program
    .command('import')
    .description('Import documents: each FILE becomes a new demand (unreadable ones are kept and noted)')
    .argument('<files...>', 'documents to import (.txt, .pdf, .eml, .docx, images)')
    .option('--data <dir>', 'data folder for the embedded database')
    .option('--json', 'print the created demands as JSON')
    .action(async (files: string[], opts: CommonOptions & { json?: boolean }) => {
      const inputs = await Promise.all(
        files.map(async (file) => {
          try {
            return { filename: path.basename(file), content: new Uint8Array(await readFile(file)) }
          } catch {
            throw new CliFailure(`Cannot read ${file}: no such file, or no permission to read it.`, EXIT.noInput)
          }
        }),
      )
      await withContext(dataOverrides(opts), async (ctx) => {
        const created = []
        for (const input of inputs) {
          const result = await importDemand(ctx, { files: [input], channel: 'other', actor: 'system' })
          if (!result.ok) failWith(result.error)
          const r = result.value.record
          created.push({ id: r.id, reference: r.reference, state: r.view.state, file: input.filename })
          if (!opts.json) console.log(`${r.reference}  ${r.id}  ${input.filename}`)
        }
        if (opts.json) console.log(JSON.stringify(created, null, 2))
      })
    })
}
