/** The operator policy: everyone on staff may read it; only administrators change it. */
import { z } from 'zod'
import { changeOperatorPolicy } from '../../../app/policy/change-operator-policy.js'
import { getOperatorPolicy } from '../../../app/policy/get-operator-policy.js'
import { operatorPolicySchema } from '../../../core/rules/index.js'
import { sendDomainError } from '../../problem.js'
import type { RouteRegistrar } from '../route-types.js'

const changeBody = z.object({ policy: operatorPolicySchema, note: z.string().max(2000).optional() })

export const registerPolicyRoutes: RouteRegistrar = (app, ctx) => {
  // Staff names beside ids, so the history reads "changed by Ada Lovelace".
  const named = async <T extends { changed_by: string | null }>(item: T) => ({
    ...item,
    changed_by_name: item.changed_by ? ((await ctx.staff.get(item.changed_by).catch(() => null))?.name ?? item.changed_by) : null,
  })

  app.get('/api/policy', { config: { access: 'demand:read' }, schema: { tags: ['policy'], summary: 'The operator policy in force' } }, async () =>
    named(await getOperatorPolicy(ctx)),
  )

  app.get('/api/policy/history', { config: { access: 'demand:read' }, schema: { tags: ['policy'], summary: 'Every change to the operator policy, newest first' } }, async () => ({
    items: await Promise.all((await ctx.policies.history(200)).map(named)),
  }))

  app.put<{ Body: { policy?: unknown; note?: string } | undefined }>(
    '/api/policy',
    {
      config: { access: 'policy:manage' },
      schema: { tags: ['policy'], summary: 'Change the operator policy (law rules cannot be switched off)', body: changeBody },
      validatorCompiler: () => (data) => ({ value: data }),
    },
    async (req, reply) => {
      const result = await changeOperatorPolicy(ctx, { policy: req.body?.policy, note: req.body?.note ?? null, actor: req.staff!.id })
      return result.ok ? named(result.value) : sendDomainError(reply, result.error)
    },
  )
}
