/**
 * Serves the built web UI (web/dist) and answers unknown non-API paths with index.html so the
 * client-side router can take them. Unknown /api paths get a problem+json 404.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import fastifyStatic from '@fastify/static'
import type { FastifyInstance } from 'fastify'
import { sendProblem } from './problem.js'

export const WEB_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist')

export async function installWebUi(app: FastifyInstance): Promise<void> {
  const hasUi = existsSync(path.join(WEB_DIST, 'index.html'))
  // wildcard: files are looked up per request, so a rebuilt UI is served without a restart.
  if (hasUi) await app.register(fastifyStatic, { root: WEB_DIST, wildcard: true, index: 'index.html' })

  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith('/api') || !hasUi || req.method !== 'GET') {
      return sendProblem(reply, {
        type: 'https://custodian.invalid/problems/not-found',
        title: 'Not found',
        status: 404,
        detail: req.url.startsWith('/api') || !hasUi ? `There is no ${req.method} ${req.url.split('?')[0]} here.` : 'The web UI is not built: run `npm run build`.',
        code: 'NOT_FOUND',
      })
    }
    return reply.type('text/html').sendFile('index.html')
  })
}
