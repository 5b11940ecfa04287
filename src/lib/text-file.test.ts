import { describe, expect, it } from 'vitest';
import { ContentError } from './content-error.ts';
import { decodeTextFile, firstInvalidUtf8Offset, MAX_TEXT_BYTES } from './text-file.ts';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('decodeTextFile', () => {
  it('reads UTF-8 text as it is', () => {
    expect(decodeTextFile(bytes('Société 微软\n'), 'a.md')).toBe('Société 微软\n');
  });

  it('gives the same text for a BOM and CRLF line endings as for plain LF', () => {
    expect(decodeTextFile(bytes('\uFEFFa\r\nb\r\n'), 'a.md')).toBe('a\nb\n');
  });

  it('rejects an empty file', () => {
    expect(() => decodeTextFile(new Uint8Array(), 'a.md')).toThrow(/a\.md: the file is empty/);
  });

  it('rejects binary data, naming the offset of the NUL byte', () => {
    expect(() => decodeTextFile(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00]), 'x.md')).toThrow(/not UTF-8 text: binary data .* byte offset 4/);
  });

  it('rejects Latin-1 bytes, naming the byte offset', () => {
    const latin1 = new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x0a]); // "Café\n" in Latin-1
    expect(() => decodeTextFile(latin1, 'cafe.md')).toThrow(/cafe\.md: not UTF-8 text: invalid byte 0xe9 at byte offset 3/);
  });

  it('rejects a file over the size limit', () => {
    const big = new Uint8Array(MAX_TEXT_BYTES + 1).fill(0x61);
    expect(() => decodeTextFile(big, 'big.md')).toThrow(ContentError);
    expect(() => decodeTextFile(big, 'big.md')).toThrow(/file too large \(\d+ bytes > limit/);
  });
});

describe('firstInvalidUtf8Offset', () => {
  it('finds a truncated multi-byte sequence', () => {
    expect(firstInvalidUtf8Offset(new Uint8Array([0x61, 0xe5, 0xbe]))).toBe(1);
  });
  it('is -1 for valid text', () => {
    expect(firstInvalidUtf8Offset(bytes('ok 😀'))).toBe(-1);
  });
});
