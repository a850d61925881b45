/** The public face of the requests module (issue #14 §1): what other modules, the composition root (app/),
 * the command-line tools and the tests may use. Everything else in this folder is the module's own. */
export { pdfFile, upload } from './attachments/attachment-test-support';
export { attachmentRoutes } from './attachments/attachment-upload.routes';
export { Attachment } from './attachments/attachment.entity';
export { DatabaseFileStorage, LocalDirectoryStorage } from './attachments/file-storage';
export { StoredFileChunk } from './attachments/stored-file-chunk.entity';
export { ChangeRequest } from './change-request.entity';
export { ChangeRequestResolver } from './change-request.resolver';
export { ChangeRequestService } from './change-request.service';
export { BackOfficeCustomer, BackOfficeLogin, RequestQueueArgs } from './change-request.types';
export { BackOfficeRequest } from './change-request.view';
export { RequestEvent } from './request-event.entity';
export { AddressKind, ChangeRequestType } from './request.enums';
export { changeRequestsSubmittedBy } from './personal-data-section';
export { backOfficeCustomerOf } from './back-office-customer';
