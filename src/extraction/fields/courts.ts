/**
 * Court names, as issuers: U.S. federal captions (often split over several all-caps lines), state
 * courts, and the foreign courts in the corpus languages, plus the judge who signed.
 */
import type { AuthorityKind } from '../../core/demand/index.js'
import { STATES, STATE_NAMES, STATE_NAMES_TITLE } from './jurisdiction.js'
import { uni } from './uni.js'

export type CourtHit = { name: string; start: number; end: number; kind: AuthorityKind; jurisdiction: string | null; base: number }

const FEDERAL_CAPTION = new RegExp(
  String.raw`\b(?:UNITED\s+STATES|U\.\s?S\.)\s+DISTRICT\s+COURT\b(?:\s+FOR\s+THE)?[\s,]*((?:NORTHERN|SOUTHERN|EASTERN|WESTERN|MIDDLE|CENTRAL)\s+)?DISTRICT\s+OF\s+(${STATE_NAMES}|Columbia|Guam)\b(?:[\s,]*\(?\s*([A-Z][A-Za-z]+)\s+DIVISION\)?)?`,
  'gi',
)

const STATE_COURT = new RegExp(
  String.raw`\b(?:Superior|Circuit|District|County|Municipal|Supreme|Justice|Criminal|Family)\s+Court\s+(?:of|for|in)\s+(?:the\s+)?(?:State\s+of\s+|Commonwealth\s+of\s+)?(?:(${STATE_NAMES})|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+County|County\s+of\s+[A-Z][a-z]+)(?:,?[ \t]+(?:County of|in and for)[ \t]+[A-Z][a-z]+(?:[ \t]+County)?)?(?:,[ \t]*(${STATE_NAMES})\b)?`,
  'gi',
)
/** "Circuit Court of the Seventeenth Judicial Circuit in and for Broward County, Florida" (Florida, Illinois, Alabama...). */
const JUDICIAL_CIRCUIT_COURT = new RegExp(
  String.raw`\bCircuit\s+Court\s+of\s+the\s+([A-Z][a-z]+(?:-[a-z]+)?|\d{1,2}(?:st|nd|rd|th))\s+Judicial\s+Circuit,?\s+(?:in\s+and\s+for|of)\s+((?:[A-Z][a-z]+[ -]){1,2})County(?:,\s*(${STATE_NAMES}))?`,
  'gi',
)
/** A circuit named by number over its county, as on Michigan's forms: "3RD JUDICIAL CIRCUIT / WAYNE COUNTY". */
const NUMBERED_CIRCUIT = /^[ \t]*(\d{1,2}(?:st|nd|rd|th))[ \t]+Judicial[ \t]+Circuit(?:[ \t]+Court)?\b[^\n]*\n[ \t]*([A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)[ \t]+County\b/gim
/** "SUFFOLK, ss. ... SUPERIOR COURT": a New England venue (county, "ss.") and the court that sits there. */
const VENUE_COURT = /^[ \t]*([A-Z][a-z]+|[A-Z]{3,}),?[ \t]+ss\.?[ \t]+(?:[^\n]*?[ \t])?(Superior|District|Probate and Family|Juvenile|Housing|Municipal)[ \t]+Court\b/gim
const NEW_ENGLAND: Record<string, string> = { massachusetts: 'US-MA', 'new hampshire': 'US-NH', maine: 'US-ME', vermont: 'US-VT' }

/** Courts named "<Place> Court of Justice" (Ontario Court of Justice, Court of Justice of the European Union). */
const NAMED_COURT = /\b(?:[A-Z][a-z]+\s+){1,3}Court\s+of\s+(?:Justice|Appeal|Queen['’]s Bench|King['’]s Bench)\b|\b[A-Z]+(?:\s+[A-Z]+){0,2}\s+COURT\s+OF\s+(?:JUSTICE|APPEAL)\b/g

const FOREIGN_COURTS: { re: RegExp; jurisdiction: string }[] = [
  // "Provincial Court of Nova Scotia", "Supreme Court of British Columbia": Canadian courts named by their province.
  { re: /\b(?:Provincial|Superior|Supreme)\s+Court\s+of\s+(?:Nova Scotia|Ontario|Québec|Quebec|British Columbia|Alberta|Manitoba|Saskatchewan|New Brunswick|Newfoundland and Labrador|Prince Edward Island)\b|\bPROVINCIAL COURT OF (?:NOVA SCOTIA|ONTARIO|BRITISH COLUMBIA|ALBERTA|MANITOBA|SASKATCHEWAN|NEW BRUNSWICK)\b/g, jurisdiction: 'CA' },
  { re: uni(/(?:[А-ЯЁ][а-яё-]+(?:ого|ий|ый|ой)\s+){1,2}(?:межрайонн|районн|городск|областн|краев|арбитражн|верховн)\w*\s+суд\w*(?:\s+(?:г\.\s*)?(?!Республики|области)[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?(?=[\s,.]))?(?:\s+Республики\s+[А-ЯЁ][а-яё]+|\s+[А-ЯЁ][а-яё]+\s+(?:области|Республики|края))?/gu), jurisdiction: 'RU' },
  { re: /(?:[A-ZÇĞİÖŞÜ][\p{L}]+\s+)?\d+\.\s*(?:Sulh Ceza|Asliye Ceza|Ağır Ceza|Asliye Hukuk|İdare|SULH CEZA|ASL[İI]YE CEZA|AĞIR CEZA|ASL[İI]YE HUKUK)\s+(?:Hâkimliği|Hakimliği|Mahkemesi|HÂK[İI]ML[İI]Ğ[İI]|HAK[İI]ML[İI]Ğ[İI]|MAHKEMES[İI])/gu, jurisdiction: 'TR' },
  { re: /\b\d+ª\s+Vara\s+[\p{L} ]{3,40}?\s+d[ao]\s+(?:Comarca|Seção Judiciária|Subseção Judiciária)\s+d[eoa]\s+[A-ZÁÉÍÓÚ][\p{L}]+(?:[ \t]+(?:d[eoa]s?[ \t]+)?[A-ZÁÉÍÓÚ][\p{L}]+){0,3}|\bTRIBUNAL DE JUSTIÇA DO ESTADO D[EO] [A-ZÁÉÍÓÚÂÊÔÃÕÇ ]{3,30}(?![\p{L}])|\bTribunal de Justiça do Estado d[eo] [A-ZÁÉÍÓÚ][\p{L}]+(?: [A-ZÁÉÍÓÚ][\p{L}]+)?|\bSupremo Tribunal Federal\b|\bTribunal Superior Eleitoral\b/gu, jurisdiction: 'BR' },
  // Argentina's courts "en lo ...": "Juzgado de Primera Instancia en lo Penal, Contravencional y de Faltas N° 16".
  { re: /\bJuzgado (?:Nacional |Federal |de Primera Instancia |Criminal y Correccional )?en lo [\p{L}, ]{3,70}?N[°º.]{1,2}\s*\d+/gu, jurisdiction: 'AR' },
  // "Juzgado de Instrucción n.º 4 de Valencia", "Juzgado Central de Instrucción número 5 de la Audiencia Nacional".
  { re: /\bJuzgado (?:de Instrucción|de lo Penal|Central de Instrucción|de Primera Instancia e Instrucción)\s+(?:n[ºo.°]*\s*|número\s+)?\d+\s+de\s+(?:la\s+)?[A-Z][\p{L}]+(?:\s+Nacional)?|\bAudiencia Nacional\b/gu, jurisdiction: 'ES' },
  { re: /\bLandesgericht für Strafsachen [A-Z][\p{L}]+/gu, jurisdiction: 'AT' },
  // Named in the prose as often as in a caption, so in lower case too: "le tribunal de grande instance de Paris", "TGI de Paris".
  { re: /\b[Tt]ribunal judiciaire de [A-Z][\p{L}-]+|\b[Tt]ribunal de grande instance de [A-Z][\p{L}-]+|\bTGI de [A-Z][\p{L}-]+|\bCour d['’]appel de [A-Z][\p{L}-]+|\bCour de cassation\b|\bConseil d['’]État\b/gu, jurisdiction: 'FR' },
  // "Tribunal Superior de Justicia de Cataluña", "Audiencia Provincial de Madrid", "Tribunal Supremo".
  { re: /\bTribunal Superior de Justicia de (?:la |las |los )?[A-Z][\p{L}]+(?: (?:y|de) [A-Z][\p{L}]+)?|\bAudiencia Provincial de [A-Z][\p{L}]+|\bTribunal Supremo\b(?! Federal| Eleitoral)/gu, jurisdiction: 'ES' },
  { re: /\b(?:Rechtbank|RECHTBANK|Gerechtshof|GERECHTSHOF) (?:[A-Z][a-z]+|[A-Z]{3,})(?:[- ](?:[A-Z][a-z]+|[A-Z]{3,}))?|\bHoge Raad\b/gu, jurisdiction: 'NL' },
  // Thailand's courts: "ศาลฎีกา" (Supreme Court), "ศาลอุทธรณ์", "ศาลอาญา", provincial courts.
  { re: /ศาล(?:ฎีกา|อุทธรณ์(?:ภาค\s?\d)?|อาญา(?:กรุงเทพใต้)?|แพ่ง|จังหวัด[\u0E00-\u0E7F]{2,20}|ปกครองสูงสุด|รัฐธรรมนูญ)/gu, jurisdiction: 'TH' },
  { re: /\bHigh Court of [A-Z][a-z]+(?: and [A-Z][a-z]+)?\b|\b(?:Delhi|Bombay|Madras|Calcutta|Karnataka|Kerala|Allahabad|Punjab and Haryana|Gujarat|Telangana) High Court\b/g, jurisdiction: 'IN' },
  { re: /\b(?:Moscow|Saint Petersburg|St\. Petersburg) (?:City|District) Court\b/g, jurisdiction: 'RU' },
  { re: /[\u4E00-\u9FFF]{2,12}人民法院/gu, jurisdiction: 'CN' },
  // Taiwan's courts: "臺灣臺北地方法院", "臺灣高等法院", "最高法院".
  { re: /(?:臺灣|台灣)[\u4E00-\u9FFF]{0,6}?(?:地方|高等)法院|最高法院/gu, jurisdiction: 'TW' },
]

/**
 * German courts named with a regional adjective ("Schleswig-Holsteinisches Oberlandesgericht",
 * "des Bayerischen Obersten Landesgerichts"), with the senate in brackets when given.
 */
const GERMAN_ADJECTIVE_COURT =
  /\b((?:\p{Lu}\p{Ll}+-)?\p{Lu}\p{Ll}+isch(?:es|en|er|e))[ \t]+(Oberst(?:es|en|e)[ \t]+)?(Oberlandesgericht|Landesgericht|Landgericht|Oberverwaltungsgericht|Verwaltungsgerichtshof|Landessozialgericht|Landesarbeitsgericht|Finanzgericht|Verfassungsgerichtshof)(e?s)?\b(?:[ \t]*\((\d{1,2}\.[ \t]*\p{Lu}?\p{L}*[Ss]enat)\))?/gu
/**
 * German ordinary and administrative courts by seat, in any case and abbreviated: "Landgericht
 * Frankfurt am Main", "des Landgerichts Frankfurt am Main", "LG Frankfurt 3. Zivilkammer", "AG München".
 */
const GERMAN_SEAT_COURT =
  /\b(Amtsgericht|Landgericht|Oberlandesgericht|Verwaltungsgericht|Bundesgerichtshof|AG|LG|OLG|VG)(e?s)?[ \t]+((?!für\b)\p{Lu}[\p{L}-]+(?:[ \t]+(?:am|an der|im|in der)[ \t]+\p{Lu}[\p{L}-]+|[ \t]*\((?:Oder|Main)\))?)(?:[ \t]*,?[ \t]+(\d{1,2}\.[ \t]*(?:Zivilkammer|Strafkammer|Zivilsenat|Strafsenat|Kammer)))?/gu
const GERMAN_COURT_WORD: Record<string, string> = { AG: 'Amtsgericht', LG: 'Landgericht', OLG: 'Oberlandesgericht', VG: 'Verwaltungsgericht' }

/** "a magistrate of Chesterfield County, Virginia": a county judicial officer with the state named. */
const COUNTY_MAGISTRATE = new RegExp(
  String.raw`\b(?:[Mm]agistrate|[Jj]ustice of the [Pp]eace)[ \t]+(?:of|for|in)[ \t]+(?:the[ \t]+)?((?:[A-Z][a-z]+[ \t]+){1,2}(?:County|Parish))[ \t]*,[ \t]*(${STATE_NAMES_TITLE})\b`,
  'g',
)

/** "des Schleswig-Holsteinischen Oberlandesgerichts" -> "Schleswig-Holsteinisches Oberlandesgericht". */
function germanCourtNominative(m: RegExpMatchArray): string {
  const noun = m[3] as string
  const ending = /hof$/.test(noun) ? 'er' : 'es'
  const adjective = (m[1] as string).replace(/isch(?:es|en|er|e)$/, `isch${ending}`)
  return [adjective, m[2] ? 'Oberstes' : null, noun].filter(Boolean).join(' ')
}

function titleCase(words: string): string {
  return words
    .toLowerCase()
    .replace(/\b([a-z])/g, (c) => c.toUpperCase())
    .replace(/\b(Of|For|The|And)\b/g, (w) => w.toLowerCase())
}

export function findCourts(text: string): CourtHit[] {
  const out: CourtHit[] = []
  for (const m of text.matchAll(FEDERAL_CAPTION)) {
    const raw = m[0]
    const start = m.index ?? 0
    // Captions in capitals, over several lines, become "United States District Court, Southern District of Texas, Houston Division".
    const built = /[\r\n]/.test(raw) || raw === raw.toUpperCase()
    const name = built
      ? [`United States District Court`, `${m[1] ? titleCase(m[1].trim()) + ' ' : ''}District of ${titleCase(m[2] as string)}`, m[3] ? `${titleCase(m[3])} Division` : null].filter(Boolean).join(', ')
      : raw.replace(/\s+/g, ' ').trim()
    out.push({ name, start, end: start + raw.length, kind: 'court', jurisdiction: 'US-federal', base: 6 })
  }
  for (const m of text.matchAll(STATE_COURT)) {
    const start = m.index ?? 0
    if (out.length > 200 || out.some((o) => start >= o.start && start < o.end)) continue
    if (/District Court (?:of|for) the (?:Northern|Southern|Eastern|Western|Middle|Central)/.test(m[0])) continue
    const stateName = m[1] ?? m[2]
    const state = stateName ? STATES[stateName.toLowerCase()] : undefined
    out.push({ name: m[0].replace(/\s+/g, ' ').trim(), start, end: start + m[0].length, kind: 'court', jurisdiction: state ? `US-${state}` : null, base: 4.5 })
  }
  for (const m of text.matchAll(JUDICIAL_CIRCUIT_COURT)) {
    const start = m.index ?? 0
    const state = m[3] ? STATES[m[3].toLowerCase()] : undefined
    const name = `Circuit Court of the ${titleCase(m[1] as string)} Judicial Circuit in and for ${titleCase((m[2] as string).trim())} County${m[3] ? `, ${titleCase(m[3])}` : ''}`
    out.push({ name, start, end: start + m[0].length, kind: 'court', jurisdiction: state ? `US-${state}` : null, base: 5 })
  }
  for (const m of text.matchAll(NUMBERED_CIRCUIT)) {
    const start = (m.index ?? 0) + m[0].indexOf(m[1] as string)
    out.push({ name: `${(m[1] as string).toLowerCase()} Judicial Circuit Court, ${titleCase(m[2] as string)} County`, start, end: (m.index ?? 0) + m[0].length, kind: 'court', jurisdiction: null, base: 5 })
  }
  for (const m of text.matchAll(VENUE_COURT)) {
    const start = (m.index ?? 0) + m[0].indexOf(m[1] as string)
    const state = Object.entries(NEW_ENGLAND).find(([name]) => new RegExp(String.raw`\b(?:commonwealth|state) of ${name}\b`, 'i').test(text))?.[1] ?? null
    out.push({ name: `${titleCase(m[1] as string)} ${titleCase(m[2] as string)} Court`, start, end: (m.index ?? 0) + m[0].length, kind: 'court', jurisdiction: state, base: 5 })
  }
  for (const m of text.matchAll(NAMED_COURT)) {
    const start = m.index ?? 0
    if (out.length > 200 || out.some((o) => start >= o.start && start < o.end)) continue
    out.push({ name: m[0].replace(/\s+/g, ' ').trim(), start, end: start + m[0].length, kind: 'court', jurisdiction: null, base: 4.5 })
  }
  const german = [...text.matchAll(GERMAN_ADJECTIVE_COURT)]
  for (const m of german) {
    const start = m.index ?? 0
    const name = germanCourtNominative(m)
    // The senate, where any mention of the same court gives it.
    const senate = m[5] ?? german.find((o) => o[5] && germanCourtNominative(o) === name)?.[5]
    out.push({ name: senate ? `${name} (${senate.replace(/\s+/g, ' ')})` : name, start, end: start + m[0].length, kind: 'court', jurisdiction: 'DE', base: 4.5 })
  }
  for (const m of text.matchAll(GERMAN_SEAT_COURT)) {
    const start = m.index ?? 0
    const court = GERMAN_COURT_WORD[m[1] as string] ?? (m[1] as string)
    // The abbreviations also stand for other things ("AG" for a company): only with a chamber or a known court word.
    if (court === m[1] || m[4]) {
      const name = `${court} ${(m[3] as string).replace(/\s+/g, ' ')}${m[4] ? `, ${(m[4] as string).replace(/\s+/g, ' ')}` : ''}`
      out.push({ name, start, end: start + m[0].length, kind: 'court', jurisdiction: 'DE', base: 4.5 })
    }
  }
  for (const m of text.matchAll(COUNTY_MAGISTRATE)) {
    const start = m.index ?? 0
    const state = STATES[(m[2] as string).toLowerCase()]
    out.push({ name: `Magistrate, ${(m[1] as string).replace(/\s+/g, ' ')}, ${m[2]}`, start, end: start + m[0].length, kind: 'court', jurisdiction: state ? `US-${state}` : null, base: 4.5 })
  }
  // Ukrainian text (і, ї, є, ґ): its courts are read by the Ukrainian pattern, not the Russian one.
  const ukrainian = (text.match(/[іїєґІЇЄҐ]/g)?.length ?? 0) >= 20
  for (const m of ukrainian ? text.matchAll(UKRAINIAN_COURT) : []) {
    const start = m.index ?? 0
    out.push({ name: ukrainianNominative(m[0].replace(/\s+/g, ' ').trim()), start, end: start + m[0].length, kind: 'court', jurisdiction: 'UA', base: 4.5 })
  }
  for (const { re, jurisdiction } of FOREIGN_COURTS) {
    if (ukrainian && jurisdiction === 'RU') continue
    for (const m of text.matchAll(re)) {
      const start = m.index ?? 0
      out.push({ name: m[0].replace(/\s+/g, ' ').trim(), start, end: start + m[0].length, kind: 'court', jurisdiction, base: 4.5 })
    }
  }
  return out
}

/** "Печерського районного суду міста Києва", "Київського апеляційного суду". */
const UKRAINIAN_COURT = uni(
  /(?:[А-ЯІЇЄҐ][а-яіїєґ'’-]+(?:ого|ий)\s+){1,2}(?:районн|міськ|окружн|апеляційн|господарськ|адміністративн|Верховн)\w*\s+суд\w*(?:\s+міста\s+[А-ЯІЇЄҐ][а-яіїєґ]+|\s+[А-ЯІЇЄҐ][а-яіїєґ]+(?:ої|ської)\s+області)?/gu,
)

/** "Печерського районного суду міста Києва" -> "Печерський районний суд міста Києва". */
function ukrainianNominative(name: string): string {
  return name
    .split(' ')
    .map((w, i, all) => {
      if (/^(?:міста|області)$/.test(w) || /^(?:міста|області)$/.test(all[i - 1] ?? '') || /^області$/.test(all[i + 1] ?? '')) return w
      if (/^суду$/.test(w)) return 'суд'
      if (/ного$/.test(w)) return w.replace(/ого$/, 'ий')
      if (/ого$/.test(w)) return w.replace(/ого$/, 'ий')
      return w
    })
    .join(' ')
}

/** "Караидельского межрайонного суда" -> "Караидельский межрайонный суд": courts are named in the nominative. */
export function russianNominative(name: string): string {
  return name
    .split(/\s+/)
    .map((w, i, all) => {
      if (i > 0 && /^Республики$|^области$/i.test(all[i - 1] ?? '')) return w
      // "Пермского края", "Свердловской области": the region stays in the genitive.
      if (/(?:ого|ой|ей)$/i.test(w) && /^(?:края|области|Республики|округа)$/i.test(all[i + 1] ?? '')) return w
      if (/^суда$/i.test(w)) return w.slice(0, -1)
      if (/^Республики$|^области$|^г\.$/i.test(w)) return w
      if (/[сцзк]кого$/i.test(w)) return w.replace(/ого$/i, 'ий')
      if (/ного$/i.test(w)) return w.replace(/ого$/i, 'ый')
      if (/ого$/i.test(w)) return w.replace(/ого$/i, 'ий')
      return w
    })
    .join(' ')
}
