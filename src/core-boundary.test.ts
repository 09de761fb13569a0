/**
 * The pure core is enforced by tooling, and this proves the tooling bites: code that reaches for
 * I/O, a driver, HTTP, the environment or the clock inside src/core fails the lint.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { ESLint } from 'eslint'

const eslint = new ESLint()

async function lintInCore(code: string) {
  const [result] = await eslint.lintText(code, { filePath: 'src/core/demand/probe.ts' })
  return result!.messages.map((m) => `${m.ruleId}: ${m.message}`)
}

describe('src/core purity', () => {
  const forbidden: [string, string][] = [
    ["import { readFileSync } from 'node:fs'\nexport const x = readFileSync", 'no-restricted-imports'],
    ["import pg from 'pg'\nexport const x = pg", 'no-restricted-imports'],
    ["import Fastify from 'fastify'\nexport const x = Fastify", 'no-restricted-imports'],
    ["import { drizzle } from 'drizzle-orm/pglite'\nexport const x = drizzle", 'no-restricted-imports'],
    ["import { createDemandStore } from '../../storage/demand-store.js'\nexport const x = createDemandStore", 'no-restricted-imports'],
    ['export const url = process.env.CUSTODIAN_DATABASE_URL', 'no-restricted-globals'],
    ['export const now = Date.now()', 'no-restricted-syntax'],
    ['export const today = new Date()', 'no-restricted-syntax'],
  ]
  for (const [code, rule] of forbidden) {
    it(`fails the lint: ${code.split('\n')[0]}`, async () => {
      const messages = await lintInCore(code)
      assert.ok(messages.some((m) => m.startsWith(rule)), `expected ${rule}, got: ${messages.join(' | ') || 'no errors'}`)
    })
  }

  it('passes pure code (zod, a date from an argument)', async () => {
    const messages = await lintInCore("import { z } from 'zod'\nexport const s = z.string()\nexport const d = (iso: string) => new Date(iso)")
    assert.deepEqual(messages, [])
  })

  it('the same code outside src/core is allowed', async () => {
    const [result] = await eslint.lintText("import { readFileSync } from 'node:fs'\nexport const x = readFileSync", { filePath: 'src/storage/probe.ts' })
    assert.deepEqual(result!.messages, [])
  })
})
