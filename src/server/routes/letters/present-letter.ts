/** Letter versions as API JSON: each document with the URL that downloads it (and its hash). */
import type { LetterHistory, LetterVersion } from '../../../app/letters/letter-versions.js'

export function presentLetterVersion(v: LetterVersion) {
  return { ...v, documents: v.documents.map((d) => ({ ...d, url: `/api/documents/${d.id}/content` })) }
}

export function presentLetterHistory(l: LetterHistory) {
  return { letter_id: l.letter_id, kind: l.kind, versions: l.versions.map(presentLetterVersion) }
}
