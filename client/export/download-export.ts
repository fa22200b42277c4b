/**
 * Downloads an export with the bearer token (a plain link cannot send it): fetch, read the body with
 * progress, then hand the browser a Blob under the file name the server chose.
 */
import type { ExportFormat, ExportVariant } from '../../shared/export/export-model.js';
import type { ExportLanguage } from '../../shared/export/export-captions.js';
import { apiErrorSchema } from '../../shared/api/participants.js';
import { ApiError, NETWORK_FAILURE } from '../api/api-error';

export interface ExportRequest {
  documentId: string;
  format: ExportFormat;
  variant: ExportVariant;
  /** A revision id, or 'live'. */
  revision: string;
  /** The language of the file's captions (the reader's). */
  language: ExportLanguage;
}

export function exportUrl({ documentId, format, variant, revision, language }: ExportRequest): string {
  const query = new URLSearchParams({ format, variant, revision, lang: language });
  return `/api/documents/${encodeURIComponent(documentId)}/export?${query.toString()}`;
}

/** The file name in a Content-Disposition header (RFC 6266: `filename*` wins over `filename`). */
export function fileNameFromDisposition(header: string | null): string | null {
  if (!header) return null;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  if (extended?.[1]) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      // Fall through to the plain form.
    }
  }
  const quoted = /filename\s*=\s*"((?:\\.|[^"\\])*)"/.exec(header);
  if (quoted?.[1]) return quoted[1].replace(/\\(.)/g, '$1');
  const bare = /filename\s*=\s*([^;\s]+)/.exec(header);
  return bare?.[1] ?? null;
}

async function errorFrom(response: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // Not JSON: the status says enough.
  }
  const parsed = apiErrorSchema.safeParse(body);
  if (parsed.success) return new ApiError(response.status, parsed.data.error.code, parsed.data.error.message);
  return new ApiError(response.status, `http_${response.status}`, response.statusText || `HTTP ${response.status}`);
}

/** Reads the body, reporting the fraction received when the server said how long it is. */
async function readBody(response: Response, onProgress: (fraction: number | null) => void): Promise<Blob> {
  const total = Number(response.headers.get('content-length')) || 0;
  const type = response.headers.get('content-type') ?? 'application/octet-stream';
  if (!response.body || total === 0) {
    onProgress(null);
    return response.blob();
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.byteLength;
    onProgress(Math.min(1, received / total));
  }
  return new Blob(chunks as BlobPart[], { type });
}

function save(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has started the download by now; keep the URL a while for slow file pickers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export interface DownloadOptions {
  token: string;
  signal?: AbortSignal;
  onProgress?: (fraction: number | null) => void;
}

/** Fetches and saves the export; resolves with the file name it was saved under. */
export async function downloadExport(request: ExportRequest, { token, signal, onProgress = () => undefined }: DownloadOptions): Promise<string> {
  let response: Response;
  try {
    response = await fetch(exportUrl(request), { headers: { Authorization: `Bearer ${token}` }, signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(0, NETWORK_FAILURE, error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) throw await errorFrom(response);
  const blob = await readBody(response, onProgress);
  const fileName = fileNameFromDisposition(response.headers.get('content-disposition')) ?? `export.${request.format}`;
  save(blob, fileName);
  return fileName;
}
