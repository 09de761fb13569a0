import { Alert, List, Stack, Text } from '@mantine/core'
import { isApiError } from '../api/client'

/** A problem+json error (or any error) in words: title, detail, and the code for support. */
export function ErrorAlert({
  error,
  title,
  detail: override,
}: {
  error: unknown
  title?: string
  detail?: string
}) {
  if (!error) return null
  const api = isApiError(error) ? error : null
  const heading = title ?? api?.title ?? 'Something went wrong'
  const detail = override ?? (api ? api.detail : error instanceof Error ? error.message : String(error))
  const problems = api ? listProblems(api.problem) : []
  return (
    <Alert
      color="red"
      variant="light"
      title={heading}
      role="alert"
      styles={{ title: { color: 'var(--mantine-color-red-9)' } }}
    >
      <Stack gap={4}>
        {api && title && api.title !== title && (
          <Text size="sm" fw={600}>
            {api.title}
          </Text>
        )}
        {problems.length > 0 ? (
          <List size="sm" spacing={2}>
            {problems.map((p, i) => (
              <List.Item key={i}>{p}</List.Item>
            ))}
          </List>
        ) : (
          detail && <Text size="sm">{detail}</Text>
        )}
        {api && (api.code || api.status > 0) && (
          <Text size="xs" c="dimmed">
            {[api.status > 0 ? `HTTP ${api.status}` : null, api.code].filter(Boolean).join(' · ')}
          </Text>
        )}
      </Stack>
    </Alert>
  )
}

/**
 * Validation problems ({ field, message }, or { path, message } from the policy) as
 * "fields.due_at: expected a date-time…".
 */
function listProblems(problem: Record<string, unknown>): string[] {
  const list = Array.isArray(problem.problems)
    ? problem.problems
    : Array.isArray(problem.issues)
      ? problem.issues
      : []
  return list.slice(0, 8).flatMap((p: unknown) => {
    if (!p || typeof p !== 'object') return []
    const { path, message } = p as { path?: unknown; message?: unknown }
    const field = (p as { field?: unknown }).field ?? path
    if (typeof message !== 'string') return []
    return [
      typeof field === 'string' && field && field !== '(root)'
        ? `${field.replace(/^fields\./, '').replace(/_/g, ' ')}: ${message}`
        : message,
    ]
  })
}
