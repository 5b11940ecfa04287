// The script every page loads: a few hundred bytes that wait for the reader.
// `/` or Ctrl/⌘+K jumps to the search box; a result's terms are highlighted on the page it opens.
const box = document.querySelector<HTMLInputElement>('#site-search');

document.addEventListener('keydown', (event) => {
  const typing = event.target instanceof HTMLElement && event.target.closest('input, textarea, select, [contenteditable]');
  const shortcut = (event.key === '/' && !typing) || (event.key.toLowerCase() === 'k' && (event.metaKey || event.ctrlKey));
  if (!shortcut || !box) return;
  event.preventDefault();
  // On the search page its own box is the one to use.
  (document.querySelector<HTMLInputElement>('#search-input:not([hidden] *)') ?? box).focus();
});

// The "press /" hint is for keyboards: a touch screen gets the plain placeholder the page ships with.
if (box && matchMedia('(any-pointer: fine)').matches && box.dataset['keyboardPlaceholder']) box.placeholder = box.dataset['keyboardPlaceholder'];

if (new URLSearchParams(location.search).has('highlight')) {
  // Loaded only when a search result was opened: the highlighter is part of the Pagefind bundle written after the build.
  // Its own <style> would break the CSP (style-src has no 'unsafe-inline'): global.css styles the marks instead.
  const url = `${document.documentElement.dataset['searchBundle']}pagefind-highlight.js`;
  void import(/* @vite-ignore */ url).then(({ default: PagefindHighlight }) => new PagefindHighlight({ highlightParam: 'highlight', addStyles: false }));
}

// A module, not a global script: its names stay its own.
export {};
