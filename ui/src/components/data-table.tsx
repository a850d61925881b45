import { useId, type ReactNode } from 'react';

export interface Column<Row> {
  key: string;
  header: string;
  cell: (row: Row) => ReactNode;
  numeric?: boolean;
  /** This column names the row: rendered as a row header (<th scope="row">). */
  rowHeader?: boolean;
  /** Free text (a description): keeps a reading width on wide screens instead of one word a line. */
  prose?: boolean;
}

const cellClass = (column: { numeric?: boolean; prose?: boolean }): string | undefined =>
  column.numeric ? 'cc-num' : column.prose ? 'cc-prose' : undefined;

export interface DataTableProps<Row> {
  caption: ReactNode;
  captionHidden?: boolean;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** Cells of a totals row, by column key. */
  footer?: { label: string; cells: Partial<Record<string, ReactNode>> };
}

/**
 * A real table on wide screens that turns into one card per row on phones: the cells keep
 * their table semantics and carry their column name in data-label for the card layout.
 */
export function DataTable<Row>({ caption, captionHidden = false, columns, rows, rowKey, footer }: DataTableProps<Row>) {
  const captionId = useId();
  return (
    // A wide table scrolls sideways inside its frame: the frame is a named region that takes the
    // keyboard focus, so the columns beyond the edge can be reached with the arrow keys (X-3, axe
    // "scrollable-region-focusable").
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must be keyboard-reachable (WCAG 2.1.1)
    <div className="cc-table-wrap" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="cc-table cc-table--cards">
        <caption id={captionId} className={captionHidden ? 'cc-visually-hidden' : undefined}>
          {caption}
        </caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col" className={cellClass(column)}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((column) =>
                column.rowHeader ? (
                  <th key={column.key} scope="row" data-label={column.header} className={cellClass(column)}>
                    {column.cell(row)}
                  </th>
                ) : (
                  <td key={column.key} data-label={column.header} className={cellClass(column)}>
                    {column.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
        {footer ? (
          <tfoot>
            <tr>
              {columns.map((column, index) =>
                index === 0 ? (
                  <th key={column.key} scope="row" data-label="">
                    {footer.label}
                  </th>
                ) : (
                  <td
                    key={column.key}
                    data-label={column.header}
                    data-empty={footer.cells[column.key] === undefined}
                    className={column.numeric ? 'cc-num' : undefined}
                  >
                    {footer.cells[column.key] ?? ''}
                  </td>
                ),
              )}
            </tr>
          </tfoot>
        ) : null}
      </table>
    </div>
  );
}
