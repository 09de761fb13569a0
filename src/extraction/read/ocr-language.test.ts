import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import { after, describe, it } from 'node:test'
import { createCanvas, GlobalFonts } from '@napi-rs/canvas'
import { chineseReadsBetter, detectLatinLanguage, englishLooksLikeJunk } from './ocr-language.js'
import { ocrImages, shutdownOcr } from './ocr.js'

after(async () => {
  await shutdownOcr()
})

// Fonts from fonts-liberation2 and fonts-dejavu-core, registered under names of our own.
GlobalFonts.registerFromPath('/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf', 'Scan Serif')
GlobalFonts.registerFromPath('/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', 'Scan Sans')

/** A page of text as a scanner would give it: black on white, about 200 dpi. */
function scanPage(lines: string[], font = 'Scan Serif'): Uint8Array {
  const canvas = createCanvas(1700, 160 + lines.length * 64)
  const g = canvas.getContext('2d')
  g.fillStyle = '#fff'
  g.fillRect(0, 0, canvas.width, canvas.height)
  g.fillStyle = '#000'
  g.font = `34px "${font}"`
  lines.forEach((line, i) => g.fillText(line, 90, 110 + i * 64))
  return new Uint8Array(canvas.toBuffer('image/png'))
}

const GERMAN = [
  'Amtsgericht München, Ermittlungsrichter',
  'Beschluss vom 12. März 2024 in dem Ermittlungsverfahren gegen Unbekannt',
  'Der Anbieter hat gemäß § 100j StPO Auskunft über die Bestandsdaten',
  'des Anschlussinhabers zu erteilen, der in der Goethestraße 5 wohnt.',
  'Die Straße und die Hausnummer sind für die Zustellung erforderlich.',
]
const SPANISH = [
  'Juzgado de Instrucción número 3 de Madrid, España',
  'Se requiere a la compañía que facilite la información del titular',
  'de la cuenta, según lo dispuesto en la Ley de Enjuiciamiento Criminal.',
  'La señora García recibirá la notificación por correo electrónico.',
]
const ENGLISH = [
  'UNITED STATES DISTRICT COURT FOR THE DISTRICT OF COLUMBIA',
  'GRAND JURY SUBPOENA',
  'You are commanded to produce all records for the account @example_target',
  'by March 13, 2017. This subpoena shall not be disclosed to the subscriber.',
]
const RUSSIAN = [
  'Постановление о предоставлении информации',
  'Следователь постановил истребовать у оператора связи сведения',
  'об абоненте и его соединениях за период с 1 марта по 31 марта 2024 года.',
]
// A Chinese page needs a font with Chinese characters: `npm test` provides one (fonts-wqy-microhei)
// and passes its path in CUSTODIAN_TEST_CJK_FONT; run directly, the Debian path is tried.
const CJK_FONT = process.env.CUSTODIAN_TEST_CJK_FONT ?? '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc'
const CHINESE = [
  '网络违法信息处置通知书',
  '经核查，你单位平台存在以下违法信息，',
  '请你单位立即删除上述链接中的违法信息，',
  '并于五日内将处置结果书面反馈我局。',
]

const deadline = (): number => Date.now() + 60_000

describe('OCR language choice on scans', () => {
  it('reads a German page with eng+deu: umlauts and ß come out right, on every page', async () => {
    const read = await ocrImages([scanPage(GERMAN), scanPage(GERMAN.slice(2))], deadline())
    assert.ok(read.ok)
    assert.equal(read.value.language, 'eng+deu')
    assert.equal(read.value.texts.length, 2)
    for (const text of read.value.texts) {
      assert.match(text, /gemäß/)
      assert.match(text, /Straße/)
    }
    assert.ok((read.value.confidences[0] ?? 0) > 80)
  })

  it('reads a Spanish page with eng+spa: ñ and accents come out right', async () => {
    const read = await ocrImages([scanPage(SPANISH)], deadline())
    assert.ok(read.ok)
    assert.equal(read.value.language, 'eng+spa')
    assert.match(read.value.texts[0] ?? '', /España/)
    assert.match(read.value.texts[0] ?? '', /información/)
  })

  it('keeps an English page on English alone', async () => {
    const read = await ocrImages([scanPage(ENGLISH)], deadline())
    assert.ok(read.ok)
    assert.equal(read.value.language, 'eng')
    assert.match(read.value.texts[0] ?? '', /GRAND JURY SUBPOENA/)
    assert.match(read.value.texts[0] ?? '', /@example_target/)
  })

  it('keeps a Cyrillic page on English (there is no Russian model package)', async () => {
    const read = await ocrImages([scanPage(RUSSIAN, 'Scan Sans')], deadline())
    assert.ok(read.ok)
    assert.equal(read.value.language, 'eng')
    assert.equal(read.value.texts.length, 1)
    assert.match(read.value.texts[0] ?? '', /2024/)
  })

  it('reads a Chinese page with eng+chi_sim, which the English model alone reads as junk', async (t) => {
    assert.ok(existsSync(CJK_FONT), `No Chinese font at ${CJK_FONT}: run the tests through npm test, which installs fonts-wqy-microhei.`)
    GlobalFonts.registerFromPath(CJK_FONT, 'Scan CJK')
    t.diagnostic(`font: ${CJK_FONT}`)
    const read = await ocrImages([scanPage(CHINESE, 'Scan CJK')], Date.now() + 120_000)
    assert.ok(read.ok)
    assert.equal(read.value.language, 'eng+chi_sim')
    const text = (read.value.texts[0] ?? '').replace(/\s+/g, '')
    assert.match(text, /删除/)
    assert.match(text, /违法信息/)
  })

  it('still reports a timeout, not a language, when time has run out', async () => {
    const read = await ocrImages([scanPage(GERMAN)], Date.now() - 1)
    assert.ok(!read.ok)
    assert.equal(read.error.code, 'EXTRACTION_TIMEOUT')
  })
})

describe('detectLatinLanguage', () => {
  it('finds German, Spanish, Portuguese and French from short samples', () => {
    assert.equal(detectLatinLanguage('Der Beschluss des Amtsgerichts wird gemäß § 100j StPO erlassen. Die Auskunft über die Bestandsdaten ist zu erteilen.'), 'deu')
    assert.equal(detectLatinLanguage('El juzgado ordena a la empresa que entregue la información del titular de la cuenta en España, según lo dispuesto por la ley.'), 'spa')
    assert.equal(detectLatinLanguage('O juiz determina que a empresa forneça os dados do titular da conta, não podendo divulgar a existência do pedido.'), 'por')
    assert.equal(detectLatinLanguage("Le tribunal ordonne à la société de communiquer les données de l'abonné dans un délai de dix jours."), 'fra')
  })

  it('finds German in the English model’s reading of it, where umlauts are lost', () => {
    const read = 'Der Anbieter hat gemal8 § 100j StPO Auskunft iiber die Bestandsdaten des Anschlussinhabers zu erteilen. Die StraBe ist fiir die Zustellung erforderlich.'
    assert.equal(detectLatinLanguage(read), 'deu')
  })

  it('leaves English alone, even with a few foreign names, case numbers and addresses in it', () => {
    const english = 'Case No. 12-345. The Bundesamt für Justiz and the Policía Nacional are copied. Send the records for user@example.com to 12 Rue de la Paix. ' +
      'This order shall not be disclosed to the subscriber, and the provider must preserve all data associated with the account.'
    assert.equal(detectLatinLanguage(english), null)
    assert.equal(detectLatinLanguage(''), null)
    assert.equal(detectLatinLanguage('Le'), null)
  })

  it('takes a bilingual English/French page as French, which eng+fra reads in full', () => {
    const bilingual = 'PRODUCTION ORDER. The Court orders the provider to produce the subscriber information for the account within 30 days. ' +
      "ORDONNANCE DE COMMUNICATION. La Cour ordonne au fournisseur de communiquer les renseignements sur l'abonné dans un délai de 30 jours."
    assert.equal(detectLatinLanguage(bilingual), 'fra')
  })
})

describe('the Chinese second look', () => {
  it('is tried only for low-confidence text with few real words', () => {
    assert.equal(englishLooksLikeJunk({ text: 'ee Bh ## Fi 2% ii ; Hee % BAS HR] fe AE FAR ih} Bi Hj Fh 5S A', confidence: 38 }), true)
    assert.equal(englishLooksLikeJunk({ text: 'The provider shall produce the records of the account', confidence: 45 }), false)
    assert.equal(englishLooksLikeJunk({ text: 'ee Bh ## Fi 2% ii ; Hee % BAS HR] fe AE FAR', confidence: 75 }), false)
    assert.equal(englishLooksLikeJunk({ text: ' .. ', confidence: 0 }), false)
  })

  it('is kept only when clearly more confident and mostly Han characters', () => {
    const english = { text: 'ee Bh ## Fi', confidence: 40 }
    assert.equal(chineseReadsBetter(english, { text: '中华人民共和国公安部 调取证据通知书', confidence: 86 }), true)
    assert.equal(chineseReadsBetter(english, { text: '中华人民共和国公安部 调取证据通知书', confidence: 48 }), false)
    assert.equal(chineseReadsBetter(english, { text: 'Bh Fi Hee BAS 中', confidence: 80 }), false)
  })
})
