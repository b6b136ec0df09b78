/** What each preset shows, in one or two sentences: what happens, and what it costs. */
export const PRESET_SUMMARIES: Readonly<Record<string, string>> = {
  'no-backpressure':
    'The queue takes everything, so it and the latency grow without limit until the buffered bytes pass the memory budget after about 8 s; the process dies, every buffered message is lost, and after a 3 s restart the same thing happens again.',
  block:
    'When the 20 waiting slots are full the producer stops and waits, so nothing that gets in is lost and latency stays bounded; the cost is a producer that is stalled about a fifth of the time, and the demand does not vanish: some 400 messages it would have sent in 30 s are held back upstream, waiting there or lost there.',
  'slow-down-signal':
    'Above 30 waiting the consumer tells the producer to slow down, below 10 to speed up, and the producer’s rate saws up and down. Almost nothing is lost, but each signal arrives 200 ms late, so the queue overshoots the watermark, and after each cut the consumer sits idle for a while (busy only about 85% of the time).',
  'credit-window':
    'The producer may have at most 10 messages outstanding and gets a credit back 50 ms after each is processed, so the queue can never fill and nothing sent is lost; the producer waits for credit whenever it would go faster, and about a third of what it wanted to send (some 750 messages in 30 s) is held back upstream.',
  'drop-oldest':
    'When the queue is full the message that has waited longest is thrown away to make room, so what gets processed is fresh and latency stays short; the cost is a steady loss of old messages that had already used memory and time.',
  'drop-youngest':
    'When the queue is full the most recently queued message is evicted and the newcomer takes its place, as Akka’s dropTail does. The front of the line keeps its place, so the queue stays full and every message waits as long as the capacity allows, while the back keeps being replaced.',
  'drop-all':
    'Each time the queue fills, everything waiting is flushed at once and it starts again from empty: the depth draws a sawtooth. Simple and cheap, but losses come in large bursts.',
  'drop-lowest-priority':
    'Messages come in three priorities, mostly low; a full queue evicts the lowest-priority one waiting. High-priority messages almost always get through while the low ones absorb nearly all of the loss.',
  'latest-per-key':
    'A leaderboard of 20 players: a new score replaces the one still waiting for the same player, so at most 20 messages ever wait and each delivered score is recent. Superseded scores are dropped on purpose, which is only right when old values are worthless.',
  'reject-with-retries':
    'A full queue rejects the newcomer and the producer retries with exponential backoff and full jitter, up to 4 attempts. Retries add to a load that was already too high, so offers exceed production and some messages give up anyway, late.',
  'add-consumers':
    'One worker faces 130 messages/s; whenever 20 or more wait, the autoscaler adds a worker, at most one every 2 s and each taking 1 s to warm up. Catching up takes several seconds, during which messages pile up or are rejected, and the extra workers are the bill.',
  'go-channel':
    'A goroutine sends 120 values/s into a channel of 100 read by one goroutine that needs about 10 ms each. The send blocks whenever the channel is full, so no value sent is lost, but values sit about a second in the buffer and the sender is idle about a sixth of the time: some 500 values it would have made in 30 s are held back in whatever feeds it.',
  'go-unbuffered-channel':
    'A goroutine wants to send 120 values/s into a channel with no buffer, read by one goroutine that needs about 10 ms each. Every send is a handoff that waits for the receiver, so nothing waits in between and nothing is lost, and the sender runs at exactly the receiver’s pace, about 100/s, blocked about a sixth of the time.',
  'tcp-window':
    'The sender may have 16 segments unacknowledged and each acknowledgement takes 80 ms to come back, so throughput stops near 16 ÷ round trip (about 180/s) although the receiver could take 250/s; a larger window or a shorter round trip would raise it. Nothing sent is lost, but the application wanted 300/s: the rest, some 3,500 segments in 30 s, is held back in the sender, blocking its writes.',
  'grpc-stream':
    'The client may have 64 messages unprocessed on the stream; the server handles 100/s and the client wants 130/s. The server’s memory is safe and no message sent is lost, but the client is held back about a fifth of the time (some 800 messages in 30 s wait on the client side, or are lost there) and each message waits behind a full window, over half a second.',
  kafka:
    'The log accepts everything and three consumers pull at their own pace, each key staying with one consumer; they fall behind, and once the oldest unread records are 5 s old retention deletes them unread. Producers never notice; the lag and the lost records are the price.',
  'actor-mailbox-block':
    'An actor works through its mailbox of 32 one message at a time; when it is full the sender is blocked until there is room. Nothing sent is lost, but the slowness of one actor spreads to whoever sends to it: the senders are held back about a fifth of the time, and what they would have sent waits with them.',
  'actor-mailbox-dead-letters':
    'The same actor and mailbox, but a message sent to a full mailbox goes to dead letters and is never retried. The sender never waits; about one message in five is silently lost.',
  'nginx-limit-req':
    'Clients arrive in bursts of 200 requests/s; as nginx does without nodelay, the limiter passes one at once, lets up to 20 more wait their turn, one every 1/50 s, and answers the rest, about two thirds of each burst, with 503 at once. The upstream never sees more than 50/s, so its own queue stays nearly empty; the requests let in wait up to 0.4 s at the door instead, which is where the slowest deliveries’ half second comes from.',
  'metastable-retry-storm':
    'Four workers handle about 200 requests/s and the requesters send 140/s, each waiting 300 ms and retrying at once; a one-second stall at 5 s leaves a backlog, every request behind it times out, and the workers spend their time on attempts nobody waits for while the retries keep the queue long. The trigger is long gone and the load is what it was, yet goodput stays near zero to the end.',
  'metastable-with-retry-budget':
    'The same outage, but retries may be at most about one request in ten (a token bucket, as in gRPC retry throttling). The extra work stays small, the backlog drains, and goodput is back within a few seconds.',
  'metastable-with-circuit-breaker':
    'The same outage; twenty failures within a second open the breaker, and for 2 s requests fail at once without being sent. The queue drains meanwhile, the probes succeed, and goodput returns, at the price of the requests failed while it was open.',
  'metastable-with-adaptive-lifo':
    'The same outage; with more than 20 waiting, the workers take the newest request first. Its requester still waits, so it is answered in time; the abandoned ones wait at the back until the queue is short again.',
  'metastable-with-codel':
    'The same outage; a queue that has not emptied for 500 ms sheds whatever waited longer than 50 ms as it reaches the front. The standing queue melts away in moments, and the shed requests retry into a short queue.',
  'metastable-with-deadline-propagation':
    'The same outage; each request carries its deadline, and when it passes the workers drop it, waiting or half done. No time goes to requests nobody waits for, so the backlog clears and goodput returns.',
  'metastable-with-backoff-jitter':
    'The same outage, with capped exponential backoff and full jitter: the first retry comes anywhere within 15 s, so the few hundred requests that time out return at about 30/s, under the 60/s the workers have to spare, and the backlog drains before they are back. It wins a race rather than ending the loop (each request still makes its attempts, each still processed), so with 1 s waits, a two-second outage, or no jitter (the retries all return 15 s later as one wave and the storm starts again) it stays down or falls again.',
  'retry-waves-no-jitter':
    'A hundred workers take about a second per request and clients send 70/s; at 5 s the server crashes for 5 s and the 70 requests in flight fail at the same instant. Their clients back off exactly alike, 1 s, then 2 s, then 4 s, so the crowd comes back together at 6, 8 and 12 s: three spikes on the retry rate, the highest about 800 retries/s.',
  'retry-waves-full-jitter':
    'The same crash, but each client waits a random time between zero and its backoff, so the crowd that failed together spreads out and the spikes melt into a low hump that peaks at 300 to 400 retries/s. Shorter waits on average mean a few more retries in all, but none of them arrive as a wave.',
  'node-stream':
    'A writer wants to send 150 objects/s to a stream whose reader takes about 125/s; write() returns false once 16 are buffered, and the writer stops until “drain”, when the buffer is empty. The buffer never holds more than 16 and nothing is lost, but the reader sits idle after each drain until the writer’s next object arrives, about 6% of its time.',
  'nginx-limit-req-nodelay':
    'The same bursts and limit with nodelay: the 20 beyond the rate are passed on at once instead of waiting their turn, so the upstream takes a short rush of 21 and its queue, not the door, does the waiting. Exactly as many requests are refused; those let in are answered sooner, the slowest in about a quarter of a second.',
};
