/**
 * Account names given as a list in prose: "the Facebook accounts DisruptJ20, lacymacauley and
 * legba.carrefour", "the following accounts and individuals: Wikileaks, rop_g, ..., Julian Assange".
 * Only lists introduced by an account word count, and ordinary words are never taken as names.
 */
import type { Span } from '../types.js'
import { span } from './text.js'
import { uni } from './uni.js'

const INTRO = uni(
  /\b(?:(?:following|these|those|the|two|three|four|five|six|\d+)\s+)?(?:(?:Facebook|Twitter|X|Instagram|GitHub|TikTok|YouTube|Telegram|Reddit|Discord|Signal|WhatsApp|Snapchat|LinkedIn|Mastodon)\s+)?(?:accounts?|usernames?|user names?|handles?|screen ?names?|profiles?|perfis|perfiles|cuentas|comptes|Konten|аккаунты|учетные записи)(\s+(?:and|or)\s+(?:individuals|persons|people|users))?(?:\s*(?:named|identified as|listed below|below|known as|:))?\s*:?\s*/giu,
)

const STOP = new Set(
  ('of the and or for to in on at with by from that which is are was were be been associated listed below above identified named ' +
    'described held stored maintained controlled operated belonging related relating pertaining used including include such as ' +
    'any all each every this these those their his her its our your an a no not information records data subscriber user users ' +
    'account accounts have has had who whose whom also being may might will would should must can could de da do dos das e o a los las el y para ' +
    'holder holders owner owners operator operators name names').split(' '),
)

const HANDLE = /^@?[\p{L}\p{N}_][\p{L}\p{N}_.-]{0,38}[\p{L}\p{N}_]$|^@?[\p{L}\p{N}_]$/u
const PERSON = /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2}$/u

export function findAccountLists(text: string): Span[] {
  const out: Span[] = []
  INTRO.lastIndex = 0
  for (let m = INTRO.exec(text); m; m = INTRO.exec(text)) {
    const persons = Boolean(m[1])
    const explicit = /[:]\s*$|named|identified as|known as/i.test(m[0])
    let at = m.index + m[0].length
    const items: Span[] = []
    // Walk "A, B, C and D": an item, then a separator, until something that is not an item.
    for (let guard = 0; guard < 50; guard++) {
      const rest = text.slice(at, at + 80)
      const item = persons ? /^(@?[\p{L}\p{N}_][\p{L}\p{N}_.-]*(?:\s+\p{Lu}\p{Ll}+){0,2})/u.exec(rest) : /^(@?[\p{L}\p{N}_][\p{L}\p{N}_.-]*)/u.exec(rest)
      if (!item) break
      let value = (item[1] as string).replace(/[.-]+$/, '')
      if (!persons || !PERSON.test(value)) value = value.split(/\s+/)[0] as string
      if (STOP.has(value.toLowerCase()) || !(HANDLE.test(value) || (persons && PERSON.test(value)))) break
      if (/^\d{1,4}$/.test(value)) break
      items.push(span(text, at, at + value.length))
      at += value.length
      const sep = /^(?:\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)/i.exec(text.slice(at, at + 12))
      if (!sep) break
      at += sep[0].length
    }
    // Without a colon or "named", a list must hold at least one thing that only a handle looks like.
    const handleLike = items.some((i) => /[\d_.@]|\p{Ll}\p{Lu}/u.test(i.text))
    if ((explicit && items.length >= 1) || (items.length >= 2 && handleLike)) out.push(...items)
  }
  return out
}
