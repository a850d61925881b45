import { BigIntType } from '@mikro-orm/core';

/** Money columns: integer cents in a 64-bit column, read back as a JS number (safe up to 90 trillion euros). */
export const centsColumn = () => ({ type: new BigIntType('number') });
