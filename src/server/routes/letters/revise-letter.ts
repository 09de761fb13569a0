import { z } from 'zod'
import { reviseLetter } from '../../../app/letters/revise-letter.js'
import { letterRenderer } from '../../../documents/letters/index.js'
import { sendDomainError } from '../../problem.js'
import type { RouteRegistrar } from '../route-types.js'
import { presentLetterVersion } from './present-letter.js'

const reviseBody = z.object({
  body: z.string().min(1).max(100_000),
  expected_version: z.number().int().optional(),
})

export const registerReviseLetter: RouteRegistrar = (app, ctx) => {
  app.put<{ Params: { id: string; letterId: string }; Body: Record<string, unknown> | undefined }>(
    '/api/demands/:id/letters/:letterId',
    {
      config: { access: 'demand:act' },
      schema: {
        tags: ['letters'],
        summary: 'Save edited letter text as the next version, rendered again; earlier versions are kept',
        body: reviseBody,
      },
      validatorCompiler: () => (data) => ({ value: data }),
    },
    async (req, reply) => {
      const body = req.body ?? {}
      const result = await reviseLetter(
        { ...ctx, renderer: letterRenderer },
        {
          demand_id: req.params.id,
          letter_id: req.params.letterId,
          body: body.body,
          ...(typeof body.expected_version === 'number' ? { expected_version: body.expected_version } : {}),
          actor: req.staff!.id,
        },
      )
      if (!result.ok) return sendDomainError(reply, result.error)
      return reply
        .status(201)
        .send({ ...presentLetterVersion(result.value.version), demand_version: result.value.record.version })
    },
  )
}
