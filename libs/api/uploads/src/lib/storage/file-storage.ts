/**
 * Where uploaded files live. The local implementation writes under `DATA_DIR/uploads`; an
 * S3-compatible implementation can replace it without touching the upload flow.
 */
export interface FileStorage {
  put(key: string, data: Buffer, contentType: string): Promise<void>;
  delete(key: string): Promise<void>;
  /** The public URL of a stored file. */
  url(key: string): string;
}

export const FILE_STORAGE = Symbol('FILE_STORAGE');
