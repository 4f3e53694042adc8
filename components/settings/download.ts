/**
 * Save text as a file through the browser's own download (a Blob URL on an <a download>): no network, no
 * downloads permission. The URL is revoked once the click has been dispatched.
 */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.rel = 'noopener';
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    // Revoke after the click has been handled (revoking at once can cancel the download in some browsers).
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
