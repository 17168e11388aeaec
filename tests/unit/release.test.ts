import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readZip, writeZip } from '../../scripts/lib/zip.ts';
import { sourceDateEpoch } from '../../scripts/lib/source-date.ts';
import { ROOT } from '../support/content';

describe('writeZip', () => {
  const entries = [
    { name: 'kit/index.html', data: Buffer.from('<!doctype html><title>Кто</title>') },
    { name: 'kit/en/index.html', data: Buffer.from('x'.repeat(5000)) },
  ];
  const when = new Date(Date.UTC(2004, 11, 31, 23, 59, 58));

  it('writes what it is given, and readZip reads it back', () => {
    const back = readZip(writeZip(entries, when));
    expect(back.map((e) => [e.name, e.data.toString()])).toEqual(entries.map((e) => [e.name, e.data.toString()]));
  });
  it('writes the same bytes every time', () => {
    expect(writeZip(entries, when).equals(writeZip(entries, when))).toBe(true);
  });
  it('stamps every entry with the given moment, read in UTC', () => {
    const [first] = readZip(writeZip(entries, when));
    expect(first!.modified.date).toBe(((2004 - 1980) << 9) | (12 << 5) | 31);
    expect(first!.modified.time).toBe((23 << 11) | (59 << 5) | 29);
  });
});

describe('sourceDateEpoch', () => {
  it('is SOURCE_DATE_EPOCH when it is set', () => {
    expect(sourceDateEpoch({ SOURCE_DATE_EPOCH: '1700000000' })).toBe(1700000000);
  });
  it('refuses a SOURCE_DATE_EPOCH that is not whole seconds', () => {
    expect(() => sourceDateEpoch({ SOURCE_DATE_EPOCH: 'yesterday' })).toThrow(/whole seconds/);
  });
  it("is otherwise the last commit's date, never the clock", () => {
    const lastCommit = Number(execFileSync('git', ['log', '-1', '--format=%ct'], { cwd: ROOT, encoding: 'utf8' }).trim());
    expect(sourceDateEpoch({}, ROOT)).toBe(lastCommit);
  });
});
