import type * as Arquero from "arquero";
import { lazyModule } from "../data/lazy-module";
import { InputError } from "../errors/workshop-error";
import { seededRandom, shuffled } from "../llm-text/seeded-random";
import { describeArg } from "./describe-arg";
import { evaluateDetections, type EvaluateDetectionsOptions } from "./evaluate-detections";
import { toEvaluationPatches, toPatches } from "./to-patches";
import type { ObjectLabel, SampleRow } from "./view-types";

// Loaded on first use, not on `import "./lib/index"` (see lib/data/lazy-module.ts).
const aq = lazyModule<typeof Arquero>(() => require("arquero"));

type ColumnTable = ReturnType<typeof aq.from>;
export type RowPredicate = (row: SampleRow) => boolean;
export type SortKey = string | ((row: SampleRow) => number | string);

/**
 * A dataset or a view of one: a single Arquero table (one row per image, or per object in a
 * patches view) plus the stages that made it. Every method is pure: it returns a new view
 * and leaves this one as it was. `String(view)` prints the stages, as FiftyOne's
 * `print(view)` does.
 *
 * @example
 * const view = dataset.match((r) => r.label === "person").sortBy((r) => maxScore(r.predictions, "person"));
 * view.ids().slice(0, 3); // the three people photos with the weakest person detection
 */
export class DatasetView {
  constructor(
    /** The rows, as an Arquero table. */
    readonly table: ColumnTable,
    /** Each stage as it prints, e.g. `SortBy("score", reverse=true)`. */
    readonly stages: readonly string[] = [],
    readonly name = "dataset",
    readonly kind: "samples" | "patches" = "samples",
  ) {}

  /** Wraps plain rows (one per image) as a dataset. */
  static fromRows(rows: SampleRow[], name = "dataset"): DatasetView {
    return new DatasetView(aq.from(rows), [], name);
  }

  get count(): number { return this.table.numRows(); }
  rows(): SampleRow[] { return this.table.objects() as SampleRow[]; }
  ids(): string[] { return this.values<string>("id"); }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  values<T = any>(field: string): T[] { return this.table.numRows() ? (this.table.array(field) as T[]).slice() : []; }
  first(): SampleRow | undefined { return this.rows()[0]; }

  private next(table: ColumnTable, stage: string, kind = this.kind): DatasetView {
    return new DatasetView(table, [...this.stages, stage], this.name, kind);
  }

  private fromRowsStage(rows: SampleRow[], stage: string, kind = this.kind): DatasetView {
    return this.next(rows.length ? aq.from(rows) : this.table.slice(0, 0), stage, kind);
  }

  /** Keeps the rows the predicate accepts. */
  match(predicate: RowPredicate): DatasetView {
    return this.fromRowsStage(this.rows().filter((r) => predicate(r)), `Match(${describeArg(predicate)})`);
  }

  /** Keeps the rows where `field` is present (not undefined, null or NaN). */
  exists(field: string, bool = true): DatasetView {
    const has = (v: unknown) => v !== undefined && v !== null && !(typeof v === "number" && Number.isNaN(v));
    return this.fromRowsStage(this.rows().filter((r) => has(r[field]) === bool), `Exists(${describeArg(field)}${bool ? "" : ", false"})`);
  }

  /** Sorts by a field name or by an expression of the row; ties keep their order. */
  sortBy(key: SortKey, options: { reverse?: boolean } = {}): DatasetView {
    const { reverse = false } = options;
    const get = typeof key === "function" ? key : (r: SampleRow) => r[key] as number | string;
    const keyed = this.rows().map((row, i) => ({ row, i, k: get(row) }));
    const dir = reverse ? -1 : 1;
    keyed.sort((a, b) => {
      const na = a.k === undefined || a.k === null || Number.isNaN(a.k as number);
      const nb = b.k === undefined || b.k === null || Number.isNaN(b.k as number);
      if (na || nb) return na === nb ? a.i - b.i : na ? 1 : -1; // missing keys last, as in FiftyOne
      return a.k < b.k ? -dir : a.k > b.k ? dir : a.i - b.i;
    });
    return this.fromRowsStage(keyed.map((x) => x.row), `SortBy(${describeArg(key)}${reverse ? ", reverse=true" : ""})`);
  }

  /**
   * Keeps only the labels in list field `field` that the predicate accepts. With
   * `onlyMatches` (default true, as in FiftyOne) rows left with no label are dropped.
   */
  filterLabels(field: string, predicate: (label: ObjectLabel, row: SampleRow) => boolean, options: { onlyMatches?: boolean } = {}): DatasetView {
    const { onlyMatches = true } = options;
    const rows = this.rows().map((r) => {
      const labels = r[field];
      if (!Array.isArray(labels)) throw new InputError(`filterLabels needs a list field; '${field}' is ${typeof labels} in sample '${r.id}'.`, "Pass the name of a field holding labels, e.g. \"predictions\" or \"groundTruth\".");
      return { ...r, [field]: (labels as ObjectLabel[]).filter((l) => predicate(l, r)) };
    });
    const kept = onlyMatches ? rows.filter((r) => (r[field] as unknown[]).length > 0) : rows;
    return this.fromRowsStage(kept, `FilterLabels(${describeArg(field)}, ${describeArg(predicate)}${onlyMatches ? "" : ", onlyMatches=false"})`);
  }

  /** `n` rows drawn at random without replacement, the same ones for the same seed. */
  take(n: number, options: { seed?: number } = {}): DatasetView {
    const { seed = 51 } = options;
    const picked = shuffled(this.rows(), seededRandom(seed)).slice(0, n);
    return this.fromRowsStage(picked, `Take(${n}, seed=${seed})`);
  }

  limit(n: number): DatasetView { return this.next(this.table.slice(0, Math.max(0, n)), `Limit(${n})`); }
  skip(n: number): DatasetView { return this.next(this.table.slice(Math.max(0, n)), `Skip(${n})`); }

  /** Keeps the rows with these ids, in the view's order. */
  select(ids: readonly string[]): DatasetView {
    const keep = new Set(ids);
    return this.fromRowsStage(this.rows().filter((r) => keep.has(r.id)), `Select(${describeArg(ids)})`);
  }

  exclude(ids: readonly string[]): DatasetView {
    const drop = new Set(ids);
    return this.fromRowsStage(this.rows().filter((r) => !drop.has(r.id)), `Exclude(${describeArg(ids)})`);
  }

  /** Rows carrying any of the tags (all of them with `{all: true}`). */
  matchTags(tags: string | readonly string[], options: { all?: boolean } = {}): DatasetView {
    const list = typeof tags === "string" ? [tags] : [...tags];
    const ok = (r: SampleRow) => (options.all ? list.every((t) => r.tags.includes(t)) : list.some((t) => r.tags.includes(t)));
    return this.fromRowsStage(this.rows().filter(ok), `MatchTags(${describeArg(list)}${options.all ? ", all=true" : ""})`);
  }

  /** Adds or replaces a field computed from each row (e.g. a Brain score by id). */
  setField(field: string, compute: (row: SampleRow, index: number) => unknown): DatasetView {
    return this.fromRowsStage(this.rows().map((r, i) => ({ ...r, [field]: compute(r, i) })), `SetField(${describeArg(field)})`);
  }

  /** Marks each prediction and ground-truth object tp/fp/fn (see `evaluateDetections`). */
  evaluateDetections(predField: string, gtField: string, options: EvaluateDetectionsOptions = {}): DatasetView {
    const { iou = 0.5, evalKey = "eval" } = options;
    const rows = this.rows().map((r) => evaluateDetections(r, predField, gtField, options));
    return this.fromRowsStage(rows, `EvaluateDetections(${describeArg(predField)}, ${describeArg(gtField)}, iou=${iou}, evalKey=${describeArg(evalKey)})`);
  }

  /** One row per object in `field`: id, sampleId, filepath, the label and its box. */
  toPatches(field: string): DatasetView {
    return this.fromRowsStage(toPatches(this.rows(), field), `ToPatches(${describeArg(field)})`, "patches");
  }

  /** One row per tp pair, fp prediction and fn ground truth of an evaluation. */
  toEvaluationPatches(evalKey = "eval"): DatasetView {
    return this.fromRowsStage(toEvaluationPatches(this.rows(), evalKey), `ToEvaluationPatches(${describeArg(evalKey)})`, "patches");
  }

  toString(): string {
    const head = [`Dataset:     ${this.name}`, `Media type:  image`, `Num ${this.kind === "patches" ? "patches" : "samples"}: ${this.count}`];
    const fields = this.table.columnNames();
    head.push(`Fields:      ${fields.join(", ")}`);
    head.push(`View stages:${this.stages.length ? "" : " none"}`);
    return [...head, ...this.stages.map((s, i) => `    ${i + 1}. ${s}`)].join("\n");
  }
}
