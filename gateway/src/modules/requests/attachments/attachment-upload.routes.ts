import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { EntityManager, MikroORM } from '@mikro-orm/core';
import busboy from 'busboy';
import type { Request, Response } from 'express';
import type { Principal } from '../../../platform/auth/principal';
import { contentDisposition } from '../../../platform/http/content-disposition';
import { hitRateLimit } from '../../../platform/rate-limiter';
import type { RouteContext, RouteMount } from '../../../platform/http/route-mount';
import { DomainError } from '../../../platform/errors';
import { sendDomainError } from '../../../platform/http/http-errors';
import { signedInCaller } from '../../../platform/http/route-auth';
import { CustomerService } from '../../customers';
import { Attachment, type AttachmentUploaderKind } from './attachment.entity';
import { fileNameProblem, sanitizeFileName } from './file-name';
import type { FileStorage } from './file-storage';
import { ContentSampler, detectFileType, type AttachmentMediaType } from './file-type';

/** REQ-2 limits, and the upload throttle per principal. */
export const UPLOAD_LIMITS = {
  filesPerCall: 5,
  fileSizeBytes: 10 * 1024 * 1024,
  callsPerWindow: 30,
  windowMs: 10 * 60_000,
} as const;

/** The whole body: five full files plus the multipart framing and a few small fields. */
const MAX_BODY_BYTES = UPLOAD_LIMITS.filesPerCall * UPLOAD_LIMITS.fileSizeBytes + 1024 * 1024;
const FILES_FIELD = 'files';
/** Staff upload for a customer they name; customer callers always upload for their own customer. */
const CUSTOMER_FIELD = 'customerNumber';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export type UploadProblemCode =
  | 'FILE_TYPE_NOT_ALLOWED'
  | 'FILE_TOO_LARGE'
  | 'FILE_EMPTY'
  | 'NAME_INVALID'
  | 'UNEXPECTED_FIELD'
  | 'TOO_MANY_FILES'
  | 'NO_FILE'
  | 'REQUEST_TOO_LARGE'
  | 'MALFORMED_REQUEST'
  | 'CUSTOMER_REQUIRED'
  | 'CUSTOMER_NOT_FOUND';

/** One reason the call was refused; `name` is the file's name as sent, or '' for the call as a whole. */
export interface UploadProblem {
  name: string;
  code: UploadProblemCode;
  message: string;
}

export interface AttachmentRoutesOptions {
  /** The storage, or how to make it from the gateway's ORM (database storage). */
  storage: FileStorage | ((orm: MikroORM) => FileStorage);
  /** Local folder for files while they arrive and are checked; emptied before every answer. */
  stagingDir: string;
}

type ResolvedOptions = Omit<AttachmentRoutesOptions, 'storage'> & { storage: FileStorage };

interface ReceivedFile {
  fieldName: string;
  rawName: string;
  tempPath: string;
  size: number;
  sha256: string;
  truncated: boolean;
  mediaType: AttachmentMediaType | null;
}

interface ReceivedCall {
  files: ReceivedFile[];
  fields: Map<string, string>;
  tooManyFiles: boolean;
  /** busboy skips every part past its limit: a file there would be silently lost. */
  tooManyParts: boolean;
}

/** The call cannot be read as an upload at all; nothing is kept. */
class UploadUnreadable extends Error {
  constructor(
    readonly status: 400 | 413,
    readonly problem: UploadProblem,
  ) {
    super(problem.message);
    this.name = 'UploadUnreadable';
  }
}

/**
 * REQ-2 supporting documents: `POST /uploads` (multipart/form-data, field `files`) keeps up to five
 * PDF/JPEG/PNG files of 10 MB each, all or none; `GET /attachments/:id` gives one back to its own
 * customer's callers and to staff. A change request then claims the ids (AttachmentService).
 */
export function attachmentRoutes(options: AttachmentRoutesOptions): RouteMount {
  return (app, context) => {
    const storage = typeof options.storage === 'function' ? options.storage(context.orm) : options.storage;
    const resolved = { ...options, storage };
    app.post('/uploads', (req, res) => upload(req, res, context, resolved));
    app.get('/attachments/:id', (req, res) => download(req, res, context, storage));
  };
}

async function upload(req: Request, res: Response, context: RouteContext, options: ResolvedOptions): Promise<void> {
  const em = context.orm.em.fork();
  const principal = await signedInCaller(context, req, em).catch((error: unknown) => refusedCaller(error, res));
  if (!principal) return;
  if (principal.kind !== 'staff' && principal.profile !== 'ADMINISTRATOR') {
    return sendError(res, 403, 'FORBIDDEN', 'Only an administrator of the customer can add documents');
  }
  // The session cookie rides along on cross-site form posts; a custom header forces a CORS preflight
  // (the same rule Apollo applies to /graphql). Tokens are not sent by browsers on their own.
  if (principal.kind !== 'api-token' && !req.header('apollo-require-preflight')) {
    return sendError(res, 400, 'BAD_REQUEST', 'Send the header apollo-require-preflight with uploads made with a session');
  }
  const throttle = await hitRateLimit(
    em,
    `uploads:${actorOf(principal).ref}`,
    UPLOAD_LIMITS.callsPerWindow,
    UPLOAD_LIMITS.windowMs,
    context.clock.now(),
  );
  if (!throttle.allowed) return sendRateLimited(res, throttle.retryAfterSeconds);

  const declaredLength = Number(req.header('content-length') ?? 0);
  if (declaredLength > MAX_BODY_BYTES) {
    res.setHeader('Connection', 'close');
    return sendRefused(res, 413, [requestTooLarge()]);
  }

  // Temporary files are gone before the answer leaves, whatever the outcome.
  const tempPaths: string[] = [];
  let reply: () => void;
  try {
    reply = await receiveAndStore(req, res, context, options, em, principal, tempPaths);
  } finally {
    await Promise.allSettled(tempPaths.map((path) => rm(path, { force: true })));
  }
  reply();
}

/** Receives, checks and stores the files (all or none); returns how to answer. */
async function receiveAndStore(
  req: Request,
  res: Response,
  context: RouteContext,
  options: ResolvedOptions,
  em: EntityManager,
  principal: Principal,
  tempPaths: string[],
): Promise<() => void> {
  let call: ReceivedCall;
  try {
    call = await receiveFiles(req, options.stagingDir, tempPaths);
  } catch (error) {
    if (!(error instanceof UploadUnreadable)) throw error;
    return () => {
      if (!req.complete) {
        // The rest of the body is not read: close the connection once the answer is out.
        res.setHeader('Connection', 'close');
        res.once('finish', () => req.destroy());
      }
      sendRefused(res, error.status, [error.problem]);
    };
  }

  const problems = problemsOf(call);
  const customerId = await customerOf(em, principal, call.fields, problems);
  if (problems.length > 0 || !customerId) return () => sendRefused(res, 400, problems);

  const actor = actorOf(principal);
  const storedKeys: string[] = [];
  const attachments: Attachment[] = [];
  try {
    for (const file of call.files.filter((received) => !isBlankPart(received))) {
      const mediaType = file.mediaType!;
      const storageKey = randomUUID();
      await options.storage.put(storageKey, createReadStream(file.tempPath));
      storedKeys.push(storageKey);
      attachments.push(
        em.create(Attachment, {
          customer: customerId,
          uploadedByRef: actor.ref,
          uploadedByKind: actor.kind,
          requestRef: null,
          fileName: sanitizeFileName(file.rawName, mediaType),
          mediaType,
          sizeBytes: file.size,
          sha256: file.sha256,
          storageKey,
        }),
      );
    }
    await em.flush();
  } catch (error) {
    await Promise.allSettled(storedKeys.map((key) => options.storage.delete(key)));
    throw error;
  }
  context.logger.info('attachments uploaded', {
    requestId: res.locals.requestId,
    attachments: attachments.map((a) => a.id),
    by: actor.kind,
  });
  return () =>
    res.status(201).json({
      attachments: attachments.map((a) => ({ id: a.id, fileName: a.fileName, mediaType: a.mediaType, sizeBytes: a.sizeBytes })),
    });
}

async function download(req: Request, res: Response, context: RouteContext, storage: FileStorage): Promise<void> {
  const em = context.orm.em.fork();
  const principal = await signedInCaller(context, req, em).catch((error: unknown) => refusedCaller(error, res));
  if (!principal) return;
  const id = String(req.params.id);
  // X-4: another customer's attachment gets exactly the answer of an id that does not exist.
  const attachment = UUID.test(id)
    ? await em.findOne(Attachment, principal.kind === 'staff' ? { id } : { id, customer: principal.customerId })
    : null;
  if (!attachment) return sendError(res, 404, 'NOT_FOUND', 'Attachment not found');

  const content = await storage.get(attachment.storageKey);
  res.status(200);
  res.setHeader('Content-Type', attachment.mediaType);
  res.setHeader('Content-Length', String(attachment.sizeBytes));
  res.setHeader('Content-Disposition', contentDisposition('attachment', attachment.fileName));
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Content-Security-Policy', 'sandbox');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
  res.setHeader('Cache-Control', 'private, no-store');
  try {
    await pipeline(content, res);
  } catch (error) {
    // The headers are gone, so no error answer is possible: pipeline has cut the response. A caller
    // that went away is not worth a log line; a storage that fails mid-file is.
    if (!req.destroyed) {
      context.logger.error('attachment download failed', {
        requestId: res.locals.requestId,
        attachment: attachment.id,
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }
}

/** Streams every file part to its own temporary file, hashing and counting as it goes. */
async function receiveFiles(req: Request, stagingDir: string, tempPaths: string[]): Promise<ReceivedCall> {
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: req.headers,
      // Names are cleaned by sanitizeFileName, which sees them as sent.
      preservePath: true,
      defParamCharset: 'utf8',
      limits: {
        files: UPLOAD_LIMITS.filesPerCall,
        // busboy flags a file that REACHES the limit as truncated: one byte more lets exactly 10 MB through.
        fileSize: UPLOAD_LIMITS.fileSizeBytes + 1,
        fields: 5,
        fieldNameSize: 100,
        fieldSize: 200,
        parts: UPLOAD_LIMITS.filesPerCall + 20,
        headerPairs: 20,
      },
    });
  } catch {
    throw new UploadUnreadable(400, {
      name: '',
      code: 'NO_FILE',
      message: `Send the files as multipart/form-data in the field "${FILES_FIELD}"`,
    });
  }
  await mkdir(stagingDir, { recursive: true, mode: 0o700 });

  return new Promise<ReceivedCall>((resolve, reject) => {
    const call: ReceivedCall = { files: [], fields: new Map(), tooManyFiles: false, tooManyParts: false };
    const writes: Promise<void>[] = [];
    let settled = false;
    let received = 0;

    // Every temporary file is closed (or never opened) before the caller deletes them.
    const finish = (error: UploadUnreadable | null) => {
      if (settled) return;
      settled = true;
      if (error) {
        req.unpipe(counter);
        parser.destroy(error);
      }
      void Promise.allSettled(writes).then((results) => {
        if (error) reject(error);
        else if (results.some((result) => result.status === 'rejected')) reject(malformed());
        else resolve(call);
      });
    };

    const counter = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        received += chunk.length;
        if (received > MAX_BODY_BYTES) {
          finish(new UploadUnreadable(413, requestTooLarge()));
          done();
          return;
        }
        done(null, chunk);
      },
    });

    parser.on('file', (fieldName, stream, info) => {
      const tempPath = join(stagingDir, randomUUID());
      tempPaths.push(tempPath);
      const file: ReceivedFile = {
        fieldName,
        rawName: info.filename ?? '',
        tempPath,
        size: 0,
        sha256: '',
        truncated: false,
        mediaType: null,
      };
      call.files.push(file);
      const hash = createHash('sha256');
      const sampler = new ContentSampler();
      stream.on('limit', () => {
        file.truncated = true;
      });
      const meter = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          hash.update(chunk);
          sampler.update(chunk);
          file.size += chunk.length;
          done(null, chunk);
        },
      });
      writes.push(
        pipeline(stream, meter, createWriteStream(tempPath, { flags: 'wx', mode: 0o600 })).then(() => {
          file.sha256 = hash.digest('hex');
          file.mediaType = detectFileType(sampler.sample());
        }),
      );
    });
    parser.on('field', (name, value) => {
      call.fields.set(name, value);
    });
    parser.on('filesLimit', () => {
      call.tooManyFiles = true;
    });
    parser.on('partsLimit', () => {
      call.tooManyParts = true;
    });
    parser.on('error', () => finish(malformed()));
    parser.on('close', () => finish(null));
    req.on('error', () => finish(malformed()));
    req.on('close', () => {
      if (!req.complete) finish(malformed());
    });
    req.pipe(counter).pipe(parser);
  });
}

function problemsOf(call: ReceivedCall): UploadProblem[] {
  const problems: UploadProblem[] = [];
  if (call.tooManyParts) {
    problems.push({ name: '', code: 'MALFORMED_REQUEST', message: 'The upload has too many parts' });
  }
  if (call.tooManyFiles) {
    problems.push({ name: '', code: 'TOO_MANY_FILES', message: `At most ${UPLOAD_LIMITS.filesPerCall} files per upload` });
  }
  const files = call.files.filter((file) => !isBlankPart(file));
  if (files.length === 0 && !call.tooManyFiles && !call.tooManyParts) {
    problems.push({ name: '', code: 'NO_FILE', message: `Choose at least one file (field "${FILES_FIELD}")` });
  }
  for (const file of files) {
    const problem = problemOf(file);
    if (problem) problems.push({ name: file.rawName.slice(0, 255), ...problem });
  }
  return problems;
}

function problemOf(file: ReceivedFile): Omit<UploadProblem, 'name'> | null {
  if (file.fieldName !== FILES_FIELD) {
    return { code: 'UNEXPECTED_FIELD', message: `Files go in the field "${FILES_FIELD}"` };
  }
  const nameProblem = fileNameProblem(file.rawName);
  if (nameProblem) return { code: 'NAME_INVALID', message: nameProblem };
  if (file.truncated) return { code: 'FILE_TOO_LARGE', message: 'A file may be at most 10 MB' };
  if (file.size === 0) return { code: 'FILE_EMPTY', message: 'The file is empty' };
  if (!file.mediaType) return { code: 'FILE_TYPE_NOT_ALLOWED', message: 'Only PDF, JPEG and PNG files are accepted' };
  return null;
}

/** What a browser sends for a file input left empty: no name, no bytes. Not a file. */
function isBlankPart(file: ReceivedFile): boolean {
  return file.rawName === '' && file.size === 0 && !file.truncated;
}

/** The customer the files are for: the caller's own, or for staff the one named by `customerNumber`. */
async function customerOf(
  em: EntityManager,
  principal: Principal,
  fields: Map<string, string>,
  problems: UploadProblem[],
): Promise<string | null> {
  if (principal.kind !== 'staff') return principal.customerId;
  const customerNumber = fields.get(CUSTOMER_FIELD)?.trim() ?? '';
  if (!/^\d{8}$/.test(customerNumber)) {
    problems.push({ name: '', code: 'CUSTOMER_REQUIRED', message: `Staff name the customer in the field "${CUSTOMER_FIELD}" (8 digits)` });
    return null;
  }
  const customerId = await new CustomerService(em).idOfCustomerNumber(customerNumber);
  if (!customerId) {
    problems.push({ name: '', code: 'CUSTOMER_NOT_FOUND', message: `No customer has the number ${customerNumber}` });
    return null;
  }
  return customerId;
}

function actorOf(principal: Principal): { ref: string; kind: AttachmentUploaderKind } {
  switch (principal.kind) {
    case 'customer-user':
      return { ref: principal.userId, kind: 'customer' };
    case 'api-token':
      return { ref: principal.tokenId, kind: 'customer' };
    case 'staff':
      return { ref: principal.staffId, kind: 'staff' };
  }
}

const malformed = (): UploadUnreadable =>
  new UploadUnreadable(400, { name: '', code: 'MALFORMED_REQUEST', message: 'The upload could not be read completely' });

const requestTooLarge = (): UploadProblem => ({
  name: '',
  code: 'REQUEST_TOO_LARGE',
  message: `An upload carries at most ${UPLOAD_LIMITS.filesPerCall} files of 10 MB`,
});

function sendRefused(res: Response, status: number, problems: UploadProblem[]): void {
  const first = problems.find((problem) => problem.name !== '') ?? problems[0];
  const message =
    problems.length === 1 && first
      ? `Nothing was uploaded: ${first.message}`
      : `Nothing was uploaded: ${problems.length} problems${first ? `, first: ${first.message}` : ''}`;
  res.status(status).json({ error: { code: 'BAD_USER_INPUT', message, files: problems } });
}

/** The answer to a caller that is not signed in or over its budget (the routes' one authentication); other errors go on. */
function refusedCaller(error: unknown, res: Response): null {
  if (!(error instanceof DomainError)) throw error;
  sendDomainError(res, error);
  return null;
}

function sendError(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ error: { code, message } });
}

function sendRateLimited(res: Response, retryAfterSeconds: number): void {
  res.setHeader('Retry-After', String(retryAfterSeconds));
  sendError(res, 429, 'RATE_LIMITED', 'Too many uploads: try again later');
}
