import { AppShell, Anchor, Box, Button, Container, Group, Menu, Text, UnstyledButton } from '@mantine/core'
import { NavLink as RouterNavLink, Outlet, ScrollRestoration, useNavigate } from 'react-router'
import { useSession, useSignOut } from '../api/queries'
import type { User } from '../api/types'
import { NotificationsMenu } from './NotificationsMenu'

const NAV = [
  { to: '/', label: 'Queue', end: true },
  { to: '/deadlines', label: 'Deadlines', end: true },
  { to: '/demands/new', label: 'New demand', end: true },
  { to: '/rules', label: 'Rules', end: false },
  { to: '/settings/policy', label: 'Policy', end: true },
]

/** The frame of every signed-in screen: product name, navigation, the user, Sign out. */
export function AppLayout() {
  const session = useSession()
  const user = session.data?.user
  return (
    <AppShell header={{ height: 60 }} padding={0}>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <AppShell.Header style={{ borderBottom: '1px solid var(--custodian-border)' }}>
        <Container size="xl" h="100%">
          <Group h="100%" justify="space-between" wrap="nowrap">
            <Group gap="xl" wrap="nowrap">
              <Anchor
                component={RouterNavLink}
                to="/"
                underline="never"
                c="accent.9"
                aria-label="Custodian, home"
              >
                <Group gap={10} wrap="nowrap">
                  <Logo />
                  <Text fw={700} size="lg" c="accent.9" style={{ letterSpacing: '0.01em' }}>
                    Custodian
                  </Text>
                </Group>
              </Anchor>
              <nav aria-label="Main">
                <Group gap={4} wrap="nowrap">
                  {NAV.map((item) => (
                    <RouterNavLink
                      key={item.to}
                      to={item.to}
                      end={item.end}
                      style={{ textDecoration: 'none' }}
                    >
                      {({ isActive }) => (
                        <Box
                          component="span"
                          px="sm"
                          py={6}
                          style={{
                            display: 'inline-block',
                            borderRadius: 4,
                            fontWeight: isActive ? 600 : 500,
                            fontSize: 'var(--mantine-font-size-sm)',
                            color: isActive ? 'var(--mantine-color-accent-9)' : '#343a40',
                            background: isActive ? 'var(--mantine-color-accent-0)' : 'transparent',
                          }}
                          aria-current={isActive ? 'page' : undefined}
                        >
                          {item.label}
                        </Box>
                      )}
                    </RouterNavLink>
                  ))}
                </Group>
              </nav>
            </Group>
            {user && <UserMenu user={user} />}
          </Group>
        </Container>
      </AppShell.Header>
      <AppShell.Main>
        <Container size="xl" py="xl" id="main" component="main" tabIndex={-1} style={{ outline: 'none' }}>
          <Outlet />
        </Container>
        <ScrollRestoration />
      </AppShell.Main>
    </AppShell>
  )
}

function UserMenu({ user }: { user: User }) {
  const signOut = useSignOut()
  const navigate = useNavigate()
  const onSignOut = () =>
    signOut.mutate(undefined, { onSettled: () => void navigate('/login', { replace: true }) })
  return (
    <Group gap="md" wrap="nowrap">
      <NotificationsMenu />
      <Menu position="bottom-end" width={240}>
        <Menu.Target>
          <UnstyledButton
            aria-label={`Signed in as ${user.name || user.email}`}
            px={6}
            py={4}
            style={{ borderRadius: 4 }}
          >
            <Text size="sm" fw={600} lh={1.2} data-testid="signed-in-user">
              {user.name || user.email}
            </Text>
            <Text size="xs" c="dimmed" lh={1.2}>
              {roleLabel(user.role)}
            </Text>
          </UnstyledButton>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>Signed in as</Menu.Label>
          <Menu.Item disabled>{user.email}</Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Button variant="default" size="xs" onClick={onSignOut} loading={signOut.isPending}>
        Sign out
      </Button>
    </Group>
  )
}

function roleLabel(role: string): string {
  return role ? role.charAt(0).toUpperCase() + role.slice(1).replace(/_/g, ' ') : ''
}

export function Logo({ size = 28 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="6" fill="var(--mantine-color-accent-9)" />
      <path
        d="M16 6.5 8.5 9.5v6c0 4.6 3.1 8.6 7.5 10 4.4-1.4 7.5-5.4 7.5-10v-6L16 6.5Z"
        fill="none"
        stroke="#fff"
        strokeWidth="1.8"
        strokeLinejoin="round"
      />
      <path
        d="m12.5 16 2.5 2.5 4.5-5"
        fill="none"
        stroke="#fff"
        strokeWidth="1.8"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  )
}
