// An open-loop load at a fixed arrival rate: request i is due at start + i / rate, whatever the
// answers before it (autocannon's `overallRate` instead sends each connection's quota in a burst at
// the top of every second). Latency counts from the due time, so a server that falls behind is
// charged for the queueing it causes. argv[2] is a JSON object { url, body, headers, rate,
// durationSeconds }. Prints one JSON line: achieved rate, p50/p90/p99/max in ms, errors, non-2xx.
import http from 'node:http';
import { performance } from 'node:perf_hooks';

const options = JSON.parse(process.argv[2]);
const url = new URL(options.url);
const agent = new http.Agent({ keepAlive: true, maxSockets: 512 });
const headers = { 'content-type': 'application/json', 'content-length': Buffer.byteLength(options.body), ...options.headers };
const total = Math.max(1, Math.round(options.rate * options.durationSeconds));
const interval = 1000 / options.rate;
const latencies = [];
let errors = 0;
let non2xx = 0;
let sent = 0;
let done = 0;

function send(dueAt) {
  const request = http.request({ host: url.hostname, port: url.port, path: url.pathname, method: 'POST', agent, headers }, (response) => {
    response.on('data', () => undefined);
    response.on('end', () => {
      if (response.statusCode < 200 || response.statusCode >= 300) non2xx += 1;
      latencies.push(performance.now() - dueAt);
      finish();
    });
  });
  request.on('error', () => {
    errors += 1;
    finish();
  });
  request.end(options.body);
}

let resolveFinished = () => undefined;
const finished = new Promise((resolve) => {
  resolveFinished = resolve;
});
function finish() {
  done += 1;
  if (done === total) resolveFinished();
}
const started = performance.now();

function pump() {
  const now = performance.now();
  while (sent < total && started + sent * interval <= now) {
    send(started + sent * interval);
    sent += 1;
  }
  if (sent < total) setTimeout(pump, Math.max(0, started + sent * interval - performance.now()));
}
pump();
await finished;
agent.destroy();
latencies.sort((a, b) => a - b);
const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
const seconds = (performance.now() - started) / 1000;
process.stdout.write(
  `${JSON.stringify({ requestsPerSecond: total / seconds, total, p50: at(0.5), p90: at(0.9), p99: at(0.99), max: at(1), errors, non2xx })}\n`,
);
