import type { PIIRecognizer } from "./pii-types";
import { structuredRecognizers } from "./structured-recognizers";
import { contactRecognizers } from "./contact-recognizers";
import { dateRecognizers } from "./date-recognizers";
import { addressRecognizers } from "./address-recognizers";
import { personRecognizer } from "./person-recognizer";

/** Every entity type the default recognisers report by default (TIMESTAMP only on request: see `OFF_BY_DEFAULT_TYPES`). */
export const PII_TYPES = ["EMAIL", "URL", "IP", "MAC", "CREDIT_CARD", "IBAN", "BTC_ADDRESS", "US_SSN",
  "PHONE", "DATE", "TIME", "STREET_ADDRESS", "PO_BOX", "ZIP_CODE", "UK_POSTCODE", "PERSON"] as const;

/** Types the default recognisers find but report only when `detectPII`'s `types` names them. */
export const OFF_BY_DEFAULT_TYPES = ["TIMESTAMP"] as const;

/**
 * A fresh copy of the built-in recogniser list (edit it freely: scores, context words).
 *
 * @example
 * const mine = defaultRecognizers().filter((r) => r.type !== "DATE");
 * detectPII(text, { recognizers: mine });
 */
export function defaultRecognizers(): PIIRecognizer[] {
  return [...structuredRecognizers, ...contactRecognizers, ...dateRecognizers, ...addressRecognizers, personRecognizer()]
    .map((r) => ({ ...r, context: r.context?.slice(), negativeContext: r.negativeContext?.slice() }));
}
