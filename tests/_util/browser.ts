/**
 * Browser plumbing shared by the e2e tests: Debian's Chromium (never a downloaded browser), a
 * context that refuses any request leaving the test server, and pages whose script errors are
 * collected so a test can fail on them.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CUSTODIAN_CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    // Without the background-networking flags Chromium tries to reach Google's hosts at start.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  })
}

export type ContextOptions = { viewport?: { width: number; height: number }; timezoneId?: string; acceptDownloads?: boolean }

/** A context in which every request outside `serverUrl` is aborted and recorded in `strayRequests`. */
export async function guardedContext(
  browser: Browser,
  serverUrl: string,
  strayRequests: string[],
  options: ContextOptions = {},
): Promise<BrowserContext> {
  const ctx = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    locale: 'en-US',
    timezoneId: options.timezoneId ?? 'America/New_York',
    ...(options.acceptDownloads ? { acceptDownloads: true } : {}),
  })
  ctx.setDefaultTimeout(15_000)
  const origin = new URL(serverUrl).origin
  await ctx.route('**/*', (route) => {
    const url = route.request().url()
    if (url.startsWith(`${origin}/`) || url.startsWith('data:')) return route.continue()
    strayRequests.push(url)
    return route.abort('blockedbyclient')
  })
  return ctx
}

/**
 * A page whose uncaught errors and console errors land in `pageErrors`. Failed requests are logged
 * by the browser and are expected (401 before sign-in); anything else on the console (a CSP
 * refusal, a React warning) is a defect.
 */
export async function watchedPage(ctx: BrowserContext, pageErrors: string[]): Promise<Page> {
  const p = await ctx.newPage()
  p.on('pageerror', (error) => pageErrors.push(error.message))
  p.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      pageErrors.push(`console: ${message.text()}`)
    }
  })
  return p
}
