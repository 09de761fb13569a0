import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { extractAuthority } from './authority.js'
import { classifyInstrument } from './instrument.js'
import { extractJurisdiction } from './jurisdiction.js'

describe('extractAuthority', () => {
  it('builds a federal court name from a caption in capitals over several lines', () => {
    const a = extractAuthority('UNITED STATES DISTRICT COURT\n\nSOUTHERN DISTRICT OF TEXAS\n\nHOUSTON DIVISION\n\nORDER')
    assert.equal(a.field.value, 'United States District Court, Southern District of Texas, Houston Division')
    assert.equal(a.jurisdiction, 'US-federal')
  })

  it('names the agency with the unit under it in the letterhead', () => {
    const a = extractAuthority('DEPARTMENT OF HOMELAND SECURITY\nU.S. Customs and Border Protection\nOffice of Professional Responsibility\n\nSUMMONS')
    assert.equal(a.field.value, 'U.S. Customs and Border Protection, Office of Professional Responsibility')
  })

  it('adds the judge to a court and puts a Russian court name in the nominative', () => {
    const a = extractAuthority('РЕШЕНИЕ\n\nСудья Караидельского межрайонного суда Республики Башкортостан Фахретдинова Е.Н.,\nрассмотрев')
    assert.equal(a.field.value, 'Караидельский межрайонный суд Республики Башкортостан (судья Фахретдинова Е.Н.)')
  })

  it('prefers the issuer over the addressee and over courts it merely mentions', () => {
    const a = extractAuthority('Landesanstalt für Medien NRW\nZollhof 2, 40221 Düsseldorf\n\nAn: TikTok Technology Limited\n\nGegen diese Anordnung kann Klage beim Verwaltungsgericht Düsseldorf erhoben werden.')
    assert.equal(a.field.value, 'Landesanstalt für Medien NRW')
  })

  it('writes out agency initials and lower-cases Turkish capitals properly', () => {
    assert.equal(extractAuthority('Please call the command post.\nKevin Marsh\nSpecial Agent, FBI Charlotte Division').field.value, 'Federal Bureau of Investigation, Charlotte Division')
    assert.equal(extractAuthority('T.C.\nANKARA 3. SULH CEZA HÂKİMLİĞİ\n\nKARAR').field.value, 'Ankara 3. Sulh Ceza Hâkimliği')
  })
})

describe('extractJurisdiction', () => {
  it('uses the issuer first, then law and language', () => {
    assert.equal(extractJurisdiction('anything', { code: 'US-TX', evidence: [] }).value, 'US-TX')
    assert.equal(extractJurisdiction('Superior Court of the District of Columbia, D.C. Code § 22-1322', null).value, 'US-DC')
    assert.equal(extractJurisdiction('UNITED STATES DISTRICT COURT, DISTRICT OF COLUMBIA; 18 U.S.C. 2703', null).value, 'US-federal')
    assert.equal(extractJurisdiction('распространение которой в Российской Федерации запрещено', null).value, 'RU')
    assert.equal(extractJurisdiction('Com fundamento no art. 22 da Lei nº 12.965 (Marco Civil da Internet)', null).value, 'BR')
    assert.equal(extractJurisdiction('Ontario Court of Justice, Toronto', null).value, 'CA')
  })
})

describe('classifyInstrument', () => {
  const us = { jurisdiction: 'US-federal', authorityKind: null }
  it('tells U.S. process apart by its title and authorities', () => {
    assert.equal(classifyInstrument('ORDER AUTHORIZING USE OF PEN REGISTER, TRAP AND TRACE DEVICE under 18 U.S.C. 3123 and 2703(d)', us).value, 'pen_register_order')
    assert.equal(classifyInstrument('ORDER. The Court finds specific and articulable facts. IT IS ORDERED pursuant to 18 U.S.C. § 2703(d)', us).value, 'court_order_2703d')
    assert.equal(classifyInstrument('SUBPOENA TO TESTIFY BEFORE A GRAND JURY', us).value, 'grand_jury_subpoena')
    assert.equal(classifyInstrument('SUMMONS issued under 19 U.S.C. § 1509 (DHS Form 3115)', us).value, 'administrative_summons')
    assert.equal(classifyInstrument('National Security Letter under 18 U.S.C. § 2709', us).value, 'national_security_letter')
    assert.equal(classifyInstrument('Preservation request under 18 U.S.C. 2703(f)', us).value, 'preservation_request')
    assert.equal(classifyInstrument('EMERGENCY DISCLOSURE REQUEST: imminent danger of death or serious physical injury', us).value, 'emergency_disclosure_request')
    assert.equal(classifyInstrument('Subpoenas issued by the Department of Justice for user data', us).value, 'other')
  })

  it('tells foreign court orders, agency takedowns and DSA orders apart', () => {
    assert.equal(classifyInstrument('просим принять меры к удалению запрещенной информации', { jurisdiction: 'RU', authorityKind: 'foreign_authority' }).value, 'takedown_demand')
    assert.equal(classifyInstrument('erişimin engellenmesine karar verildi', { jurisdiction: 'TR', authorityKind: 'court' }).value, 'foreign_order')
    assert.equal(classifyInstrument('requisito os dados cadastrais do titular da conta', { jurisdiction: 'BR', authorityKind: 'foreign_authority' }).value, 'foreign_order')
    assert.equal(classifyInstrument('Anordnung gemäß Artikel 9 der Verordnung (EU) 2022/2065', { jurisdiction: 'DE', authorityKind: 'other' }).value, 'eu_dsa_order')
  })
})
