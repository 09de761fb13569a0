/**
 * Data categories: what a demand asks for, in the corpus vocabulary. The law draws its lines
 * between these (basic subscriber information, other non-content records, content), so every
 * rule about "which process reaches which data" is written against this list.
 */
export const DATA_CATEGORIES = [
  'subscriber_identity',
  'contact',
  'ip_logs',
  'payment',
  'device',
  'non_content_metadata',
  'content',
  'location',
  'other',
] as const

export type DataCategory = (typeof DATA_CATEGORIES)[number]

export const DATA_CATEGORY_LABELS: Record<DataCategory, string> = {
  subscriber_identity: 'Subscriber identity (name, username, account login)',
  contact: 'Contact details (email, phone, mailing address)',
  ip_logs: 'IP addresses and logs',
  payment: 'Means and source of payment',
  device: 'Device identifiers',
  non_content_metadata: 'Other non-content records',
  content: 'Contents of communications',
  location: 'Location data',
  other: 'Other records',
}

export function isDataCategory(value: unknown): value is DataCategory {
  return typeof value === 'string' && (DATA_CATEGORIES as readonly string[]).includes(value)
}
