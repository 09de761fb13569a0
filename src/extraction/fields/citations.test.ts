import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { citationKey } from './citation-types.js'
import { extractCitations } from './citations.js'

const cites = (text: string, country: string | null = null): string[] => extractCitations(text, { country }).map((c) => c.text)

const TABLE: [string, string | null, string[]][] = [
  ['issued under 19 U.S.C. § 1509', 'US-federal', ['19 U.S.C. 1509']],
  ['an order under 18 U.S.C. 2703(d)', 'US-federal', ['18 U.S.C. 2703(d)']],
  ['see 19 C.F.R. § 163.9', 'US-federal', ['19 CFR 163.9']],
  ['Pursuant to Title 18, United States Code, Section 2703(f), this letter', 'US-federal', ['18 U.S.C. 2703(f)']],
  ['pursuant to Title 18, United States Code (U.S.C.), Section 2709 (Section 201', 'US-federal', ['18 U.S.C. 2709']],
  ['under 18 U.S.C §§ 3122, 3123,2703 (c) & (d), and 47 U.S.C. §1002', 'US-federal', ['18 U.S.C. 3122', '18 U.S.C. 3123', '18 U.S.C. 2703(c)', '18 U.S.C. 2703(d)', '47 U.S.C. 1002']],
  ['Title 18, United States Code, Sections 3122 and 3123', 'US-federal', ['18 U.S.C. 3122', '18 U.S.C. 3123']],
  ['26 U.S.C. § 7602 and § 7609(f)', 'US-federal', ['26 U.S.C. 7602', '26 U.S.C. 7609(f)']],
  ['Fed. R. Crim. P. 17(c); Rule 45 of the Federal Rules of Civil Procedure', 'US-federal', ['Fed. R. Crim. P. 17(c)', 'Fed. R. Civ. P. 45']],
  ['(Cal. Penal Code §§ 1524.2, 1546.1) and Penal Code section 1546.2(b)', 'US-CA', ['Cal. Penal Code 1524.2', 'Cal. Penal Code 1546.1', 'Cal. Penal Code 1546.2(b)']],
  ['D.C. Code § 22-1322; 720 ILCS 5/12-7.4; O.C.G.A. § 21-2-566', null, ['D.C. Code 22-1322', '720 ILCS 5/12-7.4', 'O.C.G.A. 21-2-566']],
  ['статьей 15.1 Федерального закона от 27 июля 2006 года № 149-ФЗ «Об информации»', 'RU', ['RU Federal Law No. 149-FZ of 27.07.2006 art. 15.1']],
  ['реализации статей 15.1, 15.3 Федерального закона "Об информации, информационных технологиях"', 'RU', ['RU Federal Law No. 149-FZ art. 15.1', 'RU Federal Law No. 149-FZ art. 15.3']],
  ['Руководствуясь ст.ст. 179 - 180, 265.5,293 КАС РФ', 'RU', ['RU Code of Administrative Procedure art. 179', 'RU Code of Administrative Procedure art. 180', 'RU Code of Administrative Procedure art. 265.5', 'RU Code of Administrative Procedure art. 293']],
  ['art. 2º, § 1º, da Lei 12.830/2013', 'BR', ['BR Lei 12.830/2013 art. 2º §1º']],
  ['artigo 12.º da Lei n.º 109/2009, de 15 de setembro', 'PT', ['PT Lei 109/2009 (Lei do Cibercrime) art. 12º']],
  ['5651 sayılı kanunun 8/A maddesi gereği', 'TR', ['TR Law No. 5651 art. 8/A']],
  ['gemäß §§ 100j Abs. 1, 100g StPO', 'DE', ['DE StPO § 100j', 'DE StPO § 100g']],
  ['Vu les articles 60-1 et 60-2 du code de procédure pénale', 'FR', ['FR Code of Criminal Procedure art. 60-1', 'FR Code of Criminal Procedure art. 60-2']],
  ['artículo 588 ter j de la Ley de\nEnjuiciamiento Criminal', 'ES', ['ES Criminal Procedure Act (LECrim) art. 588 ter j']],
  ['《中华人民共和国网络安全法》第十二条、第四十七条', 'CN', ['CN Cybersecurity Law art. 12', 'CN Cybersecurity Law art. 47']],
  ['Section 69A of the Information Technology Act, 2000', 'IN', ['IN Information Technology Act 2000 s. 69A']],
  ['Artikel 9 der Verordnung (EU) 2022/2065 and Article 6(1)(c) GDPR', 'DE', ['EU Regulation 2022/2065 art. 9', 'EU Regulation 2016/679 art. 6(1)(c)']],
  ['art. 256 c.p.p. e art. 132 del d.lgs. 30 giugno 2003, n. 196', 'IT', ['IT Code of Criminal Procedure art. 256', 'IT Legislative Decree No. 196/2003 art. 132']],
]

describe('extractCitations', () => {
  for (const [text, country, expected] of TABLE) {
    it(`reads ${expected.join(', ')}`, () => {
      assert.deepEqual(cites(text, country), expected)
    })
  }

  it('does not read a U.S. Act section as a foreign statute, nor a year as a section', () => {
    assert.deepEqual(cites('Section 509 of the Tariff Act of 1930, as amended (19 U.S.C. § 1509), 2017', 'US-federal'), ['19 U.S.C. 1509'])
  })

  it('compares citations by title, code and section only', () => {
    assert.equal(citationKey('18 U.S.C. 2703(c)(2)'), citationKey('18 U.S.C. 2703'))
    assert.equal(citationKey('BR Lei 12.965/2014 (Marco Civil da Internet) art. 10 §3º'), 'br lei 12.965/2014 art. 10')
    assert.equal(citationKey('RU Federal Law No. 149-FZ of 27.07.2006 art. 15.1'), citationKey('RU Federal Law No. 149-FZ art. 15.1'))
    assert.notEqual(citationKey('TR Law No. 5651 art. 8/A'), citationKey('TR Law No. 5651 art. 8'))
  })
})
