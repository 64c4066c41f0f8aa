import { createRequire } from 'node:module';
import { isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Extractor } from './contract.js';
import { defineExtractor } from './contract.js';

/**
 * Loads a third-party extractor from an explicit local file ("./my-extractor.js") or an npm package name
 * ("vnpr-extractor-budget"), resolved from `fromDir`. The module must export `defineExtractor(...)` as its
 * default export or as `extractor`. A plugin is code that runs with your permissions: load only what you
 * trust. Nothing is ever loaded by scanning folders.
 *
 * @example
 * const budget = await loadPlugin('./plugins/budget.js', process.cwd());
 * extract(text, { plugins: [budget] });
 */
export async function loadPlugin(specifier: string, fromDir: string = process.cwd()): Promise<Extractor> {
  if (typeof specifier !== 'string' || specifier.trim() === '') {
    throw new TypeError(
      `loadPlugin: the plugin must be a path or a package name ("./my-extractor.js", "vnpr-extractor-budget"); got ${JSON.stringify(specifier) ?? String(specifier)}`,
    );
  }
  if (typeof fromDir !== 'string') throw new TypeError('loadPlugin: fromDir must be a folder path');
  const local = specifier.startsWith('.') || isAbsolute(specifier) || /\.[cm]?js$/.test(specifier);
  let url: string;
  try {
    url = local
      ? pathToFileURL(resolve(fromDir, specifier)).href
      : pathToFileURL(createRequire(resolve(fromDir, 'noop.js')).resolve(specifier)).href;
  } catch {
    throw new Error(
      `plugin "${specifier}": not found from ${fromDir} (give a path to a .js file or an installed package name)`,
    );
  }
  let mod: Record<string, unknown>;
  try {
    mod = (await import(url)) as Record<string, unknown>;
  } catch (err) {
    throw new Error(`plugin "${specifier}": could not be loaded: ${(err as Error).message}`);
  }
  const candidate = (mod.default ?? mod.extractor) as Extractor | undefined;
  if (!candidate)
    throw new Error(`plugin "${specifier}": exports no extractor (export default defineExtractor({...}))`);
  try {
    return defineExtractor(candidate);
  } catch (err) {
    throw new Error(`plugin "${specifier}": ${(err as Error).message}`);
  }
}
