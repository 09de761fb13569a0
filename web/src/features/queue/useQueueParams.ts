import { useCallback, useMemo } from 'react'
import { useSearchParams } from 'react-router'

export type SortKey = 'due_at' | '-due_at' | 'received_at' | '-received_at'
const SORTS: readonly SortKey[] = ['due_at', '-due_at', 'received_at', '-received_at']
export const DEFAULT_SORT: SortKey = '-received_at'

export type QueueFilters = {
  state: string[]
  instrument: string
  authority: string
  due_before: string
  sort: SortKey
}

/** The queue's filters and sort live in the URL, so a filtered queue can be bookmarked and shared. */
export function useQueueParams() {
  const [params, setParams] = useSearchParams()

  const filters = useMemo<QueueFilters>(() => {
    const sort = params.get('sort') as SortKey | null
    return {
      state: (params.get('state') ?? '').split(',').filter(Boolean),
      instrument: params.get('instrument') ?? '',
      authority: params.get('authority') ?? '',
      due_before: params.get('due_before') ?? '',
      sort: sort && SORTS.includes(sort) ? sort : DEFAULT_SORT,
    }
  }, [params])

  const update = useCallback(
    (patch: Partial<QueueFilters>) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current)
          for (const [key, value] of Object.entries(patch)) {
            const text = Array.isArray(value) ? value.join(',') : (value ?? '')
            if (!text || (key === 'sort' && text === DEFAULT_SORT)) next.delete(key)
            else next.set(key, text)
          }
          return next
        },
        { replace: true },
      )
    },
    [setParams],
  )

  const clear = useCallback(() => {
    setParams(
      (current) => {
        const next = new URLSearchParams()
        const sort = current.get('sort')
        if (sort) next.set('sort', sort)
        return next
      },
      { replace: true },
    )
  }, [setParams])

  const active =
    filters.state.length > 0 || !!filters.instrument || !!filters.authority || !!filters.due_before
  return { filters, update, clear, active }
}
