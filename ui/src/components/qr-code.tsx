import { create, type QRCodeErrorCorrectionLevel } from 'qrcode';
import { useMemo } from 'react';

// #18 item 21 (ACC-10): the authenticator app's otpauth link as a QR code, computed in the browser —
// the secret never goes to a third-party image service. Drawn as one SVG path of dark modules,
// with the 4-module quiet zone scanners need.
const QUIET_ZONE = 4;

/** The dark modules of a QR code as an SVG path, one 1×1 square each, offset by the quiet zone. */
export function qrCodePath(value: string, errorCorrectionLevel: QRCodeErrorCorrectionLevel = 'M'): { size: number; path: string } {
  const { modules } = create(value, { errorCorrectionLevel });
  const squares: string[] = [];
  for (let row = 0; row < modules.size; row++) {
    for (let column = 0; column < modules.size; column++) {
      if (modules.get(row, column)) squares.push(`M${column + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`);
    }
  }
  return { size: modules.size + 2 * QUIET_ZONE, path: squares.join('') };
}

export interface QrCodeProps {
  value: string;
  /** What the image is for, read by screen readers ("QR code to scan with your authenticator app"). */
  label: string;
  /** Rendered width and height in CSS pixels. */
  pixels?: number;
}

export function QrCode({ value, label, pixels = 192 }: QrCodeProps) {
  const { size, path } = useMemo(() => qrCodePath(value), [value]);
  return (
    <svg
      role="img"
      aria-label={label}
      width={pixels}
      height={pixels}
      viewBox={`0 0 ${size} ${size}`}
      shapeRendering="crispEdges"
      className="cc-qr-code"
      data-modules={size - 2 * QUIET_ZONE}
    >
      <rect width={size} height={size} fill="#ffffff" />
      <path d={path} fill="#000000" />
    </svg>
  );
}

/** A TOTP key in groups of four, the way people type it: "JBSW Y3DP EHPK 3PXP". */
export function groupedSecret(secret: string): string {
  return secret.replace(/\s+/g, '').replace(/(.{4})(?=.)/g, '$1 ');
}
