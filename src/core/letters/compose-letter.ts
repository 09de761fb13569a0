/**
 * Compose a letter to the issuer from a demand and its assessment: one numbered point per failing
 * finding (merged when two findings make the same point), each with its citation and what we ask.
 * Pure and deterministic: the same demand, findings, kind, organisation and date give the same
 * letter, so a draft can be reproduced from the log.
 */
import {
  DATA_CATEGORY_LABELS,
  INSTRUMENT_LABELS,
  type Channel,
  type DataCategory,
  type DemandFields,
} from '../demand/index.js'
import { ruleById, SEVERITY_RANK, type Effect, type Finding, type Recommendation } from '../rules/index.js'
import type { Letter, LetterCategory, LetterKind, LetterPoint } from './letter.js'
import { ASK_BY_EFFECT, CLOSING_ASK, INTERNAL_RULES, RULE_PHRASES, STANCE } from './phrases.js'

export type LetterInput = {
  kind: LetterKind
  demand: { reference: string; fields: DemandFields; received_at: string; channel?: Channel | null }
  assessment: { findings: readonly Finding[]; recommendation: Recommendation }
  organisation: string
  signer?: { name?: string | null; title?: string | null } | null
  /** The letter's date, `YYYY-MM-DD` (or an instant, whose printed date is used). */
  date: string
}

/** Which effects lead, per kind: a clarification letter opens with what needs clarifying. */
const EFFECT_ORDER: Readonly<Record<LetterKind, readonly Effect[]>> = {
  objection: ['decline', 'challenge', 'object', 'clarify', 'narrow', 'note'],
  rejection: ['decline', 'challenge', 'object', 'clarify', 'narrow', 'note'],
  narrowing: ['narrow', 'decline', 'challenge', 'object', 'clarify', 'note'],
  clarification: ['clarify', 'decline', 'challenge', 'object', 'narrow', 'note'],
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

export function composeLetter(input: LetterInput): Letter {
  const { fields } = input.demand
  const us = (fields.issuing_authority.jurisdiction ?? '').toUpperCase().startsWith('US')
  const date = printedDate(input.date)
  const points = composePoints(input.kind, input.assessment.findings)
  const authority = fields.issuing_authority
  const signatory = authority.signatory?.trim() || null

  return {
    kind: input.kind,
    date,
    date_text: longDate(date, us),
    organisation: input.organisation,
    our_reference: input.demand.reference,
    their_reference: fields.reference,
    addressee: [signatory, authority.office?.trim() || null, authority.name].filter((l): l is string => !!l),
    subject: subjectLine(input, us),
    salutation: signatory ? `Dear ${signatory},` : 'Dear Sir or Madam,',
    opening: [introduction(input, us), STANCE[input.kind]],
    points,
    categories:
      input.kind === 'narrowing'
        ? narrowedCategories(fields.data_categories_requested, input.assessment)
        : null,
    closing: [
      CLOSING_ASK[input.kind],
      `Nothing in this letter waives any right, privilege or objection of ${input.organisation} or of its users, all of which are expressly reserved, including the right to raise further objections and to notify affected users as the law allows.`,
      `Please address any correspondence about this matter to us, quoting our reference ${input.demand.reference}.`,
    ],
    signature: {
      valediction: us ? 'Sincerely,' : 'Yours faithfully,',
      lines: [
        input.signer?.name?.trim() || '[Name]',
        input.signer?.title?.trim() || 'Legal Department',
        input.organisation,
      ],
    },
    finding_ids: points.flatMap((p) => p.rule_ids),
  }
}

/** Failing findings the issuer can cure, strongest first, one point per topic. */
function composePoints(kind: LetterKind, findings: readonly Finding[]): LetterPoint[] {
  const order = EFFECT_ORDER[kind]
  const rank = (f: Finding) => order.indexOf(f.effect ?? 'note')
  const failing = findings
    .map((f, index) => ({ f, index }))
    .filter(({ f }) => f.outcome === 'fail' && !INTERNAL_RULES.has(f.rule_id))
    .sort(
      (a, b) =>
        rank(a.f) - rank(b.f) ||
        SEVERITY_RANK[a.f.severity] - SEVERITY_RANK[b.f.severity] ||
        a.index - b.index,
    )
    .map(({ f }) => f)

  const points: LetterPoint[] = []
  const byTopic = new Map<string, LetterPoint>()
  for (const f of failing) {
    const phrase = RULE_PHRASES[f.rule_id]
    const existing = phrase?.topic ? byTopic.get(phrase.topic) : undefined
    if (existing) {
      existing.rule_ids.push(f.rule_id)
      // Two rules on one point often cite the same authority; print each authority once.
      for (const part of f.citation.split('; ')) {
        if (!existing.citations.some((c) => c.includes(part))) existing.citations.push(part)
      }
      continue
    }
    const point: LetterPoint = {
      number: points.length + 1,
      rule_ids: [f.rule_id],
      heading: ruleById(f.rule_id)?.title ?? f.rule_id,
      statement: f.explanation,
      citations: [f.citation],
      ask: phrase?.ask ?? ASK_BY_EFFECT[f.effect ?? 'note'],
    }
    points.push(point)
    if (phrase?.topic) byTopic.set(phrase.topic, point)
  }
  return points
}

/** What may be produced: the engine's narrowed list when it has one, else what no failing finding rules out. */
function narrowedCategories(
  requested: readonly DataCategory[],
  assessment: LetterInput['assessment'],
): { producible: LetterCategory[]; withheld: LetterCategory[] } {
  const excluded = new Set(
    assessment.findings.filter((f) => f.outcome === 'fail').flatMap((f) => f.excluded_categories ?? []),
  )
  const allowed =
    assessment.recommendation.action === 'comply_narrowed' && assessment.recommendation.categories
      ? new Set(assessment.recommendation.categories)
      : new Set(requested.filter((c) => !excluded.has(c)))
  const label = (category: DataCategory): LetterCategory => ({
    category,
    label: DATA_CATEGORY_LABELS[category],
  })
  return {
    producible: requested.filter((c) => allowed.has(c)).map(label),
    withheld: requested.filter((c) => !allowed.has(c)).map(label),
  }
}

function introduction(input: LetterInput, us: boolean): string {
  const { fields, received_at, channel } = input.demand
  const instrument = instrumentName(fields)
  const issued = fields.date_issued ? ` dated ${longDate(fields.date_issued, us)}` : ''
  const theirs = fields.reference ? `, your reference ${fields.reference},` : ''
  const served = longDate(printedDate(fields.served_at ?? received_at), us)
  const by = channel && CHANNEL_WORDS[channel] ? ` ${CHANNEL_WORDS[channel]}` : ''
  let text = `We write on behalf of ${input.organisation} about the ${instrument}${issued}${theirs} which we received${by} on ${served}.`
  const statutes =
    fields.statutes_cited.length > 0 ? ` relies on ${listWords(fields.statutes_cited)} and` : ''
  const targets = fields.targets.map((t) => t.identifier)
  if (targets.length > 0) text += ` It${statutes} seeks records concerning ${targetWords(targets)}.`
  else if (statutes) text += ` It${statutes.replace(/ and$/, '')}.`
  return text
}

const CHANNEL_WORDS: Partial<Record<Channel, string>> = {
  email: 'by email',
  fax: 'by fax',
  portal: 'through our law-enforcement portal',
  mail: 'by post',
  in_person: 'by hand',
}

function subjectLine(input: LetterInput, us: boolean): string {
  const { fields } = input.demand
  const label = INSTRUMENT_LABELS[fields.instrument_type]
  const instrument = fields.instrument_type === 'other' ? 'Demand for records' : label
  const issued = fields.date_issued ? ` dated ${longDate(fields.date_issued, us)}` : ''
  const law = fields.statutes_cited.length > 0 ? ` (${fields.statutes_cited.join(', ')})` : ''
  const theirs = fields.reference ?? 'none given'
  return `Re: ${instrument}${issued}${law}; your reference: ${theirs}; our reference: ${input.demand.reference}`
}

function instrumentName(fields: DemandFields): string {
  if (fields.instrument_type === 'other') return 'demand for records'
  const label = INSTRUMENT_LABELS[fields.instrument_type]
  return label.charAt(0).toLowerCase() + label.slice(1)
}

function targetWords(targets: readonly string[]): string {
  if (targets.length > 3)
    return `${targets.length} accounts or identifiers, including ${listWords(targets.slice(0, 3))}`
  return listWords(targets)
}

function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? ''
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
}

/** The calendar date as printed: the first ten characters of an ISO date or instant. */
function printedDate(value: string): string {
  const date = value.slice(0, 10)
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`A letter needs an ISO date, not "${value}".`)
  return date
}

/** "March 14, 2017" in the United States, "14 March 2017" elsewhere. */
export function longDate(isoDate: string, us: boolean): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-')
  const month = MONTHS[Number(m) - 1] ?? m
  const day = String(Number(d))
  return us ? `${month} ${day}, ${y}` : `${day} ${month} ${y}`
}
