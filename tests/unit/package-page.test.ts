import { describe, expect, it } from 'vitest';
import { packagePage } from '../../scripts/lib/package-page.ts';
import { relativeHref } from '../../src/lib/paths';

const holds = (path: string) => ['ru/index.html', 'ru/contacts.html', 'ru/notes.html', 'index.html'].includes(path);

describe('a page inside an offline library', () => {
  it('sends Quick exit to the package’s neutral page, never to the web', () => {
    const html =
      '<a href="notes.html" class="quick-exit-button" data-quick-exit data-neutral-web="https://ru.m.wikipedia.org/" data-neutral-web-en="https://en.m.wikipedia.org/">Exit</a>';
    expect(packagePage(html, { path: 'ru/index.html', holds, exit: 'ru/notes.html' })).toBe(
      '<a href="notes.html" class="quick-exit-button" data-quick-exit>Exit</a>',
    );
    expect(packagePage('<a href="about:blank" data-quick-exit>Exit</a>', { path: 'index.html', holds: () => true, exit: 'notes.html' })).toBe(
      '<a href="notes.html" data-quick-exit>Exit</a>',
    );
  });
  it('keeps links to what it holds, in-page links and phone numbers; a link to anything else becomes its words', () => {
    const html =
      '<a href="contacts.html#russia">Help</a> <a href="trainers.html">For trainers</a> <a href="#main">Skip</a> <a href="tel:+78003330016">8-800</a> <a href="../index.html">Languages</a> <a href="https://example.org/">Out</a>';
    expect(packagePage(html, { path: 'ru/index.html', holds, exit: 'ru/notes.html' })).toBe(
      '<a href="contacts.html#russia">Help</a> <a>For trainers</a> <a href="#main">Skip</a> <a href="tel:+78003330016">8-800</a> <a href="../index.html">Languages</a> <a>Out</a>',
    );
  });
  it('writes hrefs relative to the page', () => {
    expect(relativeHref('ru/index.html', 'ru/notes.html')).toBe('notes.html');
    expect(relativeHref('index.html', 'notes.html')).toBe('notes.html');
    expect(relativeHref('ru/index.html', 'notes.html')).toBe('../notes.html');
  });
});
