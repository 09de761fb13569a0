/**
 * End to end, in a real browser against a real server: sign in, read the queue, read the flagship
 * case (the 2017 CBP summons for @ALT_uscis) down to its withdrawal and closure, record a new
 * demand from pasted text and move it to legal review, and see it persisted after a reload.
 *
 * Debian's Chromium drives the built UI (never a downloaded browser). Every request must go to
 * the test server: anything else is blocked and fails the test. Screenshots go to
 * .test-artifacts/screenshots/, or to docs/screenshots/ with CUSTODIAN_UPDATE_SCREENSHOTS=1.
 */
import assert from 'node:assert/strict'
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'
import { fileURLToPath } from 'node:url'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { guardedContext, launchChromium, watchedPage } from '../_util/browser.js'
import { startTestServer } from '../_util/test-server.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const screenshotDir =
  process.env.CUSTODIAN_UPDATE_SCREENSHOTS === '1'
    ? path.join(root, 'docs', 'screenshots')
    : path.join(root, '.test-artifacts', 'screenshots')

describe('the flagship case in the browser', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>
  let browser: Browser
  let context: BrowserContext
  let page: Page
  const strayRequests: string[] = []
  const pageErrors: string[] = []

  before(async () => {
    server = await startTestServer()
    browser = await launchChromium()
    context = await guardedContext(browser, server.url, strayRequests, { timezoneId: 'America/New_York' })
    page = await watchedPage(context, pageErrors)
    mkdirSync(screenshotDir, { recursive: true })
  })

  after(async () => {
    await context?.close()
    await browser?.close()
    await server?.close()
  })

  it('sends a visitor to sign in, and signs the administrator in', async () => {
    await page.goto(`${server.url}/`)
    await page.waitForURL(/\/login$/)
    await page.getByLabel('Email').fill(server.admin.email)
    await page.getByLabel('Password', { exact: true }).fill('not-the-password')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.getByRole('alert').filter({ hasText: 'Email or password not recognised' }).waitFor()

    await page.getByLabel('Password', { exact: true }).fill(server.admin.password)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.getByRole('heading', { name: 'Queue', level: 1 }).waitFor()
    assert.equal(new URL(page.url()).pathname, '/')
    assert.match(await page.getByTestId('signed-in-user').innerText(), /Administrator/)
  })

  it('shows the flagship demand in the queue', async () => {
    const row = page.getByTestId('queue-row').filter({ hasText: 'U.S. Customs and Border Protection' })
    await row.waitFor()
    const text = await row.innerText()
    assert.match(text, /Administrative summons/)
    assert.match(text, /Closed/)
    assert.match(text, /14 Mar 2017/)
  })

  it('opens the flagship demand from the keyboard and reads its timeline to the end', async () => {
    const row = page.getByTestId('queue-row').filter({ hasText: 'U.S. Customs and Border Protection' })
    await row.focus()
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/demands\/[0-9a-f-]+$/)
    await page.getByTestId('timeline').waitFor()

    const header = await page
      .locator('header')
      .filter({ has: page.getByRole('heading', { level: 1 }) })
      .innerText()
    assert.match(header, /Administrative summons/)
    assert.match(header, /U\.S\. Customs and Border Protection/)
    assert.match(header, /@ALT_uscis/)
    assert.equal(await page.getByTestId('demand-state').innerText(), 'Closed')

    const labels = await page.locator('.timeline-label').allInnerTexts()
    assert.equal(labels[0], 'Demand received')
    assert.ok(labels.includes('Litigation filed'), `timeline: ${labels.join(', ')}`)
    const withdrawn = labels.indexOf('Withdrawn by issuer')
    const closed = labels.indexOf('Matter closed')
    assert.ok(withdrawn > 0 && closed > withdrawn, `withdrawn, then closed: ${labels.join(', ')}`)
    assert.equal(labels.at(-1), 'Matter closed', 'newest last')

    const timeline = await page.getByTestId('timeline').innerText()
    assert.match(timeline, /3:17-cv-01916/)
    assert.match(timeline, /Northern District of California/)
    assert.match(timeline, /6 Apr 2017/)

    const fields = await page.getByRole('region', { name: 'Details' }).innerText()
    assert.match(fields, /19 U\.S\.C\. 1509/)
    assert.match(fields, /Pseudonymous account/)
    assert.match(fields, /No end date given \(indefinite\)/)
    assert.match(
      await page.locator('pre.document-text').innerText(),
      /All records regarding the Twitter account @ALT_USCIS/,
    )

    // A closed matter can only be reopened or annotated.
    await page.getByRole('button', { name: 'Reopen the matter' }).waitFor()
    await page.evaluate('window.scrollTo(0, 0)')
    await page.screenshot({ path: path.join(screenshotDir, 'demand.png') })
  })

  let demandPath = ''

  it('records a demand from pasted text', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'New demand' }).click()
    await page.getByRole('heading', { name: 'New demand', level: 1 }).waitFor()

    // The two required fields are checked before anything is sent.
    await page.getByRole('button', { name: 'Record demand' }).click()
    await page.getByText('Choose the kind of instrument').waitFor()

    await page
      .getByLabel('Text of the demand')
      .fill('GRAND JURY SUBPOENA\nTo: Custodian of Records\nProduce subscriber records for @example_e2e.')
    await page.getByRole('combobox', { name: 'Instrument', exact: true }).click()
    await page.getByRole('option', { name: 'Grand jury subpoena' }).click()
    await page.getByLabel('Issuing authority').fill('U.S. Attorney, District of Example')
    await page.getByRole('combobox', { name: 'Authority kind' }).click()
    await page.getByRole('option', { name: 'Prosecutor' }).click()
    await page.getByLabel('Jurisdiction').fill('US-federal')
    await page.getByLabel('Reference', { exact: true }).fill('GJ-E2E-0001')
    await page.getByLabel('Summary').fill('Grand jury subpoena for basic subscriber records of one account.')
    await page.getByRole('button', { name: 'Add a target' }).click()
    await page.getByLabel('Target 1: identifier').fill('@example_e2e')
    await page.getByRole('checkbox', { name: /Subscriber identity/ }).check()
    const due = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10)
    await page.getByLabel('Due at').fill(`${due}T17:00`)
    // A double click must not record two demands (same Idempotency-Key, button busy).
    await page.getByRole('button', { name: 'Record demand' }).dblclick()

    await page.waitForURL(/\/demands\/[0-9a-f-]+$/)
    demandPath = new URL(page.url()).pathname
    await page.getByTestId('demand-state').filter({ hasText: 'Received' }).waitFor()
    assert.match(await page.getByTestId('demand-instrument').innerText(), /Grand jury subpoena/)
    assert.match(await page.locator('pre.document-text').innerText(), /@example_e2e/)
  })

  it('moves the new demand to legal review through the actions', async () => {
    await page.getByRole('button', { name: 'Start triage' }).click()
    const triage = page.getByRole('dialog', { name: 'Start triage' })
    await triage.getByLabel('Note').fill('Looks routine; checking the grand jury number.')
    await triage.getByRole('button', { name: 'Start triage' }).click()
    await page.getByTestId('demand-state').filter({ hasText: 'Triage' }).waitFor()

    await page.getByRole('button', { name: 'Send to legal review' }).click()
    const review = page.getByRole('dialog', { name: 'Send to legal review' })
    await review.getByRole('button', { name: 'Send to legal review' }).click()
    await page.getByTestId('demand-state').filter({ hasText: 'Legal review' }).waitFor()
    await page.getByRole('status').filter({ hasText: 'Recorded: Sent to legal review' }).waitFor()
  })

  it('keeps the demand after a reload, and shows it once in the filtered queue', async () => {
    await page.reload()
    await page.getByTestId('demand-state').filter({ hasText: 'Legal review' }).waitFor()
    const labels = await page.locator('.timeline-label').allInnerTexts()
    assert.deepEqual(
      labels.filter((l) => l !== 'Document attached'),
      ['Demand received', 'Triage started', 'Sent to legal review'],
    )
    assert.match(await page.getByTestId('timeline').innerText(), /checking the grand jury number/)

    await page.goto(`${server.url}/?state=legal_review`)
    await page.getByRole('heading', { name: 'Queue', level: 1 }).waitFor()
    const rows = page.getByTestId('queue-row')
    await rows.first().waitFor()
    assert.equal(await rows.count(), 1, 'one demand in legal review: the double click recorded one')
    assert.match(await rows.first().innerText(), /U\.S\. Attorney, District of Example/)
    assert.match(await rows.first().innerText(), /(9|10|11) days left/)
    await rows.first().click()
    await page.waitForURL((url) => url.pathname === demandPath)

    // The whole queue, now with open and settled work, for the docs.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Queue' }).click()
    await page.getByTestId('queue-row').nth(1).waitFor()
    await page.screenshot({ path: path.join(screenshotDir, 'queue.png') })
  })

  it('signs out and asks to sign in again', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click()
    await page.waitForURL(/\/login/)
    await page.goto(`${server.url}${demandPath}`)
    await page.waitForURL((url) => url.pathname === '/login' && url.searchParams.get('next') === demandPath)
  })

  it('made no request outside the test server and logged no script error', () => {
    assert.deepEqual(strayRequests, [])
    assert.deepEqual(pageErrors, [])
  })
})
