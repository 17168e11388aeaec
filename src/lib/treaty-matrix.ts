/**
 * The layout of a treaty matrix, computed at build time: countries down, columns across, one
 * cell per country and column with a mark, a word and its dates. Two views of the seed's tables:
 * - `combined`: one column per instrument, the cell saying whether the state had ratified,
 *   acceded, only signed, or not signed (the instruments page);
 * - one instrument: the columns Signature and Ratification, as the seed's slide has them (the
 *   deck's treaty slides).
 * Pure: data in, plain layout data out; the TreatyMatrix component turns it into SVG.
 */
import { scaleBand } from 'd3-scale';
import type { Country } from './countries';
import { ratificationState, treatyCells, type TreatyCell } from './treaty-status';
import type { Instrument } from '../schemas/instrument';
import { wrapLabel } from './wrap-label';
import { round1 } from './round';

/** What a cell's mark shows; each kind has its own shape and colour, and its own word. */
export type MarkKind = 'ratified' | 'acceded' | 'signed' | 'none';

export const MARK_KINDS: readonly MarkKind[] = ['ratified', 'acceded', 'signed', 'none'];

/** A combined column is one instrument; the others are the columns of one instrument's table. */
export type ColumnKind = 'combined' | 'signature' | 'ratification';

/** The words a matrix needs, in the page's language. */
export interface MatrixText {
  country: (country: Country) => string;
  /**
   * The word for a mark in a kind of column: in a combined column "Ratified", "Acceded",
   * "Signed only", "Not signed"; in a Signature column "Signed", "Not signed"; in a Ratification
   * column "Ratified", "Acceded", "Not ratified".
   */
  state: (kind: MarkKind, column: ColumnKind) => string;
  signature: string;
  ratification: string;
  /** A date, short: "13 Dec 2000". */
  date: (iso: string) => string;
  /** "Signed 13 Dec 2000", "Ratified 2 Oct 2003", "Acceded 8 Jul 2002". */
  dated: (act: 'signed' | 'ratified' | 'acceded', date: string) => string;
  /** "No", and "None (acceded)" for the signature cell of a state that acceded. */
  no: string;
  noSignatureAcceded: string;
}

export interface MatrixLine {
  text: string;
  strong: boolean;
}

export interface MatrixCell {
  country: Country;
  column: string;
  x: number;
  y: number;
  width: number;
  height: number;
  mark: MarkKind;
  lines: MatrixLine[];
}

export interface TreatyMatrixLayout {
  width: number;
  height: number;
  fontSize: number;
  lineHeight: number;
  columns: { key: string; kind: ColumnKind; name: string; x: number; width: number; lines: string[] }[];
  rows: { country: Country; label: string; y: number; height: number }[];
  cells: MatrixCell[];
}

export interface MatrixSize {
  width: number;
  rowHeaderWidth: number;
  headerHeight: number;
  rowHeight: number;
  fontSize: number;
}

export type MatrixView = { kind: 'combined'; instruments: readonly Instrument[]; names: readonly string[] } | { kind: 'instrument'; instrument: Instrument };

function combinedCell(instrument: Instrument, country: Country, text: MatrixText): { mark: MarkKind; lines: MatrixLine[] } {
  const party = instrument.parties.find((p) => p.country === country);
  if (!party) throw new Error(`${instrument.seedName} has no row for ${country}`);
  const state = ratificationState(party);
  const mark: MarkKind = state === 'not-signed' ? 'none' : state;
  const lines: MatrixLine[] = [{ text: text.state(mark, 'combined'), strong: true }];
  if (party.accession !== undefined) lines.push({ text: text.dated('acceded', text.date(party.accession)), strong: false });
  if (party.signature && party.signature !== 'no') lines.push({ text: text.dated('signed', text.date(party.signature)), strong: false });
  if (party.ratification && party.ratification !== 'no') lines.push({ text: text.dated('ratified', text.date(party.ratification)), strong: false });
  return { mark, lines };
}

function actCell(cell: TreatyCell, column: 'signature' | 'ratification', text: MatrixText): { mark: MarkKind; lines: MatrixLine[] } {
  switch (cell.kind) {
    case 'date':
      return { mark: column === 'signature' ? 'signed' : 'ratified', lines: [{ text: text.date(cell.date), strong: true }] };
    case 'accession':
      return { mark: 'acceded', lines: [{ text: text.dated('acceded', text.date(cell.date)), strong: true }] };
    case 'acceded-without-signature':
      return { mark: 'none', lines: [{ text: text.noSignatureAcceded, strong: false }] };
    case 'no':
      return { mark: 'none', lines: [{ text: text.no, strong: false }] };
  }
}

/** Lays out a matrix of the five countries (in the seed's order) by the view's columns. */
export function treatyMatrixLayout(view: MatrixView, countries: readonly Country[], text: MatrixText, size: MatrixSize): TreatyMatrixLayout {
  const columnKeys = view.kind === 'combined' ? view.instruments.map((i) => String(i.seedSlide)) : ['signature', 'ratification'];
  const columnNames = view.kind === 'combined' ? view.names : [text.signature, text.ratification];
  const x = scaleBand<string>().domain(columnKeys).range([size.rowHeaderWidth, size.width]).paddingInner(0.04);
  // Column names are bold: about 0.62 em a character, less a little padding on each side.
  const charsPerLine = Math.max(8, Math.floor((x.bandwidth() - size.fontSize) / (size.fontSize * 0.62)));
  const headerLines = columnNames.map((name) => wrapLabel(name, charsPerLine));
  const lineHeight = size.fontSize * 1.25;
  const headerHeight = Math.max(size.headerHeight, Math.max(...headerLines.map((lines) => lines.length)) * lineHeight + size.fontSize * 0.6);
  // Each cell's text wraps to the cell: its mark takes a line's first two ems.
  const cellChars = Math.max(8, Math.floor((x.bandwidth() - size.fontSize * 2.5) / (size.fontSize * 0.62)));
  const contents = countries.flatMap((country) =>
    columnKeys.map((key, index) => {
      const content =
        view.kind === 'combined'
          ? combinedCell(view.instruments[index]!, country, text)
          : actCell(
              treatyCells(view.instrument.parties.find((p) => p.country === country)!)[key as 'signature' | 'ratification'],
              key as 'signature' | 'ratification',
              text,
            );
      const lines = content.lines.flatMap((line) => wrapLabel(line.text, cellChars).map((part) => ({ text: part, strong: line.strong })));
      return { country, key, mark: content.mark, lines };
    }),
  );
  // Each row is as tall as the size asks, or as its own longest cell needs: a long word in one
  // row (Russian wraps more) does not make every row taller and the whole matrix smaller.
  const gap = round1(size.rowHeight * 0.08);
  const rowHeights = countries.map((country) =>
    Math.max(
      size.rowHeight,
      Math.max(...contents.filter((content) => content.country === country).map((content) => content.lines.length)) * lineHeight + size.fontSize * 1.2,
    ),
  );
  const rowTops = rowHeights.map((_, index) => headerHeight + rowHeights.slice(0, index).reduce((sum, height) => sum + height, 0));
  const row = (country: Country) => {
    const index = countries.indexOf(country);
    return { y: round1(rowTops[index]!), height: round1(rowHeights[index]! - gap) };
  };
  const height = headerHeight + rowHeights.reduce((sum, rowHeight) => sum + rowHeight, 0);
  const cells: MatrixCell[] = contents.map(({ country, key, mark, lines }) => ({
    country,
    column: key,
    x: round1(x(key)!),
    y: row(country).y,
    width: round1(x.bandwidth()),
    height: row(country).height,
    mark,
    lines,
  }));
  return {
    width: size.width,
    height: round1(height - gap),
    fontSize: size.fontSize,
    lineHeight,
    columns: columnKeys.map((key, index) => ({
      key,
      kind: view.kind === 'combined' ? 'combined' : (key as ColumnKind),
      name: columnNames[index]!,
      x: round1(x(key)!),
      width: round1(x.bandwidth()),
      lines: headerLines[index]!,
    })),
    rows: countries.map((country) => ({ country, label: text.country(country), ...row(country) })),
    cells,
  };
}

/** The marks a matrix uses, in legend order. */
export function marksUsed(layout: TreatyMatrixLayout): MarkKind[] {
  return MARK_KINDS.filter((kind) => layout.cells.some((cell) => cell.mark === kind));
}

/**
 * The matrix's finding in words, for its `<desc>`: per column, which countries are in which state.
 * `list` joins names the way the language does ("A, B and C").
 */
export function describeTreatyMatrix(layout: TreatyMatrixLayout, text: MatrixText, list: (items: string[]) => string): string {
  return layout.columns
    .map((column) => {
      const parts = MARK_KINDS.flatMap((kind) => {
        const countries = layout.cells.filter((cell) => cell.column === column.key && cell.mark === kind).map((cell) => text.country(cell.country));
        return countries.length ? [`${text.state(kind, column.kind)}: ${list(countries)}`] : [];
      });
      return `${column.name}: ${parts.join('; ')}.`;
    })
    .join(' ');
}
