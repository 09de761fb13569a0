import { ToneBadge } from '../../components/StateBadge'
import { statusLabel, statusTone } from './clockModel'

/** A clock's status in words, with a tone that only groups (never the only signal). */
export function ClockStatusBadge({ status, size = 'sm' }: { status: string; size?: 'xs' | 'sm' | 'md' }) {
  return (
    <ToneBadge tone={statusTone(status)} size={size} data-testid="clock-status">
      {statusLabel(status)}
    </ToneBadge>
  )
}
