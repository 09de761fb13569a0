import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { extractAuthority } from './authority.js'
import { extractFields } from './extract-fields.js'

const issuer = (text: string): string | null => extractAuthority(text).field.value

describe('the issuer read from signatures, quoted letters and letterheads in more languages', () => {
  it('takes the office under an officer\'s signature, not the provider team greeted at the top', () => {
    const text = [
      'Owlpost Trust and Safety Team,',
      '',
      'This is an emergency disclosure request. A teenager is missing.',
      'Please call my cell at any hour.',
      '',
      'Sgt. Dana Whitfield #S204',
      'Criminal Investigations Bureau',
      'Maricopa County Sheriff\'s Office',
      '550 W. Jackson St., Phoenix, AZ 85003',
      'dwhitfield@mcso.example',
    ].join('\n')
    const fields = extractFields(text)
    assert.match(fields.issuing_authority.value ?? '', /Maricopa County Sheriff's Office$/)
    assert.equal(fields.jurisdiction.value, 'US-AZ')
  })

  it('names a Brazilian police chief who signs above the title, and a judge signing electronically', () => {
    const police = 'POLÍCIA CIVIL DO ESTADO DO PARANÁ\n\nRequisito os dados cadastrais do perfil @loja.fake.\n\nAtenciosamente,\nDr. Marcos Antunes Ribeiro\nDelegado de Polícia\n'
    assert.equal(issuer(police), 'Polícia Civil do Estado do Paraná (Delegado de Polícia Marcos Antunes Ribeiro)')
    const court = 'TRIBUNAL DE JUSTIÇA DO ESTADO DE MINAS GERAIS\n3ª Vara Criminal da Comarca de Uberlândia\n\nDefiro o pedido.\n\nDocumento assinado eletronicamente por CARLA MENDES ROCHA, Juíza de Direito, em 2/3/2026.'
    assert.match(issuer(court) ?? '', /\(Juíza de Direito Carla Mendes Rocha\)$/)
  })

  it('reads a German judge signing as "Dr. Surname" above the title, not the next line\'s first word', () => {
    const text = 'Amtsgericht Köln\n\nBeschluss\n\nDie Auskunft ist zu erteilen.\n\nKöln, 20.10.2025\n\nDr. Albers-Kranz\nRichterin am Amtsgericht\n\nFür die Richtigkeit der Abschrift'
    assert.equal(issuer(text), 'Amtsgericht Köln (Richterin am Amtsgericht Dr. Albers-Kranz)')
  })

  it('reads a letter quoted in a reply, and never the provider named in the "To:" line', () => {
    const text = [
      'From: Lic. Marta Ruiz <mruiz@fiscalia.example>',
      'To: "Owlpost Law Enforcement Response" <lers@owlpost.example>',
      '',
      'Confirmo la urgencia.',
      '',
      '-----Mensaje original-----',
      'De: Owlpost Law Enforcement Response <lers@owlpost.example>',
      'Para: Lic. Marta Ruiz <mruiz@fiscalia.example>',
      '',
      '> We have received your request.',
      '>',
      '> Owlpost Law Enforcement Response Team',
      '>',
      '> -----Mensaje original-----',
      '> De: Lic. Marta Ruiz <mruiz@fiscalia.example>',
      '>',
      '> FISCALÍA GENERAL DEL ESTADO DE SONORA',
      '> Unidad Especializada en Secuestro',
      '>',
      '> Solicito la información de la cuenta.',
    ].join('\n')
    assert.equal(issuer(text), 'Fiscalía General del Estado de Sonora, Unidad Especializada en Secuestro')
  })

  it('reads Dutch and Ukrainian letterheads', () => {
    assert.equal(issuer('Openbaar Ministerie\nArrondissementsparket Utrecht\n\nBevel tot verstrekking van gegevens.'), 'Openbaar Ministerie, Arrondissementsparket Utrecht')
    assert.equal(issuer('НАЦІОНАЛЬНА ПОЛІЦІЯ УКРАЇНИ\nДЕПАРТАМЕНТ КІБЕРПОЛІЦІЇ\n\nЗапит про надання інформації.'), 'Національна Поліція України, Департамент Кіберполіції')
  })
})

describe('headings and links in Asian-language documents', () => {
  it('drops a bilingual heading\'s unclosed bracket and never takes a Korean "수신" (to) line as the issuer', () => {
    assert.equal(issuer('Ministry of Home Affairs (साइबर अपराध\n\nNotice under section 79(3)(b).'), 'Ministry of Home Affairs')
    assert.notEqual(issuer('서울경찰청\n수신 Owlpost Messenger, Inc. 법무팀\n\n자료 제공 요청'), 'Owlpost Messenger, Inc. 법무팀')
  })

  it('ends a link at full-width punctuation', async () => {
    const { extractIdentifiers } = await import('./identifiers.js')
    assert.deepEqual(extractIdentifiers('アカウント（https://social.example/u/sakura_jp）の情報').value, ['https://social.example/u/sakura_jp'])
  })
})
