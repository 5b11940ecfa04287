import { Resvg } from '@resvg/resvg-js';
import type { APIRoute } from 'astro';
import svg from '../../public/favicon.svg?raw';

// The touch icon iMessage and home screens show, drawn from the same SVG as the favicon.
export const GET: APIRoute = () => {
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: 180 }, background: '#fdfcf9' }).render().asPng();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
