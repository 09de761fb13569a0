import { Alert, Button, Code, Stack, Text } from '@mantine/core'
import { useState } from 'react'
import { apiRequest } from '../../api/client'
import { ErrorAlert } from '../../components/ErrorAlert'

type Issued = { path: string; note: string }

/**
 * A secret address a calendar app can subscribe to (calendar apps cannot sign in). It is shown
 * once; asking for a new one revokes the previous address.
 */
export function CalendarSubscription() {
  const [issued, setIssued] = useState<Issued | null>(null)
  const [error, setError] = useState<unknown>(null)
  const [busy, setBusy] = useState(false)

  async function issue() {
    setBusy(true)
    setError(null)
    try {
      setIssued(await apiRequest<Issued>('/api/calendar/token', { method: 'POST' }))
    } catch (e) {
      setError(e)
    } finally {
      setBusy(false)
    }
  }

  return (
    <Stack gap="xs" align="flex-end">
      <Button variant="default" size="xs" onClick={() => void issue()} loading={busy}>
        {issued ? 'Replace the calendar address' : 'Subscribe in a calendar app'}
      </Button>
      {error ? <ErrorAlert error={error} title="No calendar address was issued" /> : null}
      {issued ? (
        <Alert color="gray" title="Your calendar address (shown once)" maw={520}>
          <Stack gap={6}>
            <Code block data-testid="calendar-url">{`${window.location.origin}${issued.path}`}</Code>
            <Text size="sm">{issued.note}</Text>
          </Stack>
        </Alert>
      ) : null}
    </Stack>
  )
}
