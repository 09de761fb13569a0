import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { extractFields } from './extract-fields.js'

const issued = (text: string): string | null => extractFields(text).date_issued.value
const due = (text: string): string | null => extractFields(text).response_deadline.value?.slice(0, 10) ?? null

describe('the date a demand was issued, among the others it carries', () => {
  it('reads "issued under authority of ..., this 4th day of May, 2026" and not the certificate of service', () => {
    const text = [
      'SUMMONS',
      'You are required to appear on the 2nd day of June, 2026 at 9:00 a.m.',
      'Issued under authority of the Internal Revenue Code, section 7602, this 4th day of May, 2026.',
      '',
      'Certificate of Service',
      'I certify that I served the summons shown on the front of this form on:',
      'Date: 05/07/2026        Time: 10:15 a.m.',
    ].join('\n')
    assert.equal(issued(text), '2026-05-04')
    assert.equal(due(text), '2026-06-02')
  })

  it('takes the judge\'s dated signature over the application it grants', () => {
    const text = [
      'APPLICATION FOR AN ORDER UNDER 18 U.S.C. 2703(d)',
      'DATED this 2nd day of March, 2026.',
      '        /s/ Assistant United States Attorney',
      '',
      'ORDER',
      'The application is granted.',
      'DATED this 4th day of March, 2026.',
      '        UNITED STATES MAGISTRATE JUDGE',
    ].join('\n')
    assert.equal(issued(text), '2026-03-04')
  })

  it('prefers an order\'s "Dated:" line to the covering letter\'s date line, and a production order is no deadline', () => {
    const text = [
      'Legal Department',
      '',
      '9 April 2026',
      '',
      'Please find below a production order made on 6 April 2026.',
      '',
      'IN THE CROWN COURT AT LEEDS',
      'The respondent shall produce the material listed below.',
      'Dated: 6 April 2026',
    ].join('\n')
    assert.equal(issued(text), '2026-04-06')
    assert.equal(due(text), null)
  })

  it('reads a forwarded e-mail\'s "Date: Mon, 3 Mar 2026 at 14:12" header', () => {
    assert.equal(issued('---------- Forwarded message ---------\nFrom: Registry <registry@agency.example>\nDate: Tue, 3 Mar 2026 at 14:12\nSubject: Notice\n\nThe page was entered in the register.'), '2026-03-03')
  })

  it('reads a place-and-date line inside a quoted e-mail over the reply\'s own sending date', () => {
    const text = [
      'Sent: Tue, 5 May 2026 01:40:22',
      'Confirmamos la urgencia.',
      '',
      '> Enviado el: lunes, 4 de mayo de 2026 23:10',
      '> Asunto: URGENTE',
      '>',
      '> Monterrey, Nuevo León, a 4 de mayo de 2026',
      '>',
      '> Solicito los datos de la cuenta.',
    ].join('\n')
    assert.equal(issued(text), '2026-05-04')
  })

  it('dates a French procès-verbal by its opening formula, not by the prosecutor\'s authorisation', () => {
    const text = [
      'PROCÈS-VERBAL DE RÉQUISITION',
      '',
      "L'an deux mil vingt-six, le douze mars, à neuf heures,",
      'Nous, officier de police judiciaire,',
      'Agissant sur autorisation de Monsieur le procureur de la République près',
      'le tribunal judiciaire de Nantes en date du 9 mars 2026,',
      'Requérons la communication des données.',
    ].join('\n')
    assert.equal(issued(text), '2026-03-12')
  })
})
