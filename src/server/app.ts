/**
 * createApp(ctx): the whole HTTP server, without listen(), so tests drive it with inject() and
 * the CLI decides where it listens.
 */
import fastifyCookie from '@fastify/cookie'
import fastifyHelmet from '@fastify/helmet'
import fastifyMultipart from '@fastify/multipart'
import fastifyRateLimit from '@fastify/rate-limit'
import fastifySwagger from '@fastify/swagger'
import fastifySwaggerUi from '@fastify/swagger-ui'
import Fastify, { LogController, type FastifyInstance } from 'fastify'
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod'
import type { AppContext } from '../context.js'
import { installAuth, type RegisteredRoute } from './auth.js'
import { installErrorHandler } from './error-handler.js'
import { registerCalendarFeed } from './routes/clocks/calendar-feed.js'
import { registerDemandClocks } from './routes/clocks/demand-clocks.js'
import { registerListClocks } from './routes/clocks/list-clocks.js'
import { registerCreateDemand } from './routes/demands/create-demand.js'
import { registerGetDemand } from './routes/demands/get-demand.js'
import { registerImportDemand } from './routes/demands/import-demand.js'
import { registerListDemands } from './routes/demands/list-demands.js'
import { registerRecordEvent } from './routes/demands/record-event.js'
import { registerDownloadDocument } from './routes/documents/download-document.js'
import { registerHealth } from './routes/health.js'
import { registerDraftLetter } from './routes/letters/draft-letter.js'
import { registerListLetters } from './routes/letters/list-letters.js'
import { registerReviseLetter } from './routes/letters/revise-letter.js'
import { registerCalendarSubscription } from './routes/clocks/calendar-subscription.js'
import { registerMeta } from './routes/meta.js'
import { registerNoticeRoutes } from './routes/notices/notice-routes.js'
import { registerListNotifications } from './routes/notifications/list-notifications.js'
import { registerMarkNotificationRead } from './routes/notifications/mark-read.js'
import { registerPolicyRoutes } from './routes/policy/policy-routes.js'
import { registerRulesRoutes } from './routes/rules/rules-routes.js'
import type { RouteRegistrar } from './routes/route-types.js'
import { registerSessionRoutes } from './routes/session/session-routes.js'
import { registerStaffRoutes } from './routes/staff.js'
import { installWebUi } from './web-ui.js'

const ROUTES: RouteRegistrar[] = [
  registerHealth,
  registerSessionRoutes,
  registerMeta,
  registerListDemands,
  registerGetDemand,
  registerCreateDemand,
  registerImportDemand,
  registerRecordEvent,
  registerDownloadDocument,
  registerPolicyRoutes,
  registerRulesRoutes,
  registerStaffRoutes,
  registerNoticeRoutes,
  registerCalendarSubscription,
  registerListLetters,
  registerDraftLetter,
  registerReviseLetter,
  registerListClocks,
  registerDemandClocks,
  registerCalendarFeed,
  registerListNotifications,
  registerMarkNotificationRead,
]

export type CustodianApp = FastifyInstance & { custodianRoutes: RegisteredRoute[] }

export async function createApp(ctx: AppContext, options: { logger?: boolean } = {}): Promise<CustodianApp> {
  const app = Fastify({
    logger:
      options.logger === false || ctx.config.logLevel === 'silent'
        ? false
        : {
            level: ctx.config.logLevel,
            // Never log credentials or session tokens.
            redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]', 'password'],
          },
    trustProxy: false,
    // Request/response lines are noise for a desk app; warnings, errors and our own entries stay.
    logController: new LogController({ disableRequestLogging: true }),
  })
  app.setValidatorCompiler(validatorCompiler)
  app.setSerializerCompiler(serializerCompiler)

  const routes: RegisteredRoute[] = []
  await app.register(fastifyCookie)
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
  })
  await app.register(fastifyRateLimit, { global: false })
  await app.register(fastifyMultipart, { limits: { fileSize: ctx.config.maxUploadBytes, files: 20, fields: 10, fieldSize: 1024 * 1024 } })
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Custodian API',
        version: '0.1.0',
        description: 'Legal-process desk: demands, their documents and their workflow. Errors are application/problem+json.',
      },
    },
    transform: jsonSchemaTransform,
  })
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' })
  installAuth(app, ctx, routes)
  installErrorHandler(app)

  for (const register of ROUTES) register(app, ctx)
  await installWebUi(app)
  await app.ready()
  return Object.assign(app, { custodianRoutes: routes }) as unknown as CustodianApp
}
