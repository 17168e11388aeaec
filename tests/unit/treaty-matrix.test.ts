/**
 * The treaty-matrix layout against the seed: each cell's state and date for every country and
 * instrument, read from the seed's own text (tests/support/seed.ts), not from our YAML.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { describeTreatyMatrix, marksUsed, treatyMatrixLayout, type MatrixText } from '../../src/lib/treaty-matrix';
import { instrumentSchema, type Instrument } from '../../src/schemas/instrument';
import { COUNTRIES } from '../../src/lib/countries';
import { CONTENT, listFiles, readYaml } from '../support/content';
import { parseSeed, seedDateToIso } from '../support/seed';

const text: MatrixText = {
  country: (country) => country,
  state: (kind, column) => `${column}:${kind}`,
  signature: 'Signature',
  ratification: 'Ratification',
  date: (iso) => iso,
  dated: (act, date) => `${act} ${date}`,
  no: 'No',
  noSignatureAcceded: 'None (acceded)',
};
const size = { width: 680, rowHeaderWidth: 116, headerHeight: 40, rowHeight: 72, fontSize: 14 };
const instruments: Instrument[] = listFiles(join(CONTENT, 'instruments'), '.yaml').map((file) => instrumentSchema.parse(readYaml(file)));
const seed = parseSeed();
const treatySlides = seed.slides.filter((slide) => slide.table?.columns.join() === 'Signature,Ratification');

/** What the seed's row says for a country: the mark the combined cell must show, and its dates. */
function expectedFromSeed(signature: string, ratification: string) {
  const accession = /^(\S+) acc$/.exec(ratification);
  if (accession) return { mark: 'acceded', dates: [`acceded ${seedDateToIso(accession[1]!)}`] };
  const dates = [
    ...(signature !== 'no' ? [`signed ${seedDateToIso(signature)}`] : []),
    ...(ratification !== 'no' ? [`ratified ${seedDateToIso(ratification)}`] : []),
  ];
  const mark = ratification !== 'no' ? 'ratified' : signature !== 'no' ? 'signed' : 'none';
  return { mark, dates };
}

describe('the combined matrix', () => {
  const layout = treatyMatrixLayout({ kind: 'combined', instruments, names: instruments.map((i) => `name ${i.seedSlide}`) }, COUNTRIES, text, size);

  it('has the five countries down and the three instruments across, one cell each', () => {
    expect(layout.rows.map((row) => row.country)).toEqual([...COUNTRIES]);
    expect(layout.columns.map((column) => column.key)).toEqual(treatySlides.map((slide) => String(slide.number)));
    expect(layout.cells).toHaveLength(15);
  });

  for (const slide of treatySlides) {
    it(`shows slide ${slide.number}'s state and dates for every country`, () => {
      for (const row of slide.table!.rows) {
        const cell = layout.cells.find((c) => c.column === String(slide.number) && c.country === row.label)!;
        const { mark, dates } = expectedFromSeed(row.cells[0]!, row.cells[1]!);
        expect(cell.mark, `${row.label}`).toBe(mark);
        // Lines wrap to the cell's width; read together they give the state, then the dates.
        expect(cell.lines[0]).toEqual({ text: `combined:${mark}`, strong: true });
        expect(
          cell.lines
            .slice(1)
            .map((line) => line.text)
            .join(' '),
          `${row.label}`,
        ).toBe(dates.join(' '));
      }
    });
  }

  it("wraps a cell's text to the cell, and makes rows tall enough for it", () => {
    const narrow = treatyMatrixLayout({ kind: 'combined', instruments, names: instruments.map((i) => `name ${i.seedSlide}`) }, COUNTRIES, text, {
      ...size,
      width: 420,
    });
    const most = Math.max(...narrow.cells.map((cell) => cell.lines.length));
    expect(most).toBeGreaterThan(Math.max(...layout.cells.map((cell) => cell.lines.length)));
    for (const cell of narrow.cells) expect(cell.lines.length * narrow.lineHeight).toBeLessThan(cell.height);
  });

  it('keeps every cell inside the drawing, without overlaps', () => {
    for (const cell of layout.cells) {
      expect(cell.x).toBeGreaterThanOrEqual(size.rowHeaderWidth);
      expect(cell.x + cell.width).toBeLessThanOrEqual(layout.width + 1e-9);
      expect(cell.y + cell.height).toBeLessThanOrEqual(layout.height + 1e-9);
    }
    const header = Math.max(...layout.columns.map((c) => c.lines.length)) * layout.lineHeight;
    expect(Math.min(...layout.cells.map((c) => c.y))).toBeGreaterThan(header);
  });

  it('says its finding in words, per instrument', () => {
    const words = describeTreatyMatrix(layout, text, (items) => items.join(' + '));
    expect(words).toContain('name 13: combined:ratified: Kyrgyzstan + Tajikistan + Uzbekistan; combined:signed: Kazakhstan; combined:none: Turkmenistan.');
    expect(marksUsed(layout)).toEqual(['ratified', 'acceded', 'signed', 'none']);
  });
});

describe("one instrument's matrix (a treaty slide)", () => {
  for (const slide of treatySlides) {
    it(`slide ${slide.number}: signature and ratification cells as the seed has them`, () => {
      const instrument = instruments.find((i) => i.seedSlide === slide.number)!;
      const layout = treatyMatrixLayout({ kind: 'instrument', instrument }, COUNTRIES, text, size);
      expect(layout.columns.map((c) => c.name)).toEqual(['Signature', 'Ratification']);
      for (const row of slide.table!.rows) {
        const [signature, ratification] = row.cells as [string, string];
        const found = (column: string) => layout.cells.find((c) => c.country === row.label && c.column === column)!;
        // A cell's lines, read together (they wrap to its width).
        const cell = (column: string) => ({
          mark: found(column).mark,
          lines: [
            {
              text: found(column)
                .lines.map((l) => l.text)
                .join(' '),
            },
          ],
        });
        const accession = /^(\S+) acc$/.exec(ratification);
        if (accession) {
          expect(cell('signature')).toMatchObject({ mark: 'none', lines: [{ text: 'None (acceded)' }] });
          expect(cell('ratification')).toMatchObject({ mark: 'acceded', lines: [{ text: `acceded ${seedDateToIso(accession[1]!)}` }] });
        } else {
          expect(cell('signature')).toMatchObject(
            signature === 'no' ? { mark: 'none', lines: [{ text: 'No' }] } : { mark: 'signed', lines: [{ text: seedDateToIso(signature) }] },
          );
          expect(cell('ratification')).toMatchObject(
            ratification === 'no' ? { mark: 'none', lines: [{ text: 'No' }] } : { mark: 'ratified', lines: [{ text: seedDateToIso(ratification) }] },
          );
        }
      }
    });
  }
});
