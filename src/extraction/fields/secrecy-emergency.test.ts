import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { extractEmergency } from './emergency.js'
import { extractNondisclosure } from './nondisclosure.js'

describe('extractNondisclosure', () => {
  it('tells a court order, a statute and a mere request apart', () => {
    const order = extractNondisclosure('IT IS FURTHER ORDERED under 18 U.S.C. § 2705(b) that the provider shall not disclose the existence of this Order.', 'court_order_2703d')
    assert.equal(order.nondisclosure.value, true)
    assert.equal(order.basis.value, 'court_order')
    const statute = extractNondisclosure('18 U.S.C. § 2709(c) prohibits you from disclosing to any person that the FBI has sought access.', 'national_security_letter')
    assert.equal(statute.basis.value, 'statute')
    const request = extractNondisclosure('It is requested that you do not disclose the existence of this summons for an indefinite period of time.', 'administrative_summons')
    assert.equal(request.nondisclosure.value, true)
    assert.equal(request.basis.value, 'request')
  })

  it('reads secrecy in other languages and "no gag" statements', () => {
    assert.equal(extractNondisclosure('Solicita-se que o titular da conta não seja informado do presente pedido.', 'preservation_request').nondisclosure.value, true)
    assert.equal(extractNondisclosure('данные предварительного расследования разглашению не подлежат', 'foreign_order').nondisclosure.value, true)
    assert.equal(extractNondisclosure('请对本案相关情况予以保密。', 'foreign_order').nondisclosure.value, true)
    const none = extractNondisclosure('[No non-disclosure order was associated with the subpoenas, per the PSF]', 'other')
    assert.equal(none.nondisclosure.value, false)
    assert.ok(none.nondisclosure.evidence.length > 0)
  })

  it('defaults to false, with low confidence, when the text says nothing', () => {
    const silent = extractNondisclosure('Please remove the content at the following URL.', 'takedown_demand')
    assert.equal(silent.nondisclosure.value, false)
    assert.ok(silent.nondisclosure.confidence < 0.5)
  })
})

describe('extractEmergency', () => {
  it('recognises emergency requests in several languages, and their negation', () => {
    assert.equal(extractEmergency('This request involves an imminent danger of death or serious physical injury.', 'other').value, true)
    assert.equal(extractEmergency('SOLICITUD DE EMERGENCIA - riesgo inminente para la vida', 'foreign_order').value, true)
    assert.equal(extractEmergency('This is not an emergency request.', 'other').value, false)
    assert.equal(extractEmergency('Records of the account.', 'emergency_disclosure_request').value, true)
  })
})
