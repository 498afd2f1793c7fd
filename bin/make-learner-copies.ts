// npm run learner-copies: regenerates every labs/NN-topic.ipynb from its reference in
// labs/solutions/ (solution blocks stripped, outputs cleared). CI fails when a
// committed learner copy differs from what this writes.
import { writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { findLabs } from "../lib/runner/find-labs";
import { formatNotebook, readNotebook } from "../lib/runner/notebook";
import { makeLearnerCopy } from "../lib/runner/make-learner-copy";
import { projectRoot } from "../lib/data/project-root";

const root = projectRoot();
for (const solution of findLabs([], { solutions: true })) {
  const target = join(root, "labs", basename(solution));
  writeFileSync(target, formatNotebook(makeLearnerCopy(readNotebook(join(root, solution)))));
  console.log(`${solution} -> labs/${basename(solution)}`);
}
