// The one script article pages load: copy a passage's link, the page's link or
// a Markdown citation. Without it, passage links still work as plain links.
const status = document.querySelector<HTMLElement>('[data-copy-status]');

async function copy(text: string): Promise<void> {
  if (!status) return;
  try {
    await navigator.clipboard.writeText(text);
    status.textContent = status.dataset['done'] ?? '';
  } catch {
    status.textContent = status.dataset['failed'] ?? '';
  }
}

document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target : null;
  const anchor = target?.closest<HTMLAnchorElement>('a.passage-anchor');
  if (anchor) {
    event.preventDefault();
    // Setting the hash scrolls to the passage and makes it the :target, which is highlighted.
    location.hash = anchor.hash;
    void copy(location.href);
    return;
  }
  const button = target?.closest<HTMLButtonElement>('[data-copy]');
  if (button) void copy(button.dataset['copy'] ?? '');
});

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy]')) button.hidden = false;

// A module, not a global script: its names stay its own.
export {};
