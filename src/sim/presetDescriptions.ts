/**
 * One line per preset for the top of the page, under its title: what the system is, in a sentence.
 * A preset that is one strategy has none (it carries the strategy's name, and the strategy's own line
 * says what it does). Apart from the presets themselves, so that the page's first JavaScript, which
 * needs the presets' scenarios, does without their words; the scenario line loads these with itself.
 */
export const PRESET_DESCRIPTIONS: Readonly<Record<string, string>> = {
  'go-channel': 'A goroutine sends into a channel of 100 and waits whenever it is full.',
  'go-unbuffered-channel':
    'make(chan T): each send waits until the receiving goroutine takes the value.',
  'tcp-window': 'At most 16 segments unacknowledged, and each acknowledgement takes 80 ms.',
  'grpc-stream': 'HTTP/2 flow control: at most 64 messages in flight to a slower server.',
  kafka: 'The log takes everything and keeps it 5 s; three consumers pull at their own pace.',
  'actor-mailbox-block': 'A mailbox of 32; whoever sends to a full one waits.',
  'actor-mailbox-dead-letters':
    'A mailbox of 32; what does not fit goes to dead letters, never retried.',
  'nginx-limit-req':
    'limit_req rate=50r/s burst=20: bursts of 200 requests/s; 20 beyond the rate wait their turn at the limit, up to 0.4 s, before they reach the queue (the line under the well counts them); the rest get 503.',
  'nginx-limit-req-nodelay':
    'limit_req rate=50r/s burst=20 nodelay: the same bursts; the 20 beyond the rate go on at once.',
  'node-stream':
    'write() returns false at a highWaterMark of 16; the writer waits for “drain” before writing again.',
  'metastable-retry-storm':
    'A one-second outage at 70% load; requesters time out at 300 ms and retry at once. It never comes back.',
  'metastable-with-retry-budget':
    'The same outage; retries may be at most about one request in ten.',
  'metastable-with-circuit-breaker':
    'The same outage; 20 failures in a second open the breaker for 2 s, then 3 probes test the water.',
  'metastable-with-adaptive-lifo':
    'The same outage; past 20 waiting, the consumers take the newest request first, whose requester still waits.',
  'metastable-with-codel':
    'The same outage; a queue that has not emptied for 500 ms sheds whatever waited over 50 ms.',
  'metastable-with-deadline-propagation':
    'The same outage; when a requester gives up, the consumers drop its request, waiting or half done.',
  'metastable-with-backoff-jitter':
    'The same outage; a failed request waits a random time up to 15 s, then up to 30 s, at most 3 attempts.',
  'retry-waves-no-jitter':
    'A crash at 5 s fails the 70 requests in flight at once; their clients back off 1, 2, then 4 s, all alike.',
  'retry-waves-full-jitter':
    'The same crash; each client waits a random time up to its backoff, so the crowd spreads out.',
};
