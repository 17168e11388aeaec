/**
 * A QR code as SVG, made at build time by `qrcode` (a maintained encoder; a QR code's error
 * correction is not something to write by hand). Black on white with a quiet zone, as scanners
 * expect; it carries only the address it is given, and it is a picture, not a link.
 */
import QRCode from 'qrcode';

export async function qrCodeSvg(address: string, label: string): Promise<string> {
  const svg = await QRCode.toString(address, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#000000', light: '#ffffff' } });
  const escaped = label.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return svg.replace('<svg ', `<svg role="img" aria-label="${escaped}" class="qr-code" `);
}

/** The address the QR codes point at: the reader edition on the hosted site, in the given language. */
export const hostedAddress = (siteAddress: string, path: string): string => new URL(path, siteAddress).href;
