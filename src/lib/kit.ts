/**
 * The kit's name and version, from package.json: the version is shown on every page and deck,
 * and both name the offline zip (`migrant-awareness-kit-0.1.0-offline.zip`).
 */
import manifest from '../../package.json';

export const KIT_NAME: string = manifest.name;
export const KIT_VERSION: string = manifest.version;

/** The folder inside the offline zip, and the start of its name. */
export const KIT_BASENAME = `${KIT_NAME}-${KIT_VERSION}`;
