import type { FastifyReply } from 'fastify'
import { getDemand } from '../../../app/demands/get-demand.js'
import type { AppContext } from '../../../context.js'
import { presentDemand } from '../../presenters/demand.js'
import { sendDomainError } from '../../problem.js'

/** Answer a write with the demand as it now stands. */
export async function respondWithDemand(ctx: AppContext, reply: FastifyReply, id: string, status: number) {
  const detail = await getDemand(ctx, id)
  if (!detail.ok) return sendDomainError(reply, detail.error)
  return reply.status(status).send(await presentDemand(detail.value, ctx.staff))
}
