/**
 * Every checkout builds the same bytes: git keeps the kit's text files with LF line ends in any
 * checkout (.gitattributes), whatever the platform's habit.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../scripts/lib/project-copy.ts';

describe('the checkout', () => {
  it('keeps LF line ends in every text file, in the repository and in the working tree', () => {
    expect(readFileSync(join(PROJECT_ROOT, '.gitattributes'), 'utf8')).toMatch(/^\* text=auto eol=lf$/m);
    const files = execFileSync('git', ['ls-files', '--eol'], { cwd: PROJECT_ROOT, encoding: 'utf8' }).trim().split('\n');
    expect(files.length).toBeGreaterThan(100);
    const crlf = files.filter((line) => /\b[iw]\/(crlf|mixed)\b/.test(line));
    expect(crlf).toEqual([]);
    // What git says it will write into a checkout: LF, for every text file.
    const checkedOut = files.filter((line) => !/\bi\/-text\b/.test(line) && !/attr\/text=auto eol=lf/.test(line));
    expect(checkedOut).toEqual([]);
  });
});
