import {
  Box,
  Button,
  Center,
  Group,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { useDocumentTitle } from '@mantine/hooks'
import { useState, type FormEvent } from 'react'
import { Navigate, useNavigate, useSearchParams } from 'react-router'
import { isApiError } from '../../api/client'
import { useSession, useSignIn } from '../../api/queries'
import { Logo } from '../../components/AppLayout'
import { ErrorAlert } from '../../components/ErrorAlert'
import { safeNext } from './RequireSession'

export function LoginPage() {
  useDocumentTitle('Sign in · Custodian')
  const [params] = useSearchParams()
  const next = safeNext(params.get('next'))
  const navigate = useNavigate()
  const session = useSession()
  const signIn = useSignIn()
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const [submitted, setSubmitted] = useState(false)

  if (session.data && !signIn.isPending) return <Navigate to={next} replace />

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    setSubmitted(true)
    if (!email.trim() || !password) return
    signIn.mutate(
      { email: email.trim(), password },
      { onSuccess: () => void navigate(next, { replace: true }) },
    )
  }

  const wrongCredentials = isApiError(signIn.error) && signIn.error.status === 401

  return (
    <Center mih="100vh" px="md" component="main">
      <Box w="100%" maw={420}>
        <Group gap={12} justify="center" mb="lg">
          <Logo size={36} />
          <Text fw={700} size="xl" c="accent.9">
            Custodian
          </Text>
        </Group>
        <Paper p="xl" shadow="xs">
          <form onSubmit={onSubmit} noValidate aria-describedby="login-help">
            <Stack gap="md">
              <div>
                <Title order={1} size="h2">
                  Sign in
                </Title>
                <Text id="login-help" size="sm" c="dimmed" mt={4}>
                  Legal process desk. Use the account your administrator gave you.
                </Text>
              </div>
              <TextInput
                label="Email"
                type="email"
                name="email"
                autoComplete="username"
                required
                withAsterisk={false}
                value={email}
                onChange={(e) => setEmail(e.currentTarget.value)}
                error={submitted && !email.trim() ? 'Enter your email address' : undefined}
                autoFocus
              />
              <PasswordInput
                label="Password"
                name="password"
                autoComplete="current-password"
                required
                withAsterisk={false}
                value={password}
                onChange={(e) => setPassword(e.currentTarget.value)}
                error={submitted && !password ? 'Enter your password' : undefined}
              />
              {signIn.error &&
                (wrongCredentials ? (
                  <ErrorAlert error={signIn.error} title="Email or password not recognised" />
                ) : (
                  <ErrorAlert error={signIn.error} title="Could not sign in" />
                ))}
              <Button type="submit" loading={signIn.isPending} fullWidth>
                Sign in
              </Button>
            </Stack>
          </form>
        </Paper>
        <Text size="xs" c="dimmed" ta="center" mt="lg">
          First start? The administrator’s email and one-time password are printed where the server was
          started.
        </Text>
      </Box>
    </Center>
  )
}
