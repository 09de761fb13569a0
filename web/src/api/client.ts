/**
 * A small fetch wrapper. Every error the server sends is `application/problem+json`
 * ({ type, title, status, detail, code, ...extra }); it becomes an `ApiError` that screens show
 * with <ErrorAlert>. A 401 from anywhere but the sign-in form sends the user to /login.
 */

export type Problem = {
  type?: string
  title?: string
  status?: number
  detail?: string
  code?: string
  [extra: string]: unknown
}

export class ApiError extends Error {
  readonly status: number
  readonly title: string
  readonly detail: string | null
  readonly code: string | null
  readonly problem: Problem

  constructor(status: number, problem: Problem) {
    const title = problem.title ?? (status === 0 ? 'Cannot reach the server' : `Request failed (${status})`)
    super(problem.detail ? `${title}: ${problem.detail}` : title)
    this.name = 'ApiError'
    this.status = status
    this.title = title
    this.detail = problem.detail ?? null
    this.code = problem.code ?? null
    this.problem = problem
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError
}

type UnauthorizedListener = () => void
let onUnauthorized: UnauthorizedListener = () => {}

/** Called once at start-up: what to do when the session has ended (redirect to sign in). */
export function setUnauthorizedHandler(listener: UnauthorizedListener): void {
  onUnauthorized = listener
}

export type RequestOptions = {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  /** A JSON body, or FormData for a multipart upload. */
  body?: unknown
  headers?: Record<string, string>
  /** The sign-in form shows its own 401 ("wrong email or password") instead of redirecting. */
  redirectOn401?: boolean
  signal?: AbortSignal
  /** `text` for non-JSON answers (a rule family's Markdown page). */
  responseType?: 'json' | 'text'
}

export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const { method = 'GET', body, headers = {}, redirectOn401 = true, signal, responseType = 'json' } = options
  const accept =
    responseType === 'text'
      ? 'text/markdown, text/plain, application/problem+json'
      : 'application/json, application/problem+json'
  const init: RequestInit = {
    method,
    credentials: 'same-origin',
    headers: { Accept: accept, ...headers },
    ...(signal ? { signal } : {}),
  }
  if (body instanceof FormData) {
    init.body = body
  } else if (body !== undefined) {
    init.body = JSON.stringify(body)
    ;(init.headers as Record<string, string>)['Content-Type'] = 'application/json'
  }

  let response: Response
  try {
    response = await fetch(path, init)
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause
    throw new ApiError(0, {
      title: 'Cannot reach the server',
      detail: 'Check your network connection, then try again. Nothing was saved.',
    })
  }

  if (response.ok) {
    if (response.status === 204) return undefined as T
    const text = await response.text()
    if (responseType === 'text') return text as T
    return (text ? JSON.parse(text) : undefined) as T
  }

  const problem = await readProblem(response)
  const error = new ApiError(response.status, problem)
  if (response.status === 401 && redirectOn401) onUnauthorized()
  throw error
}

async function readProblem(response: Response): Promise<Problem> {
  const fallback: Problem = {
    title: response.statusText || `Request failed (${response.status})`,
    status: response.status,
  }
  try {
    const text = await response.text()
    if (!text) return fallback
    const parsed: unknown = JSON.parse(text)
    if (parsed && typeof parsed === 'object') return { ...fallback, ...(parsed as Problem) }
    return fallback
  } catch {
    return fallback
  }
}

/** A random key for Idempotency-Key. crypto.randomUUID exists only on https/localhost. */
export function randomKey(): string {
  if (typeof crypto.randomUUID === 'function' && window.isSecureContext) return crypto.randomUUID()
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
}
