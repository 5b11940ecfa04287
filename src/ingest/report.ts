import type { Removal } from './cleaning/clean.ts';

/** A fact ingest found, with where: every one is `stated` (ingest never infers). */
export interface ReportedFact {
  value: string;
  basis: 'stated';
  evidence: string;
}

/** What ingest did with one file: printed as text for people, as JSON (`--json`) for machines. */
export interface IngestReport {
  file: string;
  outcome: 'added' | 'known' | 'refused';
  /** Why a file was refused, or which entry already holds it. */
  message?: string;
  id?: string;
  entry?: string;
  source?: string;
  format?: 'text' | 'html';
  language?: { value: string; evidence: string };
  title?: ReportedFact;
  date?: ReportedFact & { time?: string };
  author?: ReportedFact;
  publisher?: ReportedFact;
  origin?: string;
  removed: Removal[];
  /** What an editor must do or check before the entry can be published. */
  needsHuman: string[];
  entities: { id: string; name: string; mentions: number }[];
  /** Names the registry does not know: candidates for new content/entities/ files. */
  candidates: string[];
}

const quote = (s: string) => (s.length > 90 ? `${s.slice(0, 87)}…` : s).replace(/\n/g, ' ⏎ ');

export function formatReport(r: IngestReport): string {
  if (r.outcome === 'refused') return `✗ ${r.message}`;
  if (r.outcome === 'known') return `= ${r.file}: ${r.message}`;
  const fact = (label: string, f: ReportedFact | undefined, none: string, extra = '') =>
    f ? `  ${label}: ${f.value}${extra} (${f.basis}: ${quote(f.evidence)})` : `  ${label}: ${none}`;
  const lines = [
    `+ ${r.file} → ${r.entry} (id ${r.id}), source ${r.source}`,
    `  read as: ${r.format === 'html' ? 'a saved web page (HTML)' : 'plain text'}`,
    `  language: ${r.language!.value} (${r.language!.evidence})`,
    fact('title', r.title, 'none stated: to write (editorial)'),
    fact('date', r.date, 'none stated: left unknown', r.date?.time ? `, ${r.date.time}` : ''),
    fact('author', r.author, 'none stated'),
    fact('publisher', r.publisher, 'none stated'),
    ...(r.origin ? [`  original source: ${r.origin}`] : []),
    `  removed: ${r.removed.length} piece(s) of page chrome (listed in notes.removed)`,
    ...r.removed.map((x) => `    - ${x.kind}: ${quote(x.text)}`),
    `  entities linked: ${r.entities.map((e) => `${e.name} ×${e.mentions}`).join(', ') || 'none'}`,
    `  names not in the registry (maybe new entities): ${r.candidates.join(', ') || 'none'}`,
    `  needs a human:`,
    ...r.needsHuman.map((n) => `    - ${n}`),
  ];
  return lines.join('\n');
}
