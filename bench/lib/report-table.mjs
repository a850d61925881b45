// The results table of `pnpm bench` (bench/run-bench.mjs), apart so that it can be tested: one
// header per cell, always (issue #17 §1: the table had 10 headers for 11 cells).

/** A Markdown table; throws when a row has another number of cells than there are headers. */
export function markdownTable(headers, rows) {
  for (const [index, row] of rows.entries()) {
    if (row.length !== headers.length) {
      throw new Error(`results table: row ${index + 1} has ${row.length} cells for ${headers.length} headers`);
    }
  }
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(headers), `|${headers.map(() => '---').join('|')}|`, ...rows.map(line)].join('\n');
}

const f = (n, digits = 0) => (n === null || n === undefined || Number.isNaN(n) ? '–' : Number(n).toFixed(digits));

export const RESULT_HEADERS = [
  'scenario',
  'gateway req/s',
  'p50 / p99',
  'floor req/s',
  'p50 / p99',
  'ratio (target)',
  'p99 at 30 % of floor: gateway / floor (≤ 3×)',
  'gateway peak RSS (VmHWM)',
  'latency scale / demo (≤ 1.5×)',
  'latency scale / small (≤ 1.5×)',
  'SQL / request: gateway / floor',
];

/**
 * The table's rows. `rows` are run-bench.mjs's measurements per scenario; `statements` maps a label
 * ('S2', 'S2 (5 per page)') to { gateway, floor } statement counts; `targets` the ratio targets.
 */
export function resultsTable(rows, statements, { targets = {}, rssLimit = 300 * 2 ** 20 } = {}) {
  const cells = rows.map((row) => {
    const { gateway, floor } = row.saturation;
    const ratio = gateway.rps / floor.rps;
    const target = targets[row.name];
    const fixedRatio = row.fixed.gateway.p99 / Math.max(row.fixed.floor.p99, 1);
    const latency = (reference) => {
      if (!row.scaleLatency || !reference) return '–';
      return `${f(row.scaleLatency, 2)} / ${f(reference, 2)} ${row.scaleLatency / reference <= 1.5 ? '✓' : '✗'}`;
    };
    const sql = Object.entries(statements)
      .filter(([label]) => label.split(' ')[0] === row.name)
      .map(([label, n]) => `${f(n.gateway)} / ${f(n.floor)}${label === row.name ? '' : ' at 5/page'}`)
      .join(', ');
    return [
      `${row.name} ${row.title}`,
      f(gateway.rps),
      `${f(gateway.p50)} / ${f(gateway.p99)}`,
      f(floor.rps),
      `${f(floor.p50)} / ${f(floor.p99)}`,
      `${f(ratio, 2)}${target ? ` (≥ ${target}) ${ratio >= target ? '✓' : '✗'}` : ''}`,
      `${f(row.fixed.gateway.p99)} / ${f(row.fixed.floor.p99)} at ${row.rate} req/s ${fixedRatio <= 3 ? '✓' : '✗'}`,
      `${f(row.peakRss / 2 ** 20)} MB ${row.peakRss <= rssLimit ? '✓' : '✗'}`,
      latency(row.demoLatency),
      latency(row.smallLatency),
      sql || '–',
    ];
  });
  return markdownTable(RESULT_HEADERS, cells);
}
