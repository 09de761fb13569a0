import { isUuid } from '../../../app/demands/get-demand.js'
import { domainError } from '../../../core/errors.js'
import { sendDomainError } from '../../problem.js'
import type { RouteRegistrar } from '../route-types.js'

/** The document exactly as served, with its SHA-256 so the recipient can check it. */
export const registerDownloadDocument: RouteRegistrar = (app, ctx) => {
  app.get<{ Params: { id: string } }>(
    '/api/documents/:id/content',
    { config: { access: 'document:download' }, schema: { tags: ['documents'], summary: 'Download a document as served' } },
    async (req, reply) => {
      const found = isUuid(req.params.id) ? await ctx.store.documentContent(req.params.id) : null
      if (!found) return sendDomainError(reply, domainError('DOCUMENT_NOT_FOUND', `No document has the id "${req.params.id}".`))
      return reply
        .header('content-type', 'application/octet-stream')
        .header('x-content-sha256', found.record.sha256)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(found.record.filename)}`)
        .send(Buffer.from(found.content))
    },
  )
}
