// How a gateway process is started, in one place (pnpm start, browser journeys, pnpm bench).
// The old-space cap keeps a replica's memory small and steady: live data per request is small, and
// without a cap V8 lets the heap grow to hundreds of MB under load before collecting. A larger young
// generation lets a request's garbage die young: fewer scavenges and promotions, a shorter tail under
// load (issue #8: p50 at a fixed rate 39 → 4 ms on the documents page, for ~30 MB more RSS).
export const GATEWAY_NODE_FLAGS = ['--max-old-space-size=192', '--max-semi-space-size=32'];
