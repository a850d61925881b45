import { configure } from '@testing-library/react';

// findBy*/waitFor give up after 1 s by default: too short on a busy 2-core CI machine, where a
// render that normally takes 50 ms can take seconds. A real failure still fails, just later.
configure({ asyncUtilTimeout: 5_000 });
