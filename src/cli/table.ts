/** Plain-text tables for the query commands: fixed column widths, long cells cut with an ellipsis. */

export interface Column {
  readonly title: string;
  readonly width: number;
}

/** The table as lines (header first); the last column is never padded or cut. */
export function formatTable(columns: readonly Column[], rows: readonly (readonly string[])[]): string[] {
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, i) => {
        const flat = cell.replace(/\s+/gu, ' ');
        if (i === columns.length - 1) return flat;
        const width = columns[i]?.width ?? 20;
        return (flat.length > width ? `${flat.slice(0, width - 1)}…` : flat).padEnd(width);
      })
      .join('  ')
      .trimEnd();
  return [line(columns.map((c) => c.title)), ...rows.map(line)];
}

/** "… 12 more of 40; --offset 20 for the next page" when a page does not hold everything. */
export function moreLine(total: number, offset: number, shown: number): string | undefined {
  const rest = total - offset - shown;
  if (rest <= 0) return undefined;
  return `… ${rest} more of ${total}; --offset ${offset + shown} for the next page`;
}
