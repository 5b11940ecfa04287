// The search page: Pagefind's JS API with our own UI, so filter labels come from our
// escaped data (never from Pagefind's HTML) and the whole state lives in the URL.
import { mergedNewestFirst, queryWords, shardsHoldingEveryWord } from './merge-shards.ts';
import { DATE_KEY_META, DATE_SORT, FILTERS, META_WEIGHTS, type Kind } from './records.ts';
import { namesFromMeta, sameName } from './search-text.ts';
import { SHARD_FILTER, SHARDS_FILE, shardPath, type ShardsFile } from './shards.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}
interface PagefindResult {
  score?: number;
  data(): Promise<PagefindResultData>;
}
interface Found {
  kind: Kind;
  data(): Promise<PagefindResultData>;
}

type FilterCounts = Record<string, Record<string, number>>;
interface PagefindSearch {
  results: PagefindResult[];
  /** For each filter value, how many of these results have it. */
  filters: FilterCounts;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  mergeIndex(path: string, o: Record<string, unknown>): Promise<void>;
  filters(): Promise<FilterCounts>;
  search(q: string | null, o: Record<string, unknown>): Promise<PagefindSearch>;
}

const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
const more = document.querySelector<HTMLButtonElement>('#search-more')!;
const strings = JSON.parse(document.querySelector('#search-strings')!.textContent!) as Record<string, string>;
/** Results shown at once; each needs its own fragment file, so the first query loads only these. */
const PAGE_SIZE = 10;

document.querySelector('#search-noscript')?.setAttribute('hidden', '');
form.hidden = false;

/** Pagefind with every shard of this language's index merged in (shards.ts), and how many there are. */
interface Index {
  pf: Pagefind;
  shards: number;
}
/** The index, or undefined for a language with no page to index (an empty site). */
let pagefind: Promise<Index | undefined> | undefined;
function loadPagefind(): Promise<Index | undefined> {
  pagefind ??= (async () => {
    const bundle = document.documentElement.dataset['searchBundle']!;
    // Fetched beside the shard count; a path Vite must not bundle: the index is written after the build.
    const code = import(/* @vite-ignore */ `${bundle}pagefind.js`) as Promise<Pagefind>;
    code.catch(() => undefined); // awaited only when there is an index
    // Asked again at each visit: a site that grows into more shards moves its pages between them.
    const response = await fetch(`${bundle}${SHARDS_FILE}`, { cache: 'no-cache' });
    if (!response.ok) throw new Error(`${SHARDS_FILE}: HTTP ${response.status}`);
    const { shards } = (await response.json()) as ShardsFile;
    if (shards === 0) return undefined;
    const pf = await code;
    const options = { highlightParam: 'highlight', ranking: { metaWeights: META_WEIGHTS } };
    // Each shard's pages carry its number, to search one shard alone (newestFirst, shardsFor).
    const shardOptions = (i: number) => (shards > 1 ? { ...options, mergeFilter: { [SHARD_FILTER]: String(i) } } : options);
    await pf.options(shardOptions(0));
    await Promise.all(Array.from({ length: shards - 1 }, (_, i) => pf.mergeIndex(shardPath(bundle, i + 1), shardOptions(i + 1))));
    return { pf, shards };
  })();
  // A failed load is tried again by the next search.
  pagefind.catch(() => (pagefind = undefined));
  return pagefind;
}

type Filters = Record<string, { any: string[] }>;

const shardsByQuery = new Map<string, Promise<string[] | undefined>>();
/**
 * The shards a query searches: all (undefined) but for a query of several words, which searches
 * only the shards holding each of its words that any shard holds (shardsHoldingEveryWord).
 */
function shardsFor({ pf, shards }: Index, q: string | null): Promise<string[] | undefined> {
  const words = q ? queryWords(q, document.documentElement.lang) : [];
  if (shards === 1 || words.length < 2) return Promise.resolve(undefined);
  let found = shardsByQuery.get(q!);
  if (!found) {
    found = Promise.all(words.map(async (word) => (await pf.search(word, {})).filters[SHARD_FILTER] ?? {})).then((counts) =>
      shardsHoldingEveryWord(counts, shards),
    );
    shardsByQuery.set(q!, found);
    found.catch(() => shardsByQuery.delete(q!));
  }
  return found;
}

/** The filters of a search, in the shards given. */
function inShards(filters: Filters, shards: string[] | undefined): Filters {
  return shards ? { ...filters, [SHARD_FILTER]: { any: shards } } : filters;
}

/** The filters a URL chooses (a pasted search restores them). */
function filtersOf(params: URLSearchParams): Filters {
  const filters: Filters = {};
  for (const key of FILTERS) if (params.getAll(key).length) filters[key] = { any: params.getAll(key) };
  return filters;
}

/** The filters, for results of one kind. */
const ofKind = (filters: Filters, kind: Kind): Filters => ({ ...filters, kind: { any: [kind] } });

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
function resultItem(kind: Kind, result: PagefindResultData, q: string): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = result.url;
  link.className = 'result-title';
  link.append(...highlighted(result.meta['title'] ?? result.url, q));
  const kicker = document.createElement('p');
  kicker.className = 'kicker';
  kicker.textContent = [strings[`kind.${kind}`], result.meta['type'], result.meta['source'], result.meta['date']].filter(Boolean).join(' · ');
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
  // An entry's page holds only its name, description and other names: its title or summary says it already.
  if (q && !summary.querySelector('mark') && (kind === 'article' || !link.querySelector('mark'))) item.append(excerpt);
  return item;
}

/** A search's results in the order shown, read a page at a time: each result loads only its own data (one small file). */
interface Results {
  count: number;
  take(n: number): Promise<Found[]>;
}
function inOrder(found: Found[]): Results {
  let at = 0;
  return { count: found.length, take: async (n) => found.slice(at, (at += n)) };
}

let generation = 0;
let results: Results = inOrder([]);
let shown = 0;
let resultsQuery = '';

async function showNext(mine: number): Promise<void> {
  const source = results;
  const page = await source.take(PAGE_SIZE);
  const data = await Promise.all(page.map((r) => r.data()));
  if (mine !== generation || source !== results) return; // a newer search has started
  shown += page.length;
  list.append(...data.map((result, i) => resultItem(page[i]!.kind, result, resultsQuery)));
  more.hidden = shown >= results.count;
}

/** A result of one kind, whose data is loaded at most once: the grouping below reads some of it early. */
function once(result: PagefindResult, kind: Kind): Found {
  let data: Promise<PagefindResultData> | undefined;
  return { kind, data: () => (data ??= result.data()) };
}

/**
 * Articles first, as a reader looking for news expects; before them only the index entries named
 * exactly as the query (the page of "Microsoft" for "Microsoft"), after them every other entry.
 * Pagefind's ranking alone put short index pages that say a word once above long articles that
 * use it throughout.
 */
async function grouped(q: string, articles: Found[], entries: Found[]): Promise<Found[]> {
  /** A name's own page ranks among the first entries; looking further would load fragments for nothing. */
  const CANDIDATES = 3;
  const candidates = entries.slice(0, CANDIDATES);
  const own = await Promise.all(
    candidates.map(async (r) => {
      const { meta } = await r.data();
      return [meta['title'] ?? '', ...namesFromMeta(meta['names'])].some((name) => sameName(name, q));
    }),
  );
  const first = candidates.filter((_, i) => own[i]);
  return [...first, ...articles, ...entries.filter((r) => !first.includes(r))];
}

const filtersBox = form.querySelector<HTMLDetailsElement>('details.filters')!;
let filtersLoaded: Promise<unknown> | undefined;

/**
 * Each filter's counts under the current query and the other filters (checking an option adds to its
 * own group). Computed while the filters are open only: Pagefind then loads every filter's index.
 */
async function updateCounts(params: URLSearchParams): Promise<void> {
  const mine = generation;
  const q = params.get('q');
  const filters = filtersOf(params);
  if (!filtersBox.open || (!q && Object.keys(filters).length === 0)) {
    if (mine === generation) showCounts(undefined);
    return;
  }
  const index = await loadPagefind();
  if (!index) return;
  const { pf } = index;
  await (filtersLoaded ??= pf.filters());
  const shards = await shardsFor(index, q);
  const counts: FilterCounts = {};
  await Promise.all(
    FILTERS.map(async (key) => {
      const others = Object.fromEntries(Object.entries(filters).filter(([k]) => k !== key));
      counts[key] = shards?.length === 0 ? {} : ((await pf.search(q || null, { filters: inShards(ofKind(others, 'article'), shards) })).filters[key] ?? {});
    }),
  );
  if (mine === generation) showCounts(counts);
}
filtersBox.addEventListener('toggle', () => void updateCounts(new URLSearchParams(location.search)));

/** The options' counts follow the results; options no result has are hidden, unless chosen. */
function showCounts(counts: FilterCounts | undefined): void {
  for (const box of form.querySelectorAll<HTMLInputElement>('.filter-options input')) {
    const count = box.closest('label')!.querySelector<HTMLElement>('.count')!;
    const n = counts ? (counts[box.name]?.[box.value] ?? 0) : Number(count.dataset['total']);
    count.textContent = new Intl.NumberFormat(document.documentElement.lang).format(n);
    box.closest('li')!.hidden = n === 0 && !box.checked;
  }
}

/** Keyboard hints are for keyboards: not shown on a touch screen. */
const keyboard = matchMedia('(any-pointer: fine)').matches;

async function run(params: URLSearchParams): Promise<void> {
  const mine = ++generation;
  const q = params.get('q');
  const filters = filtersOf(params);
  if (!q && Object.keys(filters).length === 0) {
    list.replaceChildren();
    more.hidden = true;
    status.textContent = strings['prompt']!;
    void updateCounts(params);
    return;
  }
  status.textContent = strings['loading']!;
  // The last search's "more" would add its results to this one's.
  more.hidden = true;
  const index = await loadPagefind();
  const shards = index && (await shardsFor(index, q));
  const found =
    !index || shards?.length === 0
      ? inOrder([])
      : params.get('sort') === 'date'
        ? await newestFirst(index, q, filters, shards)
        : await byRelevance(index.pf, q, filters, shards);
  if (mine !== generation) return;
  void updateCounts(params);
  list.replaceChildren();
  results = found;
  shown = 0;
  resultsQuery = q ?? '';
  await showNext(mine);
  if (mine !== generation) return;
  status.textContent =
    found.count === 0
      ? strings['empty']!
      : keyboard
        ? strings['status']!.replace('{results}', plural(found.count)).replace('{keys}', strings['keys']!)
        : plural(found.count);
}

async function byRelevance(pf: Pagefind, q: string | null, filters: Filters, shards: string[] | undefined): Promise<Results> {
  // Index entries have no language, source, year or date: a filtered search is of articles only.
  const withEntries = q && Object.keys(filters).length === 0;
  const [articles, entries] = await Promise.all([
    pf.search(q || null, { filters: inShards(ofKind(filters, 'article'), shards) }),
    withEntries ? pf.search(q, { filters: inShards(ofKind({}, 'entity'), shards) }) : undefined,
  ]);
  // A page matched only in a field weighted 0 (an entry's type, "Infrastructure") scores 0: not a match.
  const matched = (found: PagefindSearch | undefined, kind: Kind) => (found?.results ?? []).filter((r) => !q || (r.score ?? 1) > 0).map((r) => once(r, kind));
  return inOrder(await grouped(q ?? '', matched(articles, 'article'), matched(entries, 'entity')));
}

/**
 * Articles newest first (index entries have no date). A sorted search scores a result by its place in
 * its shard, so several shards are searched one by one and merged by date as the results are read.
 */
async function newestFirst({ pf, shards }: Index, q: string | null, filters: Filters, only: string[] | undefined): Promise<Results> {
  const sort = { [DATE_SORT]: 'desc' };
  const articles = ofKind(filters, 'article');
  if (shards === 1) return inOrder((await pf.search(q || null, { filters: articles, sort })).results.map((r) => once(r, 'article')));
  const lists = await Promise.all(
    (only ?? Array.from({ length: shards }, (_, i) => String(i))).map((shard) => pf.search(q || null, { filters: inShards(articles, [shard]), sort })),
  );
  const found = lists.map((search) => search.results.map((r) => once(r, 'article')));
  return { count: found.reduce((n, list) => n + list.length, 0), take: mergedNewestFirst(found, (data: PagefindResultData) => data.meta[DATE_KEY_META] ?? '') };
}

more.addEventListener('click', () => {
  // Focus stays in the list: on the first of the new results.
  const first = list.children.length;
  void showNext(generation).then(() => list.children[first]?.querySelector<HTMLAnchorElement>('a')?.focus());
});

let typing: ReturnType<typeof setTimeout> | undefined;
/**
 * Whether the current history entry is a search still being typed. Typing updates that one entry as
 * it goes (a new one for its first keystroke, so the search before stays one Back away); Enter or a
 * filter then keeps it, or adds one when the URL was already a kept search.
 */
let typedEntry = false;

function update(typed: boolean): void {
  const params = stateFromForm();
  const url = `${location.pathname}${params.size ? `?${params}` : ''}`;
  if (typedEntry || url === `${location.pathname}${location.search}`) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  typedEntry = typed;
  void run(params);
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(typing);
  update(false);
});
form.addEventListener('change', (event) => {
  if (event.target !== input) update(false);
});
input.addEventListener('input', () => {
  clearTimeout(typing);
  typing = setTimeout(() => update(true), 200);
});
addEventListener('popstate', () => {
  typedEntry = false;
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
