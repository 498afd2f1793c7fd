import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { InputError } from "../errors/workshop-error";

/** The parts of a Croissant document a data user looks at first. */
export interface CroissantSummary {
  name: string;
  license: string;
  conformsTo: string;
  files: { id: string; kind: "FileObject" | "FileSet"; where: string; encodingFormat: string; sha256?: string; checked?: "ok" | "mismatch" | "missing" }[];
  recordSets: { name: string; fields: { name: string; dataType: string; from: string }[] }[];
  /** The Responsible-AI (rai:) properties present, with their text. */
  rai: Record<string, string>;
}

const asArray = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const typeName = (t: unknown) => String(t ?? "").replace(/^(cr|sc):/, "");

/**
 * Reads Croissant metadata (MLCommons Croissant 1.0: JSON-LD on top of schema.org's
 * Dataset) into a summary: licence, the files (`FileObject` with contentUrl and sha256,
 * `FileSet` with includes globs), the record sets and their fields with where each
 * comes from, and the `rai:` properties. With `baseDir`, every FileObject's sha256 is
 * checked against the local copy.
 *
 * @example
 * const s = readCroissant(JSON.parse(text), { baseDir: "data/sources/fixtures" });
 * s.files.filter((f) => f.checked === "mismatch")
 */
export function readCroissant(doc: unknown, options: { baseDir?: string } = {}): CroissantSummary {
  const d = doc as Record<string, unknown>;
  if (!d || typeof d !== "object" || !String(d["@type"] ?? "").endsWith("Dataset")) {
    throw new InputError("Expected a Croissant document: a JSON-LD object with \"@type\": \"sc:Dataset\".", "Fetch /api/datasets/<id>/croissant, or load the .jsonld file with JSON.parse.");
  }
  const files = asArray(d.distribution as Record<string, unknown>[]).map((f) => {
    const kind = typeName(f["@type"]) === "FileSet" ? "FileSet" as const : "FileObject" as const;
    const where = String(kind === "FileSet" ? asArray(f.includes as string[]).join(", ") : f.contentUrl ?? "");
    const sha256 = f.sha256 ? String(f.sha256) : undefined;
    let checked: "ok" | "mismatch" | "missing" | undefined;
    if (options.baseDir && kind === "FileObject" && sha256) {
      const p = join(options.baseDir, where);
      checked = !existsSync(p) ? "missing" : createHash("sha256").update(readFileSync(p)).digest("hex") === sha256 ? "ok" : "mismatch";
    }
    return { id: String(f["@id"] ?? f.name ?? ""), kind, where, encodingFormat: String(f.encodingFormat ?? ""), sha256, checked };
  });
  const recordSets = asArray(d.recordSet as Record<string, unknown>[]).map((rs) => ({
    name: String(rs.name ?? rs["@id"] ?? ""),
    fields: asArray(rs.field as Record<string, unknown>[]).map((f) => {
      const src = (f.source ?? {}) as Record<string, Record<string, unknown>>;
      const from = src.fileSet?.["@id"] ?? src.fileObject?.["@id"] ?? src.field?.["@id"] ?? "";
      const extract = src.extract ? Object.values(src.extract).join("") : "";
      return { name: String(f.name ?? ""), dataType: typeName(asArray(f.dataType as string[])[0]), from: `${from}${extract ? ` (${extract})` : ""}` };
    }),
  }));
  const rai = Object.fromEntries(Object.entries(d).filter(([k]) => k.startsWith("rai:")).map(([k, v]) => [k, String(v)]));
  return { name: String(d.name ?? ""), license: String(asArray(d.license as string[]).join(", ") || "none stated"), conformsTo: String(d.conformsTo ?? ""), files, recordSets, rai };
}
