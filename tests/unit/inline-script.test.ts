import { describe, expect, it } from 'vitest';
import { inlineOwnScript, inlineScriptSource } from '../../src/lib/inline-script';

const run = (source: string): unknown => new Function(`return ${source}`)();

describe('inlineScriptSource', () => {
  const samples = [
    '"<!-- a comment -->"',
    '`<script>x()</script>`',
    "'</SCRIPT>'",
    '/<!--(?:-?>|[\\s\\S]*?(?:-->|$))/.exec("a <!-- b --> c")[0]',
    '/<(script|pre)/i.test("<script")',
  ];

  it('leaves no sequence that would end or disturb an inline script', () => {
    for (const sample of samples) expect(inlineScriptSource(sample)).not.toMatch(/<!--|<\/?script/i);
  });

  it('means the same to JavaScript, in strings, templates and regular expressions', () => {
    for (const sample of samples) expect(run(inlineScriptSource(sample)), sample).toEqual(run(sample));
  });
});

describe('inlineOwnScript', () => {
  it('drops comments and keeps behaviour', () => {
    const source = '/* a long comment for readers of the source */\nvar answer = 40; // more words\nanswer + 2;';
    const inlined = inlineOwnScript(source);
    expect(inlined).not.toContain('comment');
    expect(inlined.length).toBeLessThan(source.length);
    expect(new Function(`${inlined.replace(/;?$/, '')}`)).not.toThrow();
    expect(new Function(`return (function(){ ${inlined.replace(/answer\+2;?$/, 'return answer+2;')} })()`)()).toBe(42);
  });
});
