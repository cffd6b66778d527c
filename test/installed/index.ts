// The installed tier's entry: the same runner as the integration suite (one JSON event per line to the file in
// CITEREAD_TEST_RESULT), loading the *.test.js files next to this bundle. It rides in a carrier extension; Citeread
// itself is the one installed from the .vsix (scripts/run-vscode-tests.mjs installed).
export { run } from '../integration/index';
