// Async boundary: shared singletons are negotiated before any of the tab's code runs.
import('./bootstrap');
