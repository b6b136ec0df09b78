/**
 * Copies a PNG to the clipboard, or downloads it when the browser will not take images (Firefox
 * before 127, insecure pages, a refused permission). The clipboard write starts synchronously in the
 * click and is handed the image as a promise: Safari accepts it only while the click is still running,
 * and drawing the image takes longer than that.
 */
import { downloadBlob } from './download.ts';

export type ImageOutcome = 'copied' | 'downloaded';

function canCopyImages(): boolean {
  return typeof ClipboardItem === 'function' && typeof navigator.clipboard?.write === 'function';
}

/** Rejects only when the image itself could not be made. */
export async function copyOrDownloadPng(
  png: Promise<Blob>,
  fileName: string,
): Promise<ImageOutcome> {
  if (canCopyImages()) {
    try {
      await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
      return 'copied';
    } catch {
      // Refused, or the image failed; awaiting it below tells which.
    }
  }
  downloadBlob(await png, fileName);
  return 'downloaded';
}
