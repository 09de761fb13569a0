/**
 * The people who send a demand: the officers, prosecutors and judges it names by their titles, and
 * the signature blocks under their names. Their own e-mail addresses and telephone numbers are how
 * to reach the sender, never what the demand is about.
 */
import type { Span } from '../types.js'
import { lines, span } from './text.js'

/** Titles an official signs or is named with, in the languages demands come in. */
const TITLE = String.raw`(?:AUSA|Assistant (?:United States|U\.S\.|District|State(?:['’]s)?) Attorney|(?:Deputy )?District Attorney|Prosecutor|Special Agent(?: in Charge)?|SA|Task Force Officer|TFO|Det(?:ective)?\.?|Investigator|Inspector|Officer|Deputy|Trooper|Sgt\.?|Sergeant|Lt\.?|Lieutenant|Cpl\.?|Corporal|Capt\.?|Captain|Agent|Judge|Magistrate Judge|Her Honour Judge|His Honour Judge|Delegad[oa](?: de Polícia)?|Promotor(?:a)?(?: de Justiça)?|Fiscal|Agente del Ministerio Público|Procureur(?:e)?|Capitaine|Commandant|Commissaire|Lieutenant de police|Staatsanwält(?:in)?|Staatsanwalt|Oberstaatsanwält(?:in)?|Oberstaatsanwalt|Kriminalhauptkommissar(?:in)?|Kriminalkommissar(?:in)?|KHK(?:in)?|Richter(?:in)? am \p{Lu}\p{L}+|officier van justitie|mr\.|следователь|старший следователь|оперуполномоченный|майор|подполковник|полковник|капитан|лейтенант|підполковник поліції|майор поліції|слідчий)`

/** A name: initials and capitalised words, or a family name in capitals ("Hugo MARCHETTI", "Y. Arroyo-Blanco"). */
const NAME = String.raw`((?:\p{Lu}\.\s?){0,2}\p{Lu}[\p{Ll}\p{Lu}'’-]+(?:[ \t]+(?:\p{Lu}\.[ \t]?)?(?:de |van |da |dos |von )?\p{Lu}[\p{Ll}\p{Lu}'’-]+){0,3})`

const TITLED_NAME = new RegExp(String.raw`(?<![\p{L}])${TITLE}[ \t,]+(?:(?:юстиции|полиции|поліції)[ \t]+)?${NAME}`, 'gu')
/** A name on its own line above its title: "Colm Whitaker" / "Assistant United States Attorney". */
const NAME_LINE = new RegExp(String.raw`^[ \t]*(?:\/s\/[ \t]*)?(?:(?:Lic|Licda?|Dr|Dra|Mr|Ms|Mrs|Mme|Me|Hon|Mtro|Mtra)\.?[ \t]+)?${NAME}[ \t]*$`, 'u')
const TITLE_LINE = new RegExp(String.raw`^[ \t]*(?:${TITLE}|United States (?:Magistrate |District )?Judge|Special Agent|Police Officer)\b`, 'iu')

type TextLine = { text: string }

/** The name on line i, when the next line is an official title ("Colm Whitaker" / "Assistant United States Attorney"). */
function nameAboveTitle(all: TextLine[], i: number): string | undefined {
  const name = NAME_LINE.exec(all[i]?.text ?? '')?.[1]
  return name && TITLE_LINE.test(all[i + 1]?.text ?? '') ? name : undefined
}

function fold(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
}

/** Family and given names of the officials a text names (folded to plain lower case). */
export function officialNames(text: string): Set<string> {
  const names = new Set<string>()
  const add = (name: string): void => {
    for (const part of name.split(/[\s'’-]+/)) {
      const word = fold(part.replace(/\.$/, ''))
      if (word.length >= 3 && !/^(?:the|and|van|von|des|del|dos)$/.test(word)) names.add(word)
    }
  }
  for (const m of text.matchAll(TITLED_NAME)) add(m[1] ?? '')
  const all = lines(text)
  for (let i = 0; i + 1 < all.length; i++) {
    const name = nameAboveTitle(all, i)
    if (name) add(name)
  }
  return names
}

/** An address whose mailbox is an official's name ("priya.castellanos@", "yarroyo@" for Y. Arroyo). */
export function isOfficialsAddress(email: string, names: Set<string>): boolean {
  const local = fold(email.split('@')[0] ?? '')
  const parts = local.split(/[._-]+/).filter((p) => p.length > 0)
  for (const name of names) {
    if (name.length >= 4 && parts.includes(name)) return true
    // An initial and a family name run together: "yarroyo", "jsmith".
    if (name.length >= 5 && parts.some((p) => p.length === name.length + 1 && p.endsWith(name))) return true
  }
  return false
}

/**
 * Signature blocks: from a line that opens with a titled name ("Sgt. Renata Kowalczyk #S1142") or a
 * name above its title, to the next blank line.
 */
export function signatureBlocks(text: string): Span[] {
  const all = lines(text)
  const out: Span[] = []
  const opens = new RegExp(String.raw`^[ \t]*(?:\/s\/[ \t]*)?${TITLE}[ \t,]+${NAME}`, 'u')
  for (let i = 0; i < all.length; i++) {
    const line = all[i]
    if (!line || !(opens.test(line.text) || nameAboveTitle(all, i))) continue
    let j = i
    while (j + 1 < all.length && j - i < 10 && (all[j + 1]?.text.trim() ?? '') !== '') j++
    out.push(span(text, line.start, all[j]?.end ?? line.end))
    i = j
  }
  return out
}
