/** The catalogue as data: ids, families, citations, templates and docs pages. */
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'
import { ALL_RULES, RULES_BY_FAMILY } from './catalog/index.js'
import { evaluate } from './engine.js'
import { EXAMPLES, EXAMPLE_NAMES } from './examples.js'
import { DEFAULT_POLICY } from './policy.js'
import { FINDING_OUTCOMES, RULE_FAMILIES, RULE_KINDS } from './types.js'

const DOCS = new URL('../../../docs/rules/', import.meta.url)

test('every rule id is unique', () => {
  const ids = ALL_RULES.map((r) => r.id)
  const dupes = ids.filter((id, i) => ids.indexOf(id) !== i)
  assert.deepEqual(dupes, [])
})

test('every rule id is FAMILY.AREA.NAME and starts with its family', () => {
  for (const rule of ALL_RULES) {
    assert.match(rule.id, /^[A-Z]+\.[A-Z0-9_]+\.[A-Z0-9_]+$/, rule.id)
    assert.equal(rule.id.split('.')[0], rule.family, rule.id)
  }
})

test('every rule has a family from the list, a kind, a title and a citation', () => {
  for (const rule of ALL_RULES) {
    assert.ok((RULE_FAMILIES as readonly string[]).includes(rule.family), `${rule.id}: family ${rule.family}`)
    assert.ok((RULE_KINDS as readonly string[]).includes(rule.kind), `${rule.id}: kind`)
    assert.ok(rule.title.trim().length > 0, `${rule.id}: title`)
    assert.ok(rule.citation.trim().length > 5, `${rule.id}: citation`)
    assert.ok(!/\?\s*$/.test(rule.citation), `${rule.id}: citation must not be an unconfirmed (?) fact`)
  }
})

test('every rule sits in the catalogue file of its family', () => {
  for (const family of RULE_FAMILIES) {
    for (const rule of RULES_BY_FAMILY[family]) assert.equal(rule.family, family, rule.id)
  }
})

test('every family has rules', () => {
  for (const family of RULE_FAMILIES) assert.ok(RULES_BY_FAMILY[family].length > 0, family)
})

test('every rule has an explanation and an action for each outcome', () => {
  for (const rule of ALL_RULES) {
    for (const outcome of FINDING_OUTCOMES) {
      assert.ok(rule.explanation[outcome].trim().length > 0, `${rule.id}: explanation.${outcome}`)
      assert.ok(rule.action[outcome].trim().length > 0, `${rule.id}: action.${outcome}`)
    }
  }
})

test('only policy rules may be off by default', () => {
  for (const rule of ALL_RULES) {
    if (rule.default_enabled !== undefined) assert.equal(rule.kind, 'policy', rule.id)
  }
})

test('every rule id is documented on its family page, and every family has a page', () => {
  const index = readFileSync(new URL('README.md', DOCS), 'utf8')
  for (const family of RULE_FAMILIES) {
    const page = `${family.toLowerCase()}.md`
    const text = readFileSync(new URL(page, DOCS), 'utf8')
    assert.ok(index.includes(page), `docs/rules/README.md links ${page}`)
    for (const rule of RULES_BY_FAMILY[family])
      assert.ok(text.includes(rule.id), `${page} mentions ${rule.id}`)
  }
})

test('no example leaves a template placeholder unfilled', () => {
  for (const name of EXAMPLE_NAMES) {
    const ex = EXAMPLES[name]
    for (const f of evaluate(ex.facts, DEFAULT_POLICY, ex.now).findings) {
      assert.doesNotMatch(`${f.explanation} ${f.action}`, /\{\w+\}/, `${name} / ${f.rule_id}`)
    }
  }
})
