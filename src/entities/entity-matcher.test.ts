import { describe, expect, it } from 'vitest';
import { createEntityMatcher, type AliasPattern } from './entity-matcher.ts';

const ALIASES: AliasPattern[] = [
  { text: 'Claude', entityId: 'claude' },
  { text: 'Claude Code', entityId: 'claude-code' },
  { text: 'Google', entityId: 'google' },
  { text: 'Google Vertex AI', entityId: 'google-vertex-ai' },
  { text: 'Vertex AI', entityId: 'google-vertex-ai' },
  { text: 'Meta', entityId: 'meta', notBeforeHyphen: true },
  { text: 'Anthropic', entityId: 'anthropic' },
  { text: 'OpenAI', entityId: 'openai' },
  { text: 'Microsoft', entityId: 'microsoft' },
  { text: '微软', entityId: 'microsoft' },
  { text: '马斯克', entityId: 'elon-musk' },
  { text: 'Elon Musk', entityId: 'elon-musk' },
  { text: 'Musk', entityId: 'elon-musk' },
  { text: 'Société Générale', entityId: 'societe-generale' },
  { text: 'Opus 4', entityId: 'claude-opus-4' },
  { text: 'Opus', entityId: 'claude-opus' },
];
const matcher = createEntityMatcher(ALIASES);
const found = (text: string) => matcher.find(text).map((m) => [m.text, m.entityId]);

describe('createEntityMatcher', () => {
  it.each([
    [
      'Claude Code vs Claude: the longer name wins',
      'He ran Claude Code, not Claude.',
      [
        ['Claude Code', 'claude-code'],
        ['Claude', 'claude'],
      ],
    ],
    [
      'Google Vertex AI vs Google',
      'Deployed on Google Vertex AI by Google.',
      [
        ['Google Vertex AI', 'google-vertex-ai'],
        ['Google', 'google'],
      ],
    ],
    ['Meta, not meta, META or Meta-analysis', 'Meta and meta and META and a Meta-analysis and Metaverse.', [['Meta', 'meta']]],
    ['French elision with a typographic apostrophe', 'La stratégie d’Anthropic', [['Anthropic', 'anthropic']]],
    ['French elision with a straight apostrophe', "face à l'OpenAI de demain", [['OpenAI', 'openai']]],
    [
      'an English possessive',
      "Anthropic’s budget and Anthropic's plan",
      [
        ['Anthropic', 'anthropic'],
        ['Anthropic', 'anthropic'],
      ],
    ],
    [
      'Chinese without word boundaries',
      '微软公司宣布，马斯克说',
      [
        ['微软', 'microsoft'],
        ['马斯克', 'elon-musk'],
      ],
    ],
    ['Latin names inside Chinese text', '出任Anthropic首席技术官', [['Anthropic', 'anthropic']]],
    [
      'an emoji right before a name',
      '😀Microsoft and 💡Anthropic',
      [
        ['Microsoft', 'microsoft'],
        ['Anthropic', 'anthropic'],
      ],
    ],
    ['a hyphen before a name', 'e-Microsoft', [['Microsoft', 'microsoft']]],
    ['no match inside a longer word', 'MicrosoftAzure, Microsofts, Claudes, OpenAIs', []],
    [
      'Elon Musk … Musk',
      'Elon Musk said. Musk left.',
      [
        ['Elon Musk', 'elon-musk'],
        ['Musk', 'elon-musk'],
      ],
    ],
    [
      'a version number goes on',
      'Opus 4.1 and Opus 4, and Opus.',
      [
        ['Opus', 'claude-opus'],
        ['Opus 4', 'claude-opus-4'],
        ['Opus', 'claude-opus'],
      ],
    ],
  ] as const)('%s', (_, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('matches decomposed accents as composed, with offsets in the original text', () => {
    const text = 'La Socie\u0301te\u0301 Ge\u0301ne\u0301rale annonce';
    const [mention] = matcher.find(text);
    expect(mention?.entityId).toBe('societe-generale');
    expect(text.slice(mention!.start, mention!.end)).toBe('Socie\u0301te\u0301 Ge\u0301ne\u0301rale');
  });

  it('does not match across a zero-width space inside a name', () => {
    expect(found('Anthro\u200Bpic')).toEqual([]);
  });

  it('gives offsets that slice out exactly the matched text', () => {
    const text = '😀😀 Claude Code';
    const [mention] = matcher.find(text);
    expect(text.slice(mention!.start, mention!.end)).toBe('Claude Code');
  });
});
