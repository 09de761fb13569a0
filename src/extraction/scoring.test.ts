import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { authorityTokens, jaccard, scoreCorpus, scoreField, setF1, type Label } from './scoring.js'

describe('scoring (corpus FORMAT.md)', () => {
  it('scores the exact fields by equality and skips null labels', () => {
    assert.equal(scoreField('instrument_type', 'search_warrant', 'search_warrant'), 1)
    assert.equal(scoreField('jurisdiction', 'US-DC', 'US-federal'), 0)
    assert.equal(scoreField('nondisclosure', true, null), null)
    assert.equal(scoreField('issuing_authority', 'FBI', null), null)
  })

  it('scores dates by calendar day, null against null as a match and a guess against null as a miss', () => {
    assert.equal(scoreField('response_deadline', '2017-03-13T11:45', '2017-03-13'), 1)
    assert.equal(scoreField('date_issued', null, null), 1)
    assert.equal(scoreField('date_issued', '2017-03-14', null), 0)
  })

  it('matches authorities by word overlap and sets by F1 on their keys', () => {
    assert.ok(jaccard(authorityTokens('U.S. District Court for the Eastern District of Virginia (Magistrate Judge Theresa Carroll Buchanan)'), authorityTokens('United States District Court for the Eastern District of Virginia (Alexandria Division) (Magistrate Judge Theresa Carroll Buchanan)')) >= 0.5)
    assert.equal(scoreField('issuing_authority', 'Federal Bureau of Investigation', 'U.S. Department of Justice'), 0)
    assert.equal(scoreField('statutes_cited', ['18 U.S.C. 2703(d)'], ['18 U.S.C. 2703(c)']), 1)
    assert.equal(scoreField('target_identifiers', ['https://www.Example.org/'], ['@example.org']), 1)
    assert.equal(setF1([], []), 1)
    assert.equal(setF1(['a'], []), 0)
    assert.equal(Math.round(setF1(['a', 'b'], ['a']) * 100), 67)
  })

  it('averages per field, then over fields, and gives an unreadable document zero', () => {
    const label = { id: '1', file: 'x', instrument_type: 'other', issuing_authority: null, jurisdiction: 'US-federal', statutes_cited: [], target_identifiers: [], data_categories_requested: [], date_issued: null, response_deadline: null, nondisclosure: null, emergency: false } as Label
    const perfect = scoreCorpus([{ label, prediction: { ...label } }])
    assert.equal(perfect.score, 1)
    const unreadable = scoreCorpus([{ label, prediction: null }])
    assert.equal(unreadable.score, 0)
  })
})
