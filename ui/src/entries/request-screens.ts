// `@customer-corner/ui/request-screens`: what the customer's request (requests tab) and its processing
// (back office) both show — the status badge's tone, instants in Brussels time, file sizes and the
// attachments card (REQ-3, BO-2, X-2); My settings' audit log reads its instants too. A separate entry,
// not part of the index: the index is the Module Federation singleton, bundled whole into every first
// screen (issue #4), and only these screens need these.
export { formatDateTime, formatFileSize } from '../formats/date-time-and-size';
export { requestStatusTone, type ChangeRequestStatusName } from '../requests/request-status-tone';
export { AttachmentsCard, attachmentsNamespace, attachmentsWords, type AttachmentLink } from '../components/attachments-card';
