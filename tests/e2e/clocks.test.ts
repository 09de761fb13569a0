/**
 * Clocks in the browser: a demand recorded with a due date shows its response clock, with the days
 * left, on the demand page; the same clock is listed on /deadlines, which links back to the
 * demand and offers the calendar feed. Debian's Chromium, as in flagship.test.ts; every request
 * must stay on the test server.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { guardedContext, launchChromium, watchedPage } from '../_util/browser.js'
import { startTestServer } from '../_util/test-server.js'

const TIME_ZONE = 'America/New_York'

/** Whole calendar days between two instants, as the browser in TIME_ZONE counts them. */
function calendarDaysBetween(from: Date, to: Date): number {
  const ymd = (d: Date) => {
    const parts = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, dateStyle: 'short' }).format(d)
    const [y, m, day] = parts.split('-').map(Number)
    return Date.UTC(y!, m! - 1, day)
  }
  return Math.round((ymd(to) - ymd(from)) / 86_400_000)
}

describe('clocks in the browser', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>
  let browser: Browser
  let context: BrowserContext
  let page: Page
  const strayRequests: string[] = []
  const pageErrors: string[] = []
  let demandId = ''
  let expectedDaysLeft = ''

  before(async () => {
    server = await startTestServer()
    browser = await launchChromium()
    context = await guardedContext(browser, server.url, strayRequests, { timezoneId: TIME_ZONE })
    page = await watchedPage(context, pageErrors)

    // Sign in and record the demand through the API (the context shares the session cookie).
    const signIn = await context.request.post(`${server.url}/api/session`, {
      data: { email: server.admin.email, password: server.admin.password },
    })
    assert.equal(signIn.status(), 200, await signIn.text())
    const now = new Date()
    const due = new Date(now.getTime() + 12 * 86_400_000)
    const days = calendarDaysBetween(now, due)
    expectedDaysLeft = `${days} days left`
    const created = await context.request.post(`${server.url}/api/demands`, {
      headers: { 'Idempotency-Key': 'e2e-clocks-0001' },
      data: {
        fields: {
          instrument_type: 'grand_jury_subpoena',
          issuing_authority: { name: 'U.S. Attorney, District of Clocks' },
          reference: 'GJ-CLOCKS-0001',
          due_at: due.toISOString(),
        },
        text: 'GRAND JURY SUBPOENA\nProduce subscriber records for @clocks_e2e.',
      },
    })
    assert.equal(created.status(), 201, await created.text())
    demandId = ((await created.json()) as { id: string }).id
  })

  after(async () => {
    await context?.close()
    await browser?.close()
    await server?.close()
    assert.deepEqual(strayRequests, [], 'every request stays on the test server')
    assert.deepEqual(pageErrors, [], 'no page errors')
  })

  it('shows the response clock, with its days left, on the demand page', async () => {
    await page.goto(`${server.url}/demands/${demandId}`)
    const panel = page.getByRole('region', { name: 'Clocks' })
    const clock = panel.getByTestId('clock').filter({ hasText: 'Response due' })
    await clock.waitFor()
    assert.equal(await clock.getByTestId('clock-days-left').innerText(), expectedDaysLeft)
    assert.equal(await clock.getByTestId('clock-status').innerText(), 'Running')
    const text = await clock.innerText()
    assert.match(text, /return date on the demand/)
    assert.match(text, /AUTH-4/, 'the citation is shown')
    assert.match(text, /counted from when the demand was logged/, 'the flag is said in words')
  })

  it('lists the clock on /deadlines, linking back to the demand', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Deadlines' }).click()
    await page.getByRole('heading', { name: 'Deadlines', level: 1 }).waitFor()
    const row = page.getByTestId('deadline-row').filter({ hasText: 'U.S. Attorney, District of Clocks' })
    await row.waitFor()
    const text = await row.innerText()
    assert.match(text, /Response due/)
    assert.match(text, new RegExp(expectedDaysLeft))
    assert.match(text, /Running/)
    const ics = page.getByRole('link', { name: 'Download calendar (.ics)' })
    assert.equal(await ics.getAttribute('href'), '/api/calendar.ics')

    // A calendar app subscribes through a secret address, readable without signing in.
    await page.getByRole('button', { name: 'Subscribe in a calendar app' }).click()
    const address = (await page.getByTestId('calendar-url').innerText()).trim()
    assert.match(address, /\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/)
    const feed = await fetch(address)
    assert.equal(feed.status, 200)
    assert.match(await feed.text(), /BEGIN:VCALENDAR[\s\S]*Response due/)

    await row.getByRole('link').click()
    await page.waitForURL(new RegExp(`/demands/${demandId}$`))
    await page.getByRole('region', { name: 'Clocks' }).getByTestId('clock').first().waitFor()
  })

  it('shows the notifications indicator in the header', async () => {
    const button = page.getByTestId('notifications-button')
    assert.match((await button.getAttribute('aria-label')) ?? '', /^Notifications, /)
    await button.click()
    await page.getByRole('dialog', { name: 'Notifications' }).waitFor()
    await page.keyboard.press('Escape')
    await page.getByRole('dialog', { name: 'Notifications' }).waitFor({ state: 'hidden' })
  })
})
