const SIGNATURE = '89504e470d0a1a0a';

/** Width and height of a PNG, from its IHDR chunk; undefined when the bytes do not start as a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } | undefined {
  if (bytes.length < 24 || bytes.subarray(0, 8).toString('hex') !== SIGNATURE || bytes.subarray(12, 16).toString('latin1') !== 'IHDR') return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
