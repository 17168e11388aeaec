import { describe, expect, it } from 'vitest';
import { convertContentFile, convertDictionary, convertMarkdown } from '../../scripts/lib/uzbek-cyrillic-files.ts';

describe("Uzbek's Cyrillic edition, made from the Latin", () => {
  it("converts a guide file's words, and copies what names things for the build", () => {
    const latin = [
      'reviewed: false',
      'title: "Agar bu siz bilan sodir boʻlayotgan boʻlsa"',
      'parts:',
      '  - id: passport-kept',
      '    steps:',
      '      - text: "Yordam telefoniga qoʻngʻiroq qiling."',
      '        from: [{ source: stop-the-traffik, published: "2010-04-30" }]',
      '',
    ].join('\n');
    const cyrillic = convertContentFile('what-to-do.yaml', latin);
    expect(cyrillic).toContain('title: Агар бу сиз билан содир бўлаётган бўлса');
    expect(cyrillic).toContain('text: Ёрдам телефонига қўнғироқ қилинг.');
    expect(cyrillic).toContain('id: passport-kept');
    expect(cyrillic).toContain('source: stop-the-traffik');
    expect(cyrillic).toContain('published: "2010-04-30"');
    expect(cyrillic).toContain('reviewed: false');
  });
  it('leaves markup, components, expressions and link targets of MDX as they are', () => {
    const body =
      '<LawPart id="plain">\n\n### Sodda qilib aytganda\n\n<time datetime="2000-12">2000-yil dekabr</time>, [sahifa](contacts.html) `kod`\n\n</LawPart>\n';
    expect(convertMarkdown(body)).toBe(
      '<LawPart id="plain">\n\n### Содда қилиб айтганда\n\n<time datetime="2000-12">2000-йил декабрь</time>, [саҳифа](contacts.html) `kod`\n\n</LawPart>\n',
    );
  });
  it('converts the front matter of a page and its body', () => {
    expect(convertContentFile('home.md', '---\ntitle: "Xorijda ishlash"\nreviewed: false\n---\n\nSalom.\n')).toBe(
      '---\ntitle: Хорижда ишлаш\nreviewed: false\n---\n\nСалом.\n',
    );
  });
  it("makes the dictionary under the edition's own name and tags, keeping placeholders and the build's values", () => {
    const source = convertDictionary({
      languageName: 'Oʻzbekcha',
      intlLocale: 'uz',
      langTag: 'uz',
      kitSets: 'reader',
      homeCountry: 'uzbekistan',
      'help.published': '{source} eʼlon qilgan, {date}',
    });
    expect(source).toContain('export const uzCyrl: UiStrings = {');
    expect(source).toContain('"languageName": "Ўзбекча"');
    expect(source).toContain('"langTag": "uz-Cyrl"');
    expect(source).toContain('"intlLocale": "uz-Cyrl"');
    expect(source).toContain('"kitSets": "reader"');
    expect(source).toContain('"homeCountry": "uzbekistan"');
    expect(source).toContain('"help.published": "{source} эълон қилган, {date}"');
  });
});
