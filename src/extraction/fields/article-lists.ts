/**
 * Article numbers as lists: "179 - 180, 265.5,293", "15.1, 15.3", "15.1-15.3", "8/A". A short
 * range of whole numbers is expanded (179-180 cites both); a range of decimal articles keeps its
 * two ends, since "arts. 15.1-15.3" in a signature names a chapter rather than each article.
 */
export const ARTICLE_NUMBER = String.raw`\d+(?:\.\d+)*(?:\/[A-Za-z]|[a-z](?![a-z]))?(?:\s*[º°])?`
export const ARTICLE_LIST = String.raw`${ARTICLE_NUMBER}(?:\s*(?:-|–|—|,|и|и\s|and|et|und|y|e)\s*${ARTICLE_NUMBER})*`

export function parseArticleList(raw: string): string[] {
  const out: string[] = []
  const tokens = raw.split(/\s*(,|и|and|et|und|y|e)\s*/u).filter((t) => t && !/^(?:,|и|and|et|und|y|e)$/u.test(t))
  for (const token of tokens) {
    const range = /^(\S+?)\s*[-–—]\s*(\S+)$/u.exec(token.trim())
    if (range) {
      const a = (range[1] as string).replace(/[º°\s]/g, '')
      const b = (range[2] as string).replace(/[º°\s]/g, '')
      if (/^\d+$/.test(a) && /^\d+$/.test(b) && Number(b) > Number(a) && Number(b) - Number(a) <= 10) {
        for (let n = Number(a); n <= Number(b); n++) out.push(String(n))
      } else if (/^\d{2,}$/.test(a) && /^\d$/.test(b) && !/\s/.test(range[0] as string)) {
        // "156-1": an article inserted after 156 (Ukraine, Russia), not a range back to 1.
        out.push(`${a}-${b}`)
      } else {
        out.push(a, b)
      }
      continue
    }
    const one = token.trim().replace(/\s+(?=[º°])/g, '')
    if (one) out.push(one)
  }
  return [...new Set(out)]
}
