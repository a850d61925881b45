// Browser journeys against the built product: the harness (e2e/lib/harness.mjs) starts everything
// and runs e2e/journeys/*.mjs in file-name order. Ends with "N passed, N failed".
// `node e2e/run-e2e.mjs [--report=FILE] [--only=word,word]`
import { runE2E } from './lib/harness.mjs';

const option = (name) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
const only = (option('only') ?? process.env.E2E_ONLY ?? '').split(',').filter(Boolean);

process.exit(await runE2E({ reportFile: option('report'), only }));
