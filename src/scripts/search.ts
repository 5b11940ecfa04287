// The search page: Pagefind's JS API with our own UI, so filter labels come from our
// escaped data (never from Pagefind's HTML) and the whole state lives in the URL.
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}
interface PagefindResult {
  data(): Promise<PagefindResultData>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string | null, o: Record<string, unknown>): Promise<{ results: PagefindResult[] }>;
}

const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
const more = document.querySelector<HTMLButtonElement>('#search-more')!;
const strings = JSON.parse(document.querySelector('#search-strings')!.textContent!) as Record<string, string>;
const FILTERS = ['entity', 'language', 'source', 'year'] as const;
/** Results shown at once; each needs its own fragment file, so the first query loads only these. */
const PAGE_SIZE = 10;

document.querySelector('#search-noscript')?.setAttribute('hidden', '');
form.hidden = false;

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  // A path Vite must not bundle: the index is written after the build.
  const url = `${document.documentElement.dataset['searchBundle']}pagefind.js`;
  pagefind ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (pf) => {
    await pf.options({ highlightParam: 'highlight' });
    return pf;
  });
  return pagefind;
}

/** The state of the form, as URL parameters: what a pasted link restores. */
function stateFromForm(): URLSearchParams {
  const params = new URLSearchParams();
  const q = input.value.trim();
  if (q) params.set('q', q);
  for (const key of FILTERS) {
    for (const box of form.querySelectorAll<HTMLInputElement>(`input[name="${key}"]:checked`)) params.append(key, box.value);
  }
  const sort = form.querySelector<HTMLSelectElement>('select[name="sort"]')!.value;
  if (sort !== 'relevance') params.set('sort', sort);
  return params;
}

function formFromState(params: URLSearchParams): void {
  input.value = params.get('q') ?? '';
  for (const key of FILTERS) {
    const chosen = new Set(params.getAll(key));
    for (const box of form.querySelectorAll<HTMLInputElement>(`input[name="${key}"]`)) box.checked = chosen.has(box.value);
  }
  form.querySelector<HTMLSelectElement>('select[name="sort"]')!.value = params.get('sort') === 'date' ? 'date' : 'relevance';
  // A search with filters shows them.
  if (FILTERS.some((key) => params.has(key))) form.querySelector<HTMLDetailsElement>('details.filters')!.open = true;
}

/** Pagefind's excerpt is HTML with <mark>: rebuilt here as text nodes and marks only. */
function excerptNodes(html: string): Node[] {
  const template = document.createElement('template');
  template.innerHTML = html;
  return [...template.content.childNodes].map((node) => {
    if (node instanceof HTMLElement && node.tagName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? '');
  });
}

/** The summary, with the query's words marked: built from text nodes, never parsed as HTML. */
function highlighted(text: string, query: string): Node[] {
  const segmenter = new Intl.Segmenter(document.documentElement.lang, { granularity: 'word' });
  const terms = [...new Set([query, ...[...segmenter.segment(query)].filter((s) => s.isWordLike).map((s) => s.segment)])]
    .map((t) => t.trim())
    .filter((t) => t.length > 0)
    .sort((a, b) => b.length - a.length);
  if (terms.length === 0) return [document.createTextNode(text)];
  const pattern = new RegExp(terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'giu');
  const nodes: Node[] = [];
  let at = 0;
  for (const m of text.matchAll(pattern)) {
    if (m.index > at) nodes.push(document.createTextNode(text.slice(at, m.index)));
    const mark = document.createElement('mark');
    mark.textContent = m[0];
    nodes.push(mark);
    at = m.index + m[0].length;
  }
  if (at < text.length) nodes.push(document.createTextNode(text.slice(at)));
  return nodes;
}

function plural(count: number): string {
  const form = new Intl.PluralRules(document.documentElement.lang).select(count) === 'one' ? 'one' : 'other';
  return strings[`count.${form}`]!.replace('{count}', new Intl.NumberFormat(document.documentElement.lang).format(count));
}

/** One result: kind, source and date, the title linked, the summary with the query marked. */
function resultItem(result: PagefindResultData, q: string): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = result.url;
  link.className = 'result-title';
  link.textContent = result.meta['title'] ?? result.url;
  const kicker = document.createElement('p');
  kicker.className = 'kicker';
  kicker.textContent = [result.meta['kind'], result.meta['source'], result.meta['date']].filter(Boolean).join(' · ');
  const summary = document.createElement('p');
  summary.className = 'result-summary';
  summary.append(...highlighted(result.meta['summary'] ?? '', q));
  // Another language's title or summary, shown while this one's is missing, keeps its own language.
  if (result.meta['titleLang']) link.lang = result.meta['titleLang'];
  if (result.meta['summaryLang']) summary.lang = result.meta['summaryLang'];
  const excerpt = document.createElement('p');
  excerpt.className = 'excerpt';
  excerpt.append('… ', ...excerptNodes(result.excerpt), ' …');
  item.append(kicker, link);
  // Who wrote what the result shows, when it is not a person in this language: machine-drafted, or another language's.
  if (result.meta['provenance']) {
    const label = document.createElement('p');
    label.className = 'field-label';
    label.textContent = result.meta['provenance'];
    item.append(label);
  }
  item.append(summary);
  // Where the words were found, when a query was typed and the summary does not already show them.
  if (q && !summary.querySelector('mark')) item.append(excerpt);
  return item;
}

let generation = 0;
/** The results not shown yet: each page of them loads only its own data (one small file per result). */
let remaining: PagefindResult[] = [];
let remainingQuery = '';

async function showNext(mine: number): Promise<void> {
  const page = remaining.slice(0, PAGE_SIZE);
  const data = await Promise.all(page.map((r) => r.data()));
  if (mine !== generation) return; // a newer search has started
  remaining = remaining.slice(page.length);
  list.append(...data.map((result) => resultItem(result, remainingQuery)));
  more.hidden = remaining.length === 0;
}

async function run(params: URLSearchParams): Promise<void> {
  const mine = ++generation;
  const q = params.get('q');
  const filters: Record<string, { any: string[] }> = {};
  for (const key of FILTERS) if (params.getAll(key).length) filters[key] = { any: params.getAll(key) };
  if (!q && Object.keys(filters).length === 0) {
    list.replaceChildren();
    more.hidden = true;
    status.textContent = strings['prompt']!;
    return;
  }
  status.textContent = strings['loading']!;
  const pf = await loadPagefind();
  const search = await pf.search(q || null, { filters, ...(params.get('sort') === 'date' ? { sort: { date: 'desc' } } : {}) });
  if (mine !== generation) return;
  list.replaceChildren();
  remaining = search.results;
  remainingQuery = q ?? '';
  await showNext(mine);
  if (mine !== generation) return;
  status.textContent = search.results.length === 0 ? strings['empty']! : `${plural(search.results.length)}. ${strings['keys']}`;
}

more.addEventListener('click', () => {
  // Focus stays in the list: on the first of the new results.
  const first = list.children.length;
  void showNext(generation).then(() => list.children[first]?.querySelector<HTMLAnchorElement>('a')?.focus());
});

let typing: ReturnType<typeof setTimeout> | undefined;
function update(push: boolean): void {
  const params = stateFromForm();
  const url = `${location.pathname}${params.size ? `?${params}` : ''}`;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
  void run(params);
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  update(true);
});
form.addEventListener('change', (event) => {
  if (event.target !== input) update(true);
});
input.addEventListener('input', () => {
  clearTimeout(typing);
  typing = setTimeout(() => update(false), 200);
});
addEventListener('popstate', () => {
  const params = new URLSearchParams(location.search);
  formFromState(params);
  void run(params);
});

// Arrow keys move through the results; Enter opens the focused one (it is a link); Escape goes back to the box.
document.addEventListener('keydown', (event) => {
  const links = [...list.querySelectorAll<HTMLAnchorElement>('a.result-title')];
  const at = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (event.key === 'ArrowDown' && (document.activeElement === input || at !== -1)) {
    event.preventDefault();
    links[Math.min(at + 1, links.length - 1)]?.focus();
  } else if (event.key === 'ArrowUp' && at !== -1) {
    event.preventDefault();
    if (at === 0) input.focus();
    else links[at - 1]?.focus();
  } else if (event.key === 'Escape' && at !== -1) {
    input.focus();
  }
});

const initial = new URLSearchParams(location.search);
formFromState(initial);
void run(initial);
if (!initial.get('q')) input.focus();

// A module, not a global script: its names stay its own.
export {};
