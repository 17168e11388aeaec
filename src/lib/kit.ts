/**
 * The kit's name and version, from package.json: the version is shown on every page and deck,
 * and both name the offline zip (`migrant-awareness-kit-0.1.0-offline.zip`).
 */
import manifest from '../../package.json' with { type: 'json' };

/**
 * `<name>-<version>`, the start of the release's file names, once both are checked: a name of
 * lower-case letters, digits and hyphens, and a version of three numbers (with a `-pre.1`-style
 * suffix at most), so that nothing in package.json can make a file name with `/`, `..` or spaces.
 */
export function kitBasename(name: string, version: string): string {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(name))
    throw new Error(`package.json: name: "${name}" must be lower-case letters, digits and hyphens (it names the kit's files)`);
  if (!/^\d+\.\d+\.\d+(-[0-9a-z]+(\.[0-9a-z]+)*)?$/.test(version))
    throw new Error(`package.json: version: "${version}" must be like 1.2.3 or 1.2.3-rc.1 (it names the kit's files)`);
  return `${name}-${version}`;
}

export const KIT_NAME: string = manifest.name;
export const KIT_VERSION: string = manifest.version;

/** The folder inside the offline zip, and the start of its name. */
export const KIT_BASENAME = kitBasename(KIT_NAME, KIT_VERSION);
