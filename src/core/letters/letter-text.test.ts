import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { textToBlocks } from './letter-text.js'

describe('textToBlocks: the conventions of the editable text', () => {
  it('reads letterhead, address lines, subject, numbered points, lists and paragraphs', () => {
    const text = [
      'Example Platform, Inc.',
      'March 20, 2017',
      'Office of Professional Responsibility\nU.S. Customs and Border Protection',
      'Re: Administrative summons',
      '1. The summons exceeds its statute.\nA second line of the same point.',
      '12) Another style of number.',
      '- Subscriber identity\n- Contact details',
      'Sincerely,',
    ].join('\n\n')
    assert.deepEqual(textToBlocks(text), [
      { type: 'letterhead', lines: ['Example Platform, Inc.'] },
      { type: 'paragraph', lines: ['March 20, 2017'] },
      {
        type: 'paragraph',
        lines: ['Office of Professional Responsibility', 'U.S. Customs and Border Protection'],
      },
      { type: 'subject', lines: ['Re: Administrative summons'] },
      {
        type: 'numbered',
        label: '1.',
        lines: ['The summons exceeds its statute.', 'A second line of the same point.'],
      },
      { type: 'numbered', label: '12)', lines: ['Another style of number.'] },
      { type: 'list', items: ['Subscriber identity', 'Contact details'] },
      { type: 'paragraph', lines: ['Sincerely,'] },
    ])
  })

  it('tolerates what an editor leaves behind: CRLF, runs of blank lines, trailing spaces, tabs', () => {
    const blocks = textToBlocks('\r\n\r\nHead  \r\n\r\n\r\n \t \r\nBody\tend   \r\n')
    assert.deepEqual(blocks, [
      { type: 'letterhead', lines: ['Head'] },
      { type: 'paragraph', lines: ['Body    end'] },
    ])
  })

  it('gives no blocks for blank text, and a list only when every line is an item', () => {
    assert.deepEqual(textToBlocks(' \n\n '), [])
    assert.deepEqual(textToBlocks('Head\n\n- item\nnot an item')[1], {
      type: 'paragraph',
      lines: ['- item', 'not an item'],
    })
  })
})
