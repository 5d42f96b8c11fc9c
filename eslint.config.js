// Lint: TypeScript's recommended rules, plus the one rule that keeps page text
// from ever becoming markup in our own code.
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NO_HTML_STRINGS = 'Page text is untrusted: render it as text (textContent, Preact children), never as HTML.';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test-results/**', 'tests/artifacts/**'] },
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: 'MemberExpression[property.name=/^(innerHTML|outerHTML|insertAdjacentHTML)$/]', message: NO_HTML_STRINGS },
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: NO_HTML_STRINGS },
        { selector: "CallExpression[callee.name='eval'], NewExpression[callee.name='Function']", message: 'No code from strings.' },
      ],
    },
  },
  {
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', 'no-empty-pattern': 'off' },
  },
);
