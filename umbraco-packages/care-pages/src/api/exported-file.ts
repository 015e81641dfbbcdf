/** A file the export produced. */
export interface ExportedFile {
  blob: Blob;
  /** From Content-Disposition; a name built from the job id when the server gave none. */
  fileName: string;
  /** The X-CarePages-Job header. */
  jobId: string | undefined;
}
