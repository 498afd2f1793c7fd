/**
 * American -> British pairs: spelling (color/colour, center/centre, -ize/-ise, -or/-our,
 * -er/-re, -se/-ce, doubled l) and vocabulary (apartment/flat, truck/lorry). Written for
 * the workshop from common knowledge of the two standards; each pair is a whole word,
 * lower case (skewText keeps the case of the word it replaces).
 */
export const AMERICAN_TO_BRITISH: ReadonlyArray<[string, string]> = [
  // -or / -our
  ["color", "colour"], ["colors", "colours"], ["favor", "favour"], ["favorite", "favourite"], ["honor", "honour"], ["honored", "honoured"],
  ["labor", "labour"], ["neighbor", "neighbour"], ["neighbors", "neighbours"], ["neighborhood", "neighbourhood"], ["neighborhoods", "neighbourhoods"],
  ["behavior", "behaviour"], ["harbor", "harbour"], ["humor", "humour"], ["rumor", "rumour"], ["endeavor", "endeavour"], ["vigor", "vigour"],
  // -er / -re
  ["center", "centre"], ["centers", "centres"], ["theater", "theatre"], ["meter", "metre"], ["meters", "metres"], ["fiber", "fibre"],
  // -se / -ce, -og / -ogue, doubled l, others
  ["defense", "defence"], ["offense", "offence"], ["license", "licence"], ["catalog", "catalogue"], ["dialog", "dialogue"], ["program", "programme"],
  ["programs", "programmes"], ["traveled", "travelled"], ["traveling", "travelling"], ["canceled", "cancelled"], ["modeling", "modelling"],
  ["enroll", "enrol"], ["fulfill", "fulfil"], ["gray", "grey"], ["jewelry", "jewellery"], ["aluminum", "aluminium"], ["tire", "tyre"], ["tires", "tyres"],
  ["check", "cheque"], ["plow", "plough"], ["mold", "mould"], ["skeptical", "sceptical"], ["pajamas", "pyjamas"], ["judgment", "judgement"],
  // -ize / -ise
  ["organize", "organise"], ["organized", "organised"], ["organization", "organisation"], ["organizations", "organisations"], ["realize", "realise"],
  ["realized", "realised"], ["recognize", "recognise"], ["recognized", "recognised"], ["modernize", "modernise"], ["authorize", "authorise"],
  ["authorized", "authorised"], ["apologize", "apologise"], ["criticize", "criticise"], ["emphasize", "emphasise"], ["prioritize", "prioritise"],
  ["minimize", "minimise"], ["maximize", "maximise"], ["privatize", "privatise"], ["stabilize", "stabilise"], ["analyze", "analyse"], ["analyzed", "analysed"],
  // vocabulary
  ["apartment", "flat"], ["apartments", "flats"], ["truck", "lorry"], ["trucks", "lorries"], ["vacation", "holiday"], ["vacations", "holidays"],
  ["gasoline", "petrol"], ["elevator", "lift"], ["sidewalk", "pavement"], ["cookie", "biscuit"], ["cookies", "biscuits"], ["movie", "film"],
  ["movies", "films"], ["garbage", "rubbish"], ["trash", "rubbish"], ["highway", "motorway"], ["highways", "motorways"], ["railroad", "railway"],
  ["railroads", "railways"], ["subway", "underground"], ["downtown", "city centre"], ["store", "shop"], ["stores", "shops"], ["mailman", "postman"],
  ["candy", "sweets"], ["pants", "trousers"], ["sweater", "jumper"], ["diaper", "nappy"], ["faucet", "tap"], ["soccer", "football"],
  ["fall", "autumn"], ["mom", "mum"], ["zip code", "postcode"], ["cell phone", "mobile phone"], ["parking lot", "car park"], ["line up", "queue up"],
];

/** Words that mark American English (the left side of AMERICAN_TO_BRITISH, one-word entries). */
export const AMERICAN_WORDS: readonly string[] = AMERICAN_TO_BRITISH.map(([a]) => a).filter((w) => !w.includes(" ") && w !== "fall" && w !== "check" && w !== "store" && w !== "program");
/** Words that mark British English (the right side, one-word entries that are not also common American words). */
export const BRITISH_WORDS: readonly string[] = AMERICAN_TO_BRITISH.map(([, b]) => b).filter((w) => !w.includes(" ") && !["flat", "flats", "holiday", "holidays", "lift", "film", "films", "shop", "shops", "football", "tap", "railway", "underground", "jumper", "pavement", "sweets"].includes(w));
