/** Sign in, who am I, sign out. */
import { z } from 'zod'
import { signIn } from '../../../app/staff/sign-in.js'
import { signOut } from '../../../app/staff/resolve-session.js'
import { SESSION_COOKIE } from '../../auth.js'
import { sendDomainError } from '../../problem.js'
import { typed, type RouteRegistrar } from '../route-types.js'

const credentials = z.object({ email: z.string().max(320), password: z.string().max(1000) })

export const registerSessionRoutes: RouteRegistrar = (app, ctx) => {
  const secure = ctx.config.cookieSecure ?? false
  typed(app).post(
    '/api/session',
    {
      config: { access: 'public', rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: { tags: ['session'], summary: 'Sign in', body: credentials },
    },
    async (req, reply) => {
      const result = await signIn({ ...ctx, sessionHours: ctx.config.sessionHours }, req.body)
      if (!result.ok) {
        req.log.warn({ email: req.body.email }, 'sign-in refused')
        return sendDomainError(reply, result.error)
      }
      reply.setCookie(SESSION_COOKIE, result.value.token, {
        httpOnly: true,
        sameSite: 'strict',
        secure,
        path: '/',
        expires: result.value.expires_at,
      })
      return { user: result.value.user }
    },
  )

  app.get('/api/session', { config: { access: 'signed_in' }, schema: { tags: ['session'], summary: 'The signed-in staff member' } }, async (req) => ({
    user: req.staff,
  }))

  app.delete('/api/session', { config: { access: 'signed_in' }, schema: { tags: ['session'], summary: 'Sign out' } }, async (req, reply) => {
    await signOut(ctx, req.cookies[SESSION_COOKIE] ?? '')
    reply.clearCookie(SESSION_COOKIE, { path: '/' })
    return reply.status(204).send()
  })
}
