// Document templates for make-corpus.ts. {TYPE} = labelled PII, {TYPE:style} a variant,
// {TYPE:same} the document's main person, {NEG:kind} a hard negative, {ADDR}/{CITYLINE} the
// locale's address line, {CITY}/{STATE}/{COMPANY} unlabelled filler.
export interface Template { kind: string; locales: string[]; text: string }

const ALL = ["en_US", "en_GB", "de", "fr"];
const US = ["en_US"];
const EN = ["en_US", "en_GB"];

/** The address line of each locale, expanded into {ADDR}. */
export const ADDRESS_LINE: Record<string, string> = {
  en_US: "{STREET_ADDRESS}, {CITY}, {STATE} {ZIP_CODE}",
  en_GB: "{STREET_ADDRESS}, {CITY} {UK_POSTCODE}",
  de: "{STREET_ADDRESS}, {ZIP_CODE} {CITY}",
  fr: "{STREET_ADDRESS}, {ZIP_CODE} {CITY}",
};

export const TEMPLATES: Template[] = [
  { kind: "email", locales: ALL, text: "From: {PERSON:same} <{EMAIL:same}>\nTo: {EMAIL}\nDate: {DATE:rfc} {TIME} +0000\nSubject: Re: invoice {NEG:order}\n\nHi {FIRST},\n\nthanks for the call on {DATE}. Please wire the balance to {IBAN} by Friday. My direct line is {PHONE}.\n\nBest regards,\n{PERSON:same}\n" },
  { kind: "email", locales: ALL, text: "From: {EMAIL}\nSubject: your order {NEG:order} has shipped\n\nDear {PERSON},\n\nyour parcel (tracking {NEG:stamp}) leaves our warehouse today and goes to {ADDR}. Questions? Call {PHONE} or write to {EMAIL}.\n\nKind regards,\n{COMPANY}\n" },
  { kind: "email", locales: ALL, text: "Hello {FIRST},\n\nthe new server {IP} is up (firmware version {NEG:version}); its MAC is {MAC}. Log in from {IP:v6} only. Docs: {URL}\n\nCheers,\n{FIRST}\n" },
  { kind: "email", locales: ALL, text: "Dear Mr. {PERSON},\n\nwe noticed a charge on card {CREDIT_CARD} on {DATE} at {TIME}. If this was not you, call us at {PHONE:intl}. Reference {NEG:card16} is your case number.\n\n{COMPANY} fraud team\n" },
  { kind: "email", locales: ALL, text: "Subject: MAKE MONEY FAST!!!\n\nSend 0.01 BTC to {BTC_ADDRESS} and get 10x back! (Not to the old wallet {NEG:btc}.) Offer ends {DATE}. Visit {URL} now or reply to {EMAIL}.\n" },
  { kind: "email", locales: EN, text: "Hi all,\n\nI met {PERSON} at the conference in {CITY} last week; {FIRST} said the slides are at {URL} and the recording will follow on {DATE:long}. Ping {EMAIL} for access.\n\n-- \n{PERSON}\n{PHONE}\n" },
  { kind: "form", locales: US, text: "Name: {PERSON}\nDate of birth: {DATE:num}\nSSN: {US_SSN}\nAddress: {ADDR}\nPhone: {PHONE}\nEmail: {EMAIL}\n" },
  { kind: "form", locales: US, text: "APPLICATION FORM\nFull name: {PERSON}\nEmployee ID: {NEG:ssn}\nSocial Security Number: {US_SSN}\nMailing address: {PO_BOX}, {CITY}, {STATE} {ZIP_CODE}\nSigned on {DATE} at {TIME}\n" },
  { kind: "form", locales: ["en_GB", "de", "fr"], text: "Customer: {PERSON}\nAddress: {ADDR}\nPostal address: {PO_BOX}\nTelephone: {PHONE}\nIBAN: {IBAN}\nISBN of ordered book: {NEG:isbn}\n" },
  { kind: "form", locales: ["en_GB"], text: "Write to us at {PO_BOX}, {CITY} {UK_POSTCODE}, or visit the branch at {ADDR}. Opening hours from {TIME} to {TIME}. Quote your account {NEG:order}.\n" },
  { kind: "letter", locales: ["de"], text: "Sehr geehrte Frau {PERSON},\n\nIhre Bestellung {NEG:order} wird am {DATE:num} an {ADDR} geliefert. Rückfragen unter {PHONE} oder {EMAIL}.\n\nMit freundlichen Grüßen\n{PERSON}\n" },
  { kind: "letter", locales: ["fr"], text: "Bonjour {PERSON},\n\nvotre colis arrivera le {DATE:num} à {TIME} au {ADDR}. Contact : {PHONE} ou {EMAIL}.\n\nCordialement,\n{PERSON}\n" },
  { kind: "chat", locales: US, text: "[{TIME}] {FIRST}: hey, what's your card number again?\n[{TIME}] {FIRST}: {CREDIT_CARD}, exp 08/27\n[{TIME}] {FIRST}: thx. and the ssn for the form? it's {US_SSN}\n" },
  { kind: "chat", locales: ALL, text: "[{TIME}] {FIRST}: I moved! new place is {ADDR}\n[{TIME}] {FIRST}: nice, text me at {PHONE}\n[{TIME}] {FIRST}: build {NEG:version} is broken btw, ticket {NEG:order}\n" },
  { kind: "chat", locales: ALL, text: "{FIRST}: send the btc to {BTC_ADDRESS}\n{FIRST}: done, tx went out at {TIME} on {DATE}\n{FIRST}: my iban is {IBAN} if you prefer euros\n" },
  { kind: "log", locales: ALL, text: "{DATE:iso} {TIME} INFO login ok user={EMAIL} ip={IP} session={NEG:md5}\n{DATE:iso} {TIME} WARN device {MAC} requested {URL} from {IP:v6}\n{DATE:iso} {TIME} DEBUG ts={NEG:epoch} build={NEG:version} sku={NEG:sku}\n" },
  { kind: "log", locales: ALL, text: "client {IP} connected at {TIME}\nclient {IP:v6} hwaddr {MAC} lease renewed, serial {NEG:stamp}\nerror id {NEG:card16} in module v{NEG:version}\n" },
  { kind: "csv", locales: ALL, text: "id,name,email,phone,registered\n{NEG:order},{PERSON},{EMAIL},{PHONE},{DATE:iso}\n{NEG:order},{PERSON},{EMAIL},{PHONE},{DATE:iso}\n{NEG:order},{PERSON},{EMAIL},{PHONE},{DATE:iso}\n" },
  { kind: "csv", locales: ALL, text: "name;iban;card;wallet\n{PERSON};{IBAN};{CREDIT_CARD};{BTC_ADDRESS}\n{PERSON};{IBAN};{CREDIT_CARD};{BTC_ADDRESS}\n" },
  { kind: "notes", locales: ALL, text: "Release notes for version {NEG:version}: fixed a crash (ticket {NEG:order}). ISBN {NEG:isbn}. Build id {NEG:epoch}. Checksum {NEG:md5}. Item {NEG:sku} costs 12.99; {NEG:amount} units in stock. Part {NEG:ssn} replaced.\n" },
  { kind: "notes", locales: ALL, text: "Card {NEG:card16} was declined (not a valid number). Wallet {NEG:btc} is malformed. IBAN {NEG:iban} fails its check digits. Verification code: {NEG:amount}.\n" },
  { kind: "email", locales: US, text: "Please send the signed contract to {PO_BOX}, {CITY}, {STATE} {ZIP_CODE} before {DATE:long}. Questions: {PHONE} (ask for {PERSON}).\n" },
];

/**
 * Held-out templates, written after the recognisers were tuned on TEMPLATES and not used
 * for tuning: new phrasings and layouts (JSON, SMS, tickets, meeting notes).
 */
export const HELDOUT_TEMPLATES: Template[] = [
  { kind: "sms", locales: ALL, text: "Hey, it's {FIRST} again. My number changed to {PHONE}, and the old address {ADDR} is no longer valid. Send post to {PO_BOX} instead.\n" },
  { kind: "invoice", locales: ALL, text: "Invoice {NEG:order}\nBilled to: {PERSON}\n{ADDR}\nPaid with {CREDIT_CARD} on {DATE}.\nSKU {NEG:sku}, qty {NEG:amount}\n" },
  { kind: "ticket", locales: ALL, text: "Ticket #{NEG:order}\nReporter: {PERSON} ({EMAIL})\nHost: {IP}\nSeen at: {DATE:iso} {TIME}\nSteps: open {URL}, then click Save. App version {NEG:version}.\n" },
  { kind: "email", locales: ALL, text: "Kindly transfer the refund to IBAN {IBAN} (account holder: {PERSON}). Do not use {NEG:iban}, it was closed.\n" },
  { kind: "json", locales: ALL, text: "{\"name\": \"{PERSON}\", \"email\": \"{EMAIL}\", \"ip\": \"{IP:v6}\", \"mac\": \"{MAC}\", \"created\": \"{DATE:iso}\", \"build\": \"{NEG:version}\"}\n" },
  { kind: "sms", locales: ALL, text: "{FIRST} here - running late, be there by {TIME}. call {PHONE} if u need me\n" },
  { kind: "form", locales: US, text: "Patient {PERSON}, DOB {DATE:num}, SSN {US_SSN}, lives at {ADDR}. Insurance ref {NEG:ssn}.\n" },
  { kind: "notes", locales: ALL, text: "Donations welcome: {BTC_ADDRESS} (old: {NEG:btc}). Mirror: {URL}. Build {NEG:version} released {DATE:long}.\n" },
  { kind: "notes", locales: ALL, text: "Attendees: {PERSON}, {PERSON} and {PERSON}.\nNext meeting {DATE} at {TIME}, room {NEG:amount}.\n" },
  { kind: "email", locales: ALL, text: "Please update your records: {PERSON} moved from {ADDR} to a new flat; her phone is now {PHONE:intl}. Card {NEG:card16} was cancelled.\n" },
];
