/** REQ-2: what `POST /uploads` answers. Files go over plain HTTP; the mutation then references their ids. */
export interface UploadedAttachment {
  id: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
}

export interface UploadFileProblem {
  name: string;
  code: string;
  message: string;
}

export type UploadResult = { ok: true; attachments: UploadedAttachment[] } | { ok: false; code: string; files: UploadFileProblem[] };

export const MAX_FILES = 5;
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
const ACCEPTED = ['application/pdf', 'image/jpeg', 'image/png'];
const ACCEPTED_EXTENSIONS = /\.(pdf|jpe?g|png)$/i;
export const acceptAttribute = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';

/** What is obviously wrong before sending (the server checks the content itself, REQ-2). */
export function obviousProblem(file: File): 'FILE_EMPTY' | 'FILE_TOO_LARGE' | 'FILE_TYPE_NOT_ALLOWED' | null {
  if (file.size === 0) return 'FILE_EMPTY';
  if (file.size > MAX_FILE_BYTES) return 'FILE_TOO_LARGE';
  if (!ACCEPTED.includes(file.type) && !ACCEPTED_EXTENSIONS.test(file.name)) return 'FILE_TYPE_NOT_ALLOWED';
  return null;
}

/** Sends files with the session cookie; the custom header is the gateway's CSRF guard for uploads. */
export async function uploadAttachments(files: readonly File[], fetchImpl: typeof fetch = fetch): Promise<UploadResult> {
  const body = new FormData();
  for (const file of files) body.append('files', file, file.name);
  let response: Response;
  try {
    response = await fetchImpl('/uploads', {
      method: 'POST',
      body,
      credentials: 'same-origin',
      headers: { 'apollo-require-preflight': 'true' },
    });
  } catch {
    return { ok: false, code: 'NETWORK', files: [] };
  }
  const json = (await response.json().catch(() => null)) as {
    attachments?: UploadedAttachment[];
    error?: { code?: string; files?: UploadFileProblem[] };
  } | null;
  if (response.status === 201 && json?.attachments) return { ok: true, attachments: json.attachments };
  return { ok: false, code: json?.error?.code ?? `HTTP_${response.status}`, files: json?.error?.files ?? [] };
}
