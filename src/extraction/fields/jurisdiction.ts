/**
 * Jurisdiction: `US-federal`, `US-XX` for a state (or DC), an ISO country code, or `EU`. Read from
 * who issued the document first (a court caption, an agency, a signature), then from the law it
 * cites and the language it is written in.
 */
import type { Field, Span } from '../types.js'
import { cue, findCues, type Cue } from './cues.js'

export const STATES: Record<string, string> = {
  alabama: 'AL', alaska: 'AK', arizona: 'AZ', arkansas: 'AR', california: 'CA', colorado: 'CO', connecticut: 'CT',
  delaware: 'DE', florida: 'FL', georgia: 'GA', hawaii: 'HI', idaho: 'ID', illinois: 'IL', indiana: 'IN', iowa: 'IA',
  kansas: 'KS', kentucky: 'KY', louisiana: 'LA', maine: 'ME', maryland: 'MD', massachusetts: 'MA', michigan: 'MI',
  minnesota: 'MN', mississippi: 'MS', missouri: 'MO', montana: 'MT', nebraska: 'NE', nevada: 'NV', 'new hampshire': 'NH',
  'new jersey': 'NJ', 'new mexico': 'NM', 'new york': 'NY', 'north carolina': 'NC', 'north dakota': 'ND', ohio: 'OH',
  oklahoma: 'OK', oregon: 'OR', pennsylvania: 'PA', 'rhode island': 'RI', 'south carolina': 'SC', 'south dakota': 'SD',
  tennessee: 'TN', texas: 'TX', utah: 'UT', vermont: 'VT', virginia: 'VA', washington: 'WA', 'west virginia': 'WV',
  wisconsin: 'WI', wyoming: 'WY', 'district of columbia': 'DC', 'puerto rico': 'PR',
}
export const STATE_NAMES = Object.keys(STATES).sort((a, b) => b.length - a.length).join('|')
/** The same names as written in running text: "New York", "District of Columbia". */
export const STATE_NAMES_TITLE = Object.keys(STATES)
  .sort((a, b) => b.length - a.length)
  .map((n) => n.replace(/\b([a-z])/g, (c) => c.toUpperCase()).replace(/\bOf\b/g, 'of'))
  .join('|')

/** State-level issuers: a state court, a state agency, county/city police, state law. */
const STATE_ISSUER = new RegExp(
  String.raw`(?<!District of |District Court for the (?:Northern|Southern|Eastern|Western|Middle|Central) District of )\b(?:(?:Superior|Circuit|County|Municipal|Supreme|District|Justice|Family|Probate|Magistrate)\s+Court\s+(?:of|for)\s+(?:the\s+)?(?:State\s+of\s+|Commonwealth\s+of\s+)?(?:[A-Z][a-z]+\s+County,\s+)?(${STATE_NAMES})|State\s+of\s+(${STATE_NAMES})|Commonwealth\s+of\s+(${STATE_NAMES})|(${STATE_NAMES})\s+(?:Department|Office|Bureau|State Police|Highway Patrol|Attorney General|Division|Police)|People of the State of (${STATE_NAMES})|(${STATE_NAMES})\s+(?:(?:Penal|Government|Criminal|Civil)\s+Code|General\s+Laws|Revised\s+Statutes|Compiled\s+(?:Laws|Statutes)))`,
  'gi',
)
const STATE_LAW: [RegExp, string][] = [
  [/\bD\.\s?C\.\s?Code\b|\bMetropolitan Police Department\b|\bSuperior Court of the District of Columbia\b/, 'DC'],
  [/\bCal\.\s+(?:Penal|Gov\.|Civ\.|Evid\.)/, 'CA'],
  [/\bTex\.\s+Code\b/, 'TX'],
  [/\bN\.\s?Y\.\s+(?:Crim|Penal|Exec)/, 'NY'],
  [/\bFla\.\s+Stat/, 'FL'],
  [/\bVa\.\s+Code\b/, 'VA'],
  [/\bMass\.\s+Gen\.\s+Laws\b/, 'MA'],
  [/\bILCS\b/, 'IL'],
  [/\bPa\.\s?C\.\s?S\.|\b\d{1,2}\s+P\.\s?S\.\s*§/, 'PA'],
  [/\bRCW\s+\d|\bRev(?:\.|ised)\s+Code\s+(?:of\s+)?Wash/, 'WA'],
  [/\bNRS\s+\d|\bNev(?:\.|ada)\s+Rev(?:\.|ised)\s+Stat/, 'NV'],
  [/\bOhio\s+Rev(?:\.|ised)\s+Code\b|\bO\.\s?R\.\s?C\.\s*(?:§|\d)/, 'OH'],
  [/\bA\.\s?R\.\s?S\.\s*§?\s*\d/, 'AZ'],
  [/\bO\.\s?C\.\s?G\.\s?A\./, 'GA'],
]

const FEDERAL: Cue[] = [
  cue(/\b(?:United States|U\.\s?S\.)\s+District\s+Court\b/i, 5, 'federal-court'),
  cue(/\b(?:United States|U\.\s?S\.)\s+(?:Attorney|Magistrate|Department of|Customs|Secret Service|Marshals|Postal)/i, 4, 'federal-office'),
  cue(/\b(?:Federal Bureau of Investigation|FBI|Drug Enforcement Administration|DEA|Homeland Security|DHS|Customs and Border Protection|CBP|Immigration and Customs Enforcement|ICE|Internal Revenue Service|IRS|Bureau of Alcohol|ATF|Department of Justice|DOJ|Federal Trade Commission|Securities and Exchange Commission|Postal Inspection Service|Inspector General)\b/, 4, 'federal-agency'),
  cue(/\bgrand jury\b/i, 2, 'grand-jury'),
  cue(/\b\d{1,2}\s*U\.?\s?S\.?\s?C\.?|\bUnited States Code\b|\bFed\.\s*R\.\s*(?:Crim|Civ)/i, 2, 'federal-law'),
  cue(/\bNational Security Letter\b/i, 4, 'nsl'),
]

type Country = { code: string; cues: Cue[] }

function named(list: [string, RegExp][]): Country[] {
  return list.map(([code, re]) => ({ code, cues: [cue(re, 3, code.toLowerCase())] }))
}

const COUNTRIES: Country[] = [
  { code: 'RU', cues: [cue(/Российской Федерации|\bРФ\b|Роскомнадзор|Russian Federation|Roskomnadzor|\d+-ФЗ|\bФЗ\b|ФЕДЕРАЛЬНАЯ СЛУЖБА/u, 4, 'ru')] },
  { code: 'BR', cues: [cue(/\bBrasil\b|Polícia Federal|Ministério Público Federal|Marco Civil|\bCPF\b|Tribunal de Justiça do Estado|Supremo Tribunal Federal|\bLei\s+(?:n[º°.]*\s*)?\d{1,2}\.\d{3}\/\d{4}|Delegad[oa] de Polícia/u, 4, 'br')] },
  { code: 'PT', cues: [cue(/\bPortugal\b|República Portuguesa|Polícia Judiciária|Procuradoria-Geral da República|\bDIAP\b|Comarca de (?:Lisboa|Porto|Braga|Coimbra|Faro|Setúbal|Aveiro|Leiria|Évora)|Lei do Cibercrime|\bLei n\.º\s*\d{1,3}\/\d{4}/u, 4, 'pt')] },
  { code: 'TR', cues: [cue(/Hâkimliği|Hakimliği|Başsavcılığı|\bsayılı\b|Türkiye|Cumhuriyeti|\bBTK\b/u, 4, 'tr')] },
  { code: 'CN', cues: [cue(/中华人民共和国|公安局|网信办|国家互联网信息办公室|\bChina\b|Chinese|Beijing/u, 4, 'cn')] },
  { code: 'HK', cues: [cue(/香港|Hong Kong/u, 5, 'hk')] },
  { code: 'TW', cues: [cue(/臺灣|台灣|Taiwan/u, 5, 'tw')] },
  { code: 'DE', cues: [cue(/Bundesrepublik Deutschland|Staatsanwaltschaft|Amtsgericht|Landgericht|Bundeskriminalamt|Landeskriminalamt|Polizeipräsidium|Kriminalpolizei|Oberlandesgericht|Bundesgerichtshof|Zivilsenat|\bTTDSG\b|\bStPO\b|\bNetzDG\b|Deutschland/u, 4, 'de')] },
  { code: 'AT', cues: [cue(/Österreich|Republik Österreich|Landesgericht für Strafsachen|Wien\b/u, 5, 'at')] },
  { code: 'CH', cues: [cue(/Schweiz|Schweizerische Eidgenossenschaft|Kanton\b|Confédération suisse/u, 5, 'ch')] },
  { code: 'FR', cues: [cue(/République française|[Pp]rocureur de la République|[Tt]ribunal judiciaire|[Tt]ribunal de grande instance|\bTGI\b|Gendarmerie nationale|Police nationale|Code de procédure pénale|\bOFAC\b|\bOCLCTIC\b|\bArcom\b|\bFrance\b/u, 4, 'fr')] },
  { code: 'BE', cues: [cue(/Belgique|België|Procureur du Roi|Parquet fédéral/u, 5, 'be')] },
  { code: 'ES', cues: [cue(/\bEspaña\b|Reino de España|Guardia Civil|Policía Nacional|Juzgado de Instrucción|Audiencia Nacional|Tribunal Superior de Justicia de|Audiencia Provincial|LECrim|Ley de Enjuiciamiento Criminal|Mossos|Ertzaintza/u, 4, 'es')] },
  { code: 'MX', cues: [cue(/México|Estados Unidos Mexicanos|Fiscalía General de la República|Guardia Nacional|Ciudad de México/u, 5, 'mx')] },
  { code: 'AR', cues: [cue(/República Argentina|\bArgentina\b|Buenos Aires/u, 5, 'ar')] },
  { code: 'CO', cues: [cue(/República de Colombia|\bColombia\b|Fiscalía General de la Nación|Bogotá/iu, 5, 'co')] },
  { code: 'CL', cues: [cue(/República de Chile|\bChile\b/u, 5, 'cl')] },
  { code: 'IT', cues: [cue(/Repubblica Italiana|Procura della Repubblica|Polizia Postale|Carabinieri|Guardia di Finanza|Garante per la protezione dei dati|\bItalia\b|\bc\.p\.p\.|d\.lgs\./iu, 5, 'it')] },
  { code: 'NL', cues: [cue(/Openbaar Ministerie|\bNederland\b|Politie\b|\bRechtbank\b|\bRECHTBANK\b|\bGerechtshof\b|\bHoge Raad\b|Burgerlijk Wetboek|ECLI:NL/u, 5, 'nl')] },
  { code: 'GB', cues: [cue(/United Kingdom|Metropolitan Police Service|Crown Prosecution Service|Investigatory Powers Act|Police Scotland|England and Wales|National Crime Agency|\bOfcom\b|Magistrates['’] Court|Crown Court|Overseas Production Order|High Court of Justice|King['’]s Bench|Queen['’]s Bench|Norwich Pharmacal|Court of Session|\b[A-Z][a-z]+(?: [A-Z][a-z]+)? Constabulary\b|\bSPoC\b/iu, 5, 'gb')] },
  { code: 'IN', cues: [cue(/\bIndia\b|Ministry of Electronics and Information Technology|\bMeitY\b|Information Technology Act|Bharatiya|Cr\.?\s?P\.?\s?C\b|\bIPC\b|Bengaluru|Mumbai|Delhi|Hyderabad|Chennai|Kolkata/u, 5, 'in')] },
  { code: 'AU', cues: [cue(/Australian Federal Police|eSafety Commissioner|Commonwealth of Australia|\bAustralia\b/u, 5, 'au')] },
  { code: 'CA', cues: [cue(/Royal Canadian Mounted Police|\bRCMP\b|\bCanada\b|\bOntario\b|\bQuébec\b|\bQuebec\b|British Columbia|\bAlberta\b|Toronto Police Service|Sûreté du Québec|Criminal Code \(Canada\)|Code criminel/u, 5, 'ca')] },
  { code: 'IE', cues: [cue(/\bIreland\b(?![ \t]+(?:Limited|Ltd|UC|Unlimited Company|Operations)\b)|An Garda Síochána|Coimisiún na Meán/u, 5, 'ie')] },
  { code: 'UA', cues: [cue(/Україн|Ukraine/u, 5, 'ua')] },
  { code: 'PL', cues: [cue(/Rzeczpospolita Polska|Prokuratura|\bPolska\b/u, 5, 'pl')] },
  { code: 'JP', cues: [cue(/日本国|警視庁|都道府県警察|Japan\b/u, 5, 'jp')] },
  { code: 'SG', cues: [cue(/\bSingapore\b(?![ \t]+(?:Pte|Private)\b)/u, 5, 'sg')] },
  { code: 'KR', cues: [cue(/대한민국|경찰청|South Korea|Republic of Korea/u, 5, 'kr')] },
  // Thai script is written only in Thailand: a text in it is a Thai document.
  { code: 'TH', cues: [cue(/[\u0E00-\u0E7F]{12,}/u, 4, 'th-script')] },
  { code: 'ID', cues: [cue(/Republik Indonesia|Kementerian Komunikasi|Kominfo|Komdigi|Kepolisian Negara|Menteri Komunikasi/u, 5, 'id')] },
  // Countries named in a document's own words, with their capitals: a weaker cue than an issuer's name.
  ...named([
    ['PK', /\bPakistan\b|\bIslamabad\b/u], ['NP', /\bNepal\b|\bKathmandu\b/u], ['BD', /\bBangladesh\b|\bDhaka\b/u],
    ['LK', /\bSri Lanka\b|\bColombo\b/u], ['ID', /\bIndonesia\b|\bJakarta\b/u], ['MY', /\bMalaysia\b|\bKuala Lumpur\b/u],
    ['TH', /\bThailand\b|\bBangkok\b/u], ['VN', /\bViet ?[Nn]am\b|\bHanoi\b/u], ['PH', /\bPhilippines\b|\bManila\b/u],
    ['NG', /\bNigeria\b|\bAbuja\b/u], ['KE', /\bKenya\b|\bNairobi\b/u], ['ZA', /\bSouth Africa\b|\bPretoria\b/u],
    ['EG', /\bEgypt\b|\bCairo\b/u], ['IL', /\bIsrael\b|\bJerusalem\b/u], ['AE', /\bUnited Arab Emirates\b|\bAbu Dhabi\b|\bDubai\b/u],
    ['SA', /\bSaudi Arabia\b|\bRiyadh\b/u], ['KZ', /\bKazakhstan\b|\bAstana\b/u], ['BY', /\bBelarus\b|\bMinsk\b/u],
    ['GR', /\bGreece\b|\bAthens\b/u], ['NZ', /\bNew Zealand\b/u], ['SE', /\bSweden\b|\bStockholm\b/u], ['NO', /\bNorway\b|\bOslo\b/u],
    ['DK', /\bDenmark\b|\bCopenhagen\b/u], ['FI', /\bFinland\b|\bHelsinki\b/u], ['CZ', /\bCzech Republic\b|\bCzechia\b|\bPrague\b/u],
    ['HU', /\bHungary\b|\bBudapest\b(?! Convention)/u], ['RO', /\bRomania\b|\bBucharest\b/u],
  ]),
]

const EU = cue(/\bEuropean Commission\b|\bCommission européenne\b|\bEuropäische Kommission\b/u, 5, 'eu-commission')
const DSA = cue(/Regulation \(EU\) 2022\/2065|Digital Services Act|\(DSA\)/u, 2, 'dsa')

export type JurisdictionHint = { code: string | null; evidence: Span[] }

const US_ADDRESS = new RegExp(String.raw`\b[A-Z][A-Za-z.]+(?:[ \t][A-Z][A-Za-z.]+)*,?[ \t]+(${Object.values(STATES).join('|')})[ \t]+\d{5}(?:-\d{4})?\b`)

/**
 * The state of a local issuer from the address in its letterhead ("1111 SW 2nd Avenue, Portland,
 * OR 97204"): city police and sheriffs are state-level issuers even when they cite federal law.
 */
export function letterheadState(text: string, authorityStart: number): { code: string; evidence: Span } | null {
  // Only the letterhead: the addressee's address (often the provider's, in California) comes after "To:".
  let window = text.slice(authorityStart, authorityStart + 300)
  const addressee = /\n\s*(?:to|respondent|recipient|attn|attention|re|dear|applicant|via|subject)\b/i.exec(window)
  if (addressee) window = window.slice(0, addressee.index)
  const m = US_ADDRESS.exec(window)
  if (!m) return null
  const start = authorityStart + m.index
  return { code: `US-${m[1]}`, evidence: { start, end: start + m[0].length, text: m[0] } }
}

function stateFrom(text: string): { code: string; evidence: Span } | null {
  STATE_ISSUER.lastIndex = 0
  const m = STATE_ISSUER.exec(text)
  if (m) {
    const name = (m.slice(1).find(Boolean) ?? '').toLowerCase()
    const code = STATES[name]
    if (code) return { code, evidence: { start: m.index, end: m.index + m[0].length, text: m[0] } }
  }
  for (const [re, code] of STATE_LAW) {
    const hit = re.exec(text)
    if (hit) return { code, evidence: { start: hit.index, end: hit.index + hit[0].length, text: hit[0] } }
  }
  return null
}

/** Where the document comes from, with the authority's own hint (when its name settles it) taking precedence. */
export function extractJurisdiction(text: string, authorityHint: JurisdictionHint | null): Field<string | null> {
  if (authorityHint?.code) return { value: authorityHint.code, confidence: 0.85, evidence: authorityHint.evidence }
  if (findCues(text, [EU]).length > 0 && findCues(text, [DSA]).length > 0) {
    const ev = findCues(text, [EU])
    return { value: 'EU', confidence: 0.7, evidence: ev.slice(0, 1).map((h) => h.span) }
  }
  const federal = findCues(text, FEDERAL)
  const federalWeight = federal.reduce((a, h) => a + h.cue.weight, 0)
  const state = stateFrom(text)
  const ranked = COUNTRIES.map((c) => {
    const hits = findCues(text, c.cues)
    return { code: c.code, hits, weight: hits.reduce((a, h) => a + h.cue.weight, 0) }
  }).sort((a, b) => b.weight - a.weight)
  const best = ranked[0]
  const foreignWeight = best?.weight ?? 0
  const script = scriptCountry(text)
  if (best && foreignWeight > 0 && foreignWeight >= federalWeight) {
    // A more specific neighbour wins over the language's default country (Austria over Germany...).
    return { value: best.code, confidence: Math.min(0.9, 0.5 + foreignWeight * 0.05), evidence: best.hits.slice(0, 2).map((h) => h.span) }
  }
  if (state && (federalWeight < 5 || /Superior Court|State of|Department of Public Safety|Police Department|County/i.test(state.evidence.text))) {
    return { value: `US-${state.code}`, confidence: 0.75, evidence: [state.evidence] }
  }
  if (federalWeight > 0) return { value: 'US-federal', confidence: Math.min(0.9, 0.5 + federalWeight * 0.05), evidence: federal.slice(0, 2).map((h) => h.span) }
  if (script) return { value: script, confidence: 0.4, evidence: [] }
  return { value: null, confidence: 0.2, evidence: [] }
}

/** Last resort: the script or language says where a document is from (Cyrillic -> RU, Hanzi -> CN). */
function scriptCountry(text: string): string | null {
  const sample = text.slice(0, 20000)
  const cyr = sample.match(/[\u0400-\u04FF]/g)?.length ?? 0
  const han = sample.match(/[\u4E00-\u9FFF]/g)?.length ?? 0
  if (cyr > 100) return /[ієїґ]/i.test(sample) ? 'UA' : 'RU'
  if (han > 30) return 'CN'
  if (/[ğış]/.test(sample) && /\b(?:ve|bir|ile|için)\b/.test(sample)) return 'TR'
  if (/\b(?:não|ção|você)\b|ções\b/.test(sample)) return 'BR'
  if (/\b(?:der|die|und|des|nicht)\b/.test(sample) && /[äöüß]/.test(sample)) return 'DE'
  if (/\b(?:le|la|les|des|du|et|pour)\b/.test(sample) && /[éèàç]/.test(sample) && /\b(?:vous|nous|est)\b/.test(sample)) return 'FR'
  if (/\b(?:el|los|las|del|para|que)\b/.test(sample) && /[ñáéíóú]/.test(sample)) return 'ES'
  return null
}
