import { Alert, Anchor, Paper, Stack, Text } from '@mantine/core'
import { useDocumentTitle } from '@mantine/hooks'
import { useEffect, useMemo } from 'react'
import { Link, useLocation, useParams } from 'react-router'
import { isApiError } from '../../api/client'
import { useRuleDocs, useRules } from '../../api/queries'
import { ErrorAlert } from '../../components/ErrorAlert'
import { PageLoader } from '../../components/PageState'
import { familyName } from './families'
import { RuleMarkdown } from './RuleMarkdown'

/** /rules/:family: the family's documentation, scrolled to the rule named in the address. */
export function RuleFamilyPage() {
  const { family = '' } = useParams()
  const { hash } = useLocation()
  const docs = useRuleDocs(family)
  const rules = useRules()
  const target = hash ? decodeURIComponent(hash.slice(1)) : null
  const known = useMemo(() => new Set((rules.data?.rules ?? []).map((r) => r.id)), [rules.data])
  useDocumentTitle(`${familyName(family)} rules · Custodian`)

  // Once the page is drawn, bring the rule into view and move focus to it (keyboard users land there).
  useEffect(() => {
    if (!docs.data) return
    if (!target) {
      window.scrollTo(0, 0)
      return
    }
    const el = document.getElementById(target)
    if (el) {
      el.scrollIntoView({ block: 'start' })
      el.focus({ preventScroll: true })
    }
  }, [docs.data, target])

  const missing =
    target && docs.data && known.size > 0 && !known.has(target) && !/^[a-z0-9-]+$/.test(target)
      ? target
      : null

  return (
    <Stack gap="md">
      <Anchor component={Link} to="/rules" size="sm" c="accent.8">
        ← All rules
      </Anchor>
      {docs.isPending && <PageLoader label="Loading the rules page…" />}
      {docs.isError && (
        <ErrorAlert
          error={docs.error}
          title={
            isApiError(docs.error) && docs.error.status === 400
              ? 'No such rule family'
              : 'The page could not be loaded'
          }
        />
      )}
      {missing && (
        <Alert color="yellow" variant="light" title="Rule not found on this page">
          <Text size="sm">
            There is no rule {missing} in the {family.toUpperCase()} family. It may have been renamed.
          </Text>
        </Alert>
      )}
      {docs.data && (
        <Paper component="article" aria-label={`${familyName(family)} rules`}>
          <RuleMarkdown markdown={docs.data} known={known} target={target} />
        </Paper>
      )}
    </Stack>
  )
}
