/**
 * Load the flagship case into an empty installation, so a new user sees one demand handled well
 * from intake to closure. Does nothing when any demand exists (never mixes demo and real work).
 */
import type { DemandEvent } from '../../core/workflow/index.js'
import { readDemandFields } from '../demands/read-demand-fields.js'
import { sha256Hex } from '../hashing.js'
import type { Clock, DemandStore, DocumentReader, Ids } from '../ports.js'
import { FLAGSHIP_DOCUMENT, FLAGSHIP_FIELDS } from './flagship-summons.js'

export const DEMO_ACTOR = 'demo'

export async function loadFlagshipDemo(deps: {
  store: DemandStore
  clock: Clock
  ids: Ids
  /** When given, the summons is read as an upload would be, so the demo shows each field's passages. */
  reader?: DocumentReader
}): Promise<{ loaded: boolean; id?: string }> {
  if ((await deps.store.count()) > 0) return { loaded: false }
  const content = new TextEncoder().encode(FLAGSHIP_DOCUMENT)
  const document = {
    id: deps.ids.uuid(),
    filename: 'cbp-summons-alt-uscis-2017.txt',
    media_type: 'text/plain',
    content,
    sha256: sha256Hex(content),
    text: FLAGSHIP_DOCUMENT,
  }
  const e = (type: DemandEvent['type'], payload: unknown, occurred: string): DemandEvent =>
    ({ type, payload, occurred_at: occurred, actor: DEMO_ACTOR }) as DemandEvent

  const { read } = await readDemandFields(deps.reader, [{ document_id: document.id, text: document.text }], 'the summons')
  const events: DemandEvent[] = [
    e('demand_received', { fields: FLAGSHIP_FIELDS, channel: 'fax' }, '2017-03-14T12:00:00-04:00'),
    e('document_attached', { document_id: document.id, filename: document.filename, sha256: document.sha256 }, '2017-03-14T12:00:00-04:00'),
    ...(read ? [{ type: 'fields_read', payload: read.reading, occurred_at: '2017-03-14T12:00:00-04:00', actor: 'system' } satisfies DemandEvent] : []),
    e('triage_started', { note: 'Fax from CBP OPR. Production time printed on the summons is 13 March, the day before it arrived.' }, '2017-03-14T13:00:00-04:00'),
    e('sent_to_legal_review', { note: 'Administrative summons seeking to identify an anonymous, government-critical account: legal review before any response.' }, '2017-03-14T15:00:00-04:00'),
    e('note_added', { text: 'Review: 19 U.S.C. 1509 covers customs matters (entries, duties, fines, import records); identifying a critic is outside it. A summons reaches at most basic subscriber information (18 U.S.C. 2703(c)(2)); "all records regarding" asks for more. The secrecy request is not a court order under 18 U.S.C. 2705(b). The summons is not self-executing (19 CFR 163.9).' }, '2017-03-16T10:00:00-04:00'),
    e('facts_recorded', { facts: { all_records_phrasing: true, evident_purpose: 'Identify the anonymous author of @ALT_uscis, a critic of the administration\'s immigration policy', purpose_within_statute: false }, note: 'Counsel: the evident purpose is to unmask a critic, not a customs matter.' }, '2017-03-16T10:05:00-04:00'),
    e('user_notified', { channel: 'email', recipient: 'account holder of @ALT_uscis', note: 'Notified with a copy of the summons and how to find counsel. No court gag order exists. (Demo date: the notice was given in March 2017.)' }, '2017-03-17T10:00:00-04:00'),
    e('objection_sent', { grounds: 'The summons exceeds the authority of 19 U.S.C. 1509 and would unmask an anonymous critic of the government in violation of the First Amendment. No records will be produced without a court order. (In 2017 the objection was made by the complaint itself.)', finding_ids: ['ADM.SUMMONS.PURPOSE_OUTSIDE_STATUTE', 'US.SCA.SUBPOENA_REACHES_BSI_ONLY', 'SPEECH.POLITICAL.NON_JUDICIAL_PROCESS', 'ADM.SUMMONS.SECRECY_NOT_BINDING', 'AUTH.DEADLINE.BEFORE_SERVICE', 'ADM.SUMMONS.NOT_SELF_EXECUTING'] }, '2017-04-06T09:00:00-07:00'),
    e('litigation_filed', { court: 'U.S. District Court for the Northern District of California', case_number: '3:17-cv-01916', filed_on: '2017-04-06', posture: 'platform_challenge', note: 'Complaint for declaratory and injunctive relief against DHS and CBP. The ACLU represents the account holder.' }, '2017-04-06T12:00:00-07:00'),
    e('demand_withdrawn', { note: 'CBP withdrew the summons the day after the complaint was filed.' }, '2017-04-07T12:00:00-07:00'),
    e('litigation_dismissed', { case_number: '3:17-cv-01916', with_prejudice: false, note: 'Voluntary dismissal without prejudice (FRCP 41): the suit may be refiled if the summons is served again.' }, '2017-04-07T15:00:00-07:00'),
    e('demand_closed', { outcome: 'withdrawn', note: 'Closed without prejudice. Nothing was produced. Reopen if the demand is served again.' }, '2017-04-07T16:00:00-07:00'),
  ]

  const id = deps.ids.uuid()
  const committed = await deps.store.commit({
    demandId: id,
    create: { idempotency_key: null, request_hash: null },
    events,
    documents: [document],
    recordedAt: deps.clock.now().toISOString(),
  })
  if (!committed.ok) throw new Error(`The flagship demo does not fit the workflow: ${committed.error.message}`)
  return { loaded: true, id }
}
