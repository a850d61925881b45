import { render, screen } from '@testing-library/react';
import { toString } from 'qrcode';
import { groupedSecret, QrCode, qrCodePath } from './qr-code';

const URI = 'otpauth://totp/Customer%20Corner:481516234?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Customer%20Corner';

describe('#18 item 21: the enrolment QR code, drawn locally (ACC-10)', () => {
  it('draws the same modules as the qrcode library’s own SVG renderer, inside a 4-module quiet zone', async () => {
    const { size, path } = qrCodePath(URI);
    // an otpauth URI of this length is a version 6 symbol at level M: 41 modules a side
    expect(size).toBe(41 + 8);
    const reference = await toString(URI, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
    expect(reference).toContain(`viewBox="0 0 ${size} ${size}"`);
    const dark = (path.match(/h1v1h-1z/g) ?? []).length;
    // the library's renderer draws runs of dark modules ("h7"): their lengths add up to our squares
    const darkPath =
      /<path fill="#000000" d="([^"]+)"/.exec(reference)?.[1] ?? /<path[^>]*stroke="#000000"[^>]*d="([^"]+)"/.exec(reference)?.[1] ?? '';
    const runs = [...darkPath.matchAll(/h(\d+)/g)].reduce((sum, run) => sum + Number(run[1]), 0);
    expect(runs).toBeGreaterThan(600);
    expect(dark).toBe(runs);
    expect(path.startsWith('M4 4h1v1h-1z')).toBe(true); // the top-left finder pattern's corner
  });

  it('is an image named for screen readers, sized as asked', () => {
    render(<QrCode value={URI} label="QR code à scanner avec votre application" pixels={160} />);
    const image = screen.getByRole('img', { name: 'QR code à scanner avec votre application' });
    expect(image.getAttribute('width')).toBe('160');
    expect(image.getAttribute('data-modules')).toBe('41');
  });

  it.each([
    ['JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', 'JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP'],
    ['JBSWY3DPEHPK3PX', 'JBSW Y3DP EHPK 3PX'],
    ['JBSW Y3DP', 'JBSW Y3DP'],
    ['ABCD', 'ABCD'],
  ])('groups %s as %s', (secret, grouped) => expect(groupedSecret(secret)).toBe(grouped));
});
