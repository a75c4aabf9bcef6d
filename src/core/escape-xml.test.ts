import { expect, test } from 'vitest';
import { escapeXml } from './escape-xml';

test('escapes the five markup characters, the ampersand first so nothing is escaped twice', () => {
  expect(escapeXml(`Tom & Jerry's <"best"> &lt;`)).toBe('Tom &amp; Jerry&apos;s &lt;&quot;best&quot;&gt; &amp;lt;');
  expect(escapeXml('Årsta 1 234,5')).toBe('Årsta 1 234,5');
});
