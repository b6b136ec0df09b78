/** Saves a Blob as a file through a temporary link: the one way to download that every browser supports. */
import type { ExportFile } from '../../share/exportFiles.ts';

export function downloadBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: some browsers start reading the Blob only after click() returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

export function downloadFile(file: ExportFile): void {
  downloadBlob(new Blob([file.text], { type: file.type }), file.name);
}
