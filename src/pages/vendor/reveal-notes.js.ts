import { vendorScript } from '../../lib/vendor-script';

/** reveal.js's speaker-view plugin (UMD), loaded only when a trainer presses S. */
export const GET = () => vendorScript('reveal.js/plugin/notes');
