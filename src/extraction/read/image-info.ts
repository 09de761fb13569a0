/**
 * Image dimensions read from the header, before any pixel is decoded: a 100,000 x 100,000 PNG
 * is a few kilobytes on disk and tens of gigabytes in memory (a decompression bomb).
 */
export type ImageInfo = { width: number; height: number; pages: number }

function u16(bytes: Uint8Array, at: number, little: boolean): number {
  const a = bytes[at] ?? 0
  const b = bytes[at + 1] ?? 0
  return little ? a | (b << 8) : (a << 8) | b
}

function u32(bytes: Uint8Array, at: number, little: boolean): number {
  const lo = u16(bytes, at, little)
  const hi = u16(bytes, at + 2, little)
  return little ? lo + hi * 65536 : lo * 65536 + hi
}

function pngInfo(bytes: Uint8Array): ImageInfo | null {
  if (bytes.length < 24) return null
  return { width: u32(bytes, 16, false), height: u32(bytes, 20, false), pages: 1 }
}

function jpegInfo(bytes: Uint8Array): ImageInfo | null {
  let i = 2
  while (i + 9 < bytes.length) {
    if (bytes[i] !== 0xff) {
      i++
      continue
    }
    const marker = bytes[i + 1] as number
    if (marker === 0xff) {
      i++
      continue
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      i += 2
      continue
    }
    const length = u16(bytes, i + 2, false)
    const isSof = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc
    if (isSof) return { height: u16(bytes, i + 5, false), width: u16(bytes, i + 7, false), pages: 1 }
    if (length < 2) return null
    i += 2 + length
  }
  return null
}

function tiffInfo(bytes: Uint8Array): ImageInfo | null {
  const little = bytes[0] === 0x49
  let ifd = u32(bytes, 4, little)
  let first: { width: number; height: number } | null = null
  let pages = 0
  const seen = new Set<number>()
  // Walk the IFD chain to count pages; a loop in the chain is a hostile file, not a long one.
  while (ifd > 0 && ifd + 2 <= bytes.length && pages < 10_000) {
    if (seen.has(ifd)) return null
    seen.add(ifd)
    const count = u16(bytes, ifd, little)
    if (ifd + 2 + count * 12 + 4 > bytes.length) break
    if (!first) {
      let width = 0
      let height = 0
      for (let e = 0; e < count; e++) {
        const at = ifd + 2 + e * 12
        const tag = u16(bytes, at, little)
        const type = u16(bytes, at + 2, little)
        const value = type === 3 ? u16(bytes, at + 8, little) : u32(bytes, at + 8, little)
        if (tag === 256) width = value
        if (tag === 257) height = value
      }
      first = { width, height }
    }
    pages++
    ifd = u32(bytes, ifd + 2 + count * 12, little)
  }
  return first ? { ...first, pages: Math.max(pages, 1) } : null
}

export function imageInfo(kind: 'png' | 'jpeg' | 'tiff', bytes: Uint8Array): ImageInfo | null {
  if (kind === 'png') return pngInfo(bytes)
  if (kind === 'jpeg') return jpegInfo(bytes)
  return tiffInfo(bytes)
}
