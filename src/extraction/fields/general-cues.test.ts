/**
 * Cues added after the third blind batch, each tested on text written here (not the batch's own
 * documents), so that every one of them can fail on its own.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { extractFields } from './extract-fields.js'
import { extractIdentifiers } from './identifiers.js'

describe('identifiers named by their label', () => {
  it('reads user names, numeric ids, meeting ids and nicknames after their labels, in several languages', () => {
    const text = [
      'Datos de la cuenta:',
      '  Benutzername: kaltwind_88',
      '  nome de usuário: lua.nova',
      '  Nutzer-ID: 5512093',
      'the host of meeting ID 731 0042 1188 and the (numeric user lD 99120455) account.',
      '用户ID：66120931（昵称“青山客”）',
    ].join('\n')
    const ids = extractIdentifiers(text).value
    for (const id of ['kaltwind_88', 'lua.nova', '5512093', '731 0042 1188', '99120455', '66120931', '青山客']) assert.ok(ids.includes(id), `${id} in ${ids.join(', ')}`)
  })

  it('keeps a target block\'s phone and e-mail, and leaves the sender\'s letterhead phone out', () => {
    const text = [
      'Polícia Civil',
      'Telefone: (21) 3555-0101',
      '',
      'Conta associada a:',
      '  phone: (415) 555-0160',
      '  e-mail: ferrovia.azul@example-mail.net',
    ].join('\n')
    const ids = extractIdentifiers(text).value
    assert.ok(ids.includes('(415) 555-0160'), ids.join(', '))
    assert.ok(ids.includes('ferrovia.azul@example-mail.net'), ids.join(', '))
    assert.ok(!ids.includes('(21) 3555-0101'), 'the letterhead phone is the sender\'s')
  })

  it('does not read "ВКонтакте" as a contact line, nor a template number as a target', () => {
    assert.deepEqual(extractIdentifiers('пользователь сети «ВКонтакте» со страницей https://vk.com/id11223344').value, ['https://vk.com/id11223344'])
    assert.deepEqual(extractIdentifiers('Account ID: 123456789').value, [])
  })
})

describe('secrecy told as holding notice back', () => {
  const cases: [string, string][] = [
    ['fr', "Je vous demande de différer l'information de l'utilisateur jusqu'au 1er juin 2024."],
    ['de', 'Der Nutzer ist über diese Anordnung bis auf Weiteres nicht zu verständigen.'],
    ['ru', 'Предупреждаю о недопустимости разглашения данных предварительного расследования.'],
    ['es', 'El titular de la cuenta no deberá ser informado de este requerimiento.'],
    ['pt', 'O usuário não deverá ser notificado desta ordem.'],
  ]
  for (const [language, sentence] of cases) {
    it(`reads it in ${language}`, () => {
      assert.equal(extractFields(`Requerimiento / Request\n\n${sentence}`).nondisclosure.value, true)
    })
  }
})

describe('dates', () => {
  it('takes an outgoing letter\'s register line as its issue date', () => {
    const text = 'СЛЕДСТВЕННЫЙ ОТДЕЛ\n\n14.06.2023 № 77/1-551-23          Генеральному директору\n\nЗАПРОС\nза период с 01.01.2023 по 31.05.2023'
    assert.equal(extractFields(text).date_issued.value, '2023-06-14')
  })

  it('reads a padded place-and-date line, and Polish months', () => {
    assert.equal(extractFields('СУД\n\nг. Казань                                        3 апреля 2023 г.\n\nПОСТАНОВЛЕНИЕ').date_issued.value, '2023-04-03')
    assert.equal(extractFields('Kraków, dnia 9 marca 2024 r.\n\nWezwanie').date_issued.value, '2024-03-09')
  })

  it('reads deadlines in French, German, Spanish and Chinese phrasing', () => {
    assert.equal(extractFields('Merci de nous communiquer, pour le 12.12.2023 au plus tard, les données.').response_deadline.value, '2023-12-12')
    assert.equal(extractFields('Die Auskunft ist bis\n\n   20. April 2023\n\nzu erteilen.').response_deadline.value, '2023-04-20')
    assert.equal(extractFields('datos del 1 de enero de 2023 hasta el 31 de enero de 2023; remita no más tarde del 15 de febrero de 2023 la información.').response_deadline.value, '2023-02-15')
    assert.equal(extractFields('请于2023年5月8日17时前反馈处置结果。').response_deadline.value, '2023-05-08')
  })
})

describe('statutes in lists and by reference', () => {
  const statutes = (text: string, country: string | null = null) => extractFields(country ? `${text}` : text).statutes_cited.value

  it('keeps a California section list going past glosses in words', () => {
    const found = statutes('violations of California Penal Code sections 211 (robbery), 459 (burglary) and 530.5 (identity theft).')
    assert.deepEqual(found.filter((s) => s.startsWith('Cal.')), ['Cal. Penal Code 211', 'Cal. Penal Code 459', 'Cal. Penal Code 530.5'])
  })

  it('reads "§ 4 Abs. 1 Nr. 2 und 3" as one section, and knows VwGO and the Austrian ECG', () => {
    const found = statutes('Beschluss\nnach § 4 Abs. 1 Satz 1 Nr. 2 und 3 JMStV sowie § 80 Abs. 2 VwGO und § 18 Abs. 4 ECG.')
    assert.ok(found.includes('DE JMStV § 4') && !found.includes('DE JMStV § 3'), found.join(', '))
    assert.ok(found.includes('DE VwGO § 80'), found.join(', '))
    assert.ok(found.some((s) => /ECG § 18$/.test(s)), found.join(', '))
  })

  it('gives "article N du règlement" to the one EU regulation the document cites', () => {
    const found = statutes("Injonction au titre de l'article 10 du règlement (UE) 2022/2065. Les informations visées à l'article 30 du règlement sont demandées.")
    assert.ok(found.includes('EU Regulation 2022/2065 art. 30'), found.join(', '))
  })

  it('gives a Russian article joined by "и" the code named after the next one', () => {
    const found = statutes('по признакам преступлений, предусмотренных ч. 1 ст. 158 и ч. 2 ст. 273 УК РФ')
    assert.ok(found.includes('RU Criminal Code art. 158') && found.includes('RU Criminal Code art. 273'), found.join(', '))
  })
})

describe('statutes', () => {
  it('reads the Budapest Convention in three languages and a code named by its country', () => {
    const text = 'Conforme a los artículos 16 y 29 del Convenio sobre la Ciberdelincuencia; Article 18 of the Convention on Cybercrime; an offence under Article 190 of the Polish Criminal Code.'
    const statutes = extractFields(text).statutes_cited.value
    for (const s of ['Convention on Cybercrime art. 16', 'Convention on Cybercrime art. 29', 'Convention on Cybercrime art. 18', 'PL Criminal Code art. 190']) assert.ok(statutes.includes(s), `${s} in ${statutes.join(', ')}`)
  })
})

describe('issuing authority', () => {
  it('names the chamber under a court of justice, and its judge after a colon and a title', () => {
    const text = 'TRIBUNAL DE JUSTIÇA DO ESTADO DE MINAS GERAIS\nCOMARCA DE UBERLÂNDIA\n3ª VARA CÍVEL\n\nDECISÃO\n\nJuiz de Direito: Dr. Paulo Henrique Vasconcelos\n\nDetermino o fornecimento dos dados.'
    const name = extractFields(text).issuing_authority.value ?? ''
    assert.match(name, /^Tribunal de Justiça do Estado de Minas Gerais, 3ª Vara Cível/)
    assert.match(name, /\(Juiz de Direito Paulo Henrique Vasconcelos\)$/)
  })

  it('reads a Russian court line whose OCR slipped Latin letters into Cyrillic words', () => {
    const text = 'Судья Пресненскоrо районноrо суда г. Москвы Ильина Н.П.\n\nПОСТАНОВЛЕНИЕ\nо разрешении получения информации'
    assert.match(extractFields(text).issuing_authority.value ?? '', /^Пресненский районный суд г\. Москвы \(судья Ильина Н\.П\.\)$/)
  })

  it('finds the letterhead of a letter pasted into an e-mail below a rule, and a prosecutor\'s office with OCR confusions', () => {
    const email = 'De: Oficina <oficina@example.gob>\nAsunto: Nota\n\nLes remitimos la nota.\n\n--------------------------------------\nMINISTERIO PÚBLICO FISCAL\nUnidad Fiscal de Delitos Informáticos\n\nSolicito la preservación de los datos.'
    assert.equal(extractFields(email).issuing_authority.value, 'Ministerio Público Fiscal, Unidad Fiscal de Delitos Informáticos')
    const fax = '          PARQUET DU PROCUREUR DU ROl DE NAMUR\n\nRéquisition\n\nNous, Procureur du Roi, requérons les données.'
    assert.match(extractFields(fax).issuing_authority.value ?? '', /^Parquet du Procureur du Roi de Namur/)
  })
})

describe('data categories', () => {
  const categories = (text: string) => extractFields(text).data_categories_requested.value

  it('reads device data and registration dates as the European languages write them', () => {
    assert.ok(categories('Solicitamos los identificadores de los dispositivos utilizados por el titular.').includes('device'))
    assert.ok(categories('Pedimos as informações do dispositivo (modelo, sistema operacional).').includes('device'))
    assert.ok(categories('Stammdaten sowie Datum der Registrierung des Nutzerkontos.').includes('non_content_metadata'))
    assert.ok(categories('the account creation dates and the names on the accounts').includes('non_content_metadata'))
  })
})

describe('instrument', () => {
  it('reads an order that only gags the provider as "other", even when the provider\'s name has "Inc."', () => {
    const text = 'UNITED STATES DISTRICT COURT\nORDER COMMANDING EXAMPLE HOSTING, INC. NOT TO NOTIFY ANY PERSON OF THE EXISTENCE OF THE SUBPOENA\n\nThe United States has applied under 18 U.S.C. § 2705(b) for an order commanding Example Hosting, Inc. not to notify any person of the grand jury subpoena.'
    assert.equal(extractFields(text).instrument_type.value, 'other')
  })
})

describe('identifiers: senders, provider mailboxes and bare user names', () => {
  it('leaves out government senders and the provider\'s own legal mailboxes', () => {
    const ids = extractIdentifiers('Please send the data to cyber-unit@police.go.kr or juzgado4@justicia.es. Copy: legal-tr@chirpy.net, dsa-authorities@chirpy.net. Target: mina.holt@fastpost.net').value
    assert.deepEqual(ids, ['mina.holt@fastpost.net'])
  })

  it('reads "the user name x_y" without a colon, and keeps a phone number on its own line', () => {
    const ids = extractIdentifiers('"Account 1" means the Pinwheel account with the user name river_fox.22.\nContact: (612) 555-0100\n300 Main Street').value
    assert.ok(ids.includes('river_fox.22'), ids.join(', '))
    assert.ok(!ids.some((i) => i.includes('\n')), ids.join(' | '))
  })

  it('does not take "device" or "display" after an account word as account names', () => {
    const ids = extractIdentifiers('Records of the devices linked to the account: device name, make and model. The account with the username @gale_watch, display name "Gale".').value
    assert.ok(!ids.includes('device') && !ids.includes('display'), ids.join(', '))
  })
})

describe('issuing authority: courts, judges and forms', () => {
  const issuer = (text: string) => extractFields(text).issuing_authority.value ?? ''

  it('does not take the court named for objections as the issuer (Turkish dative)', () => {
    const text = 'T.C.\nİSTANBUL\n3. SULH CEZA HÂKİMLİĞİ\n\nKARAR\n\nErişimin engellenmesine karar verildi.\nKararın tebliğinden itibaren 7 gün içinde İstanbul 4. Sulh Ceza Hâkimliği\'ne itiraz yolu açıktır.'
    assert.match(issuer(text), /\b3\. Sulh Ceza Hâkimliği/)
  })

  it('names a German judge "Richterin am Landgericht" and a Russian judge given in the genitive', () => {
    assert.match(issuer('Landgericht Bonn\n\nBeschluss\n\nhat die 9. Zivilkammer durch die Richterin am Landgericht Dr. Albers beschlossen:'), /\(Richterin am Landgericht Dr\. Albers\)$/)
    assert.equal(
      issuer('РЕШЕНИЕ\n\nЛенинский районный суд г. Перми Пермского края в составе:\nпредседательствующего судьи Котовой А.С.,\nрассмотрев дело'),
      'Ленинский районный суд г. Перми Пермского края (судья Котова А.С.)',
    )
  })

  it('skips a "Von:" e-mail header as a letterhead, and trusts a form\'s "Issuing authority" field', () => {
    assert.doesNotMatch(issuer('Von: LPD-Journaldienst <journal@polizei.gv.at>\nGesendet: Montag\n\nLandespolizeidirektion Wien\nLandeskriminalamt\n\nNotfall'), /Journaldienst/)
    assert.match(issuer('ORDER\n\nIssuing authority:\nAutorità per le Garanzie nelle Comunicazioni (AGCOM)\n\nThe provider shall act.'), /^Autorità per le Garanzie nelle Comunicazioni/)
  })
})

describe('statutes: more citation forms', () => {
  const statutes = (text: string) => extractFields(text).statutes_cited.value

  it('reads U.S. state and federal forms: "U.S.C. Section", Texas DTPA, Florida Statutes, California subdivisions', () => {
    assert.ok(statutes('See 18 U.S.C. Section 3511(b).').includes('18 U.S.C. 3511(b)'))
    assert.ok(statutes('under Tex. Bus. & Com. Code § 17.41 et seq. (the "DTPA"), including § 17.46(a).').includes('Tex. Bus. & Com. Code 17.46'))
    const fl = statutes('as provided by sections 90.803(6) and 90.902(11), Florida Statutes.')
    assert.ok(fl.includes('Fla. Stat. 90.803(6)') && fl.includes('Fla. Stat. 90.902(11)'), fl.join(', '))
    const ca = statutes('SUPERIOR COURT OF CALIFORNIA, COUNTY OF KERN\npursuant to Penal Code sections 1524, subdivision (a)(7), 1524.2 and 1546.1.')
    for (const s of ['Cal. Penal Code 1524', 'Cal. Penal Code 1524.2', 'Cal. Penal Code 1546.1']) assert.ok(ca.includes(s), `${s} in ${ca.join(', ')}`)
  })

  it('reads common-law Acts with "from", a Schedule paragraph first, and India\'s 2023 codes spelled out', () => {
    const gb = statutes('harassment under section 3 of the Protection from Harassment Act 1997; an order within paragraph 5 of Schedule 2 to the Data Protection Act 2018.')
    assert.ok(gb.includes('GB Protection from Harassment Act 1997 s. 3'), gb.join(', '))
    assert.ok(gb.includes('GB Data Protection Act 2018 sch. 2 para. 5'), gb.join(', '))
    const inn = statutes('Cr. No. 12/2024 U/s 318(4), 319(2) of Bharatiya Nyaya Sanhita, 2023 and Section 94 BNSS')
    // As cited: the document writes "Sanhita, 2023", so the abbreviated BNSS is written in the same style.
    for (const s of ['IN Bharatiya Nyaya Sanhita, 2023 s. 318(4)', 'IN Bharatiya Nyaya Sanhita, 2023 s. 319(2)', 'IN Bharatiya Nagarik Suraksha Sanhita, 2023 s. 94']) assert.ok(inn.includes(s), `${s} in ${inn.join(', ')}`)
  })

  it('knows the TDDDG and FamFG', () => {
    const de = statutes('Das Landgericht ist nach § 21 Abs. 3 TDDDG zuständig; Beschwerde nach § 58 FamFG.')
    assert.ok(de.includes('DE TDDDG § 21') && de.includes('DE FamFG § 58'), de.join(', '))
  })
})

describe('instrument: unmasking suits and Chinese disposal notices', () => {
  it('reads a subpoena in a suit against John Doe as a civil subpoena', () => {
    const text = 'CIRCUIT COURT\n\nACME DENTAL, PLLC,\n  Plaintiff,\nv.\nJOHN DOE, posting as "toothfairy88",\n  Defendant.\n\nSUBPOENA DUCES TECUM TO NON-PARTY REVIEWLY, INC.\n\nYOU ARE COMMANDED to produce the records identifying the poster.'
    assert.equal(extractFields(text).instrument_type.value, 'civil_subpoena')
  })

  it('reads a Chinese notice to dispose of illegal information as a takedown demand', () => {
    const text = '国家互联网信息办公室\n\n违法和不良信息处置通知书\n\n经核查，你单位平台存在以下违法信息，请立即处置，并提供相关账号的注册信息。'
    assert.equal(extractFields(text).instrument_type.value, 'takedown_demand')
  })
})

describe('jurisdiction and secrecy: more wordings', () => {
  it('finds the state in the issuer\'s own name, and England\'s High Court', () => {
    assert.equal(extractFields('OFFICE OF THE ATTORNEY GENERAL OF OREGON\nConsumer Protection Section\n\nCivil investigative demand').jurisdiction.value, 'US-OR')
    assert.equal(extractFields('IN THE HIGH COURT OF JUSTICE\nKING\'S BENCH DIVISION\n\nORDER').jurisdiction.value, 'GB')
  })

  it('reads "shall not, before <date>, inform the holder" as secrecy, and "must not disclose the information before the return date" as none', () => {
    assert.equal(extractFields('ORDER\n3. The Respondent shall not, before 2 June 2025, inform the holder of the Account of this Order.').nondisclosure.value, true)
    assert.notEqual(extractFields('SUBPOENA\nYou must not disclose the information before the return date.').nondisclosure.value, true)
  })
})

describe('issuing authority: e-mail senders and letterhead noise', () => {
  const issuer = (text: string) => extractFields(text).issuing_authority.value ?? ''

  it('takes an organisation sending in its own name from the From header', () => {
    assert.equal(issuer('From: "Kent Police - Digital Forensics Unit" <dfu@kent.police.uk>\nTo: legal@provider.net\nSubject: Request\n\nRequesting officer: DC 1201 Ava Lin\nPlease disclose the subscriber details.'), 'Kent Police, Digital Forensics Unit')
  })

  it('drops an address after a bar, a labelled line and a Chinese sentence from letterhead names', () => {
    assert.equal(issuer('Calgary Police Service, Cyber Unit | 5111 47 Street NE, Calgary\n\nPreservation demand'), 'Calgary Police Service, Cyber Unit')
    assert.doesNotMatch(issuer('国家互联网信息办公室\n请你公司依法立即予以删除，并反馈处置结果。'), /请/)
  })

  it('tells Portugal from Brazil by the DIAP and the comarca, and knows a UK Constabulary', () => {
    assert.equal(extractFields('Ministério Público\nProcuradoria da República da Comarca de Lisboa\nDIAP de Lisboa\n\nPedido de preservação de dados').jurisdiction.value, 'PT')
    assert.equal(extractFields('Devon and Cornwall Constabulary\nCommunications Data Unit\n\nRequest for communications data').jurisdiction.value, 'GB')
  })
})

describe('identifiers: plural site words, origin servers, and words that are not names', () => {
  it('reads bare domains after "the domains", and an origin server\'s IP address across a line break', () => {
    const ids = extractIdentifiers('the domains fake-tax-refund[.]com and tax-status-check[.]net were proxied to the origin server\n91.210.44.17. Do not produce content.').value
    for (const id of ['fake-tax-refund.com', 'tax-status-check.net', '91.210.44.17']) assert.ok(ids.includes(id), `${id} in ${ids.join(', ')}`)
  })

  it('does not take "SS", "nombre" or "bem" as accounts', () => {
    const ids = extractIdentifiers('symbols of the Nazi organisation "SS" were shown. Datos de registro de la cuenta: nombre y apellidos. do perfil @vila_news, bem como os dados.').value
    assert.deepEqual(ids, ['@vila_news'])
  })
})

describe('statutes: Arizona, Mexican fractions, Turkish abbreviations and the Constitution', () => {
  const statutes = (text: string) => extractFields(text).statutes_cited.value

  it('reads ARS sections', () => {
    const found = statutes('This warrant is issued under ARS 13-3912 and A.R.S. § 13-3016.')
    assert.ok(found.includes('A.R.S. 13-3912') && found.includes('A.R.S. 13-3016'), found.join(', '))
  })

  it('reads a Spanish list that runs on after a semicolon and through "fracción IX"', () => {
    const found = statutes('Con fundamento en los artículos 16 y 21 de la Constitución Política de los Estados Unidos Mexicanos; 127, 131 fracción IX y 303 del Código Nacional de Procedimientos Penales, solicito')
    for (const s of ['MX Constitution art. 16', 'MX National Code of Criminal Procedure art. 131', 'MX National Code of Criminal Procedure art. 303']) assert.ok(found.includes(s), `${s} in ${found.join(', ')}`)
  })

  it('reads "5271 sayılı CMK\'nın 268. maddesi" and "Anayasa\'nın 17. ve 20. maddeleri"', () => {
    const found = statutes("Anayasa'nın 17. ve 20. maddeleri ile güvence altına alınan haklar; 5271 sayılı CMK'nın 268. maddesi uyarınca itiraz")
    for (const s of ['TR Constitution art. 17', 'TR Constitution art. 20', 'TR Law No. 5271 (CMK) art. 268']) assert.ok(found.includes(s), `${s} in ${found.join(', ')}`)
  })
})

describe('real-world shapes: Hong Kong and mainland police letters in English', () => {
  it('names a bureau "of the Hong Kong Police Force" from the prose, and reads an Ordinance', () => {
    const text = [
      'To whom it may concern,',
      '',
      'On 2021-03-02 a public health application was launched.',
      'The Cyber Security and Technology Crime Bureau (CSTCB) of the Hong Kong Police Force has received reports of fake webpages.',
      'The webpages are contrary to Section 73 of the Crimes Ordinance, Cap. 200.',
      'Request for removal of these webpages is hereby submitted.',
      'Enclosed please find the links for your action:',
      '1) https://fakeapp-hk.github.io/',
      '2) https://github.com/fakeapp-hk/app',
      '',
      'If you have any further enquiries, please contact the undersigned.',
      'Thank you.',
      '',
      'Best Regards,',
      'Collaboration Team 2',
      'Cyber Security Division',
    ].join('\n')
    const read = extractFields(text)
    assert.match(read.issuing_authority.value ?? '', /^Cyber Security and Technology Crime Bureau \(CSTCB\) of the Hong Kong Police Force$/)
    assert.ok(read.statutes_cited.value.includes('HK Crimes Ordinance s. 73'), read.statutes_cited.value.join(', '))
  })

  it('reads "Article 300 of the Criminal Law of our country"', () => {
    assert.ok(extractFields('Article 300 of the Criminal Law of our country stipulates that ...').statutes_cited.value.includes('CN Criminal Law art. 300'))
  })
})

describe('real-world shapes: takedown letters to a code host', () => {
  it('reads hurried English dates: "Dec.12th,2019" and "22nd,Jan,2021"', () => {
    assert.equal(extractFields('Cyber Security Department\n\nDec.12th,2019').date_issued.value, '2019-12-12')
    assert.equal(extractFields('Network Industry Association\n\n22nd,Jan,2021').date_issued.value, '2021-01-22')
  })

  it('reads an association that names itself, a block "of users from China\'s IP address" as a takedown and not a request for IP logs', () => {
    const read = extractFields('Hello,\n\nThis is Shanghai Internet Industry Association. Please block the access of users from China\'s IP address to the repositories below.\n\nhttps://github.com/someone/tool\n\nThanks.')
    assert.equal(read.issuing_authority.value, 'Shanghai Internet Industry Association')
    assert.equal(read.instrument_type.value, 'takedown_demand')
    assert.deepEqual(read.data_categories_requested.value, [])
  })

  it('reads Russian law cited in English with the date first, Government resolutions, and "N" for "№"', () => {
    const found = extractFields('under the Federal Law of July 27, 2006 № 149-FZ and the resolution of the Government of the Russian Federation on October 26, 2012 № 1101; Федерального закона от 11 ноября 2003 года N 138-ФЗ').statutes_cited.value
    for (const s of ['RU Federal Law No. 149-FZ of 27.07.2006', 'RU Government Resolution No. 1101 of 26.10.2012', 'RU Federal Law No. 138-FZ of 11.11.2003']) assert.ok(found.includes(s), `${s} in ${found.join(', ')}`)
  })

  it('reads "Article 15 of China\'s \'Administrative Rules for ...\'" and the full name of a department "of the Ministry of Public Security of China"', () => {
    assert.ok(extractFields("It violates Article 15 of China's 'Administrative Rules for Internet Information Services'.").statutes_cited.value.includes('CN Administrative Rules for Internet Information Services art. 15'))
    assert.equal(
      extractFields('Hello! On behalf of the Cyber Security Department of the Ministry of Public Security of China, I report the illegal links.').issuing_authority.value,
      'Cyber Security Department of the Ministry of Public Security of China',
    )
  })
})

describe('repositories listed as "owner / name"', () => {
  it('reads them as written in a letter about repositories, and leaves "Sir / Madam" alone', () => {
    const ids = extractIdentifiers('Dear Sir / Madam,\n\nPlease withhold the following repositories:\n\nriverowl / tool-kit-2\n\nmoonfern / moonfern.github.io\n\nThank you.').value
    assert.deepEqual(ids, ['riverowl / tool-kit-2', 'moonfern / moonfern.github.io'])
  })
})

describe('real-world shapes: Roskomnadzor notices and follow-ups', () => {
  it('does not take the date of the decision a notice rests on as its own', () => {
    const text = 'Добрый день!\n\nВ соответствии с требованием Генеральной прокуратуры № 27-31-2016/Ид2040-16\nот 14.03.2016, информация по URL адресу https://github.com/someone/page содержит призывы.\n\nIn accordance with the request of the\nProsecutor General № 27-31-2016/Ид2040-16 dated 14.03.2016, the information at the URL contains calls.'
    assert.equal(extractFields(text).date_issued.value, null)
  })

  it('reads Russian law cited in English with neither "No." nor "№"', () => {
    const found = extractFields('pursuant to the Federal Law of July 27, 2006 149-FZ and the resolution of the Government of the Russian Federation on October 26, 2012 1101').statutes_cited.value
    assert.ok(found.includes('RU Federal Law No. 149-FZ of 27.07.2006') && found.includes('RU Government Resolution No. 1101 of 26.10.2012'), found.join(', '))
  })

  it('reads "please help continue to block them" as a takedown, and a provider\'s help page as no target', () => {
    const read = extractFields('Hello, thank you for your quick response. These links violate Article 12 of the Cybersecurity Law of the People\'s Republic of China. Please help continue to block them. See https://help.github.com/articles/github-terms-of-service/ and https://github.com/someone/blocked-tool')
    assert.equal(read.instrument_type.value, 'takedown_demand')
    assert.deepEqual(read.target_identifiers.value, ['https://github.com/someone/blocked-tool'])
  })
})
