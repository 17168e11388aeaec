/**
 * A problem in the content that must stop the build. Its message names the file and the field,
 * so whoever edited the content knows where to look:
 *   content/definition/en/01-working-definition.mdx: seedSlide: 2 is also used by …
 */
export class ContentError extends Error {
  readonly file: string;
  readonly field: string;

  constructor(file: string, field: string, problem: string) {
    super(`${file}: ${field}: ${problem}`);
    this.name = 'ContentError';
    this.file = file;
    this.field = field;
  }
}
