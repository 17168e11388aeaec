/**
 * The victims-chart layout against the seed's table: a labelled bar for every value, a labelled
 * zero-length bar for each real 0, and no bar but a "no data" mark for the missing value.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { describeVictimsChart, victimsChartLayout } from '../../src/lib/victims-chart';
import { victimsAssistedSchema } from '../../src/schemas/victims';
import { CONTENT, listFiles, readYaml } from '../support/content';
import { parseSeed } from '../support/seed';

const [file] = listFiles(join(CONTENT, 'victims-assisted'), '.yaml');
const table = victimsAssistedSchema.parse(readYaml(file!));
const text = { country: (c: string) => c, count: (n: number) => String(n), noData: 'no data' };
const layout = victimsChartLayout(table, text, { width: 400, labelWidth: 130, barHeight: 15, fontSize: 13 });
const slide = parseSeed().slides.find((s) => s.title === 'Victims assisted by IOM')!;
const seedCells = slide.table!.rows.flatMap((row) => slide.table!.columns.map((year, i) => ({ country: row.label, year: Number(year), cell: row.cells[i]! })));

describe('the victims-assisted chart', () => {
  it('draws one labelled bar for each value the seed gives, longer for larger values', () => {
    const given = seedCells.filter((c) => c.cell !== '');
    expect(layout.bars).toHaveLength(given.length);
    for (const { country, year, cell } of given) {
      const bar = layout.bars.find((b) => b.country === country && b.year === year)!;
      expect(bar.value, `${country} ${year}`).toBe(Number(cell));
      expect(bar.label.text).toBe(cell);
      expect(bar.label.x).toBeGreaterThan(bar.x + bar.width);
    }
    const byValue = [...layout.bars].sort((a, b) => a.value - b.value);
    for (let i = 1; i < byValue.length; i += 1) expect(byValue[i]!.width).toBeGreaterThanOrEqual(byValue[i - 1]!.width);
  });

  it('labels each real 0 as "0", with a zero-length bar', () => {
    const zeros = seedCells.filter((c) => c.cell === '0');
    expect(zeros.length).toBe(3);
    for (const { country, year } of zeros) {
      const bar = layout.bars.find((b) => b.country === country && b.year === year)!;
      expect(bar.width).toBe(0);
      expect(bar.label.text).toBe('0');
    }
  });

  it('draws nothing for the missing value but the words "no data", where its bar would start', () => {
    const missing = seedCells.filter((c) => c.cell === '');
    expect(missing).toEqual([{ country: 'Kyrgyzstan', year: 2004, cell: '' }]);
    expect(layout.bars.find((b) => b.country === 'Kyrgyzstan' && b.year === 2004)).toBeUndefined();
    expect(layout.gaps).toHaveLength(1);
    expect(layout.gaps[0]).toMatchObject({ country: 'Kyrgyzstan', year: 2004, label: { text: 'no data' } });
    expect(Object.keys(layout.gaps[0]!).sort()).toEqual(['country', 'label', 'year']);
    expect(layout.gaps[0]!.label.x).toBeGreaterThan(layout.plot.x0);
  });

  it("labels every bar's row with its year, so years never depend on colour", () => {
    expect(layout.yearLabels).toHaveLength(seedCells.length);
    expect(new Set(layout.yearLabels.map((l) => l.text))).toEqual(new Set(slide.table!.columns));
  });

  it('has an axis that reaches the largest value', () => {
    const top = layout.ticks.at(-1)!;
    expect(top.value).toBeGreaterThanOrEqual(Math.max(...layout.bars.map((b) => b.value)));
    expect(layout.ticks[0]).toMatchObject({ value: 0, x: layout.plot.x0 });
  });

  it('says its finding in words, country by country', () => {
    const words = describeVictimsChart(
      table,
      { ...text, inYear: (count, year) => `${count} in ${year}`, noDataFor: (year) => `no data for ${year}` },
      (items) => items.join(' and '),
    );
    expect(words).toContain('Kyrgyzstan: 112 in 2003 and no data for 2004.');
    expect(words).toContain('Tajikistan: 0 in 2003 and 4 in 2004.');
  });
});
