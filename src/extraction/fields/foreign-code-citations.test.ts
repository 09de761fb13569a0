import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { extractCitations } from './citations.js'
import { normalizeOcr } from './ocr-shadow.js'
import { parseArticleList } from './article-lists.js'

const cites = (text: string): string[] => extractCitations(normalizeOcr(text)).map((c) => c.text)

describe('more foreign code citations', () => {
  it('reads Ukraine\'s criminal and criminal procedure codes, with an inserted article "156-1"', () => {
    assert.deepEqual(cites('передбачених ч. 2 ст. 156-1 та ч. 1 ст. 146 Кримінального кодексу України'), ['UA Criminal Code art. 156-1', 'UA Criminal Code art. 146'])
    assert.deepEqual(cites('відповідно до ст. 93 Кримінального процесуального кодексу України'), ['UA Criminal Procedure Code art. 93'])
  })

  it('keeps "3-5" as a range but "156-1" as one article', () => {
    assert.deepEqual(parseArticleList('156-1'), ['156-1'])
    assert.deepEqual(parseArticleList('3-5'), ['3', '4', '5'])
  })

  it('reads a German section list whose "Abs. 1" was scanned as "Abs. l"', () => {
    assert.deepEqual(cites('gemäß §§ 100k Abs. l,\n100j Abs. 1, 162 StPO angeordnet'), ['DE StPO § 100k', 'DE StPO § 100j', 'DE StPO § 162'])
  })
})
