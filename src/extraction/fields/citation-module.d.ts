// The `citation` package (unitedstates/citation) is CommonJS without types; this is the part we use.
declare module 'citation' {
  type UscHit = { title: string; section: string; subsections: string[] }
  type CfrHit = { title: string; part: string; section: string; subsections: string[] }
  type LawHit = { type: string; congress: string; number: string }
  type Found = { match: string; index: number; type: string; usc?: UscHit; cfr?: CfrHit; law?: LawHit }
  const Citation: { find(text: string, options?: { excerpt?: number; types?: string[] }): { citations: Found[] } }
  export default Citation
}
