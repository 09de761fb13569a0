import {
  Badge,
  Button,
  createTheme,
  Paper,
  Table,
  Tooltip,
  type CSSVariablesResolver,
  type MantineColorsTuple,
} from '@mantine/core'

/** One accent: a deep, quiet blue. Shade 7 on white is above 7:1 contrast. */
const accent: MantineColorsTuple = [
  '#edf2f8',
  '#d9e2ee',
  '#b1c3db',
  '#86a2c6',
  '#6285b4',
  '#4b72a8',
  '#3d65a0',
  '#2f5589',
  '#264776',
  '#1b3558',
]

export const theme = createTheme({
  primaryColor: 'accent',
  primaryShade: 7,
  colors: { accent },
  focusRing: 'auto',
  defaultRadius: 'sm',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", "Liberation Sans", Arial, sans-serif',
  fontFamilyMonospace:
    'ui-monospace, "SFMono-Regular", "DejaVu Sans Mono", "Liberation Mono", Menlo, Consolas, monospace',
  headings: {
    fontWeight: '600',
    sizes: {
      h1: { fontSize: '1.625rem', lineHeight: '1.3' },
      h2: { fontSize: '1.25rem', lineHeight: '1.35' },
      h3: { fontSize: '1.0625rem', lineHeight: '1.4' },
    },
  },
  components: {
    Badge: Badge.extend({
      defaultProps: { radius: 'sm', variant: 'light' },
      styles: { label: { textTransform: 'none', letterSpacing: 0 } },
    }),
    Button: Button.extend({ defaultProps: { radius: 'sm' } }),
    Paper: Paper.extend({ defaultProps: { withBorder: true, radius: 'md', p: 'lg' } }),
    Table: Table.extend({ defaultProps: { verticalSpacing: 'sm', horizontalSpacing: 'md' } }),
    Tooltip: Tooltip.extend({ defaultProps: { openDelay: 300, withArrow: true } }),
  },
})

/**
 * Secondary text and error text darker than Mantine's defaults, so both meet WCAG AA on white
 * (dimmed about 6:1, error about 6:1).
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': '#5c636a',
    '--mantine-color-placeholder': '#6c737a',
    '--mantine-color-error': '#b42318',
  },
  dark: {},
})
