/**
 * Issuers Custodian knows by name, with their jurisdiction. The pattern matches the name as
 * documents write it; the output keeps the document's own wording (the corpus compares words).
 */
import type { AuthorityKind } from '../../core/demand/index.js'

export type KnownIssuer = {
  re: RegExp
  /** The same pattern without the g flag, for a plain test. */
  test: RegExp
  kind: AuthorityKind
  jurisdiction: string | null
  latin: boolean
  rank: number
}

function k(re: RegExp, kind: AuthorityKind, jurisdiction: string | null, rank = 3): KnownIssuer {
  return { re, test: new RegExp(re.source, re.flags.replace('g', '')), kind, jurisdiction, latin: !/[\u0400-\u04FF\u4E00-\u9FFF]/.test(re.source), rank }
}

export const KNOWN_ISSUERS: KnownIssuer[] = [
  // United States, federal
  k(/\b(?:United States|U\.\s?S\.)\s+Attorney['’]s\s+Office\s+(?:for\s+the\s+)?(?:(?:Northern|Southern|Eastern|Western|Middle|Central)\s+)?District\s+of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?/g, 'prosecutor', 'US-federal', 4),
  // "the United States Attorney in Indianapolis, Indiana", "U.S. Attorney for the District of Columbia".
  k(/\b(?:United States|U\.\s?S\.)\s+Attorney\s+(?:in|for)\s+(?:the\s+)?[A-Z][a-z]+(?:\s+(?:of\s+)?[A-Z][a-z]+){0,3}(?:,\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?/g, 'prosecutor', 'US-federal', 3),
  // Congressional committees send preservation letters and subpoenas: "Select Committee to Investigate the
  // January 6th Attack on the United States Capitol, U.S. House of Representatives".
  k(/\b(?:(?:House|Senate|Permanent|Select|Standing|Special)\s+){0,3}Committee\s+(?:on|to\s+Investigate)(?:\s+(?:[A-Z0-9][\w'’-]*|of|on|the|and|for|in|to)){1,12}?(?=(?:,\s*(?:the\s+)?(?:U\.\s?S\.\s+|United States\s+)?(?:House of Representatives|Senate))|\s+of\s+the\s+(?:U\.\s?S\.\s+|United States\s+)?(?:House of Representatives|Senate))(?:(?:,\s*|\s+of\s+)(?:the\s+)?(?:U\.\s?S\.\s+|United States\s+)?(?:House of Representatives|Senate))?/g, 'federal_agency', 'US-federal', 3.5),
  k(/\bFederal Bureau of Investigation\b/gi, 'federal_agency', 'US-federal'),
  k(/\bDrug Enforcement Administration\b/gi, 'federal_agency', 'US-federal'),
  k(/\b(?:U\.\s?S\.\s+|United States\s+)?Customs and Border Protection\b/gi, 'federal_agency', 'US-federal'),
  k(/\b(?:U\.\s?S\.\s+)?Immigration and Customs Enforcement\b/gi, 'federal_agency', 'US-federal'),
  // A directorate of ICE: ranked below it, so "ICE / HSI" letterheads read "ICE, HSI".
  k(/\bHomeland Security Investigations\b/gi, 'federal_agency', 'US-federal', 2.5),
  k(/\b(?:U\.\s?S\.\s+|United States\s+)?Department of Homeland Security\b/gi, 'federal_agency', 'US-federal', 2),
  k(/\b(?:United States|U\.\s?S\.)\s+Department of Justice\b|\bDepartment of Justice\b/gi, 'federal_agency', 'US-federal', 2),
  k(/\bInternal Revenue Service\b/gi, 'federal_agency', 'US-federal'),
  k(/\b(?:United States|U\.\s?S\.)\s+Secret Service\b/gi, 'federal_agency', 'US-federal'),
  k(/\b(?:United States|U\.\s?S\.)\s+Postal Inspection Service\b/g, 'federal_agency', 'US-federal'),
  k(/\bBureau of Alcohol, Tobacco, Firearms(?:,)? and Explosives\b/g, 'federal_agency', 'US-federal'),
  k(/\bFederal Trade Commission\b|\bSecurities and Exchange Commission\b/g, 'federal_agency', 'US-federal'),
  k(/\bOffice of (?:the )?Inspector General\b[^\n.,;]{0,60}/g, 'federal_agency', 'US-federal', 2),
  // Russia
  k(/\b(?:The\s+)?Federal Service for Supervision (?:in the Sphere of|of) [A-Za-z ,\r\n]{5,110}?(?:Mass\s+(?:Communications|Media))(?:\s*\((?:ROSKOMNADZOR|Roskomnadzor)\))?/gi, 'foreign_authority', 'RU', 5),
  k(/ФЕДЕРАЛЬНАЯ СЛУЖБА ПО НАДЗОРУ В СФЕРЕ СВЯЗИ,?\s+ИНФОРМАЦИОННЫХ ТЕХНОЛОГИЙ И\s+МАССОВЫХ КОММУНИКАЦИЙ|Федеральн\w+ служб\w+ по надзору в сфере связи,?\s+информационных технологий и\s+массовых коммуникаций/giu, 'foreign_authority', 'RU', 4),
  k(/Федеральн[а-яё]+\s+служб[а-яё]*\s+по\s+надзору\s+в\s+сфере\s+связи,?\s+информационных\s+технологий\s+и\s+массовых\s+коммуникаций(?:\s*\(Роскомнадзор\))?/giu, 'foreign_authority', 'RU', 5),
  k(/\bRoskomnadzor\b|Роскомнадзор\w*/giu, 'foreign_authority', 'RU', 2),
  k(/СЛЕДСТВЕННЫЙ КОМИТЕТ(?: РОССИЙСКОЙ ФЕДЕРАЦИИ)?|Следственн\w+ комитет\w*(?: Российской Федерации)?|Генеральн\w+ прокуратур\w+(?: Российской Федерации)?|Министерств\w+ внутренних дел(?: Российской Федерации)?/gu, 'foreign_authority', 'RU'),
  // Brazil, Portugal
  k(/\bPolícia Federal\b|\bPOLÍCIA FEDERAL\b/gu, 'foreign_authority', 'BR'),
  k(/\bPolícia Civil do Estado d[eo] [A-ZÁÉÍÓÚ][\p{L}]+(?: d[eoa])?(?: [A-ZÁÉÍÓÚ][\p{L}]+)?|\bPOLÍCIA CIVIL DO ESTADO D[EO] [A-ZÁÉÍÓÚÂÊÔÃÕÇ ]{3,30}(?![\p{L}])/gu, 'foreign_authority', 'BR'),
  k(/\bMinistério Público (?:Federal|do Estado d[eo] [A-Z][\p{L}]+(?: [\p{L}]+)?)/gu, 'prosecutor', 'BR'),
  k(/\bPolícia Judiciária\b|\bPOLÍCIA JUDICIÁRIA\b/gu, 'foreign_authority', 'PT'),
  // Spain, Mexico, Latin America
  k(/\bGuardia Civil\b|\bPolicía Nacional\b|\bMossos d['’]Esquadra\b/gu, 'foreign_authority', 'ES'),
  k(/\bFiscalía General de la República\b/giu, 'prosecutor', 'MX'),
  k(/\bFiscalía General de la Nación\b/giu, 'prosecutor', 'CO'),
  k(/\bGarante per la protezione dei dati personali\b|\bGarante (?:della |per la )?privacy\b/giu, 'foreign_authority', 'IT', 4),
  k(/\bProcura della Repubblica(?: presso il Tribunale (?:ordinario )?di [A-Z][\p{L}]+)?|\bPolizia (?:Postale|di Stato)\b|\bGuardia di Finanza\b|\bCarabinieri\b/giu, 'prosecutor', 'IT'),
  // Germany, Austria
  k(/\bBundeskriminalamt\b|\bLandeskriminalamt [A-Z][\p{L}-]+/gu, 'foreign_authority', 'DE'),
  k(/\bStaatsanwaltschaft (?:bei dem [A-Z][\p{L}]+ )?[A-Z][\p{L}-]+(?: am [A-Z][\p{L}]+)?/gu, 'prosecutor', 'DE'),
  k(/\bPolizeipräsidium [A-Z][\p{L}-]+/gu, 'foreign_authority', 'DE'),
  // France, Belgium
  k(/\bProcureur de la République (?:près le tribunal judiciaire )?(?:de |d['’])[A-Z][\p{L}-]+/gu, 'prosecutor', 'FR'),
  k(/\bGendarmerie nationale\b|\bPolice nationale\b|\bOffice anti-cybercriminalité\b|\bOCLCTIC\b|\bOFAC\b/gu, 'foreign_authority', 'FR'),
  k(/\bArcom\b|\bAutorité de régulation de la communication audiovisuelle et numérique\b/gu, 'foreign_authority', 'FR'),
  // China
  k(/\bCyber(?:space)? Security Association of China\b|\bCyberspace Administration of China\b/g, 'foreign_authority', 'CN', 4),
  k(/国家互联网信息办公室|网信办|[\u4E00-\u9FFF]{2,10}公安局(?:[\u4E00-\u9FFF]{2,8}分局)?|中国网络空间安全协会/gu, 'foreign_authority', 'CN'),
  // United Kingdom, India, others
  k(/\bMetropolitan Police Service\b|\bNational Crime Agency\b|\bPolice Scotland\b/gi, 'foreign_authority', 'GB'),
  k(/\bMinistry of Electronics and Information Technology\b/g, 'foreign_authority', 'IN'),
  k(/\bAustralian Federal Police\b|\beSafety Commissioner\b/g, 'foreign_authority', 'AU'),
  k(/\bRoyal Canadian Mounted Police\b/g, 'foreign_authority', 'CA'),
  k(/\bAn Garda Síochána\b|\bCoimisiún na Meán\b/gu, 'foreign_authority', 'IE'),
  k(/\bEuropean Commission\b/g, 'eu_authority', 'EU', 2),
  k(/\bSingapore Police Force\b|\bCyber Security Agency of Singapore\b/g, 'foreign_authority', 'SG', 2.5),
  k(/\bBilgi Teknolojileri ve İletişim Kurumu\b|\bBTK\b/gu, 'foreign_authority', 'TR'),
  // Regulators and national bodies that write to platforms, by the names they sign with.
  k(/\bOfcom\b|\bOffice of Communications\b|\bInformation Commissioner['’]s Office\b/g, 'foreign_authority', 'GB'),
  k(/\bCNIL\b|\bCommission nationale de l['’]informatique et des libertés\b|\bPHAROS\b/gu, 'foreign_authority', 'FR'),
  k(/\bBundesnetzagentur\b|\bBundesamt für Justiz\b/gu, 'foreign_authority', 'DE'),
  k(/\bAGCOM\b|\bAutorità per le [Gg]aranzie nelle [Cc]omunicazioni\b/gu, 'foreign_authority', 'IT'),
  k(/\bAgencia Española de Protección de Datos\b|\bAEPD\b/gu, 'foreign_authority', 'ES'),
  k(/\bAgência Nacional de Telecomunicações\b|\bAnatel\b|\bANATEL\b|\bAutoridade Nacional de Proteção de Dados\b|\bANPD\b/gu, 'foreign_authority', 'BR'),
  k(/\bPakistan Telecommunication Authority\b|\bPTA\b(?=[^\n]{0,200}\bPakistan)|\bFederal Investigation Agency\b/g, 'foreign_authority', 'PK'),
  k(/\bIndian Computer Emergency Response Team\b|\bCERT-In\b/g, 'foreign_authority', 'IN'),
  k(/\bKorea Communications (?:Standards )?Commission\b|\bKorean National Police Agency\b|방송통신심의위원회/gu, 'foreign_authority', 'KR'),
  k(/\bAustralian Communications and Media Authority\b/g, 'foreign_authority', 'AU'),
  k(/\bCanadian Radio-television and Telecommunications Commission\b/g, 'foreign_authority', 'CA'),
  // Telecommunications and media regulators that order blocking, by their own names.
  k(/\bNational Telecommunications Commission\b(?=[^\n]{0,300}\bPhilippin)|\bNational Telecommunications Commission \(NTC\)/g, 'foreign_authority', 'PH'),
  k(/\bNigerian Communications Commission\b|\bNational Information Technology Development Agency\b/g, 'foreign_authority', 'NG'),
  k(/\bCommunications Authority of Kenya\b/g, 'foreign_authority', 'KE'),
  k(/\bMalaysian Communications and Multimedia Commission\b/g, 'foreign_authority', 'MY'),
  k(/\bBangladesh Telecommunication Regulatory Commission\b/g, 'foreign_authority', 'BD'),
  k(/\bNepal Telecommunications Authority\b/g, 'foreign_authority', 'NP'),
  k(/\bInfocomm Media Development Authority\b|\bPOFMA Office\b/g, 'foreign_authority', 'SG'),
  k(/\bBilgi Teknolojileri ve İletişim Kurumu\b|\bInformation and Communication Technologies Authority\b(?=[^\n]{0,300}\b(?:Turk|5651))/gu, 'foreign_authority', 'TR'),
  k(/\bNational Broadcasting and Telecommunications Commission\b|\bMinistry of Digital Economy and Society\b/g, 'foreign_authority', 'TH'),
  k(/\b(?:Kementerian|Menteri) Komunikasi dan (?:Informatika|Digital)(?: Republik Indonesia)?\b|\bKominfo\b|\bKomdigi\b/gu, 'foreign_authority', 'ID'),
]
