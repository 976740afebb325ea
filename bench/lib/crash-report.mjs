// What a crash test leaves behind: its result as JSON and as a Markdown table, under the day's name.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function writeReport(resultsDir, name, result, title, introduction, rows) {
  const day = result.date.slice(0, 10);
  writeFileSync(join(resultsDir, `${day}-${name}.json`), JSON.stringify(result, null, 2) + '\n');
  writeFileSync(join(resultsDir, `${day}-${name}.md`), [
    `# ${title}, ${day} (${result.scale} scale, ${result.machine})`,
    '',
    introduction,
    '',
    '| Measure | Value |',
    '| --- | --- |',
    ...rows.map(([measure, value]) => `| ${measure} | ${value} |`),
    '',
  ].join('\n'));
}

/** Runs a test's main, and exits 1 with its message when it fails. */
export function run(name, main) {
  main().catch((error) => {
    console.error(`[${name}] FAILED: ${error.message}`);
    process.exit(1);
  });
}
