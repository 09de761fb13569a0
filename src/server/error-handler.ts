/**
 * Turns framework errors into problem+json: validation errors name the field; client errors keep
 * their message; anything else is a bug, logged in full and answered with a generic 500 that
 * leaks nothing.
 */
import { STATUS_CODES } from 'node:http'
import type { FastifyError, FastifyInstance } from 'fastify'
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod'
import { sendProblem } from './problem.js'

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, req, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const problems = error.validation.map((v) => ({ field: v.instancePath.replace(/^\//, '').replaceAll('/', '.') || '(root)', message: v.message }))
      return sendProblem(reply, {
        type: 'https://custodian.invalid/problems/validation-failed',
        title: 'Invalid request',
        status: 400,
        detail: `The request is not valid: ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}.`,
        code: 'VALIDATION_FAILED',
        problems,
      })
    }
    const status = error.statusCode ?? 500
    if (status < 500) {
      const code = error.code === 'FST_REQ_FILE_TOO_LARGE' ? 'DOCUMENT_TOO_LARGE' : (error.code ?? 'BAD_REQUEST')
      return sendProblem(reply, {
        type: `https://custodian.invalid/problems/${code.toLowerCase().replaceAll('_', '-')}`,
        title: status === 413 ? 'Document too large' : (STATUS_CODES[status] ?? 'Bad request'),
        status,
        detail: error.message,
        code,
      })
    }
    req.log.error({ err: error }, 'unexpected error')
    return sendProblem(reply, {
      type: 'https://custodian.invalid/problems/internal',
      title: 'Unexpected error',
      status: 500,
      detail: 'Something went wrong on the server. It has been logged; try again, and tell your administrator if it happens again.',
      code: 'INTERNAL',
    })
  })
}
