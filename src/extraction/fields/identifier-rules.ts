/**
 * What is and is not a target identifier: government and provider addresses, template
 * placeholders, and the usual obfuscations (`hxxps[:]//x[.]com`, `name[at]mail.com`).
 */

/** Top-level domains accepted for bare domains (a dotted abbreviation like "U.S." or "No.190" is no domain). */
export const TLDS = new Set(
  (
    'com net org info io co me app dev xyz biz gov edu mil int online site tech club store blog shop news media ' +
    'social live world space top fun icu link page pub wiki email cloud network systems zone one life today ' +
    'ru su рф cn uk de fr br tr in eu us ly gl gg ai tv fm cc ws to la ch at nl be it es pt pl ua by kz jp kr hk ' +
    'tw sg au nz ca mx ar cl pe ve co za ng ke ir il sa ae pk bd id my th vn ph se no dk fi ie cz sk hu ro bg gr ' +
    'rs hr si lt lv ee ge am az uz md lu is'
  ).split(' '),
)

/** Hosts of governments and courts: the sender's own sites, never targets. */
const OFFICIAL_HOST = /(?:^|\.)(?:gov|mil|gouv|gob|gov\.[a-z]{2}|gc\.ca|police\.uk|nhs\.uk|europa\.eu|admin\.ch|bund\.de|jus\.br|mp\.br|mpf\.mp\.br|gov\.br|pf\.gov\.br|rkn\.gov\.ru|gosuslugi\.ru|ic3\.gov|uscourts\.gov|justice\.gc\.ca|polizei\.[a-z]{2}|policia\.es|guardiacivil\.es|interieur\.gouv\.fr|gendarmerie\.interieur\.gouv\.fr|cac\.gov\.cn|12377\.cn|go\.[a-z]{2}|gv\.at|justicia\.es|justice\.fr|agcom\.it|garda\.ie|politie\.nl|om\.nl|sledcom\.ru|mvd\.ru|(?:police|policia|polizia|politie|polizei|fiscalia|procura)\.[a-z.]{2,12})$/i

export function isOfficialHost(host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '')
  // A provider's own help pages (its terms of service, its guides) are cited, never targeted.
  if (/^(?:help|support|docs|docs-help)\.(?:github|gitlab|twitter|x|google|facebook|telegram|discord|reddit)\.com$/.test(h)) return true
  // The Lumen database, where notices are published: a notice's form links to it, never targets it.
  if (/(?:^|\.)lumendatabase\.org$/.test(h)) return true
  return OFFICIAL_HOST.test(h) || /\.gov\.[a-z]{2}$/.test(h) || /\.gov$/.test(h) || /\.mil$/.test(h)
}

/** Role mailboxes of the provider (abuse@, legal@...) or of an agency: where mail goes, not whose data. */
const SERVICE_MAILBOX = /^(?:abuse|support|admin|administrator|legal|legal-?process|info|privacy|law-?enforcement|le|lert|lers|subpoenas?|compliance|no-?reply|records|custodian|security|dmca|copyright|trust|safety|help|contact|webmaster|postmaster|hostmaster|notices?|requests?|takedowns?|gov-?requests?|government|court-?orders?|service|juridico|juridique|jur[ií]dic[oa]|recht|dsa(?:-[a-z]+)?|le-?requests?|r[ée]quisitions?|trust-?(?:and-?|&-?)?safety|legal-?requests?|lawenforcement)(?:[-_.][a-z]{2,3})?$/i

export function isServiceMailbox(email: string): boolean {
  const local = email.split('@')[0] ?? ''
  return SERVICE_MAILBOX.test(local)
}

const PLACEHOLDER = /(?:^|[@./])(?:example|domain|email|yourdomain|provider|company)\.(?:com|org|net)$|^(?:name|user|username|someone|john\.?doe|jane\.?doe|test|xxx+)@|x{3,}|\(?9{3}\)?[ -]?9{3}-?9{4}|0{3}-?0{4}|^@(?:username|handle|user|account|name)$|\binsert\b|\byour[_-]?(?:handle|account)\b|^(?:123456789\d?|0123456789|1234567)$/i

export function isPlaceholder(value: string): boolean {
  // "(XXX) XXX-4417" is a partly redacted number, not a template's "(999) 999-9999".
  if (/\d{4}/.test(value) && /X{3}/.test(value) && !/9{3}/.test(value)) return false
  return PLACEHOLDER.test(value)
}

/** Undo the defanging people use when they write dangerous links: hxxp, [.], (dot), [:], [at]. */
export function deobfuscate(raw: string): string {
  return raw
    .replace(/^hxxp/i, 'http')
    .replace(/\s*(?:\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\)|\{dot\})\s*/gi, '.')
    .replace(/\s*(?:\[:\]|\(:\))\s*/g, ':')
    .replace(/\s*(?:\[@\]|\(@\)|\[at\]|\(at\)|\{at\})\s*/gi, '@')
    .replace(/^([a-z]+):\s*\/\s*\/\s*/i, '$1://')
}

/** Trailing punctuation that belongs to the sentence, not the link; unbalanced closing brackets too. */
export function trimUrl(url: string): string {
  let u = url.replace(/[.,;:!?'"”’»`*]+$/u, '')
  for (const [open, close] of [['(', ')'], ['[', ']'], ['<', '>'], ['{', '}']] as const) {
    while (u.endsWith(close) && u.split(open).length < u.split(close).length) u = u.slice(0, -1)
  }
  return u.replace(/[.,;:!?'"”’»`*]+$/u, '')
}

export function hostOf(url: string): string {
  const noScheme = url.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
  return (noScheme.split(/[/?#:]/)[0] ?? '').toLowerCase().replace(/^www\./, '')
}

export function validHost(host: string): boolean {
  const labels = host.split('.')
  if (labels.length < 2) return false
  const tld = labels[labels.length - 1] as string
  if (!/^(?:[a-z]{2,24}|xn--[a-z0-9-]+|рф)$/i.test(tld)) return false
  return labels.every((l) => /^[a-z0-9\u00a1-\uffff](?:[a-z0-9\u00a1-\uffff-]{0,61}[a-z0-9\u00a1-\uffff])?$/i.test(l))
}

/** The key the corpus scorer compares identifiers by: no @, scheme, www. or trailing slash; any case. */
export function identifierKey(value: string): string {
  return value
    .trim()
    .toLowerCase()
    .replace(/^@/, '')
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/+$/, '')
}
