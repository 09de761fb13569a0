import { createBrowserRouter, Link } from 'react-router'
import { Button, Stack, Text, Title } from '@mantine/core'
import { AppLayout } from './components/AppLayout'
import { DeadlinesPage } from './features/clocks/DeadlinesPage'
import { DemandPage } from './features/demand/DemandPage'
import { NewDemandPage } from './features/new-demand/NewDemandPage'
import { PolicyPage } from './features/policy/PolicyPage'
import { QueuePage } from './features/queue/QueuePage'
import { RuleFamilyPage } from './features/rules/RuleFamilyPage'
import { RulesPage } from './features/rules/RulesPage'
import { LoginPage } from './features/session/LoginPage'
import { RequireSession } from './features/session/RequireSession'

export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  {
    element: <RequireSession />,
    children: [
      {
        element: <AppLayout />,
        children: [
          { index: true, element: <QueuePage /> },
          { path: 'deadlines', element: <DeadlinesPage /> },
          { path: 'demands/new', element: <NewDemandPage /> },
          { path: 'demands/:id', element: <DemandPage /> },
          { path: 'rules', element: <RulesPage /> },
          { path: 'rules/:family', element: <RuleFamilyPage /> },
          { path: 'settings/policy', element: <PolicyPage /> },
          { path: '*', element: <NotFound /> },
        ],
      },
    ],
  },
])

function NotFound() {
  return (
    <Stack align="flex-start" gap="sm" py="xl">
      <Title order={1}>Page not found</Title>
      <Text c="dimmed">There is nothing at this address.</Text>
      <Button component={Link} to="/" variant="default">
        Back to the queue
      </Button>
    </Stack>
  )
}
