/**
 * The rules are the engine's only authority, and every rule has a product caller (issue 8):
 * an exported function of src/rules that only tests reach is either wired into the product
 * or deleted. This reads the sources: a name counts as used when product code outside its
 * own module and the barrels names it (or its own module uses it besides exporting it).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

test('every exported function of src/rules has a caller in product code', () => {
  const rules = files(join(root, 'src/rules')).filter((f) => !f.endsWith('/index.ts'));
  const product = [...files(join(root, 'src')), ...files(join(root, 'web/src'))].filter((f) => !f.endsWith('/index.ts'));
  const text = new Map(product.map((f) => [f, readFileSync(f, 'utf8')]));
  const unused: string[] = [];
  for (const file of rules) {
    const source = text.get(file)!;
    const names = [
      ...source.matchAll(/^export (?:async )?function (\w+)/gm),
      ...source.matchAll(/^export const (\w+)\s*=\s*(?:<[^>]*>)?\s*\(/gm),
    ].map((m) => m[1]!);
    for (const name of names) {
      const inOwnModule = (source.match(new RegExp(`\\b${name}\\b`, 'g')) ?? []).length > 1;
      const word = new RegExp(`\\b${name}\\b`);
      const elsewhere = product.some((f) => f !== file && word.test(text.get(f)!));
      if (!inOwnModule && !elsewhere) unused.push(`${relative(root, file)}: ${name}`);
    }
  }
  assert.deepEqual(unused, [], 'rules reached only from tests: give them a product caller or delete them');
});
