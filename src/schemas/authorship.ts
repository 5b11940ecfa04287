import { z } from 'astro/zod';
import { text } from './common.ts';

/**
 * Who wrote a title or a summary in one language:
 * - `written`: a person, from the article text;
 * - `translated`: a person, translating the field from another language;
 * - `machine`: a program (which one, with which model or method, and when), not yet reviewed;
 * - `missing`: nobody yet; the page shows the field in another language and says so.
 */
export const AUTHORSHIP = ['written', 'translated', 'machine', 'missing'] as const;
export type Authorship = (typeof AUTHORSHIP)[number];

/** A passage of the article text, as `rehype-passage-ids` numbers them: `p-1`, `p-2`… */
export const PASSAGE_ID = /^p-[1-9]\d*$/;

/** The methods `dossier draft` drafts with when no model does: the page names them in the reader's language (`field.method.*`). */
export const DRAFT_METHODS = ['extractive'] as const;
export type DraftMethod = (typeof DRAFT_METHODS)[number];
export const isDraftMethod = (method: string | undefined): method is DraftMethod => (DRAFT_METHODS as readonly (string | undefined)[]).includes(method);

export interface MachineDraft {
  /** The program that drafted it, e.g. `dossier draft`. */
  program: string;
  /** The model, for a model-backed draft. */
  model?: string | undefined;
  /** How, for a draft made without a model, e.g. `extractive`. */
  method?: string | undefined;
  /** When (ISO 8601). */
  at: string;
  /** The passages of the article text the draft rests on. */
  passages?: string[] | undefined;
}

/** One title or summary in one language, as the build sees it: plain strings are read as `written` or `translated`. */
export type Field = { status: 'written' | 'translated'; text: string } | ({ status: 'machine'; text: string } & MachineDraft) | { status: 'missing' };

export type FieldWithText = Exclude<Field, { status: 'missing' }>;

export const hasText = (field: Field | undefined): field is FieldWithText => field !== undefined && field.status !== 'missing';

/** A person's text. The old `TODO:` placeholders would otherwise pass for one. */
const personText = text().refine((v) => !v.startsWith('TODO:'), {
  message: 'is a "TODO:" placeholder: write the text, or `{ status: missing }` (the page then says so) and run `npm run draft`.',
});

const MACHINE_ONLY = ['program', 'model', 'method', 'at', 'passages'] as const;

const fieldObject = z
  .object({
    status: z.enum(AUTHORSHIP),
    text: text().optional(),
    program: text().optional(),
    model: text().optional(),
    method: text().optional(),
    at: z.iso.datetime({ offset: true, message: 'must be an ISO 8601 date and time such as "2026-12-02T13:05:00Z"' }).optional(),
    passages: z.array(z.string().regex(PASSAGE_ID, 'must be a passage id such as "p-3"')).min(1).optional(),
  })
  .strict()
  .superRefine((f, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (f.status === 'missing') {
      if (f.text !== undefined) issue('text', 'a missing field has no text: set `status` to written, translated or machine, or remove `text`.');
    } else if (f.text === undefined) issue('text', `missing: a ${f.status} field needs its \`text\`.`);
    if (f.status === 'machine') {
      if (f.program === undefined) issue('program', 'missing: say which program drafted it (e.g. "dossier draft").');
      if (f.at === undefined) issue('at', 'missing: say when it was drafted (ISO 8601, e.g. "2026-12-02T13:05:00Z").');
      if (f.model === undefined && f.method === undefined) issue('model', 'missing: give the `model` that drafted it, or the `method` (e.g. "extractive").');
    } else {
      for (const key of MACHINE_ONLY) {
        if (f[key] !== undefined) issue(key, `only a machine-drafted field has \`${key}\`: remove it (or set \`status: machine\`).`);
      }
    }
  });

/**
 * A title or summary field as written in the frontmatter: the text itself (a
 * person's: `written` or `translated`, decided by the article), or an object
 * with a `status`.
 */
export const fieldInput = () =>
  z.union([personText, fieldObject], {
    error: (issue) =>
      issue.input === undefined
        ? 'missing: give the text, or `{ status: missing }` until someone (or `npm run draft`) writes it.'
        : 'must be the text, or an object with `status`: written, translated, machine or missing (see the README: who wrote what).',
  });

export type FieldInput = z.output<ReturnType<typeof fieldInput>>;

/** The field as the build sees it; a plain string is `written` when `original` (in the language it was written from), else `translated`. */
export function normalizeField(input: FieldInput, original: boolean): Field {
  if (typeof input === 'string') return { status: original ? 'written' : 'translated', text: input };
  const { status, text: value, program, model, method, at, passages } = input;
  if (status === 'missing') return { status };
  if (status === 'machine')
    return { status, text: value!, program: program!, at: at!, ...(model ? { model } : {}), ...(method ? { method } : {}), ...(passages ? { passages } : {}) };
  return { status, text: value! };
}

/** Fields a person has not reviewed, by path ("summary.fr"), for the `DOSSIER_REQUIRE_REVIEW` gate and `npm run review`. */
export function unreviewedFields(data: {
  title: Record<string, unknown>;
  summary: Record<string, unknown>;
}): { path: string; status: 'machine' | 'missing' }[] {
  const out: { path: string; status: 'machine' | 'missing' }[] = [];
  for (const group of ['title', 'summary'] as const) {
    for (const [lang, field] of Object.entries(data[group])) {
      if (field && typeof field === 'object' && 'status' in field && (field.status === 'machine' || field.status === 'missing')) {
        out.push({ path: `${group}.${lang}`, status: field.status });
      }
    }
  }
  return out;
}
