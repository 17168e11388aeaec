import { describe, expect, it } from 'vitest';
import { inlineScriptSource } from '../../src/lib/inline-script';

const run = (source: string): unknown => new Function(`return ${source}`)();

describe('inlineScriptSource', () => {
  const samples = ['"<!-- a comment -->"', '`<script>x()</script>`', "'</SCRIPT>'", '/<!--(?:-?>|[\\s\\S]*?(?:-->|$))/.exec("a <!-- b --> c")[0]', '/<(script|pre)/i.test("<script")'];

  it('leaves no sequence that would end or disturb an inline script', () => {
    for (const sample of samples) expect(inlineScriptSource(sample)).not.toMatch(/<!--|<\/?script/i);
  });

  it('means the same to JavaScript, in strings, templates and regular expressions', () => {
    for (const sample of samples) expect(run(inlineScriptSource(sample)), sample).toEqual(run(sample));
  });
});
