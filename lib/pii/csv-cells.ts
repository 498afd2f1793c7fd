/** One cell of a delimited table found in a text, with the header of its column. */
export interface CsvCell {
  /** Offset of the cell's value (inside quotes, if quoted). */
  start: number;
  end: number;
  /** Lower-cased header of the column ("first_name", "plz"). */
  column: string;
}

const DELIMITERS = [",", ";", "\t", "|"];
/** A header field: a short identifier-like name ("first_name", "E-Mail", "code postal"). */
const HEADER_FIELD = /^"?[\p{L}_][\p{L}\d _.-]{0,30}"?$/u;

/** Splits one line into [start, end) cell ranges (quotes stripped), or null past 64 cells. */
function splitLine(line: string, offset: number, delim: string): [number, number][] | null {
  const cells: [number, number][] = [];
  let i = 0;
  while (i <= line.length && cells.length <= 64) {
    if (line[i] === "\"") {
      const close = line.indexOf("\"", i + 1);
      if (close < 0) return null;
      cells.push([offset + i + 1, offset + close]);
      i = close + 1;
      if (i < line.length && line[i] !== delim) return null;
      i++;
    } else {
      let j = line.indexOf(delim, i);
      if (j < 0) j = line.length;
      cells.push([offset + i, offset + j]);
      i = j + 1;
    }
  }
  return cells.length > 64 ? null : cells;
}

/**
 * Finds the cells of delimited tables (CSV, TSV, `;` or `|` separated) in a text: a
 * header line of 2 or more identifier-like fields, then the lines below it that have as
 * many fields. Each cell comes with its column's header, so a detector can treat the
 * "last_name" column as names and the "city" column as not. One pass: linear time.
 *
 * @example
 * csvCells("name,zip\nAda Lovelace,10117\n");
 * // [{start: 9, end: 21, column: "name"}, {start: 22, end: 27, column: "zip"}]
 */
export function csvCells(text: string): CsvCell[] {
  const out: CsvCell[] = [];
  let header: string[] | null = null, delim = "";
  let pos = 0;
  while (pos < text.length) {
    let nl = text.indexOf("\n", pos);
    if (nl < 0) nl = text.length;
    const line = text.slice(pos, nl).replace(/\r$/, "");
    let cells: [number, number][] | null = header ? splitLine(line, pos, delim) : null;
    if (header && cells && cells.length === header.length) {
      for (let k = 0; k < cells.length; k++) out.push({ start: cells[k][0], end: cells[k][1], column: header[k] });
    } else {
      header = null;
      for (const d of DELIMITERS) {
        if (!line.includes(d)) continue;
        cells = splitLine(line, pos, d);
        if (!cells || cells.length < 2) continue;
        const names: string[] = cells.map(([s, e]) => text.slice(s, e));
        if (names.every((n) => HEADER_FIELD.test(n) && n === n.toLowerCase())) { header = names; delim = d; break; }
      }
    }
    pos = nl + 1;
  }
  return out;
}
