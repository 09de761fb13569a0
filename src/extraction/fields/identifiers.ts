/**
 * Target identifiers: the accounts, handles, e-mail addresses, URLs, domains, repositories, phone
 * numbers and numeric ids a demand is about, as written. The sender's own addresses, the
 * provider's role mailboxes, official sites and template placeholders are left out.
 */
import type { Field, Span } from '../types.js'
import { findAccountLists } from './account-lists.js'
import { maskPlaceholders } from './categories.js'
import {
  TLDS, deobfuscate, hostOf, identifierKey, isOfficialHost, isPlaceholder, isServiceMailbox, trimUrl, validHost,
} from './identifier-rules.js'
import { isOfficialsAddress, officialNames, signatureBlocks } from './signers.js'
import { lineAt, lines, matchAll, Occupancy, span } from './text.js'
import { uni } from './uni.js'

type Found = { value: string; kind: 'url' | 'email' | 'handle' | 'domain' | 'phone' | 'id' | 'account' | 'ip'; evidence: Span }

const DOT = String.raw`(?:\.|\[\.\]|\(\.\)|\[dot\]|\(dot\))`
// Full-width punctuation (（）、。「」【】) ends a link in Chinese and Japanese text.
const URL_RE = new RegExp(String.raw`\b(?:[a-z]{3,5}|hxxps?)(?:\[:\]|\(:\)|:)\s?\/\s?\/\s?[^\s<>"'«»“”|\\^{}\u3000-\u303F\uFF01-\uFF0F\uFF1A-\uFF20]+`, 'giu')
const EMAIL_RE = new RegExp(String.raw`(?:\[[a-z ]{1,20}\]|[a-z0-9._%+-])+(?:@|\[@\]|\(@\)|\[at\]|\(at\))[a-z0-9-]+(?:${DOT}[a-z0-9-]+)*${DOT}[a-z]{2,24}\b`, 'giu')
const HANDLE_RE = /(?<![\p{L}\p{N}_@./\])])@[A-Za-z0-9_](?:[A-Za-z0-9_.-]{0,38}[A-Za-z0-9_])?(?![\p{L}\p{N}_@-])/gu
const DOMAIN_RE = new RegExp(String.raw`(?<![\p{L}\p{N}_@./-])(?:www${DOT})?(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?${DOT})+([a-z]{2,12})(?:\/[^\s<>"'«»“”]*)?`, 'giu')
const PHONE_RE = /(?<![\p{L}\p{N}+/.-])(?:\+\d{1,3}[ \t.-]?)?(?:\((?:\d{1,4}|XXX)\)[ \t.-]?)?(?:\d{2,5}|XXX)(?:[ \t.-](?:\d{2,5}|XXXX?)){1,4}(?![\p{L}\p{N}/-])|(?<![A-Za-z0-9+/.-])1[3-9]\d{9}(?![A-Za-z0-9])|(?<![A-Za-z0-9+/.*-])1[3-9]\d\*{4}\d{4}(?![A-Za-z0-9*])/gu
const ID_RE = uni(/\b(?:(?:numeric|internal)\s+)?(?:user|account|profile|page|channel|group|Facebook|Twitter|Instagram|Telegram|TikTok|YouTube|GitHub|Discord|Snapchat|Roblox|unique)[ -]?(?:[Il]D|identifier|id number|number|no\.|#)\s*(?:is\s*)?[-:#]?\s*((?:[A-Z]{1,4}-)?\d{5,20})\b|(?<=\w\s?)\((?:ID|id)\s*[:#]?\s*(\d{5,20})\)|\b(?:UID|identifiant(?: (?:de l'|d')?utilisateur| du compte)?|identificador(?: de (?:usuario|usuário|cuenta|conta))?|[Il]D (?:de |do |da )?(?:usuario|usuário|utilisateur|cuenta|conta|compte|perfil)|Nutzer-ID|Benutzer-ID|Konto-ID|Kennung|идентификатор(?: пользователя| аккаунта)?|ID (?:пользователя|аккаунта|страницы))\s*[:#]?\s*(\d{5,20})\b/gi)
/** A meeting or conference id printed in groups: "meeting ID 842 5519 0236". */
const MEETING_ID_RE = uni(/\b(?:meeting|conference|webinar)\s+(?:ID|id|number)\s*[:#]?\s*(\d{3,4}(?: \d{3,4}){2,3})\b/gi)
/** Chinese labelled ids and nicknames: "用户ID：88412093", "昵称“夜航船”". */
const CJK_ID_RE = /(?:用户ID|用户编号|账号ID|UID)\s*(?:[：:]|为|是)?\s*(\d{5,20})|(?:昵称|用户名)\s*[：:]?\s*[“"「『]([^”"」』\n]{1,30})[”"」』]/gu
/**
 * A user name given after its label: "Benutzername: grauwolf_1972", "nome de usuário: corvo.cinza",
 * "$cashtag: $DustyRoadsPNW", "Discord tag vexhollow#0417". The label must end in a colon or the
 * name must be quoted, so "username and password" is never read as a name.
 */
const NAMED_ACCOUNT_RE = uni(/\b(?:user ?name|screen ?name|nick ?name|handle|login|\$?cashtag|Discord (?:tag|username)|Benutzername|Nutzername|Kontoname|nome de usu[aá]rio|nome de utilizador|nombre de usuario|nom d'utilisateur|pseudo(?:nyme)?|имя пользователя|ім['’]я користувача|никнейм|логин|ник|display name|under the (?:user ?)?name|posting as|posts as|posted as)\s*(?:[:：]\s*|(?=["“«„]))(["“«„]?)((?:\$|@)?[\p{L}\p{N}_][\p{L}\p{N}_.#-]{1,40})["”»“]?/giu)
/** The organisation or group an account belongs to when the demand names it: 'the organization "kestrel-collective"'. */
/** "the account with the user name dtravers_305": no colon, so only a name that looks like one (digit, _ or .). */
const NAMED_ACCOUNT_BARE_RE = uni(/\b(?:user ?name|screen ?name|handle)\s+(?!(?:and|or|of|for|the|is|was|on|in)\b)([\p{L}\p{N}][\p{L}\p{N}_.-]*[_\d.][\p{L}\p{N}_.-]*[\p{L}\p{N}_])/giu)
const NAMED_GROUP_RE = uni(/\b(?:organi[sz]ation|org|group|server|guild|workspace|team)\s+["“](?=[^"”]*[\p{Ll}\p{N}_.-])([\p{L}\p{N}_][\p{L}\p{N}_.-]{2,40})["”]/giu)
/** An IP address given as what the demand is about: "the subscriber assigned the IP address 71.38.204.17". */
const IP_TARGET_RE = uni(/\b(?:assigned|using|used|with|of|from|address(?:es)?|IP|server|host|proxied to|resolv\w+ to)\b[^.\r]{0,30}?(?<![\d.])((?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3})(?![\d.]\d)/gi)
/** A repository listed on a line of its own as "owner / name" (with spaces), in a letter about repositories. */
const REPO_LINE_RE = /^[ \t]*(?:[-*•]|\d{1,2}[.)])?[ \t]*([A-Za-z0-9][A-Za-z0-9-]{0,38}[ \t]+\/[ \t]+[A-Za-z0-9._-]{1,100})[ \t]*$/gm
const REPO_RE = uni(/\brepositor(?:y|ies|io|ório)\s+(?:at\s+|named\s+)?[`"“]?([\w.-]+\/[\w.-]+)/gi)

const PHONE_CONTEXT = uni(/(?:\b(?:phone|telephone|tel|mobile|cell(?:ular)?|number|numbers|MSISDN|WhatsApp|Signal|SMS|número|números|telefone|teléfono|telefónico|telef[oô]nic\w*|linha|línea|Telefon\w*|Rufnummer\w*|Handy\w*|téléphone|portable|телефон\w*|номер\w*|numara\w*)\b|电话|手机|手机号)[^.]{0,40}$/i)
const HEADER_LINE = uni(/^\s*(?:from|to|cc|bcc|sent|reply-to|de|para|von|an|от|кому|发件人|收件人)\s*:|^\s*(?:tel|tél|phone|fax|direct|mobile|cell|telefone?|teléfono|téléphone|тел|телефон|факс)\b\.?\s*:?\s*[+(\d]|^\s*(?:e-?mail|courriel|correo|tel|phone|fax|telefone?|teléfono|téléphone|тел|телефон)\s*\.?\s*:|^\s*(?:联系电话|联系人|电话)/i)
const TARGET_WORDS = uni(/\b(?:account|target|subscriber|user|handle|profile|identifier|associated|belonging|registered|registration|rejestracyjny|page|website|site|conta|cuenta|compte|Konto|аккаунт\w*|учетн\w*|账号|账户|hesap)\b/i)
const SENDER_WORDS = uni(/(?:(?:name|address|e-?mail|telephone)[^.]{0,80}\b(?:attorney|officer|agent|investigator)\b[^.]{0,60}\b(?:who|representing|requests?|issues?)|contact (?:me|us|the undersigned|special agent|agent|detective|officer|investigator)|call me|reach me|can be reached|questions|my (?:telephone|phone|e-?mail|direct|cell)|our (?:telephone|phone|e-?mail|office)|\b(?:tel|fax|phone|e-?mail|email|direct|office|cell|telefone?|teléfono|téléphone|tél|тел|телефон|факс|исполнитель)\s*[.:]|please (?:contact|call|e-?mail|send|direct)|direct any (?:query|queries|questions)|contact for|contact details|24\/7|presented by|provided to|(?:sent|served|delivered|transmitted)(?: by (?:e-?mail|fax|post))? to\s*:|направ\w+ на (?:адрес|e-?mail)|ответ\w* (?:прошу )?направ\w+|resposta deverá|encaminhad[ao] ao|respuesta (?:deberá|se remitirá)|remitir\w* al? (?:correo|e-?mail)|par voie électronique|à l['’]adresse|in elektronischer Form an|zu richten an|(?<!注册|绑定)(?:邮箱|电子邮件)|send (?:the |your |all )?(?:response|records|production|documents|information|reply)|(?:respond|reply|return|deliver\w*|submit\w*|upload\w*) (?:[\w ]{0,30})?(?:to|at|via)|portal|available at|more information|por favor|contacto|contato|\bKontakt|\bконтакт\w*|联系)(?:[^.\n\r]|\r?\n(?![ \t]*\r?\n)){0,80}$/i)
const SIGN_OFF = uni(/^\s*(?:sincerely|respectfully|regards|best regards|kind regards|yours (?:truly|faithfully|sincerely)|very truly yours|atenciosamente|atentamente|cordialement|mit freundlichen grüßen|с уважением|此致|saygılarımızla)\b/im)

/**
 * The start of another message in a thread or of an attached document: a header line, the reader's
 * attachment line or a salutation (a rule of dashes is not: signatures have them).
 */
const NEXT_MESSAGE = uni(/^(?:\s*(?:from|de|von|от)\s*:|-{3,} Attachment \d|\s*(?:dear|hello|senhor(?:a|es)?|señor(?:a|es)?|excelentíssim\w+|ilustríssim\w+|good (?:morning|afternoon)|здравствуйте|добрый день|уважаем\w+|bonjour|madame|monsieur|estimad[oa]s?|prezad[oa]s?|sehr geehrte|尊敬的|sayın)\b)/imu)

/**
 * The stretches after each sign-off ("Sincerely", "С уважением") up to the next message of the
 * thread: what stands there is the sender's (names, addresses, its own app's links).
 */
function signedStretches(text: string): [number, number][] {
  const out: [number, number][] = []
  for (const m of matchAll(text, SIGN_OFF)) {
    const rest = text.slice(m.end)
    const next = rest.search(NEXT_MESSAGE)
    out.push([m.start, next < 0 ? text.length : m.end + next])
  }
  return out
}

/** "The name, address, e-mail, and telephone number of the attorney ... who requests this subpoena, are:" */
const SENDER_INTRO = uni(/\b(?:name|address|e-?mail|telephone)\b[^.]{0,80}\b(?:attorney|officer|agent|investigator|prosecutor)\b[^.]{0,200}$/i)

/** "Phone (2):     206.555.0112", "E-mail: ...": a label, a colon, a value. */
const LABEL_VALUE_LINE = /^\s*(?:[-*•]|\d{1,2}[.)])?\s*[\p{L}$][\p{L}\p{N} $'’/()#-]{0,30}[:：]\s*\S/u
const TARGET_INTRO = uni(/(?:\b(?:account|accounts|account\(s\)|associated with|linked to|belonging to|registered to|target\w*|identifiers?|subscriber|user|perfil|cuenta|conta|compte|Nutzerkonto\w*|Konto|аккаунт\w*|пользовател\w*)\b|账号|账户|用户)[^\n]{0,40}[:：]\s*$/i)

/**
 * Inside a block that lists what the demand is about ("Cash App account(s) associated with:" then
 * "phone: ...", "e-mail: ..."), label lines name the target, not the sender.
 */
function inTargetBlock(text: string, lineStart: number): boolean {
  let end = lineStart
  for (let i = 0; i < 8; i++) {
    const before = text.slice(0, Math.max(0, end - 1))
    const start = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1
    const previous = text.slice(start, Math.max(start, end - 1))
    if (TARGET_INTRO.test(previous)) return true
    if (previous.trim() !== '' && !LABEL_VALUE_LINE.test(previous)) return false
    if (start === 0) return false
    end = start
  }
  return false
}

function senderSide(text: string, at: number, lineOf: (at: number) => Span, signed: [number, number][]): boolean {
  const line = lineOf(at)
  if (LABEL_VALUE_LINE.test(line.text) && inTargetBlock(text, line.start)) return false
  if (HEADER_LINE.test(line.text)) return true
  if (TARGET_WORDS.test(text.slice(line.start, at))) return false
  if (SENDER_WORDS.test(text.slice(Math.max(line.start - 120, 0), at))) return true
  if (SENDER_INTRO.test(text.slice(Math.max(line.start - 250, 0), at))) return true
  return signed.some(([start, end]) => at > start && at < end)
}

function urlsAndDomains(text: string, masked: string): Found[] {
  const out: Found[] = []
  const taken = new Occupancy(text.length)
  for (const m of matchAll(masked, URL_RE)) {
    const raw = trimUrl(text.slice(m.start, m.end))
    const value = deobfuscate(raw).replace(/^(?:ht+[a-z]?ps?|hxxps?):\/\//i, (s) => (/^https?:\/\//i.test(s) ? s : 'https://'))
    if (!/^[a-z]{3,5}:\/\//i.test(value) || /^(?:file|ftp|mailto):/i.test(value)) continue
    const host = hostOf(value)
    taken.take(m.start, m.end)
    if (!validHost(host)) continue
    out.push({ value, kind: 'url', evidence: span(text, m.start, m.start + raw.length) })
  }
  for (const m of matchAll(masked, DOMAIN_RE)) {
    if (!taken.isFree(m.start, m.end)) continue
    const tld = deobfuscate(m.groups[0] ?? '').toLowerCase()
    if (!TLDS.has(tld)) continue
    const raw = trimUrl(text.slice(m.start, m.end))
    const value = deobfuscate(raw)
    if (!validHost(hostOf(value))) continue
    out.push({ value, kind: 'domain', evidence: span(text, m.start, m.start + raw.length) })
  }
  return out
}

function phones(text: string, masked: string): Found[] {
  const out: Found[] = []
  for (const m of matchAll(masked, PHONE_RE)) {
    const digits = m.text.replace(/\D/g, '')
    const redacted = m.text.replace(/[^X]/g, '').length
    if (digits.length + redacted < 7 || digits.length > 15) continue
    if (/^(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2}$/.test(m.text) || /^\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d{2}$/.test(m.text)) continue
    const international = m.text.startsWith('+')
    const context = PHONE_CONTEXT.test(masked.slice(Math.max(0, m.start - 60), m.start))
    if (!international && !context) continue
    if (/X{3}/.test(m.text) && digits.length < 4) continue
    if (!international && !/[\s.()*-]/.test(m.text) && !/^1[3-9]\d{9}$/.test(m.text)) continue
    out.push({ value: m.text.trim(), kind: 'phone', evidence: span(text, m.start, m.end) })
  }
  return out
}

export function extractIdentifiers(text: string): Field<string[]> {
  const masked = maskPlaceholders(text)
  const allLines = lines(text)
  const lineOf = (at: number): Span => lineAt(allLines, at) ?? span(text, 0, 0)
  const signOff = signedStretches(text)
  const found: Found[] = []

  const claimed = new Occupancy(text.length)
  const claim = (f: Found): void => {
    found.push(f)
    claimed.take(f.evidence.start, f.evidence.end)
  }
  const emails = matchAll(masked, EMAIL_RE).map((m) => ({ value: deobfuscate(m.text), kind: 'email' as const, evidence: span(text, m.start, m.end) }))
  emails.forEach(claim)
  if (/\brepositor(?:y|ies)\b|\bGitHub\b/i.test(text)) {
    for (const m of matchAll(masked, REPO_LINE_RE)) {
      const repo = m.groups[0] ?? ''
      const at = m.start + m.text.indexOf(repo)
      if (/^(?:sir|and|or|he|she|yes|no)\s/i.test(repo) || !claimed.isFree(at, at + repo.length)) continue
      claim({ value: repo, kind: 'url', evidence: span(text, at, at + repo.length) })
    }
  }
  for (const u of urlsAndDomains(text, masked)) if (claimed.isFree(u.evidence.start, u.evidence.end)) claim(u)
  for (const m of matchAll(masked, HANDLE_RE)) {
    if (!claimed.isFree(m.start, m.end)) continue
    // "-..-:@1c.fb1.gov": the domain half of an e-mail address whose name was lost (OCR, redaction).
    if (m.start > 0 && !/[\s(["'“‘<]/u.test(text[m.start - 1] as string) && /\.[a-z]{2,4}$/i.test(m.text) && TLDS.has((m.text.split('.').pop() ?? '').toLowerCase())) continue
    found.push({ value: m.text.replace(/\.+$/, ''), kind: 'handle', evidence: span(text, m.start, m.start + m.text.replace(/\.+$/, '').length) })
  }
  for (const m of matchAll(masked, ID_RE)) {
    const id = m.groups[0] ?? m.groups[1] ?? m.groups[2] ?? ''
    const at = m.start + m.text.lastIndexOf(id)
    found.push({ value: id, kind: 'id', evidence: span(text, at, at + id.length) })
  }
  for (const re of [MEETING_ID_RE, CJK_ID_RE]) {
    for (const m of matchAll(masked, re)) {
      const id = m.groups[0] ?? m.groups[1] ?? ''
      const at = m.start + m.text.lastIndexOf(id)
      if (id && claimed.isFree(at, at + id.length)) found.push({ value: id, kind: 'id', evidence: span(text, at, at + id.length) })
    }
  }
  for (const m of matchAll(masked, NAMED_ACCOUNT_RE)) {
    const name = (m.groups[1] ?? '').replace(/[.,;:-]+$/, '')
    const at = m.start + m.text.lastIndexOf(name)
    if (name.length < 2 || STOP_NAMES.has(name.toLowerCase()) || !claimed.isFree(at, at + name.length)) continue
    found.push({ value: name, kind: 'account', evidence: span(text, at, at + name.length) })
  }
  for (const m of matchAll(masked, NAMED_ACCOUNT_BARE_RE)) {
    const name = m.groups[0] ?? ''
    const at = m.start + m.text.lastIndexOf(name)
    if (claimed.isFree(at, at + name.length)) found.push({ value: name, kind: 'account', evidence: span(text, at, at + name.length) })
  }
  for (const m of matchAll(masked, NAMED_GROUP_RE)) {
    const name = m.groups[0] ?? ''
    const at = m.start + m.text.lastIndexOf(name)
    if (claimed.isFree(at, at + name.length)) found.push({ value: name, kind: 'account', evidence: span(text, at, at + name.length) })
  }
  for (const m of matchAll(masked, IP_TARGET_RE)) {
    const ip = m.groups[0] ?? ''
    const at = m.start + m.text.lastIndexOf(ip)
    found.push({ value: ip, kind: 'ip', evidence: span(text, at, at + ip.length) })
  }
  for (const m of matchAll(masked, REPO_RE)) {
    const repo = m.groups[0] ?? ''
    const at = m.start + m.text.lastIndexOf(repo)
    if (/^\d+\/\d+$/.test(repo)) continue
    found.push({ value: repo.replace(/[.,;:]+$/, ''), kind: 'url', evidence: span(text, at, at + repo.length) })
  }
  for (const f of found) claimed.take(f.evidence.start, f.evidence.end)
  for (const p of phones(text, masked)) if (claimed.isFree(p.evidence.start, p.evidence.end)) claim(p)
  for (const s of findAccountLists(masked)) {
    if (!claimed.isFree(s.start, s.end)) continue
    claim({ value: text.slice(s.start, s.end), kind: 'account', evidence: span(text, s.start, s.end) })
  }

  // The sender's own addresses: an official's named mailbox, and whatever stands in a signature block,
  // with the telephone numbers beside them.
  const officials = officialNames(text)
  const blocks = signatureBlocks(text)
  const inSignature = (f: Found): boolean => blocks.some((b) => f.evidence.start >= b.start && f.evidence.end <= b.end)
  const officialsOwn = new Set(found.filter((f) => f.kind === 'email' && isOfficialsAddress(f.value, officials)))
  const senderLines = new Set([...officialsOwn].map((f) => lineOf(f.evidence.start).start))
  const sendersOwn = (f: Found): boolean =>
    officialsOwn.has(f) || ((f.kind === 'email' || f.kind === 'phone') && (inSignature(f) || senderLines.has(lineOf(f.evidence.start).start)))
  const withPath = new Set(found.filter((f) => (f.kind === 'url' || f.kind === 'domain') && /\/[^/]/.test(identifierKey(f.value))).map((f) => hostOf(f.value)))
  const kept = found.filter((f) => {
    if (isPlaceholder(f.value)) return false
    if (sendersOwn(f) && !(LABEL_VALUE_LINE.test(lineOf(f.evidence.start).text) && inTargetBlock(text, lineOf(f.evidence.start).start))) return false
    if (f.kind === 'email') return !isServiceMailbox(f.value) && !isOfficialHost(f.value.split('@')[1] ?? '') && !senderSide(text, f.evidence.start, lineOf, signOff)
    if (f.kind === 'url' || f.kind === 'domain') {
      const host = hostOf(f.value)
      if (isOfficialHost(host)) return false
      if (senderSide(text, f.evidence.start, lineOf, signOff) && !TARGET_WORDS.test(lineOf(f.evidence.start).text)) return false
      // A bare site name next to a full link on the same site only names the site ("gist.github.com").
      if (!/\/[^/]/.test(identifierKey(f.value)) && withPath.has(host)) return false
      if (f.kind === 'domain' && !/\//.test(f.value)) return bareDomainIsTarget(text, f.evidence.start)
      return true
    }
    if (f.kind === 'phone') return !senderSide(text, f.evidence.start, lineOf, signOff)
    return true
  })
  kept.sort((a, b) => a.evidence.start - b.evidence.start)
  const byKey = new Map<string, Found>()
  for (const f of kept) {
    const key = identifierKey(f.value)
    const existing = byKey.get(key)
    // Prefer the spelling with a proper scheme ("https://", not the OCR'd "httDs://").
    if (!existing || (!/^https?:\/\//i.test(existing.value) && /^https?:\/\//i.test(f.value))) byKey.set(key, existing ? { ...f, evidence: existing.evidence } : f)
  }
  const unique = [...byKey.values()].sort((a, b) => a.evidence.start - b.evidence.start)
  const evidence = kept.map((f) => f.evidence)
  return { value: unique.map((f) => f.value), confidence: unique.length === 0 ? 0.5 : 0.75, evidence }
}

/** Words a label can be followed by that are not names ("username: unknown", "login: required"). */
const STOP_NAMES = new Set(['unknown', 'none', 'required', 'n/a', 'na', 'not', 'and', 'or', 'the', 'redacted', 'desconocido', 'inconnu', 'unbekannt', 'неизвестно'])

const SITE_CONTEXT = uni(/\b(?:domains?|websites?|web site|site|page|url|address|hosted|host|search of|store|shop|server|channel|blog|forum|invite|сайт\w*|ресурс\w*|sitio|página|dominio|domínio|Webseite|Domain|internet ?sitesi|网站|域名)\b[^.\n\r]{0,30}$/i)

function bareDomainIsTarget(text: string, at: number): boolean {
  // "the domains a[.]com and b[.]net": an obfuscated dot does not end the phrase.
  return SITE_CONTEXT.test(text.slice(Math.max(0, at - 50), at).replace(/\[\.\]|\(\.\)/g, '_'))
}

