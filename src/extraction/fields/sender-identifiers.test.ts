import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { extractIdentifiers } from './identifiers.js'
import { isOfficialsAddress, officialNames, signatureBlocks } from './signers.js'

const targets = (text: string): string[] => extractIdentifiers(text).value

describe('the sender\'s own addresses are not targets', () => {
  it('knows the officials a text names by title, and their mailboxes by name', () => {
    const names = officialNames('Records shall be provided to Det. M. Okafor-Lund, Badge #41.\n\nPriya Raman\nAssistant United States Attorney')
    assert.ok(names.has('okafor') && names.has('raman'))
    assert.ok(isOfficialsAddress('mokafor@pd.example', names))
    assert.ok(isOfficialsAddress('priya.raman@usdoj.example', names))
    assert.ok(!isOfficialsAddress('night.owl77@mail.example', names))
  })

  it('leaves out a prosecutor\'s address and telephone under the signature, keeps the account', () => {
    const text = [
      'Produce all subscriber records for the account using the e-mail address owl.rider@mail.example.',
      '',
      '                                 Priya Raman',
      '                                 Assistant United States Attorney',
      '                                 (212) 555-0190 | priya.raman@usdoj.example',
    ].join('\n')
    assert.deepEqual(targets(text), ['owl.rider@mail.example'])
  })

  it('leaves out the numbers in a signature block that has no sign-off', () => {
    const text = [
      'ACCOUNT:',
      '  Username: owl_rider_9',
      '  Phone number believed linked to the account: (602) 555-0163',
      '',
      'Sgt. Dana Whitfield #S204',
      'Criminal Investigations Bureau',
      'Desk (602) 555-0110 | Cell (602) 555-0199',
      'dwhitfield@county-so.example',
    ].join('\n')
    assert.deepEqual(targets(text), ['owl_rider_9', '(602) 555-0163'])
  })

  it('leaves out where to send the answer, in several languages, and the provider\'s request mailbox', () => {
    assert.deepEqual(targets('Ответ прошу направить на адрес электронной почты otdel7@ved.example. Аккаунт: @volk_777'), ['@volk_777'])
    assert.deepEqual(targets('Perfil investigado: @loja.fake.sp\nA resposta deverá ser encaminhada ao e-mail delegacia4@pc.example.'), ['@loja.fake.sp'])
    assert.deepEqual(targets("Réponse par voie électronique à l'adresse brigade-num@interieur.example. pseudonyme : lyon_deals_3"), ['lyon_deals_3'])
    assert.deepEqual(targets('Please direct any query to the officer in the case, Sam Hale, on +44 20 7555 0100 or\nops-desk@agency.example. Target: @pharma_uk'), ['@pharma_uk'])
    assert.deepEqual(targets('Sent by e-mail to: trust-safety@forum.example\n\nThe member posting as "desert_fox_lv" threatened her.'), ['desert_fox_lv'])
    assert.deepEqual(targets('联系人：王明\n电话：010-5555 1234\n邮箱：chuzhi@agency.example\n账号：wx_lu8866\n注册邮箱：lu8866@mail.example'), ['wx_lu8866', 'lu8866@mail.example'])
  })

  it('finds the signature block from a titled name to the next blank line', () => {
    const text = 'Body.\n\nSgt. Dana Whitfield #S204\nCounty Sheriff\'s Office\n(602) 555-0110\n\nNext paragraph.'
    const [block] = signatureBlocks(text)
    assert.ok(block && block.text.startsWith('Sgt. Dana Whitfield') && block.text.endsWith('555-0110'))
  })
})

describe('targets named in more ways', () => {
  it('reads display names, "posting as" and Ukrainian user-name labels', () => {
    assert.deepEqual(targets('The review was posted under the name "ToothFairyNot", display name "ToothFairyNot".'), ['ToothFairyNot'])
    assert.deepEqual(targets("- ім'я користувача: misha.foto.lviv"), ['misha.foto.lviv'])
  })

  it('reads ids with a letter prefix, ids in brackets after a handle, and Chinese ids and masked mobiles', () => {
    assert.deepEqual(targets('the account @coastal_meds (account ID FN-44019932)'), ['@coastal_meds', 'FN-44019932'])
    assert.deepEqual(targets('регистрационные данные пользователя @volna_admin (ID 5520371980)'), ['@volna_admin', '5520371980'])
    assert.deepEqual(targets('一、用户ID为3087221456（昵称“小助手”，绑定手机号139****5521）的账号注册信息'), ['3087221456', '小助手', '139****5521'])
  })

  it('reads a quoted name after "cuenta de usuario" and German low quotes', () => {
    assert.deepEqual(targets('de la cuenta de usuario "mafer.rg77" asociada a dicha línea'), ['mafer.rg77'])
    assert.deepEqual(targets('Bestandsdaten des Nutzerkontos „Isarfuchs_1860“ (Profil-URL: https://chat.example/profil/isarfuchs_1860)'), ['Isarfuchs_1860', 'https://chat.example/profil/isarfuchs_1860'])
  })

  it('does not take the word a sentence goes on with as a name', () => {
    assert.deepEqual(targets('a vítima, usuária do perfil @ana.poa, passou a receber mensagens'), ['@ana.poa'])
    assert.deepEqual(targets('1. Account opening records for each Account: full legal name, date of birth'), [])
  })
})
