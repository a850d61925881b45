import { preloadRouteTab } from './features/remotes/utils/preload-tab';
import { inlineRuntimeConfig } from './features/remotes/utils/runtime-config';

// Issue #16: the current route's tab starts downloading now, beside the shell's chunks.
const config = inlineRuntimeConfig();
if (config) preloadRouteTab(config, location.pathname);

// Async boundary: shared singletons are negotiated before any of the shell's code runs.
import('./bootstrap');
