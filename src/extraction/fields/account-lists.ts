/**
 * Account names given as a list in prose: "the Facebook accounts DisruptJ20, lacymacauley and
 * legba.carrefour", "the following accounts and individuals: Wikileaks, rop_g, ..., Julian Assange".
 * Only lists introduced by an account word count, and ordinary words are never taken as names.
 */
import type { Span } from '../types.js'
import { span } from './text.js'
import { uni } from './uni.js'

const INTRO = uni(
  /\b(?:(?:following|these|those|the|two|three|four|five|six|\d+)\s+)?(?:(?:Facebook|Twitter|X|Instagram|GitHub|TikTok|YouTube|Telegram|Reddit|Discord|Signal|WhatsApp|Snapchat|LinkedIn|Mastodon|Kik|Roblox|Snapchat|forum|Discord)\s+)?(?:accounts?|usernames?|user names?|users?|handles?|screen ?names?|profiles?|perfil|perfis|perfiles|cuentas?(?: de usuario)?|contas?(?: de usuário)?|comptes?(?: utilisateur)?|Konten|Nutzerkontos?|Kontos?|аккаунт\w*|учетн\w+ запис\w+|канал\w*)(\s+(?:and|or)\s+(?:individuals|persons|people|users))?(?:\s+(?:do|de|del)\s+(?:Instagram|Facebook|Twitter|TikTok|YouTube))?(?:[ \t]*(?:named|identified as|listed below|below|known as|:))?[ \t]*:?[ \t]*(?:\r?\n[ \t]*)?/giu,
)
/** Chinese "用户账号：wx_lu8866": no word boundaries in Chinese, so a pattern of its own. */
const CJK_INTRO = /(?:用户账号|账号|账户|用户名|微信号)\s*[：:]\s*/gu

const STOP = new Set(
  ('of the and or for to in on at with by from that which is are was were be been associated listed below above identified named ' +
    'described held stored maintained controlled operated belonging related relating pertaining used including include such as ' +
    'any all each every this these those their his her its our your an a no not information records data subscriber user users ' +
    'account accounts have has had who whose whom also being may might will would should must can could de da do dos das e o a los las el y para ' +
    'holder holders owner owners operator operators name names if please this that when where we you it en un una el la del que por con para em um na le les des du et und der die das mit zu im il di da per che ' +
    'id user-id nutzer-id benutzer-id uid device devices display name email e-mail phone number address date type model ' +
    'nombre apellidos usuario correo teléfono dirección nome bem como dados datos telefone endereço benutzername nutzername').split(' '),
)

const HANDLE = /^@?(?:u\/|r\/)?[\p{L}\p{N}_][\p{L}\p{N}_.-]{0,38}[\p{L}\p{N}_]$|^@?[\p{L}\p{N}_]$/u
const PERSON = /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2}$/u

export function findAccountLists(text: string): Span[] {
  const out: Span[] = []
  INTRO.lastIndex = 0
  for (let m = INTRO.exec(text); m; m = INTRO.exec(text)) {
    const persons = Boolean(m[1])
    let explicitQuote = false
    // Across a line break only something that looks like an account continues the list ("If you ..." does not).
    const crossedLine = /\n/.test(m[0])
    const explicit = /[:]\s*$|named|identified as|known as/i.test(m[0])
    let at = m.index + m[0].length
    const items: Span[] = []
    // Walk "A, B, C and D": an item, then a separator, until something that is not an item.
    for (let guard = 0; guard < 50; guard++) {
      // A quoted name is a name whatever it looks like: "lunamoth.exe", « zephyr_lyon69 ».
      const quoted = /^["“'‘«„]\s?(@?(?:u\/|r\/)?[\p{L}\p{N}_][\p{L}\p{N}_.@-]{0,60}?)\s?["”'’»“]/u.exec(text.slice(at, at + 80))
      if (quoted) {
        const value = quoted[1] as string
        const valueAt = at + (quoted[0].indexOf(value))
        items.push(span(text, valueAt, valueAt + value.length))
        explicitQuote = true
        at += quoted[0].length
        const sepq = /^(?:\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)(?=["“'‘«„])/i.exec(text.slice(at, at + 12))
        if (!sepq) break
        at += sepq[0].length
        continue
      }
      const rest = text.slice(at, at + 80)
      const item = persons ? /^(@?[\p{L}\p{N}_][\p{L}\p{N}_.-]*(?:\s+\p{Lu}\p{Ll}+){0,2})/u.exec(rest) : /^(@?(?:u\/|r\/)?[\p{L}\p{N}_][\p{L}\p{N}_.-]*)/u.exec(rest)
      if (!item) break
      let value = (item[1] as string).replace(/[.-]+$/, '')
      if (!persons || !PERSON.test(value)) value = value.split(/\s+/)[0] as string
      if (STOP.has(value.toLowerCase()) || !(HANDLE.test(value) || (persons && PERSON.test(value)))) break
      if (crossedLine && items.length === 0 && !/[\d_.@/]|\p{Ll}\p{Lu}/u.test(value)) break
      // A participle or gerund after a comma continues the sentence ("..., utilizada presuntamente").
      if (/^\p{Ll}+(?:ada|ado|ida|ido|adas|ados|idas|idos|ed|ing|ment|ção|ción|tion|ée|é)$/u.test(value)) break
      if (/^\d{1,4}$/.test(value)) break
      // A plain word the sentence goes on from is prose, not a name: "perfil @ana.poa, passou a receber",
      // "for each Account: full legal name".
      const next = /^\s+([\p{L}]+)/u.exec(text.slice(at + value.length, at + value.length + 30))?.[1]
      if (next && !/[\d_.@]|\p{Ll}\p{Lu}/u.test(value) && !/^(?:and|or|e|ou|y|o|et|und|oder|и|или)$/iu.test(next)) break
      items.push(span(text, at, at + value.length))
      at += value.length
      const sep = /^(?:\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)/i.exec(text.slice(at, at + 12))
      if (!sep) break
      at += sep[0].length
    }
    // Without a colon or "named", a list must hold at least one thing that only a handle looks like.
    const handleLike = items.some((i) => /[\d_.@]|\p{Ll}\p{Lu}/u.test(i.text))
    if (((explicit || explicitQuote) && items.length >= 1) || (items.length >= 2 && handleLike)) out.push(...items)
  }
  for (const m of text.matchAll(CJK_INTRO)) {
    const at = (m.index ?? 0) + m[0].length
    const item = /^[A-Za-z0-9_.@-]{3,40}/.exec(text.slice(at, at + 50))
    if (item) out.push(span(text, at, at + item[0].length))
  }
  return out
}
