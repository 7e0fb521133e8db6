/**
 * A QR code as SVG markup, made at build time (the `qrcode` package), for the printed story's
 * links to its chapters online. Black modules on white, no quiet zone of its own (the page's
 * margin gives it room), error correction M: a photocopy or a crease still reads.
 */
import QRCode from 'qrcode';

export async function qrSvg(text: string, label: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 1, color: { dark: '#000000', light: '#ffffff' } });
  // named for screen readers and printed at the size the page's CSS gives it
  return svg.replace('<svg ', `<svg role="img" aria-label="${label.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}" class="qr" `).replace(/ width="\d+" height="\d+"/, '');
}
