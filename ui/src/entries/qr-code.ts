// `@customer-corner/ui/qr-code`: the second-factor enrolment's QR code (#18 item 21), for My settings
// and the shell's mandatory enrolment. A separate entry: qrcode is bundled only where it is drawn.
export { groupedSecret, QrCode, qrCodePath, type QrCodeProps } from '../components/qr-code';
