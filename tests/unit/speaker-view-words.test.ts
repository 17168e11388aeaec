/**
 * The speaker view's words (src/lib/speaker-view-words.ts) are reveal.js's own, as its notes
 * plugin writes them: a reveal.js update that changes or adds one fails here, so the deck never
 * leaves a word of the view in English unseen.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { htmlToHast, type HastNode } from 'satteri';
import { SPEAKER_VIEW_ENGLISH, speakerViewWords } from '../../src/lib/speaker-view-words';
import { speakerViewCode } from '../../scripts/lib/speaker-view.ts';
import { translator } from '../../src/lib/i18n';

const plugin = readFileSync(createRequire(import.meta.url).resolve('reveal.js/plugin/notes'), 'utf8');
const { html } = speakerViewCode();

/** The words of the view's template outside its script and style: what it shows before its script runs. */
function shownWords(node: HastNode): string[] {
  if (node.type === 'text') return node.value.trim() ? [node.value.trim()] : [];
  if (node.type === 'element' && (node.tagName === 'script' || node.tagName === 'style')) return [];
  return 'children' in node ? (node.children as HastNode[]).flatMap(shownWords) : [];
}

describe("the speaker view's words", () => {
  it('are every word reveal.js shows in its view, and reveal.js still writes each', () => {
    const english = Object.keys(SPEAKER_VIEW_ENGLISH);
    // Every word of the template, except the clock's digits, is one the deck translates.
    const shown = shownWords(htmlToHast(html)).filter((text) => /[A-Za-z]{2,}/.test(text) && text !== '0:00 AM');
    expect(shown.filter((text) => !english.includes(text))).toEqual([]);
    // And every word the deck translates is still there: in the template, or in the plugin's script.
    for (const text of english) expect(plugin.includes(text), text).toBe(true);
    // The layouts' names, written by the view's script.
    for (const layout of ['Default', 'Wide', 'Tall', 'Notes only']) expect(plugin).toContain(`'${layout}'`);
    // The clock, which the deck sets to 24 hours.
    expect(plugin).toContain("toLocaleTimeString( 'en-US', { hour12: true");
  });

  it('are given in every language, none left in English in Russian', () => {
    const russian = speakerViewWords(translator('ru'));
    for (const [english, word] of Object.entries(russian)) if (english !== '0:00 AM') expect(word, english).not.toMatch(/[A-Za-z]{2,}/);
  });
});
