/**
 * Pipelines of two or three stages: the CLI's (`npm run sim -- --preset …`), and the page's once
 * `joinPipelinePresets` has added them to LATER_PRESETS. The page's first download does without them: the
 * preset bar and the link reader, both loaded later, join them, so a link, an embed or a comparison
 * that names one finds it. Each has a one-line description, a short summary of what it shows in the
 * words of the others, and what to watch on the page.
 */
import { findPreset, LATER_PRESETS, type Preset } from './presets.ts';

export interface PipelinePreset extends Preset {
  category: 'pipeline';
  /** What the system is, in a sentence (as presetDescriptions.ts). */
  description: string;
  /** What it shows: what happens, and what it costs (as presetSummaries.ts). */
  summary: string;
  /** What to watch: where the backlog builds, and how far up the chain the slowness is felt. */
  watch: string;
}

const DURATION_SEC = 30;

function pipeline(
  id: string,
  title: string,
  description: string,
  summary: string,
  watch: string,
  scenario: Preset['scenario'],
): PipelinePreset {
  return {
    id,
    title,
    category: 'pipeline',
    description,
    summary,
    watch,
    scenario: { name: title, durationSec: DURATION_SEC, ...scenario },
  };
}

export const PIPELINE_PRESETS: readonly PipelinePreset[] = [
  pipeline(
    'pipeline-slow-database',
    'A slow database behind a worker pool',
    'Requests come at 80 requests/s, with a surge to 150/s from 8 s to 11 s, and queue for an API with 8 request handlers (stage 1), which hands them to a pool of 4 workers (stage 2), which pass each on to a database of 4 connections (stage 3, 20–40 ms a query) that slows as its queue grows; a worker whose hand-off finds the database’s queue full holds it and waits.',
    'From 8 s the surge to 150/s gives the database a queue, and a database with a queue is slower, so the queue stays even after the surge. Its connections are full, so the workers hold their finished requests and wait; their queue fills, then the API’s, and the client is held at the door. No request is lost, but every stage above the database now waits on it, and latency is set by the slowest stage.',
    'Watch the database’s queue fill first, then the workers’ queue, then the API’s: the backlog builds from the last stage back to the first, and the producer is held last of all, two stages away from the slow one.',
    {
      stageName: 'API',
      workload: {
        pattern: {
          kind: 'step',
          baseRatePerSec: 80,
          stepRatePerSec: 150,
          atMs: 8000,
          durationMs: 3000,
        },
      },
      queue: { capacity: 30, whenFull: 'block' },
      consumers: { count: 8, service: { kind: 'exponential', meanMs: 5 } },
      downstream: [
        {
          name: 'worker pool',
          link: { kind: 'blocking' },
          queue: { capacity: 20 },
          consumers: { count: 4, service: { kind: 'exponential', meanMs: 10 } },
        },
        {
          name: 'database',
          link: { kind: 'blocking' },
          queue: { capacity: 10 },
          consumers: {
            count: 4,
            service: { kind: 'uniform', minMs: 20, maxMs: 40 },
            slowUnderLoad: { basis: 'queue-depth', above: 5, perUnit: 0.2, maxFactor: 3 },
          },
        },
      ],
    },
  ),
  pipeline(
    'pipeline-proxy-buffering',
    'Nginx buffering in front of a slow server',
    'A fast client sends 120 requests/s over TCP to nginx, which reads each request into its buffer (proxy_request_buffering on, room for 300) before passing it to a server that manages 80/s.',
    'For the first seconds the client goes at full speed: nginx reads everything into its buffer while the server works through it. Once the buffer is full, nginx stops reading, its TCP window closes and the client slows to the server’s pace. The buffer only delays the moment the client feels the slow server, and every request then waits in it for seconds.',
    'Watch the nginx buffer fill while the server’s queue stays short: the backlog builds in the middle stage, and the client is held only once the buffer is full.',
    {
      stageName: 'TCP connection',
      workload: { pattern: { kind: 'steady', ratePerSec: 120 } },
      feedback: { kind: 'credit', window: 16, delayMs: 20 },
      queue: { capacity: 16 },
      consumers: { count: 1, service: { kind: 'constant', meanMs: 1 } },
      downstream: [
        {
          name: 'nginx buffer',
          link: { kind: 'blocking' },
          queue: { capacity: 300 },
          consumers: { count: 1, service: { kind: 'constant', meanMs: 1 } },
        },
        {
          name: 'server',
          link: { kind: 'credit', window: 8, delayMs: 20 },
          queue: { capacity: 8 },
          consumers: { count: 2, service: { kind: 'exponential', meanMs: 25 } },
        },
      ],
    },
  ),
  pipeline(
    'pipeline-kafka-between-services',
    'Kafka between two services',
    'Service A handles 100 requests/s and publishes each to a Kafka topic; service B’s two consumers read it at about 67/s.',
    'Service A never notices that B is slow: the topic takes every message, so A’s queue stays short and its latency low. The cost is B’s lag, which grows by about 33 messages a second for as long as this lasts, and the end-to-end latency grows with it.',
    'Watch the topic’s queue (stage 2) grow without end while stage 1 stays short: the backlog builds below the fire-and-forget link, and the slowness is never felt upstream of it.',
    {
      stageName: 'service A',
      workload: { pattern: { kind: 'steady', ratePerSec: 100 } },
      queue: { capacity: 50, whenFull: 'reject' },
      consumers: { count: 4, service: { kind: 'exponential', meanMs: 10 } },
      downstream: [
        {
          name: 'topic and service B',
          link: { kind: 'fire-and-forget' },
          queue: { capacity: null },
          consumers: { count: 2, service: { kind: 'exponential', meanMs: 30 } },
        },
      ],
    },
  ),
  pipeline(
    'pipeline-reactive-streams',
    'Reactive Streams, demand end to end',
    'A source, a map stage and a sink, each asking the one before it for 8 elements at a time (request(n)); the sink manages 40/s of the 120/s the source could send.',
    'Demand travels upstream: the sink asks for no more than it can take, so the map stage runs out of demand and waits, and so does the source. Nothing is dropped and no buffer grows beyond its request size; the source simply sends at the sink’s pace, and what it could have sent beyond that is held back.',
    'Watch every queue stay at its request size or below: nothing piles up anywhere, and the slowness of the sink is felt at once at the source, which is held back.',
    {
      stageName: 'source',
      workload: { pattern: { kind: 'steady', ratePerSec: 120 } },
      feedback: { kind: 'credit', window: 8, delayMs: 5 },
      queue: { capacity: 8 },
      consumers: { count: 1, service: { kind: 'exponential', meanMs: 4 } },
      downstream: [
        {
          name: 'map',
          link: { kind: 'credit', window: 8, delayMs: 5 },
          queue: { capacity: 8 },
          consumers: { count: 1, service: { kind: 'exponential', meanMs: 6 } },
        },
        {
          name: 'sink',
          link: { kind: 'credit', window: 8, delayMs: 5 },
          queue: { capacity: 8 },
          consumers: { count: 1, service: { kind: 'exponential', meanMs: 25 } },
        },
      ],
    },
  ),
];

/**
 * Adds the pipelines to LATER_PRESETS, once, so every lookup (links, embeds, comparisons, the
 * store's loadPreset) finds them from then on. The page calls it from the modules that load after
 * its first screen (the preset bar, the link reader), which keeps them out of its first download.
 */
export function joinPipelinePresets(): void {
  for (const p of PIPELINE_PRESETS) if (findPreset(p.id) === undefined) LATER_PRESETS.push(p);
}
