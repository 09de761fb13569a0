/**
 * Status tones: a tinted background and a dark text colour, each pair at or above 7:1 contrast
 * (WCAG AAA for small text). Tones group statuses; the words always say what they are.
 */
export type Tone = 'blue' | 'indigo' | 'amber' | 'orange' | 'purple' | 'teal' | 'green' | 'gray' | 'red'

export const TONES: Record<Tone, { bg: string; fg: string; border: string }> = {
  blue: { bg: '#e7f0fb', fg: '#174a7c', border: '#b9d0ec' },
  indigo: { bg: '#eceffd', fg: '#2b3a8f', border: '#c3cbf5' },
  amber: { bg: '#fff4d6', fg: '#6b4400', border: '#f0d48a' },
  orange: { bg: '#ffede0', fg: '#7f3505', border: '#f5c6a3' },
  purple: { bg: '#f5e9fa', fg: '#5f2173', border: '#dfc1ea' },
  teal: { bg: '#e2f5f0', fg: '#0a5441', border: '#a9ddd0' },
  green: { bg: '#e6f4ea', fg: '#1b5e2e', border: '#b2dbbd' },
  gray: { bg: '#eef0f2', fg: '#343a40', border: '#d3d7dc' },
  red: { bg: '#fdecec', fg: '#8f1a1a', border: '#f3bcbc' },
}

/** Text colours on white for deadlines. */
export const OVERDUE_TEXT = '#a61b1b'
export const SOON_TEXT = '#7f3505'
