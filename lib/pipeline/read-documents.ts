import { InputError } from "../errors/workshop-error";
import { readJsonl } from "../sources/read-jsonl";
import { readParquet } from "../sources/read-parquet";
import { streamWarcRecords } from "../sources/read-warc-record";

/** A document as the pipeline passes it on; `text` is not a string when the record had none. */
export interface PipelineDocument {
  /** Where it came from, unique in the run: `<input path>#<record number>`. */
  key: string;
  id: string;
  text: unknown;
  metadata: { source: string; record: number; language?: string; licence?: string; url?: string };
}

/** Options for {@link readDocuments}. */
export interface ReadDocumentsOptions {
  /** Record field with the text (default "text"). */
  textField?: string;
  /** Record field with the id (default "id"; else the URL, else the key). */
  idField?: string;
  language?: string;
  licence?: string;
}

/**
 * Streams the documents of one input file with the workshop's readers: JSON Lines
 * (.jsonl, .jsonl.gz: readJsonl, line by line), WET/WARC (streamWarcRecords, record
 * by record; WET "conversion" records, whose payload is the page text) and Parquet
 * (readParquet, which reads one file's table whole: keep Parquet inputs to row-group
 * sized files).
 * A line that is not JSON comes through with `text: undefined` (the pipeline drops it
 * as unreadable); a file cut short or not in its format throws, with the reason.
 *
 * @example
 * for await (const d of readDocuments("data/sources/fixtures/madlad/data/de/de_clean_0000.jsonl.gz", { language: "de" })) n++;
 */
export async function* readDocuments(path: string, options: ReadDocumentsOptions = {}): AsyncGenerator<PipelineDocument> {
  const { textField = "text", idField = "id", language, licence } = options;
  const doc = (n: number, rec: Record<string, unknown>, extra: Partial<PipelineDocument["metadata"]> = {}): PipelineDocument => {
    const key = `${path}#${n}`;
    const url = typeof rec.url === "string" ? rec.url : extra.url;
    const lang = typeof rec.language === "string" ? rec.language : extra.language ?? language;
    const metadata: PipelineDocument["metadata"] = { source: path, record: n };
    if (lang !== undefined) metadata.language = lang;
    if (licence !== undefined) metadata.licence = licence;
    if (url !== undefined) metadata.url = url;
    return { key, id: rec[idField] !== undefined ? String(rec[idField]) : url ?? key, text: rec[textField], metadata };
  };
  if (/\.jsonl?(\.gz)?$/.test(path)) {
    for await (const line of readJsonl(path)) {
      if (line.ok) {
        const v = line.value;
        yield doc(line.line, typeof v === "object" && v !== null ? (v as Record<string, unknown>) : {});
      } else if ((line as { error: string }).error.includes("ends early")) {
        throw new InputError(`'${path}': ${(line as { error: string }).error}.`, "The shard fails; fix or replace the file, then rerun: only failed shards run again.");
      } else {
        yield doc(line.line, {});
      }
    }
  } else if (/\.(warc|wet)(\.gz)?$/.test(path)) {
    let n = 0;
    for await (const r of streamWarcRecords(path)) {
      n++;
      if (r.type !== "conversion") continue;
      yield doc(n, { text: r.text }, { url: r.url, language: r.warcHeaders["WARC-Identified-Content-Language"]?.split(",")[0] });
    }
  } else if (/\.parquet$/.test(path)) {
    const table = await readParquet(path);
    let n = 0;
    for (const row of table.objects() as Record<string, unknown>[]) yield doc(++n, row);
  } else {
    throw new InputError(`'${path}' is not a format the pipeline reads.`, "Use .jsonl, .jsonl.gz, .warc(.gz)/.wet(.gz) or .parquet files.");
  }
}
