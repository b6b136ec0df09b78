/** The playground's charts, by the names links and embeds use for them. */
export const CHART_IDS = ['depth', 'drops', 'throughput', 'latency', 'producer'] as const;
export type ChartId = (typeof CHART_IDS)[number];
