/**
 * The tree checks of src/lib/content-check.ts inside the renderer: a Sätteri mdast plugin that
 * astro.config.mjs gives the Markdown processor (MDX files inherit it). The build checks all the
 * content before it starts (`checkContent`); this refuses a file again as the renderer reads it,
 * so that what `astro dev` renders after an edit, too, runs and loads nothing. It throws on a
 * fault, naming the file and the line, which stops the render.
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin, type MdastNode } from 'satteri';
import { formatFault, treeFaults } from './content-check';

/** `root`: the project's folder, which files are named from (the folder the build runs in, by default). */
export function contentSafetyPlugin(root: () => string = () => process.cwd()) {
  return defineMdastPlugin({
    name: 'kit-content-safety',
    options: { position: true },
    before(tree, context) {
      const file = context.fileURL ? relative(root(), fileURLToPath(context.fileURL)).split('\\').join('/') : '(content)';
      const faults = treeFaults(file, tree as MdastNode);
      if (faults.length > 0) throw new Error(`Content that could run or load something was refused:\n${faults.map(formatFault).join('\n')}`);
    },
  });
}
