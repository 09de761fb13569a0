/**
 * startDovecot(): a throwaway Dovecot IMAP server for one test file, on 127.0.0.1 and a random
 * port, with its configuration, passwd-file, maildir, sockets and log all in one temp folder that
 * stop() deletes. Messages are delivered the way a mail client files them: IMAP APPEND.
 *
 * Dovecot's master process must start as root to drop privileges, and refuses to deliver mail as
 * root: as root the mail belongs to `nobody` and the internal and login processes run as Debian's
 * `dovecot` and `dovenull` users; as anyone else, every process runs as that user (no chroot).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { chmodSync, chownSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { connect, createServer } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { ImapFlow } from 'imapflow'
import { ensureDovecot } from '../../scripts/test-support/dovecot.js'

export type TestMailServer = {
  host: string
  port: number
  user: string
  password: string
  /** File a raw message into a folder (created on first use), as a mail client would. */
  append(mailbox: string, raw: string | Uint8Array): Promise<{ uid: number }>
  /** An IMAP client signed in as the test user, for looking at the mailbox; the caller logs out. */
  client(): Promise<ImapFlow>
  stop(): Promise<void>
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

export async function startDovecot(): Promise<TestMailServer> {
  const binary = await ensureDovecot(path.join(root, '.test-artifacts'))
  const version = execFileSync(binary, ['--version'], { encoding: 'utf8' }).trim()
  // Short base: Dovecot's unix sockets live under it, and socket paths are limited to ~107 bytes.
  const dir = mkdtempSync(path.join(os.tmpdir(), 'custodian-dovecot-'))
  let child: ChildProcess | null = null
  const cleanupOnExit = () => {
    child?.kill('SIGKILL')
    rmSync(dir, { recursive: true, force: true })
  }
  process.once('exit', cleanupOnExit)

  try {
    const asRoot = process.getuid?.() === 0
    const me = os.userInfo()
    const mailUid = asRoot ? Number(execFileSync('id', ['-u', 'nobody'], { encoding: 'utf8' })) : me.uid
    const mailGid = asRoot ? Number(execFileSync('id', ['-g', 'nobody'], { encoding: 'utf8' })) : me.gid
    // The unprivileged processes must be able to reach the passwd-file and the maildir.
    chmodSync(dir, 0o755)
    const mailDir = path.join(dir, 'mail')
    mkdirSync(mailDir)
    if (asRoot) chownSync(mailDir, mailUid, mailGid)

    const user = 'legal'
    const password = randomBytes(12).toString('hex')
    writeFileSync(path.join(dir, 'passwd'), `${user}:{PLAIN}${password}::::::\n`, { mode: 0o644 })
    const port = await freePort()
    const settings: ConfigSettings = {
      dir,
      port,
      mailUid,
      mailGid,
      internalUser: asRoot ? 'dovecot' : me.username,
      internalGroup: asRoot ? 'dovecot' : execFileSync('id', ['-gn'], { encoding: 'utf8' }).trim(),
      loginUser: asRoot ? 'dovenull' : me.username,
    }
    const configFile = path.join(dir, 'dovecot.conf')
    writeFileSync(configFile, /^2\.[0-3]\./.test(version) ? config23(settings) : config24(settings))

    let output = ''
    child = spawn(binary, ['-F', '-c', configFile], { stdio: ['ignore', 'pipe', 'pipe'] })
    child.stdout?.on('data', (c: Buffer) => (output += c.toString()))
    child.stderr?.on('data', (c: Buffer) => (output += c.toString()))
    const exited = new Promise<void>((resolve) => child!.once('exit', () => resolve()))
    const ready = await waitForGreeting(port, 15_000, exited)
    if (!ready) {
      const log = readLog(path.join(dir, 'dovecot.log'))
      throw new Error(`Dovecot ${version} did not start on 127.0.0.1:${port}.\n${output}\n${log}`)
    }

    const server: TestMailServer = {
      host: '127.0.0.1',
      port,
      user,
      password,
      async client() {
        const client = new ImapFlow({
          host: '127.0.0.1',
          port,
          secure: false,
          doSTARTTLS: false,
          auth: { user, pass: password },
          logger: false,
          disableAutoIdle: true,
        })
        client.on('error', () => {})
        await client.connect()
        return client
      },
      async append(mailbox, raw) {
        const client = await server.client()
        try {
          if (mailbox.toUpperCase() !== 'INBOX') await client.mailboxCreate(mailbox).catch(() => undefined) // exists already
          const result = await client.append(
            mailbox,
            typeof raw === 'string' ? Buffer.from(raw, 'utf8') : Buffer.from(raw),
          )
          if (!result || result.uid === undefined) throw new Error(`APPEND to ${mailbox} was refused`)
          return { uid: result.uid }
        } finally {
          await client.logout()
        }
      },
      async stop() {
        const running = child
        child = null
        if (running && running.exitCode === null) {
          running.kill('SIGTERM')
          const killer = setTimeout(() => running.kill('SIGKILL'), 5000)
          await exited
          clearTimeout(killer)
        }
        process.removeListener('exit', cleanupOnExit)
        rmSync(dir, { recursive: true, force: true })
      },
    }
    return server
  } catch (error) {
    cleanupOnExit()
    process.removeListener('exit', cleanupOnExit)
    throw error
  }
}

type ConfigSettings = {
  dir: string
  port: number
  mailUid: number
  mailGid: number
  internalUser: string
  internalGroup: string
  loginUser: string
}

/** Dovecot 2.3 (Debian 12). Plaintext login is allowed because the server listens on loopback only. */
function config23(s: ConfigSettings): string {
  return `base_dir = ${s.dir}/run
state_dir = ${s.dir}/state
instance_name = ${path.basename(s.dir)}
log_path = ${s.dir}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_verbose = yes
auth_failure_delay = 0
default_internal_user = ${s.internalUser}
default_internal_group = ${s.internalGroup}
default_login_user = ${s.loginUser}
first_valid_uid = ${s.mailUid}
first_valid_gid = ${s.mailGid}
mail_location = maildir:~/Maildir
passdb {
  driver = passwd-file
  args = username_format=%u ${s.dir}/passwd
}
userdb {
  driver = static
  args = uid=${s.mailUid} gid=${s.mailGid} home=${s.dir}/mail/%u
}
${services(s.port, '$default_internal_user')}`
}

/** Dovecot 2.4 (Debian 13) changed most setting names; written from its documentation. */
function config24(s: ConfigSettings): string {
  return `dovecot_config_version = 2.4.0
dovecot_storage_version = 2.4.0
base_dir = ${s.dir}/run
state_dir = ${s.dir}/state
instance_name = ${path.basename(s.dir)}
log_path = ${s.dir}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
auth_allow_cleartext = yes
auth_mechanisms = plain login
auth_verbose = yes
auth_failure_delay = 0
default_internal_user = ${s.internalUser}
default_internal_group = ${s.internalGroup}
default_login_user = ${s.loginUser}
first_valid_uid = ${s.mailUid}
first_valid_gid = ${s.mailGid}
mail_driver = maildir
mail_path = ~/Maildir
passdb passwd-file {
  passwd_file_path = ${s.dir}/passwd
}
userdb static {
  fields {
    uid = ${s.mailUid}
    gid = ${s.mailGid}
    home = ${s.dir}/mail/%{user}
  }
}
${services(s.port, '$SET:default_internal_user')}`
}

/** No chroot (it needs root), no IMAPS, and the auth worker off root so the same file works unprivileged. */
function services(port: number, internalUser: string): string {
  return `service imap-login {
  chroot =
  inet_listener imap {
    port = ${port}
  }
  inet_listener imaps {
    port = 0
  }
}
service anvil {
  chroot =
}
service auth-worker {
  user = ${internalUser}
}
`
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

/** True once the server greets an IMAP client on the port; false on timeout or if Dovecot exits first. */
async function waitForGreeting(port: number, timeoutMs: number, exited: Promise<void>): Promise<boolean> {
  let gone = false
  void exited.then(() => (gone = true))
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline && !gone) {
    // An open port is not enough: the master binds it before its login processes can answer.
    const greeted = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1')
      socket.setTimeout(2000, () => socket.destroy())
      socket.once('data', (chunk: Buffer) => {
        socket.destroy()
        resolve(chunk.toString('latin1').startsWith('* OK'))
      })
      socket.on('error', () => resolve(false))
      socket.once('close', () => resolve(false))
    })
    if (greeted) return true
    await new Promise((r) => setTimeout(r, 100))
  }
  return false
}

function readLog(file: string): string {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-30).join('\n')
  } catch {
    return '(no Dovecot log)'
  }
}
