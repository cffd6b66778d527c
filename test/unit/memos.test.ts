// dropEngineMemos: the library's workers empty the engine's memos (parsed entries, token infos) between
// essays; what is read afterwards must be what was read before, only paid for again.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { summariseEssay } from '../../src/core/library/summary';
import { dropEngineMemos } from '../../src/core/memos';
import { parseReference } from '../../src/core/references';
import { memoDropper } from '../../src/library/summariseFile';

/** Entries in the styles the engine reads, each a distinct text. */
const ENTRIES = [
  'Fenwick, J. A., & Osei, P. (2010a). Isolation at a distance: Professional isolation in virtual work. Journal of Applied Psychology, 95(6), 1100–1113. https://doi.org/10.1037/a0020531',
  'Paul, T. V. (2005). Soft balancing in the age of U.S. primacy. International Security, 30(1), 46–71.',
  'BROOKS, Stephen G.; WOHLFORTH, William C. Hard times for soft balancing. International Security, v. 30, n. 1, p. 72-108, 2005.',
  'Wang, Haiyun. 2007. The Rise of China and the Regional Order. Beijing: Peking University Press.',
  'Cohen, Raymond, et al. 2012. "Diplomacy and Its Discontents." In The Oxford Handbook of Diplomacy, edited by A. Cooper, 33–51. Oxford: Oxford University Press.',
];

const ESSAY = [
  'Soft balancing (Paul, 2005) was soon contested (Brooks e Wohlforth, 2005), and Haiyun Wang (2007: 7) reads',
  'the rise of China in its light; diplomacy has its discontents (Cohen et al, 2012).',
  '',
  'References',
  '',
  ...ENTRIES,
].join('\n');

describe('dropEngineMemos', () => {
  it('empties the memos of parsed entries and token infos, and says how much they held', () => {
    dropEngineMemos();
    const before = ENTRIES.map((e) => parseReference(e));
    // The same texts again: read from the memo, not added twice.
    for (const e of ENTRIES) parseReference(e);
    const held = dropEngineMemos();
    assert.equal(held.parsedEntries, ENTRIES.length);
    assert.ok(held.tokenInfos > 0, 'the labeller read token infos');
    assert.deepEqual(dropEngineMemos(), { parsedEntries: 0, tokenInfos: 0 }, 'nothing is left after a drop');
    assert.deepEqual(
      ENTRIES.map((e) => parseReference(e)),
      before,
      'entries parsed again after the drop read as before',
    );
  });

  it('leaves an essay analysed after the drop as it was before', () => {
    dropEngineMemos();
    const first = summariseEssay('essay.txt', analyze(ESSAY), 'h');
    assert.ok(dropEngineMemos().parsedEntries >= ENTRIES.length);
    const again = summariseEssay('essay.txt', analyze(ESSAY), 'h');
    assert.deepEqual(again, first);
    assert.equal(first.references.length, ENTRIES.length);
  });

  it("memoDropper drops them after every fiftieth essay a library's thread reads", () => {
    dropEngineMemos();
    const summarised = memoDropper();
    parseReference(ENTRIES[0]);
    for (let i = 1; i < 50; i++) summarised();
    parseReference(ENTRIES[1]);
    assert.equal(dropEngineMemos().parsedEntries, 2, 'kept through the first 49 essays');
    parseReference(ENTRIES[2]);
    summarised();
    assert.deepEqual(dropEngineMemos(), { parsedEntries: 0, tokenInfos: 0 }, 'dropped after the fiftieth');
  });
});
