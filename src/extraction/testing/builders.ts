/**
 * Builders for binary test documents: a zip (and the smallest valid .docx), and an RFC 822
 * message with a PDF attachment. Used by the fixture generator and by the reader tests, which
 * also build hostile variants (zip bombs, broken attachments) from the same parts.
 */
import { Buffer } from 'node:buffer'
import { crc32, deflateRawSync } from 'node:zlib'

export type ZipFile = { name: string; data: Uint8Array; declaredSize?: number; encrypted?: boolean }

/** A minimal but valid zip (stored directory, deflated files), enough for a .docx. */
export function zip(files: ZipFile[]): Uint8Array {
  const chunks: Buffer[] = []
  const central: Buffer[] = []
  let offset = 0
  for (const f of files) {
    const name = Buffer.from(f.name, 'utf8')
    const compressed = deflateRawSync(f.data)
    const crc = crc32(f.data)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(f.encrypted ? 1 : 0, 6)
    local.writeUInt16LE(8, 8)
    local.writeUInt32LE(0, 10)
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(compressed.length, 18)
    local.writeUInt32LE(f.declaredSize ?? f.data.length, 22)
    local.writeUInt16LE(name.length, 26)
    local.writeUInt16LE(0, 28)
    chunks.push(local, name, compressed)
    const entry = Buffer.alloc(46)
    entry.writeUInt32LE(0x02014b50, 0)
    entry.writeUInt16LE(20, 4)
    entry.writeUInt16LE(20, 6)
    entry.writeUInt16LE(f.encrypted ? 1 : 0, 8)
    entry.writeUInt16LE(8, 10)
    entry.writeUInt32LE(0, 12)
    entry.writeUInt32LE(crc, 16)
    entry.writeUInt32LE(compressed.length, 20)
    entry.writeUInt32LE(f.declaredSize ?? f.data.length, 24)
    entry.writeUInt16LE(name.length, 28)
    entry.writeUInt32LE(offset, 42)
    central.push(entry, name)
    offset += local.length + name.length + compressed.length
  }
  const cd = Buffer.concat(central)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(files.length, 8)
  end.writeUInt16LE(files.length, 10)
  end.writeUInt32LE(cd.length, 12)
  end.writeUInt32LE(offset, 16)
  return new Uint8Array(Buffer.concat([...chunks, cd, end]))
}

function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

export function docxFiles(text: string): ZipFile[] {
  const paragraphs = text
    .split('\n')
    .map((line) => `<w:p><w:r><w:t xml:space="preserve">${xmlEscape(line)}</w:t></w:r></w:p>`)
    .join('')
  const enc = (s: string): Uint8Array => new TextEncoder().encode(s)
  return [
    {
      name: '[Content_Types].xml',
      data: enc('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
    },
    {
      name: '_rels/.rels',
      data: enc('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
    },
    {
      name: 'word/document.xml',
      data: enc(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs}</w:body></w:document>`),
    },
  ]
}

/** The smallest .docx mammoth reads: content types, the package relationship, one document part. */
export function docx(text: string): Uint8Array {
  return zip(docxFiles(text))
}

function base64Lines(data: Uint8Array): string {
  return (Buffer.from(data).toString('base64').match(/.{1,76}/g) ?? []).join('\r\n')
}

export function emlWithAttachment(opts: { from: string; to: string; subject: string; date: string; body: string; filename: string; pdf: Uint8Array; contentType?: string }): Uint8Array {
  const boundary = '----=_custodian_fixture_boundary_0001'
  const subject = `=?UTF-8?B?${Buffer.from(opts.subject, 'utf8').toString('base64')}?=`
  const message = [
    `From: ${opts.from}`,
    `To: ${opts.to}`,
    `Subject: ${subject}`,
    `Date: ${opts.date}`,
    'Message-ID: <fixture-0384-2022@pcivil.rj.example>',
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: quoted-printable',
    '',
    opts.body.replace(/[^\x20-\x7e\r\n]/g, (c) => [...Buffer.from(c, 'utf8')].map((b) => `=${b.toString(16).toUpperCase().padStart(2, '0')}`).join('')).replace(/\n/g, '\r\n'),
    '',
    `--${boundary}`,
    `Content-Type: ${opts.contentType ?? 'application/pdf'}; name="${opts.filename}"`,
    `Content-Disposition: attachment; filename="${opts.filename}"`,
    'Content-Transfer-Encoding: base64',
    '',
    base64Lines(opts.pdf),
    `--${boundary}--`,
    '',
  ].join('\r\n')
  return new TextEncoder().encode(message)
}

/**
 * A PDF written by hand from object bodies (object n is `objects[n - 1]`), with a correct xref
 * table: for hostile variants pdf-lib will not produce (encryption dictionaries, page-tree cycles).
 */
export function rawPdf(objects: string[], trailerExtra = ''): Uint8Array {
  let out = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'))
    out += `${i + 1} 0 obj\n${body}\nendobj\n`
  })
  const xref = Buffer.byteLength(out, 'latin1')
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra} >>\nstartxref\n${xref}\n%%EOF\n`
  return new Uint8Array(Buffer.from(out, 'latin1'))
}

/** A one-page PDF with a line of Helvetica text, written by hand (no font file needed). */
export function simplePdf(line: string): Uint8Array {
  const stream = `BT /F1 12 Tf 72 720 Td (${line.replace(/[()\\]/g, (c) => `\\${c}`)}) Tj ET`
  return rawPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
  ])
}
