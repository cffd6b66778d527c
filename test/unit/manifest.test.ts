import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Commands, essayLanguageId, essayScheme, sourcesViewId } from '../../src/commands';
import { outputStyleIds } from '../../src/core/format/styles';

interface Manifest {
  activationEvents: string[];
  contributes: {
    commands: { command: string; category?: string }[];
    languages: { id: string }[];
    views: Record<string, { id: string }[]>;
    configuration: { properties: Record<string, { enum?: string[]; enumItemLabels?: string[]; scope?: string; markdownDescription?: string }> };
    menus: Record<string, { command: string; when?: string }[]>;
  };
}

const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as Manifest;

describe('package.json agrees with the code', () => {
  it('declares exactly the commands of src/commands.ts, each with the Citeread category', () => {
    assert.deepEqual(manifest.contributes.commands.map((c) => c.command).sort(), Object.values(Commands).sort());
    for (const c of manifest.contributes.commands) assert.equal(c.category, 'Citeread', c.command);
  });
  it('offers in citeread.citationStyle exactly the styles the formatter knows', () => {
    assert.deepEqual(manifest.contributes.configuration.properties['citeread.citationStyle'].enum, [...outputStyleIds]);
  });
  it('shows each style and locale by its name, not its id, one label per value', () => {
    const { properties } = manifest.contributes.configuration;
    for (const key of ['citeread.citationStyle', 'citeread.locale']) {
      assert.equal(properties[key].enumItemLabels?.length, properties[key].enum?.length, key);
    }
    assert.equal(properties['citeread.citationStyle'].enumItemLabels?.[7], 'CSL-JSON');
  });
  it('offers the choice of an ambiguous citation’s reference in the essay editor’s context menu', () => {
    assert.ok(manifest.contributes.menus['editor/context'].some((m) => m.command === Commands.chooseReference && m.when === `editorLangId == ${essayLanguageId}`));
  });
  it('gives every setting a scope and a description', () => {
    for (const [key, setting] of Object.entries(manifest.contributes.configuration.properties)) {
      assert.ok(setting.scope, `${key} has a scope`);
      assert.ok(setting.markdownDescription, `${key} has a description`);
    }
  });
  it('declares the essay language, the sources view and activation on the essay scheme', () => {
    assert.ok(manifest.contributes.languages.some((l) => l.id === essayLanguageId));
    assert.ok(Object.values(manifest.contributes.views).flat().some((v) => v.id === sourcesViewId));
    assert.ok(manifest.activationEvents.includes(`onFileSystem:${essayScheme}`));
  });
});
