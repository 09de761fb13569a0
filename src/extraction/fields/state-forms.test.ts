import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { extractFields } from './extract-fields.js'

const statutes = (text: string): string[] => extractFields(text).statutes_cited.value

describe('state law as state documents cite it, and form fields read as such', () => {
  it('reads Colorado, Michigan, Massachusetts, Texas, Florida-rule, Ohio-rule and Virginia citations', () => {
    assert.deepEqual(statutes('obstruction of a peace officer under C.R.S. 18-8-104'), ['C.R.S. 18-8-104'])
    assert.deepEqual(statutes('Charge: MCL 750.411s; MCL 750.411h. Records under MRE 902(11) and MCR 2.506.').sort(), ['MCL 750.411h', 'MCL 750.411s', 'MCR 2.506', 'MRE 902(11)'])
    assert.deepEqual(statutes('criminal harassment (G.L. c. 265, § 43A)'), ['G.L. c. 265 § 43A'])
    assert.deepEqual(statutes('a breach of computer security (Tex. Penal\nCode § 33.02)'), ['Tex. Penal Code 33.02'])
    assert.deepEqual(statutes('issued pursuant to Florida Rule of Civil Procedure 1.351'), ['Fla. R. Civ. P. 1.351'])
    assert.deepEqual(statutes('subpoenaed under Crim.R. 17(C)'), ['Ohio Crim. R. 17(C)'])
    assert.deepEqual(statutes('under Va. Code §§ 19.2-70.2 and 18.2-46.2').sort(), ['Va. Code 18.2-46.2', 'Va. Code 19.2-70.2'])
  })

  it('takes numbered label lines under a "Subject Identifiers" heading as the targets', () => {
    const text = [
      'SUBPOENA (Title 21, United States Code, Section 876)',
      'Subject Identifiers:',
      '  Cashtag:            $night_line_512',
      '  Phone (1):          (512) 555-0187',
      '  Phone (2):          512.555.0112',
      '  E-mail:             nightline512@protonmail.com',
      '',
      'Records requested: subscriber names and payment records.',
    ].join('\n')
    assert.deepEqual(extractFields(text).target_identifiers.value, ['$night_line_512', '(512) 555-0187', '512.555.0112', 'nightline512@protonmail.com'])
  })

  it('reads a "Return Date/Time" field as the deadline', () => {
    const text = 'SUBPOENA\nDate Issued:          04/02/2025\nReturn Date/Time:     04/16/2025  10:00 AM PDT\nPlace of Return: DEA Tacoma Resident Office'
    const f = extractFields(text)
    assert.equal(f.date_issued.value, '2025-04-02')
    assert.match(f.response_deadline.value ?? '', /^2025-04-16/)
  })
})

describe('"the Act" in a common-law order', () => {
  it('reads the Act its capitals heading names, and refers "section N of the Act" to it, not to the Act cited last', () => {
    const text = [
      'IN THE MATTER OF AN APPLICATION FOR AN OVERSEAS PRODUCTION ORDER UNDER SECTION 1 OF THE CRIME (OVERSEAS',
      'PRODUCTION ORDERS) ACT 2019',
      '',
      'UPON the application of an appropriate officer within section 2(1)(a) of the Act, the Court being satisfied',
      'that an offence of fraud contrary to section 2 of the Fraud Act 2006 has been committed,',
      'and that the requirement in section 4 of the Act is fulfilled.',
    ].join('\n')
    assert.deepEqual(statutes(text).sort(), [
      'GB Crime (Overseas Production Orders) Act 2019 s. 1',
      'GB Crime (Overseas Production Orders) Act 2019 s. 2(1)(a)',
      'GB Crime (Overseas Production Orders) Act 2019 s. 4',
      'GB Fraud Act 2006 s. 2',
    ])
  })
})
