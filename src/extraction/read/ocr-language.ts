/**
 * Which tesseract models a scan is read with, decided offline from an English first pass.
 *
 * The models ship as npm packages (@tesseract.js-data/<code>, best_int LSTM, gzip) and are read
 * from disk. There is no @tesseract.js-data/rus on npm, so Russian is not offered: Cyrillic scans
 * are read with the English model, as before.
 */
import { createRequire } from 'node:module'
import path from 'node:path'

/** Models read alongside English when the first page asks for them. */
export const EXTRA_LANGUAGES = ['spa', 'por', 'fra', 'deu', 'chi_sim'] as const
export type ExtraLanguage = (typeof EXTRA_LANGUAGES)[number]
/** A tesseract language set: English alone, or English plus one other model. */
export type LanguageSet = 'eng' | `eng+${ExtraLanguage}`
export type LatinLanguage = Exclude<ExtraLanguage, 'chi_sim'>

const require = createRequire(import.meta.url)

/** The gzipped model of one language, resolved from its own package. */
export function modelFile(code: 'eng' | ExtraLanguage): string {
  const dir = path.dirname(require.resolve(`@tesseract.js-data/${code}/package.json`))
  return path.join(dir, '4.0.0_best_int', `${code}.traineddata.gz`)
}

/**
 * Frequent function words, lower case and without diacritics (the English model often drops or
 * garbles them: "für" comes out as "fiir", "não" as "nao"). Words that are also common in English
 * legal text ("a", "an", "in", "no", "as", "com" from e-mail addresses) are left out, and so are
 * one-letter words (Spanish "y", Portuguese "o", "e"): the English model reads Cyrillic "у", "о",
 * "с" as Latin letters, and a Russian page would otherwise pass for Spanish.
 */
const STOP_WORDS: Record<'eng' | LatinLanguage, ReadonlySet<string>> = {
  eng: new Set('the and of to is that for with this are be was were from or which shall have has been by it its on at any all not you your will must such these their'.split(' ')),
  deu: new Set('der die das und des den dem nicht ist mit von zu auf fur fiir im ein eine einer eines einem einen wird werden wurde sich sind nach bei oder auch aus gemass dass zur zum uber iiber vom durch gegen sowie hat haben kein keine'.split(' ')),
  spa: new Set('el la los las que del de en por con una un es se al lo su sus como mas este esta estos dicha dicho sobre entre sin ha han fue ser segun le les'.split(' ')),
  por: new Set('os da do das dos de que nao em um uma para por ao aos na nos nas pelo pela pelos pelas sao foi ser mais seu sua seus suas este esta isso sobre entre como ou ate tambem ja se'.split(' ')),
  fra: new Set('le la les des du de et est une un que qui dans pour par sur au aux pas ne ce cette ces il elle sont avec etre ete son sa ses leur ou en se'.split(' ')),
}

/** Letters that belong to one of the four languages (shared ones such as é or ç are left out). */
const LETTERS: Record<LatinLanguage, RegExp> = {
  deu: /[äöüß]/g,
  spa: /[ñ¿¡]/g,
  por: /[ãõ]/g,
  fra: /[èàùœëïîû]/g,
}

/** French elisions: l'article, d'un, qu'il, n'est. */
const ELISION = /^(?:l|d|qu|n|j|s)['’]\p{L}/u
const MIN_HITS = 5
/** The other language's share of all function-word hits (its own plus English). */
const MIN_SHARE = 0.25

function fold(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '')
}

export type LanguageScores = Record<'eng' | LatinLanguage, number>

export function scoreLatinLanguages(text: string): LanguageScores {
  const scores: LanguageScores = { eng: 0, deu: 0, spa: 0, por: 0, fra: 0 }
  const lower = text.toLowerCase()
  for (const token of lower.match(/\p{L}+(?:['’]\p{L}+)*/gu) ?? []) {
    if (ELISION.test(token)) {
      scores.fra += 1
      continue
    }
    const word = fold(token)
    for (const lang of Object.keys(scores) as (keyof LanguageScores)[]) if (STOP_WORDS[lang].has(word)) scores[lang] += 1
  }
  for (const lang of Object.keys(LETTERS) as LatinLanguage[]) scores[lang] += (lower.match(LETTERS[lang]) ?? []).length
  return scores
}

/**
 * Spanish, Portuguese, French or German when the text has enough of that language's function
 * words and letters, else null (English, or too little text to tell). A bilingual page counts as
 * the other language: eng+<lang> reads both halves.
 */
export function detectLatinLanguage(text: string): LatinLanguage | null {
  const scores = scoreLatinLanguages(text)
  let best: LatinLanguage | null = null
  for (const lang of ['deu', 'spa', 'por', 'fra'] as const) if (best === null || scores[lang] > scores[best]) best = lang
  if (best === null) return null
  const hits = scores[best]
  if (hits < MIN_HITS || hits < MIN_SHARE * (hits + scores.eng)) return null
  return best
}

export type PageRead = { text: string; confidence: number }

/**
 * The English pass looks like a script it cannot read (Chinese comes out as short junk tokens
 * with low confidence): worth a second look with chi_sim. A blank or nearly blank page is not.
 */
export function englishLooksLikeJunk(page: PageRead): boolean {
  if (page.confidence >= 60) return false
  const tokens = page.text.match(/\S+/g) ?? []
  if (tokens.join('').length < 20) return false
  const words = tokens.filter((t) => /^[(["']?[A-Za-z][a-z]+[)\]"'.,;:]?$/.test(t) && /[aeiouy]/i.test(t))
  return words.length < 0.5 * tokens.length
}

/** Keep the chi_sim reading only when it is clearly better and mostly Han characters. */
export function chineseReadsBetter(english: PageRead, chinese: PageRead): boolean {
  const visible = chinese.text.replace(/\s+/g, '')
  const han = (visible.match(/\p{Script=Han}/gu) ?? []).length
  return chinese.confidence >= english.confidence + 15 && han >= 0.5 * visible.length
}
