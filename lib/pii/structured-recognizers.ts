import type { PIIRecognizer } from "./pii-types";
import { luhnValid } from "./luhn-valid";
import { ibanValid } from "./iban-valid";
import { btcAddressValid } from "./btc-address-valid";
import { ssnValid } from "./ssn-valid";
import { findEmails } from "./find-emails";
import { findIPv6, findMacs } from "./find-colon-ids";

// Every quantifier is bounded ({m,n}) so a scan costs at most (pattern length x bound) per start.
const OCTET = "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
const CARD_ISSUERS = /^(?:4|5[1-5]|2[2-7]|3[47]|3[068]|35|6011|64[4-9]|65|62)/;
const VERSION_WORDS = ["version", "ver", "v", "release", "build", "firmware", "isbn", "oid"];

/** Recognisers for machine-checkable identifiers: each one is validated, not only matched. */
export const structuredRecognizers: PIIRecognizer[] = [
  {
    name: "email", type: "EMAIL", find: (t) => findEmails(t, 0.95),
    context: ["email", "e-mail", "mail", "contact"],
    // A Message-ID is shaped like an address but names a message, not a mailbox.
    negativeContext: ["message-id", "msgid", "in-reply-to", "references", "content-id"],
  },
  {
    name: "url", type: "URL", score: 0.85,
    pattern: /\b(?:(?:https?|ftp):\/\/|www\.)[^\s<>"'`]{0,512}[^\s<>"'`.,;:!?)\]}]/g,
  },
  {
    name: "ipv4", type: "IP", score: 0.75,
    // Not right after a capitalised name and a space ("Siri 2.30.60.14", "Watson 11.7.75.158"):
    // a dotted quad there is a product's version. Loopback and unspecified addresses name no one.
    pattern: new RegExp(`(?<![\\w.])(?<!(?<![A-Za-z])(?!(?:Server|Host|Client|From|IP|Address|Gateway|Router|Proxy) )[A-Z][a-z]{1,20} )(?:${OCTET}\\.){3}${OCTET}(?![\\w]|\\.\\d)`, "g"),
    validate: (s) => !/^(?:127\.|0\.0\.0\.0$|255\.255\.255\.255$)/.test(s),
    context: ["ip", "address", "host", "server", "from", "client"], negativeContext: VERSION_WORDS,
  },
  {
    name: "ipv6", type: "IP", find: (t) => findIPv6(t, 0.85),
  },
  {
    name: "mac", type: "MAC", find: (t) => findMacs(t, 0.9),
    context: ["mac", "hwaddr", "ether", "hardware"],
  },
  {
    name: "credit-card", type: "CREDIT_CARD", score: 0.95,
    pattern: /\d(?<![\w+-]\d)(?:[ -]?\d){12,18}(?![\w-])/g,
    validate: (s) => {
      const digits = s.replace(/\D/g, "");
      return digits.length >= 13 && digits.length <= 19 && CARD_ISSUERS.test(digits) && luhnValid(digits);
    },
    context: ["card", "visa", "mastercard", "amex", "credit", "cc"],
  },
  {
    name: "iban", type: "IBAN", score: 0.95,
    pattern: /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b/g,
    validate: ibanValid,
    context: ["iban", "bank", "account"],
  },
  {
    name: "btc-address", type: "BTC_ADDRESS", score: 0.95,
    pattern: /(?<!\w)(?:[13][1-9A-HJ-NP-Za-km-z]{25,34}|bc1[02-9ac-hj-np-z]{11,87}|BC1[02-9AC-HJ-NP-Z]{11,87})(?!\w)/g,
    validate: btcAddressValid,
    context: ["bitcoin", "btc", "wallet"],
  },
  {
    name: "us-ssn", type: "US_SSN", score: 0.7,
    pattern: /(?<![\w-])\d{3}([- ])\d{2}\1\d{4}(?![\w-])/g,
    validate: ssnValid,
    context: ["ssn", "social security", "ss#", "ss", "taxpayer", "sozialversicherungsnummer"],
    negativeContext: ["order", "part", "invoice", "ref", "serial", "tracking"],
  },
  {
    name: "us-ssn-bare", type: "US_SSN", score: 0.25,
    pattern: /\d(?<![\w-]\d)\d{8}(?![\w-])/g, // the digit first: the engine skips to digits instead of trying the lookbehind everywhere
    validate: ssnValid,
    context: ["ssn", "social security", "ss#", "taxpayer"],
  },
];
