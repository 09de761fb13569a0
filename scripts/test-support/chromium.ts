// Finds (or installs) the Chromium that the e2e tests drive through playwright-core.
// We use Debian's chromium, never a browser downloaded by playwright: this project's machines reach only
// the npm registry and Debian's packages, and a browser download fails there.
import { mkdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import {
  aptInstall,
  describeExit,
  isExecutable,
  isRoot,
  SetupError,
  succeeded,
  tailOfFile,
  which,
} from './proc.js'

const DEBIAN_CHROMIUM = '/usr/bin/chromium'

/**
 * Resolves the Chromium binary, in this order: $CUSTODIAN_CHROMIUM_PATH, /usr/bin/chromium, `chromium`
 * on PATH, and finally (only as root) `apt-get install chromium`. Throws SetupError with a message that
 * says what to do when none of that works.
 */
export async function ensureChromium(artifactsDir: string): Promise<string> {
  const fromEnv = process.env.CUSTODIAN_CHROMIUM_PATH
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv
    throw new SetupError(`CUSTODIAN_CHROMIUM_PATH=${fromEnv} is not an executable file`)
  }
  const found = findChromium()
  if (found) return found

  if (!isRoot()) {
    throw new SetupError(
      "Chromium not found. Install Debian's browser with `sudo apt-get install -y chromium` " +
        '(or set CUSTODIAN_CHROMIUM_PATH to a Chromium binary). Do not use `npx playwright install`.',
    )
  }

  mkdirSync(artifactsDir, { recursive: true })
  const log = path.join(artifactsDir, 'apt-chromium.log')
  rmSync(log, { force: true })
  console.log(
    `Chromium not found: installing Debian's chromium with apt-get (log: ${path.relative(process.cwd(), log)})`,
  )
  const result = await aptInstall(['chromium', 'fonts-dejavu-core', 'fonts-liberation2'], log)
  const installed = findChromium()
  if (!succeeded(result) || !installed) {
    throw new SetupError(
      `apt-get install chromium failed (${describeExit(result)}). Last lines of ${log}:\n${tailOfFile(log)}`,
    )
  }
  return installed
}

function findChromium(): string | undefined {
  if (isExecutable(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM
  return which('chromium')
}
