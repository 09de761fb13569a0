import { Paper, Title, type PaperProps } from '@mantine/core'
import type { ReactNode } from 'react'

/** A titled panel on the demand page; the heading names the region for screen readers. */
export function Section({
  id,
  title,
  children,
  actions,
  ...paper
}: { id: string; title: string; children: ReactNode; actions?: ReactNode } & PaperProps) {
  return (
    <Paper component="section" aria-labelledby={id} {...paper}>
      <div
        style={{
          display: 'flex',
          justifyContent: 'space-between',
          alignItems: 'baseline',
          gap: 12,
          marginBottom: 16,
        }}
      >
        <Title order={2} id={id}>
          {title}
        </Title>
        {actions}
      </div>
      {children}
    </Paper>
  )
}
