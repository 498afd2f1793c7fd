// The words, URLs and labels inside lab 09's format fixtures (data/sources/make-fixtures.ts).
// Everything here was written for the workshop; the hosts are reserved names
// (example.org, .test) and the link-rot web that answers for them runs on 127.0.0.1.

export interface Page { url: string; status: 200 | 301 | 404; lang: string; title: string; text: string }

const EN = [
  ["Harbour reopens after storm", "The harbour reopened on Tuesday after three days of repairs to the outer wall."],
  ["Library extends opening hours", "The city library will stay open until nine in the evening from next month."],
  ["New bus line to the hospital", "A direct bus line now links the railway station with the hospital every twenty minutes."],
  ["Allotment gardens wait list", "More than two hundred households are waiting for a plot in the allotment gardens."],
  ["School choir wins regional prize", "The school choir won the regional prize with a programme of folk songs."],
  ["Bridge closed for inspection", "The old bridge is closed to cars this weekend while engineers inspect the cables."],
  ["How to repair a bicycle tyre", "Take the wheel off, find the hole with a bowl of water, and patch the tube."],
  ["Baking bread without a mixer", "A slow dough needs only flour, water, salt and a night in a cool kitchen."],
];
const DE = [
  ["Neue Öffnungszeiten im Rathaus", "Das Bürgerbüro im Rathaus ist ab Montag auch am Samstagvormittag geöffnet."],
  ["Radweg am Fluss fertig", "Der neue Radweg am Fluss verbindet die Altstadt mit dem Badesee."],
  ["Wochenmarkt zieht um", "Der Wochenmarkt findet während der Bauarbeiten auf dem Schulhof statt."],
  ["Gebrauchte Fahrräder zu verkaufen", "Im Laden finden Sie geprüfte gebrauchte Fahrräder mit einem Jahr Garantie."],
  ["Versand und Rückgabe", "Wir versenden innerhalb von zwei Werktagen; die Rückgabe ist dreißig Tage lang kostenlos."],
  ["Kinderbücher im Angebot", "Diese Woche sind alle Kinderbücher im Laden um ein Fünftel günstiger."],
];
const FR = [
  ["La piscine rouvre ses portes", "La piscine municipale rouvre lundi après six mois de travaux."],
  ["Un nouveau marché bio", "Un marché de producteurs locaux s'installe chaque jeudi sur la place de l'église."],
  ["Horaires d'été de la médiathèque", "En juillet et en août, la médiathèque ouvre de dix heures à dix-huit heures."],
  ["Recette de la soupe au pistou", "Faites revenir les légumes, ajoutez les haricots et servez avec le pistou."],
];

/** 24 records: 19 pages fetched (200), 3 missing (404), 2 redirects (301), on four hosts. */
export const PAGES: Page[] = [
  ...EN.map(([title, text], i): Page => ({ url: `https://news.example.org/${i < 6 ? "local" : "howto"}/${i + 1}`, status: 200, lang: i === 7 ? "eng,fra" : "eng", title, text })),
  ...DE.map(([title, text], i): Page => ({ url: `https://${i < 3 ? "stadt.example.de" : "laden.example.de"}/seite/${i + 1}`, status: 200, lang: i === 4 ? "deu,eng" : "deu", title, text })),
  ...FR.map(([title, text], i): Page => ({ url: `https://ville.example.fr/actualites/${i + 1}`, status: 200, lang: i === 3 ? "fra,deu" : "fra", title, text })),
  { url: "https://news.example.org/local/old-story", status: 404, lang: "", title: "", text: "" },
  { url: "https://stadt.example.de/seite/alt", status: 404, lang: "", title: "", text: "" },
  { url: "https://ville.example.fr/archives/2019", status: 404, lang: "", title: "", text: "" },
  { url: "https://laden.example.de/angebote", status: 301, lang: "", title: "", text: "" },
  { url: "https://news.example.org/howto", status: 301, lang: "", title: "", text: "" },
  { url: "https://ville.example.fr/actualites/5", status: 200, lang: "fra", title: "Fermeture de la rue du Port", text: "La rue du Port sera fermée à la circulation pendant le marché de Noël." },
];

/** How each kind of LAION-style URL answers on the link-rot fixture web (lib/sources/serve-link-rot-web.ts). */
export const LINK_KINDS = {
  alive: "200 with the image",
  moved: "301 to the image's new path, then 200",
  missing: "404",
  gone: "410",
  placeholder: "200 with an HTML 'image not available' page (a soft 404)",
  deadHost: "the host no longer answers (connection refused)",
} as const;

const CAPTIONS = [
  "Acanthus leaves in a botanical drawing", "View from an airplane window over fields", "Purple allium flowers in spring",
  "A river canyon with steep black walls", "An abandoned farmhouse in the dust", "Alpine valley with snow on the peaks",
  "A cat walking, photographed in sequence", "Sheep grazing in a March landscape", "Fishing boats in Nagasaki harbour",
];

/** 40 rows in LAION-400M's columns; URLs on img.fixture.test / gone.fixture.test, which the link-rot web answers. */
export const LAION_ROWS = Array.from({ length: 40 }, (_, i) => {
  const photo = i % 9;
  const kind = i < 22 ? "alive" : i < 26 ? "moved" : i < 32 ? "missing" : i < 34 ? "gone" : i < 37 ? "placeholder" : "deadHost";
  const file = `img-${String(photo).padStart(2, "0")}.jpg`;
  const path = { alive: `/images/${file}`, moved: `/old/${file}`, missing: `/images/lost-${i}.jpg`, gone: `/removed/${file}`, placeholder: `/cdn/${i}/${file}`, deadHost: `/images/${file}` }[kind];
  const host = kind === "deadHost" ? "gone.fixture.test" : "img.fixture.test";
  return {
    SAMPLE_ID: 1000 + i * 7,
    URL: `http://${host}${path}`,
    TEXT: `${CAPTIONS[photo]}${i >= 9 ? ` (${["stock photo", "wallpaper", "print", "poster", "free download"][i % 5]})` : ""}`,
    HEIGHT: 120,
    WIDTH: 160,
    LICENSE: i % 4 === 0 ? "https://creativecommons.org/licenses/by/2.0/" : "?",
    NSFW: i % 13 === 5 ? "UNSURE" : "UNLIKELY",
    similarity: Math.round((0.3 + ((i * 37) % 100) / 1000) * 10000) / 10000,
    kind,
  };
});

/** LibriSpeech-shaped subsets: speaker 26 reads in both (a planted leak between train and test). */
export const LIBRI = [
  { subset: "train-mini", speaker: 19, chapter: 198, voice: "en-us+m3", utterances: ["THE RIVER RAN QUIETLY PAST THE OLD MILL", "SHE FOLDED THE MAP AND LOOKED AT THE HILLS"] },
  { subset: "train-mini", speaker: 26, chapter: 495, voice: "en-gb+f2", utterances: ["A COLD WIND CAME DOWN FROM THE MOUNTAINS", "THE LETTER HAD BEEN WRITTEN IN HASTE"] },
  { subset: "train-mini", speaker: 32, chapter: 4137, voice: "en-gb-scotland+m1", utterances: ["HE COUNTED THE SHIPS IN THE HARBOUR", "THE GARDEN WAS FULL OF LATE ROSES"] },
  { subset: "train-mini", speaker: 40, chapter: 222, voice: "en-us+f4", utterances: ["WE WAITED FOR THE TRAIN UNTIL MIDNIGHT", "THE LAMP ON THE TABLE FLICKERED AND WENT OUT"] },
  { subset: "test-mini", speaker: 61, chapter: 70968, voice: "en-029+m2", utterances: ["THE MARKET OPENED EARLY ON SATURDAY", "NOBODY KNEW WHERE THE KEY HAD GONE"] },
  { subset: "test-mini", speaker: 84, chapter: 121123, voice: "en-gb-x-rp+f3", utterances: ["THE CHILDREN RAN ACROSS THE WET GRASS", "A BELL RANG TWICE IN THE DISTANCE"] },
  { subset: "test-mini", speaker: 26, chapter: 496, voice: "en-gb+f2", utterances: ["THE BOAT DRIFTED SLOWLY TOWARDS THE SHORE", "HIS COAT WAS TOO THIN FOR THE WINTER"] },
];

/** Common Voice-shaped clips: four speakers, votes, self-reported demographics (blank where not given). */
export const CV_CLIPS = [
  { path: "common_voice_en_41000001.mp3", speaker: "a", voice: "en-us+m3", sentence: "The museum is closed on Mondays.", up: 2, down: 0, age: "thirties", gender: "male_masculine", accents: "United States English" },
  { path: "common_voice_en_41000002.mp3", speaker: "a", voice: "en-us+m3", sentence: "Please leave your umbrella at the door.", up: 3, down: 0, age: "thirties", gender: "male_masculine", accents: "United States English" },
  { path: "common_voice_en_41000003.mp3", speaker: "b", voice: "en-gb-scotland+f2", sentence: "The ferry leaves at half past seven.", up: 2, down: 1, age: "", gender: "", accents: "Scottish English" },
  { path: "common_voice_en_41000004.mp3", speaker: "c", voice: "en-029+m1", sentence: "Turn left after the second bridge.", up: 2, down: 0, age: "twenties", gender: "", accents: "" },
  { path: "common_voice_en_41000005.mp3", speaker: "d", voice: "en-gb-x-rp+f4", sentence: "Our neighbours grow tomatoes on the balcony.", up: 4, down: 0, age: "sixties", gender: "female_feminine", accents: "England English" },
  { path: "common_voice_en_41000006.mp3", speaker: "d", voice: "en-gb-x-rp+f4", sentence: "The soup needs a little more salt.", up: 2, down: 0, age: "sixties", gender: "female_feminine", accents: "England English" },
];

/** MADLAD-shaped documents: clean ones, and noisy ones of the kinds its audit removed (boilerplate, wrong language, junk). */
export const MADLAD: Record<string, { clean: string[]; noisy: string[] }> = {
  en: {
    clean: EN.slice(0, 4).map(([t, x]) => `${t}\n${x}`),
    noisy: ["Home | About | Contact | Login | Register | Cart (0)", "Lorem ipsum dolor sit amet, consectetur adipiscing elit.", "Das ist kein englischer Text, aber er steht in der englischen Datei."],
  },
  de: {
    clean: DE.slice(0, 4).map(([t, x]) => `${t}\n${x}`),
    noisy: ["Startseite > Kategorie > Unterkategorie > Artikel 12345", "aaaa bbbb cccc dddd eeee ffff gggg", "This English sentence ended up in the German file."],
  },
  fr: {
    clean: FR.slice(0, 3).map(([t, x]) => `${t}\n${x}`),
    noisy: ["Accueil | Panier | Mon compte | Mentions légales", "zzzz qqqq xxxx wwww", "Ceci est un texte, ceci est un texte, ceci est un texte, ceci est un texte."],
  },
};
