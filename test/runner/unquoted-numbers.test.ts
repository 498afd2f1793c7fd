import { test } from "node:test";
import assert from "node:assert/strict";
import type { Cell, CellOutput, Notebook } from "../../lib/runner/notebook";
import { unquotedNumbers, outputText } from "../../lib/runner/unquoted-numbers";

const md = (source: string): Cell => ({ cell_type: "markdown", source, metadata: {} });
const code = (...outputs: CellOutput[]): Cell => ({ cell_type: "code", source: "", metadata: {}, outputs, execution_count: 1 });
const printed = (text: string): CellOutput => ({ output_type: "stream", name: "stdout", text });
const shown = (mime: string, value: string | string[]): CellOutput => ({ output_type: "display_data", data: { [mime]: value as string }, metadata: {} });
const nb = (...cells: Cell[]): Notebook => ({ cells, metadata: {}, nbformat: 4, nbformat_minor: 5 });
/** The numbers the rule flags in one markdown cell that follows the given outputs. */
const flagged = (prose: string, ...outputs: CellOutput[]) => unquotedNumbers(nb(code(...outputs), md(prose))).map((u) => u.number);

test("a number printed by an earlier cell, written the same way, passes", () => {
  assert.deepEqual(flagged("The accuracy is 0.38 under haze.", printed("haze 0.5: accuracy 0.38\n")), []);
});

test("a number nobody printed is flagged with its cell and sentence", () => {
  const found = unquotedNumbers(nb(code(printed("0.38")), md("Intro.\n\nIt reaches 0.42 here. Fine.")));
  assert.deepEqual(found, [{ cell: 1, number: "0.42", sentence: "It reaches 0.42 here." }]);
});

test("a number printed only by a LATER cell is flagged", () => {
  const found = unquotedNumbers(nb(md("It reaches 0.42."), code(printed("0.42"))));
  assert.deepEqual(found.map((u) => [u.cell, u.number]), [[0, "0.42"]]);
});

test("written the same way means the same digits: 0.380, 0.385 and 0.375 do not quote 0.38", () => {
  assert.deepEqual(flagged("It is 0.38.", printed("0.380 0.385 0.375 10.38 0.381")), ["0.38"]);
  assert.deepEqual(flagged("It is 38 of them.", printed("0.385 380 138")), ["38"]);
});

test("text/plain, HTML tables, Markdown and SVG text all count as printed; attributes and scripts do not", () => {
  assert.deepEqual(flagged("PSI 1.01 and 4.25 and 12.5 and 77.", shown("text/plain", "1.01"),
    shown("text/html", ["<table><tr><td>4.25</td></tr></table>"]), shown("text/markdown", "**12.5**"),
    shown("image/svg+xml", '<svg width="77"><text x="3">chance</text></svg>')), ["77"]);
  assert.deepEqual(flagged("Width 640.", shown("text/html", '<div style="width:640px"><script>let a = 640</script></div>')), ["640"]);
  assert.equal(outputText(shown("text/html", "<p>a &amp; 1&nbsp;000</p>")).trim(), "a & 1\u00a0000");
});

test("error outputs do not count as printed", () => {
  assert.deepEqual(flagged("It took 42 s.", { output_type: "error", ename: "Error", evalue: "42", traceback: [] }), ["42"]);
});

test("code spans and code blocks are exempt", () => {
  assert.deepEqual(flagged("Call `psi(a, b, { bins: 20 })` and see:\n\n```ts\nconst k = 37;\n```\n\nwith <code>99</code> too."), []);
});

test("URLs and link targets are exempt, and a sentence with a link carries its citation", () => {
  assert.deepEqual(flagged("See https://example.org/2403/16887 for 37 more."), []);
  assert.deepEqual(flagged("Gray measured a 34 % rise ([the paper](https://arxiv.org/abs/2403.16887))."), []);
  assert.deepEqual(flagged('A rise of 34 % (<a href="https://x.org">source</a>).'), []);
  // the link cites only its own sentence
  assert.deepEqual(flagged("Read [it](https://x.org/55). It says 34 %."), ["34"]);
});

test("integers 0 to 10 are exempt, 11 and decimals are not", () => {
  assert.deepEqual(flagged("Zero, 0, 1, 7 and 10 are free; 11 and 2.5 and 0.0 are not."), ["11", "2.5", "0.0"]);
});

test("years 1900 to 2100 are exempt, other four-digit numbers are not", () => {
  assert.deepEqual(flagged("Speeches from 1990-2021 and the 1950s, not 1899, 2101 or 1,999."), ["1899", "2101", "1,999"]);
});

test("check ids are exempt: check 3.1, checks 1.2 and 1.4, and a bold exercise number", () => {
  assert.deepEqual(flagged("Check 3.1 and checks 1.2 and 1.4 need it.\n\n**1.3** Which skew is 0.25?"), ["0.25"]);
});

test("numbers inside words and identifiers are exempt", () => {
  assert.deepEqual(flagged("F2, MP3, ViT-B/32, n04162706, RFC 9309, lab 02, cell 25, cells 14–18, section 3, tslab 1.0.22, 00/12, v3.5, ISO 8601."), []);
});

test("a number with a unit or a suffix is still a number: 38 %, 38%, 2.5x, 16 kHz", () => {
  assert.deepEqual(flagged("It is 38 %, or 38%, 2.5x faster at 16 kHz, 12-bit.", printed("38 % and 2.5×")), ["16", "12"]);
});

test("digit grouping is formatting: 1,000 and 1000 quote each other, in both directions", () => {
  assert.deepEqual(flagged("We test on 1,000 digits and 5000 more.", printed("1000 test digits, 5,000 training digits")), []);
  assert.deepEqual(flagged("We test on 10,000 digits.", printed("10 000 digits")), ["10,000"]);
  assert.deepEqual(flagged("We test on 10,000 digits.", printed("10\u202f000 digits")), []);
});

test("a prose minus needs a minus in the output; an unsigned number matches either sign", () => {
  assert.deepEqual(flagged("It fell by 0.5, to −0.25 and -0.75.", printed("change -0.5, value −0.25, 0.75")), ["-0.75"]);
});

test("a range is two numbers, each must be printed", () => {
  assert.deepEqual(flagged("PSI spans 0.29–0.74 and 0.29-0.81.", printed("0.29 … 0.74")), ["0.81"]);
});

test("a parenthesised reference with a name and a year or an id cites its sentence", () => {
  assert.deepEqual(flagged("Markers rose 34 % (Gray 2024)."), []);
  assert.deepEqual(flagged("Markers rose 34 % (arXiv 2403.16887)."), []);
  assert.deepEqual(flagged("About 3.4 % of test labels are wrong (Northcutt et al. 2021). The rest is 96.6 % right."), ["96.6"]);
  // a parenthesis without a name and a year or id is not a citation
  assert.deepEqual(flagged("It was 34 % (seed 2024) and 35 % (Gray)."), ["34", "35"]);
});

test("tables, lists, headings and <details> answers are all read", () => {
  const prose = "## 12 tiles\n\n| a | b |\n|---|---|\n| 13 | x |\n\n- item 14\n\n<details><summary>Answer</summary>\n\nIt is 15.\n\n</details>";
  assert.deepEqual(flagged(prose), ["12", "13", "14", "15"]);
});

test("sentence splitting keeps 'e.g.' and 'et al.' inside their sentence", () => {
  const found = unquotedNumbers(nb(md("Strong haze, e.g. 0.9, hurts. Fine.")));
  assert.deepEqual(found.map((u) => u.sentence), ["Strong haze, e.g. 0.9, hurts."]);
});
