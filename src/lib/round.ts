/** A coordinate to one decimal place: SVG needs no more, and files stay small. */
export function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
