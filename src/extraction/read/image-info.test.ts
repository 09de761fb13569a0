import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { imageInfo } from './image-info.js'

function png(width: number, height: number): Uint8Array {
  const b = new Uint8Array(33)
  b.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])
  new DataView(b.buffer).setUint32(16, width)
  new DataView(b.buffer).setUint32(20, height)
  return b
}

function tiff(width: number, height: number, nextIfd = 0): Uint8Array {
  const b = new Uint8Array(64)
  const dv = new DataView(b.buffer)
  b.set([0x49, 0x49, 0x2a, 0x00])
  dv.setUint32(4, 8, true)
  dv.setUint16(8, 2, true)
  dv.setUint16(10, 256, true)
  dv.setUint16(12, 4, true)
  dv.setUint32(14, 1, true)
  dv.setUint32(18, width, true)
  dv.setUint16(22, 257, true)
  dv.setUint16(24, 4, true)
  dv.setUint32(26, 1, true)
  dv.setUint32(30, height, true)
  dv.setUint32(34, nextIfd, true)
  return b
}

describe('imageInfo', () => {
  it('reads PNG and TIFF sizes from the header alone', () => {
    assert.deepEqual(imageInfo('png', png(1700, 2200)), { width: 1700, height: 2200, pages: 1 })
    assert.deepEqual(imageInfo('tiff', tiff(800, 600)), { width: 800, height: 600, pages: 1 })
  })

  it('reads a JPEG size from its start-of-frame segment', () => {
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 4, 0, 0, 0xff, 0xc0, 0, 11, 8, 0x01, 0x2c, 0x02, 0x58, 3, 0, 0, 0])
    assert.deepEqual(imageInfo('jpeg', jpeg), { width: 600, height: 300, pages: 1 })
  })

  it('gives up on a TIFF whose page chain loops back on itself', () => {
    assert.equal(imageInfo('tiff', tiff(10, 10, 8)), null)
  })
})
