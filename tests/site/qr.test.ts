/** The printed story's QR codes read back as the address they were made from. */
import { Resvg } from '@resvg/resvg-js';
import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { qrSvg } from '../../src/lib/site/qr.ts';

async function read(svg: string): Promise<string | null> {
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: 300 }, background: '#ffffff' }).render();
  return jsQR(new Uint8ClampedArray(image.pixels), image.width, image.height)?.data ?? null;
}

describe('QR codes', () => {
  it('encode the address, named for screen readers', async () => {
    const url = 'https://example.org/border-lines/ru/#september-2022';
    const svg = await qrSvg(url, 'QR code: chapter “September 2022” & more');
    expect(svg).toMatch(/^<svg role="img" aria-label="QR code: chapter “September 2022” &amp; more" class="qr" /);
    expect(await read(svg)).toBe(url);
  });

  it('are the same every build', async () => {
    expect(await qrSvg('https://example.org/#where', 'x')).toBe(await qrSvg('https://example.org/#where', 'x'));
  });
});
