import type { CarePagesApi } from '../api/care-pages-api.js';
import type { ExportRequestBody } from '../api/types.js';

/** Saves a blob under a file name through a temporary link (the browser's download, no new window). */
export const downloadBlob = (blob: Blob, fileName: string): void => {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
};

/** Exports for translation and downloads the file; returns its name. A refusal is written in `uiCulture`. */
export const downloadExport = async (api: CarePagesApi, body: ExportRequestBody, uiCulture?: string): Promise<string> => {
  const file = await api.exportForTranslation(body, uiCulture);
  downloadBlob(file.blob, file.fileName);
  return file.fileName;
};
