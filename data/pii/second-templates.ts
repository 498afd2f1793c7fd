// Templates of the SECOND labelled corpus (make-second-corpus.ts), written before the
// detector was changed and without running it on them: document kinds the first corpus
// lacks or has only one shape of (support chats, transcripts as JSON lines, short bios,
// team pages, CSV exports with name columns, server logs, invoices, web forms) in English,
// German and French, plus hard-negative documents holding only look-alikes.
//
// Placeholders: {PERSON:a} full name of person a (b, c: others; none: a fresh one),
// {FIRST:a} / {LAST:a} the first / last name alone, {TIMESTAMP:style} a date joined to a
// time of day (labelled TIMESTAMP, a type detectPII leaves off by default), {DATE:style},
// {TIME}, {ZIP_CODE} / {ZIP_CODE:prefixed} ("D-50667"), {CITY}, {NEG:kind} a look-alike
// (not labelled), other {TYPE}s as in corpus-templates.ts.
export interface Template { kind: string; locales: string[]; text: string; hardNegative?: boolean }

const EN = ["en_US", "en_GB"];
const US = ["en_US"];
const GB = ["en_GB"];
const DE = ["de"];
const FR = ["fr"];
const ALL = ["en_US", "en_GB", "de", "fr"];

export const SECOND_TEMPLATES: Template[] = [
  // --- chat: support chats and transcripts --------------------------------------------------
  { kind: "chat", locales: EN, text: "{TIME} Agent {LAST:b}: Hello, you're chatting with {FIRST:b}. How can I help?\n{TIME} {FIRST:a}: hi, my parcel never arrived. order {NEG:order}\n{TIME} Agent {LAST:b}: Sorry to hear that! Can you confirm the delivery address?\n{TIME} {FIRST:a}: {STREET_ADDRESS}, {CITY}\n{TIME} Agent {LAST:b}: Thanks, {FIRST:a}! I've reshipped it, tracking {NEG:tracking}.\n" },
  { kind: "chat", locales: EN, text: "Customer: hello? is anyone there\nAgent {LAST:b}: Hi, this is {FIRST:b} from billing. Could I have the e-mail on the account?\nCustomer: {EMAIL:a}\nAgent {LAST:b}: Found it. The card ending {NEG:masked} expires {NEG:expiry}; shall I update it?\nCustomer: yes, new one is {CREDIT_CARD}\nAgent {LAST:b}: Done. Thanks, {FIRST:a}!\n" },
  { kind: "chat", locales: ALL, text: "{\"ts\": \"{TIMESTAMP:iso}\", \"speaker\": \"{FIRST:a}\", \"text\": \"my phone number changed, it is {PHONE} now\"}\n{\"ts\": \"{TIMESTAMP:iso}\", \"speaker\": \"{FIRST:b}\", \"text\": \"noted. anything else?\"}\n{\"ts\": \"{TIMESTAMP:iso}\", \"speaker\": \"{FIRST:a}\", \"text\": \"no, that's all, thanks {FIRST:b}\"}\n" },
  { kind: "chat", locales: ALL, text: "TRANSCRIPT {NEG:uuid}\n{PERSON:a}: Good morning everyone.\n{PERSON:b}: Morning. Shall we start with the {NEG:product} roll-out?\n{PERSON:a}: Yes. Version {NEG:version} ships on {DATE:long}.\n{PERSON:b}: Fine by me.\n" },
  { kind: "chat", locales: DE, text: "[{TIME}] Kundin: Hallo, meine Rechnung {NEG:order} ist doppelt abgebucht.\n[{TIME}] {FIRST:b} (Support): Guten Tag! Darf ich Ihren Namen haben?\n[{TIME}] Kundin: {PERSON:a}\n[{TIME}] {FIRST:b} (Support): Danke, Frau {LAST:a}. Ich erstatte den Betrag von {NEG:price} auf {IBAN}.\n" },
  { kind: "chat", locales: FR, text: "[{TIME}] Client : Bonjour, je n'ai pas reçu ma commande {NEG:order}.\n[{TIME}] {FIRST:b} : Bonjour ! Pouvez-vous me donner votre adresse ?\n[{TIME}] Client : {STREET_ADDRESS}, {ZIP_CODE} {CITY}\n[{TIME}] {FIRST:b} : Merci, M. {LAST:a}. Le colis {NEG:tracking} part demain.\n" },
  { kind: "chat", locales: EN, text: "<{FIRST:a}> anyone know why port {NEG:port} is closed on the staging box?\n<{FIRST:b}> firewall. ask {FIRST:c}\n<{FIRST:c}> fixed, try again\n<{FIRST:a}> works, thanks {FIRST:c}!\n" },

  // --- bio: short bios and team pages -------------------------------------------------------
  { kind: "bio", locales: EN, text: "{PERSON:a} is a data engineer at {COMPANY} in {CITY}. Before that, {LAST:a} spent six years building pipelines for {NEG:company}. {FIRST:a} holds a degree from the University of {NEG:town} and can be reached at {EMAIL:a}.\n" },
  { kind: "bio", locales: EN, text: "Meet the team\n\n{PERSON:a} — Chief Executive. Joined in {NEG:year}.\n{PERSON:b} — Head of Product ({NEG:product}).\n{PERSON:c} — Support lead, based in {NEG:town}.\n\nPress enquiries: {EMAIL}\n" },
  { kind: "bio", locales: DE, text: "Über uns\n\n{PERSON:a} leitet seit {NEG:monthyear} das Büro in {CITY}. Davor war {LAST:a} bei {NEG:company} tätig. Sie erreichen {FIRST:a} unter {PHONE}.\n\nTeam: {PERSON:b}, {PERSON:c}\n" },
  { kind: "bio", locales: FR, text: "À propos\n\n{PERSON:a} est responsable qualité chez {COMPANY} depuis {NEG:year}. Auparavant, {LAST:a} a travaillé à {NEG:town}. Contact : {EMAIL:a}.\n\nL'équipe : {PERSON:b} et {PERSON:c}.\n" },
  { kind: "bio", locales: EN, text: "Speaker: {PERSON:a}\n{FIRST:a} was born on {DATE:long} in {CITY} and has written two books (ISBN {NEG:isbn}). Follow {LAST:a} at {URL}.\n" },

  // --- csv: exports with name columns -------------------------------------------------------
  { kind: "csv", locales: ALL, text: "first_name,last_name,city,zip,orders\n{FIRST:a},{LAST:a},{CITY},{ZIP_CODE},{NEG:qty}\n{FIRST:b},{LAST:b},{CITY},{ZIP_CODE},{NEG:qty}\n{FIRST:c},{LAST:c},{CITY},{ZIP_CODE},{NEG:qty}\n" },
  { kind: "csv", locales: ALL, text: "\"customer\",\"email\",\"signup\",\"last_login\"\n\"{PERSON:a}\",\"{EMAIL:a}\",\"{DATE:iso}\",\"{TIMESTAMP:isospace}\"\n\"{PERSON:b}\",\"{EMAIL:b}\",\"{DATE:iso}\",\"{TIMESTAMP:isospace}\"\n" },
  { kind: "csv", locales: ALL, text: "id\tname\tphone\tsku\tprice\n{NEG:order}\t{PERSON:a}\t{PHONE}\t{NEG:sku}\t{NEG:price}\n{NEG:order}\t{PERSON:b}\t{PHONE}\t{NEG:sku}\t{NEG:price}\n" },

  // --- log: server and mail logs ------------------------------------------------------------
  { kind: "log", locales: ALL, text: "{IP} - - [{TIMESTAMP:clf}] \"GET /api/v2/orders/{NEG:order} HTTP/1.1\" 200 {NEG:qty}\n{IP} - {EMAIL} [{TIMESTAMP:clf}] \"POST /login HTTP/1.1\" 302 0\n" },
  { kind: "log", locales: ALL, text: "{TIMESTAMP:syslog} web01 sshd[{NEG:qty}]: Accepted publickey for deploy from {IP} port {NEG:port} ssh2\n{TIMESTAMP:syslog} web01 app[{NEG:qty}]: user {EMAIL} changed phone to {PHONE}\n" },
  { kind: "log", locales: ALL, text: "Date: {TIMESTAMP:rfc}\nFrom: {PERSON:a} <{EMAIL:a}>\nMessage-ID: <{NEG:uuid}@mail.example.net>\nX-Originating-IP: [{IP}]\n\nHi {FIRST:b}, the invoice is attached.\n" },
  { kind: "log", locales: ALL, text: "{TIMESTAMP:iso} level=info msg=\"payment accepted\" card={NEG:masked} amount={NEG:price} request_id={NEG:uuid}\n{TIMESTAMP:iso} level=warn msg=\"refund to {IBAN} pending\" build={NEG:version}\n" },

  // --- invoice ------------------------------------------------------------------------------
  { kind: "invoice", locales: US, text: "INVOICE {NEG:order}\nDate: {DATE:num}    Due: {DATE:long}\nBill to: {PERSON:a}\n{STREET_ADDRESS}\n{CITY}, {STATE} {ZIP_CODE}\n\n{NEG:qty} x widget {NEG:sku} @ {NEG:price}\nPay by card or to {IBAN}\n" },
  { kind: "invoice", locales: GB, text: "INVOICE {NEG:order}\nInvoice date: {DATE:num}\nTo: {PERSON:a}, {STREET_ADDRESS}, {CITY} {UK_POSTCODE}\nVAT no. {NEG:vat}\nTotal due by {DATE:dm}: {NEG:price}\n" },
  { kind: "invoice", locales: DE, text: "RECHNUNG Nr. {NEG:order}\nRechnungsdatum: {DATE:num}\n\n{PERSON:a}\n{STREET_ADDRESS}\n{ZIP_CODE:prefixed} {CITY}\n\nUSt-IdNr.: {NEG:vat}\nZahlbar bis {DATE:long} auf {IBAN}.\nMenge: {NEG:qty} Stück\n" },
  { kind: "invoice", locales: FR, text: "FACTURE n° {NEG:order}\nDate : {DATE:num}\n\n{PERSON:a}\n{STREET_ADDRESS}\n{ZIP_CODE} {CITY}\n\nN° TVA : {NEG:vat}\nÀ régler avant le {DATE:long} sur le compte {IBAN}.\n" },

  // --- form ---------------------------------------------------------------------------------
  { kind: "form", locales: US, text: "Patient intake\nFirst name: {FIRST:a}\nLast name: {LAST:a}\nDate of birth: {DATE:num}\nSSN: {US_SSN}\nZIP: {ZIP_CODE}\nEmergency contact: {PERSON:b}, {PHONE}\n" },
  { kind: "form", locales: GB, text: "Application form\nSurname: {LAST:a}\nForename: {FIRST:a}\nDate of birth: {DATE:num}\nPostcode: {UK_POSTCODE}\nMobile: {PHONE}\nAppointment: {DATE:dm} at {TIME}\n" },
  { kind: "form", locales: DE, text: "Anmeldung\nVorname: {FIRST:a}\nNachname: {LAST:a}\nGeburtsdatum: {DATE:num}\nAnschrift: {STREET_ADDRESS}, {ZIP_CODE} {CITY}\nTelefon: {PHONE}\nTermin: {DATE:dm} um {TIME} Uhr\n" },
  { kind: "form", locales: FR, text: "Inscription\nPrénom : {FIRST:a}\nNom : {LAST:a}\nDate de naissance : {DATE:num}\nAdresse : {STREET_ADDRESS}, {ZIP_CODE} {CITY}\nCourriel : {EMAIL:a}\nRendez-vous le {DATE:dm} à {TIME}\n" },
  { kind: "form", locales: ALL, text: "{\"first_name\": \"{FIRST:a}\", \"last_name\": \"{LAST:a}\", \"email\": \"{EMAIL:a}\", \"ip\": \"{IP}\", \"wallet\": \"{BTC_ADDRESS}\", \"created_at\": \"{TIMESTAMP:iso}\"}\n" },

  // --- hard negatives: look-alikes only -----------------------------------------------------
  { kind: "log", hardNegative: true, locales: ALL, text: "{TIMESTAMP:iso} INFO worker started pid={NEG:qty} port={NEG:port} build {NEG:version}\n{TIMESTAMP:syslog} cron[{NEG:qty}]: job {NEG:uuid} finished in {NEG:qty} ms\n127.0.0.1 - - [{TIMESTAMP:clf}] \"GET /static/app.{NEG:md5}.js HTTP/1.1\" 304 0\n" },
  { kind: "log", hardNegative: true, locales: ALL, text: "Date: {TIMESTAMP:rfc}\nMessage-ID: <{NEG:uuid}@lists.example.org>\nX-Mailer: {NEG:product} {NEG:version}\n\nRelease {NEG:version} is out. Ports {NEG:port} and {NEG:port} are now configurable; epoch {NEG:epoch} is the cut-over.\n" },
  { kind: "invoice", hardNegative: true, locales: EN, text: "Order {NEG:order} confirmed. {NEG:qty} units of {NEG:sku} at {NEG:price} each, tracking {NEG:tracking}. Paid with card {NEG:masked} (exp {NEG:expiry}). VAT {NEG:vat}. Book ISBN {NEG:isbn}. Offer valid through {NEG:monthyear}.\n" },
  { kind: "invoice", hardNegative: true, locales: DE, text: "Bestellung {NEG:order} vom {TIMESTAMP:isospace}: {NEG:qty} Stück {NEG:sku} zu je {NEG:price}. Sendungsnummer {NEG:tracking}. Karte {NEG:masked}, gültig bis {NEG:expiry}. USt-IdNr. {NEG:vat}. Gültig bis {NEG:monthyear}.\n" },
  { kind: "invoice", hardNegative: true, locales: FR, text: "Commande {NEG:order} du {TIMESTAMP:isospace} : {NEG:qty} articles {NEG:sku} à {NEG:price}. Suivi {NEG:tracking}. Carte {NEG:masked}, expire fin {NEG:expiry}. TVA {NEG:vat}. ISBN {NEG:isbn}.\n" },
  { kind: "bio", hardNegative: true, locales: EN, text: "{NEG:company} was founded in {NEG:year} in {NEG:town} and moved to {NEG:town} in {NEG:monthyear}. Its best-known product, {NEG:product}, sold {NEG:qty} units; version {NEG:version} is due soon.\n" },
  { kind: "csv", hardNegative: true, locales: ALL, text: "sku,product,qty,price,updated\n{NEG:sku},{NEG:product},{NEG:qty},{NEG:price},{TIMESTAMP:isospace}\n{NEG:sku},{NEG:product},{NEG:qty},{NEG:price},{TIMESTAMP:isospace}\n{NEG:sku},{NEG:product},{NEG:qty},{NEG:price},{TIMESTAMP:isospace}\n" },
  { kind: "chat", hardNegative: true, locales: EN, text: "[{TIME}] bot: deploy {NEG:uuid} of {NEG:product} {NEG:version} done\n[{TIME}] bot: listening on port {NEG:port}, {NEG:qty} requests since epoch {NEG:epoch}\n[{TIME}] bot: next window {NEG:monthyear}\n" },
];
