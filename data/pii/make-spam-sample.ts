// Makes data/pii/spam-sample.jsonl: 40 real SpamAssassin e-mails (decoded bodies, first 1,500
// characters) with the hand labels of spam-sample-labels.ts turned into offsets.
// Run: npx tsx data/pii/make-spam-sample.ts [--out FILE]
// Each line: {id, kind: "mail", locale: "en", group, text, spans: [{type, start, end, text}], negatives: []}.
import { writeFileSync, renameSync } from "node:fs";
import { join } from "node:path";
import { loadSpamEmails } from "../../lib/pii/load-spam-emails";
import { decodeMail } from "../../lib/pii/decode-mail";
import { SPAM_SAMPLE_LABELS } from "./spam-sample-labels";

const GROUPS = ["easy-ham-2", "spam-1"], PER_GROUP = 20, STEP = 19, CHARS = 1500;

async function main(argv: string[]): Promise<void> {
  const lines: string[] = [];
  for (const group of GROUPS) {
    const mails = loadSpamEmails({ groups: [group], limit: PER_GROUP * STEP });
    for (let i = 0; i < PER_GROUP; i++) {
      const mail = mails[i * STEP];
      const id = `${group}/${mail.id}`;
      const decoded = await decodeMail(mail.text);
      const text = (decoded.text || decoded.htmlText).slice(0, CHARS);
      const labels = SPAM_SAMPLE_LABELS[id];
      if (!labels) throw new Error(`no labels for ${id}`);
      let from = 0;
      const spans = labels.map(([type, value]) => {
        let start = text.indexOf(value, from);
        // the next occurrence that is not part of a longer word ("Al" is not the start of "Also")
        while (start >= 0 && (/\p{L}/u.test(text[start - 1] ?? "") || /\p{L}/u.test(text[start + value.length] ?? ""))) start = text.indexOf(value, start + 1);
        if (start < 0) throw new Error(`${id}: label ${type} '${value}' not found after offset ${from}`);
        from = start + value.length;
        return { type, start, end: from, text: value };
      });
      lines.push(JSON.stringify({ id, kind: "mail", locale: "en", group, text, spans, negatives: [] }));
    }
  }
  const outArg = argv.indexOf("--out");
  const out = outArg >= 0 ? argv[outArg + 1] : join(__dirname, "spam-sample.jsonl");
  writeFileSync(out + ".tmp", lines.join("\n") + "\n");
  renameSync(out + ".tmp", out);
  console.log(`wrote ${lines.length} labelled e-mails to ${out}`);
}

main(process.argv.slice(2)).catch((e) => { console.error(e.message); process.exit(1); });
