/** What each rule family covers, in a line (from docs/rules/README.md). */
export const FAMILIES: Record<string, { name: string; covers: string }> = {
  AUTH: {
    name: 'Authenticity',
    covers:
      'Sender domain, out-of-band verification, signature, letterhead, citations that fit, deadline sanity.',
  },
  US: {
    name: 'US process and data',
    covers:
      'The Stored Communications Act matrix, NSL limits, pen/trap and wiretap, particularity, public information.',
  },
  ADM: {
    name: 'Administrative summonses',
    covers: 'Statute and purpose, signatory rank, reasonableness, not self-executing, secrecy requests.',
  },
  SPEECH: {
    name: 'Anonymous and sensitive speech',
    covers: 'Unmasking anonymous speakers, political speech, grand juries, press, the counsel checklist.',
  },
  EDR: { name: 'Emergency requests', covers: 'Emergency disclosure requests.' },
  PRES: { name: 'Preservation', covers: 'Preservation requests under 18 U.S.C. § 2703(f).' },
  NOTICE: {
    name: 'User notice and gags',
    covers: 'User notice, gag validity, the challenge queue, delayed notice.',
  },
  XB: {
    name: 'Cross-border demands',
    covers: 'Foreign requests (MLAT, letters rogatory, CLOUD Act) and the 14-day quash window.',
  },
  DSA: { name: 'EU Digital Services Act', covers: 'Orders under Art. 9 and Art. 10 of the DSA.' },
  EE: { name: 'EU e-Evidence', covers: 'European Production and Preservation Orders.' },
  PROD: { name: 'Producing', covers: 'Delivery, integrity, costs and the decision record.' },
}

export function familyName(family: string): string {
  return FAMILIES[family.toUpperCase()]?.name ?? family.toUpperCase()
}

/** A rule id as the docs write it: FAMILY.AREA.NAME. */
export const RULE_ID = /^[A-Z]+(?:\.[A-Z0-9_]+){1,3}$/
