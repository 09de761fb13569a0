import { Anchor, Box, Button, Popover, Stack, Text, UnstyledButton } from '@mantine/core'
import { useState } from 'react'
import { Link } from 'react-router'
import { useMarkNotificationRead, useNotifications } from '../api/queries'
import type { AppNotification } from '../api/types'
import { ErrorAlert } from './ErrorAlert'
import { formatDateTime } from './format'

/** The header's notifications: the unread count, opening the list (newest first) to read and mark read. */
export function NotificationsMenu() {
  const [opened, setOpened] = useState(false)
  const notifications = useNotifications()
  const unread = notifications.data?.unread ?? 0
  const items = notifications.data?.items ?? []
  const label = unread === 0 ? 'Notifications, none unread' : `Notifications, ${unread} unread`

  return (
    <Popover
      opened={opened}
      onChange={setOpened}
      position="bottom-end"
      width={360}
      shadow="md"
      trapFocus
      returnFocus
    >
      <Popover.Target>
        <UnstyledButton
          onClick={() => setOpened((o) => !o)}
          aria-label={label}
          aria-expanded={opened}
          aria-haspopup="dialog"
          data-testid="notifications-button"
          px={8}
          py={4}
          style={{ borderRadius: 4, display: 'inline-flex', alignItems: 'center', gap: 6 }}
        >
          <Text span size="sm" fw={500} c="#343a40">
            Notifications
          </Text>
          {unread > 0 && (
            <Box
              component="span"
              aria-hidden="true"
              data-testid="notifications-unread"
              style={{
                minWidth: 20,
                padding: '0 6px',
                borderRadius: 10,
                background: '#8f1a1a',
                color: '#fff',
                fontSize: 12,
                fontWeight: 700,
                lineHeight: '20px',
                textAlign: 'center',
              }}
            >
              {unread > 99 ? '99+' : unread}
            </Box>
          )}
        </UnstyledButton>
      </Popover.Target>
      <Popover.Dropdown p={0} role="dialog" aria-label="Notifications">
        <Box px="md" py="sm" style={{ borderBottom: '1px solid var(--custodian-border)' }}>
          <Text fw={600} size="sm">
            Notifications
          </Text>
          <Text size="xs" c="#495057" aria-live="polite">
            {unread === 0 ? 'Nothing unread' : unread === 1 ? '1 unread' : `${unread} unread`}
          </Text>
        </Box>
        <Box mah={420} style={{ overflowY: 'auto' }}>
          {notifications.isError ? (
            <Box p="md">
              <ErrorAlert error={notifications.error} title="Notifications could not be loaded" />
            </Box>
          ) : notifications.isPending ? (
            <Text size="sm" c="dimmed" p="md">
              Loading…
            </Text>
          ) : items.length === 0 ? (
            <Text size="sm" c="dimmed" p="md">
              No notifications yet.
            </Text>
          ) : (
            <Stack component="ul" gap={0} p={0} m={0} style={{ listStyle: 'none' }}>
              {items.map((n) => (
                <NotificationItem key={n.id} notification={n} onOpen={() => setOpened(false)} />
              ))}
            </Stack>
          )}
        </Box>
      </Popover.Dropdown>
    </Popover>
  )
}

function NotificationItem({ notification: n, onOpen }: { notification: AppNotification; onOpen: () => void }) {
  const markRead = useMarkNotificationRead()
  const unread = n.read_at === null
  return (
    <Box
      component="li"
      px="md"
      py="sm"
      data-testid="notification"
      style={{
        borderBottom: '1px solid var(--custodian-border)',
        background: unread ? 'var(--mantine-color-accent-0)' : undefined,
      }}
    >
      <Stack gap={4}>
        <Text size="sm" fw={unread ? 700 : 500}>
          {unread && (
            <Text span size="xs" fw={700} c="accent.9" mr={6}>
              Unread:
            </Text>
          )}
          {n.title}
        </Text>
        {n.body && (
          <Text size="sm" c="#343a40">
            {n.body}
          </Text>
        )}
        <Text size="xs" c="#495057">
          <time dateTime={n.created_at}>{formatDateTime(n.created_at)}</time>
        </Text>
        <div style={{ display: 'flex', gap: 12, alignItems: 'center', flexWrap: 'wrap' }}>
          {n.demand_id && (
            <Anchor
              component={Link}
              to={`/demands/${n.demand_id}`}
              size="sm"
              c="accent.8"
              onClick={() => {
                if (unread) markRead.mutate(n.id)
                onOpen()
              }}
            >
              Open the demand
            </Anchor>
          )}
          {unread && (
            <Button
              variant="default"
              size="compact-xs"
              onClick={() => markRead.mutate(n.id)}
              loading={markRead.isPending}
              aria-label={`Mark read: ${n.title}`}
            >
              Mark read
            </Button>
          )}
        </div>
        {markRead.isError && <ErrorAlert error={markRead.error} title="Could not mark it read" />}
      </Stack>
    </Box>
  )
}
