/**
 * The kit inside the offline libraries people already use (#22): the Kiwix ZIM (checked by
 * zimcheck), the Kolibri HTML5 apps (index.html at the zip's root; read in a sandboxed frame, as
 * Kolibri shows them, with every other host blocked), the SCORM 1.2 packages (the manifest's
 * required elements, every file it names in the zip, and what the page reports to a platform),
 * and the PowerPoint decks (their slides, text, notes, tables and charts). None is in the zip.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { readZip } from '../../scripts/lib/zip.ts';
import { RELEASE, unzipped, useBrowser } from '../support/site';
import { builtHtml } from '../support/html';
import { serveFolder } from '../support/static-server';
import { LOCALES, TRAINER_LOCALES } from '../../src/lib/i18n';
import { kolibriFile, pptxFile, scormFile, ZIM_FILE } from '../../src/lib/package-files';
import { ZIM_METADATA } from '../../scripts/packages/zim.ts';
import { routes } from '../../src/lib/routes';

const site = useBrowser();
const hasZimcheck = !spawnSync('zimcheck', ['--version']).error;

/** A zip's files written into a new folder; returns the folder. */
function unzip(file: string): string {
  const folder = mkdtempSync(join(tmpdir(), 'kit-package-'));
  for (const { name, data } of readZip(readFileSync(file))) {
    mkdirSync(dirname(join(folder, name)), { recursive: true });
    writeFileSync(join(folder, name), data);
  }
  return folder;
}

describe('Kiwix', () => {
  // CI installs zim-tools (.ci/run); on a machine without it the build says it skipped the ZIM.
  it.skipIf(!hasZimcheck)('zimcheck accepts the ZIM of the reader’s set, and its checksum file matches it (zim-tools needed: skipped without it)', () => {
    const zim = join(RELEASE, ZIM_FILE);
    const check = spawnSync('zimcheck', ['-A', zim], { encoding: 'utf8' });
    expect(check.status, check.stdout + check.stderr).toBe(0);
    const sum = readFileSync(`${zim}.sha256`, 'utf8');
    expect(sum).toBe(`${createHash('sha256').update(readFileSync(zim)).digest('hex')}  ${ZIM_FILE}\n`);
    expect(readFileSync(join(RELEASE, 'SHA256SUMS'), 'utf8')).not.toContain('.zim');
  });

  it('its title and description keep to Kiwix’s limits and say nothing of the subject', () => {
    expect(ZIM_METADATA.title.length).toBeLessThanOrEqual(30);
    expect(ZIM_METADATA.description.length).toBeLessThanOrEqual(80);
    expect(`${ZIM_METADATA.title} ${ZIM_METADATA.description} ${ZIM_FILE}`).not.toMatch(/traffick|exploit|slave/i);
  });
});

describe('Kolibri', () => {
  for (const locale of LOCALES) {
    it(`${locale}: index.html at the zip's root; in a sandboxed frame with every other host blocked, links stay inside and quick exit goes to the package's neutral page`, async () => {
      const folder = unzip(join(RELEASE, kolibriFile(locale)));
      expect(readZip(readFileSync(join(RELEASE, kolibriFile(locale)))).map((entry) => entry.name)).toEqual(['index.html', 'notes.html']);
      // Kolibri shows an HTML5 app in a sandboxed frame: scripts run; no pop-up, no leaving the frame.
      writeFileSync(
        join(folder, 'host.html'),
        '<!doctype html><iframe sandbox="allow-scripts allow-same-origin" src="index.html" style="width:360px;height:640px"></iframe>',
      );
      const server = await serveFolder(folder);
      const context = await site.browser.newContext({ viewport: { width: 400, height: 700 } });
      const outside: string[] = [];
      await context.route('**/*', (route) => {
        if (route.request().url().startsWith(server.origin)) return route.continue();
        outside.push(route.request().url());
        return route.abort();
      });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${server.origin}/host.html`);
      const frame = page.frameLocator('iframe');
      const frameOf = () => page.frames().find((f) => f !== page.mainFrame())!;
      await frame.locator('main').first().waitFor();
      const hrefs = await frameOf().$$eval('a[href]', (links) => links.map((link) => link.getAttribute('href')!));
      for (const href of hrefs) expect(href, href).toMatch(/^(#|tel:|notes\.html$)/);
      // A link within the page moves within it.
      await frame.locator('a[href^="#"]').nth(2).click();
      expect(frameOf().url()).toContain('index.html#');
      await frame.locator('a[data-quick-exit]').click();
      await expect.poll(() => frameOf().url()).toBe(`${server.origin}/notes.html`);
      expect(outside).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
      await server.close();
    });
  }
});

/** The manifest's text, and the values of one attribute across it. */
const attributes = (xml: string, name: string): string[] => [...xml.matchAll(new RegExp(`\\s${name}="([^"]*)"`, 'g'))].map((m) => m[1]!);

describe('SCORM 1.2', () => {
  for (const locale of LOCALES) {
    it(`${locale}: the manifest has SCORM 1.2's required elements and names one SCO, and every file it names is in the zip`, () => {
      const entries = readZip(readFileSync(join(RELEASE, scormFile(locale))));
      const manifest = entries.find((entry) => entry.name === 'imsmanifest.xml')!.data.toString('utf8');
      for (const element of [
        '<manifest ',
        '<metadata>',
        '<schema>ADL SCORM</schema>',
        '<schemaversion>1.2</schemaversion>',
        '<organizations default="',
        '<organization identifier="',
        '<item identifier="',
        '<resources>',
      ])
        expect(manifest, element).toContain(element);
      expect(attributes(manifest, 'adlcp:scormtype')).toEqual(['sco']);
      const files = [...attributes(manifest, 'href')];
      expect(files).toContain('index.html');
      for (const file of files)
        expect(
          entries.map((entry) => entry.name),
          file,
        ).toContain(file);
      // The organisation's default is an organisation of the manifest, and its item's resource one of its resources.
      expect(attributes(manifest, 'identifier')).toEqual(
        expect.arrayContaining([attributes(manifest, 'default')[0], attributes(manifest, 'identifierref')[0]]),
      );
    });
  }

  it('the page reports "completed" to a platform once its end is reached, and nothing else, not the job-offer ticks; with no platform it runs without errors', async () => {
    const folder = unzip(join(RELEASE, scormFile('en')));
    // A platform: the SCORM 1.2 API on the frame's parent, recording every call.
    writeFileSync(
      join(folder, 'platform.html'),
      `<!doctype html><script>window.calls=[];window.API={LMSInitialize:function(a){calls.push(['LMSInitialize',a]);return 'true'},LMSSetValue:function(k,v){calls.push(['LMSSetValue',k,v]);return 'true'},LMSCommit:function(a){calls.push(['LMSCommit',a]);return 'true'},LMSFinish:function(a){calls.push(['LMSFinish',a]);return 'true'},LMSGetValue:function(k){calls.push(['LMSGetValue',k]);return ''},LMSGetLastError:function(){return '0'},LMSGetErrorString:function(){return ''},LMSGetDiagnostic:function(){return ''}};</script><iframe src="index.html" style="width:360px;height:640px"></iframe>`,
    );
    const server = await serveFolder(folder);
    const page = await site.browser.newPage({ viewport: { width: 400, height: 700 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.origin}/platform.html`);
    const frame = page.frames().find((f) => f !== page.mainFrame())!;
    await frame.waitForSelector('footer');
    await frame.locator('input[type="checkbox"]').first().check();
    expect(await page.evaluate(() => (window as unknown as { calls: string[][] }).calls)).toEqual([['LMSInitialize', '']]);
    await frame.locator('footer').scrollIntoViewIfNeeded();
    // The observer reports the end once the frame has drawn it: under the suite's load, seconds later.
    await expect.poll(() => page.evaluate(() => (window as unknown as { calls: string[][] }).calls.length)).toBe(3);
    expect(await page.evaluate(() => (window as unknown as { calls: string[][] }).calls)).toEqual([
      ['LMSInitialize', ''],
      ['LMSSetValue', 'cmi.core.lesson_status', 'completed'],
      ['LMSCommit', ''],
    ]);
    // Alone, with no platform.
    await page.goto(`${server.origin}/index.html`);
    await page.locator('footer').scrollIntoViewIfNeeded();
    expect(errors).toEqual([]);
    await page.close();
    await server.close();
  });
});

describe('PowerPoint', () => {
  /** The slides' text, and their notes' text, of a .pptx, in order. */
  function readPptx(file: string): { slides: string[]; notes: string[]; tables: number; pictures: number } {
    const entries = readZip(readFileSync(file));
    const text = (name: string) =>
      [...(entries.find((e) => e.name === name)?.data.toString('utf8') ?? '').matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join(' ');
    const count = entries.filter((e) => /^ppt\/slides\/slide\d+\.xml$/.test(e.name)).length;
    const slideXml = entries.filter((e) => /^ppt\/slides\/slide\d+\.xml$/.test(e.name)).map((e) => e.data.toString('utf8'));
    return {
      slides: Array.from({ length: count }, (_, i) => text(`ppt/slides/slide${i + 1}.xml`)),
      notes: Array.from({ length: count }, (_, i) => text(`ppt/notesSlides/notesSlide${i + 1}.xml`)),
      tables: slideXml.filter((xml) => xml.includes('<a:tbl>')).length,
      pictures: slideXml.filter((xml) => xml.includes('<p:pic>')).length,
    };
  }

  for (const locale of TRAINER_LOCALES) {
    for (const deck of ['full', 'session'] as const) {
      it(`${locale}: ${pptxFile(locale, deck)} has the deck's slides in order, each with its heading and notes; treaty tables as tables, charts as pictures`, () => {
        const { slides, notes, tables, pictures } = readPptx(join(RELEASE, pptxFile(locale, deck)));
        const html = builtHtml(routes.deck(locale, deck));
        const headings = [...html.matchAll(/<section[\s\S]*?<h[12][^>]*>([\s\S]*?)<\/h[12]>/g)].map((m) =>
          m[1]!
            .replace(/<[^>]+>/g, '')
            .replace(/&nbsp;|\s+/g, ' ')
            .trim(),
        );
        expect(slides).toHaveLength((html.match(/<section /g) ?? []).length);
        const unescape = (s: string) =>
          s
            .replace(/&amp;/g, '&')
            .replace(/&quot;/g, '"')
            .replace(/&#39;|&#x27;|&apos;/g, "'")
            .replace(/&lt;/g, '<')
            .replace(/&gt;/g, '>');
        headings.forEach((heading, i) => expect(unescape(slides[i]!).replace(/\s+/g, ' '), `slide ${i + 1}`).toContain(unescape(heading).slice(0, 30)));
        expect(notes.every((text) => text.length > 0)).toBe(true);
        // The seed's three treaty slides (13 to 15), and its chart of victims assisted (16).
        expect(tables).toBe(3);
        expect(pictures).toBe(1);
      });
    }
  }

  it('no package is inside the offline zip', () => {
    const inZip = (file: string) => existsSync(join(unzipped(), 'downloads', file));
    for (const locale of LOCALES)
      for (const file of [kolibriFile(locale), scormFile(locale), pptxFile(locale, 'full'), pptxFile(locale, 'session')]) expect(inZip(file), file).toBe(false);
    expect(inZip(ZIM_FILE)).toBe(false);
  });
});
