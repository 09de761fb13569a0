/**
 * User-notice templates, per language. The operator may edit subject and body; placeholders in
 * `{braces}` are filled from the demand. Two things are NOT editable, because they protect the
 * user: the safety paragraph (we never ask for a password, and say so) and the rule that an
 * edited template must not ask for credentials or carry links (phishing looks exactly like that).
 */
export const NOTICE_LANGUAGES = ['en', 'es'] as const
export type NoticeLanguage = (typeof NOTICE_LANGUAGES)[number]

export type NoticeTemplate = { subject: string; body: string }

export const NOTICE_PLACEHOLDERS = [
  'organisation',
  'reference',
  'authority',
  'instrument',
  'accounts',
  'categories',
  'date_issued',
  'respond_on',
  'counsel_help',
] as const

export const DEFAULT_NOTICE_TEMPLATES: Record<NoticeLanguage, NoticeTemplate> = {
  en: {
    subject: '{organisation}: legal demand for information about your account ({reference})',
    body: `Hello,

{organisation} has received a legal demand for information about your account ({accounts}).

Who sent it: {authority}
What it is: {instrument}, dated {date_issued}
What it asks for: {categories}

A copy of the demand is attached to this message.

We have not handed over any information. We intend to respond on or after {respond_on}. If you
want to object, for example by asking a court to quash the demand, you or your lawyer should act
before that date and let us know.

Finding a lawyer: {counsel_help}

Our reference for this matter is {reference}. Reply to this message if you have questions.

{organisation}`,
  },
  es: {
    subject: '{organisation}: requerimiento legal de información sobre su cuenta ({reference})',
    body: `Hola:

{organisation} ha recibido un requerimiento legal de información sobre su cuenta ({accounts}).

Quién lo envía: {authority}
Qué es: {instrument}, de fecha {date_issued}
Qué solicita: {categories}

Adjuntamos una copia del requerimiento.

No hemos entregado ninguna información. Tenemos previsto responder a partir del {respond_on}. Si
desea oponerse, por ejemplo pidiendo a un tribunal que anule el requerimiento, usted o su abogado
deben actuar antes de esa fecha e informarnos.

Cómo encontrar un abogado: {counsel_help}

Nuestra referencia para este asunto es {reference}. Responda a este mensaje si tiene preguntas.

{organisation}`,
  },
}

/** Appended to every notice, in its language; not editable. */
export const SAFETY_PARAGRAPH: Record<NoticeLanguage, string> = {
  en: 'For your safety: we will never ask for your password or sign-in codes, and this message contains no links to sign in. If a message claiming to be from us asks for them, do not answer it.',
  es: 'Por su seguridad: nunca le pediremos su contraseña ni códigos de acceso, y este mensaje no contiene enlaces para iniciar sesión. Si un mensaje que dice ser nuestro se los pide, no lo responda.',
}

const CREDENTIAL_REQUEST =
  /\b(password|passcode|passphrase|contraseña|clave|log ?in|sign ?in|iniciar sesi[oó]n|verify your (account|identity)|credentials?|one[- ]time code|2fa code)\b/i
const LINK = /(https?:\/\/|www\.)/i

/** Why a template may not be used, or null when it may. */
export function templateProblem(t: NoticeTemplate): string | null {
  for (const [part, text] of [['subject', t.subject], ['body', t.body]] as const) {
    if (CREDENTIAL_REQUEST.test(text)) return `The ${part} mentions passwords or signing in: a user notice must never ask for credentials.`
    if (LINK.test(text)) return `The ${part} contains a link: user notices carry no links, so they cannot be mistaken for phishing.`
    const unknown = [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).filter((name) => !(NOTICE_PLACEHOLDERS as readonly string[]).includes(name))
    if (unknown.length) return `The ${part} uses unknown placeholders: ${unknown.map((u) => `{${u}}`).join(', ')}.`
  }
  if (!t.subject.trim() || !t.body.trim()) return 'A notice needs a subject and a body.'
  return null
}
