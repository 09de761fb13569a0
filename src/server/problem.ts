/** RFC 9457 problem details. Every error response of the API has this shape. */
import type { FastifyReply } from 'fastify'
import type { DomainError } from '../core/errors.js'
import { HTTP_STATUS, PROBLEM_TITLES } from './error-map.js'

export type Problem = { type: string; title: string; status: number; detail: string; code: string } & Record<string, unknown>

export function problemFor(error: DomainError): Problem {
  return {
    type: `https://custodian.invalid/problems/${error.code.toLowerCase().replaceAll('_', '-')}`,
    title: PROBLEM_TITLES[error.code],
    status: HTTP_STATUS[error.code],
    detail: error.message,
    code: error.code,
    ...(error.details ?? {}),
  }
}

export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  return reply.status(problem.status).type('application/problem+json').send(problem)
}

export function sendDomainError(reply: FastifyReply, error: DomainError): FastifyReply {
  return sendProblem(reply, problemFor(error))
}
