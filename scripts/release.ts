// The end of `npm run build` (the kit's integration in astro.config.mjs): from the built site in
// dist/, write release/
//   - <name>-<version>-offline.zip: the whole site in one folder, index.html and README.txt at its top;
//   - the single files that open alone (each language's deck and reader edition), and the A4
//     PDFs (printed into dist/downloads/ before: scripts/print-kit.ts);
//   - SHA256SUMS for all of them;
// then copy them into dist/downloads/, so the hosted site offers them too (the zip cannot hold
// itself, nor the checksums of itself: those two are the only files the kit links to that are
// not inside the zip).
// Reproducible: the same commit gives the same bytes. The zip's timestamps are SOURCE_DATE_EPOCH
// when it is set, else the last commit's date; entries are sorted; nothing reads the clock.
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { writeZip } from './lib/zip.ts';
import { sourceDateEpoch } from './lib/source-date.ts';
import { kitBasename } from '../src/lib/kit.ts';
import { isPackageFile } from '../src/lib/package-files.ts';

process.env.TZ = 'UTC';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

const sha256 = (data: Buffer): string => createHash('sha256').update(data).digest('hex');

/** The hosted site's sitemap (when the settings give its address): not in the offline zip. */
const HOSTED_ONLY = /^sitemap[^/]*\.xml$/;

/**
 * A file as the offline zip holds it: a page without the links that name the hosted site's
 * address (its canonical link and absolute language alternates, marked `data-hosted`), so that
 * the copy on a USB stick carries no address of another host.
 */
function offline(file: string, data: Buffer): Buffer {
  if (!file.endsWith('.html')) return data;
  const html = data.toString('utf8');
  return html.includes(' data-hosted') ? Buffer.from(html.replace(/<link [^>]*\bdata-hosted\b[^>]*>/g, ''), 'utf8') : data;
}

/** `<name>-<version>`, from the project's package.json. */
function basename(root: string): string {
  const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string };
  return kitBasename(name, version);
}

/** The offline zip's file name. */
export const zipName = (root: string): string => `${basename(root)}-offline.zip`;

export interface Release {
  out: string;
  files: string[];
  zipBytes: number;
}

/**
 * From the built site in `dist`, writes the release into `out` (both folders; `root` is the
 * project's folder: its package.json names the files, its git history dates them).
 */
export function release({
  root,
  dist,
  out,
  env = process.env,
}: {
  root: string;
  dist: string;
  out: string;
  env?: Record<string, string | undefined>;
}): Release {
  const base = basename(root);
  const zipName = `${base}-offline.zip`;
  const modified = new Date(sourceDateEpoch(env, root) * 1000);

  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const all = filesUnder(dist);
  // The offline libraries' files sit in downloads/ for the hosted site, beside the zip, not in it.
  const packages = all.filter((file) => file.startsWith('downloads/') && isPackageFile(file.slice('downloads/'.length)));
  const siteFiles = all.filter((file) => file !== `downloads/${zipName}` && file !== 'downloads/SHA256SUMS' && !packages.includes(file));
  const zip = writeZip(
    siteFiles.filter((file) => !HOSTED_ONLY.test(file)).map((file) => ({ name: `${base}/${file}`, data: offline(file, readFileSync(join(dist, file))) })),
    modified,
  );
  writeFileSync(join(out, zipName), zip);
  const singles = siteFiles.filter((file) => /^downloads\/[^/]+\.(html|txt|pdf)$/.test(file));
  for (const file of singles) copyFileSync(join(dist, file), join(out, file.slice('downloads/'.length)));

  for (const file of packages) copyFileSync(join(dist, file), join(out, file.slice('downloads/'.length)));
  const written = [zipName, ...[...singles, ...packages].map((file) => file.slice('downloads/'.length))].sort();
  // The ZIM is not byte-reproducible: its checksum is in its own file, not in SHA256SUMS.
  const sums = written
    .filter((file) => !/\.zim(\.sha256)?$/.test(file))
    .map((file) => `${sha256(readFileSync(join(out, file)))}  ${file}\n`)
    .join('');
  writeFileSync(join(out, 'SHA256SUMS'), sums);
  copyFileSync(join(out, zipName), join(dist, 'downloads', zipName));
  copyFileSync(join(out, 'SHA256SUMS'), join(dist, 'downloads', 'SHA256SUMS'));
  return { out, files: [...written, 'SHA256SUMS'], zipBytes: zip.length };
}
