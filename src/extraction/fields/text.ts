/**
 * Small text helpers shared by the field extractors. They never change the text: every match
 * keeps its offsets into the extracted text, so evidence spans point at what a human can see.
 */
import type { Span } from '../types.js'

export type Line = Span

/** Lines split on any line ending (\r\n, \r alone as in old Mac files, \n, form feed). */
export function lines(text: string): Line[] {
  const out: Line[] = []
  const re = /\r\n|\r|\n|\f/g
  let start = 0
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ start, end: m.index, text: text.slice(start, m.index) })
    start = m.index + m[0].length
  }
  out.push({ start, end: text.length, text: text.slice(start) })
  return out
}

/** The line holding an offset, by binary search over `lines()` output (long texts have many lines). */
export function lineAt(all: Line[], at: number): Line | undefined {
  let lo = 0
  let hi = all.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const l = all[mid] as Line
    if (at < l.start) hi = mid - 1
    else if (at > l.end) lo = mid + 1
    else return l
  }
  return undefined
}

/**
 * Which stretches of the text are already claimed by an earlier, more specific match: a bitmap,
 * so that checking a new match costs its own length, not the number of matches so far.
 */
export class Occupancy {
  private readonly used: Uint8Array
  constructor(length: number) {
    this.used = new Uint8Array(length + 1)
  }
  isFree(start: number, end: number): boolean {
    for (let i = start; i < end; i++) if (this.used[i]) return false
    return true
  }
  take(start: number, end: number): void {
    this.used.fill(1, start, end)
  }
}

export function span(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) }
}

export type Match = { start: number; end: number; text: string; groups: (string | undefined)[] }

const GLOBAL = new WeakMap<RegExp, RegExp>()

/** The global twin of a regex, compiled once: compiling large Unicode patterns is the costly part. */
function globalOf(re: RegExp): RegExp {
  let g = GLOBAL.get(re)
  if (!g) {
    g = re.flags.includes('g') ? new RegExp(re.source, re.flags) : new RegExp(re.source, `${re.flags}g`)
    GLOBAL.set(re, g)
  }
  g.lastIndex = 0
  return g
}

/** Most matches kept per pattern: bounds the work on hostile or enormous texts. */
export const MAX_MATCHES = 5000

/** All matches of a regex, with offsets. */
export function matchAll(text: string, re: RegExp): Match[] {
  const global = globalOf(re)
  const out: Match[] = []
  for (let m = global.exec(text); m && out.length < MAX_MATCHES; m = global.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], groups: m.slice(1) })
    if (m[0].length === 0) global.lastIndex++
  }
  return out
}

/**
 * A line wholly in square brackets describes the document (a clerk's note) rather than quoting it.
 * The corpus treats such lines as context, so extractors read them, but with less weight for layout cues.
 */
export function isDescriptionLine(line: string): boolean {
  const t = line.trim()
  return t.length > 2 && t.startsWith('[') && t.endsWith(']') && t !== '[...]'
}

/** Windows of text around an offset, for context cues. */
export function before(text: string, at: number, chars: number): string {
  return text.slice(Math.max(0, at - chars), at)
}

export function after(text: string, at: number, chars: number): string {
  return text.slice(at, Math.min(text.length, at + chars))
}

/** The sentence (or line, whichever is shorter) that contains the offset range. */
export function sentenceAround(text: string, start: number, end: number, max = 400): Span {
  let s = start
  const floor = Math.max(0, start - max)
  while (s > floor && !/[.;!?\n\r\f]/.test(text[s - 1] as string)) s--
  let e = end
  const ceil = Math.min(text.length, end + max)
  while (e < ceil && !/[.;!?\n\r\f]/.test(text[e] as string)) e++
  return span(text, s, e)
}

export function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>()
  return items.filter((item) => {
    const k = key(item)
    if (seen.has(k)) return false
    seen.add(k)
    return true
  })
}

export function clamp01(n: number): number {
  return Math.max(0, Math.min(1, n))
}
