// Saves bytes in the browser as a download: a Blob, an object URL on a temporary <a download>,
// revoked a minute later (revoking at once can cancel the download in some browsers).
export function downloadBytes(bytes: Uint8Array | Blob, fileName: string, mime: string): void {
  const blob = bytes instanceof Blob ? bytes : new Blob([bytes as BlobPart], { type: mime });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

const MIME: Record<string, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html;charset=utf-8',
  md: 'text/markdown;charset=utf-8',
  pdf: 'application/pdf',
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  jsonld: 'application/ld+json',
  svg: 'image/svg+xml',
  png: 'image/png',
};

export function mimeOf(extension: string): string {
  return MIME[extension] ?? 'application/octet-stream';
}
