/** User notices: queue one for a demand; read and edit the templates (administrators). */
import { z } from 'zod'
import { changeNoticeTemplate, noticeTemplates } from '../../../app/notices/notice-templates.js'
import { queueUserNotice } from '../../../app/notices/queue-user-notice.js'
import { domainError } from '../../../core/errors.js'
import { sendDomainError } from '../../problem.js'
import { respondWithDemand } from '../demands/respond-with-demand.js'
import type { RouteRegistrar } from '../route-types.js'

const noticeBody = z.object({ recipient: z.email(), language: z.string().optional(), respond_on: z.string().optional() })
const templateBody = z.object({ subject: z.string(), body: z.string() })
const noBodyValidation = () => (data: unknown) => ({ value: data })

export const registerNoticeRoutes: RouteRegistrar = (app, ctx) => {
  app.post<{ Params: { id: string }; Body: { recipient?: string; language?: string; respond_on?: string } | undefined }>(
    '/api/demands/:id/notices',
    {
      config: { access: 'demand:act' },
      schema: { tags: ['notices'], summary: 'Notify the affected user (sent now, or when the lawful basis for delay ends)', body: noticeBody },
      validatorCompiler: noBodyValidation,
    },
    async (req, reply) => {
      if (!ctx.mailer) {
        return sendDomainError(reply, domainError('MAIL_NOT_CONFIGURED', 'Outgoing mail is not configured: set CUSTODIAN_SMTP_URL so Custodian can notify users.'))
      }
      const result = await queueUserNotice(
        { ...ctx, organisation: ctx.config.organisation, counselHelp: ctx.config.counselHelp },
        {
          demand_id: req.params.id,
          recipient: String(req.body?.recipient ?? ''),
          language: req.body?.language ?? 'en',
          respond_on: req.body?.respond_on ?? null,
          actor: req.staff!.id,
        },
      )
      if (!result.ok) return sendDomainError(reply, result.error)
      return respondWithDemand(ctx, reply, result.value.id, 201)
    },
  )

  app.get('/api/notice-templates', { config: { access: 'demand:read' }, schema: { tags: ['notices'], summary: 'User-notice templates in force, per language' } }, async () => ({
    items: await noticeTemplates(ctx),
  }))

  app.put<{ Params: { language: string }; Body: { subject?: string; body?: string } | undefined }>(
    '/api/notice-templates/:language',
    {
      config: { access: 'policy:manage' },
      schema: { tags: ['notices'], summary: 'Edit a user-notice template (never asks for credentials, no links)', body: templateBody },
      validatorCompiler: noBodyValidation,
    },
    async (req, reply) => {
      const result = await changeNoticeTemplate(ctx, { language: req.params.language, subject: req.body?.subject, body: req.body?.body, actor: req.staff!.id })
      return result.ok ? { items: result.value } : sendDomainError(reply, result.error)
    },
  )
}
