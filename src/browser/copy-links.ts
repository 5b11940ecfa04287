// The one script article pages load: copy the page's link or a citation (plain text or Markdown),
// and, from a passage's ¶ control, that passage's link or citation, confirmed right beside it.
// Without it, passage links still work as plain links. Wide tables get a scroll cue.
import { citationMarkdown, citationText, type Cited } from '../lib/citation.ts';

const share = document.querySelector<HTMLElement>('.share');
const strings = JSON.parse(document.querySelector('#copy-strings')?.textContent ?? '{}') as Record<string, string>;
const lang = document.documentElement.lang;
const article: Cited = {
  title: share?.dataset['citeTitle'] ?? document.title,
  source: share?.dataset['citeSource'] || undefined,
  date: share?.dataset['citeDate'] || undefined,
  // The canonical address: never the search's ?highlight= words, nor the local host's port.
  url: share?.dataset['citeUrl'] ?? `${location.origin}${location.pathname}`,
};

async function copy(text: string, status: HTMLElement, done: string): Promise<void> {
  status.textContent = '';
  let message: string;
  try {
    await navigator.clipboard.writeText(text);
    message = done;
  } catch {
    message = strings['failed'] ?? '';
  }
  // Set after a tick, so a screen reader hears the change even when the region has just moved.
  setTimeout(() => (status.textContent = message), 50);
}

/** What a passage says, without its ¶ control: a table as its rows, cells apart. */
function passageText(passage: Element): string {
  if (passage instanceof HTMLTableElement) {
    return [...passage.rows].map((row) => [...row.cells].map((c) => c.textContent!.trim()).join(' | ')).join('\n');
  }
  const copy = passage.cloneNode(true) as Element;
  copy.querySelectorAll('.passage-anchor, .passage-tools').forEach((e) => e.remove());
  return copy.textContent!.replace(/\s+/g, ' ').trim();
}

function button(label: string, action: () => void): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = label;
  b.addEventListener('click', action);
  return b;
}

// One set of passage controls, moved to the passage whose ¶ was used.
const tools = document.createElement('span');
tools.className = 'passage-tools';
tools.setAttribute('role', 'group');
tools.setAttribute('aria-label', strings['passage'] ?? '');
const toolsStatus = document.createElement('span');
toolsStatus.className = 'copy-status';
toolsStatus.setAttribute('role', 'status');
let cited: Cited = article;
tools.append(
  button(strings['link'] ?? '', () => void copy(cited.url, toolsStatus, strings['done'] ?? '')),
  button(strings['citation'] ?? '', () => void copy(citationText(cited, lang), toolsStatus, strings['done'] ?? '')),
  Object.assign(
    button('Markdown', () => void copy(citationMarkdown(cited, lang), toolsStatus, strings['done'] ?? '')),
    { ariaLabel: strings['markdown'] ?? '' },
  ),
  toolsStatus,
);

function openTools(anchor: HTMLAnchorElement): void {
  const passage = document.getElementById(anchor.hash.slice(1));
  if (!passage) return;
  cited = { ...article, url: `${article.url}${anchor.hash}`, quote: passageText(passage) };
  // Beside the passage: inside it, or after a table's scroll box (a table cannot hold it).
  const box = passage.closest('.table-scroll');
  if (box) box.after(tools);
  else passage.append(tools);
  tools.classList.toggle('passage-tools-block', !!box);
}

document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target : null;
  const anchor = target?.closest<HTMLAnchorElement>('a.passage-anchor');
  if (anchor) {
    event.preventDefault();
    // Setting the hash scrolls to the passage and makes it the :target, which is highlighted.
    location.hash = anchor.hash;
    openTools(anchor);
    void copy(cited.url, toolsStatus, strings['done.link'] ?? strings['done'] ?? '');
    return;
  }
  const copier = target?.closest<HTMLButtonElement>('[data-copy]');
  const status = document.querySelector<HTMLElement>('[data-copy-status]');
  if (!copier || !status) return;
  const kind = copier.dataset['copy'];
  const text = kind === 'citation' ? citationText(article, lang) : kind === 'markdown' ? citationMarkdown(article, lang) : article.url;
  void copy(text, status, strings['done'] ?? '');
});

for (const b of document.querySelectorAll<HTMLButtonElement>('[data-copy]')) b.hidden = false;

// A table wider than its box says it scrolls (its shadows show which way, without JavaScript too).
const wide = new ResizeObserver((entries) => {
  for (const { target } of entries) target.classList.toggle('is-wide', target.scrollWidth > target.clientWidth + 1);
});
for (const box of document.querySelectorAll('.table-scroll')) {
  box.setAttribute('data-scroll-hint', strings['scroll'] ?? '');
  wide.observe(box);
}

// A module, not a global script: its names stay its own.
export {};
