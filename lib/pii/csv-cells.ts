/** One cell of a delimited table found in a text, with the header of its column. */
export interface CsvCell {
  /** Offset of the cell's value (inside quotes, if quoted). */
  start: number;
  end: number;
  /** Lower-cased header of the column ("first_name", "plz"). */
  column: string;
}

const DELIMITERS = [",", ";", "\t", "|"];
const HAS_DELIMITER = /[,;\t|]/;
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
 * A comma-separated row with more cells than its header because amounts were written
 * with decimal commas ("4354,44 EUR", common in German and French exports). Every
 * extra cell must come from a split between a cell ending in a digit and one starting
 * with a digit. Cells left of the first such split, and right of the last one, keep
 * their columns (counted from the left and from the right); those in between are
 * unknown and left out. Returns false (not a row of this table) when the extra cells
 * cannot all be explained so.
 */
function decimalCommaCells(text: string, cells: [number, number][], header: string[], out: CsvCell[]): boolean {
  const extra = cells.length - header.length;
  const isDigit = (c: string | undefined) => c !== undefined && c >= "0" && c <= "9";
  const splits: number[] = []; // k: a possible decimal comma between cell k and cell k + 1
  for (let k = 0; k + 1 < cells.length; k++) {
    if (cells[k][1] > cells[k][0] && isDigit(text[cells[k][1] - 1]) && isDigit(text[cells[k + 1][0]])) splits.push(k);
  }
  if (splits.length < extra) return false;
  const first = splits[0], last = splits[splits.length - 1];
  for (let k = 0; k < first; k++) out.push({ start: cells[k][0], end: cells[k][1], column: header[k] });
  for (let k = last + 2; k < cells.length; k++) out.push({ start: cells[k][0], end: cells[k][1], column: header[k - extra] });
  return true;
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
  // Two recognisers (PERSON, ZIP_CODE) ask about the same text in one detectPII call: the last answer is kept
  // (handed out as a copy of the list; the cells are never changed by either).
  if (text === lastText && lastCells) return lastCells.slice();
  const out = findCells(text);
  lastText = text;
  lastCells = out;
  return out;
}

let lastText: string | undefined;
let lastCells: CsvCell[] | undefined;

function findCells(text: string): CsvCell[] {
  const out: CsvCell[] = [];
  if (!HAS_DELIMITER.test(text)) return out;
  let header: string[] | null = null, delim = "";
  let pos = 0;
  while (pos < text.length) {
    let nl = text.indexOf("\n", pos);
    if (nl < 0) nl = text.length;
    const line = text.slice(pos, nl > pos && text[nl - 1] === "\r" ? nl - 1 : nl);
    let cells: [number, number][] | null = header ? splitLine(line, pos, delim) : null;
    if (header && cells && cells.length === header.length) {
      for (let k = 0; k < cells.length; k++) out.push({ start: cells[k][0], end: cells[k][1], column: header[k] });
    } else if (header && cells && delim === "," && cells.length > header.length && decimalCommaCells(text, cells, header, out)) {
      // a row whose amounts carry decimal commas ("4354,44 EUR"): its certain cells are kept, the table goes on
    } else {
      header = null;
      for (const d of DELIMITERS) {
        if (!line.includes(d)) continue;
        cells = splitLine(line, pos, d);
        if (!cells || cells.length < 2) continue;
        // Cell by cell, stopping at the first that is no header field (most lines with a comma are prose).
        const names: string[] = [];
        for (const [s, e] of cells) {
          if (e - s > 32) break;
          const n = text.slice(s, e);
          if (!HEADER_FIELD.test(n) || n !== n.toLowerCase()) break;
          names.push(n);
        }
        if (names.length === cells.length) { header = names; delim = d; break; }
      }
    }
    pos = nl + 1;
  }
  return out;
}
