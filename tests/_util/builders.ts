/** Builders for demand payloads: valid by default, override what the test is about. */
export function demandFields(overrides: Record<string, unknown> = {}) {
  return {
    instrument_type: 'grand_jury_subpoena',
    issuing_authority: { name: 'United States District Court, Example District', kind: 'grand_jury', jurisdiction: 'US-federal' },
    statutes_cited: ['18 U.S.C. 2703(c)(2)'],
    targets: [{ identifier: 'example-user', kind: 'handle', speech_profile: 'unknown', pseudonymous: false }],
    data_categories_requested: ['subscriber_identity'],
    date_issued: '2026-11-01',
    due_at: '2026-12-01T17:00:00Z',
    summary: 'Test subpoena',
    ...overrides,
  }
}
