/**
 * The security policy lists only the kit's own code: what a page may run is each inline script
 * the kit wrote, by its hash, and its one style sheet in the head; anything content could add is
 * left out, and the build stops on it (scripts/csp.ts). Decks allow what reveal.js and its
 * speaker view need, each allowance named.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hash, policyFor } from '../../scripts/csp.ts';
import { kitCode } from '../../scripts/lib/kit-code.ts';
import { speakerViewCode } from '../../scripts/lib/speaker-view.ts';
import { kindOfRoute } from '../../scripts/lib/built-pages.ts';
import { inlineOwnScript } from '../../src/lib/inline-script';
import { PROJECT_ROOT } from '../../scripts/lib/project-copy.ts';

const kit = kitCode(PROJECT_ROOT);
const quickExit = inlineOwnScript(readFileSync(join(PROJECT_ROOT, 'src/scripts/quick-exit.js'), 'utf8'));
const page = (head: string, body: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;

describe('the policy of a page for reading', () => {
  it("allows the kit's script and its head style by hash, and nothing inline else", () => {
    const { policy, unknown } = policyFor('page', page('<style>p{color:red}</style>', `<main>x</main><script>${quickExit}</script>`), kit);
    expect(unknown).toEqual([]);
    expect(policy).toContain(`script-src ${hash(quickExit)}`);
    expect(policy).toContain(`style-src ${hash('p{color:red}')}`);
    expect(policy).toContain("default-src 'none'");
    expect(policy).not.toMatch(/unsafe-inline|https?:|\*/);
  });
  it('names what content added: a script the kit did not write, a style in the body, a style attribute', () => {
    const { policy, unknown } = policyFor(
      'page',
      page('', `<main><script>steal()</script><style>body{display:none}</style><p style="color:red">x</p></main><script>${quickExit}</script>`),
      kit,
    );
    expect(unknown).toEqual([`an inline script the kit did not write: "steal()"`, 'a style outside the head: "body{display:none}"', '1 style attribute(s)']);
    expect(policy).not.toContain(hash('steal()'));
    expect(policy).not.toContain(hash('body{display:none}'));
  });
});

describe('the policy of a deck', () => {
  it("allows reveal.js from the kit's own files, the speaker view's code by hash and its frames of the deck, and no inline code else", () => {
    const speaker = speakerViewCode();
    const { policy, unknown } = policyFor(
      'deck',
      page('<style>.reveal{}</style>', '<main class="deck"></main><script src="../../vendor/reveal.js"></script>'),
      kit,
    );
    expect(unknown).toEqual([]);
    expect(policy).toMatch(/script-src 'self' 'sha256-/);
    for (const script of speaker.scripts) expect(policy).toContain(hash(script));
    for (const style of speaker.styles) expect(policy).toContain(hash(style));
    expect(policy).toContain(`style-src-attr 'unsafe-hashes' ${hash('display: none')}`);
    expect(policy).toContain("frame-src 'self'");
    expect(policy).not.toMatch(/unsafe-inline|https?:|\*/);
  });
  it("reads the speaker view out of reveal.js's notes plugin: one script, one style sheet", () => {
    const speaker = speakerViewCode();
    expect(speaker.html).toContain('reveal.js - Speaker View');
    expect(speaker.scripts).toHaveLength(1);
    expect(speaker.styles).toHaveLength(1);
  });
});

describe('pages and decks', () => {
  it('are told apart by the route that wrote them', () => {
    expect(kindOfRoute('src/pages/[locale]/present/[deck].astro')).toBe('deck');
    expect(kindOfRoute('src/pages/[locale]/present/exercises.astro')).toBe('deck');
    expect(kindOfRoute('src/pages/downloads/presentation-[locale].astro')).toBe('deck');
    expect(kindOfRoute('src/pages/downloads/working-abroad-[locale].astro')).toBe('page');
    expect(kindOfRoute('src/pages/[locale]/help.astro')).toBe('page');
    expect(kindOfRoute('src/pages/notes.astro')).toBe('neutral');
    expect(kindOfRoute('src/pages/vendor/reveal.js.ts')).toBeUndefined();
  });
});
