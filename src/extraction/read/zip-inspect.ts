/**
 * Reads a zip archive's central directory without inflating anything, so that a .docx can be
 * refused before mammoth sees it: too many entries, too much declared data, an entry that
 * claims an absurd compression ratio (a zip bomb), or encryption.
 */
import { err, ok, type Result } from '../../core/result.js'
import { extractionError, type ExtractionError } from '../errors.js'
import type { ReadLimits } from '../limits.js'

export type ZipEntry = {
  name: string
  compressed_size: number
  uncompressed_size: number
  method: number
  encrypted: boolean
}

export type ZipDirectory = { entries: ZipEntry[]; total_uncompressed: number }

const EOCD = 0x06054b50
const CENTRAL = 0x02014b50

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
}

function findEndOfCentralDirectory(bytes: Uint8Array): number {
  const dv = view(bytes)
  const stop = Math.max(0, bytes.length - 22 - 65535)
  for (let i = bytes.length - 22; i >= stop; i--) {
    if (dv.getUint32(i, true) === EOCD) return i
  }
  return -1
}

export function readZipDirectory(
  bytes: Uint8Array,
  limits: Pick<ReadLimits, 'maxZipEntries' | 'maxUnzippedBytes' | 'maxZipRatio'>,
): Result<ZipDirectory, ExtractionError> {
  if (bytes.length < 22) return err(extractionError('DOCUMENT_CORRUPT', 'The archive is truncated: it has no central directory.'))
  const dv = view(bytes)
  const eocd = findEndOfCentralDirectory(bytes)
  if (eocd < 0) return err(extractionError('DOCUMENT_CORRUPT', 'The archive is damaged: its central directory could not be found.'))
  const count = dv.getUint16(eocd + 10, true)
  const size = dv.getUint32(eocd + 12, true)
  const offset = dv.getUint32(eocd + 16, true)
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    return err(extractionError('DOCUMENT_HOSTILE', 'The archive uses ZIP64, which no genuine Word document needs; it was not opened.'))
  }
  if (count > limits.maxZipEntries) {
    return err(extractionError('DOCUMENT_HOSTILE', `The archive holds ${count} files (limit ${limits.maxZipEntries}); it was not opened.`, { entries: count }))
  }
  if (offset + size > eocd) return err(extractionError('DOCUMENT_CORRUPT', 'The archive is damaged: its central directory points outside the file.'))
  const entries: ZipEntry[] = []
  let total = 0
  let at = offset
  const decoder = new TextDecoder('utf-8')
  for (let n = 0; n < count; n++) {
    if (at + 46 > eocd || dv.getUint32(at, true) !== CENTRAL) {
      return err(extractionError('DOCUMENT_CORRUPT', 'The archive is damaged: a central directory entry is malformed.'))
    }
    const flags = dv.getUint16(at + 8, true)
    const method = dv.getUint16(at + 10, true)
    const compressed = dv.getUint32(at + 20, true)
    const uncompressed = dv.getUint32(at + 24, true)
    const nameLength = dv.getUint16(at + 28, true)
    const extraLength = dv.getUint16(at + 30, true)
    const commentLength = dv.getUint16(at + 32, true)
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength))
    const entry: ZipEntry = { name, compressed_size: compressed, uncompressed_size: uncompressed, method, encrypted: (flags & 1) === 1 }
    if (entry.encrypted) return err(extractionError('DOCUMENT_ENCRYPTED', 'The document is password-protected; ask the sender for an unprotected copy.'))
    if (compressed === 0xffffffff || uncompressed === 0xffffffff) {
      return err(extractionError('DOCUMENT_HOSTILE', 'The archive uses ZIP64 sizes, which no genuine Word document needs; it was not opened.'))
    }
    const ratio = uncompressed / Math.max(compressed, 1)
    if (uncompressed > 1024 * 1024 && ratio > limits.maxZipRatio) {
      return err(extractionError('DOCUMENT_HOSTILE', `The archive entry ${name} expands ${Math.round(ratio)} times (limit ${limits.maxZipRatio}): this looks like a zip bomb and was not opened.`, { entry: name, ratio: Math.round(ratio) }))
    }
    total += uncompressed
    if (total > limits.maxUnzippedBytes) {
      return err(extractionError('DOCUMENT_TOO_LARGE', `The archive expands to more than ${limits.maxUnzippedBytes} bytes; it was not opened.`, { declared: total }))
    }
    entries.push(entry)
    at += 46 + nameLength + extraLength + commentLength
  }
  return ok({ entries, total_uncompressed: total })
}
