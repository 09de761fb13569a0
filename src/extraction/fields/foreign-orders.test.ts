import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { extractFields } from './extract-fields.js'

describe('foreign court orders and regulators named in prose, in more languages', () => {
  it('reads a French court named in lower case in a judgment\'s prose, and the laws as cited', () => {
    const text = [
      'TGI de Lyon, jugement du 4 mars 2019',
      'Par acte du 1er février 2019, le procureur de la République près le tribunal de grande instance de Lyon a assigné les fournisseurs',
      "d'accès, au visa des articles 809 du code de procédure civile, de l'article 50-1 de la loi du 29 juillet 1881 et de l'article L. 131-1",
      "du code des procédures civiles d'exécution, aux fins de blocage de l'accès au site www.exemple-haine.fr.",
    ].join('\n')
    const f = extractFields(text)
    assert.match(f.issuing_authority.value ?? '', /^(?:TGI de Lyon|[Tt]ribunal de grande instance de Lyon)$/)
    assert.equal(f.jurisdiction.value, 'FR')
    assert.equal(f.instrument_type.value, 'foreign_order')
    assert.deepEqual(f.statutes_cited.value, [
      'FR Code of Civil Procedure art. 809',
      'FR Law of 29 July 1881 art. 50-1',
      'FR Code of Civil Enforcement Procedures art. L. 131-1',
    ])
  })

  it('reads Spanish and Argentine courts named in a description line and a resolution', () => {
    const es = '[Auto de 2 de octubre de 2017 de la magistrada del Tribunal Superior de Justicia de Cataluña que ordena a Google eliminar y bloquear la aplicación]'
    const esRead = extractFields(es)
    assert.equal(esRead.issuing_authority.value, 'Tribunal Superior de Justicia de Cataluña')
    assert.equal(esRead.jurisdiction.value, 'ES')
    assert.equal(esRead.instrument_type.value, 'foreign_order')
    const ar = 'Buenos Aires, 3 de mayo de 2016. AUTOS Y VISTOS: del registro de este Juzgado de Primera Instancia en lo Penal, Contravencional y de Faltas N° 9; dispongo bloquear el acceso a la aplicación.'
    const arRead = extractFields(ar)
    assert.equal(arRead.issuing_authority.value, 'Juzgado de Primera Instancia en lo Penal, Contravencional y de Faltas N° 9')
    assert.equal(arRead.jurisdiction.value, 'AR')
  })

  it('reads a Dutch judgment: the court, the Civil Code by book, and the data it orders handed over', () => {
    const text = [
      'RECHTBANK ROTTERDAM',
      'Vonnis in kort geding van 14 maart 2018',
      'Wetsverwijzingen: Burgerlijk Wetboek Boek 6 162',
      'Google wordt veroordeeld de recensie te verwijderen en de NAW-gegevens, telefoonnummers, e-mailadressen en IP-adressen',
      'van de recensent af te geven, op grond van artikel 6:196c BW.',
    ].join('\n')
    const f = extractFields(text)
    assert.equal(f.issuing_authority.value, 'Rechtbank Rotterdam')
    assert.equal(f.jurisdiction.value, 'NL')
    assert.equal(f.date_issued.value, '2018-03-14')
    assert.deepEqual(f.statutes_cited.value.sort(), ['NL Civil Code Book 6 art. 162', 'NL Civil Code Book 6 art. 196c'])
    assert.deepEqual(f.data_categories_requested.value.sort(), ['contact', 'ip_logs', 'subscriber_identity'])
  })

  it('names the rapporteur of a Brazilian higher court beside it', () => {
    const text = 'PETIÇÃO 1.234 DISTRITO FEDERAL\n\nRELATOR : MIN. CARMEN LÚCIA\n\nDECISÃO\n\nSupremo Tribunal Federal. Determino o bloqueio dos perfis @exemplo.'
    assert.equal(extractFields(text).issuing_authority.value, 'Supremo Tribunal Federal (Ministro Carmen Lúcia)')
  })

  it('reads an Indonesian minister\'s blocking letter: issuer, date after "tertanggal", not a date inside its number', () => {
    const text = '[Surat Menteri Komunikasi dan Informatika Republik Indonesia Nomor B-2001/M.KOMINFO/PI.02.02/07/2024 tertanggal 15 Juli 2024 kepada penyelenggara jasa akses internet]\n\n"Melakukan pemutusan akses terhadap situs judi online dalam waktu 2 x 24 jam"'
    const f = extractFields(text)
    assert.equal(f.issuing_authority.value, 'Menteri Komunikasi dan Informatika Republik Indonesia')
    assert.equal(f.jurisdiction.value, 'ID')
    assert.equal(f.instrument_type.value, 'takedown_demand')
    assert.equal(f.date_issued.value, '2024-07-15')
  })

  it('reads Thai text as Thai, and a Thai court by name', () => {
    const text = '[คำพิพากษาศาลฎีกาที่ 1137/2566]\nศาลฎีกาพิพากษาให้ระงับการทำให้แพร่หลายซึ่งข้อมูลคอมพิวเตอร์ตาม URL ดังต่อไปนี้ https://youtu.be/abcdEFGhij1'
    const f = extractFields(text)
    assert.equal(f.jurisdiction.value, 'TH')
    assert.equal(f.issuing_authority.value, 'ศาลฎีกา')
  })

  it('dates a German decision by its title line, even with the file number after a dash', () => {
    const text = 'Oberlandesgericht Köln, Beschluss vom 12. Mai 2022 – 15 W 3/22\n\nTenor\n1. Auf die Beschwerde vom 2. Februar 2022 wird der Beschluss des Landgerichts Köln vom 10. Januar 2022 abgeändert.'
    assert.equal(extractFields(text).date_issued.value, '2022-05-12')
  })
})
