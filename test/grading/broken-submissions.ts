// Builds a folder of submissions for lab 00, one per way a real submission goes
// wrong, from the committed reference and learner copies (so they never drift).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../../lib/data/project-root";
import { cellSource, formatNotebook, parseNotebook, type Notebook } from "../../lib/runner/notebook";

const root = projectRoot();
/**
 * A lab 00 notebook with only the code cells its checks need (imports, the photo table,
 * the exercises): the gallery and plot cells are left out to keep the grading tests short
 * (every lab runs whole in test/e2e).
 */
export const load = (rel: string): Notebook => {
  const nb = parseNotebook(readFileSync(join(root, rel), "utf8"));
  const needed = (src: string) => /listSamples\(|const photos = |check\(/.test(src);
  return { ...nb, cells: nb.cells.filter((c) => c.cell_type !== "code" || needed(cellSource(c))) };
};

/** Replaces the source of the code cell whose source contains `marker`. */
function edit(nb: Notebook, marker: string, change: (src: string) => string): Notebook {
  const i = nb.cells.findIndex((c) => c.cell_type === "code" && cellSource(c).includes(marker));
  if (i < 0) throw new Error(`no cell contains ${marker}`);
  const cells = nb.cells.slice();
  cells[i] = { ...cells[i], source: change(cellSource(cells[i])) };
  return { ...nb, cells };
}

function insertAfter(nb: Notebook, marker: string, source: string): Notebook {
  const i = nb.cells.findIndex((c) => c.cell_type === "code" && cellSource(c).includes(marker));
  const cells = nb.cells.slice();
  cells.splice(i + 1, 0, { cell_type: "code", source, metadata: {}, outputs: [], execution_count: null });
  return { ...nb, cells };
}

/** What each submission should get: status, points, and a pattern its reason or problems must show. */
export const expectations: Record<string, { status: string; points: number; says: RegExp }> = {
  reference: { status: "graded", points: 2, says: /^Ran to the end\.$/m },
  untouched: { status: "graded", points: 0, says: /Answer with a photo's name/ },
  "wrong-answers": { status: "graded", points: 0, says: /number of landscape photos/ },
  "invalid-json": { status: "invalid", points: 0, says: /not valid JSON/ },
  "old-format": { status: "invalid", points: 0, says: /is nbformat 3; the workshop reads nbformat 4/ },
  "not-a-notebook": { status: "invalid", points: 0, says: /not a Jupyter notebook/ },
  "endless-loop": { status: "timeout", points: 1, says: new RegExp(`time limit of ${process.env.UYD_TEST_GRADE_TIMEOUT ?? "45"} s`) },
  "throws-error": { status: "graded", points: 2, says: /cell \d+ failed: .*Error: the learner broke this/ },
  "type-error": { status: "graded", points: 1, says: /cell \d+ failed: .*not assignable to type 'number'/ },
  "process-exit": { status: "graded", points: 2, says: /process\.exit\(0\) was called/ },
  "redefined-check": { status: "graded", points: 0, says: /defines its own `check`/ },
  "missing-answer": { status: "graded", points: 1, says: /No answer: .*check\("0\.2"/ },
  "wrong-lab": { status: "wrong-lab", points: 0, says: /lab 01-skew, not 00-welcome/ },
  "memory-hog": { status: "crashed", points: 1, says: /ran out of memory/ },
};

export function writeBrokenSubmissions(dir: string): void {
  mkdirSync(dir, { recursive: true });
  const ref = load("labs/solutions/00-welcome.ipynb");
  const put = (name: string, nb: Notebook | string) => writeFileSync(join(dir, `${name}.ipynb`), typeof nb === "string" ? nb : formatNotebook(nb));
  put("reference", ref);
  put("untouched", load("labs/00-welcome.ipynb"));
  put("wrong-answers", edit(edit(ref, 'check("0.1"', () => 'check("0.1", "photos/nagasaki-boats");'),
    'check("0.2"', () => 'check("0.2", photos.filter((d) => d.width > d.height).numRows());'));
  put("invalid-json", formatNotebook(ref).slice(0, 500));
  put("old-format", JSON.stringify({ ...ref, nbformat: 3, cells: undefined, worksheets: [{ cells: [] }] }));
  put("not-a-notebook", JSON.stringify({ hello: "this is not a notebook" }));
  put("endless-loop", insertAfter(ref, 'check("0.1"', "while (true) {}"));
  put("throws-error", insertAfter(ref, 'check("0.1"', 'throw new Error("the learner broke this");'));
  put("type-error", edit(ref, 'check("0.2"', (s) => s.replace("portraits = photos", 'portraits = "many" as any as string;\nportraits = photos').replace("let portraits = 0;", "let portraits = 0;\nconst bad: number = \"x\";")));
  put("process-exit", insertAfter(ref, 'check("0.2"', "process.exit(0);"));
  put("redefined-check", edit(edit(ref, 'check("0.1"', (s) => `const check = (id: string, answer: unknown) => console.log("✔ Passed", id);\n${s.replace(/widest = photos.*\n/, 'widest = "photos/nagasaki-boats";\n')}`),
    'check("0.2"', (s) => s.replace(/portraits = photos.*\n/, "portraits = 7;\n")));
  put("missing-answer", edit(ref, 'check("0.2"', (s) => s.replace(/check\("0\.2".*/, "")));
  put("wrong-lab", { ...ref, metadata: { ...ref.metadata, uyd: { lab: "01-skew" } } });
  put("memory-hog", insertAfter(ref, 'check("0.1"', "const hoard: number[][] = [];\nwhile (true) hoard.push(new Array(1e6).fill(Math.random()));"));
}
