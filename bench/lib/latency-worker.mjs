// Latency of one request at a time, with microsecond resolution (autocannon rounds to whole
// milliseconds): argv[2] is a JSON object { url, body, headers, requests }. Prints one JSON line with
// the median and the 90th percentile in milliseconds.
import http from 'node:http';

const options = JSON.parse(process.argv[2]);
const url = new URL(options.url);
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
const headers = { 'content-type': 'application/json', 'content-length': Buffer.byteLength(options.body), ...options.headers };

function once() {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const request = http.request({ host: url.hostname, port: url.port, path: url.pathname, method: 'POST', agent, headers }, (response) => {
      response.on('data', () => undefined);
      response.on('end', () => {
        if (response.statusCode !== 200) reject(new Error(`answer ${response.statusCode}`));
        else resolve(Number(process.hrtime.bigint() - started) / 1e6);
      });
    });
    request.on('error', reject);
    request.end(options.body);
  });
}

for (let i = 0; i < 20; i += 1) await once(); // warm-up
const times = [];
for (let i = 0; i < options.requests; i += 1) times.push(await once());
times.sort((a, b) => a - b);
const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
agent.destroy();
process.stdout.write(`${JSON.stringify({ p50: at(0.5), p90: at(0.9), requests: times.length })}\n`);
