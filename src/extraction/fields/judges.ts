/**
 * The judge who signed: a name over or beside a judicial title, in the corpus languages ("Magistrate
 * Judge ...", "Richterin am Amtsgericht ...", "судья ...", a Brazilian rapporteur).
 */
import { uni } from './uni.js'

const JUDGES: RegExp[] = [
  // A Brazilian higher court's rapporteur: "RELATOR : MIN. ALEXANDRE DE MORAES", "Ministro Alexandre de Moraes, relator".
  /\bRELATORA?\s*:\s*(MIN(?:ISTR[OA]|\.))\s+((?:[A-ZÁÉÍÓÚÂÊÔÃÕÇ]{2,}(?:[ \t]+(?:DE|DA|DO|DOS|DAS))?[ \t]*){2,5})/gu,
  /\b(Ministr[oa])\s+((?:[A-ZÁÉÍÓÚ][\p{Ll}]+(?:[ \t]+(?:de|da|do|dos|das))?[ \t]*){2,5}),?\s+relator/gu,
  // A name line over a judicial title line: "Dr. Henrike Albers / Richterin am Amtsgericht"
  /((?:Dr\.[ \t]+[A-ZÀ-Ý][\p{Ll}]+(?:-[A-ZÀ-Ý][\p{Ll}]+)?|(?:Dr\.\s+|Hon\.\s+)?[A-ZÀ-Ý][\p{Ll}]+(?:[ \t]+(?:[A-ZÀ-Ý][\p{Ll}]+|[A-Z]\.)){1,3}))[ \t]*\r?\n[ \t]*((?:Richter(?:in)?|Vorsitzende[r]?\s+Richter(?:in)?)(?:\s+am\s+\p{L}+)?|Magistrad[oa](?:-Juez)?|Juez(?:a)?|Juíza?(?:\s+de\s+Direito)?|Juge(?:\s+d'instruction)?|Justice of the Peace)\b/gu,
  // "Donald L. Cabell / United States Magistrate Judge" and "HON. LEDA DUNN WETTRE / United States Magistrate Judge"
  /(?:Hon\.\s+|HON\.\s+)?((?:[A-Z][a-z]+|[A-Z]\.|[A-Z]{2,})(?:[ \t]+(?:[A-Z][a-z]+|[A-Z]\.|[A-Z]{2,}|IV|III|II|Jr\.)){1,4})[ \t]*\r?\n[ \t]*(?:United States |U\.\s?S\.\s)?((?:Chief )?(?:Magistrate|District)\s+Judge)\b/g,
  /\((Justice)[ \t]+((?:[A-Z][a-z]+|[A-Z]\.)(?:[ \t]+(?:[A-Z][a-z]+|[A-Z]\.)){1,3})\)/g,
  /\b(Hon\.|Honorable|HON\.)[ \t]+((?:[A-Z][a-z]+|[A-Z]\.)(?:[ \t]+(?:[A-Z][a-z]+|[A-Z]\.)){1,3})/g,
  /\b((?:United States |U\.\s?S\.\s)?(?:Chief )?(?:Magistrate|District|Circuit|Superior Court|Associate|Presiding)?[ \t]?Judge(?:[ \t]+\([^)\n]{3,40}\))?)[ \t]+((?:[A-Z][a-z]+|[A-Z]\.)(?:[ \t]+(?:[A-Z][a-z]+|[A-Z]\.|IV|III|II|Jr\.)){1,4})/g,
  // "Sunil R. Harjani, U.S. Magistrate Judge"
  /((?:[A-Z][a-z]+|[A-Z]\.)(?:[ \t]{1,2}(?:[A-Z][a-z]+|[A-Z]\.|IV|III|II|Jr\.)){1,4}),[ \t]*(?:United States |U\.\s?S\.\s)?((?:Chief )?(?:Magistrate|District)[ \t]+Judge)\b/g,
  /\(([A-Z][a-z]+),\s+J\.\)/g,
  uni(/\b([Сс]удья)\s+(?:[А-ЯЁ]?[а-яё-]+\.?\s+){0,6}?([А-ЯЁ][а-яё]+\s+[А-ЯЁ]\.\s?[А-ЯЁ]\.)/gu),
  // "в составе председательствующего судьи Сабировой Л.Р.": the judge in the genitive.
  uni(/\b(председательствующ\w+\s+судьи)\s+([А-ЯЁ][а-яё]+\s+[А-ЯЁ]\.\s?[А-ЯЁ]\.)/gu),
  // "durch die Richterin am Landgericht Dr. Vollrath"
  /\b((?:Vorsitzende[r]?\s+)?Richter(?:in)?\s+am\s+(?:Amts|Land|Oberlandes|Verwaltungs)gericht)[ \t]+((?:Dr\.[ \t]+)?[A-ZÄÖÜ][\p{L}-]+(?:[ \t]+[A-ZÄÖÜ][\p{L}-]+)?)/gu,
  // An electronic signature: "assinado eletronicamente por ADRIANA VELLOSO TEIXEIRA, Juíza de Direito".
  /\b((?:[A-ZÁÉÍÓÚÂÊÔÃÕÇ]{2,}[ \t]+){1,4}[A-ZÁÉÍÓÚÂÊÔÃÕÇ]{2,}),[ \t]*(Juíza? de Direito|Juiz Federal|Juíza Federal|Jueza?|Magistrad[oa])\b/gu,
  /\b((?:Juiz|Juíza|Juez|Jueza|Richter|Richterin|juge d'instruction|Hâkim|Magistrada-Juez|Magistrado-Juez|Justice of the Peace)(?:\s+(?:de Direito|Federal))?)(?:[ \t]*:[ \t]*|[ \t]+)(?:Dra?\.[ \t]+)?((?:[A-ZÁÉÍÓÚÇ](?:[\p{L}]+|\.)[ \t]?){2,4})/gu,
  /\b(?:S\.Sª\.?\s+)?(?:Ilma\.|Ilmo\.)?\s*(?:Dña\.|D\.)\s+((?:[A-ZÁÉÍÓÚ][\p{L}]+\s?){2,4}),\s*(Magistrad[oa]-Juez|Juez[a]?)\b/gu,
]

/** The judge named in the document, as "Magistrate Judge Theresa Carroll Buchanan" / "судья Фахретдинова Е.Н.". */
export function findJudge(text: string): { label: string; start: number; end: number } | null {
  for (const re of JUDGES) {
    for (const m of text.matchAll(re)) {
      const start = m.index ?? 0
      if (m.length === 2) return { label: `${m[1]}, J.`, start, end: start + m[0].length }
      let title = (m[1] as string).trim()
      let name = (m[2] as string).trim()
      if (/Judge$|^(?:Richter|Magistrad|Juez|Juíz|Juge|Justice of)/.test(name)) {
        // name-before-title form: swap, and un-capitalize a name set in capitals
        ;[title, name] = [name, title]
        if (name === name.toUpperCase()) name = name.toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase())
      }
      if (/^(?:Order|Court|The|This)$/.test(name.split(/\s+/)[0] ?? '')) continue
      if (/^MIN/.test(title)) {
        title = 'Ministro'
        name = name.toLowerCase().replace(/(^|\s)(\p{L})/gu, (_, p: string, c: string) => p + c.toUpperCase()).replace(/\s(De|Da|Do|Dos|Das)\s/g, (w) => w.toLowerCase())
      }
      if (/^председательствующ/i.test(title)) {
        // Genitive to nominative for the usual feminine surname ending: "Сабировой" -> "Сабирова".
        name = name.replace(/^([А-ЯЁ][а-яё]+)ой(?=\s)/u, '$1а')
        title = 'Судья'
      }
      return { label: `${/^Судья$/.test(title) ? 'судья' : title} ${name}`, start, end: start + m[0].length }
    }
  }
  return null
}
