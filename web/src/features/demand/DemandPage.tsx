import { Anchor, Grid, Stack } from '@mantine/core'
import { useDocumentTitle } from '@mantine/hooks'
import { Link, useParams } from 'react-router'
import { isApiError } from '../../api/client'
import { useDemand, useMeta } from '../../api/queries'
import { ErrorAlert } from '../../components/ErrorAlert'
import { PageLoader } from '../../components/PageState'
import { AssessmentPanel } from '../assessment/AssessmentPanel'
import { ActionsPanel } from './ActionsPanel'
import { DemandHeader } from './DemandHeader'
import { DocumentsPanel } from './DocumentsPanel'
import { FieldsPanel } from './FieldsPanel'
import { TimelinePanel } from './TimelinePanel'

export function DemandPage() {
  const { id = '' } = useParams()
  const demand = useDemand(id)
  const meta = useMeta()
  useDocumentTitle(demand.data ? `${demand.data.reference ?? 'Demand'} · Custodian` : 'Demand · Custodian')

  if (demand.isPending) return <PageLoader label="Loading the demand…" />
  if (demand.isError) {
    const notFound = isApiError(demand.error) && demand.error.status === 404
    return (
      <Stack gap="md" maw={720}>
        <BackLink />
        <ErrorAlert
          error={demand.error}
          title={notFound ? 'No such demand' : 'The demand could not be loaded'}
        />
      </Stack>
    )
  }

  const d = demand.data
  return (
    <Stack gap="lg">
      <BackLink />
      <DemandHeader demand={d} meta={meta.data} />
      <Grid gap="lg" align="flex-start">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="lg">
            <AssessmentPanel
              key={d.id}
              assessment={d.assessment}
              updating={demand.isFetching}
              meta={meta.data}
            />
            <FieldsPanel demand={d} meta={meta.data} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="lg">
            <ActionsPanel demand={d} meta={meta.data} />
            <TimelinePanel events={d.timeline} meta={meta.data} />
          </Stack>
        </Grid.Col>
      </Grid>
      <DocumentsPanel documents={d.documents} />
    </Stack>
  )
}

function BackLink() {
  return (
    <Anchor component={Link} to="/" size="sm" c="accent.8">
      ← Back to the queue
    </Anchor>
  )
}
