/**
 * A file the seller picked, read in the panel (never uploaded). Blob.arrayBuffer is missing in some older engines
 * and test DOMs, hence the FileReader fallback.
 */
export async function readFileBytes(file: Blob): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === 'function') return new Uint8Array(await file.arrayBuffer());
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsArrayBuffer(file);
  });
}

/** The file as UTF-8 text (export files are written as UTF-8 JSON). */
export async function readFileText(file: Blob): Promise<string> {
  return new TextDecoder('utf-8').decode(await readFileBytes(file));
}
