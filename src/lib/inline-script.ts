import { minifySync } from 'rolldown/utils';

/**
 * JavaScript source made safe to put between <script> and </script> in HTML. The HTML parser
 * ends a script at `</script`, and `<!--` followed by `<script` inside it changes how it looks for
 * that end; reveal.js's speaker-view plugin has both sequences inside its strings and regular
 * expressions. Each is rewritten with a JavaScript escape that means the same character inside a
 * string, a template or a regular expression (`\x21` is "!", `\x73` is "s", `\/` is "/"), which is
 * the only place such sequences occur in the scripts the kit inlines.
 */
export function inlineScriptSource(source: string): string {
  return source
    .replace(/<!--/g, '<\\x21--')
    .replace(/<\/(script)/gi, '<\\/$1')
    .replace(/<(s)(cript)/gi, (_, s: string, rest: string) => `<\\x${s.charCodeAt(0).toString(16)}${rest}`);
}

/**
 * A script of the kit's own, minified for inlining into every page or deck (its comments are for
 * whoever reads the source, not for the reader's phone), then made safe to inline.
 */
export function inlineOwnScript(source: string): string {
  let inlined = minified.get(source);
  if (inlined === undefined) {
    const { code, errors } = minifySync('inline.js', source, { compress: { target: 'es2017' }, mangle: true });
    if (errors.length > 0) throw new Error(`A script of the kit's own does not parse: ${errors.map((error) => error.message).join('; ')}`);
    inlined = inlineScriptSource(code.trim());
    minified.set(source, inlined);
  }
  return inlined;
}

// Every page inlines the same one or two scripts: minify each once per build. The minifier is
// rolldown's (oxc), already loaded in the build's own process, where esbuild would start a
// process of its own (about 0.14 s of every build).
const minified = new Map<string, string>();
