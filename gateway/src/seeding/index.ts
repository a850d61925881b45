/** Demo and benchmark data (INT-3): tooling beside the command line, not a domain module. It loads the
 * demo set through the ingestion path and writes generated scale sets in bulk (every module's tables on
 * purpose, at the speed a 1 000-customer set needs); main.ts, the CLI, the benchmarks and tests use it. */
export { BulkLoader } from './bulk-loader';
export { generateDemoBatches, generateScaleBatches } from './demo-data-generator';
export { seedDemoDataIfEmpty, type DemoLogin } from './demo-seed';
export { DEFAULT_SCALE_PASSWORD, hashScalePassword, writeLoginsFile } from './scale-logins';
