/**
 * Judging demands in the browser: the flagship summons's assessment (its six problems with their
 * citations, the recommended answer, notice now), a finding's link to its rule page, the counsel
 * checklist; a fact recorded on a new demand changing a finding, a field corrected; and the
 * operator policy changed by an administrator with a note, seen in the history, and read-only
 * for a lawyer.
 *
 * Like flagship.test.ts: Debian's Chromium, every request kept on the test server, screenshots in
 * .test-artifacts/screenshots/ or docs/screenshots/ with CUSTODIAN_UPDATE_SCREENSHOTS=1.
 */
import assert from 'node:assert/strict'
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'
import { fileURLToPath } from 'node:url'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { guardedContext, launchChromium, watchedPage } from '../_util/browser.js'
import { addStaffMember } from '../../src/app/staff/add-staff-member.js'
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

type ApiFinding = { rule_id: string; outcome: string; citation: string }

describe('judging demands in the browser', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>
  let browser: Browser
  let context: BrowserContext
  let page: Page
  const strayRequests: string[] = []
  const pageErrors: string[] = []
  const lawyer = { email: 'counsel@custodian.local', password: 'e2e-counsel-password-0001' }

  const newContext = () => guardedContext(browser, server.url, strayRequests, {})

  const openPage = (ctx: BrowserContext) => watchedPage(ctx, pageErrors)

  async function signIn(p: Page, who: { email: string; password: string }) {
    await p.goto(`${server.url}/login`)
    await p.getByLabel('Email').fill(who.email)
    await p.getByLabel('Password', { exact: true }).fill(who.password)
    await p.getByRole('button', { name: 'Sign in' }).click()
    await p.getByRole('heading', { name: 'Queue', level: 1 }).waitFor()
  }

  const finding = (p: Page, ruleId: string) => p.locator(`[data-testid="finding"][data-rule-id="${ruleId}"]`)

  before(async () => {
    server = await startTestServer()
    const added = await addStaffMember(server.ctx, { ...lawyer, name: 'Counsel', role: 'legal' })
    assert.ok(added.ok, 'the lawyer account is created')
    browser = await launchChromium()
    context = await newContext()
    page = await openPage(context)
    mkdirSync(screenshotDir, { recursive: true })
    await signIn(page, server.admin)
  })

  after(async () => {
    await context?.close()
    await browser?.close()
    await server?.close()
  })

  let flagshipPath = ''

  it('shows the flagship assessment: six problems with citations, object, notify now', async () => {
    await page.getByTestId('queue-row').filter({ hasText: 'U.S. Customs and Border Protection' }).click()
    await page.waitForURL(/\/demands\/[0-9a-f-]+$/)
    flagshipPath = new URL(page.url()).pathname
    await page.getByTestId('recommendation').waitFor()

    const api = await page.request.get(`${server.url}/api${flagshipPath}`)
    const findings = ((await api.json()) as { assessment: { findings: ApiFinding[] } }).assessment.findings
    for (const id of SIX_PROBLEMS) {
      const card = finding(page, id)
      assert.ok(await card.isVisible(), `${id} is shown without opening anything`)
      const text = await card.innerText()
      const expected = findings.find((f) => f.rule_id === id)
      assert.ok(expected && expected.outcome !== 'pass', `${id} is a problem or an open question`)
      assert.ok(text.includes(expected.citation), `${id} shows its citation: ${text}`)
      assert.match(text, /Fails|Needs review/)
      assert.match(text, /Law|Policy/)
    }
    assert.match(
      await finding(page, 'ADM.SUMMONS.PURPOSE_OUTSIDE_STATUTE').innerText(),
      /19 U\.S\.C\. § 1509/,
    )

    assert.match(await page.getByTestId('recommendation-action').innerText(), /^(Object|Challenge in court)$/)
    assert.match(
      await page.getByTestId('recommendation').innerText(),
      /ADM\.SUMMONS\.PURPOSE_OUTSIDE_STATUTE/,
    )
    assert.equal(await page.getByTestId('recommendation-provisional').innerText(), 'Provisional')
    assert.match(await page.getByTestId('notice-decision').innerText(), /Notify the user now/)

    // Checks that passed are folded away until asked for.
    const passed = page.getByTestId('checks-passed')
    assert.match(await passed.locator('summary').innerText(), /Checks passed \(\d+\)/)
    const aPass = passed.getByTestId('finding').first()
    assert.equal(await aPass.isVisible(), false)
    await passed.locator('summary').click()
    await aPass.waitFor()
    assert.match(await aPass.innerText(), /Passes/)

    await page.setViewportSize({ width: 1280, height: 1000 })
    const region = await page.getByRole('region', { name: 'Assessment' }).boundingBox()
    await page.evaluate(`window.scrollBy(0, ${Math.round((region?.y ?? 76) - 76)})`)
    await page.screenshot({ path: path.join(screenshotDir, 'assessment.png') })
    await page.setViewportSize({ width: 1280, height: 800 })
  })

  it("follows a finding's link to its rule, on its family's page", async () => {
    await finding(page, 'ADM.SUMMONS.PURPOSE_OUTSIDE_STATUTE').getByTestId('finding-rule-link').click()
    await page.waitForURL(
      (url) => url.pathname === '/rules/adm' && url.hash === '#ADM.SUMMONS.PURPOSE_OUTSIDE_STATUTE',
    )
    await page.getByRole('heading', { level: 1, name: /ADM: administrative summonses/ }).waitFor()
    const row = page.locator('tr[id="ADM.SUMMONS.PURPOSE_OUTSIDE_STATUTE"]')
    await row.waitFor()
    await page.waitForFunction("document.activeElement?.id === 'ADM.SUMMONS.PURPOSE_OUTSIDE_STATUTE'")
    const box = await row.boundingBox()
    assert.ok(box && box.y >= 60 && box.y < 800, `the rule is scrolled into view below the header: ${box?.y}`)
    assert.match(await row.innerText(), /The purpose is one the summons statute serves/)
    assert.match((await row.getAttribute('class')) ?? '', /rule-row-target/)

    // The catalogue, from the header.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Rules' }).click()
    await page.getByRole('heading', { name: 'Rules', level: 1 }).waitFor()
    const families = await page.getByTestId('rule-family').count()
    assert.ok(families >= 10, `rules grouped by family (${families})`)
    const rule = page.getByTestId('rule-row').filter({ hasText: 'ADM.SUMMONS.ISSUER_RANK' })
    assert.match(await rule.innerText(), /Law[\s\S]*High[\s\S]*19 U\.S\.C\. § 1509/)
  })

  it('opens the counsel checklist and ticks an element', async () => {
    await page.goto(`${server.url}${flagshipPath}`)
    await page.getByRole('tab', { name: 'Counsel checklist' }).click()
    const checklist = page.getByTestId('counsel-checklist')
    await checklist.waitFor()
    const text = await checklist.innerText()
    assert.match(text, /Twitter's four-part test/)
    assert.match(text, /3:17-cv-01916/)
    assert.match(text, /Bursey v\. United States, 466 F\.2d 1059/)
    assert.match(text, /@ALT_uscis/)
    await checklist.getByRole('checkbox', { name: /least restrictive means/ }).check()
    await checklist.getByText('1 of 4 elements ticked').waitFor()

    // The correction form opens on the demand's fields as they stand: nothing counts as changed.
    await page
      .getByRole('region', { name: 'Actions' })
      .getByRole('button', { name: 'Correct fields' })
      .click()
    const dialog = page.getByRole('dialog', { name: 'Correct fields' })
    await dialog.getByText('No field changed yet.').waitFor()
    assert.match(await dialog.getByLabel('Statutes cited').inputValue(), /19 U\.S\.C\. 1509/)
    await dialog.getByRole('button', { name: 'Cancel' }).click()
    await dialog.waitFor({ state: 'hidden' })
  })

  let newDemandPath = ''

  it('records a verification on a new demand and sees the finding pass', async () => {
    const created = await page.request.post(`${server.url}/api/demands`, {
      headers: { 'Idempotency-Key': 'e2e-judging-0001' },
      data: {
        fields: {
          instrument_type: 'grand_jury_subpoena',
          issuing_authority: {
            name: 'U.S. Attorney, District of Judging',
            kind: 'prosecutor',
            jurisdiction: 'US-federal',
          },
          targets: [{ identifier: '@judging_e2e', kind: 'handle' }],
          data_categories_requested: ['subscriber_identity'],
        },
        channel: 'email',
      },
    })
    assert.equal(created.status(), 201)
    newDemandPath = `/demands/${((await created.json()) as { id: string }).id}`
    await page.goto(`${server.url}${newDemandPath}`)
    const verify = finding(page, 'AUTH.VERIFY.OUT_OF_BAND')
    await verify.waitFor()
    assert.match(await verify.getByTestId('finding-outcome').innerText(), /Needs review/)

    await page
      .getByRole('region', { name: 'Actions' })
      .getByRole('button', { name: 'Record facts for review' })
      .click()
    const dialog = page.getByRole('dialog', { name: 'Record facts for review' })
    await dialog.getByRole('combobox', { name: 'Out-of-band verification' }).click()
    await page.getByRole('option', { name: /^Verified/ }).click()
    await dialog.getByLabel('How it was verified').fill('Called the district switchboard from justice.gov')
    await dialog
      .getByRole('radiogroup', { name: 'Signed by the issuing official' })
      .getByRole('radio', { name: 'Yes' })
      .check()
    await dialog.getByLabel('Note (optional)').fill('AUSA confirmed the subpoena by phone.')
    await dialog.getByRole('button', { name: 'Record facts' }).click()
    await page.getByRole('status').filter({ hasText: 'Recorded: Facts recorded for review' }).waitFor()

    await verify.getByTestId('finding-outcome').filter({ hasText: 'Passes' }).waitFor({ state: 'attached' })
    assert.equal(await verify.isVisible(), false, 'now folded away with the checks that passed')
    const signed = finding(page, 'AUTH.DOCUMENT.SIGNED').getByTestId('finding-outcome')
    await signed.filter({ hasText: 'Passes' }).waitFor({ state: 'attached' })

    const timeline = await page.getByTestId('timeline').innerText()
    assert.match(timeline, /Facts recorded for review/)
    assert.match(timeline, /Out-of-band verification\s+Verified · Called the district switchboard/)
    assert.match(timeline, /Signed by the issuing official\s+Yes/)
    assert.match(timeline, /AUSA confirmed the subpoena by phone/)
  })

  it('corrects one field, and records only that field with the reason', async () => {
    await page
      .getByRole('region', { name: 'Actions' })
      .getByRole('button', { name: 'Correct fields' })
      .click()
    const dialog = page.getByRole('dialog', { name: 'Correct fields' })
    assert.equal(
      await dialog.getByLabel(/^Issuing authority/).inputValue(),
      'U.S. Attorney, District of Judging',
    )
    await dialog.getByLabel('Reference', { exact: true }).fill('GJ-2026-0042')
    await dialog.getByRole('button', { name: 'Record the correction' }).click()
    await dialog.getByText('Say why the fields are corrected').waitFor()
    await dialog.getByLabel('Reason for the correction').fill('The grand jury number was on page 2.')
    const sent = page.waitForRequest(
      (r) => r.method() === 'POST' && r.url().endsWith(`/api${newDemandPath}/events`),
    )
    await dialog.getByRole('button', { name: 'Record the correction' }).click()
    // Only the changed field leaves the browser, with the reason.
    const body = (await sent).postDataJSON() as { type: string; payload: { changes: object; reason: string } }
    assert.equal(body.type, 'fields_corrected')
    assert.deepEqual(body.payload, {
      changes: { reference: 'GJ-2026-0042' },
      reason: 'The grand jury number was on page 2.',
    })
    await page.getByRole('status').filter({ hasText: 'Recorded: Fields corrected' }).waitFor()
    assert.match(await page.getByTestId('timeline').innerText(), /Reference\s+→ GJ-2026-0042[\s\S]*page 2/)
  })

  it('changes the gag threshold as administrator, with a note, and shows it in the history', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Policy' }).click()
    await page.getByRole('heading', { name: 'Policy', level: 1 }).waitFor()
    assert.match(await page.getByTestId('policy-version').innerText(), /defaults/)

    const threshold = page.getByLabel('Challenge gags longer than (days)')
    assert.equal(await threshold.inputValue(), '365')
    await threshold.fill('180')
    await page.getByRole('button', { name: 'Save the policy' }).click()
    await page.getByText('Say why the policy changes').waitFor()
    await page.getByLabel(/^Note\b/).fill('Board decision: challenge gags over six months.')
    await page.getByRole('button', { name: 'Save the policy' }).click()
    await page.getByRole('status').filter({ hasText: 'Saved: policy version 1 is now in force.' }).waitFor()

    const row = page.getByTestId('policy-history-row').first()
    await row.waitFor()
    const text = await row.innerText()
    assert.match(text, /Challenge gags longer than: 365 days → 180 days/)
    assert.match(text, /Board decision: challenge gags over six months\./)
    assert.match(text, /Administrator/)
    assert.match(await page.getByTestId('policy-version').innerText(), /Version 1/)
    await page.getByText(/Law rules \(\d+\): always applied, required by law/).click()
    await page.getByText('Required by law').first().waitFor()
  })

  it('shows the policy read-only to a lawyer', async () => {
    const lawyerContext = await newContext()
    try {
      const p = await openPage(lawyerContext)
      await signIn(p, lawyer)
      await p.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Policy' }).click()
      await p.getByRole('heading', { name: 'Policy', level: 1 }).waitFor()
      await p.getByText('Only an administrator can change it.').waitFor()
      assert.match(
        await p.getByRole('region', { name: 'In force' }).innerText(),
        /Challenge gags longer than\s+180 days/,
      )
      assert.equal(await p.getByRole('button', { name: 'Save the policy' }).count(), 0)
      assert.equal(await p.getByRole('switch').count(), 0)
      assert.equal(await p.getByTestId('policy-history-row').count(), 1)
    } finally {
      await lawyerContext.close()
    }
  })

  it('made no request outside the test server and logged no script error', () => {
    assert.deepEqual(strayRequests, [])
    assert.deepEqual(pageErrors, [])
  })
})
