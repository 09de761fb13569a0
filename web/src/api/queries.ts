/** Server state, through TanStack Query. Keys live here so that mutations invalidate the right ones. */
import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { ApiError } from './client'
import { api } from './endpoints'
import type {
  DemandDetail,
  DemandListQuery,
  LetterKind,
  NewDemandBody,
  NewDemandFields,
  NewEventBody,
  NoticeBody,
  OperatorPolicy,
} from './types'

export const keys = {
  session: ['session'] as const,
  meta: ['meta'] as const,
  demands: ['demands'] as const,
  demandList: (query: DemandListQuery) => ['demands', 'list', query] as const,
  demand: (id: string) => ['demands', 'detail', id] as const,
  letters: (id: string) => ['demands', 'letters', id] as const,
  staff: ['staff'] as const,
  rules: ['rules'] as const,
  ruleDocs: (family: string) => ['rules', 'docs', family.toLowerCase()] as const,
  policy: ['policy'] as const,
  policyHistory: ['policy', 'history'] as const,
  /** A demand's clocks, per demand version: any write to the demand reads them again. */
  demandClocks: (id: string, version: number) => ['clocks', 'demand', id, version] as const,
  clockList: ['clocks', 'list'] as const,
  notifications: ['notifications'] as const,
}

export function useSession() {
  return useQuery({
    queryKey: keys.session,
    queryFn: api.getSession,
    staleTime: 5 * 60_000,
    retry: false,
  })
}

export function useMeta() {
  return useQuery({ queryKey: keys.meta, queryFn: api.getMeta, staleTime: Infinity })
}

export const PAGE_SIZE = 50

export function useDemandList(query: Omit<DemandListQuery, 'cursor' | 'limit'>) {
  return useInfiniteQuery({
    queryKey: keys.demandList(query),
    queryFn: ({ pageParam, signal }) =>
      api.listDemands({ ...query, limit: PAGE_SIZE, ...(pageParam ? { cursor: pageParam } : {}) }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.next,
  })
}

/**
 * One demand. `pollWhile` keeps reading it every few seconds while something the server does on
 * its own is under way (a queued notice the worker is about to send), so the page shows it sent.
 */
export function useDemand(id: string, options: { pollWhile?: (demand: DemandDetail) => boolean } = {}) {
  const { pollWhile } = options
  return useQuery({
    queryKey: keys.demand(id),
    queryFn: ({ signal }) => api.getDemand(id, signal),
    retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
    refetchInterval: (query) =>
      pollWhile && query.state.data && pollWhile(query.state.data) ? 2_000 : false,
  })
}

/** Active staff (names for ids on the page; the people a demand can be assigned to). */
export function useStaff() {
  return useQuery({ queryKey: keys.staff, queryFn: api.getStaff, staleTime: 5 * 60_000 })
}

export function useSignIn() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: { email: string; password: string }) => api.signIn(input.email, input.password),
    onSuccess: (session) => {
      client.clear()
      client.setQueryData(keys.session, session)
    },
  })
}

export function useSignOut() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: api.signOut,
    onSettled: () => client.clear(),
  })
}

function useStoreDemand() {
  const client = useQueryClient()
  return (demand: DemandDetail) => {
    // Writes answer with the assessment. Should one come without it, keep the one on screen (the
    // page says it is being updated) and read the demand again, so the findings catch up.
    client.setQueryData<DemandDetail>(keys.demand(demand.id), (previous) =>
      demand.assessment || !previous?.assessment ? demand : { ...demand, assessment: previous.assessment },
    )
    void client.invalidateQueries({ queryKey: keys.demands, refetchType: 'none' })
    if (!demand.assessment) void client.invalidateQueries({ queryKey: keys.demand(demand.id), exact: true })
  }
}

export function useCreateDemand() {
  const store = useStoreDemand()
  return useMutation({
    mutationFn: (input: { body: NewDemandBody; idempotencyKey: string }) =>
      api.createDemand(input.body, input.idempotencyKey),
    onSuccess: store,
  })
}

export function useImportDemand() {
  const store = useStoreDemand()
  return useMutation({
    mutationFn: (input: { file: File; fields: NewDemandFields; idempotencyKey: string }) =>
      api.importDemand(input.file, input.fields, input.idempotencyKey),
    onSuccess: store,
  })
}

export function useAddEvent(id: string) {
  const store = useStoreDemand()
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: NewEventBody) => api.addEvent(id, body),
    onSuccess: store,
    onError: (error) => {
      // Someone else moved the demand: reload it so the actions offered match its state.
      if (error instanceof ApiError && error.status === 409)
        void client.invalidateQueries({ queryKey: keys.demand(id) })
    },
  })
}

export function useQueueNotice(id: string) {
  const store = useStoreDemand()
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: NoticeBody) => api.queueNotice(id, body),
    onSuccess: store,
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409)
        void client.invalidateQueries({ queryKey: keys.demand(id) })
    },
  })
}

export function useLetters(id: string) {
  return useQuery({
    queryKey: keys.letters(id),
    queryFn: ({ signal }) => api.listLetters(id, signal),
    retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
  })
}

/** After a letter is drafted or revised: its versions and the demand's timeline both changed. */
function useAfterLetter(id: string) {
  const client = useQueryClient()
  return () => {
    void client.invalidateQueries({ queryKey: keys.letters(id) })
    void client.invalidateQueries({ queryKey: keys.demand(id), exact: true })
    void client.invalidateQueries({ queryKey: keys.demands, refetchType: 'none' })
  }
}

export function useDraftLetter(id: string) {
  const after = useAfterLetter(id)
  return useMutation({
    mutationFn: (input: { kind: LetterKind; expectedVersion?: number }) =>
      api.draftLetter(id, input.kind, input.expectedVersion),
    onSuccess: after,
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) after()
    },
  })
}

export function useReviseLetter(id: string) {
  const after = useAfterLetter(id)
  return useMutation({
    mutationFn: (input: { letterId: string; body: string; expectedVersion?: number }) =>
      api.reviseLetter(id, input.letterId, input.body, input.expectedVersion),
    onSuccess: after,
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) after()
    },
  })
}

/** The rule catalogue: it changes only with a release. */
export function useRules() {
  return useQuery({ queryKey: keys.rules, queryFn: api.getRules, staleTime: Infinity })
}

export function useRuleDocs(family: string) {
  return useQuery({
    queryKey: keys.ruleDocs(family),
    queryFn: ({ signal }) => api.getRuleDocs(family, signal),
    staleTime: Infinity,
    retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
  })
}

export function usePolicy() {
  return useQuery({ queryKey: keys.policy, queryFn: api.getPolicy })
}

export function usePolicyHistory() {
  return useQuery({ queryKey: keys.policyHistory, queryFn: api.getPolicyHistory })
}

export function useChangePolicy() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: { policy: OperatorPolicy; note: string }) =>
      api.changePolicy(input.policy, input.note),
    onSuccess: (inForce) => {
      client.setQueryData(keys.policy, inForce)
      void client.invalidateQueries({ queryKey: keys.policyHistory })
      // Every assessment depends on the policy in force.
      void client.invalidateQueries({ queryKey: keys.demands })
    },
  })
}

/** The demand's clocks. Keyed on its version, so a recorded event or correction moves them at once. */
export function useDemandClocks(id: string, version: number) {
  return useQuery({
    queryKey: keys.demandClocks(id, version),
    queryFn: ({ signal }) => api.getDemandClocks(id, signal),
    placeholderData: keepPreviousData,
    // Days left change with the clock on the wall: read them again now and then.
    refetchInterval: 5 * 60_000,
  })
}

export function useClockList() {
  return useQuery({
    queryKey: keys.clockList,
    queryFn: ({ signal }) => api.listClocks(signal),
    refetchInterval: 5 * 60_000,
  })
}

export function useNotifications() {
  return useQuery({
    queryKey: keys.notifications,
    queryFn: ({ signal }) => api.listNotifications(signal),
    refetchInterval: 60_000,
    retry: false,
  })
}

export function useMarkNotificationRead() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => api.markNotificationRead(id),
    onSettled: () => client.invalidateQueries({ queryKey: keys.notifications }),
  })
}
