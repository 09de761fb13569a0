/**
 * The rule catalogue as data, and each family's documentation page (docs/rules/<family>.md), so
 * the UI can link every finding to the rule that made it and to the reasoning behind it.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { ALL_RULES, RULE_FAMILIES, type RuleFamily } from '../../../core/rules/index.js'
import { domainError } from '../../../core/errors.js'
import { sendDomainError } from '../../problem.js'
import type { RouteRegistrar } from '../route-types.js'

const DOCS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../docs/rules')

export const RULE_CATALOGUE = ALL_RULES.map((r) => ({
  id: r.id,
  family: r.family,
  kind: r.kind,
  title: r.title,
  citation: r.citation,
  confidence: r.confidence,
  severity: r.severity,
  default_enabled: r.kind === 'policy' ? (r.default_enabled ?? true) : true,
}))

export const registerRulesRoutes: RouteRegistrar = (app) => {
  app.get('/api/rules', { config: { access: 'demand:read' }, schema: { tags: ['rules'], summary: 'The rule catalogue' } }, async () => ({
    families: RULE_FAMILIES,
    rules: RULE_CATALOGUE,
  }))

  app.get<{ Params: { family: string } }>(
    '/api/rules/:family/docs',
    { config: { access: 'demand:read' }, schema: { tags: ['rules'], summary: "A rule family's documentation (Markdown)" } },
    async (req, reply) => {
      const family = req.params.family.toUpperCase()
      if (!(RULE_FAMILIES as readonly string[]).includes(family)) {
        return sendDomainError(reply, domainError('VALIDATION_FAILED', `There is no rule family "${req.params.family}". Families: ${RULE_FAMILIES.join(', ')}.`))
      }
      const markdown = await readFile(path.join(DOCS, `${(family as RuleFamily).toLowerCase()}.md`), 'utf8')
      return reply.type('text/markdown; charset=utf-8').send(markdown)
    },
  )
}
