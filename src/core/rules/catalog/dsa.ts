/**
 * DSA: orders under the EU Digital Services Act (Regulation (EU) 2022/2065). Art. 10 orders ask
 * for information about specific recipients; Art. 9 orders ask the provider to act against
 * illegal content. Each must carry listed elements; the provider acknowledges receipt and
 * reports the effect given without undue delay.
 */
import type { DemandFacts, DsaOrderFacts } from '../facts.js'
import type { Rule, RuleCheck } from '../types.js'

function isDsa(f: DemandFacts): boolean {
  return f.instrument_type === 'eu_dsa_order' || f.dsa_order != null
}

function article(f: DemandFacts): 9 | 10 | null {
  return f.dsa_order?.article ?? null
}

type ElementSpec = { key: keyof DsaOrderFacts; label: string }

function checkElements(order: DsaOrderFacts | null | undefined, specs: readonly ElementSpec[]): RuleCheck {
  const missing: string[] = []
  const unknown: string[] = []
  for (const spec of specs) {
    const value = order?.[spec.key]
    if (value === false) missing.push(spec.label)
    else if (value == null) unknown.push(spec.label)
  }
  if (missing.length > 0) return { outcome: 'fail', values: { missing: missing.join('; ') } }
  if (unknown.length > 0) return { outcome: 'needs_review', values: { unknown: unknown.join('; ') } }
  return { outcome: 'pass' }
}

const ART10_ELEMENTS: readonly ElementSpec[] = [
  { key: 'legal_basis', label: 'the legal basis in Union or national law' },
  { key: 'issuing_authority_identified', label: 'information identifying the issuing authority' },
  { key: 'recipients_identified', label: 'clear identification of the recipients concerned' },
  { key: 'statement_of_reasons', label: 'a statement of reasons (objective, necessity and proportionality)' },
  { key: 'redress_information', label: 'the redress available to the provider and the recipients' },
]

const ART9_ELEMENTS: readonly ElementSpec[] = [
  { key: 'legal_basis', label: 'the legal basis' },
  { key: 'statement_of_reasons', label: 'a statement of reasons citing the provisions infringed' },
  { key: 'issuing_authority_identified', label: 'information identifying the issuing authority' },
  { key: 'content_located', label: 'exact URLs or other information locating the content' },
  { key: 'redress_information', label: 'the redress available to the provider and the content provider' },
]

export const DSA_RULES: readonly Rule[] = [
  {
    id: 'DSA.ORDER.ARTICLE_IDENTIFIED',
    family: 'DSA',
    kind: 'law',
    title: 'The order is identified as an Art. 9 or Art. 10 order',
    citation: 'Regulation (EU) 2022/2065, Arts. 9 and 10',
    confidence: 'confirmed',
    severity: 'medium',
    effect: 'clarify',
    appliesTo: isDsa,
    check: (f) =>
      article(f) === null
        ? { outcome: 'needs_review' }
        : { outcome: 'pass', values: { article: article(f) ?? '' } },
    explanation: {
      pass: 'The order is an Art. {article} DSA order.',
      fail: 'Not applicable.',
      needs_review:
        'It is not recorded whether the order asks for information (Art. 10) or for action against content (Art. 9).',
    },
    action: {
      pass: 'None.',
      fail: 'None.',
      needs_review: 'Read the order and record the article it relies on.',
    },
  },
  {
    id: 'DSA.ART10.ORDER_ELEMENTS',
    family: 'DSA',
    kind: 'law',
    title: 'An Art. 10 order carries its required elements',
    citation: 'Regulation (EU) 2022/2065, Art. 10(2)(a)',
    confidence: 'confirmed',
    severity: 'high',
    effect: 'clarify',
    appliesTo: (f) => isDsa(f) && article(f) === 10,
    check: (f) => {
      const order = f.dsa_order
      const withheld = order?.reasons_withheld_for_criminal_investigation === true
      const specs = withheld ? ART10_ELEMENTS.filter((s) => s.key !== 'statement_of_reasons') : ART10_ELEMENTS
      return checkElements(order, specs)
    },
    explanation: {
      pass: 'The order states its legal basis, the issuing authority, the recipients concerned, its reasons and the redress available.',
      fail: 'The Art. 10 order lacks: {missing}.',
      needs_review: 'Not yet checked in the Art. 10 order: {unknown}.',
    },
    action: {
      pass: 'None.',
      fail: 'Acknowledge receipt and ask the issuing authority for a complete order before giving effect to it.',
      needs_review: 'Check the order against the Art. 10(2)(a) list.',
    },
  },
  {
    id: 'DSA.ART10.DATA_ALREADY_HELD',
    family: 'DSA',
    kind: 'law',
    title: "Only information already collected and within the provider's control",
    citation: 'Regulation (EU) 2022/2065, Art. 10(2)(b)',
    confidence: 'confirmed',
    severity: 'medium',
    effect: 'narrow',
    appliesTo: (f) => isDsa(f) && article(f) === 10,
    check: (f) => {
      const held = f.dsa_order?.data_already_held
      if (held === true) return { outcome: 'pass' }
      if (held === false) return { outcome: 'fail' }
      return { outcome: 'needs_review', severity: 'low' }
    },
    explanation: {
      pass: "The information asked for is already collected for the service and within the provider's control.",
      fail: 'The order asks for information the provider has not collected or does not control; Art. 10 reaches only what it already holds.',
      needs_review: 'Nobody has checked whether the information is already held.',
    },
    action: {
      pass: 'None.',
      fail: 'Answer with what is already held and say that nothing else exists to produce.',
      needs_review: 'Check what is held for the recipients named.',
    },
  },
  {
    id: 'DSA.ORDER.LANGUAGE_AND_CONTACT',
    family: 'DSA',
    kind: 'law',
    title: 'In an accepted language, to the point of contact, or translated',
    citation: 'Regulation (EU) 2022/2065, Art. 10(2)(c) and Art. 9 (language and point of contact); Art. 11',
    confidence: 'confirmed',
    severity: 'low',
    effect: 'clarify',
    appliesTo: isDsa,
    check: (f) => {
      const o = f.dsa_order
      if (o?.translation_attached === true) return { outcome: 'pass' }
      if (o?.language_accepted === false || o?.via_point_of_contact === false) return { outcome: 'fail' }
      if (o?.language_accepted === true && o.via_point_of_contact === true) return { outcome: 'pass' }
      return { outcome: 'needs_review' }
    },
    explanation: {
      pass: 'The order arrived in an accepted language through the point of contact, or with a translation.',
      fail: 'The order arrived in a language the provider has not declared, or outside its point of contact, without a translation of its basis and reasons.',
      needs_review: 'Language and channel of the order are not recorded.',
    },
    action: {
      pass: 'None.',
      fail: 'Ask the authority for a translation of at least the legal basis and the reasons.',
      needs_review: 'Record the language and the channel.',
    },
  },
  {
    id: 'DSA.ORDER.ACKNOWLEDGE_EFFECT',
    family: 'DSA',
    kind: 'law',
    title: 'Acknowledge receipt and report the effect given without undue delay',
    citation: 'Regulation (EU) 2022/2065, Art. 9, Art. 10(1); Art. 15(1)(a) (median times reported)',
    confidence: 'confirmed',
    severity: 'info',
    effect: 'note',
    appliesTo: isDsa,
    check: () => ({ outcome: 'pass' }),
    explanation: {
      pass: 'The provider must tell the issuing authority, without undue delay, that it received the order and whether and when it gave effect to it.',
      fail: 'Not applicable.',
      needs_review: 'Not applicable.',
    },
    action: {
      pass: 'Timestamp the acknowledgement and the effect given: both medians go into the Art. 15 report.',
      fail: 'None.',
      needs_review: 'None.',
    },
  },
  {
    id: 'DSA.ART9.ORDER_ELEMENTS',
    family: 'DSA',
    kind: 'law',
    title: 'An Art. 9 order carries its required elements',
    citation: 'Regulation (EU) 2022/2065, Art. 9 (content of the order)',
    confidence: 'confirmed',
    severity: 'high',
    effect: 'clarify',
    appliesTo: (f) => isDsa(f) && article(f) === 9,
    check: (f) => checkElements(f.dsa_order, ART9_ELEMENTS),
    explanation: {
      pass: 'The order states its legal basis and reasons, the issuing authority, where the content is, and the redress available.',
      fail: 'The Art. 9 order lacks: {missing}.',
      needs_review: 'Not yet checked in the Art. 9 order: {unknown}.',
    },
    action: {
      pass: 'None.',
      fail: 'Acknowledge receipt and ask for a complete order before acting on it.',
      needs_review: 'Check the order against the Art. 9 list.',
    },
  },
  {
    id: 'DSA.ART9.TERRITORIAL_SCOPE',
    family: 'DSA',
    kind: 'law',
    title: 'Territorial scope limited to what is strictly necessary',
    citation:
      'Regulation (EU) 2022/2065, Art. 9 (territorial scope); GitHub government-takedown practice (geoblock narrowly)',
    confidence: 'confirmed',
    severity: 'medium',
    effect: 'narrow',
    appliesTo: (f) => isDsa(f) && article(f) === 9,
    check: (f) => {
      const limited = f.dsa_order?.territorial_scope_limited
      if (limited === true) return { outcome: 'pass' }
      if (limited === false) return { outcome: 'fail' }
      return { outcome: 'needs_review', severity: 'low' }
    },
    explanation: {
      pass: 'The order limits its territorial scope to what is strictly necessary.',
      fail: 'The order reaches beyond what is strictly necessary for its objective (for example worldwide removal).',
      needs_review: 'The territorial scope of the order has not been checked.',
    },
    action: {
      pass: 'Restrict access in the territory named only.',
      fail: 'Give effect narrowly: restrict access only in the issuing Member State, and say why.',
      needs_review: 'Record the territory the order covers.',
    },
  },
]
