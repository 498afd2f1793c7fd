// Submissions that attack the grader, the workshop or each other, built from the lab 00
// reference (so each one answers right unless its attack worked). Markers like
// "600.51" make the processes they start easy to find afterwards.
import { symlinkSync, writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { formatNotebook, type Notebook } from "../../lib/runner/notebook";
import { load } from "./broken-submissions";

/** The arguments of the `sleep` processes hostile submissions start: none may be left running. */
export const SLEEP_MARKS = ["600.51", "601.51", "602.51", "603.51"];

function withCell(nb: Notebook, after: string | "end", source: string): Notebook {
  const cells = nb.cells.slice();
  const i = after === "end" ? cells.length - 1 : cells.findIndex((c) => c.cell_type === "code" && [c.source].flat().join("").includes(after));
  if (i < 0) throw new Error(`no cell contains ${after}`);
  cells.splice(i + 1, 0, { cell_type: "code", source, metadata: {}, outputs: [], execution_count: null });
  return { ...nb, cells };
}

/** What each hostile submission must get (same shape as `expectations` in broken-submissions.ts). */
export const hostileExpectations: Record<string, { status: string; points: number; says: RegExp }> = {
  "parent-kill": { status: "graded", points: 2, says: /cell \d+ failed: .*(EPERM|ESRCH|not permitted)/ },
  "forged-messages": { status: "graded", points: 2, says: /1 answer record\(s\) were malformed/ },
  thief: { status: "graded", points: 1, says: /'nothing' is not a photo sample name/ },
  spawner: { status: "graded", points: 2, says: /[3-9] process\(es\) it started were still running at its end and were stopped/ },
  "spawn-then-hang": { status: "timeout", points: 1, says: new RegExp(`time limit of ${process.env.UYD_TEST_GRADE_TIMEOUT ?? "45"} s[\\s\\S]*process\\(es\\) it started were still running`) },
  "writes-workshop": { status: "graded", points: 1, says: /portrait|landscape|filter/ },
  "overwrites-siblings": { status: "graded", points: 2, says: /^Ran to the end\.$/m },
  linked: { status: "graded", points: 2, says: /^Ran to the end\.$/m },
  dangling: { status: "invalid", points: 0, says: /symbolic link to a file that does not exist/ },
  "collide a": { status: "invalid", points: 0, says: /is nbformat 3; the workshop reads nbformat 4/ },
  collide_a: { status: "invalid", points: 0, says: /gives its nbformat as "4" \(a string\)/ },
  "collide/a": { status: "invalid", points: 0, says: /no "cells" list/ },
};

export function writeHostileSubmissions(dir: string): void {
  const ref = load("labs/solutions/00-welcome.ipynb");
  const put = (name: string, nb: Notebook | string) => {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, `${name}.ipynb`), typeof nb === "string" ? nb : formatNotebook(nb));
  };
  put("parent-kill", withCell(ref, 'check("0.1"', 'process.kill(process.ppid, "SIGKILL");'));
  put("forged-messages", withCell(ref, 'check("0.1"',
    'process.send!("garbage");\nprocess.send!({ type: "cell-end", index: 9999, outputs: 5 });\nprocess.send!({ type: "answer", id: "0.2", answer: 1 });\nprocess.send!({ type: "answer" });'));
  // Tries to read and append to what is in any other graded run's folder (/tmp/uyd-sub-*) (a neighbour's notebook,
  // answers, tmp) and to signal other graded processes; answers 0.1 with what it managed.
  put("thief", withCell(ref, 'check("0.1"', [
    'const fs = require("fs"); const path = require("path");',
    'const mine = path.dirname(process.env.TMPDIR!);',
    'const got: string[] = [];',
    'for (const d of fs.readdirSync("/tmp").filter((d: string) => d.startsWith("uyd-sub-"))) {',
    '  const dir = path.join("/tmp", d);',
    '  if (dir === mine) continue;',
    '  let files: string[] = [];',
    '  try { files = fs.readdirSync(dir); } catch {}',
    '  for (const f of files) {',
    '    const file = path.join(dir, f);',
    '    try { fs.readFileSync(file, "utf8"); got.push("read " + file); } catch {}',
    '    try { fs.appendFileSync(file, "\\n{\\"id\\":\\"0.1\\",\\"answer\\":\\"sabotage\\"}\\n"); got.push("appended " + file); } catch {}',
    '  }',
    '}',
    'for (const p of fs.readdirSync("/proc").filter((p: string) => /^\\d+$/.test(p) && Number(p) !== process.pid)) {',
    '  try { const env = fs.readFileSync(`/proc/${p}/environ`, "utf8"); if (env.includes("UYD_ANSWERS") && !env.includes(`UYD_RUN=${process.env.UYD_RUN}`)) { process.kill(Number(p), "SIGSTOP"); got.push("stopped " + p); } } catch {}',
    '}',
    'check("0.1", got.length ? got.join("; ") : "nothing");',
  ].join("\n")));
  put("spawner", withCell(ref, 'check("0.1"', [
    'const { spawn } = require("child_process");',
    `spawn("sleep", ["${SLEEP_MARKS[0]}"], { detached: true, stdio: "ignore" }).unref();`,
    `spawn("sleep", ["${SLEEP_MARKS[1]}"], { stdio: "ignore" });`,
    `spawn("sh", ["-c", "setsid sleep ${SLEEP_MARKS[2]} &"], { stdio: "ignore", env: {} });`,
    'await new Promise((r) => setTimeout(r, 500));',
  ].join("\n")));
  put("spawn-then-hang", withCell(ref, 'check("0.1"',
    `require("child_process").spawn("sleep", ["${SLEEP_MARKS[3]}"], { detached: true, stdio: "ignore" }).unref();\nwhile (true) {}`));
  // Tries to rewrite the workshop's lib and judge data; then rewrites its own copy of the
  // manifest so that its wrong portrait count would be right there, and answers with it last.
  put("writes-workshop", withCell(ref, "end", [
    'const fs = require("fs"); const path = require("path");',
    'const real = path.dirname(fs.realpathSync("node_modules"));',
    'const targets: [string, string][] = [["lib/checks/lab00.ts", "export const lab00 = { lab: \\"00-welcome\\", checks: {} };"], ["lib/index.ts", ""],',
    '  ["data/photos/manifest.json", "{\\"photos\\":[]}"], ["data/curation/images-truth.json", "{}"], ["data/curation/texts-truth.json", "{}"]];',
    'for (const [f, text] of targets) { try { fs.writeFileSync(path.join(real, f), text); } catch {} }',
    'const m = JSON.parse(fs.readFileSync("data/photos/manifest.json", "utf8"));',
    'for (const p of m.photos) p.height = p.width * 2;',
    'fs.writeFileSync("data/photos/manifest.json", JSON.stringify(m));',
    'check("0.2", m.photos.length);',
  ].join("\n")));
  // Submissions kept inside the workshop folder: tries to overwrite every other one it finds.
  put("overwrites-siblings", withCell(ref, 'check("0.2"', [
    'const fs = require("fs"); const path = require("path");',
    'const real = path.dirname(fs.realpathSync("node_modules"));',
    'const walk = (d: string): string[] => { try { return fs.readdirSync(d, { withFileTypes: true }).flatMap((e: any) => e.isDirectory() ? walk(path.join(d, e.name)) : e.name.endsWith(".ipynb") ? [path.join(d, e.name)] : []); } catch { return []; } };',
    'for (const f of walk(path.join(real, ".scratch"))) { try { fs.writeFileSync(f, "{}"); } catch {} }',
  ].join("\n")));
  symlinkSync("reference.ipynb", join(dir, "linked.ipynb"));
  symlinkSync("no-such-file.ipynb", join(dir, "dangling.ipynb"));
  put("collide a", JSON.stringify({ nbformat: 3, nbformat_minor: 0, worksheets: [{ cells: [] }], metadata: {} }));
  put("collide_a", JSON.stringify({ ...ref, nbformat: "4" }));
  put("collide/a", JSON.stringify({ nbformat: 4, metadata: {} }));
}
