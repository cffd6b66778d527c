/** README.md as the extension's page shows it: no build-and-test sections, no pictures (see packageReadme.mjs). */
export function packageReadme(markdown: string): string;
