// The wiring, through the public API: the extension activates, and the commands in the manifest, the commands it
// registers and the ids in src/commands.ts are one and the same list.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { Commands } from '../../src/commands';
import { extension } from './support';


interface Manifest {
  contributes: { commands: { command: string }[]; views?: Record<string, { id: string }[]> };
}

// The workbench registers these commands itself for every contributed view (`<view id>.focus` and so on).
const viewCommandSuffixes = ['focus', 'open', 'removeView', 'resetViewLocation', 'toggleVisibility'];

function manifest(): Manifest {
  return extension().packageJSON as Manifest;
}

function workbenchViewCommands(): Set<string> {
  const views = Object.values(manifest().contributes.views ?? {}).flat();
  return new Set(views.flatMap((view) => viewCommandSuffixes.map((suffix) => `${view.id}.${suffix}`)));
}

function sorted(ids: Iterable<string>): string[] {
  return [...new Set(ids)].sort();
}

suite('Extension', () => {
  test('activates without an error', async () => {
    await extension().activate();
    assert.equal(extension().isActive, true);
  });

  test('registers every command it declares, and declares every command it registers', async () => {
    await extension().activate();
    const declared = sorted(manifest().contributes.commands.map((c) => c.command));
    const generated = workbenchViewCommands();
    const registered = sorted((await vscode.commands.getCommands(true)).filter((id) => id.startsWith('citeread.') && !generated.has(id)));
    const unregistered = declared.filter((id) => !registered.includes(id));
    const undeclared = registered.filter((id) => !declared.includes(id));
    assert.deepEqual(
      registered,
      declared,
      `declared in package.json but not registered: ${unregistered.join(', ') || 'none'}; registered but not declared: ${undeclared.join(', ') || 'none'}`,
    );
  });

  test('src/commands.ts lists exactly the commands package.json declares', () => {
    const declared = sorted(manifest().contributes.commands.map((c) => c.command));
    assert.deepEqual(sorted(Object.values(Commands)), declared);
  });
});
