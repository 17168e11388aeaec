/**
 * The organisation's settings (content/settings/kit.yaml) and its logo: what a bad value does
 * (the build stops naming the field), and what is removed from an SVG logo before it is shown.
 */
import { describe, expect, it } from 'vitest';
import { settingsSchema } from '../../src/schemas/settings';
import { LOGO_MAX_BYTES, readLogo } from '../../src/lib/logo';
import { datePdf, pdfDate } from '../../scripts/print-kit.ts';
import { fileSizeText } from '../../scripts/lib/file-sizes.ts';
import { hostedPageAddress, hostedSitemapIndex } from '../../scripts/lib/hosted-sitemap.ts';

const quickExit = { en: 'https://en.m.wikipedia.org/' };
const firstProblem = (value: unknown): string => {
  const result = settingsSchema.safeParse(value);
  if (result.success) return 'no problem';
  const [issue] = result.error.issues;
  return `${issue!.path.join('.')}: ${issue!.message}`;
};

describe('the settings', () => {
  it('take an organisation, a presenter, a date, a place and the site’s address, all optional', () => {
    expect(firstProblem({ quickExit })).toBe('no problem');
    expect(
      firstProblem({
        organisation: { name: 'Centre', logo: 'logo.svg' },
        presenter: 'A. Trainer',
        date: '2026-12-10',
        place: 'Osh',
        siteAddress: 'https://example.org/kit/',
        quickExit,
      }),
    ).toBe('no problem');
  });
  it('refuse an address that is not https, carries a password, or is not the site’s folder', () => {
    expect(firstProblem({ siteAddress: 'http://example.org/', quickExit })).toMatch(/^siteAddress: must be an https:\/\/ address/);
    expect(firstProblem({ siteAddress: 'https://user:secret@example.org/', quickExit })).toMatch(/^siteAddress: must not carry a user name or a password/);
    expect(firstProblem({ siteAddress: 'https://example.org/kit', quickExit })).toMatch(/^siteAddress: must be the site’s folder/);
    expect(firstProblem({ quickExit: { en: 'javascript:alert(1)' } })).toMatch(/^quickExit\.en: must be an https:\/\/ address/);
  });
  it('refuse markup, a second line, an unknown field, a date that does not exist, and a logo that is not beside kit.yaml', () => {
    expect(firstProblem({ organisation: { name: '<b>Centre</b>' }, quickExit })).toMatch(/^organisation\.name: must be one line of plain text/);
    expect(firstProblem({ presenter: 'A\nB', quickExit })).toMatch(/^presenter: must be one line/);
    expect(firstProblem({ sponsor: 'X', quickExit })).toMatch(/sponsor|Unrecognized/);
    expect(firstProblem({ date: '2026-02-30', quickExit })).toMatch(/^date: is not a real calendar date/);
    expect(firstProblem({ organisation: { name: 'Centre', logo: '../../secret.png' }, quickExit })).toMatch(/^organisation\.logo: must be logo\.png/);
  });
});

describe('the logo', () => {
  const file = 'content/settings/logo.svg';
  const svg = (body: string) =>
    new TextEncoder().encode(`<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10">${body}</svg>`);
  const shown = (src: string) => Buffer.from(src.replace(/^data:[^,]+,/, ''), 'base64').toString('utf8');

  it('an SVG keeps its drawing and loses what runs or loads from elsewhere', () => {
    const logo = readLogo(
      file,
      svg(
        '<script>alert(1)</script><rect width="10" height="10" fill="#0a4d8c" onclick="alert(2)"/><image href="https://x.example/a.png"/>' +
          '<a xlink:href="javascript:alert(3)"><circle r="2" fill="url(https://x.example/p#g)"/></a><foreignObject><iframe src="https://x.example"/></foreignObject>' +
          '<style>@import url(https://x.example/a.css);</style><use href="#r"/><set attributeName="href" to="javascript:alert(4)"/>',
      ),
    );
    expect(logo.type).toBe('image/svg+xml');
    const text = shown(logo.src);
    expect(text).toContain('<rect');
    expect(text).toContain('<circle');
    expect(text).toContain('href="#r"');
    expect(text).not.toMatch(/script|onclick|x\.example|javascript|foreignObject|iframe|@import|<image|<set|<a\b/);
  });
  it('its kind is read from its bytes, and its size is limited', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
    expect(readLogo('content/settings/logo.png', png).src).toMatch(/^data:image\/png;base64,/);
    expect(() => readLogo('content/settings/logo.png', new TextEncoder().encode('<svg/>'))).toThrow(/logo\.png: logo: is named \.png but is not a PNG/);
    expect(() => readLogo('content/settings/logo.svg', png)).toThrow(/logo: is named \.svg but is a PNG or JPEG/);
    expect(() => readLogo('content/settings/logo.jpg', new Uint8Array(LOGO_MAX_BYTES + 1).fill(0xff))).toThrow(/logo: is 17 KiB; a logo may be at most 16 KiB/);
    expect(() => readLogo(file, new TextEncoder().encode('<!DOCTYPE svg [<!ENTITY x "y">]><svg/>'))).toThrow(/logo: is not an SVG|DOCTYPE/);
  });
});

describe('the PDFs’ dates and the files’ sizes', () => {
  it('a PDF is dated from SOURCE_DATE_EPOCH, in place, whatever the clock said', () => {
    expect(pdfDate(1700000000)).toBe("D:20231114221320+00'00'");
    const printed = Buffer.from("%PDF-1.4\n<< /CreationDate (D:20261201231500+00'00') /ModDate (D:20261201231500+00'00') >>\n", 'latin1');
    const dated = datePdf(printed, 1700000000);
    expect(dated.length).toBe(printed.length);
    expect(dated.toString('latin1')).toBe("%PDF-1.4\n<< /CreationDate (D:20231114221320+00'00') /ModDate (D:20231114221320+00'00') >>\n");
    expect(() => datePdf(Buffer.from('%PDF-1.4\n'), 0)).toThrow(/no \/CreationDate/);
  });
  it('a size reads as the language writes it', () => {
    expect(fileSizeText(180_000, 'en-GB')).toBe('176 kB');
    expect(fileSizeText(1_719_483, 'en-GB')).toBe('1.6 MB');
    expect(fileSizeText(1_719_483, 'ru')).toBe('1,6 МБ');
  });
});

describe('the hosted sitemap', () => {
  it('names each page as the file the site serves, under the site’s folder', () => {
    const site = 'https://example.org/kit/';
    expect(hostedPageAddress('https://example.org/', site)).toBe('https://example.org/kit/index.html');
    expect(hostedPageAddress('https://example.org/ru', site)).toBe('https://example.org/kit/ru/index.html');
    expect(hostedPageAddress('https://example.org/ru/present/session', site)).toBe('https://example.org/kit/ru/present/session.html');
    expect(hostedSitemapIndex('<sitemap><loc>https://example.org/sitemap-0.xml</loc></sitemap>', site)).toBe(
      '<sitemap><loc>https://example.org/kit/sitemap-0.xml</loc></sitemap>',
    );
  });
});
