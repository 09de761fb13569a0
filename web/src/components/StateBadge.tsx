import { Badge } from '@mantine/core'
import { useMeta } from '../api/queries'
import { labelOf } from './format'

/**
 * The state as a badge. The text always says the state; the colour only groups them (open work,
 * waiting on others, dispute, production, settled), so colour is never the only signal.
 */
const STATE_COLOURS: Record<string, string> = {
  received: 'blue',
  triage: 'blue',
  legal_review: 'indigo',
  awaiting_clarification: 'yellow',
  objected: 'orange',
  in_litigation: 'grape',
  approved: 'teal',
  producing: 'teal',
  produced: 'green',
  rejected: 'gray',
  withdrawn: 'gray',
  closed: 'gray',
}

/**
 * States in which nothing more is owed to the issuer (mirrors SETTLED_STATES in src/core): the
 * deadline no longer runs.
 */
export const SETTLED_STATES: ReadonlySet<string> = new Set(['produced', 'rejected', 'withdrawn', 'closed'])

export function StateBadge({
  state,
  size = 'md',
  'data-testid': testId,
}: {
  state: string
  size?: 'sm' | 'md' | 'lg'
  'data-testid'?: string
}) {
  const meta = useMeta()
  const colour = STATE_COLOURS[state] ?? 'gray'
  return (
    <Badge color={colour} c={`${colour}.9`} size={size} style={{ flexShrink: 0 }} data-testid={testId}>
      {labelOf(meta.data?.states, state)}
    </Badge>
  )
}
