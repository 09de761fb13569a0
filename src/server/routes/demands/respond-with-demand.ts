import type { FastifyReply } from 'fastify'
import { assessDemand } from '../../../app/assessment/assess-demand.js'
import { getDemand } from '../../../app/demands/get-demand.js'
import type { AppContext } from '../../../context.js'
import { presentAssessment } from '../../presenters/assessment.js'
import { presentDemand } from '../../presenters/demand.js'
import { sendDomainError } from '../../problem.js'

/** The demand as the API shows it: fields, documents, timeline, actions, and its assessment now. */
export async function demandBody(ctx: AppContext, id: string) {
  const detail = await getDemand(ctx, id)
  if (!detail.ok) return detail
  const assessment = presentAssessment(await assessDemand(ctx, detail.value.record.view))
  return { ok: true as const, value: { ...(await presentDemand(detail.value, ctx.staff)), assessment } }
}

/** Answer a write with the demand as it now stands. */
export async function respondWithDemand(ctx: AppContext, reply: FastifyReply, id: string, status: number) {
  const body = await demandBody(ctx, id)
  if (!body.ok) return sendDomainError(reply, body.error)
  return reply.status(status).send(body.value)
}
