import { frontVitestConfig } from '../scripts/vitest-front.mjs';

export default frontVitestConfig(import.meta.dirname);
