// The Kiwix file: a ZIM of the reader's set in every language (with the language chooser and the
// neutral pages), made by Debian's zim-tools (`zimwriterfs`). Optional: where zim-tools is missing
// the build says which file it skipped and how to get the tool. zimwriterfs writes a fresh id and
// date each run, so the ZIM is not byte-reproducible: it has its own checksum file beside it
// (working-abroad.zim.sha256), not a line in SHA256SUMS.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { packagePage } from '../lib/package-page.ts';
import { routes } from '../../src/lib/routes.ts';
import { ZIM_FILE } from '../../src/lib/package-files.ts';

/** ISO 639-3, as Kiwix's Language metadata asks, of each language the kit has or may have (by its folder; both Uzbek scripts are `uzb`). */
const ISO_639_3: Record<string, string> = { en: 'eng', ru: 'rus', kk: 'kaz', ky: 'kir', tg: 'tgk', uz: 'uzb', 'uz-cyrl': 'uzb' };

/** What Kiwix shows of the file: neutral, within its limits (title ≤ 30, description ≤ 80 characters). */
export const ZIM_METADATA = {
  title: 'Working abroad: what to know',
  description: 'Warning signs, what to do, and where to get help when working abroad',
  creator: 'migrant-awareness-kit',
  name: 'working-abroad_mul',
} as const;

/** The files of the ZIM, as paths from the site's root: each language's reader's set and neutral page. */
export function zimFiles(locales: readonly string[]): string[] {
  return [routes.languages(), routes.neutral(), ...locales.flatMap((locale) => [...routes.readersSet(locale), routes.neutral(locale)])];
}

export interface ZimResult {
  file?: string;
  /** Why no ZIM was made, and how to make one. */
  skipped?: string;
}

/** Writes `out/working-abroad.zim` from the built site in `dist`; `publisher` is who makes the file. */
export function buildZim(dist: string, out: string, locales: readonly string[], publisher: string): ZimResult {
  const version = spawnSync('zimwriterfs', ['--version'], { encoding: 'utf8' });
  if (version.error) return { skipped: `${ZIM_FILE} was not made: zimwriterfs is not installed (apt-get install zim-tools).` };
  const languages = [
    ...new Set(
      locales.map((locale) => {
        const code = ISO_639_3[locale];
        if (!code) throw new Error(`No ISO 639-3 code for the language "${locale}": add it to scripts/packages/zim.ts`);
        return code;
      }),
    ),
  ];
  const folder = mkdtempSync(join(tmpdir(), 'kit-zim-'));
  try {
    const files = zimFiles(locales);
    const holds = new Set(files);
    for (const path of files) {
      mkdirSync(dirname(join(folder, path)), { recursive: true });
      const exit = path.includes('/') ? routes.neutral(path.slice(0, path.indexOf('/'))) : routes.neutral();
      writeFileSync(join(folder, path), packagePage(readFileSync(join(dist, path), 'utf8'), { path, holds: (p) => holds.has(p), exit }));
    }
    copyFileSync(new URL('./illustration-48.png', import.meta.url), join(folder, 'illustration.png'));
    const file = join(out, ZIM_FILE);
    const made = spawnSync(
      'zimwriterfs',
      [
        '--welcome=index.html',
        '--illustration=illustration.png',
        `--language=${[...new Set(languages)].join(',')}`,
        `--title=${ZIM_METADATA.title}`,
        `--description=${ZIM_METADATA.description}`,
        `--creator=${ZIM_METADATA.creator}`,
        `--publisher=${publisher}`,
        `--name=${ZIM_METADATA.name}`,
        // One thread: its clusters then always come out in one order, so the file's size (which
        // the trainers page states, inside the reproducible zip) is the same from build to build.
        '--threads=1',
        folder,
        file,
      ],
      { encoding: 'utf8' },
    );
    if (made.status !== 0) throw new Error(`zimwriterfs could not make ${ZIM_FILE}:\n${made.stderr || made.stdout}`);
    return { file };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
