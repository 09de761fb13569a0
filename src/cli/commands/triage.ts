/**
 * `custodian triage FILE [--json]`: read a demand and judge it, without storing anything: the
 * extracted fields, the findings (rule id, citation, explanation), the recommendation and the
 * notice decision, under the default operator policy (or --policy FILE). For a first look at a
 * document before it enters the desk, and for scripts.
 */
import { readFile } from 'node:fs/promises'
import type { Command } from 'commander'
import { SPEECH_PROFILES, type SpeechProfile } from '../../core/demand/index.js'
import { ALL_RECORDS, checklistFor, DEFAULT_POLICY, demandExtrasSchema, evaluate, factsFromFields, parsePolicy, type DemandExtras } from '../../core/rules/index.js'
import { demandFieldsFromExtraction } from '../../extraction/demand-fields.js'
import { toCorpusJson } from '../../extraction/corpus-json.js'
import { extractDocument } from '../../extraction/extract-document.js'
import { shutdownReaders } from '../../extraction/read/parser-host.js'
import { EXIT } from '../exit-codes.js'
import { CliFailure } from '../runtime-failure.js'

export function registerTriage(program: Command): void {
  program
    .command('triage')
    .description('Read a demand and judge it against the rules: fields, findings, recommendation, notice (stores nothing)')
    .argument('<file>', 'the document (.txt, .pdf, .eml, .docx, image)')
    .option('--json', 'print JSON: the extracted fields, findings, recommendation, notice, checklist')
    .option('--policy <file>', 'an operator policy as JSON (default: the built-in defaults)')
    .option('--now <instant>', 'judge as of this ISO date-time (default: now)')
    .option('--speech <profile>', `what the targeted accounts publish, which no document says: ${SPEECH_PROFILES.join(', ')}`)
    .option('--pseudonymous', 'the account holders do not publish their legal names')
    .option('--facts <file>', 'further facts for the rules as JSON (sender_email_domain, verification, evident_purpose, ...)')
    .action(async (file: string, opts: { json?: boolean; policy?: string; now?: string; speech?: string; pseudonymous?: boolean; facts?: string }) => {
      try {
        const bytes = await readFile(file).catch(() => {
          throw new CliFailure(`Cannot read ${file}: no such file, or no permission to read it.`, EXIT.noInput)
        })
        let policy = DEFAULT_POLICY
        if (opts.policy) {
          const raw = await readFile(opts.policy, 'utf8').catch(() => {
            throw new CliFailure(`Cannot read the policy file ${opts.policy}.`, EXIT.noInput)
          })
          const parsed = parsePolicy(JSON.parse(raw))
          if (!parsed.ok) throw new CliFailure(`${parsed.error.message} ${JSON.stringify(parsed.error.details ?? {})}`, EXIT.dataError)
          policy = parsed.value
        }
        const now = opts.now ? new Date(opts.now) : new Date()
        if (Number.isNaN(now.getTime())) throw new CliFailure(`--now needs an ISO date-time, got "${opts.now}".`, EXIT.usage)

        const extracted = await extractDocument(new Uint8Array(bytes))
        if (!extracted.ok) throw new CliFailure(`Cannot read ${file}: ${extracted.error.message}`, EXIT.dataError)
        const corpus = toCorpusJson(extracted.value.fields)
        if (opts.speech && !(SPEECH_PROFILES as readonly string[]).includes(opts.speech)) {
          throw new CliFailure(`--speech takes one of ${SPEECH_PROFILES.join(', ')}; got "${opts.speech}".`, EXIT.usage)
        }
        const fields = demandFieldsFromExtraction(corpus)
        fields.targets = fields.targets.map((t) => ({
          ...t,
          ...(opts.speech ? { speech_profile: opts.speech as SpeechProfile } : {}),
          ...(opts.pseudonymous ? { pseudonymous: true } : {}),
        }))
        let extras: DemandExtras = { all_records_phrasing: ALL_RECORDS.test(extracted.value.document.text) || null }
        if (opts.facts) {
          const raw = await readFile(opts.facts, 'utf8').catch(() => {
            throw new CliFailure(`Cannot read the facts file ${opts.facts}.`, EXIT.noInput)
          })
          const parsed = demandExtrasSchema.safeParse(JSON.parse(raw))
          if (!parsed.success) throw new CliFailure(`The facts file is not valid: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`, EXIT.dataError)
          extras = { ...extras, ...parsed.data }
        }
        const facts = factsFromFields(fields, extras)
        const { findings, recommendation, notice } = evaluate(facts, policy, now.toISOString())
        const checklist = checklistFor(facts)

        if (opts.json) {
          console.log(JSON.stringify({ ...corpus, findings, recommendation, notice, checklist }, null, 2))
          return
        }
        console.log(`${corpus.instrument_type} from ${corpus.issuing_authority ?? 'an unidentified issuer'}`)
        console.log(`\nRecommendation: ${recommendation.action}${recommendation.pending.length ? ` (provisional: ${recommendation.pending.length} checks need review)` : ''}`)
        console.log(`Notice: ${notice.decision}. ${notice.explanation}`)
        console.log('\nFindings:')
        for (const f of findings.filter((x) => x.outcome !== 'pass')) {
          console.log(`  [${f.outcome === 'fail' ? 'FAIL' : 'REVIEW'}] ${f.rule_id} (${f.severity})\n      ${f.explanation}\n      Citation: ${f.citation}`)
        }
      } finally {
        await shutdownReaders()
      }
    })
}
