/**
 * What the "Share and export" panel says about each download, for a reader who came from a blog post,
 * not a terminal. The scenario file once said "…or run with npm run sim", which means nothing to
 * that reader: the panel says what the file is for on this page, and tells developers apart, in a
 * line of their own, that the same file runs from the command line.
 */
export const DOWNLOAD_WORDS = {
  series: {
    label: 'Time series (CSV)',
    what: 'one row per sample: depth, rates, drops by reason, latency percentiles; opens in a spreadsheet',
  },
  summary: {
    label: 'Summary (JSON)',
    what: 'the totals and averages of the run so far',
  },
  scenario: {
    label: 'Scenario (JSON)',
    what: 'every setting, to load here again later (Import, below) or to send to someone',
  },
} as const;

/** The line for developers under the downloads: the command and where it is explained. */
export const FOR_DEVELOPERS = {
  lead: 'For developers:',
  before: 'the same file runs in a terminal, in a copy of the project, with',
  command: 'npm run sim -- --scenario FILE.json',
  after: '(see “Headless runs” in the README).',
} as const;
