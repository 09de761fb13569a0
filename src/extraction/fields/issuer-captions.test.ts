import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { extractAuthority } from './authority.js'
import { extractFields } from './extract-fields.js'

const issuer = (text: string): string | null => extractAuthority(text).field.value

describe('issuers in state-court captions, forms and e-mails', () => {
  it('reads a Florida circuit court caption over two lines, after a fax cover sheet', () => {
    const text = [
      'FACSIMILE TRANSMITTAL SHEET',
      'TO:   Example Chat, Inc. - Custodian of Records',
      'FROM: Dana Cole, Esq.',
      '',
      '      IN THE CIRCUIT COURT OF THE NINTH JUDICIAL CIRCUIT',
      '              IN AND FOR ORANGE COUNTY, FLORIDA',
      '',
      '        SUBPOENA DUCES TECUM WITHOUT DEPOSITION',
    ].join('\n')
    const fields = extractFields(text)
    assert.equal(fields.issuing_authority.value, 'Circuit Court of the Ninth Judicial Circuit in and for Orange County, Florida')
    assert.equal(fields.jurisdiction.value, 'US-FL')
  })

  it('reads a circuit named by number over its county on a form set in columns, not the form\'s approval line', () => {
    const text = [
      'Approved, SCAO                                          Original - Court',
      '                                                        1st copy - Witness',
      'STATE OF MICHIGAN                                       CASE NO.',
      '6TH JUDICIAL CIRCUIT                 SUBPOENA           25-001234-FH',
      'OAKLAND COUNTY            Order to Appear and/or Produce',
      '',
      'If you require special accommodations to use the court because of a',
      'disability, please contact the court.',
    ].join('\n')
    assert.equal(issuer(text), '6th Judicial Circuit Court, Oakland County')
  })

  it('reads a New England venue ("WORCESTER, ss.") and its court, in the state the caption names', () => {
    const text = 'COMMONWEALTH OF MASSACHUSETTS\n\nWORCESTER, ss.                      SUPERIOR COURT DEPARTMENT\n                                    OF THE TRIAL COURT\n\nORDER'
    const read = extractAuthority(text)
    assert.equal(read.field.value, 'Worcester Superior Court')
    assert.equal(read.jurisdiction, 'US-MA')
  })

  it('does not take a sentence of an e-mail for a letterhead, nor the state after a dash for part of a name', () => {
    const mail = 'Good afternoon,\n\nI am a detective constable with the Toronto Police Service, Intelligence\nServices - Hate Crime Unit. Please preserve the account.\n\nD/Cst. Lee\nHate Crime Unit | Toronto Police Service\n'
    assert.equal(issuer(mail), 'Toronto Police Service')
    const form = '--------------------\n   PINE HOLLOW POLICE DEPARTMENT - STATE OF OREGON\n   Criminal Investigations Division\n   EMERGENCY DISCLOSURE REQUEST FORM\n--------------------\nDate of Request: 06/14/2025'
    assert.equal(issuer(form), 'Pine Hollow Police Department, Criminal Investigations Division')
  })

  it('names a Ukrainian court in the nominative, as Ukrainian, without the police unit that applied to it', () => {
    const text = [
      'УХВАЛА',
      'ІМЕНЕМ УКРАЇНИ',
      '',
      'Слідчий суддя Шевченківського районного суду міста Києва Іваненко О.В.,',
      'розглянувши клопотання слідчого Головного слідчого управління Національної поліції України',
      'про тимчасовий доступ до речей і документів, які перебувають у володінні компанії,',
      'встановив: слідство здійснюється у кримінальному провадженні. Клопотання підлягає задоволенню.',
    ].join('\n')
    const fields = extractFields(text)
    assert.equal(fields.issuing_authority.value, 'Шевченківський районний суд міста Києва')
    assert.equal(fields.jurisdiction.value, 'UA')
  })

  it('names a court of Taiwan without the title of the writ after it', () => {
    const text = '臺灣新北地方法院 通信紀錄調取票 114年度聲調字第000123號\n\n受調取人 Example Inc.\n法律依據 通訊保障及監察法第11條之1'
    const read = extractAuthority(text)
    assert.equal(read.field.value, '臺灣新北地方法院')
    assert.equal(read.jurisdiction, 'TW')
  })
})
