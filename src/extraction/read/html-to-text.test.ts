import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { decodeEntities, htmlToText } from './html-to-text.js'

describe('htmlToText', () => {
  it('keeps the words, breaks lines at blocks and drops scripts, styles and comments', () => {
    const html = `<html><head><title>Notice</title><style>p{color:red}</style><script>alert("x")</script></head>
      <body><h1>Removal notice</h1><!-- internal --><p>Under <em>section 109</em> of the Act</p><div>URL: https://x.com/a</div></body></html>`
    const text = htmlToText(html)
    assert.match(text, /^Notice\n\nRemoval notice\n\nUnder section 109 of the Act\n\nURL: https:\/\/x\.com\/a$/)
    assert.doesNotMatch(text, /alert|color|internal/)
  })

  it('decodes named and numeric entities, including the section sign', () => {
    assert.equal(decodeEntities('18 U.S.C. &sect;&nbsp;2703 &amp; &#167; &#x41; &bogus;'), '18 U.S.C. § 2703 & § A &bogus;')
  })

  it('survives unclosed tags, stray angle brackets and attributes holding ">"', () => {
    assert.equal(htmlToText('a < b and <a title="x > y">link</a> <p'), 'a < b and link')
  })

  it('reads hostile markup in linear time', () => {
    const hostile = '<div>'.repeat(50_000) + '<'.repeat(100_000) + '<script>'.repeat(1000)
    const started = performance.now()
    htmlToText(hostile)
    assert.ok(performance.now() - started < 2000)
  })
})
