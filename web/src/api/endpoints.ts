/** One function per API route, typed. Screens use the hooks in queries.ts rather than these. */
import { apiRequest } from './client'
import type {
  AppNotification,
  ClockList,
  DemandClocks,
  DemandDetail,
  DemandListQuery,
  DemandPage,
  LetterKind,
  LetterList,
  LetterVersionResponse,
  Meta,
  NewDemandBody,
  NewDemandFields,
  NewEventBody,
  NoticeBody,
  NotificationList,
  OperatorPolicy,
  PolicyHistory,
  PolicyVersion,
  RuleCatalogue,
  SessionResponse,
  StaffList,
} from './types'

export const api = {
  getSession: () => apiRequest<SessionResponse>('/api/session'),
  signIn: (email: string, password: string) =>
    apiRequest<SessionResponse>('/api/session', {
      method: 'POST',
      body: { email, password },
      redirectOn401: false,
    }),
  signOut: () => apiRequest<void>('/api/session', { method: 'DELETE', redirectOn401: false }),

  getMeta: () => apiRequest<Meta>('/api/meta'),

  listDemands: (query: DemandListQuery, signal?: AbortSignal) =>
    apiRequest<DemandPage>(`/api/demands${toSearch(query)}`, signal ? { signal } : {}),
  getDemand: (id: string, signal?: AbortSignal) =>
    apiRequest<DemandDetail>(`/api/demands/${encodeURIComponent(id)}`, signal ? { signal } : {}),

  createDemand: (body: NewDemandBody, idempotencyKey: string) =>
    apiRequest<DemandDetail>('/api/demands', {
      method: 'POST',
      body,
      headers: { 'Idempotency-Key': idempotencyKey },
    }),
  importDemand: (file: File, fields: NewDemandFields, idempotencyKey: string) => {
    const form = new FormData()
    // Fields first: a streaming multipart parser sees them before the file.
    form.append('fields', JSON.stringify(fields))
    form.append('file', file, file.name)
    return apiRequest<DemandDetail>('/api/demands/import', {
      method: 'POST',
      body: form,
      headers: { 'Idempotency-Key': idempotencyKey },
    })
  },
  addEvent: (id: string, body: NewEventBody) =>
    apiRequest<DemandDetail>(`/api/demands/${encodeURIComponent(id)}/events`, { method: 'POST', body }),

  /** Queue the notice to the affected user: sent by the worker now, or when a lawful delay ends. */
  queueNotice: (id: string, body: NoticeBody) =>
    apiRequest<DemandDetail>(`/api/demands/${encodeURIComponent(id)}/notices`, { method: 'POST', body }),

  listLetters: (id: string, signal?: AbortSignal) =>
    apiRequest<LetterList>(`/api/demands/${encodeURIComponent(id)}/letters`, signal ? { signal } : {}),
  draftLetter: (id: string, kind: LetterKind, expectedVersion?: number) =>
    apiRequest<LetterVersionResponse>(`/api/demands/${encodeURIComponent(id)}/letters`, {
      method: 'POST',
      body: { kind, ...(expectedVersion !== undefined ? { expected_version: expectedVersion } : {}) },
    }),
  /** Saves the text as the letter's next version; earlier versions are kept as they were. */
  reviseLetter: (id: string, letterId: string, body: string, expectedVersion?: number) =>
    apiRequest<LetterVersionResponse>(
      `/api/demands/${encodeURIComponent(id)}/letters/${encodeURIComponent(letterId)}`,
      {
        method: 'PUT',
        body: { body, ...(expectedVersion !== undefined ? { expected_version: expectedVersion } : {}) },
      },
    ),

  getDemandClocks: (id: string, signal?: AbortSignal) =>
    apiRequest<DemandClocks>(`/api/demands/${encodeURIComponent(id)}/clocks`, signal ? { signal } : {}),
  listClocks: (signal?: AbortSignal) => apiRequest<ClockList>('/api/clocks', signal ? { signal } : {}),

  listNotifications: (signal?: AbortSignal) =>
    apiRequest<NotificationList>('/api/notifications', signal ? { signal } : {}),
  markNotificationRead: (id: string) =>
    apiRequest<AppNotification>(`/api/notifications/${encodeURIComponent(id)}/read`, { method: 'POST' }),

  getStaff: () => apiRequest<StaffList>('/api/staff'),

  getRules: () => apiRequest<RuleCatalogue>('/api/rules'),
  /** A rule family's documentation, as Markdown. */
  getRuleDocs: (family: string, signal?: AbortSignal) =>
    apiRequest<string>(`/api/rules/${encodeURIComponent(family.toLowerCase())}/docs`, {
      responseType: 'text',
      ...(signal ? { signal } : {}),
    }),

  getPolicy: () => apiRequest<PolicyVersion>('/api/policy'),
  getPolicyHistory: () => apiRequest<PolicyHistory>('/api/policy/history'),
  changePolicy: (policy: OperatorPolicy, note: string) =>
    apiRequest<PolicyVersion>('/api/policy', { method: 'PUT', body: { policy, note } }),
}

function toSearch(query: DemandListQuery): string {
  const params = new URLSearchParams()
  if (query.state && query.state.length > 0) params.set('state', query.state.join(','))
  if (query.instrument) params.set('instrument', query.instrument)
  if (query.authority) params.set('authority', query.authority)
  if (query.due_before) params.set('due_before', query.due_before)
  if (query.sort) params.set('sort', query.sort)
  if (query.limit) params.set('limit', String(query.limit))
  if (query.cursor) params.set('cursor', query.cursor)
  const s = params.toString()
  return s ? `?${s}` : ''
}
