/**
 * The organisation's logo (content/settings/, named in kit.yaml), made safe to put on a title
 * slide: its kind read from its bytes (not trusted from its name), a size limit (the logo is in
 * every deck, whose budget is 52 KiB), and an SVG with anything active or outside removed by
 * svgo (a maintained SVG processor: its `removeScripts` plugin, and a plugin of ours for what
 * loads from elsewhere). The result is a `data:` address for an `<img>`: an image in `<img>` runs
 * no script and loads nothing, whatever it holds; the cleaning makes sure it holds nothing of the kind.
 */
import { optimize, type CustomPlugin } from 'svgo';
import { ContentError } from './content-error';

/** The most a logo may weigh, as its file. */
export const LOGO_MAX_BYTES = 16 * 1024;

export interface Logo {
  type: 'image/png' | 'image/jpeg' | 'image/svg+xml';
  /** The picture, as a `data:` address for an `<img>`. */
  src: string;
}

/** Elements that load, embed or run something, or change other elements while shown. */
const OUTSIDE_ELEMENTS = new Set([
  'foreignObject',
  'image',
  'iframe',
  'embed',
  'object',
  'audio',
  'video',
  'script',
  'style',
  'animate',
  'set',
  'animateMotion',
  'animateTransform',
  'discard',
  'handler',
  'listener',
]);

/** Only references inside the picture (`#id`) are kept: every other address is removed. */
const withinPicture = (value: string): boolean => value.trim().startsWith('#');

const removeOutsideReferences: CustomPlugin = {
  name: 'removeOutsideReferences',
  fn: () => ({
    element: {
      enter: (node, parentNode) => {
        const name = node.name.replace(/^.*:/, '');
        if (OUTSIDE_ELEMENTS.has(name)) {
          parentNode.children = parentNode.children.filter((child) => child !== node);
          return;
        }
        // A link in a logo would do nothing on a slide: it becomes a plain group.
        if (name === 'a') node.name = 'g';
        for (const [attribute, value] of Object.entries(node.attributes)) {
          const local = attribute.replace(/^.*:/, '');
          if (/^on/i.test(local)) delete node.attributes[attribute];
          else if ((local === 'href' || local === 'src') && !withinPicture(value)) delete node.attributes[attribute];
          else if (/url\(\s*(?!['"]?#)/i.test(value) || /@import|javascript:/i.test(value)) delete node.attributes[attribute];
        }
      },
    },
  }),
};

/** What must never be left in a cleaned SVG (a second look at svgo's result). */
const STILL_ACTIVE =
  /<\s*(script|foreignObject|image|iframe|embed|object|style|set|animate)\b|\son\w+\s*=|javascript:|@import|(?:href|src)\s*=\s*["'](?!#)|url\(\s*(?!['"]?#)/i;

function cleanSvg(file: string, bytes: Uint8Array): string {
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  if (!/^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<svg[\s>]/.test(text))
    throw new ContentError(file, 'logo', 'is not an SVG picture (it must start with <svg>)');
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) throw new ContentError(file, 'logo', 'has a DOCTYPE or entities: save the SVG without them');
  let data: string;
  try {
    data = optimize(text, { multipass: false, plugins: ['removeScripts', removeOutsideReferences] }).data;
  } catch (error) {
    throw new ContentError(file, 'logo', `cannot be read as SVG: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (STILL_ACTIVE.test(data)) throw new ContentError(file, 'logo', 'still holds something active or from elsewhere after cleaning: save it as a plain SVG');
  return data;
}

/** The logo file `file` (a path for messages), its bytes checked and, for an SVG, cleaned. */
export function readLogo(file: string, bytes: Uint8Array): Logo {
  if (bytes.length > LOGO_MAX_BYTES)
    throw new ContentError(file, 'logo', `is ${Math.ceil(bytes.length / 1024)} KiB; a logo may be at most ${LOGO_MAX_BYTES / 1024} KiB (it is in every deck)`);
  const extension = file.slice(file.lastIndexOf('.') + 1).toLowerCase();
  const isPng = bytes.length > 8 && [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((byte, i) => bytes[i] === byte);
  const isJpeg = bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
  const base64 = (data: Uint8Array | string) => Buffer.from(data).toString('base64');
  if (extension === 'png') {
    if (!isPng) throw new ContentError(file, 'logo', 'is named .png but is not a PNG picture');
    return { type: 'image/png', src: `data:image/png;base64,${base64(bytes)}` };
  }
  if (extension === 'jpg' || extension === 'jpeg') {
    if (!isJpeg) throw new ContentError(file, 'logo', `is named .${extension} but is not a JPEG picture`);
    return { type: 'image/jpeg', src: `data:image/jpeg;base64,${base64(bytes)}` };
  }
  if (extension === 'svg') {
    if (isPng || isJpeg) throw new ContentError(file, 'logo', 'is named .svg but is a PNG or JPEG picture');
    return { type: 'image/svg+xml', src: `data:image/svg+xml;base64,${base64(cleanSvg(file, bytes))}` };
  }
  throw new ContentError(file, 'logo', 'must be a PNG, JPEG or SVG picture');
}
