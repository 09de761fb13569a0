import { listLetters } from '../../../app/letters/list-letters.js'
import { sendDomainError } from '../../problem.js'
import type { RouteRegistrar } from '../route-types.js'
import { presentLetterHistory } from './present-letter.js'

export const registerListLetters: RouteRegistrar = (app, ctx) => {
  app.get<{ Params: { id: string } }>(
    '/api/demands/:id/letters',
    {
      config: { access: 'demand:read' },
      schema: {
        tags: ['letters'],
        summary: 'The letters drafted on a demand, each with every version, its text and its documents',
      },
    },
    async (req, reply) => {
      const result = await listLetters(ctx, req.params.id)
      if (!result.ok) return sendDomainError(reply, result.error)
      return { items: result.value.map(presentLetterHistory) }
    },
  )
}
