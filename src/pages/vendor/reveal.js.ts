import { vendorScript } from '../../lib/vendor-script';

/** reveal.js's UMD build: dist/vendor/reveal.js. */
export const GET = () => vendorScript('reveal.js');
