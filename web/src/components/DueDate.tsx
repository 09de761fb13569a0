import { Text } from '@mantine/core'
import { useMeta } from '../api/queries'
import { daysUntil, describeDaysLeft, formatDate } from './format'
import { SETTLED_STATES } from './StateBadge'
import { OVERDUE_TEXT, SOON_TEXT } from './tones'

/** The due date and the days left. Overdue is said in words and marked in red, not by colour alone. */
export function DaysLeft({ dueAt, state }: { dueAt: string | null; state: string }) {
  const meta = useMeta()
  // /api/meta says which states are settled; the built-in list covers the moment before it loads.
  const settled = meta.data?.states.find((s) => s.value === state)?.settled ?? SETTLED_STATES.has(state)
  if (!dueAt)
    return (
      <Text span c="dimmed">
        —
      </Text>
    )
  if (settled) {
    return (
      <Text
        span
        c="dimmed"
        size="sm"
        title="Closed, withdrawn, rejected or produced: nothing more is due to the issuer."
      >
        Clock stopped
      </Text>
    )
  }
  const days = daysUntil(dueAt)
  if (days === null)
    return (
      <Text span c="dimmed">
        —
      </Text>
    )
  const overdue = days < 0
  const soon = days >= 0 && days <= 3
  return (
    <Text
      span
      size="sm"
      fw={overdue || soon ? 600 : 400}
      c={overdue ? OVERDUE_TEXT : soon ? SOON_TEXT : undefined}
    >
      {describeDaysLeft(days)}
    </Text>
  )
}

export function DueDate({ dueAt, state }: { dueAt: string | null; state: string }) {
  if (!dueAt)
    return (
      <Text span c="dimmed">
        —
      </Text>
    )
  return (
    <span>
      {formatDate(dueAt)} · <DaysLeft dueAt={dueAt} state={state} />
    </span>
  )
}
