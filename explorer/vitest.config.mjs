// The explorer's pure parts (storage without headers, the fetcher) run in Node: no DOM needed.
export default { test: { include: ['src/**/*.test.ts'], environment: 'node' } };
