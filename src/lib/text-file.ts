import { ContentError } from './content-error.ts';

/** Largest content file we accept. Real articles are a few KB; anything near this is a mistake. */
export const MAX_TEXT_BYTES = 2 * 1024 * 1024;

const BOM = '\uFEFF';

/**
 * Decodes the bytes of a content file as UTF-8 text, or explains why it is not text.
 * A BOM and CRLF line endings are accepted and normalised, so the result is the
 * same as for the LF, BOM-less file.
 */
export function decodeTextFile(bytes: Uint8Array, file: string): string {
  if (bytes.length === 0) {
    throw new ContentError(file, undefined, 'the file is empty.', 'write the content or delete the file.');
  }
  if (bytes.length > MAX_TEXT_BYTES) {
    throw new ContentError(
      file,
      undefined,
      `file too large (${bytes.length} bytes > limit of ${MAX_TEXT_BYTES} bytes).`,
      'split the text or check that this is the right file.',
    );
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw new ContentError(file, undefined, `not UTF-8 text: binary data (a NUL byte at byte offset ${nul}).`, 'content files must be plain UTF-8 text.');
  }
  const invalidAt = firstInvalidUtf8Offset(bytes);
  if (invalidAt !== -1) {
    throw new ContentError(
      file,
      undefined,
      `not UTF-8 text: invalid byte 0x${bytes[invalidAt]!.toString(16).padStart(2, '0')} at byte offset ${invalidAt}.`,
      're-save the file as UTF-8 (it is probably Latin-1 or Windows-1252).',
    );
  }
  let text = new TextDecoder('utf-8').decode(bytes);
  if (text.startsWith(BOM)) text = text.slice(1);
  return text.replace(/\r\n?/g, '\n');
}

/** Offset of the first byte that breaks UTF-8, or -1 when the bytes are valid UTF-8. */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  const fatal = new TextDecoder('utf-8', { fatal: true });
  try {
    fatal.decode(bytes);
    return -1;
  } catch {
    // The decoder does not say where it failed; narrow it down with a scan of the sequences.
  }
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    try {
      fatal.decode(bytes.subarray(i, i + length));
    } catch {
      return i;
    }
    i += length;
  }
  return -1;
}
