/**
 * The layout of the victims-assisted chart, computed at build time: horizontal bars, one pair per
 * country (one bar per year), each labelled with its value. A real 0 is a zero-length bar with a
 * tick at the baseline and the label "0"; a value the seed does not give is no bar at all, only
 * the words "no data" in italics, so it reads as an absence (never as a bar, nor as a 0).
 * Pure: data in, plain layout data out; the VictimsChart component turns it into SVG.
 */
import { max } from 'd3-array';
import { scaleBand, scaleLinear } from 'd3-scale';
import type { Country } from './countries';
import type { VictimsAssisted } from '../schemas/victims';
import { round1 } from './round';

export interface VictimsChartText {
  country: (country: Country) => string;
  count: (value: number) => string;
  noData: string;
}

export interface VictimsChartSize {
  width: number;
  /** Width of the column of country names and years, left of the bars. */
  labelWidth: number;
  /** Height of one bar. */
  barHeight: number;
  fontSize: number;
}

interface Label {
  text: string;
  x: number;
  y: number;
}

export interface ChartBar {
  country: Country;
  year: number;
  value: number;
  x: number;
  y: number;
  width: number;
  height: number;
  label: Label;
}

/** A value the seed does not give: nothing drawn, only its words where the bar would start. */
export interface ChartGap {
  country: Country;
  year: number;
  label: Label;
}

export interface VictimsChartLayout {
  width: number;
  height: number;
  fontSize: number;
  years: number[];
  plot: { x0: number; x1: number; y0: number; y1: number };
  countries: { country: Country; label: Label }[];
  /** The year beside each bar's row, so years do not depend on colour. */
  yearLabels: (Label & { year: number })[];
  bars: ChartBar[];
  gaps: ChartGap[];
  ticks: { value: number; x: number; label: string }[];
}

export function victimsChartLayout(table: VictimsAssisted, text: VictimsChartText, size: VictimsChartSize): VictimsChartLayout {
  const { years, rows } = table;
  const countries = rows.map((row) => row.country);
  const values = rows.flatMap((row) => years.map((year) => row.assisted[String(year)])).filter((v): v is number => typeof v === 'number');
  const valueRoom = size.fontSize * 3;
  const top = size.fontSize * 0.5;
  const groupHeight = size.barHeight * years.length * 1.25;
  const bottom = top + countries.length * groupHeight * 1.3;
  const axisRoom = size.fontSize * 2;
  const x = scaleLinear()
    .domain([0, max(values) ?? 1])
    .nice()
    .range([size.labelWidth, size.width - valueRoom]);
  const y = scaleBand<Country>().domain(countries).range([top, bottom]).paddingInner(0.3);
  const inner = scaleBand<number>().domain(years).range([0, y.bandwidth()]).paddingInner(0.2);
  const x0 = round1(x(0));
  const barHeight = round1(inner.bandwidth());
  const baseline = (barY: number) => round1(barY + inner.bandwidth() / 2 + size.fontSize * 0.35);

  const bars: ChartBar[] = [];
  const gaps: ChartGap[] = [];
  const yearLabels: VictimsChartLayout['yearLabels'] = [];
  for (const row of rows) {
    for (const year of years) {
      const value = row.assisted[String(year)];
      const barY = round1(y(row.country)! + inner(year)!);
      yearLabels.push({ year, text: String(year), x: round1(size.labelWidth - size.fontSize * 0.4), y: baseline(barY) });
      if (typeof value === 'number') {
        const width = round1(x(value) - x0);
        bars.push({
          country: row.country,
          year,
          value,
          x: x0,
          y: barY,
          width,
          height: barHeight,
          label: { text: text.count(value), x: round1(x0 + width + size.fontSize * 0.4), y: baseline(barY) },
        });
      } else {
        gaps.push({ country: row.country, year, label: { text: text.noData, x: round1(x0 + size.fontSize * 0.4), y: baseline(barY) } });
      }
    }
  }
  return {
    width: size.width,
    height: round1(bottom + axisRoom),
    fontSize: size.fontSize,
    years,
    plot: { x0, x1: round1(x.range()[1]!), y0: round1(top), y1: round1(bottom) },
    // A country's name stands on the line of its first year's bar.
    countries: rows.map((row) => ({
      country: row.country,
      label: { text: text.country(row.country), x: 0, y: baseline(y(row.country)! + inner(years[0]!)!) },
    })),
    yearLabels,
    bars,
    gaps,
    ticks: x.ticks(4).map((value) => ({ value, x: round1(x(value)), label: text.count(value) })),
  };
}

/** The chart's finding in words, for its `<desc>`: each country's counts, and where there is no data. */
export function describeVictimsChart(
  table: VictimsAssisted,
  text: VictimsChartText & { inYear: (count: string, year: number) => string; noDataFor: (year: number) => string },
  list: (items: string[]) => string,
): string {
  return table.rows
    .map((row) => {
      const parts = table.years.map((year) => {
        const value = row.assisted[String(year)];
        return typeof value === 'number' ? text.inYear(text.count(value), year) : text.noDataFor(year);
      });
      return `${text.country(row.country)}: ${list(parts)}.`;
    })
    .join(' ');
}
