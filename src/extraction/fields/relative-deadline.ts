/**
 * Relative deadlines: "within 10 days", "within three (3) working days of receipt", "no prazo de
 * 2 dias", "в течение 3 (трех) рабочих дней", "7日内". The corpus keeps these out of
 * `response_deadline` (they are not dates); they are reported on their own, with the date they
 * come to when the start is known.
 */
import type { RelativeDeadline, Span } from '../types.js'
import { addDays } from './dates.js'
import { NUMBER_WORD_PATTERN, parseSmallNumber } from './numbers.js'
import { span } from './text.js'
import { uni } from './uni.js'

const NUM = `(\\d{1,3}|${NUMBER_WORD_PATTERN}|[一二两三四五六七八九十]+)`
// "three (3)" / "3 (three)" / "3 (трех)": the bracketed repeat is skipped.
const REPEAT = '(?:\\s*\\(\\s*[\\p{L}\\d -]{1,25}\\s*\\))?'

type Unit = RelativeDeadline['unit']

type Pattern = { re: RegExp; unit: (m: RegExpExecArray) => Unit; amount: (m: RegExpExecArray) => string | undefined; anchor: (m: RegExpExecArray) => string }

function unitOf(word: string, working: boolean): Unit {
  const w = word.toLowerCase()
  if (/^(?:hour|hora|heure|stunde|час|小时|saat)/u.test(w)) return 'hours'
  if (/^(?:week|semana|semaine|woche|недел)/u.test(w)) return 'weeks'
  if (/^(?:month|mes|mês|mois|monat|месяц)/u.test(w)) return 'months'
  if (/^(?:werktag|arbeitstag|工作日)/u.test(w)) return 'working_days'
  return working ? 'working_days' : 'days'
}

const PATTERNS: Pattern[] = [
  {
    // English: within 10 days / within three (3) business days / no later than 5 days after
    re: uni(new RegExp(`\\b(?:within|no later than|not later than|not more than|in)\\s+${NUM}${REPEAT}\\s+(calendar\\s+|business\\s+|working\\s+)?(days?|hours?|weeks?|months?)\\b([^.\\n\\r;]{0,70})`, 'giu')),
    amount: (m) => m[1],
    unit: (m) => unitOf(m[3] ?? 'days', /business|working/i.test(m[2] ?? '')),
    anchor: (m) => m[4] ?? '',
  },
  {
    // Spanish / Portuguese / Italian: dentro de 5 días hábiles, no prazo de 2 (dois) dias úteis, prazo fixado: dois dias
    re: uni(new RegExp(`\\b(?:dentro de(?:l plazo de)?|en (?:el|un) (?:plazo|término) (?:máximo |improrrogable )?de|(?:plazo|prazo)(?: fixado)?(?: de)?:?|no prazo (?:máximo |improrrogável )?de|em até|entro)\\s+${NUM}${REPEAT}\\s+(días?|dias?|horas?|giorni|ore)(\\s+(?:hábiles|úteis|lavorativi|naturales|corridos))?([^.\\n\\r;]{0,70})`, 'giu')),
    amount: (m) => m[1],
    unit: (m) => unitOf(m[2] ?? 'days', /hábiles|úteis|lavorativi/i.test(m[3] ?? '')),
    anchor: (m) => m[4] ?? '',
  },
  {
    // French: dans un délai de 8 jours (ouvrables), sous 48 heures
    re: uni(new RegExp(`\\b(?:dans un délai (?:maximum )?de|sous|d'ici)\\s+${NUM}${REPEAT}\\s+(jours?|heures?|semaines?|mois)(\\s+(?:ouvrables|ouvrés|calendaires|francs))?([^.\\n\\r;]{0,70})`, 'giu')),
    amount: (m) => m[1],
    unit: (m) => unitOf(m[2] ?? 'jours', /ouvr/i.test(m[3] ?? '')),
    anchor: (m) => m[4] ?? '',
  },
  {
    // German: innerhalb von 7 Tagen, binnen zwei Wochen, innerhalb von 3 Werktagen
    re: uni(new RegExp(`\\b(?:innerhalb(?: von)?|binnen)\\s+${NUM}${REPEAT}\\s+(Tag(?:en|e)?|Werktag(?:en|e)?|Arbeitstag(?:en|e)?|Stunden|Wochen?|Monat(?:en|e)?)\\b([^.\\n\\r;]{0,70})`, 'giu')),
    amount: (m) => m[1],
    unit: (m) => unitOf(m[2] ?? 'Tage', false),
    anchor: (m) => m[3] ?? '',
  },
  {
    // Russian: в течение 3 (трех) рабочих дней, в течение суток
    re: uni(new RegExp(`\\bв течение\\s+${NUM}?${REPEAT}\\s*(рабочих\\s+|календарных\\s+)?(дн\\w*|суток|час\\w*|недел\\w*|месяц\\w*)([^.\\n\\r;]{0,70})`, 'giu')),
    amount: (m) => m[1] ?? (/^сут/i.test(m[3] ?? '') ? '1' : undefined),
    unit: (m) => (/^сут/i.test(m[3] ?? '') ? 'days' : unitOf(m[3] ?? 'дн', /рабоч/i.test(m[2] ?? ''))),
    anchor: (m) => m[4] ?? '',
  },
  {
    // Chinese: 7日内 / 三个工作日内 / 24小时内
    re: new RegExp(`${NUM}\\s*(?:个)?(工作日|日|天|小时)(?:内|之内|以内)`, 'gu'),
    amount: (m) => m[1],
    unit: (m) => unitOf(m[2] ?? '日', false),
    anchor: () => '',
  },
  {
    // Turkish: 3 gün içinde / 24 saat içinde
    re: uni(new RegExp(`\\b${NUM}\\s+(iş\\s+)?(gün|saat)(?:ü|ün)?\\s+içinde`, 'giu')),
    amount: (m) => m[1],
    unit: (m) => (m[3] === 'saat' ? 'hours' : m[2] ? 'working_days' : 'days'),
    anchor: () => '',
  },
]

export type FoundRelativeDeadline = { deadline: Omit<RelativeDeadline, 'due_on'>; anchor: 'receipt' | 'issue'; evidence: Span }

/**
 * Contexts where "within N days" is not the provider's deadline: preservation periods, the
 * window to move to quash, a statute's own time limits.
 */
const NOT_A_DEADLINE = uni(/\b(?:preserv\w*|retain|retention|period of|for a period|extension|renew\w*|quash|motion|appeal\w*|обжалован\w*|apelación|recurso|recours|einspruch|beschwerde|delay(?:ed)? notice|notify)\b/i)

export function findRelativeDeadlines(text: string): FoundRelativeDeadline[] {
  const out: FoundRelativeDeadline[] = []
  for (const p of PATTERNS) {
    p.re.lastIndex = 0
    for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
      const raw = p.amount(m)
      const amount = raw === undefined ? undefined : parseSmallNumber(raw)
      if (amount === undefined || amount <= 0 || amount > 366) continue
      const context = text.slice(Math.max(0, m.index - 100), m.index)
      const tail = p.anchor(m)
      if (NOT_A_DEADLINE.test(context.slice(-60)) || NOT_A_DEADLINE.test(tail)) continue
      const anchor = /receipt|received|service|served|recepción|recebimento|recebido|réception|eingang|erhalt|получени|вручени|收到/iu.test(tail) ? 'receipt' : 'issue'
      const end = m.index + m[0].length - tail.length
      const ev = span(text, m.index, end)
      out.push({ deadline: { text: ev.text.trim(), amount, unit: p.unit(m) }, anchor, evidence: ev })
    }
  }
  return out.sort((a, b) => a.evidence.start - b.evidence.start)
}

/** The calendar date a relative deadline comes to, from the issue date or the date of receipt. */
export function resolveRelative(found: FoundRelativeDeadline, issued: string | null, receivedOn: string | undefined): string | null {
  const start = found.anchor === 'receipt' ? (receivedOn ?? null) : (issued ?? receivedOn ?? null)
  if (!start) return null
  const { amount, unit } = found.deadline
  switch (unit) {
    case 'hours':
      return addDays(start, Math.ceil(amount / 24))
    case 'days':
      return addDays(start, amount)
    case 'working_days':
      return addDays(start, amount, true)
    case 'weeks':
      return addDays(start, amount * 7)
    case 'months':
      return addDays(start, amount * 30)
  }
}
