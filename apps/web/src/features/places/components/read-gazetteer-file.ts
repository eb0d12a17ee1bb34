import { GAZETTEER_MAX_CHARS } from '@khsae/domain';

/** Why a chosen file cannot be sent. */
export type GazetteerFileProblem = 'tooLarge' | 'unreadable';

function read<T extends 'text' | 'bytes'>(
  blob: Blob,
  as: T,
): Promise<T extends 'text' ? string : ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as T extends 'text' ? string : ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    if (as === 'text') reader.readAsText(blob, 'utf-8');
    else reader.readAsArrayBuffer(blob);
  });
}

/** The CSV text of a chosen file, unpacking a .csv.gz in the browser (the shipped file is one). */
export async function readGazetteerFile(
  file: File,
): Promise<{ text: string } | { problem: GazetteerFileProblem }> {
  try {
    const magic = new Uint8Array(await read(file.slice(0, 2), 'bytes'));
    let text: string;
    if (magic[0] === 0x1f && magic[1] === 0x8b) {
      const stream = file.stream().pipeThrough(new DecompressionStream('gzip'));
      text = await new Response(stream).text();
    } else text = await read(file, 'text');
    return text.length > GAZETTEER_MAX_CHARS ? { problem: 'tooLarge' } : { text };
  } catch {
    return { problem: 'unreadable' };
  }
}
