// Prints issue 16's table of bad inputs as Markdown: input, expected, observed.
// `npm run bad-inputs` (the same cases src/loaders/bad-inputs.test.ts checks in `npm test`).
import { BAD_INPUTS, observe } from '../src/loaders/bad-inputs.ts';

const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');
const rows: string[] = [];
let passed = 0;
for (const input of BAD_INPUTS) {
  const { accepted, observed, unchanged } = await observe(input);
  const ok = unchanged && !observed.startsWith('CRASH') && (input.expected === 'accepted' ? accepted : !accepted && input.expected.test(observed));
  if (ok) passed++;
  const expected = input.expected === 'accepted' ? 'accepted' : `error matching \`${input.expected.source}\``;
  rows.push(
    `| ${rows.length + 1} | ${cell(input.input)} | ${cell(expected)} | ${cell(observed)}${unchanged ? '' : ' (CONTENT CHANGED)'} | ${ok ? 'ok' : 'FAIL'} |`,
  );
}
console.log(
  `| # | input | expected | observed | |\n|---:|---|---|---|---|\n${rows.join('\n')}\n\n${passed} of ${BAD_INPUTS.length} as expected; no content file changed${passed === BAD_INPUTS.length ? '' : ' (see FAIL rows)'}.`,
);
process.exit(passed === BAD_INPUTS.length ? 0 : 1);
