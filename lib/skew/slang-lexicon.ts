/** Informal words and spellings (chat, e-mail, social media) counted by textFeatures. */
export const SLANG_WORDS = [
  "gonna", "wanna", "gotta", "kinda", "sorta", "dunno", "lemme", "gimme", "ya", "yeah", "yep", "nope", "hey", "hi",
  "lol", "omg", "btw", "imo", "imho", "fyi", "thx", "pls", "plz", "u", "ur", "r", "cuz", "cos", "ok", "okay",
  "cool", "awesome", "stuff", "guys", "dude", "folks", "anyway", "anyways", "basically", "totally", "pretty", "huh", "oops", "wow",
] as const;

/** Formal markers typical of speeches, reports and legal text. */
export const FORMAL_WORDS = [
  "therefore", "hereby", "shall", "whereas", "furthermore", "moreover", "nevertheless", "thus", "hence", "pursuant",
  "accordingly", "consequently", "notwithstanding", "whilst", "upon", "wherein", "thereof", "henceforth", "indeed", "nation",
] as const;

/** Phrase substitutions used by skewText's "slang" skew: formal on the left, informal on the right. */
export const SLANG_SUBSTITUTIONS: ReadonlyArray<[string, string]> = [
  ["going to", "gonna"], ["want to", "wanna"], ["have got to", "gotta"], ["got to", "gotta"], ["kind of", "kinda"],
  ["do not", "don't"], ["does not", "doesn't"], ["cannot", "can't"], ["will not", "won't"], ["is not", "isn't"],
  ["are not", "aren't"], ["I am", "I'm"], ["it is", "it's"], ["we are", "we're"], ["they are", "they're"], ["we will", "we'll"],
  ["you", "u"], ["your", "ur"], ["are", "r"], ["because", "cuz"], ["okay", "ok"], ["thanks", "thx"], ["please", "pls"],
  ["yes", "yeah"], ["however", "anyway"], ["therefore", "so"], ["very", "totally"], ["children", "kids"], ["many", "lots of"],
];
