/** What `POST /uploads` answers for an accepted image. */
export interface UploadedImage {
  id: string;
  url: string;
  width: number;
  height: number;
}

/** Why an upload was refused: `status` 413 (too large), 415 (not an image), 0 (network). */
export class UploadError extends Error {
  constructor(
    readonly status: number,
    readonly code: string | undefined,
    message: string,
  ) {
    super(message);
    this.name = 'UploadError';
  }
}

function parseJson(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function isUploadedImage(body: Record<string, unknown>): boolean {
  return typeof body['id'] === 'string' && typeof body['url'] === 'string';
}

/**
 * Sends one image to `POST /uploads` with the session cookie. XMLHttpRequest rather than fetch:
 * only it reports upload progress, which people need on slow connections with large photos.
 */
export function uploadImage(
  file: File,
  onProgress?: (fraction: number) => void,
): Promise<UploadedImage> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/uploads');
    xhr.withCredentials = true;
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && onProgress) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      const body = parseJson(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300 && isUploadedImage(body)) {
        resolve(body as unknown as UploadedImage);
        return;
      }
      const code = typeof body['code'] === 'string' ? body['code'] : undefined;
      const message = typeof body['message'] === 'string' ? body['message'] : xhr.statusText;
      reject(new UploadError(xhr.status, code, message));
    };
    xhr.onerror = () => reject(new UploadError(0, undefined, 'Network error'));
    const form = new FormData();
    form.append('file', file);
    xhr.send(form);
  });
}

/** The HTTP status of a refused upload (413 too large, 415 not an image), 0 when unknown. */
export function uploadStatus(error: unknown): number {
  return error instanceof UploadError ? error.status : 0;
}
