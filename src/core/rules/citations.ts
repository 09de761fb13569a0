/**
 * Reading the statutes a demand cites. Citations are written many ways ("19 U.S.C. § 1509",
 * "19 USC 1509", "Fed. R. Crim. P. 17(c)"); they are normalised once and matched by title,
 * section and subsection.
 */
export type ParsedCitation =
  | { kind: 'usc'; title: string; section: string; sub: string; raw: string }
  | { kind: 'frcrp' | 'frcp'; rule: string; raw: string }
  | { kind: 'eu'; act: 'dsa' | 'e_evidence'; raw: string }

const USC = /(\d+)usca?(?:sec(?:tion)?s?)?(\d+[a-z]?)((?:\([a-z0-9]+\))*)/g
const CRIMINAL_RULE = /(?:fedrcrimp|frcrp|federalrulesofcriminalprocedure|criminalprocedure)(?:rule)?(\d+)/
const CIVIL_RULE = /(?:fedrcivp|frcp|federalrulesofcivilprocedure|civilprocedure)(?:rule)?(\d+)/

function normalise(raw: string): string {
  return raw
    .toLowerCase()
    .replace(/[,;]/g, '|')
    .replace(/[.\s§]/g, '')
}

export function parseCitation(raw: string): ParsedCitation[] {
  const text = normalise(raw)
  const found: ParsedCitation[] = []
  for (const m of text.matchAll(USC)) {
    found.push({ kind: 'usc', title: m[1] ?? '', section: m[2] ?? '', sub: m[3] ?? '', raw })
  }
  const crim = CRIMINAL_RULE.exec(text)
  if (crim) found.push({ kind: 'frcrp', rule: crim[1] ?? '', raw })
  const civ = CIVIL_RULE.exec(text)
  if (civ) found.push({ kind: 'frcp', rule: civ[1] ?? '', raw })
  if (text.includes('2022/2065') || text.includes('digitalservicesact'))
    found.push({ kind: 'eu', act: 'dsa', raw })
  if (text.includes('2023/1543') || text.includes('e-evidence'))
    found.push({ kind: 'eu', act: 'e_evidence', raw })
  return found
}

const PARSED = new WeakMap<readonly string[], readonly ParsedCitation[]>()

/**
 * Parses a demand's list of citations. Several rules read the same list, so the result is kept
 * per list (a pure cache: the same list always parses the same way).
 */
export function parseCitations(list: readonly string[]): readonly ParsedCitation[] {
  const cached = PARSED.get(list)
  if (cached) return cached
  const parsed = list.flatMap(parseCitation)
  PARSED.set(list, parsed)
  return parsed
}

/** Whether the list cites `title U.S.C. section`, optionally a subsection prefix such as "(d)" or "(b)(8)". */
export function citesUsc(
  cited: readonly ParsedCitation[],
  title: string,
  section: string,
  subPrefix = '',
): boolean {
  return cited.some(
    (c) => c.kind === 'usc' && c.title === title && c.section === section && c.sub.startsWith(subPrefix),
  )
}

export function citesUscRange(
  cited: readonly ParsedCitation[],
  title: string,
  from: number,
  to: number,
): boolean {
  return cited.some((c) => {
    if (c.kind !== 'usc' || c.title !== title) return false
    const n = Number.parseInt(c.section, 10)
    return n >= from && n <= to
  })
}
