import { describe, expect, it } from 'vitest';
import { uiKind } from './vocabulary.ts';

describe('uiKind: cookie banners in the languages ingest reads', () => {
  it.each([
    'We use cookies to improve your experience. Accept all',
    'Wir verwenden Cookies, um unsere Website zu verbessern.',
    'Nous utilisons des cookies. Tout accepter',
    'Utilizamos cookies propias y de terceros.',
    'Wij gebruiken cookies.',
    'Deze website gebruikt cookies. Akkoord',
    'Utilizziamo i cookie per migliorare il sito. Accetta',
    'Este site usa cookies. Aceitar',
  ])('%s', (line) => {
    expect(uiKind(line)).toBe('cookie-notice');
  });

  it.each(['Google delays the end of third-party cookies in Chrome.', 'De bakker verkoopt koekjes.'])('%s is article text', (line) => {
    expect(uiKind(line)).toBeUndefined();
  });
});
