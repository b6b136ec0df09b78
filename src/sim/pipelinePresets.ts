/**
 * Pipelines of two or three stages, for the CLI (`npm run sim -- --preset …`) and tests. They stay out
 * of PRESETS, and so out of the page's preset bar and its first download, until the page draws a chain
 * of stages; a link or file that carries one opens with a notice instead (see the page's side).
 * Each has a one-line description and a short summary of what it shows, in the words of the others.
 */
import type { Preset } from './presets.ts';

export interface PipelinePreset extends Omit<Preset, 'category'> {
  category: 'pipeline';
  /** What the system is, in a sentence (as presetDescriptions.ts). */
  description: string;
  /** What it shows: what happens, and what it costs (as presetSummaries.ts). */
  summary: string;
}

const DURATION_SEC = 30;

function pipeline(
  id: string,
  title: string,
  description: string,
  summary: string,
  scenario: Preset['scenario'],
): PipelinePreset {
  return {
    id,
    title,
    category: 'pipeline',
    description,
    summary,
    scenario: { name: title, durationSec: DURATION_SEC, ...scenario },
  };
}

export const PIPELINE_PRESETS: readonly PipelinePreset[] = [
  pipeline(
    'pipeline-slow-database',
    'A slow database behind a worker pool',
    'Requests queue for an API, which hands them to a pool of 4 workers, which each wait on a database of 4 connections (20–40 ms a query) that slows as its queue grows.',
    'From 8 s a busier spell gives the database a queue, and a database with a queue is slower, so the queue stays. Its connections are full, so the workers hold their finished requests and wait; their queue fills, then the API’s, and the client is held at the door. No request is lost, but every stage above the database now waits on it, and latency is set by the slowest stage.',
    {
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
    {
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
    {
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
    {
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
