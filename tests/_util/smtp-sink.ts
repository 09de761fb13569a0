/** A real SMTP server on a random loopback port that keeps every message it receives, parsed. */
import { simpleParser, type ParsedMail } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export type SmtpSink = { url: string; messages: ParsedMail[]; close(): Promise<void>; waitFor(count: number, timeoutMs?: number): Promise<ParsedMail[]> }

export async function startSmtpSink(): Promise<SmtpSink> {
  const messages: ParsedMail[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          messages.push(mail)
          callback()
        })
        .catch(callback)
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.server.address() as { port: number }).port
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    async waitFor(count, timeoutMs = 10_000) {
      const until = Date.now() + timeoutMs
      while (messages.length < count && Date.now() < until) await new Promise((r) => setTimeout(r, 25))
      return messages
    },
  }
}
