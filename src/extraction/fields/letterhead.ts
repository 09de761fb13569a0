/**
 * Letterheads: the block of organisation lines at the top of a letter or of each attachment
 * ("DEPARTMENT OF HOMELAND SECURITY / U.S. Customs and Border Protection / Office of Professional
 * Responsibility"). The issuer is usually there, often in capitals and in any language, which the
 * name patterns elsewhere cannot all anticipate.
 */
import type { AuthorityKind } from '../../core/demand/index.js'
import { KNOWN_ISSUERS } from './authority-table.js'
import { lines, type Line } from './text.js'
import { uni } from './uni.js'

export type LetterheadLine = Line & { kind: AuthorityKind; unit: boolean; index: number; continuation?: boolean }

/** The second line of a caption: "IN AND FOR MIAMI-DADE COUNTY, FLORIDA", "presso il Tribunale di Milano". */
const CONTINUATION = uni(/^\s*(?:in and for|for the|of the|presso|près|bei dem|beim|ante|junto (?:a|ao))\b/iu)

const ORG = uni(
  /\b(?:department|office|bureau|agency|administration|police|sheriff|service|commission|commissioner|ministry|court|tribunal|prosecutor|attorney|division|section|unit|team|group|investigations|directorate|referat|департамент\w*|управлінн\w*|відділ\w*|кіберполіці\w*|поліці\w*|ministerie|openbaar ministerie|\w*parket|rechtbank|gerechtshof|authority|secretary|judiciary|garda|gendarmerie|politie|polizei|polícia|policía|police|fiscalía|procuradoria|ministério|ministerio|juzgado|vara|gericht|amtsgericht|landgericht|staatsanwaltschaft|landeskriminalamt|bundeskriminalamt|landesanstalt|behörde|abteilung|direction|dirección|direção|direktion|unidad|unidade|delegacia|procura|tribunale|constabulary|autorità|autoridad|autoridade|autorité|parquet|procureur|ministère public|ministerio público|ministério público|fiscal|questura|polizia|carabinieri|guardia|fiscalía|secretaría|secretaria|следственн\w*|комитет\w*|управлени\w*|отдел\w*|прокуратур\w*|суд\w*|полиц\w*|роскомнадзор|hâkimliği|mahkemesi|başsavcılığı|emniyet)\b|[\u4E00-\u9FFF]{2,}(?:局|院|办公室|中心|分局|委员会|部)|HÂK[İI]ML[İI]Ğ[İI]|MAHKEMES[İI]|BAŞSAVCILIĞI/iu,
)
const COURT = uni(/\b(?:court|tribunal|gericht|amtsgericht|landgericht|juzgado|vara|rechtbank|gerechtshof|суд\w*|hâkimliği|mahkemesi|cour|justice of the peace)\b|法院|HÂK[İI]ML[İI]Ğ[İI]|MAHKEMES[İI]/iu)
const POLICE = uni(/\b(?:police|constabulary|sheriff|politie|polizei|polícia|policía|garda|gendarmerie|полиц\w*|поліці\w*|kriminalamt)\b|公安/iu)
const UNIT = uni(/\b(?:division|section|unit|team|bureau|office of|investigations|directorate|group|abteilung|referat|direction|dirección|direção|dipartimento|office|unidad|unidade|delegacia|antenne|управлени\w*|отдел\w*|департамент\w*|відділ\w*|управлінн\w*|中心|分局)\b/iu)
const NOT_LETTERHEAD = uni(/^\s*(?:수신|참조|宛先|收件人|受信|to|an|re|subject|attn|attention|c\/o|in the matter|case|file|our reference|your reference|date|from|sent|cc|via|dear|sir|madam|ref|no\.|№|tel|fax|phone|e-?mail|www\.|http|assunto|asunto|objet|betreff|oficio|ofício|exmos?|senhores?)\b/iu)
/** "STATE OF NEW YORK", "PODER JUDICIÁRIO", "T.C.", "Government of India": headings above the issuer, not the issuer. */
const HEADING_ONLY = uni(/^\s*(?:state of [a-z ]+|commonwealth of [a-z ]+|poder judiciário|secretaria d[ae] (?:estado d[ae] )?segurança pública(?: d[eo] [\p{L} ]+)?|secretaría de seguridad(?: pública| ciudadana)?|t\.\s?c\.|government of [a-z ]+|república [a-z ]+|république [a-z ]+|the people of the state of [a-z ]+|official(?: - sensitive)?|[a-z ]*letterhead\]?|\[[^\]]*\])\s*$/iu)
/** Verbs of a letter's body in the languages the cue tables know: a line that says something is not a letterhead. */
const VERB = uni(/\b(?:уведомля\w+|сообща\w+|направля\w+|проси\w+|прошу|требу\w+|solicit[ao]\w*|remit\w+|requier\w+|requer\w+|informa(?:mos|m)|demande|prie|ersuch\w+|ordnet|fordert)\b/iu)
const FAX_LINE = /\bFAX\b|\bP\.\s?\d+\/\d+|\d{1,2}:\d{2}\s+[A-Z]{2,}|^FROM:/i
const MAX_LINES = 9

function blockStarts(text: string): number[] {
  const starts = [0]
  for (const m of text.matchAll(/^----- Attachment \d+:[^\n]*\n/gm)) starts.push((m.index ?? 0) + m[0].length)
  // A letter pasted into an e-mail below a rule or a forwarding line starts a letterhead of its own.
  for (const m of text.matchAll(/^[ \t]*(?:[-=_*]{10,}|-{2,}[ \t]*(?:Original Message|Forwarded message|Mensaje original|Message d'origine|Ursprüngliche Nachricht|Mensagem original)[ \t]*-{2,})[ \t]*\r?\n/gim)) {
    starts.push((m.index ?? 0) + m[0].length)
  }
  // A message quoted in a reply starts with its own header lines ("> De: ...", "> From: ...").
  for (const m of text.matchAll(/^[ \t]*>[ \t]?(?:De|From|Von|От|Від|Da|Van)[ \t]*:[^\n]*\n/gim)) starts.push((m.index ?? 0) + m[0].length)
  return starts.sort((a, b) => a - b)
}

/** Whether a name reads as an organisation (a police force, a court, an office...), not a person. */
export function looksLikeOrganisation(name: string): boolean {
  return ORG.test(name) && !NOT_LETTERHEAD.test(name)
}

function isOrgLine(t: string): boolean {
  const s = t.trim()
  if (s.length < 4 || s.length > 110) return false
  if (NOT_LETTERHEAD.test(s) || HEADING_ONLY.test(s) || FAX_LINE.test(s)) return false
  if (/[.;:!?]\s+\p{Ll}/u.test(s) || /\b(?:am|is|are|was|has|have|hereby|requests?|pursuant)\b/i.test(s)) return false
  // A sentence of the body ("I am a detective constable with the ... Police Service"), or a form's approval mark ("Approved, SCAO").
  // "OF THE TRIAL COURT": the second half of a heading whose first half is not a name line.
  if (/^(?:of|for|in and for)\s/i.test(s)) return false
  if (/^(?:I|We|Our|My|This|These|Thank|Good|Hello|Hi|If|You|Your|When|Failure|Approved|Form approved|OMB)\b/.test(s) || /\b(?:you|your|because|will|shall|must)\b/.test(s)) return false
  // A sentence carried over from the line above, a banner ("** PLEASE ROUTE ... **"), or a line that acts.
  if (/^\p{Ll}/u.test(s) || /\*\*|\b(?:please|route to|bitte|veuillez|por favor)\b/iu.test(s)) return false
  if (VERB.test(s)) return false
  // A signer's title line ("Delegado de Polícia", "Richterin am Amtsgericht") names a person's office, not the body.
  if (/^(?:Delegad[oa]|Escriv[ãa]o|Agente|Promotora?|Juíza?|Jueza?|Richter(?:in)?|Staatsanwält(?:in)?|Special Agent|Detective|Investigator|Sergeant|Inspector|Capitaine|Commandant|Procureur(?:e)?)\b/iu.test(s) && !UNIT.test(s)) return false
  // A labelled line ("Requesting officer: ...") or a sentence in Chinese is not a letterhead.
  if (/^(?!(?:from|від|от|de|von|da|van)\s*:)[\p{L}' ]{3,30}:\s+\S/iu.test(s) || /[。，；]|^请/u.test(s)) return false
  // A numbered chamber ("2ª VARA CRIMINAL", "1re chambre") is a name; other lines opening with a number are addresses or dates.
  if ((/^\d/.test(s) && !/^\d{1,2}\s?(?:ª|º|°|re|er|e|\.)\s+\p{L}/u.test(s)) || /\b\d{5}\b/.test(s)) return false
  if (KNOWN_ISSUERS.some((k) => k.test.test(s))) return true
  // A line citing law ("(Section 487.014 of the Criminal Code / ...)") is a heading note, not a body.
  if (/§|\b(?:section|article|artículo|artigo|art\.)\s*\d|U\.S\.C/i.test(s)) return false
  return ORG.test(s)
}

function countBlankBetween(all: Line[], from: number, to: number): number {
  let n = 0
  for (let k = from + 1; k < to; k++) if ((all[k] as Line).text.trim() === '') n++
  return n
}

/** The organisation lines at the top of the document and of each attachment. */
export function letterheadLines(text: string): LetterheadLine[] {
  const all = lines(text)
  const out: LetterheadLine[] = []
  for (const start of blockStarts(text)) {
    const first = all.findIndex((l) => l.start >= start)
    if (first < 0) continue
    let seen = 0
    let blanks = 0
    for (let i = first; i < all.length && seen < MAX_LINES; i++) {
      const line = all[i] as Line
      // A letter quoted in a reply ("> FISCALÍA DEL ESTADO DE JALISCO") reads the same without its marks.
      // A form set in columns ("3RD JUDICIAL CIRCUIT        SUBPOENA        24-008817"): the first column is the heading.
      const raw = (line.text.replace(/^\s*(?:>[ \t]?)+/, '').replace(/^\s*#+\s*/, '').trim().split(/[ \t]{6,}/)[0] as string).replace(/\s+/g, ' ')
      if (raw.trim() === '') {
        if (++blanks > 2 && out.length > 0) break
        continue
      }
      seen++
      if (/^\s*(?:to|subject|sent|date|cc|para|asunto|assunto|enviado(?: el| em)?|fecha|data|à|objet|envoyé|an|betreff|gesendet|datum|кому|тема)\s*:/iu.test(raw)) continue
      if (/^\s*(?:from|von|de|от|da|van|gönderen|发件人)\s*:.*[<@]/iu.test(raw)) continue
      const previous = out[out.length - 1]
      if (previous && previous.index === i - 1 - countBlankBetween(all, previous.index, i) && CONTINUATION.test(raw) && raw.trim().length <= 80) {
        previous.text = `${previous.text} ${raw.trim()}`
        previous.end = line.end
        previous.continuation = true
        continue
      }
      if (!isOrgLine(raw)) continue
      // A one-word form label ("Gericht:", "Court:") introduces a field; it names no body.
      if (/^\s*\p{L}+\s*:\s*$/u.test(raw)) continue
      // A salutation ("QuillChat Law Enforcement Response Team," then a blank line) greets the addressee.
      if (/,\s*$/.test(raw) && (all[i + 1]?.text.trim() ?? '') === '') continue
      // A bilingual heading "COURT OF JUSTICE / COUR DE JUSTICE": the first language names it.
      // "From: Cyber Police ...": the sender label is not part of the name.
      // "Vancouver Police Department, Cybercrime Section | 3585 Graveley Street": the address after a bar is not the name.
      // "ELK RIDGE POLICE DEPARTMENT - STATE OF COLORADO": the state after a dash places the body; it is not its name.
      // "Hate Crime Unit | Toronto Police Service": a unit, then the body it belongs to.
      const parts = raw.split(/\s+[/|]\s+/u)
      const body = parts.length === 2 && UNIT.test(parts[0] as string) && ORG.test(parts[1] as string) && !UNIT.test(parts[1] as string) && !/\d/.test(parts[1] as string)
      const name = ((body ? parts[1] : parts[0]) as string)
        .replace(/^\s*(?:from|від|от|de|von)\s*:\s*/iu, '')
        .replace(/\s+[-–—,]\s+(?:state|commonwealth) of [\p{L} ]+$/iu, '')
      const offset = line.text.indexOf(name.trim().slice(0, 12))
      const startAt = line.start + Math.max(0, offset)
      out.push({
        start: startAt,
        end: startAt + name.trim().length,
        text: name.trim(),
        kind: COURT.test(name) ? 'court' : POLICE.test(name) ? 'local_police' : 'other',
        unit: UNIT.test(name) && !COURT.test(name),
        index: i,
      })
    }
  }
  return out
}

/** Words that make a spelled-out name an organisation rather than a law or a programme ("Digital Services Act (DSA)"). */
const BODY = uni(/\b(?:office|committee|commission|council|board|agency|authority|bureau|service|police|team|centre|center|ministry|department|directorate|administration|unit|division|court|institute|inspectorate|cert|csirt|commissioner|garante|autorité|autorità|autoridad|autoridade|\p{L}*(?:amt|behörde|gericht|ministerium|kommission)|direction|dirección|comité|comitato|commissione|conseil|ufficio|oficina|polizei|gendarmerie|guardia)\b/iu)

export type AcronymDefinition = { acronym: string; name: string; start: number; end: number }

/** French and Italian elisions before a name: "L’Office", "dell'Autorità". */
const ELISION = /^(?:[ldn]|qu|dell|dall|nell|sull|all)['’](?=\p{L})/iu

/** The initial a word gives an acronym: "l’Information" gives I, "Rating" R; lower-case words give none. */
function initial(word: string): string | null {
  const bare = word.replace(ELISION, '')
  return /^\p{Lu}/u.test(bare) ? (bare[0] as string) : null
}

/**
 * Acronyms a document spells out: "the Games Rating and Administration Committee ("GRAC")", "l’Office
 * Central de Lutte ... (OCLCTIC)", or glosses: "SingCERT, the National CERT of Singapore". The
 * organisation is then named by that full form wherever the acronym alone stands.
 */
export function acronymDefinitions(text: string): AcronymDefinition[] {
  const out: AcronymDefinition[] = []
  for (const m of text.matchAll(/\(\s*["“”'‘’]?(\p{Lu}{2,10})["“”'‘’]?\s*\)/gu)) {
    const acronym = m[1] as string
    const open = m.index ?? 0
    // Walk back over the words before the bracket, matching the acronym's letters from its end.
    const before = text.slice(Math.max(0, open - 200), open)
    const words = [...before.matchAll(/[\p{L}'’-]+/gu)]
    let j = acronym.length - 1
    let first = -1
    for (let w = words.length - 1; w >= 0 && j >= 0; w--) {
      const word = words[w] as RegExpMatchArray
      const gap = before.slice((word.index ?? 0) + word[0].length, w + 1 < words.length ? (words[w + 1]?.index ?? 0) : before.length)
      if (/\S/.test(gap)) break
      const c = initial(word[0])
      if (c === null) {
        if (word[0].length > 8) break
        continue
      }
      if (c !== acronym[j]) break
      j--
      first = w
    }
    if (j >= 0 || first < 0) continue
    const firstWord = words[first] as RegExpMatchArray
    const from = open - before.length + (firstWord.index ?? 0) + (firstWord[0].length - firstWord[0].replace(ELISION, '').length)
    const full = text.slice(from, open).replace(/\s+/g, ' ').trim()
    // "Targeted Correction Direction (TCD)", "Removal Notice (RN)": an instrument's name, not a body's.
    if (!BODY.test(full) || /\b(?:Direction|Order|Notice|Request|Requirement|Warrant|Act|Regulation|Rules)$/.test(full)) continue
    out.push({ acronym, name: `${full} (${acronym})`, start: from, end: open + m[0].length })
  }
  // "SingCERT the National CERT of Singapore", "CERT-In, the national agency ...": a gloss after the name.
  for (const m of text.matchAll(/\b((?:\p{Lu}[\p{L}]*)?(?:CERT|CSIRT)(?:[-/]\p{L}{2,3})?)\b,?[ \t]+\(?(the [Nn]ational (?:CERT|CSIRT|Computer Emergency Response Team|Cyber ?[Ss]ecurity \p{Lu}\p{L}+)(?: of (?:the )?\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?)?)\)?/gu)) {
    const start = m.index ?? 0
    if (out.some((d) => d.acronym === m[1])) continue
    out.push({ acronym: m[1] as string, name: `${m[1]} (${m[2]})`, start, end: start + m[0].length })
  }
  return out
}
