/** An xlsx saved under `fileName` (Excel on the web, Windows, browsers). */
export function downloadBytes(bytes: Uint8Array, fileName: string, doc: Document = document): void {
  const blob = new Blob([bytes.slice().buffer], {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });
  downloadBlob(blob, fileName, doc);
}

/** A Blob URL clicked from the operator's own click saves under `fileName`. */
export function downloadBlob(blob: Blob, fileName: string, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const link = doc.createElement("a");
  link.href = url;
  link.download = fileName;
  link.rel = "noopener";
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some WebViews read the Blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The Clipboard API is often blocked in Office WebViews; fall back to a selected textarea. */
export async function copyText(text: string, doc: Document = document): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = doc.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    doc.body.append(area);
    area.select();
    const copied = doc.execCommand("copy");
    area.remove();
    return copied;
  }
}
