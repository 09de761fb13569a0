/**
 * Upload served documents as a new demand (multipart: one or more `file` parts and an optional
 * `fields` part holding JSON, and an optional `channel`, default portal). The files are read into memory within the configured size limit
 * and committed before the answer is sent.
 */
import '@fastify/multipart'
import { importDemand } from '../../../app/demands/import-demand.js'
import { domainError } from '../../../core/errors.js'
import { sendDomainError } from '../../problem.js'
import type { RouteRegistrar } from '../route-types.js'
import { respondWithDemand } from './respond-with-demand.js'

export const registerImportDemand: RouteRegistrar = (app, ctx) => {
  app.post<{ Headers: { 'idempotency-key'?: string } }>(
    '/api/demands/import',
    {
      config: { access: 'demand:create' },
      schema: {
        tags: ['demands'],
        summary: 'Import a demand from uploaded documents (multipart/form-data: file, fields, channel)',
        consumes: ['multipart/form-data'],
      },
    },
    async (req, reply) => {
      if (!req.isMultipart()) {
        return sendDomainError(reply, domainError('VALIDATION_FAILED', 'Send the documents as multipart/form-data with one or more "file" parts.'))
      }
      const files: { filename: string; content: Uint8Array; media_type: string }[] = []
      let fields: Record<string, unknown> | undefined
      let channel: string | undefined
      for await (const part of req.parts()) {
        if (part.type === 'file') {
          const content = await part.toBuffer()
          if (part.file.truncated) {
            return sendDomainError(reply, domainError('DOCUMENT_TOO_LARGE', `"${part.filename}" is larger than the ${Math.round(ctx.config.maxUploadBytes / 1048576)} MB upload limit.`))
          }
          files.push({ filename: part.filename || 'document', content: new Uint8Array(content), media_type: part.mimetype })
        } else if (part.fieldname === 'channel' && typeof part.value === 'string' && part.value.trim()) {
          channel = part.value.trim()
        } else if (part.fieldname === 'fields' && typeof part.value === 'string' && part.value.trim()) {
          try {
            fields = JSON.parse(part.value) as Record<string, unknown>
          } catch {
            return sendDomainError(reply, domainError('VALIDATION_FAILED', 'The "fields" part must be JSON.'))
          }
        }
      }
      if (files.length === 0) return sendDomainError(reply, domainError('VALIDATION_FAILED', 'Attach at least one document in a "file" part.'))
      const key = req.headers['idempotency-key']
      const result = await importDemand(ctx, {
        files,
        ...(fields ? { fields } : {}),
        channel: channel ?? 'portal',
        idempotency_key: typeof key === 'string' && key ? key.slice(0, 200) : null,
        actor: req.staff!.id,
      })
      if (!result.ok) return sendDomainError(reply, result.error)
      return respondWithDemand(ctx, reply, result.value.record.id, result.value.created ? 201 : 200)
    },
  )
}
