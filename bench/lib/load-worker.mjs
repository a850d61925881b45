// One load run, in its own process (pinned to another core than the server by run-bench.mjs):
// argv[2] is a JSON object { url, body, headers, connections, durationSeconds } (closed loop: each
// connection sends its next request when the answer comes — saturation).
// Prints one JSON line: requests per second, latency percentiles (ms), errors and non-2xx answers.
import autocannon from 'autocannon';

const options = JSON.parse(process.argv[2]);
const result = await autocannon({
  url: options.url,
  method: 'POST',
  headers: { 'content-type': 'application/json', ...options.headers },
  body: options.body,
  connections: options.connections,
  duration: options.durationSeconds,
  pipelining: 1,
});
process.stdout.write(
  `${JSON.stringify({
    requestsPerSecond: result.requests.total / result.duration,
    total: result.requests.total,
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    max: result.latency.max,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  })}\n`,
);
