import { z } from 'zod'
import { draftLetter } from '../../../app/letters/draft-letter.js'
import { LETTER_KINDS } from '../../../core/letters/index.js'
import { letterRenderer } from '../../../documents/letters/index.js'
import { sendDomainError } from '../../problem.js'
import type { RouteRegistrar } from '../route-types.js'
import { presentLetterVersion } from './present-letter.js'

const draftBody = z.object({
  kind: z.enum(LETTER_KINDS),
  organisation: z.string().max(300).optional(),
  signer_name: z.string().max(300).optional(),
  signer_title: z.string().max(300).optional(),
  expected_version: z.number().int().optional(),
})

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value : null)

export const registerDraftLetter: RouteRegistrar = (app, ctx) => {
  app.post<{ Params: { id: string }; Body: Record<string, unknown> | undefined }>(
    '/api/demands/:id/letters',
    {
      config: { access: 'demand:act' },
      schema: {
        tags: ['letters'],
        summary:
          'Draft a letter to the issuer from the findings (objection, narrowing, clarification, rejection), rendered as DOCX and PDF',
        body: draftBody,
      },
      validatorCompiler: () => (data) => ({ value: data }),
    },
    async (req, reply) => {
      const body = req.body ?? {}
      const result = await draftLetter(
        { ...ctx, renderer: letterRenderer },
        {
          demand_id: req.params.id,
          kind: body.kind,
          organisation: text(body.organisation) ?? ctx.config.organisation,
          signer: { name: text(body.signer_name) ?? req.staff!.name, title: text(body.signer_title) },
          ...(typeof body.expected_version === 'number' ? { expected_version: body.expected_version } : {}),
          actor: req.staff!.id,
        },
      )
      if (!result.ok) return sendDomainError(reply, result.error)
      const { record, version, letter } = result.value
      return reply
        .status(201)
        .send({ ...presentLetterVersion(version), letter, demand_version: record.version })
    },
  )
}
