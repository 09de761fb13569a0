import type { LetterDocument, LetterKind, RecommendedAction, TimelineEvent } from '../../api/types'

export const LETTER_KINDS: readonly { value: LetterKind; label: string; description: string }[] = [
  {
    value: 'objection',
    label: 'Objection',
    description: 'Refuse as it stands, point by point, and ask for withdrawal or a court order.',
  },
  {
    value: 'narrowing',
    label: 'Narrowing',
    description: 'Answer only the categories that may be produced; object to the rest.',
  },
  {
    value: 'clarification',
    label: 'Clarification',
    description: 'Ask the issuer to say precisely what it seeks before anything is produced.',
  },
  {
    value: 'rejection',
    label: 'Rejection',
    description: 'Decline a demand that cannot lawfully be answered.',
  },
]

export function letterKindLabel(kind: string): string {
  return LETTER_KINDS.find((k) => k.value === kind)?.label ?? kind
}

/** The letter the recommended answer calls for. */
export function defaultLetterKind(action: RecommendedAction | undefined): LetterKind {
  switch (action) {
    case 'comply_narrowed':
      return 'narrowing'
    case 'request_clarification':
      return 'clarification'
    case 'decline':
      return 'rejection'
    default:
      // object, challenge_in_court, and anything else: the objection is the usual answer.
      return 'objection'
  }
}

/** The first 12 hex digits: enough to compare by eye; the full value is in the title and the file. */
export function shortHash(sha256: string): string {
  return sha256.slice(0, 12)
}

/** "PDF" or "DOCX" for a link's text. */
export function formatName(doc: LetterDocument): string {
  if (doc.media_type === 'application/pdf' || doc.filename.toLowerCase().endsWith('.pdf')) return 'PDF'
  if (doc.filename.toLowerCase().endsWith('.docx')) return 'DOCX'
  return doc.filename.split('.').pop()?.toUpperCase() ?? 'File'
}

/** PDF first, then DOCX: the PDF is what is sent; the DOCX is for further editing outside. */
export function orderedDocuments(documents: readonly LetterDocument[]): LetterDocument[] {
  const rank = (d: LetterDocument) => (formatName(d) === 'PDF' ? 0 : formatName(d) === 'DOCX' ? 1 : 2)
  return [...documents].sort((a, b) => rank(a) - rank(b))
}

/** Ids of the documents rendered for letters (kept with the letters, not with the demand as received). */
export function letterDocumentIds(timeline: readonly TimelineEvent[]): Set<string> {
  const ids = new Set<string>()
  for (const e of timeline) {
    if (e.type !== 'letter_drafted' || !Array.isArray(e.payload.document_ids)) continue
    for (const id of e.payload.document_ids) if (typeof id === 'string') ids.add(id)
  }
  return ids
}
