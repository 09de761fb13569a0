/** Read and edit the user-notice templates (per language); edits are validated and kept forever. */
import { DEFAULT_NOTICE_TEMPLATES, NOTICE_LANGUAGES, templateProblem, type NoticeLanguage, type NoticeTemplate } from '../../core/notice/notice-templates.js'
import { domainError, type DomainError } from '../../core/errors.js'
import { err, ok, type Result } from '../../core/result.js'
import type { Clock, NoticeTemplateStore } from '../ports.js'

export const USER_NOTICE = 'user_notice'

export type TemplateInForce = NoticeTemplate & { language: NoticeLanguage; edited: boolean; changed_by: string | null; changed_at: string | null }

export async function noticeTemplates(deps: { templates: NoticeTemplateStore }): Promise<TemplateInForce[]> {
  const edited = new Map((await deps.templates.current(USER_NOTICE)).map((t) => [t.language, t]))
  return NOTICE_LANGUAGES.map((language) => {
    const e = edited.get(language)
    return e
      ? { language, subject: e.subject, body: e.body, edited: true, changed_by: e.changed_by, changed_at: e.changed_at }
      : { language, ...DEFAULT_NOTICE_TEMPLATES[language], edited: false, changed_by: null, changed_at: null }
  })
}

export async function templateFor(deps: { templates: NoticeTemplateStore }, language: NoticeLanguage): Promise<NoticeTemplate> {
  const all = await noticeTemplates(deps)
  return all.find((t) => t.language === language) ?? DEFAULT_NOTICE_TEMPLATES.en
}

export async function changeNoticeTemplate(
  deps: { templates: NoticeTemplateStore; clock: Clock },
  input: { language: string; subject: unknown; body: unknown; actor: string },
): Promise<Result<TemplateInForce[], DomainError>> {
  if (!(NOTICE_LANGUAGES as readonly string[]).includes(input.language)) {
    return err(domainError('VALIDATION_FAILED', `Notices are available in ${NOTICE_LANGUAGES.join(', ')}; "${input.language}" is not one of them.`))
  }
  const template = { subject: String(input.subject ?? ''), body: String(input.body ?? '') }
  const problem = templateProblem(template)
  if (problem) return err(domainError('VALIDATION_FAILED', problem))
  await deps.templates.record({ name: USER_NOTICE, language: input.language, ...template, changed_by: input.actor, changed_at: deps.clock.now().toISOString() })
  return ok(await noticeTemplates(deps))
}
