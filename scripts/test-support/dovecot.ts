// Finds (or installs) Debian's Dovecot, the real IMAP server the mail-intake tests poll.
// Only the binary is prepared here; each test file starts its own throwaway server on a random
// port (tests/_util/dovecot.ts), so test files never share a mailbox.
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

const DEBIAN_DOVECOT = '/usr/sbin/dovecot'

/**
 * Resolves the dovecot binary: $CUSTODIAN_DOVECOT_PATH, /usr/sbin/dovecot, `dovecot` on PATH, and
 * finally (only as root) `apt-get install dovecot-imapd`. Throws SetupError saying what to do.
 */
export async function ensureDovecot(artifactsDir: string): Promise<string> {
  const fromEnv = process.env.CUSTODIAN_DOVECOT_PATH
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv
    throw new SetupError(`CUSTODIAN_DOVECOT_PATH=${fromEnv} is not an executable file`)
  }
  const found = findDovecot()
  if (found) return found

  if (!isRoot()) {
    throw new SetupError(
      "Dovecot not found. Install Debian's IMAP server with `sudo apt-get install -y dovecot-imapd` " +
        '(or set CUSTODIAN_DOVECOT_PATH to a dovecot binary). The tests start their own instance; ' +
        'the system service is not used.',
    )
  }
  mkdirSync(artifactsDir, { recursive: true })
  const log = path.join(artifactsDir, 'apt-dovecot.log')
  rmSync(log, { force: true })
  console.log(
    `Dovecot not found: installing Debian's dovecot-imapd with apt-get (log: ${path.relative(process.cwd(), log)})`,
  )
  const result = await aptInstall(['dovecot-imapd'], log)
  const installed = findDovecot()
  if (!succeeded(result) || !installed) {
    throw new SetupError(
      `apt-get install dovecot-imapd failed (${describeExit(result)}). Last lines of ${log}:\n${tailOfFile(log)}`,
    )
  }
  return installed
}

function findDovecot(): string | undefined {
  if (isExecutable(DEBIAN_DOVECOT)) return DEBIAN_DOVECOT
  return which('dovecot')
}

/**
 * For the integration suites: prepare Dovecot once, up front, and hand its path to the test files,
 * so that two files running in parallel never race each other through apt-get.
 */
export async function dovecotEnv(artifactsDir: string): Promise<{ CUSTODIAN_DOVECOT_PATH: string }> {
  const binary = await ensureDovecot(artifactsDir)
  return { CUSTODIAN_DOVECOT_PATH: binary }
}
