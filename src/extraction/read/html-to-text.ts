/**
 * HTML to plain text with a single linear pass: no regular expression over the whole input (no
 * catastrophic backtracking on hostile markup), no DOM, no script ever run. Scripts, styles and
 * comments are dropped; block elements become line breaks; entities are decoded.
 */
const DROP_CONTENT = new Set(['script', 'style', 'template', 'noscript', 'svg', 'math', 'head', 'object', 'iframe'])
const BLOCK = new Set([
  'p', 'div', 'br', 'li', 'ul', 'ol', 'tr', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote',
  'pre', 'section', 'article', 'header', 'footer', 'hr', 'address', 'dd', 'dt', 'dl', 'form', 'fieldset',
  'figure', 'figcaption', 'main', 'nav', 'aside', 'caption', 'tbody', 'thead', 'tfoot', 'title', 'body', 'html',
])
const CELL = new Set(['td', 'th'])

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', sect: '§', para: '¶', ndash: '–', mdash: '—',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', hellip: '…', copy: '©', reg: '®',
  trade: '™', bull: '•', middot: '·', deg: '°', euro: '€', pound: '£', yen: '¥', cent: '¢', shy: '',
  aacute: 'á', eacute: 'é', iacute: 'í', oacute: 'ó', uacute: 'ú', Aacute: 'Á', Eacute: 'É', Iacute: 'Í',
  Oacute: 'Ó', Uacute: 'Ú', agrave: 'à', egrave: 'è', ograve: 'ò', acirc: 'â', ecirc: 'ê', ocirc: 'ô',
  atilde: 'ã', otilde: 'õ', ntilde: 'ñ', Ntilde: 'Ñ', ccedil: 'ç', Ccedil: 'Ç', auml: 'ä', ouml: 'ö',
  uuml: 'ü', Auml: 'Ä', Ouml: 'Ö', Uuml: 'Ü', szlig: 'ß', iuml: 'ï', euml: 'ë', ordm: 'º', ordf: 'ª',
  iexcl: '¡', iquest: '¿', times: '×', zwnj: '', zwj: '', ensp: ' ', emsp: ' ', thinsp: ' ',
}

export function decodeEntities(text: string): string {
  return text.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});?/g, (whole, body: string) => {
    if (body.startsWith('#')) {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10)
      if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\uFFFD'
      return String.fromCodePoint(code)
    }
    const named = NAMED_ENTITIES[body]
    return named ?? whole
  })
}

/** Index of the `>` that closes the tag opened at `start`, honouring quoted attribute values. */
function tagEnd(html: string, start: number): number {
  let quote: string | null = null
  for (let i = start + 1; i < html.length; i++) {
    const c = html[i]
    if (quote) {
      if (c === quote) quote = null
    } else if (c === '"' || c === "'") {
      quote = c
    } else if (c === '>') {
      return i
    }
  }
  return -1
}

function tagName(tag: string): { name: string; closing: boolean } {
  const m = /^<\s*(\/?)\s*([a-zA-Z][a-zA-Z0-9:-]*)/.exec(tag)
  return m ? { name: (m[2] as string).toLowerCase(), closing: m[1] === '/' } : { name: '', closing: false }
}

export function htmlToText(html: string): string {
  const out: string[] = []
  let i = 0
  let pre = 0
  const push = (raw: string): void => {
    const decoded = decodeEntities(raw)
    out.push(pre > 0 ? decoded : decoded.replace(/[ \t\r\n\f]+/g, ' '))
  }
  while (i < html.length) {
    const lt = html.indexOf('<', i)
    if (lt < 0) {
      push(html.slice(i))
      break
    }
    if (lt > i) push(html.slice(i, lt))
    const next = html[lt + 1] ?? ''
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4)
      i = end < 0 ? html.length : end + 3
      continue
    }
    if (html.startsWith('<![CDATA[', lt)) {
      const end = html.indexOf(']]>', lt + 9)
      push(html.slice(lt + 9, end < 0 ? html.length : end))
      i = end < 0 ? html.length : end + 3
      continue
    }
    if (!/[a-zA-Z/!?]/.test(next)) {
      push('<')
      i = lt + 1
      continue
    }
    const end = tagEnd(html, lt)
    if (end < 0) break // an unclosed tag at the end: drop it rather than leak markup
    const { name, closing } = tagName(html.slice(lt, end + 1))
    i = end + 1
    if (!closing && DROP_CONTENT.has(name) && !html.slice(lt, end + 1).endsWith('/>')) {
      // Skip to the matching close tag; the title is the one thing in <head> worth keeping.
      const closer = new RegExp(`</${name}\\b`, 'gi')
      closer.lastIndex = i
      const close = closer.exec(html)?.index ?? -1
      const inner = html.slice(i, close < 0 ? html.length : close)
      if (name === 'head') {
        const title = /<title[^>]*>([\s\S]*?)<\/title/i.exec(inner.slice(0, 20000))
        if (title?.[1]) {
          push(title[1])
          out.push('\n\n')
        }
      }
      const closeEnd = close < 0 ? -1 : html.indexOf('>', close)
      i = closeEnd < 0 ? html.length : closeEnd + 1
      continue
    }
    if (name === 'pre') pre = Math.max(0, pre + (closing ? -1 : 1))
    if (name === 'br') out.push('\n')
    else if (BLOCK.has(name)) out.push('\n\n')
    else if (CELL.has(name) && !closing) out.push('\t')
  }
  return out
    .join('')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n[ \t]+(?=\S)/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}
