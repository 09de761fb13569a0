/**
 * The flagship case as demo data: the 2017 CBP summons to Twitter for @ALT_uscis, with its
 * whole history. The document below is a reconstruction for the demo: the quoted request, the
 * production time and the secrecy wording follow public reporting; the layout is ours.
 */
import type { DemandFields } from '../../core/demand/index.js'

export const FLAGSHIP_FIELDS: DemandFields = {
  instrument_type: 'administrative_summons',
  issuing_authority: {
    name: 'U.S. Customs and Border Protection',
    kind: 'federal_agency',
    jurisdiction: 'US-federal',
    office: 'Office of Professional Responsibility',
    signatory: null,
  },
  reference: null,
  statutes_cited: ['19 U.S.C. 1509'],
  targets: [{ identifier: '@ALT_uscis', kind: 'handle', speech_profile: 'political', pseudonymous: true }],
  data_categories_requested: ['subscriber_identity', 'contact', 'ip_logs', 'other'],
  date_range: null,
  date_issued: '2017-03-14',
  served_at: '2017-03-14T12:00:00-04:00',
  due_at: '2017-03-13T11:45:00-04:00',
  stated_purpose:
    'Boilerplate customs purposes: ascertaining the correctness of entries, determining liability for duties, fees, fines and penalties, and ensuring compliance with the customs laws.',
  nondisclosure: {
    basis: 'request',
    expires_on: null,
    citation: 'Request in the summons not to disclose it "for an indefinite period of time"; no court order.',
  },
  emergency: false,
  summary:
    'Administrative summons (DHS Form 3115) under 19 U.S.C. 1509 to identify the anonymous, government-critical account @ALT_uscis: names, login, phone numbers, mailing addresses and IP addresses. Deadline printed as the day before it was sent; asks for indefinite secrecy.',
}

export const FLAGSHIP_DOCUMENT = `[Reconstruction for the Custodian demo. The request, the production time and the secrecy
wording follow public reporting of the summons; the layout is not the original form.]

DEPARTMENT OF HOMELAND SECURITY
U.S. Customs and Border Protection
Office of Professional Responsibility

SUMMONS
(DHS Form 3115)

To: Twitter, Inc., Attn: Custodian of Records, San Francisco, California
Sent by fax: March 14, 2017

In the matter of an investigation conducted under 19 U.S.C. § 1509.

You are hereby summoned and required to produce for inspection the records described below,
at 11:45 a.m. on March 13, 2017.

Records to be produced:
All records regarding the Twitter account @ALT_USCIS to include, User names, account login,
phone numbers, mailing addresses, and I.P. addresses.

This summons is issued for the purpose of ascertaining the correctness of any entry, for
determining the liability of any person for duty, fees and taxes, for determining liability
for fines and penalties, or for insuring compliance with the laws of the United States
administered by U.S. Customs and Border Protection.

You are requested not to disclose the existence of this summons for an indefinite period of
time. Disclosure could impede the investigation.

Failure to comply with this summons may render you liable to proceedings in a United States
District Court to enforce compliance.

Special Agent, Office of Professional Responsibility
U.S. Customs and Border Protection
`
