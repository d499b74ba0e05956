export { downloadBlob } from "../ui/save";

/** Copies a PNG as an image where the browser allows it (ClipboardItem); `false` where it does not. */
export async function copyPng(png: Blob): Promise<boolean> {
  if (typeof ClipboardItem === "undefined" || !navigator.clipboard?.write) return false;
  try {
    await navigator.clipboard.write([new ClipboardItem({ "image/png": png })]);
    return true;
  } catch {
    return false;
  }
}

/** A file name without the characters Windows refuses. */
export function safeFileName(name: string): string {
  return name.replace(/[\\/:*?"<>|\r\n]+/g, "_").trim();
}
