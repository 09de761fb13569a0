/**
 * Acting on a demand in the browser, the flagship case from import to closure: upload the
 * summons with its fields, see the six problems and "Notify the user now", move it to legal
 * review, notify the account holder (caught by a real SMTP sink, with the copy of the process
 * attached), draft the objection letter, edit it and check the PDF against its SHA-256, record
 * the objection on its findings, the suit, the withdrawal, the dismissal without prejudice and the
 * closure, then reopen it. Then the two-person rule for a production, and assignment.
 *
 * Like flagship.test.ts: Debian's Chromium, every request kept on the test server, screenshots in
 * .test-artifacts/screenshots/ or docs/screenshots/ with CUSTODIAN_UPDATE_SCREENSHOTS=1.
 */
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'
import { fileURLToPath } from 'node:url'
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core'
import { guardedContext, launchChromium, watchedPage } from '../_util/browser.js'
import { addStaffMember } from '../../src/app/staff/add-staff-member.js'
import { startSmtpSink, type SmtpSink } from '../_util/smtp-sink.js'
import { startTestServer } from '../_util/test-server.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const screenshotDir =
  process.env.CUSTODIAN_UPDATE_SCREENSHOTS === '1'
    ? path.join(root, 'docs', 'screenshots')
    : path.join(root, '.test-artifacts', 'screenshots')

/** The problems the 2017 Twitter complaint raised, as the engine names them. */
const SIX_PROBLEMS = [
  'ADM.SUMMONS.PURPOSE_OUTSIDE_STATUTE',
  'US.SCA.SUBPOENA_REACHES_BSI_ONLY',
  'SPEECH.POLITICAL.NON_JUDICIAL_PROCESS',
  'ADM.SUMMONS.SECRECY_NOT_BINDING',
  'AUTH.DEADLINE.BEFORE_SERVICE',
  'ADM.SUMMONS.NOT_SELF_EXECUTING',
]

/** The summons as a clerk would scan it to text: our own wording of the facts in the public record. */
const SUMMONS_FILE = 'cbp-summons-2017-03-14.txt'
const SUMMONS_TEXT = `[Test document. A retelling of the 2017 summons from public reporting, not the original form.]

U.S. DEPARTMENT OF HOMELAND SECURITY
U.S. Customs and Border Protection - Office of Professional Responsibility

ADMINISTRATIVE SUMMONS (DHS Form 3115)
Authority: 19 U.S.C. 1509

To: Twitter, Inc., Custodian of Records
Transmitted by facsimile on 14 March 2017

You are summoned to produce, at 11:45 a.m. on 13 March 2017, all records regarding the
Twitter account @ALT_USCIS, including user names, account login, phone numbers, mailing
addresses and I.P. addresses.

Purpose: to ascertain the correctness of entries, to determine liability for duties, fees,
fines and penalties, and to ensure compliance with the laws administered by CBP.

Please do not disclose the existence of this summons for an indefinite period of time.

Failure to comply may lead to proceedings in a United States District Court to compel it.

Special Agent, Office of Professional Responsibility
`

function isoDatePlusDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)
}

describe('acting on the flagship demand in the browser', () => {
  let sink: SmtpSink
  let server: Awaited<ReturnType<typeof startTestServer>>
  let browser: Browser
  let context: BrowserContext
  let page: Page
  const strayRequests: string[] = []
  const pageErrors: string[] = []
  const lawyer = { email: 'counsel@custodian.local', password: 'e2e-counsel-password-0001' }
  let flowStarted = 0

  const newContext = () => guardedContext(browser, server.url, strayRequests, { viewport: { width: 1280, height: 900 }, acceptDownloads: true })

  const openPage = (ctx: BrowserContext) => watchedPage(ctx, pageErrors)

  async function signIn(p: Page, who: { email: string; password: string }) {
    await p.goto(`${server.url}/login`)
    await p.getByLabel('Email').fill(who.email)
    await p.getByLabel('Password', { exact: true }).fill(who.password)
    await p.getByRole('button', { name: 'Sign in' }).click()
    await p.getByRole('heading', { name: 'Queue', level: 1 }).waitFor()
  }

  const actions = (p: Page) => p.getByRole('region', { name: 'Actions' })
  const state = (p: Page, label: string) => p.getByTestId('demand-state').filter({ hasText: label }).waitFor()

  /** Opens an action's form from the Actions panel and returns its dialog. */
  async function openAction(p: Page, verb: string) {
    await actions(p).getByRole('button', { name: verb, exact: true }).click()
    const dialog = p.getByRole('dialog', { name: verb })
    await dialog.waitFor()
    return dialog
  }

  async function choose(p: Page, scope: Locator, combobox: string, option: string) {
    await scope.getByRole('combobox', { name: combobox, exact: true }).click()
    await p.getByRole('option', { name: option, exact: true }).click()
  }

  before(async () => {
    sink = await startSmtpSink()
    server = await startTestServer({ smtpUrl: sink.url, organisation: 'Example Social' })
    const added = await addStaffMember(server.ctx, { ...lawyer, name: 'Counsel', role: 'legal' })
    assert.ok(added.ok, 'the lawyer account is created')
    browser = await launchChromium()
    context = await newContext()
    page = await openPage(context)
    mkdirSync(screenshotDir, { recursive: true })
  })

  after(async () => {
    await context?.close()
    await browser?.close()
    await server?.close()
    await sink?.close()
  })

  let demandPath = ''

  it('signs in and records the summons from an uploaded file with its fields', async () => {
    flowStarted = performance.now()
    await signIn(page, server.admin)
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'New demand' }).click()
    await page.getByRole('heading', { name: 'New demand', level: 1 }).waitFor()

    await page.getByText('Upload a file', { exact: true }).click()
    await page.locator('input[type="file"]').setInputFiles({
      name: SUMMONS_FILE,
      mimeType: 'text/plain',
      buffer: Buffer.from(SUMMONS_TEXT, 'utf8'),
    })
    await page.getByText(SUMMONS_FILE).waitFor()

    const form = page.locator('form')
    await choose(page, form, 'Instrument', 'Administrative summons')
    await page.getByLabel('Issuing authority').fill('U.S. Customs and Border Protection')
    await choose(page, form, 'Authority kind', 'Federal agency')
    await page.getByLabel('Jurisdiction').fill('US-federal')
    await page.getByLabel('Statutes cited').fill('19 U.S.C. 1509')
    await page
      .getByLabel('Stated purpose')
      .fill(
        'Correctness of entries; liability for duties, fees, fines and penalties; compliance with customs laws.',
      )
    await page.getByLabel('Date issued').fill('2017-03-14')
    await page.getByLabel('Served at').fill('2017-03-14T12:00')
    await page.getByLabel('Due at').fill('2017-03-13T11:45')

    await page.getByRole('button', { name: 'Add a target' }).click()
    await page.getByLabel('Target 1: identifier').fill('@ALT_uscis')
    const target = page.getByRole('group', { name: 'Target 1' })
    await choose(page, target, 'Speech profile', 'Political')
    await target.getByRole('checkbox', { name: 'Pseudonymous' }).check()

    for (const category of [
      'Subscriber identity (name, username, account login)',
      'Contact details (email, phone, mailing address)',
      'IP addresses and logs',
      'Other records',
    ]) {
      await page.getByRole('checkbox', { name: category, exact: true }).check()
    }
    await choose(page, form, 'Basis', 'Mere request (not binding by itself)')
    await page
      .getByLabel('Citation')
      .fill('Asks not to disclose the summons "for an indefinite period of time"')
    await page.getByRole('button', { name: 'Record demand' }).click()

    await page.waitForURL(/\/demands\/[0-9a-f-]+$/)
    demandPath = new URL(page.url()).pathname
    await state(page, 'Received')
    assert.match(await page.getByTestId('demand-instrument').innerText(), /Administrative summons/)
    assert.match(
      await page.locator('pre.document-text').innerText(),
      /all records regarding the\s+Twitter account @ALT_USCIS/,
    )
    const details = await page.getByRole('region', { name: 'Details' }).innerText()
    assert.match(details, /19 U\.S\.C\. 1509/)
    assert.match(details, /Pseudonymous account/)
    assert.match(details, /No end date given \(indefinite\)/)
  })

  it('shows each field read from the summons beside it, marking the passages it was read from', async () => {
    const reading = page.getByRole('list', { name: 'Fields read from the documents' })
    await reading.waitFor()
    const targets = reading.getByRole('button', { name: /^Targets: / })
    assert.match(await targets.innerText(), /@ALT_USCIS/i)
    assert.equal(await page.locator('mark.passage[data-active="true"]').count(), 0, 'nothing is chosen yet')

    await targets.click()
    assert.equal(await targets.getAttribute('aria-pressed'), 'true')
    const marked = page.locator('mark.passage[data-active="true"]')
    await marked.first().waitFor()
    const texts = await marked.allInnerTexts()
    assert.ok(texts.some((t) => /@ALT_USCIS/i.test(t)), texts.join(' | '))
    // Scrolled into view, inside the document's own scroll area and the window.
    await page.waitForFunction(
      `(() => {
        const mark = document.querySelector('mark.passage[data-active="true"]')
        const area = mark?.closest('.mantine-ScrollArea-viewport')
        if (!mark || !area) return false
        const m = mark.getBoundingClientRect()
        const a = area.getBoundingClientRect()
        return m.top >= a.top && m.bottom <= a.bottom && m.top >= 0 && m.bottom <= window.innerHeight
      })()`,
      undefined,
      { timeout: 5000 },
    )

    // Another field: its passages are marked instead, and the deadline is read as printed.
    await reading.getByRole('button', { name: /^Statutes cited: / }).click()
    assert.ok((await marked.allInnerTexts()).some((t) => /1509/.test(t)))
    assert.ok(!(await marked.allInnerTexts()).some((t) => /@ALT_USCIS/i.test(t)))
    assert.match(await reading.getByRole('button', { name: /^Response deadline: / }).innerText(), /13 Mar 2017, 11:45/)
    await page.getByRole('region', { name: 'Document', exact: true }).screenshot({ path: path.join(screenshotDir, 'reading.png') })
    await reading.getByRole('button', { name: /^Statutes cited: / }).click()
    assert.equal(await marked.count(), 0, 'choosing the field again clears the marks')
  })

  it('shows the six problems and "Notify the user now"', async () => {
    await page.getByTestId('recommendation').waitFor()
    for (const id of SIX_PROBLEMS) {
      const card = page.locator(`[data-testid="finding"][data-rule-id="${id}"]`)
      assert.ok(await card.isVisible(), `${id} is shown`)
      assert.match(await card.getByTestId('finding-outcome').innerText(), /Fails|Needs review/)
    }
    assert.match(await page.getByTestId('recommendation-action').innerText(), /^(Object|Challenge in court)$/)
    assert.match(await page.getByTestId('notice-decision').innerText(), /Notify the user now/)
    assert.match(await page.getByTestId('notify-decision').innerText(), /Notify the user now/)
  })

  it('moves the demand through triage to legal review', async () => {
    let dialog = await openAction(page, 'Start triage')
    await dialog.getByLabel('Note').fill('Faxed summons; the production time is the day before it arrived.')
    await dialog.getByRole('button', { name: 'Start triage' }).click()
    await state(page, 'Triage')
    dialog = await openAction(page, 'Send to legal review')
    await dialog.getByRole('button', { name: 'Send to legal review' }).click()
    await state(page, 'Legal review')
  })

  it('notifies the account holder, caught by the SMTP sink with the summons attached', async () => {
    const panel = page.getByRole('region', { name: 'Notify the user' })
    await panel.getByLabel('Recipient e-mail').fill('holder@example.test')
    await panel.getByRole('radio', { name: 'English' }).check()
    // The respond-on date starts at the due date; that date has passed, and the form says so.
    const respondOn = panel.getByLabel('We respond on or after')
    assert.equal(await respondOn.inputValue(), '2017-03-13')
    await panel.getByTestId('respond-on-past').waitFor()
    const respond = isoDatePlusDays(14)
    await respondOn.fill(respond)
    await panel.getByTestId('respond-on-past').waitFor({ state: 'detached' })
    await panel.getByRole('button', { name: 'Send the notice' }).click()
    await panel.getByRole('status').filter({ hasText: 'Notice to holder@example.test queued.' }).waitFor()

    // The worker sends it; the page reads the demand again until the timeline says so.
    const item = panel.getByTestId('notice-item').filter({ hasText: 'holder@example.test' })
    await item.and(page.locator('[data-status="sent"]')).waitFor({ timeout: 20_000 })
    const shownId = await item.getByTestId('notice-message-id').innerText()

    const [mail] = await sink.waitFor(1)
    assert.ok(mail, 'the sink caught the notice')
    assert.equal(sink.messages.length, 1, 'sent once')
    assert.equal(mail.to && 'text' in mail.to ? mail.to.text : '', 'holder@example.test')
    assert.match(mail.subject ?? '', /^Example Social: legal demand for information about your account/)
    assert.match(mail.text ?? '', /@ALT_uscis/)
    assert.match(mail.text ?? '', new RegExp(respond))
    assert.equal(mail.messageId, shownId, 'the Message-ID on screen is the one sent')
    const copy = mail.attachments.find((a) => a.filename === SUMMONS_FILE)
    assert.ok(
      copy,
      `the copy of the process is attached: ${mail.attachments.map((a) => a.filename).join(', ')}`,
    )
    assert.equal(copy.content.toString('utf8'), SUMMONS_TEXT)
    assert.equal(mail.attachments.length, 1, 'only the process, nothing else')

    assert.match(
      await item.innerText(),
      new RegExp(`Read the notice: ${mail.subject?.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
    )
    const timeline = await page.getByTestId('timeline').innerText()
    assert.match(timeline, /User notice queued[\s\S]*Recipient\s+holder@example\.test[\s\S]*Sends\s+At once/)
    assert.match(timeline, /User notified[\s\S]*Message-ID\s+</)
    await page
      .getByRole('region', { name: 'Details' })
      .getByText(/User notified/)
      .waitFor()
  })

  it('drafts the objection letter, edits it into a new version, and checks the PDF against its SHA-256', async () => {
    const panel = page.getByRole('region', { name: 'Letters' })
    assert.equal(await panel.getByRole('combobox', { name: 'Kind of letter' }).inputValue(), 'Objection')
    await panel.getByRole('button', { name: 'Draft the letter' }).click()
    await panel.getByRole('status').filter({ hasText: 'Objection letter drafted (version 1).' }).waitFor()

    const letter = panel.getByTestId('letter').filter({ hasText: 'Objection letter' })
    const text = letter.getByLabel('Text of the letter (version 1)')
    await text.waitFor()
    const drafted = await text.inputValue()
    assert.match(drafted, /Example Social/)
    assert.match(drafted, /@ALT_uscis/)
    assert.match(drafted, /We object to the demand/)
    assert.match(drafted, /Dear Sir or Madam,/)

    await text.fill(drafted.replace('Dear Sir or Madam,', 'Dear Special Agent,'))
    await letter.getByRole('button', { name: 'Save as new version' }).click()
    await letter
      .getByRole('status')
      .filter({ hasText: 'Saved as version 2. Version 1 is kept as it was.' })
      .waitFor()
    await letter.getByLabel('Text of the letter (version 2)').waitFor()
    assert.match(
      await letter.getByLabel('Text of the letter (version 2)').inputValue(),
      /Dear Special Agent,/,
    )

    const rows = letter.getByTestId('letter-version')
    assert.equal(await rows.count(), 2, 'both versions are listed: nothing was overwritten')
    const v2 = letter.locator('[data-testid="letter-version"][data-version="2"]')
    const v1 = letter.locator('[data-testid="letter-version"][data-version="1"]')
    assert.match(await v2.innerText(), /\(edited\)/)
    assert.match(await v1.innerText(), /\(as drafted\)/)

    const sha = v2.locator('[data-testid="letter-sha256"][data-format="PDF"]')
    const fullHash = (await sha.getAttribute('data-sha256')) ?? ''
    const shortShown = (await sha.innerText()).replace('…', '')
    assert.match(fullHash, /^[0-9a-f]{64}$/)
    assert.ok(fullHash.startsWith(shortShown) && shortShown.length >= 12, `${shortShown} begins ${fullHash}`)
    assert.equal(await sha.getAttribute('title'), `SHA-256 ${fullHash}`)

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      v2.locator('[data-testid="letter-download"][data-format="PDF"]').click(),
    ])
    const bytes = readFileSync(await download.path())
    assert.equal(bytes.subarray(0, 5).toString('latin1'), '%PDF-')
    assert.equal(
      createHash('sha256').update(bytes).digest('hex'),
      fullHash,
      'the PDF is the file whose hash is shown',
    )
    assert.match(download.suggestedFilename(), /objection-letter-v2\.pdf$/)

    // Version 1's PDF is still there, unchanged, with its own hash.
    const v1Hash = await v1
      .locator('[data-testid="letter-sha256"][data-format="PDF"]')
      .getAttribute('data-sha256')
    assert.notEqual(v1Hash, fullHash)
    const timeline = await page.getByTestId('timeline').innerText()
    assert.match(
      timeline,
      /Letter drafted[\s\S]*Objection letter, version 1[\s\S]*Letter drafted[\s\S]*Objection letter, version 2 \(edited\)/,
    )
    assert.match(timeline, /objection-letter-v2\.pdf \(SHA-256 [0-9a-f]{12}…\)/)
  })

  it('records the objection on its findings, the suit, the withdrawal, the dismissal and the closure, then reopens', async () => {
    let dialog = await openAction(page, 'Record objection sent')
    const findings = dialog.getByTestId('findings-field')
    // The failing findings are chosen; the open questions the grounds rely on are added.
    for (const id of [
      'SPEECH.POLITICAL.NON_JUDICIAL_PROCESS',
      'ADM.SUMMONS.SECRECY_NOT_BINDING',
      'AUTH.DEADLINE.BEFORE_SERVICE',
    ]) {
      assert.ok(
        await findings
          .getByRole('checkbox', { name: new RegExp(`^${id.replace(/\./g, '\\.')}:`) })
          .isChecked(),
        `${id} chosen`,
      )
    }
    for (const id of SIX_PROBLEMS) {
      await findings.getByRole('checkbox', { name: new RegExp(`^${id.replace(/\./g, '\\.')}:`) }).check()
    }
    await dialog
      .getByLabel('Grounds of the objection')
      .fill(
        'The summons exceeds 19 U.S.C. 1509 and would unmask an anonymous critic of the government. Nothing will be produced without a court order.',
      )
    await dialog.getByRole('button', { name: 'Record objection sent' }).click()
    await state(page, 'Objected')

    dialog = await openAction(page, 'Record litigation filed')
    await dialog.getByLabel('Court').fill('U.S. District Court for the Northern District of California')
    await dialog.getByLabel('Case number').fill('3:17-cv-01916')
    await dialog.getByLabel('Filed on').fill('2017-04-06')
    await choose(page, dialog, 'Posture', 'Platform challenge')
    await dialog.getByRole('button', { name: 'Record litigation filed' }).click()
    await state(page, 'In litigation')

    dialog = await openAction(page, 'Record withdrawal by issuer')
    await dialog.getByLabel('Note (optional)').fill('CBP withdrew the summons the day after the complaint.')
    await dialog.getByRole('button', { name: 'Record withdrawal by issuer' }).click()
    await state(page, 'Withdrawn')

    dialog = await openAction(page, 'Record litigation dismissed')
    await dialog.getByLabel('Case number').fill('3:17-cv-01916')
    assert.equal(await dialog.getByRole('checkbox', { name: 'Dismissed with prejudice' }).isChecked(), false)
    await dialog.getByRole('button', { name: 'Record litigation dismissed' }).click()
    await page.getByRole('status').filter({ hasText: 'Recorded: Litigation dismissed' }).waitFor()

    dialog = await openAction(page, 'Close the matter')
    await choose(page, dialog, 'Outcome', 'Withdrawn')
    await dialog.getByRole('button', { name: 'Close the matter' }).click()
    await state(page, 'Closed')
    const details = await page.getByRole('region', { name: 'Details' }).innerText()
    assert.match(details, /Dismissed without prejudice/)
    assert.match(details, /Outcome\s+Withdrawn/)

    dialog = await openAction(page, 'Reopen the matter')
    await dialog.getByLabel('Why the demand is reopened').fill('The summons was served again.')
    await dialog.getByRole('button', { name: 'Reopen the matter' }).click()
    await state(page, 'Triage')
    const seconds = (performance.now() - flowStarted) / 1000
    console.log(`# acting flow (sign-in to reopened, through the UI): ${seconds.toFixed(1)} s`)

    const timeline = await page.getByTestId('timeline').innerText()
    assert.match(
      timeline,
      /Objection sent[\s\S]*Findings it rests on\s+[^\n]*ADM\.SUMMONS\.PURPOSE_OUTSIDE_STATUTE/,
    )
    for (const id of SIX_PROBLEMS) assert.ok(timeline.includes(id), `the objection rests on ${id}`)
    assert.match(
      timeline,
      /Litigation filed[\s\S]*Court\s+U\.S\. District Court for the Northern District of California\s+Case number\s+3:17-cv-01916\s+Filed on\s+6 Apr 2017\s+Posture\s+Platform challenge/,
    )
    assert.match(
      timeline,
      /Litigation dismissed\s[\s\S]*Case number\s+3:17-cv-01916\s+Dismissed with prejudice\s+No/,
    )
    assert.match(timeline, /Matter closed[\s\S]*Outcome\s+Withdrawn[\s\S]*Matter reopened[\s\S]*served again/)

    // After a reload, everything is still there.
    await page.reload()
    await state(page, 'Triage')
    await page
      .getByRole('region', { name: 'Notify the user' })
      .getByTestId('notice-item')
      .and(page.locator('[data-status="sent"]'))
      .waitFor()
    assert.equal(await page.getByRole('region', { name: 'Letters' }).getByTestId('letter-version').count(), 2)
    // The documents panel keeps the demand as received; the letters' files stay with the letters.
    assert.equal(await page.getByRole('region', { name: 'Document', exact: true }).count(), 1)

    await page.setViewportSize({ width: 1280, height: 1300 })
    const region = await page.getByRole('region', { name: 'Notify the user' }).boundingBox()
    await page.evaluate(`window.scrollBy(0, ${Math.round((region?.y ?? 76) - 76)})`)
    await page.screenshot({ path: path.join(screenshotDir, 'acting.png') })
    await page.setViewportSize({ width: 1280, height: 900 })
  })

  it('holds a production to two people, and assigns the demand', async () => {
    const created = await page.request.post(`${server.url}/api/demands`, {
      headers: { 'Idempotency-Key': 'e2e-acting-production-0001' },
      data: {
        fields: {
          instrument_type: 'search_warrant',
          issuing_authority: {
            name: 'U.S. District Court, District of Example',
            kind: 'court',
            jurisdiction: 'US-federal',
          },
          targets: [{ identifier: '@production_e2e', kind: 'handle' }],
          data_categories_requested: ['subscriber_identity'],
        },
        channel: 'email',
      },
    })
    assert.equal(created.status(), 201)
    const id = ((await created.json()) as { id: string }).id
    for (const type of ['triage_started', 'sent_to_legal_review']) {
      const res = await page.request.post(`${server.url}/api/demands/${id}/events`, {
        data: { type, payload: {} },
      })
      assert.equal(res.status(), 201, await res.text())
    }
    await page.goto(`${server.url}/demands/${id}`)
    await state(page, 'Legal review')
    const production = page.getByRole('region', { name: 'Production' })
    await production.getByText(/two-person rule/).waitFor()

    let dialog = await openAction(page, 'Prepare production for approval')
    await dialog.getByRole('button', { name: 'Prepare production for approval' }).click()
    await dialog.getByText('Choose at least one: data categories to produce').waitFor()
    await dialog
      .getByRole('checkbox', { name: 'Subscriber identity (name, username, account login)' })
      .check()
    await dialog.getByRole('button', { name: 'Prepare production for approval' }).click()
    await page.getByRole('status').filter({ hasText: 'Recorded: Production prepared for approval' }).waitFor()
    assert.match(
      await production.getByTestId('production-prepared').innerText(),
      /Prepared by Administrator \(you\)/,
    )
    assert.match(await production.innerText(), /Awaiting approval[\s\S]*cannot approve it/)
    assert.match(
      await page.getByTestId('timeline').innerText(),
      /Production prepared for approval[\s\S]*Subscriber identity/,
    )

    // The one who prepared it cannot approve it: refused, and explained.
    dialog = await openAction(page, 'Approve production')
    await dialog.getByRole('button', { name: 'Approve production' }).click()
    const refusal = dialog.getByRole('alert')
    await refusal.waitFor()
    assert.match(
      await refusal.innerText(),
      /Two-person rule: Administrator \(you\) prepared this production, so a different person must approve it/,
    )
    await dialog.getByRole('button', { name: 'Cancel' }).click()
    await state(page, 'Legal review')

    // Assign it to counsel, who approves it.
    dialog = await openAction(page, 'Assign')
    await choose(page, dialog, 'Assign to', 'Counsel (legal)')
    await dialog.getByRole('button', { name: 'Assign' }).click()
    await page.getByTestId('demand-assignee').filter({ hasText: 'Counsel' }).waitFor()
    assert.match(await page.getByTestId('timeline').innerText(), /Assigned\s[\s\S]*Assigned to\s+Counsel/)

    const lawyerContext = await newContext()
    try {
      const p = await openPage(lawyerContext)
      await signIn(p, lawyer)
      await p.goto(`${server.url}/demands/${id}`)
      await p.getByTestId('demand-assignee').filter({ hasText: 'Counsel (you)' }).waitFor()
      const d = await openAction(p, 'Approve production')
      await d.getByRole('button', { name: 'Approve production' }).click()
      await state(p, 'Approved')
      assert.match(
        await p.getByRole('region', { name: 'Production' }).getByTestId('production-approved').innerText(),
        /Approved\s+by Counsel \(you\)/,
      )
    } finally {
      await lawyerContext.close()
    }
    await page.reload()
    await production
      .getByTestId('production-approved')
      .filter({ hasText: /Approved\s+by Counsel,/ })
      .waitFor()
    assert.match(
      await production.getByTestId('production-prepared').innerText(),
      /Prepared by Administrator \(you\)/,
    )
  })

  it('explains a notice barred by a gag, and the refusals the server can give', async () => {
    // A court's nondisclosure order with no end date: no form, and the reason.
    const created = await page.request.post(`${server.url}/api/demands`, {
      headers: { 'Idempotency-Key': 'e2e-acting-gag-0001' },
      data: {
        fields: {
          instrument_type: 'court_order_2703d',
          issuing_authority: {
            name: 'U.S. District Court, District of Example',
            kind: 'court',
            jurisdiction: 'US-federal',
          },
          targets: [{ identifier: '@gagged_e2e', kind: 'handle' }],
          data_categories_requested: ['subscriber_identity'],
          nondisclosure: { basis: 'court_order', expires_on: null, citation: '18 U.S.C. 2705(b)' },
        },
      },
    })
    assert.equal(created.status(), 201)
    await page.goto(`${server.url}/demands/${((await created.json()) as { id: string }).id}`)
    const gagged = page.getByRole('region', { name: 'Notify the user' })
    await gagged.getByTestId('notify-decision').filter({ hasText: 'No notice to the user' }).waitFor()
    assert.match(
      await gagged.getByTestId('notice-barred').innerText(),
      /No notice can be sent while the order stands/,
    )
    assert.equal(await gagged.getByRole('button', { name: 'Send the notice' }).count(), 0)

    // What the server answers when a gag was recorded meanwhile, or mail is not configured
    // (this server has mail, so a stub gives those answers).
    await page.goto(`${server.url}${demandPath}`)
    const panel = page.getByRole('region', { name: 'Notify the user' })
    const problems = [
      {
        status: 409,
        code: 'NOTICE_BARRED',
        title: 'Notice is barred',
        detail: 'The user cannot be notified: a court order forbids it.',
      },
      {
        status: 503,
        code: 'MAIL_NOT_CONFIGURED',
        title: 'Outgoing mail is not configured',
        detail: 'Set CUSTODIAN_SMTP_URL.',
      },
    ]
    await panel.getByRole('button', { name: 'Notify another address' }).click()
    for (const problem of problems) {
      await page.route('**/api/demands/*/notices', (route) =>
        route.fulfill({
          status: problem.status,
          contentType: 'application/problem+json',
          body: JSON.stringify(problem),
        }),
      )
      await panel.getByLabel('Recipient e-mail').fill('second@example.test')
      await panel.getByRole('button', { name: 'Send the notice' }).click()
      const alert = panel.getByRole('alert')
      if (problem.code === 'NOTICE_BARRED') {
        await alert.filter({ hasText: 'Notice is barred' }).waitFor()
        assert.match(await alert.innerText(), /a court order forbids it[\s\S]*Nothing was sent/)
      } else {
        await alert.filter({ hasText: 'Outgoing mail is not set up' }).waitFor()
        assert.match(await alert.innerText(), /CUSTODIAN_SMTP_URL[\s\S]*Record user notified/)
      }
      await page.unroute('**/api/demands/*/notices')
    }
    assert.equal(sink.messages.length, 1, 'nothing more was sent')
  })

  it('made no request outside the test server and logged no script error', () => {
    assert.deepEqual(strayRequests, [])
    assert.deepEqual(pageErrors, [])
  })
})
