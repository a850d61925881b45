// The results table of `pnpm bench` has one header per cell (issue #17 §1).
import { describe, expect, it } from 'vitest';
import { markdownTable, RESULT_HEADERS, resultsTable } from '../lib/report-table.mjs';

const cellsOf = (line) => line.slice(2, -2).split(' | ');

const row = (name, overrides = {}) => ({
  name,
  title: `scenario ${name}`,
  saturation: { gateway: { rps: 400, p50: 30, p99: 120 }, floor: { rps: 1000, p50: 12, p99: 40 } },
  fixed: { gateway: { p99: 9 }, floor: { p99: 4 } },
  rate: 300,
  peakRss: 220 * 2 ** 20,
  demoLatency: 2,
  smallLatency: 2.5,
  scaleLatency: 2.6,
  ...overrides,
});

describe('bench results table', () => {
  it('has as many headers as cells in every row, and a separator of the same width', () => {
    const rows = [row('S2'), row('S4'), row('S5', { demoLatency: null, smallLatency: null, scaleLatency: null })];
    const statements = { S2: { gateway: 5, floor: 5 }, 'S2 (5 per page)': { gateway: 5, floor: 5 }, S4: { gateway: 3, floor: 3 } };
    const lines = resultsTable(rows, statements, { targets: { S2: 0.8 } }).split('\n');
    expect(lines).toHaveLength(2 + rows.length);
    expect(cellsOf(lines[0])).toEqual(RESULT_HEADERS);
    expect(lines[1].split('|').filter(Boolean)).toHaveLength(RESULT_HEADERS.length);
    for (const line of lines.slice(2)) expect(cellsOf(line)).toHaveLength(RESULT_HEADERS.length);
    const s2 = cellsOf(lines[2]);
    expect(s2[RESULT_HEADERS.indexOf('ratio (target)')]).toBe('0.40 (≥ 0.8) ✗');
    expect(s2[RESULT_HEADERS.indexOf('gateway peak RSS (VmHWM)')]).toBe('220 MB ✓');
    expect(s2[RESULT_HEADERS.indexOf('latency scale / small (≤ 1.5×)')]).toBe('2.60 / 2.50 ✓');
    expect(s2.at(-1)).toBe('5 / 5, 5 / 5 at 5/page');
    expect(cellsOf(lines[4]).at(-1)).toBe('–');
  });

  it('refuses a row with another number of cells than headers', () => {
    expect(() => markdownTable(['a', 'b'], [['1', '2', '3']])).toThrow(/3 cells for 2 headers/);
  });
});
