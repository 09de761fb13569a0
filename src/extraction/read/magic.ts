/**
 * What a file is, from its first bytes. The name and the declared MIME type lie too often
 * (a scan saved as .pdf.txt, a PDF attached as application/octet-stream), so only content counts.
 */
export type BinaryKind =
  | 'pdf'
  | 'png'
  | 'jpeg'
  | 'tiff'
  | 'zip'
  | 'ole2'
  | 'gif'
  | 'bmp'
  | 'webp'
  | 'gzip'
  | 'other-binary'
  | 'text'
  | 'empty'

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false
  return signature.every((b, i) => bytes[offset + i] === b)
}

const PDF_SIGNATURE = [0x25, 0x50, 0x44, 0x46, 0x2d] // %PDF-

/** Offset of `%PDF-`: the spec lets it appear anywhere in the first 1024 bytes (mail gateways prepend junk). */
export function pdfHeaderOffset(bytes: Uint8Array): number {
  const limit = Math.min(bytes.length - PDF_SIGNATURE.length, 1024)
  for (let i = 0; i <= limit; i++) {
    if (bytes[i] === 0x25 && startsWith(bytes, PDF_SIGNATURE, i)) return i
  }
  return -1
}

export function sniffBinary(bytes: Uint8Array): BinaryKind {
  if (bytes.length === 0) return 'empty'
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png'
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg'
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) return 'tiff'
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return 'zip'
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole2'
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) return 'gif'
  if (startsWith(bytes, [0x42, 0x4d]) && bytes.length > 26 && bytes[14] !== undefined && bytes[14] >= 12 && bytes[15] === 0) return 'bmp'
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) return 'webp'
  if (startsWith(bytes, [0x1f, 0x8b])) return 'gzip'
  if (pdfHeaderOffset(bytes) >= 0) return 'pdf'
  return looksLikeText(bytes) ? 'text' : 'other-binary'
}

/**
 * Text if the first 64 KiB hold no NUL (unless UTF-16) and almost no other control bytes.
 * Form feeds, tabs and CR-only line ends are normal in faxed and OCR'd texts.
 */
export function looksLikeText(bytes: Uint8Array): boolean {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return true
  const n = Math.min(bytes.length, 65536)
  let control = 0
  for (let i = 0; i < n; i++) {
    const b = bytes[i] as number
    if (b === 0) return false
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x0b && b !== 0x1b) control++
  }
  return control <= Math.max(2, n * 0.005)
}

const OLE_ENCRYPTED_PACKAGE = new TextEncoder().encode('E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0')

/** An OLE2 file that holds an `EncryptedPackage` stream is a password-protected Office file. */
export function isEncryptedOfficeFile(bytes: Uint8Array): boolean {
  const needle = OLE_ENCRYPTED_PACKAGE
  const limit = Math.min(bytes.length, 4 * 1024 * 1024) - needle.length
  outer: for (let i = 0; i <= limit; i++) {
    if (bytes[i] !== needle[0]) continue
    for (let j = 1; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer
    return true
  }
  return false
}

export type TextKind = 'eml' | 'html' | 'md' | 'txt'

const HEADER_LINE = /^[A-Za-z][A-Za-z0-9-]{1,40}:[ \t]*\S?/
const MAIL_HEADERS = /^(from|to|cc|subject|date|received|return-path|message-id|mime-version|delivered-to|reply-to|content-type|x-[a-z0-9-]+):/i
const STRONG_MAIL_HEADERS = /^(received|return-path|message-id|mime-version|delivered-to|content-type):/i

/** An RFC 822 message starts with a block of header lines, among them real mail headers. */
export function looksLikeEmail(text: string): boolean {
  const head = text.slice(0, 16384).replace(/^\uFEFF/, '')
  const lines = head.split(/\r?\n/)
  let mail = 0
  let strong = 0
  let headers = 0
  for (const line of lines) {
    if (line === '') break
    if (/^[ \t]/.test(line)) continue // folded header continuation
    if (/^From [^\s]+ /.test(line) && headers === 0) continue // mbox separator
    if (!HEADER_LINE.test(line)) return false
    headers++
    if (MAIL_HEADERS.test(line)) mail++
    if (STRONG_MAIL_HEADERS.test(line)) strong++
  }
  return headers >= 2 && mail >= 2 && (strong >= 1 || mail >= 3)
}

export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096).trimStart().replace(/^\uFEFF/, '').toLowerCase()
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return true
  if (head.startsWith('<?xml') && head.includes('<html')) return true
  const sample = text.slice(0, 65536)
  const tags = sample.match(/<\/?(?:html|head|body|div|p|br|table|tr|td|span|h[1-6]|ul|ol|li|a|b|strong|em)\b[^>]*>/gi)
  return (tags?.length ?? 0) >= 5 && (tags?.length ?? 0) * 40 > Math.min(sample.length, 4000) / 10
}

export function looksLikeMarkdown(text: string): boolean {
  const sample = text.slice(0, 65536)
  const headings = sample.match(/^#{1,6} \S/gm)?.length ?? 0
  const links = sample.match(/\[[^\]\n]{1,200}\]\((?:https?:|mailto:|#)[^)\s]*\)/g)?.length ?? 0
  const bold = sample.match(/\*\*[^*\n]{1,200}\*\*/g)?.length ?? 0
  const bullets = sample.match(/^\s{0,3}[-*] \S/gm)?.length ?? 0
  return (headings >= 1 && headings + links + bold + bullets >= 2) || links >= 2
}

export function classifyText(text: string): TextKind {
  if (looksLikeEmail(text)) return 'eml'
  if (looksLikeHtml(text)) return 'html'
  if (looksLikeMarkdown(text)) return 'md'
  return 'txt'
}
