/**
 * Authentication and authorization for every route. Each route declares `config.access`; a route
 * without one stops the server from starting. Sessions are an httpOnly, SameSite=Strict cookie
 * holding a random token whose hash is looked up in the database.
 */
import '@fastify/cookie'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { StaffUser } from '../app/ports.js'
import { resolveSession } from '../app/staff/resolve-session.js'
import { domainError } from '../core/errors.js'
import type { AppContext } from '../context.js'
import { allows, type RouteAccess } from './policies/permissions.js'
import { sendDomainError } from './problem.js'

export const SESSION_COOKIE = 'custodian_session'

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess
  }
  interface FastifyRequest {
    staff: StaffUser | null
  }
}

/** Routes registered by plugins (OpenAPI docs, static UI) that are public by design. */
const PUBLIC_PREFIXES = ['/api/docs']

export type RegisteredRoute = { method: string; url: string; access: RouteAccess }

export function installAuth(app: FastifyInstance, ctx: AppContext, registry: RegisteredRoute[]): void {
  app.decorateRequest('staff', null)

  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api')) return
    const access = (route.config as { access?: RouteAccess } | undefined)?.access
    const isPluginPublic = PUBLIC_PREFIXES.some((p) => route.url.startsWith(p))
    if (!access && !isPluginPublic) {
      throw new Error(`Route ${String(route.method)} ${route.url} declares no access policy (config.access).`)
    }
    for (const method of [route.method].flat()) {
      if (method === 'HEAD') continue
      registry.push({ method, url: route.url, access: access ?? 'public' })
    }
  })

  app.addHook('preHandler', async (req: FastifyRequest, reply) => {
    const access = req.routeOptions.config?.access
    if (!access || access === 'public') return
    const token = req.cookies[SESSION_COOKIE] ?? ''
    const staff = await resolveSession(ctx, token)
    if (!staff) return sendDomainError(reply, domainError('NOT_AUTHENTICATED', 'Sign in to continue: your session is missing or has expired.'))
    req.staff = staff
    if (!allows(staff.role, access)) {
      return sendDomainError(
        reply,
        domainError('NOT_AUTHORIZED', `Your role (${staff.role}) does not allow this action (${access}).`, { required: access }),
      )
    }
  })
}
