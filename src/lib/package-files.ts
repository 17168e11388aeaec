/**
 * The file names of the kit's packages for offline libraries (scripts/packages/), in downloads/
 * and release/: neutral, as the kit's other file names. The offline zip never holds them.
 */
export const ZIM_FILE = 'working-abroad.zim';
export const kolibriFile = (locale: string): string => `kolibri-working-abroad-${locale}.zip`;
export const scormFile = (locale: string): string => `scorm-working-abroad-${locale}.zip`;
export const pptxFile = (locale: string, deck: 'full' | 'session'): string => `${deck === 'full' ? 'presentation' : 'seminar'}-${locale}.pptx`;

/** Whether a file of downloads/ is one of them (the ZIM's own checksum file included). */
export const isPackageFile = (name: string): boolean => /^(kolibri-|scorm-)[^/]+\.zip$|^[^/]+\.(zim|zim\.sha256|pptx)$/.test(name);
