/**
 * The rule pages use GitHub tables, which plain Markdown (react-markdown without remark-gfm)
 * does not know. They are split out here and drawn as real tables; everything else stays Markdown.
 */
export type Segment =
  { kind: 'markdown'; text: string } | { kind: 'table'; header: string[]; rows: string[][] }

const FENCE = /^\s*(```|~~~)/
const DELIMITER = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/

const isRow = (line: string | undefined) => line !== undefined && line.trim().startsWith('|')

/** A table row's cells: split on pipes outside inline code; `\|` is a literal pipe. */
export function cells(line: string): string[] {
  const body = line.trim().replace(/^\|/, '').replace(/\|$/, '')
  const out: string[] = []
  let current = ''
  let inCode = false
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!
    if (ch === '\\' && body[i + 1] === '|') {
      current += '|'
      i++
    } else if (ch === '`') {
      inCode = !inCode
      current += ch
    } else if (ch === '|' && !inCode) {
      out.push(current.trim())
      current = ''
    } else {
      current += ch
    }
  }
  out.push(current.trim())
  return out
}

export function splitTables(markdown: string): Segment[] {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n')
  const segments: Segment[] = []
  let buffer: string[] = []
  let fenced = false
  const flush = () => {
    if (buffer.some((l) => l.trim())) segments.push({ kind: 'markdown', text: buffer.join('\n') })
    buffer = []
  }
  for (let i = 0; i < lines.length;) {
    const line = lines[i]!
    if (FENCE.test(line)) fenced = !fenced
    if (!fenced && isRow(line) && DELIMITER.test(lines[i + 1] ?? '')) {
      flush()
      const header = cells(line)
      const rows: string[][] = []
      i += 2
      while (isRow(lines[i])) rows.push(cells(lines[i++]!))
      segments.push({ kind: 'table', header, rows })
      continue
    }
    buffer.push(line)
    i++
  }
  flush()
  return segments
}

/** "The summons catalogue" → "the-summons-catalogue", for heading anchors. */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}

/** The rule id a table row is about, if its first cell is one in backticks. */
export function rowRuleId(row: readonly string[], pattern: RegExp): string | null {
  const m = /^`([^`]+)`$/.exec(row[0] ?? '')
  return m && pattern.test(m[1]!) ? m[1]! : null
}
