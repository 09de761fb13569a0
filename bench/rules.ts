/**
 * Throughput of the legal-sufficiency engine: runs `evaluate` over a mix of scenarios for a few
 * seconds and prints evaluations per second and the ratio to the 10,000/s goal. A printed
 * measurement, never a timed test. Usage: node --import tsx bench/rules.ts [seconds]
 */
import { performance } from 'node:perf_hooks'
import {
  DEFAULT_POLICY,
  EXAMPLES,
  EXAMPLE_NAMES,
  evaluate,
  type DemandFacts,
} from '../src/core/rules/index.js'

const GOAL_PER_SECOND = 10_000
const seconds = Number(process.argv[2] ?? 3)
const mix: Array<{ facts: DemandFacts; now: string }> = EXAMPLE_NAMES.map((name) => EXAMPLES[name])

function run(durationMs: number): { count: number; elapsedMs: number; findings: number } {
  let count = 0
  let findings = 0
  const start = performance.now()
  let elapsed = 0
  while (elapsed < durationMs) {
    for (let i = 0; i < 256; i++) {
      const scenario = mix[count % mix.length]
      if (!scenario) throw new Error('empty scenario mix')
      // A fresh citation list each time, as for a new demand: per-demand caches start cold.
      const facts = { ...scenario.facts, statutes_cited: [...scenario.facts.statutes_cited] }
      findings += evaluate(facts, DEFAULT_POLICY, scenario.now).findings.length
      count++
    }
    elapsed = performance.now() - start
  }
  return { count, elapsedMs: elapsed, findings }
}

run(300) // warm-up
const { count, elapsedMs, findings } = run(seconds * 1000)
const perSecond = count / (elapsedMs / 1000)
console.log(
  `rules bench: ${mix.length} scenarios, ${count.toLocaleString('en-US')} evaluations in ${(elapsedMs / 1000).toFixed(2)} s`,
)
console.log(`  ${(findings / count).toFixed(1)} findings per evaluation on average`)
console.log(`  ${Math.round(perSecond).toLocaleString('en-US')} evaluations/s`)
console.log(
  `  ratio to the ${GOAL_PER_SECOND.toLocaleString('en-US')}/s goal: ${(perSecond / GOAL_PER_SECOND).toFixed(2)}x`,
)
