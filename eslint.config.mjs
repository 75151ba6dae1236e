// Lint enforces the architecture: which layer may import what, and that no
// user-visible text in the renderer bypasses i18next.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const electron = { name: 'electron', message: 'Only src/main and src/preload may import electron.' };
const builtins = (layer) => nodeBuiltins.map((name) => ({ name, message: `${layer} must not use Node built-ins.` }));
const noLayers = (...layers) => layers.map((l) => ({ group: [`**/${l}/**`, `**/${l}`], message: `Must not import from src/${l}.` }));

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', '.tools/**', '.tmp/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-console': 'off',
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', { paths: [electron, ...builtins('src/shared'), { name: 'react', message: 'src/shared is UI-free.' }], patterns: noLayers('core', 'main', 'preload', 'renderer', 'cli', 'host') }],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'process', 'Buffer', '__dirname'],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [electron, { name: 'react', message: 'src/core is UI-free.' }], patterns: noLayers('main', 'preload', 'renderer', 'cli', 'host') }],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage'],
    },
  },
  {
    files: ['src/cli/**/*.ts', 'src/host/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [electron], patterns: noLayers('main', 'preload', 'renderer') }],
    },
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: noLayers('core', 'main', 'renderer', 'cli', 'host') }],
    },
  },
  {
    files: ['src/main/**/*.ts'],
    rules: {
      // The app prints PDF with its own Chromium (webContents.printToPDF), never a second browser.
      'no-restricted-imports': ['error', {
        paths: [{ name: 'playwright-core', message: 'The app prints with webContents.printToPDF (src/main/pdf-printer.ts).' }],
        patterns: [...noLayers('renderer', 'preload', 'cli', 'host'), { group: ['**/core/reports/chromium-printer'], message: 'The app prints with webContents.printToPDF (src/main/pdf-printer.ts).' }],
      }],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { paths: [electron, ...builtins('The renderer')], patterns: noLayers('core', 'main', 'preload', 'cli', 'host') }],
      'no-restricted-globals': ['error', 'process', 'Buffer', '__dirname', 'require'],
      // Every user-visible string goes through i18next.
      'no-restricted-syntax': [
        'error',
        { selector: 'JSXText[value=/\\p{L}/u]', message: 'User-visible text must go through t().' },
        { selector: 'JSXAttribute[name.name=/^(aria-label|aria-description|title|placeholder|alt|label)$/] > Literal', message: 'User-visible attributes must go through t().' },
        { selector: 'JSXExpressionContainer > Literal[value=/\\p{L}{2}/u]', message: 'User-visible text must go through t().' },
      ],
    },
  },
);
