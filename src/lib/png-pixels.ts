// For tests and benchmarks only (fast-png is a dev dependency): a PNG's pixels as 8-bit RGBA,
// whatever the encoder chose (takumi writes a palette when a card has 256 colours or fewer).
import { convertIndexedToRgb, decode } from 'fast-png';

export function rgbaPixels(png: Uint8Array): { width: number; height: number; data: Uint8Array } {
  const image = decode(png);
  if (image.depth !== 8) throw new Error(`expected an 8-bit PNG, got ${image.depth} bits per channel`);
  const channels = image.palette ? image.palette[0]!.length : image.channels;
  const source = image.palette ? convertIndexedToRgb(image) : (image.data as Uint8Array);
  if (channels === 4) return { width: image.width, height: image.height, data: source };
  const data = new Uint8Array(image.width * image.height * 4);
  for (let pixel = 0; pixel < image.width * image.height; pixel++) {
    for (let c = 0; c < 3; c++) data[pixel * 4 + c] = source[pixel * channels + (channels < 3 ? 0 : c)]!;
    data[pixel * 4 + 3] = channels === 2 || channels === 4 ? source[pixel * channels + channels - 1]! : 255;
  }
  return { width: image.width, height: image.height, data };
}
