import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { extractCitations } from './citations.js'
import { extractFields } from './extract-fields.js'

const read = (text: string) => {
  const r = extractFields(text)
  return { issued: r.date_issued.value, issuer: r.issuing_authority.value, jurisdiction: r.jurisdiction.value, instrument: r.instrument_type.value }
}

describe('a document that opens with a clerk\'s line naming it', () => {
  it('takes the first date of that opening line as the issue date, in any language', () => {
    assert.equal(read('[Decisão do juiz da 3ª Vara Cível, de 4 de março de 2019, que determina a suspensão de um aplicativo]\n[...]').issued, '2019-03-04')
    assert.equal(read('[Auto del juzgado, de viernes 8 de noviembre de 2024, que acuerda el bloqueo de una web]\n[...]').issued, '2024-11-08')
    assert.equal(read('[Ordonnance de référé du tribunal, 5 février 2020, rendue à la demande d\'une association]\n[...]').issued, '2020-02-05')
    assert.equal(read('[The regulator, 2 June 2023: a request for documents about the platform\'s moderation staff]\n[...]').issued, '2023-06-02')
  })

  it('does not take a later line\'s first date, nor an opening date that is another event', () => {
    assert.equal(read('Some words of the order.\n[Hearing held on 3 May 2021]\n').issued, null)
    assert.equal(read('[Subpoena to a forum host; filed in court on March 2, 2018 with the motion to quash]\n[...]').issued, null)
  })

  it('keeps "[Notice given by X to Y (... service ...) on DATE]" as the issue date despite the word "service" in a name', () => {
    assert.equal(read('[Removal notice given by the regulator to Vid Corp (provider of the video service Vid) on 9 August 2022]\n').issued, '2022-08-09')
  })
})

describe('courts named in full', () => {
  it('reads a Brazilian court whose comarca has a name of several words with "de"', () => {
    assert.equal(read('[Decisão da 1ª Vara Criminal da Comarca de São João de Meriti, de 2 de maio de 2018]').issuer, '1ª Vara Criminal da Comarca de São João de Meriti')
  })

  it('reads a Spanish central court with "número" and the Audiencia Nacional', () => {
    const r = read('[Auto del Juzgado Central de Instrucción número 3 de la Audiencia Nacional que ordena el bloqueo]')
    assert.equal(r.issuer, 'Juzgado Central de Instrucción número 3 de la Audiencia Nacional')
    assert.equal(r.jurisdiction, 'ES')
  })

  it('reads German courts in the genitive, with "am Main", and from their abbreviations with a chamber', () => {
    assert.equal(read('[Urteil des Landgerichts Frankfurt am Main gegen einen Plattformbetreiber]').issuer, 'Landgericht Frankfurt am Main')
    const abbreviated = read('Gericht:\nAktenzeichen:\nLG Hamburg 24. Zivilkammer\n2-03 O 1/24\nUrteil')
    assert.equal(abbreviated.issuer, 'Landgericht Hamburg, 24. Zivilkammer')
    assert.equal(abbreviated.jurisdiction, 'DE')
  })

  it('reads a Canadian provincial court, and prefers its full name to a short page header', () => {
    const r = read('Provincial Court\n\nDecision Information\n\nPROVINCIAL COURT OF MANITOBA\n\nCitation: Application for a production order (Re)\n')
    assert.equal(r.issuer, 'Provincial Court of Manitoba')
    assert.equal(r.jurisdiction, 'CA')
  })
})

describe('issuers by name', () => {
  it('reads "the United States Attorney in <city>, <state>"', () => {
    const r = read('[Grand jury subpoena issued upon application of the United States Attorney in Dayton, Ohio, to a web host]')
    assert.equal(r.issuer, 'United States Attorney in Dayton, Ohio')
    assert.equal(r.jurisdiction, 'US-federal')
  })

  it('reads a congressional committee with its chamber', () => {
    const r = read('[Letter from the chairman of the Select Committee on Online Harms to Young People, U.S. House of Representatives, asking a platform to preserve records]')
    assert.equal(r.issuer, 'Select Committee on Online Harms to Young People, U.S. House of Representatives')
    assert.equal(r.jurisdiction, 'US-federal')
  })

  it('reads regulators that write to platforms, with their country', () => {
    assert.deepEqual([read('[Ofcom: information notice to a forum under the Online Safety Act 2023]').issuer, read('[Ofcom: information notice to a forum]').jurisdiction], ['Ofcom', 'GB'])
    assert.equal(read('The Pakistan Telecommunication Authority directs you to block the pages listed below.').jurisdiction, 'PK')
  })

  it('places a document in a country it names when nothing else does', () => {
    assert.equal(read('Dear Sir, the Ministry in Kathmandu asks you to remove the repository below.\nhttps://github.com/someone/some-repo').jurisdiction, 'NP')
  })
})

describe('urgency in a removal demand', () => {
  it('reads a demand to withhold content, called an emergency, as a takedown demand', () => {
    const r = read('Dear Sir,\nWe request again the withdrawal of new content by withholding the repositories below.\nowner/repo-one\nThis investigation is of such importance that we present it as a national emergency.\n')
    assert.equal(r.instrument, 'takedown_demand')
  })

  it('keeps an emergency request that lists the information it asks for, even when it mentions deleting', () => {
    const r = read('EMERGENCY DISCLOSURE REQUEST\nA child is missing; the suspect told her to delete their chats.\nINFORMATION REQUESTED\n- subscriber info\n- IP addresses for 72 hours\n')
    assert.equal(r.instrument, 'emergency_disclosure_request')
  })
})

describe('the opening line\'s first sentence only', () => {
  it('does not date the document by an event told in a later sentence of the opening line', () => {
    assert.equal(read('[Grand jury subpoena No. 42, District of Columbia, to a platform for the account @someone. The platform moved to quash it on March 1, 2022]\n').issued, null)
  })

  it('reads past abbreviations such as "U.S." in the first sentence', () => {
    assert.equal(read('[Order of the U.S. District Court for the District of Columbia, 7 July 2020, to a platform]\n').issued, '2020-07-07')
  })
})

describe('the day process ended is not a deadline', () => {
  it('does not read "the agency withdrew the summonses on DATE" as a deadline, even after "produce"', () => {
    const text = '[Summonses to a platform. A judge ordered the platform not to produce anything without further order; the agency withdrew the summonses on January 9, 2026]\n'
    assert.equal(extractFields(text).response_deadline.value, null)
  })
})

describe('a regulator asking about the provider itself', () => {
  it('reads requests for internal documents, a risk assessment or a report as "other"', () => {
    const cats = (text: string) => extractFields(text).data_categories_requested.value
    assert.deepEqual(cats('[The regulator asked the platform to provide internal documents on changes to its recommender systems]'), ['other'])
    assert.deepEqual(cats('[The notice required the forum to provide a copy of its illegal content risk assessment]'), ['other'])
    assert.deepEqual(cats('[The notice required the platform to prepare a report on how it met the expectations]'), ['other'])
  })
})

describe('targets in notices', () => {
  it('does not take the Lumen database link of a notice form as a target', () => {
    const text = 'Notices are published at https://www.lumendatabase.org/topics/22 .\nPlease remove https://github.com/someone/leaked-secrets\n'
    assert.deepEqual(extractFields(text).target_identifiers.value, ['https://github.com/someone/leaked-secrets'])
  })
})

describe('citation forms from real set 5', () => {
  const statutes = (text: string, country: string | null) => extractCitations(text, { country }).map((c) => c.text)
  it('reads a list of sections closed by ", and" before the Code', () => {
    assert.deepEqual(statutes('under Sections 487.014, 487.0191, and 487.3 of the Criminal Code of Canada', 'CA'), ['CA Criminal Code s. 487.014', 'CA Criminal Code s. 487.0191', 'CA Criminal Code s. 487.3'])
  })

  it('reads a long list of sections that names no Code without backtracking (the pattern once took seconds per dozen sections)', () => {
    const list = Array.from({ length: 60 }, (_, i) => `${i + 1}.${i}`).join(' , ')
    assert.deepEqual(statutes(`Sections ${list} were read.`, 'CA'), [])
  })

  it('reads the French code of civil procedure', () => {
    assert.deepEqual(statutes("sur le fondement de l'article 145 du code de procédure civile", 'FR'), ['FR Code of Civil Procedure art. 145'])
  })
})
