/**
 * What an editor writes can never run code, leave the kit or mislead a reader: each rule of the
 * kit's content check (src/lib/content-check.ts), on a line of content that breaks it, and on the
 * kit's own content, which breaks none.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { mdxToJs, markdownToHtml } from 'satteri';
import { checkContent, formatFault, futureDateFaults, markupFaults, namingFaults, schemaFaults, textFaults } from '../../src/lib/content-check';
import { contentSafetyPlugin } from '../../src/lib/content-plugin';
import { caseProblems } from '../../src/lib/scenarios';
import { kitBasename } from '../../src/lib/kit';
import { PROJECT_ROOT } from '../../scripts/lib/project-copy.ts';
import config from '../../astro.config.mjs';

const MDX = 'content/definition/en/09-test.mdx';
const MD = 'content/pages/en/about.md';
const mdx = (body: string) => markupFaults(MDX, `---\ntitle: x\n---\n\n${body}\n`).map(formatFault);
const contacts = (number: string, extra = '') =>
  `country: Kyrgyzstan\ncontacts:\n  - number: "${number}"\n    kind: anti-trafficking-hotline\n    source: a-source\n    published: "2017-04"\n${extra}`;
const md = (body: string) => markupFaults(MD, `---\ntitle: x\n---\n\n${body}\n`).map(formatFault);

describe("the kit's own content", () => {
  it('passes every check', () => {
    const files = readdirSync(join(PROJECT_ROOT, 'content'), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(PROJECT_ROOT, join(entry.parentPath, entry.name)).split(sep).join('/'));
    expect(files.length).toBeGreaterThan(80);
    expect(
      checkContent(
        files.map((file) => ({ file, text: readFileSync(join(PROJECT_ROOT, file), 'utf8') })),
        '2026-12-01',
      ).map(formatFault),
    ).toEqual([]);
  });
});

describe('text', () => {
  it('refuses a direction override, which shows one number and dials another', () => {
    expect(textFaults('content/contacts/x.yaml', 'country: Kyrgyzstan\n  - number: "1\u202E98"\n').map(formatFault)).toEqual([
      'content/contacts/x.yaml:2: text: has the invisible character U+202E at column 15: remove it (it can make text show one thing and mean another)',
    ]);
  });
  it('refuses zero-width and control characters', () => {
    expect(textFaults(MD, 'a\u200Bb\u0007c\uFEFF')).toHaveLength(3);
  });
  it("keeps what the kit's text needs: non-breaking spaces and hyphens, dashes, Cyrillic and the Uzbek letters", () => {
    expect(textFaults(MD, 'Кто\u00a0такой — 116\u201116 oʻgʻil qoʻl tutuqʼ\ttab')).toEqual([]);
  });
});

describe('MDX', () => {
  it("takes the kit's components with literal props, and comments", () => {
    expect(mdx('<InPlainWords>Plain.</InPlainWords>\n\n<Notes ask="Why?">Say this.</Notes>\n\n{/* a note for editors */}')).toEqual([]);
    expect(mdx("import InPlainWords from '../../../src/components/InPlainWords.astro';")).toEqual([]);
  });
  for (const [what, body, says] of [
    ['a script', '<script>alert(1)</script>', /<script> is not allowed/],
    ['a style sheet', '<style />', /<style> is not allowed/],
    ['a frame', '<iframe src="page.html"></iframe>', /<iframe> is not allowed/],
    ['an object and an embed', '<object data="x.swf"></object>\n\n<embed src="x.swf" />', /<object>[\s\S]*<embed>/],
    ['a meta refresh', '<meta httpEquiv="refresh" content="0;url=https://example.com" />', /<meta> is not allowed/],
    ['a link and a base', '<link rel="stylesheet" href="x.css" />\n\n<base href="https://example.com/" />', /<link>[\s\S]*<base>/],
    ['a form', '<form action="https://example.com"><button>Send</button></form>', /<form> is not allowed/],
    ['an event handler', '<p onClick="steal()">Hi</p>', /onClick> is an event handler/],
    ['a style attribute', '<span style="color:red">Hi</span>', /style> is not an attribute/],
    ['a link to another host', '[the weather](https://example.com/weather)', /has a scheme \(https:\)/],
    ['a picture from another host', '![logo](https://example.com/logo.png)', /a picture to "https:\/\/example.com\/logo.png"/],
    ['a javascript: link', '<a href="javascript:alert(1)">x</a>', /has a scheme \(javascript:\)/],
    ['a data: picture', '<img src="data:image/png;base64,AAAA" alt="" />', /has a scheme \(data:\)/],
    ['a link to another host without a scheme', '<a href="//example.com">x</a>', /leads to another host/],
    ['a link from the root of the disk', '[home](/en/index.html)', /starts at the root/],
    ['an import of a Node module', "import { execSync } from 'node:child_process';", /imports "node:child_process"/],
    ['an export, which is code', 'export const title = 1;', /ExportNamedDeclaration/],
    ['an expression', '{process.exit(1)}', /is an expression/],
    ['an expression in text', 'Two and two are {2 + 2}.', /is an expression/],
    ['a prop that is an expression', '<Notes ask={question}>x</Notes>', /prop that is an expression/],
    ['a prop a component does not take', '<Notes ask="x" open="x">y</Notes>', /<Notes open> is not a prop/],
    ["a component that is not the kit's", '<Tracker />', /<Tracker> is not one of the kit's components/],
    ['markup that does not parse', 'a <https://example.com> b', /:5: markup: does not parse/],
  ] as const) {
    it(`refuses ${what}, naming the file and the line`, () => {
      const faults = mdx(body);
      expect(faults.length, body).toBeGreaterThan(0);
      for (const fault of faults) expect(fault).toMatch(/^content\/definition\/en\/09-test\.mdx:\d+: markup: /);
      expect(faults.join('\n')).toMatch(says);
    });
  }
});

describe('Markdown', () => {
  it("takes relative links, fragments and the kit's own markup", () => {
    expect(md('[the signs](definition.html#working-definition), [above](#top)\n\n<p lang="en"><time datetime="2008-06-04">4 June 2008</time></p>')).toEqual([]);
  });
  for (const [what, body, says] of [
    ['a meta refresh, which leaves without JavaScript', '<meta http-equiv="refresh" content="0;url=https://example.com">', /<meta> is not allowed/],
    ['a script', '<script>alert(1)</script>', /<script> is not allowed/],
    ['an event handler in raw HTML', '<div onclick="x()">Hi</div>', /onclick> is an event handler/],
    ['an autolink to another host', '<https://example.com>', /has a scheme \(https:\)/],
    ['a bare address', 'See www.example.com today.', /has a scheme \(http:\)/],
    ['a reference to another host', '[x][1]\n\n[1]: https://example.com', /has a scheme \(https:\)/],
    ['a picture from another host', '![x](http://example.com/x.png)', /a picture to/],
    ['a tel: link the kit did not make', '[call](tel:+123)', /has a scheme \(tel:\)/],
  ] as const) {
    it(`refuses ${what}`, () => {
      expect(md(body).join('\n')).toMatch(says);
    });
  }
});

describe('the data', () => {
  it('takes phone numbers as sources print them', () => {
    for (const number of ['189', '116 16', '918-85-3434', '+993 12 463514', '+7 (495) 967 98 44', '8-800-333-00-16'])
      expect(schemaFaults('content/contacts/x.yaml', contacts(number)), number).toEqual([]);
  });
  it('refuses two numbers in one field, letters, and anything a tel: link would not dial as shown', () => {
    for (const number of ['189 or 1414', '189, 1414', '189/1414', 'call 189', '18+9', '']) {
      expect(schemaFaults('content/contacts/x.yaml', contacts(number)).map(formatFault).join('\n'), number).toMatch(
        /contacts\.0\.number: must be one phone number/,
      );
    }
  });
  it('refuses a date of publication or confirmation later than today', () => {
    const today = '2026-12-01';
    expect(futureDateFaults('content/contacts/x.yaml', contacts('189', '    confirmed: "2026-12-01"\n'), today)).toEqual([]);
    expect(futureDateFaults('content/contacts/x.yaml', contacts('189', '    confirmed: "2026-12-02"\n'), today).map(formatFault)).toEqual([
      'content/contacts/x.yaml: contacts.0.confirmed: 2026-12-02 is later than today (2026-12-01)',
    ]);
    expect(futureDateFaults('content/contacts/x.yaml', contacts('189').replace('"2017-04"', '"2027"'), today).map(formatFault)).toEqual([
      'content/contacts/x.yaml: contacts.0.published: 2027 is later than today (2026-12-01)',
    ]);
  });
  it('refuses an empty data file, naming it', () => {
    expect(schemaFaults('content/contacts/x.yaml', '# nothing yet\n').map(formatFault)).toEqual([
      'content/contacts/x.yaml: file: is empty: give it its data, or remove it',
    ]);
  });
  it('refuses a "safe migration" exercise that has the means, a purpose of exploitation, a barrier or a deception', () => {
    const safe = {
      verdict: 'safe-migration',
      child: false,
      elements: ['migration'],
      protocol: { act: { present: true }, means: { present: false }, purpose: { present: false } },
      foundIn: [],
      preventedBy: [],
    } as const;
    expect(caseProblems(safe)).toEqual([]);
    const contradicted = {
      ...safe,
      elements: ['migration', 'coercion', 'exploitation'],
      protocol: { ...safe.protocol, means: { present: true } },
      preventedBy: ['violence'],
    } as const;
    expect(caseProblems(contradicted).map((p) => p.field)).toEqual(['protocol.means', 'preventedBy', 'elements', 'elements']);
  });
});

describe('the files', () => {
  it('refuses a file no collection takes, and two files for one entry', () => {
    expect(
      namingFaults([
        'content/pages/en/about.md',
        'content/pages/en/about.mdx',
        'content/definition/en/1-working-definition.mdx',
        'content/definition/en/04-new.md',
        'content/notes/en/x.md',
        'content/definition/en/01-working-definition.mdx',
      ]).map(formatFault),
    ).toEqual([
      'content/pages/en/about.mdx: file: and content/pages/en/about.md are one entry twice: keep one of them',
      'content/definition/en/1-working-definition.mdx: file: is not taken by the collection "definition", whose files are content/definition/*/[0-9][0-9]-*.mdx: rename it',
      'content/definition/en/04-new.md: file: is not taken by the collection "definition", whose files are content/definition/*/[0-9][0-9]-*.mdx: rename it',
      expect.stringMatching(/^content\/notes\/en\/x\.md: file: is not in the folder of a content collection/),
    ]);
  });
  it('are all checked at once: every fault of every file is named', () => {
    const faults = checkContent(
      [
        { file: MD, text: '---\ntitle: x\ndescription: y\n---\n<script>x</script>\n' },
        { file: 'content/contacts/x.yaml', text: contacts('189 or 1414') },
        { file: 'content/pages/en/trainers.mdx', text: '---\ntitle: x\ndescription: y\n---\n{1}\n' },
        { file: 'content/pages/en/trainers.md', text: '---\ntitle: x\ndescription: y\n---\nx\n' },
      ],
      '2026-12-01',
    ).map((fault) => `${fault.file} ${fault.field}`);
    expect(faults).toEqual([
      'content/pages/en/trainers.md file',
      `${MD} markup`,
      'content/contacts/x.yaml contacts.0.number',
      'content/pages/en/trainers.mdx markup',
    ]);
  });
});

describe('the renderer', () => {
  it("runs the same checks: the build's Markdown processor (which MDX inherits) has them", () => {
    const processor = config.markdown?.processor as { options?: { mdastPlugins?: { name?: string }[] } } | undefined;
    expect(processor?.options?.mdastPlugins?.map((plugin) => plugin.name)).toContain('kit-content-safety');
  });
  it("refuses a file it reads, naming it and the line, and renders the kit's own markup", () => {
    const plugin = contentSafetyPlugin(() => '/kit');
    expect(() => mdxToJs('# Hi\n\n<script>alert(1)</script>\n', { mdastPlugins: [plugin], fileURL: new URL('file:///kit/content/x/en/a.mdx') })).toThrow(
      /content\/x\/en\/a\.mdx:3: markup: <script>/,
    );
    expect(() => markdownToHtml('Hi\n\n[x](https://example.com)\n', { mdastPlugins: [plugin] })).toThrow(/https/);
    expect(mdxToJs('# Hi\n\n<InPlainWords>ok</InPlainWords>\n', { mdastPlugins: [plugin] }).code.length).toBeGreaterThan(0);
  });
});

describe("the kit's name and version", () => {
  it('are checked before they name a file', () => {
    expect(kitBasename('migrant-awareness-kit', '0.1.0')).toBe('migrant-awareness-kit-0.1.0');
    expect(kitBasename('kit', '1.2.3-rc.1')).toBe('kit-1.2.3-rc.1');
    for (const [name, version] of [
      ['../kit', '1.0.0'],
      ['kit', '1.0'],
      ['kit', '1.0.0/../../x'],
      ['my kit', '1.0.0'],
    ]) {
      expect(() => kitBasename(name!, version!), `${name} ${version}`).toThrow(/package\.json/);
    }
  });
});
