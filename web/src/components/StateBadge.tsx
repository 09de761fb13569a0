import { Badge, type BadgeProps } from '@mantine/core'
import type { ReactNode } from 'react'
import { useMeta } from '../api/queries'
import { labelOf } from './format'
import { TONES, type Tone } from './tones'

/**
 * The state as a badge. The text always says the state; the tone only groups them (open work,
 * review, waiting on others, dispute, production, settled), so colour is never the only signal.
 */
const STATE_TONES: Record<string, Tone> = {
  received: 'blue',
  triage: 'blue',
  legal_review: 'indigo',
  awaiting_clarification: 'amber',
  objected: 'orange',
  in_litigation: 'purple',
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

export function ToneBadge({
  tone,
  children,
  size = 'md',
  ...rest
}: {
  tone: Tone
  children: ReactNode
  size?: BadgeProps['size']
  'data-testid'?: string
}) {
  const t = TONES[tone]
  return (
    <Badge
      size={size}
      variant="light"
      bg={t.bg}
      c={t.fg}
      style={{ flexShrink: 0, border: `1px solid ${t.border}` }}
      {...rest}
    >
      {children}
    </Badge>
  )
}

export function StateBadge({
  state,
  size = 'md',
  'data-testid': testId,
}: {
  state: string
  size?: BadgeProps['size']
  'data-testid'?: string
}) {
  const meta = useMeta()
  return (
    <ToneBadge tone={STATE_TONES[state] ?? 'gray'} size={size} data-testid={testId}>
      {labelOf(meta.data?.states, state)}
    </ToneBadge>
  )
}
