import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeContentRoot } from '../loaders/content-fixture.ts';
import { contentDirs, readArticles } from '../loaders/read-articles.ts';
import { readArticleFile, writeFields } from './fields.ts';
import { PROVIDERS, providerDraft, type Provider } from './provider.ts';

const run = promisify(execFile);
const KEY = 'test-key-not-a-secret';

// The person's fields: they must come out of every draft byte for byte.
const PERSON_TITLE = '  en: Harbour reopens after storm repairs\n';
const PERSON_SUMMARY_FR = '  fr: Le port rouvre après des réparations. Les travaux ont duré six mois.\n';
const ARTICLE = `---
id: 0123abcd
language: en
title:
  editorial: false
${PERSON_TITLE}  fr: { status: missing }
  zh:
    status: machine
    text: 旧的机器标题
    program: dossier draft (openai)
    model: older-model
    at: "2026-01-01T00:00:00Z"
summary:
  writtenIn: en
  en: { status: missing }
${PERSON_SUMMARY_FR}  zh: { status: missing }
source:
  file: valid.txt
published:
  basis: unknown
---
The harbour of Eastport reopened on Friday after six months of repairs.

A storm in March had broken the outer sea wall and sunk two pontoons.

The repairs cost 3 million euros, paid by the port authority and the region.

Fishing boats were the first to return, the harbour master said.
`;

/** What the fake model answers, given the prompt it got (its passages listed as "[p-N] …"). */
let answer: (prompt: string) => string = () => '';
let server: Server;
let port = 0;
const requests: { path: string; auth: string | undefined; model: string }[] = [];

async function body(req: IncomingMessage): Promise<Record<string, unknown>> {
  let text = '';
  for await (const chunk of req) text += chunk;
  return JSON.parse(text) as Record<string, unknown>;
}

// One local server that speaks both providers' APIs, as their SDKs call them.
beforeAll(async () => {
  server = createServer(async (req, res) => {
    const json = await body(req);
    const model = String(json['model']);
    const send = (status: number, payload: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(payload));
    };
    if (req.url === '/v1/messages') {
      // The SDK sends the key as `x-api-key` or, in recent versions, as a bearer token.
      requests.push({ path: req.url, auth: (req.headers['x-api-key'] as string | undefined) ?? req.headers['authorization'], model });
      const prompt = (json['messages'] as { content: string }[])[0]!.content;
      send(200, {
        id: 'msg_test',
        type: 'message',
        role: 'assistant',
        model,
        content: [{ type: 'text', text: answer(prompt) }],
        stop_reason: 'end_turn',
        stop_sequence: null,
        usage: { input_tokens: 1, output_tokens: 1 },
      });
    } else if (req.url === '/v1/chat/completions') {
      requests.push({ path: req.url, auth: req.headers['authorization'], model });
      const prompt = (json['messages'] as { role: string; content: string }[]).find((m) => m.role === 'user')!.content;
      send(200, {
        id: 'chatcmpl-test',
        object: 'chat.completion',
        created: 0,
        model,
        choices: [{ index: 0, message: { role: 'assistant', content: answer(prompt), refusal: null }, finish_reason: 'stop', logprobs: null }],
        usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
      });
    } else send(404, { error: { message: `no ${req.url}` } });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** A reply that drafts what was asked, citing the passages the prompt lists. */
function goodReply(prompt: string, cite: (ids: string[]) => string[][] = (ids) => [[ids[0]!], [ids[2]!, ids[1]!]]): string {
  const ids = [...prompt.matchAll(/^\[(p-\d+)\]/gm)].map((m) => m[1]!);
  const [first, second] = cite(ids);
  return JSON.stringify({
    summary: {
      sentences: [
        { text: 'The harbour of Eastport reopened on Friday after six months of repairs.', passages: first },
        { text: 'A storm in March had broken its sea wall; the repairs cost 3 million euros.', passages: second },
      ],
    },
    translations: {
      fr: { title: 'Le port rouvre après les réparations' },
      zh: { title: '风暴修复后港口重新开放', summary: '伊斯特波特港在六个月的修复后于周五重新开放。三月的风暴损坏了防波堤，修复耗资三百万欧元。' },
    },
  });
}

const baseURL = (provider: string) => (provider === 'openai' ? `http://127.0.0.1:${port}/v1` : `http://127.0.0.1:${port}`);

/** The environment with no provider settings of its own (keys, base URLs, profiles): only what a test sets. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(ANTHROPIC|OPENAI|CLAUDE)_/.test(name)));
  return { ...env, ...extra };
}

/** `npm run draft` as an editor runs it. */
async function draftCommand(provider: string, root: string, env: Record<string, string>) {
  const args = [
    join(process.cwd(), 'scripts', 'draft.ts'),
    '--provider',
    provider,
    '--model',
    `${provider}-test-model`,
    '--base-url',
    baseURL(provider),
    '--content-root',
    root,
    'article',
  ];
  try {
    const { stdout, stderr } = await run(process.execPath, args, { env: cleanEnv(env) });
    return { status: 0, out: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { status: e.code, out: e.stdout + e.stderr };
  }
}

/** The same steps in this process (starting a TypeScript process per case would take most of the test's time). */
async function draftHere(provider: Provider, root: string): Promise<{ status: number; out: string }> {
  const saved = process.env[PROVIDERS[provider].keyVariable];
  process.env[PROVIDERS[provider].keyVariable] = KEY;
  try {
    const article = readArticleFile(file(root));
    writeFields(article, (await providerDraft(article, { provider, model: `${provider}-test-model`, baseURL: baseURL(provider) }, new Date())).changes);
    return { status: 0, out: '' };
  } catch (error) {
    return { status: 1, out: error instanceof Error ? error.message : String(error) };
  } finally {
    if (saved === undefined) delete process.env[PROVIDERS[provider].keyVariable];
    else process.env[PROVIDERS[provider].keyVariable] = saved;
  }
}

const file = (root: string) => join(root, 'content', 'articles', 'article.md');

describe.each(['anthropic', 'openai'] as const)('npm run draft -- --provider %s (against a local server)', (provider) => {
  it('writes the drafts with the model name and the passages they rest on, and leaves a person’s fields untouched', async () => {
    answer = (prompt) => goodReply(prompt);
    const root = makeContentRoot({ 'article.md': ARTICLE });
    const { status, out } = await draftCommand(provider, root, { [PROVIDERS[provider].keyVariable]: KEY });
    expect(status, out).toBe(0);
    expect(out).toContain('✓ ');
    expect(requests.at(-1)).toMatchObject({ path: provider === 'openai' ? '/v1/chat/completions' : '/v1/messages', model: `${provider}-test-model` });
    expect(requests.at(-1)!.auth).toMatch(new RegExp(`^(Bearer )?${KEY}$`));
    const text = readFileSync(file(root), 'utf8');
    expect(text).toContain(PERSON_TITLE);
    expect(text).toContain(PERSON_SUMMARY_FR);
    expect(text.slice(text.indexOf('\n---\n'))).toBe(ARTICLE.slice(ARTICLE.indexOf('\n---\n')));
    const [article] = readArticles(contentDirs(root));
    const { summary, title } = article!.data;
    expect(summary.en).toMatchObject({
      status: 'machine',
      model: `${provider}-test-model`,
      program: `dossier draft (${provider})`,
      passages: ['p-1', 'p-2', 'p-3'],
    });
    expect(summary.en).toHaveProperty(
      'text',
      'The harbour of Eastport reopened on Friday after six months of repairs. A storm in March had broken its sea wall; the repairs cost 3 million euros.',
    );
    expect(summary.zh).toMatchObject({ status: 'machine', model: `${provider}-test-model`, passages: ['p-1', 'p-2', 'p-3'] });
    expect(summary.fr).toEqual({ status: 'translated', text: 'Le port rouvre après des réparations. Les travaux ont duré six mois.' });
    expect(title.en).toEqual({ status: 'written', text: 'Harbour reopens after storm repairs' });
    expect(title.fr).toMatchObject({ status: 'machine', text: 'Le port rouvre après les réparations', model: `${provider}-test-model` });
    // An earlier draft is refreshed.
    expect(title.zh).toMatchObject({ status: 'machine', text: '风暴修复后港口重新开放', model: `${provider}-test-model` });
  });

  it.each([
    ['a sentence that cites no passage', (p: string) => goodReply(p, (ids) => [[ids[0]!], []]), /summary sentence 2 cites no passage/],
    [
      'a passage the article does not have',
      (p: string) => goodReply(p, () => [['p-1'], ['p-99']]),
      /summary sentence 2 cites "p-99", which the article does not have \(its passages are p-1 to p-4\)/,
    ],
    [
      'one sentence',
      () => JSON.stringify({ summary: { sentences: [{ text: 'It reopened.', passages: ['p-1'] }] }, translations: {} }),
      /the summary has 1 sentence; a summary has 2 to 4/,
    ],
    ['prose instead of JSON', () => 'Sure! Here is a summary: the harbour reopened.', /the reply is not a JSON object/],
  ])('refuses %s with a clear message and writes nothing', async (_, reply, message) => {
    answer = reply;
    const root = makeContentRoot({ 'article.md': ARTICLE });
    const { status, out } = await draftHere(provider, root);
    expect(status).toBe(1);
    expect(out).toMatch(new RegExp(`article\\.md: the draft from ${provider}-test-model was rejected, nothing written`));
    expect(out).toMatch(message);
    expect(readFileSync(file(root), 'utf8')).toBe(ARTICLE);
  });

  it('says which variable holds the key when it is not set', async () => {
    const root = makeContentRoot({ 'article.md': ARTICLE });
    const { status, out } = await draftCommand(provider, root, {});
    expect(status).toBe(1);
    expect(out).toContain(`set ${provider === 'openai' ? 'OPENAI_API_KEY' : 'ANTHROPIC_API_KEY'} to draft with ${provider}`);
    expect(readFileSync(file(root), 'utf8')).toBe(ARTICLE);
  });
});
