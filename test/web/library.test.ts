// The Library in VS Code for the Web: the workspace's essays found and read through vscode.workspace.fs and indexed
// in the web worker extension host itself (no worker thread exists there), works merged across essays.
import * as vscode from 'vscode';
import { check, test } from './harness';

const unipolarity = `Unipolarity and Its Critics

Some argued that states pursue soft balancing through institutions (Paul, 2005). Others replied that the evidence is thin (Brooks and Wohlforth, 2005).

References

Brooks, S. G., & Wohlforth, W. C. (2005). Hard times for soft balancing. International Security, 30(1), 72–108.

Paul, T. V. (2005). Soft balancing in the age of U.S. primacy. International Security, 30(1), 46–71.
`;

interface Snapshot {
  readonly essays: readonly { readonly file: string }[];
  readonly works: readonly { readonly label: string; readonly essays: readonly { readonly file: string; readonly citations: number }[] }[];
}

test('the library reads the workspace’s essays in the web worker and merges the works they share', async () => {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  check(folder, 'no workspace folder');
  const file = vscode.Uri.joinPath(folder, 'library-web', 'unipolarity.txt');
  await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(unipolarity));
  const library = await vscode.commands.executeCommand<Snapshot>('citeread.library.reindex', false);
  const files = library.essays.map((e) => e.file.slice(e.file.lastIndexOf('/') + 1));
  check(files.includes('unipolarity.txt') && files.includes('soft-balancing.txt'), `essays read: ${files.join(', ')}`);
  const paul = library.works.find((w) => w.label === 'Paul 2005');
  check(paul, `no work Paul 2005 among ${library.works.map((w) => w.label).join(', ')}`);
  const citing = paul.essays.map((e) => e.file.slice(e.file.lastIndexOf('/') + 1)).sort();
  check(citing.includes('unipolarity.txt') && citing.includes('soft-balancing.txt'), `Paul 2005 is cited in ${citing.join(', ')}`);
  await vscode.workspace.fs.delete(vscode.Uri.joinPath(folder, 'library-web'), { recursive: true });
}, 120_000);
