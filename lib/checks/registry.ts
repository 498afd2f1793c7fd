import { lab00 } from "./lab00";
import { lab01 } from "./lab01";
import { lab02 } from "./lab02";
import { lab03 } from "./lab03";
import { lab04 } from "./lab04";
import { lab05 } from "./lab05";
import { lab06 } from "./lab06";
import { lab07 } from "./lab07";
import { lab08 } from "./lab08";
import { lab09 } from "./lab09";
import type { CheckSpec, LabChecks } from "./types";

/** Every lab's graded checks. A lab's checks live in lib/checks/labNN.ts. */
export const registry: LabChecks[] = [lab00, lab01, lab02, lab03, lab04, lab05, lab06, lab07, lab08, lab09];

/**
 * The lab a check id belongs to ("2.3" -> lab 2) and the check itself, or undefined.
 *
 * @example
 * findCheck("0.1")?.lab.lab // "00-welcome"
 */
export function findCheck(id: string): { lab: LabChecks; spec: CheckSpec } | undefined {
  for (const lab of registry) {
    const spec = lab.checks[id];
    if (spec) return { lab, spec };
  }
  return undefined;
}

/**
 * The graded checks of one lab, by its file stem ("00-welcome") or number ("00", "0").
 *
 * @example
 * Object.keys(labChecks("00-welcome")!.checks) // ["0.1", "0.2"]
 */
export function labChecks(lab: string): LabChecks | undefined {
  const num = /^\d+$/.test(lab) ? Number(lab) : NaN;
  return registry.find((l) => l.lab === lab || Number(l.lab.slice(0, 2)) === num);
}
