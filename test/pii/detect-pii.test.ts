import { test } from "node:test";
import assert from "node:assert/strict";
import { detectPII } from "../../lib/pii/detect-pii";
import type { PIIRecognizer } from "../../lib/pii/pii-types";

const found = (text: string, type?: string) =>
  detectPII(text).filter((m) => !type || m.type === type).map((m) => `${m.type}:${m.text}`);

test("each built-in type is found in a sentence that contains it", () => {
  const cases: [string, string, string][] = [
    ["EMAIL", "write to jane.doe+news@mail.example.org today", "jane.doe+news@mail.example.org"],
    ["URL", "see https://example.com/a/b?x=1.", "https://example.com/a/b?x=1"],
    ["IP", "from host 66.187.233.211 at", "66.187.233.211"],
    ["IP", "v6 2001:db8:85a3::8a2e:370:7334 up", "2001:db8:85a3::8a2e:370:7334"],
    ["MAC", "its MAC is 08:b6:25:9f:f3:0d.", "08:b6:25:9f:f3:0d"],
    ["CREDIT_CARD", "card 4111-1111-1111-1111 declined", "4111-1111-1111-1111"],
    ["IBAN", "IBAN DE89 3704 0044 0532 0130 00 please", "DE89 3704 0044 0532 0130 00"],
    ["BTC_ADDRESS", "send to 3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy now", "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy"],
    ["US_SSN", "SSN: 536-22-8726", "536-22-8726"],
    ["PHONE", "call (415) 555-0142 x12 today", "(415) 555-0142 x12"],
    ["PHONE", "Tel. +44 20 7946 0958", "+44 20 7946 0958"],
    ["PHONE", "ring 020 7946 0958 later", "020 7946 0958"],
    ["DATE", "born on 22/08/1975 in", "22/08/1975"],
    ["DATE", "Due: Thu, 22 Aug 2002, at noon", "Thu, 22 Aug 2002"],
    ["DATE", "Termin am 5. März um 9 Uhr", "5. März"],
    ["DATE", "rendez-vous le 1er mai 2024", "1er mai 2024"],
    ["DATE", "Appointment: 26 June at 10:30", "26 June"],
    ["TIME", "meet at 9:30 PM sharp", "9:30 PM"],
    ["STREET_ADDRESS", "ship to 742 Evergreen Terrace, Springfield", "742 Evergreen Terrace"],
    ["STREET_ADDRESS", "wohnt in der Dahlemer Str. 6, 14195 Berlin", "Dahlemer Str. 6"],
    ["STREET_ADDRESS", "au 12 Rue de la Paix, 75002 Paris", "12 Rue de la Paix"],
    ["PO_BOX", "write to P.O. Box 1234, Austin", "P.O. Box 1234"],
    ["ZIP_CODE", "Austin, TX 78701-1234", "78701-1234"],
    ["UK_POSTCODE", "London SW1A 1AA", "SW1A 1AA"],
    ["PERSON", "Dear Abigail Smith, thanks", "Abigail Smith"],
    ["PERSON", "Regards,\nJürgen Großmann\n", "Jürgen Großmann"],
  ];
  for (const [type, text, want] of cases) assert.deepEqual(found(text, type), [`${type}:${want}`], text);
});

test("look-alikes without a valid checksum or range are not reported", () => {
  const text = "Ref 4111 1111 1111 1112, IBAN GB82 WEST 1234 5698 7654 33, wallet 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3, " +
    "part 666-12-3456, ISBN 978-3-16-148410-0, epoch 1030000000, IP 300.1.2.3";
  assert.deepEqual(found(text), []);
});

test("a 5-digit number is a ZIP code only with an address cue", () => {
  assert.deepEqual(found("we shipped 48213 units", "ZIP_CODE"), []);
  assert.deepEqual(found("order 48213 shipped", "ZIP_CODE"), []);
  assert.deepEqual(found("Springfield, IL 62704", "ZIP_CODE"), ["ZIP_CODE:62704"]);
  assert.deepEqual(found("zip code: 62704", "ZIP_CODE"), ["ZIP_CODE:62704"]);
});

test("context words raise a bare number to a phone and negative words lower an IP", () => {
  assert.deepEqual(found("ref 4155550142", "PHONE"), []);
  assert.deepEqual(found("phone 4155550142", "PHONE"), ["PHONE:4155550142"]);
  assert.deepEqual(found("server 10.2.1.4 is up", "IP"), ["IP:10.2.1.4"]);
  assert.deepEqual(found("firmware version 10.2.1.4 is out", "IP"), []);
  assert.deepEqual(detectPII("firmware version 10.2.1.4", { useContext: false }).map((m) => m.type), ["IP"]);
});

test("overlapping matches are resolved: the validated card wins over the phone inside it", () => {
  const all = detectPII("4111 1111 1111 1111", { resolve: false }).map((m) => m.type);
  assert.ok(all.includes("CREDIT_CARD"));
  assert.deepEqual(found("4111 1111 1111 1111"), ["CREDIT_CARD:4111 1111 1111 1111"]);
  assert.deepEqual(found("see http://example.com/u/jane@example.org/x"), ["URL:http://example.com/u/jane@example.org/x"]);
});

test("custom recognisers add types and thresholds filter by score", () => {
  const employee: PIIRecognizer = { name: "employee-id", type: "EMPLOYEE_ID", pattern: /\bEMP-\d{6}\b/g, score: 0.9 };
  const text = "EMP-004211 logged in from 10.0.0.1";
  assert.deepEqual(detectPII(text, { extraRecognizers: [employee], types: ["EMPLOYEE_ID"] }).map((m) => m.text), ["EMP-004211"]);
  assert.deepEqual(detectPII("EMP-004211 at 10.0.0.1").map((m) => m.score), [0.75]);
  assert.equal(detectPII("EMP-004211 at 10.0.0.1", { threshold: 0.8 }).length, 0);
  const matches = detectPII("x", { recognizers: [{ name: "x", type: "X", find: () => [{ start: 0, end: 1, score: 1 }] }] });
  assert.deepEqual(matches.map((m) => [m.type, m.recognizer]), [["X", "x"]]);
});

test("bad input is refused with a message saying what to pass", () => {
  assert.throws(() => detectPII(42 as unknown as string), /detectPII expects a string, got number/);
  assert.throws(() => detectPII("a", { recognizers: [{ name: "bad", type: "B", pattern: /a/ }] }),
    /Recogniser 'bad' needs a regex with the g flag/);
});

test("capitalised words from real e-mails that are not people stay unflagged", () => {
  const text = "Mailing-List: contact ilug-help@linux.ie\nPrecedence: bulk\nUse MS Word or <a name=\"Go\">Click here</a>.\n" +
    "Write to Valdis.Kletnieks@vt.edu. It said so.\nDear Readers,\nthanks";
  assert.deepEqual(found(text, "PERSON"), []);
  assert.deepEqual(found("Thanks,\nAbigail\n", "PERSON"), ["PERSON:Abigail"]);
  assert.deepEqual(found("[10:02] Tomke: send it\n[10:03] Finn: done", "PERSON"), ["PERSON:Tomke", "PERSON:Finn"]);
});

test("a full name found once is found again in the same text without a cue", () => {
  const text = "From: \"Bob Musser\" <bob@example.com>\n\nsee you\n\nBob Musser\nDatabase Services";
  assert.deepEqual(found(text, "PERSON"), ["PERSON:Bob Musser", "PERSON:Bob Musser"]);
  assert.deepEqual(found("see you\n\nBob Musser\nDatabase Services", "PERSON"), [], "without the first mention, no cue");
});

test("a date joined to a time of day is a TIMESTAMP, reported only on request, and never a DATE", () => {
  const stamps = ["2024-03-05T14:22:10Z", "2024-03-05 14:22:10.123", "05/Mar/2024:14:22:10 +0000", "Mar  5 14:22:10",
    "Thu, 22 Aug 2002 12:36:16 +0100 (IST)", "Thu Aug 22 12:36:16 2002", "05.03.2024 14:22"];
  for (const s of stamps) {
    const text = `[${s}] GET /index.html`;
    assert.deepEqual(found(text).filter((f) => /DATE|TIME/.test(f)), [], s);
    assert.deepEqual(detectPII(text, { types: ["TIMESTAMP", "DATE", "TIME"] }).map((m) => `${m.type}:${m.text}`), [`TIMESTAMP:${s}`], s);
  }
  assert.deepEqual(found("Date: Thu, 22 Aug 2002 12:36:16 +0100\nSubject: hi"), []);
});

test("years, month-years, card expiry dates and epoch numbers are not dates", () => {
  const text = "Founded in 1999, open since March 2024 (03/2024, Januar 2001, mars 2020). Card exp 08/27. ts=1709648530";
  assert.deepEqual(found(text), []);
});

test("German and French postal codes are found in address lines, bare 5-digit numbers are not", () => {
  assert.deepEqual(found("Friedrichstr. 43, 10117 Berlin", "ZIP_CODE"), ["ZIP_CODE:10117"]);
  assert.deepEqual(found("12 rue de la République\n69003 Lyon\nFrance", "ZIP_CODE"), ["ZIP_CODE:69003"]);
  assert.deepEqual(found("Domkloster 4, D-50667 Köln", "ZIP_CODE"), ["ZIP_CODE:D-50667"]);
  assert.deepEqual(found("Lieferung an Am Markt 2, 28075 Bremen geliefert", "ZIP_CODE"), ["ZIP_CODE:28075"]);
  assert.deepEqual(found("zip,city\n10117,Berlin\n", "ZIP_CODE"), ["ZIP_CODE:10117"], "a table's zip column");
  for (const text of ["Menge: 48409 Stück", "listening on port 55432", "Order 48213 shipped", "wir haben 12500 Einheiten geliefert",
    "qty,price\n48409,12.50\n", "Bestellung 77518 Stück FVA-6648"]) {
    assert.deepEqual(found(text, "ZIP_CODE"), [], text);
  }
});

test("lone names in chats, transcripts, forms, tables and bios are found; towns, products and companies are not", () => {
  const cases: [string, string[]][] = [
    ["10:02 Agent Okafor: Hello, how can I help?\n10:03 Priya: my parcel is late\n10:04 Agent Okafor: Thanks, Priya!", ["Okafor", "Priya", "Okafor", "Priya"]],
    ["{\"speaker\": \"Ngozi\", \"text\": \"hi\"}\n{\"speaker\": \"Lars\", \"text\": \"hello\"}", ["Ngozi", "Lars"]],
    ["first_name,last_name,city\nNgozi,Okafor,Florence\nLars,Brekke,Charlotte\n", ["Ngozi", "Okafor", "Lars", "Brekke"]],
    ["Surname: Okafor\nForename: Chinwe\nPostcode: SW1A 1AA", ["Okafor", "Chinwe"]],
    ["Enna Klose leitet das Büro. Davor war Klose bei Michelin.", ["Enna Klose", "Klose"]],
    ["Meet the team\n\nChinwe Okafor — Chief Executive\nLars Brekke — Head of Product", ["Chinwe Okafor", "Lars Brekke"]],
    ["She studied in Florence and now works for Ford Motor Company in Charlotte.", []],
    ["The Clara Pro roll-out uses Victoria Sync 5.11.70.125.", []],
    ["Kundin: Hallo, meine Rechnung\nAgent: Guten Tag\nKundin: Danke", []],
    ["Telefon: 030 1234567\nAnschrift: Haselweg 28b, 01335 Hagenstadt\nTermin: 5. März", []],
  ];
  for (const [text, want] of cases) assert.deepEqual(found(text, "PERSON").map((f) => f.slice(7)), want, text);
});

test("a CSV row with decimal commas in its amounts stays in its table: product names are not people, name cells are", () => {
  const csv = "sku,product,qty,price,updated\nXKX-0047-8231,Victoria Sync,33320,4354,44 EUR,1963-06-01\nBMK-2749-9007,Oscar Hub,54187,7622,58 EUR,1978-04-11\n";
  assert.deepEqual(found(csv, "PERSON"), []);
  const people = "id,name,amount,city\n7,Oscar Brandt,1299,50,Köln\n8,Victoria Sommer,12,00,Lyon\n";
  assert.deepEqual(found(people, "PERSON"), ["PERSON:Oscar Brandt", "PERSON:Victoria Sommer"]);
});
