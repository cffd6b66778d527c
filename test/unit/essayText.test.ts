import * as assert from 'node:assert/strict';
import { essayText } from '../../src/essay/essayText';

describe('essayText', () => {
  const cases: { name: string; input: string; output: string }[] = [
    { name: 'only \\n: unchanged', input: 'a\nb\n', output: 'a\nb\n' },
    { name: 'only \\r\\n: unchanged', input: 'a\r\nb\r\n', output: 'a\r\nb\r\n' },
    { name: 'mixed \\r\\n and \\n: all \\n', input: 'a\r\nb\nc', output: 'a\nb\nc' },
    { name: 'a lone \\r: all \\n', input: 'a\rb\r\nc', output: 'a\nb\nc' },
    { name: 'a leading BOM goes', input: '\ufeffa\nb', output: 'a\nb' },
  ];
  for (const c of cases) it(c.name, () => assert.equal(essayText(c.input), c.output));
});
