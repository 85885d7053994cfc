// JavaScript lint: `make lint` (part of `make test`) and the pull-request workflow run
// `eslint` with this flat config. The service worker is a Jinja template: the test
// tests/test_js_lint.py renders it and lints the output through stdin as "sw.js".
import js from "@eslint/js";
import globals from "globals";

// Beyond eslint's recommended set: the mistakes that would break a script on an old
// phone's browser or hide a bug, not matters of taste.
// (`var` stays allowed: handbook.js and lunr.vi are written in ES5 style on purpose.)
const rules = {
  eqeqeq: ["error", "always", { null: "ignore" }],
  "no-implicit-globals": "error",
  "no-shadow": "error",
  "no-unused-vars": ["error", { args: "after-used", caughtErrors: "none" }],
};

export default [
  {
    // Only our own files: the built site, dependencies and vendored copies are not ours.
    ignores: ["node_modules/**", "site/**", ".site-tmp/**", "dist/**", ".venv/**"],
  },
  js.configs.recommended,
  {
    // Page scripts, each an IIFE in strict mode, loaded by <script> tags.
    files: ["docs/assets/**/*.js"],
    languageOptions: { ecmaVersion: 2020, sourceType: "script", globals: { ...globals.browser } },
    rules,
  },
  {
    // The Vietnamese lunr language (hand-written despite the ".min" name Material's
    // loader asks for): runs in Material's search worker or, over file://, in the page.
    files: ["overrides/**/lunr.vi.min.js"],
    languageOptions: {
      ecmaVersion: 2020,
      sourceType: "script",
      // Its UMD wrapper (as in the lunr-languages files) looks for AMD and CommonJS.
      globals: { ...globals.browser, ...globals.worker, ...globals.commonjs, define: "readonly", lunr: "readonly" },
    },
    rules,
  },
  {
    // The service worker, rendered from hooks/nqhandbook/templates/pwa/sw.js.j2.
    files: ["**/sw.js"],
    languageOptions: { ecmaVersion: 2020, sourceType: "script", globals: { ...globals.serviceworker } },
    // A worker's global scope is its own, shared with no page script.
    rules: { ...rules, "no-implicit-globals": "off" },
  },
  {
    // The font check evaluated in a page by the tests (one function expression).
    files: ["scripts/quality/*.js"],
    languageOptions: { ecmaVersion: 2020, sourceType: "script", globals: { ...globals.browser } },
    rules,
  },
  {
    // The Firefox runner (Puppeteer, node); the callbacks it passes run in the page.
    files: ["scripts/quality/*.mjs"],
    languageOptions: { ecmaVersion: 2022, sourceType: "module", globals: { ...globals.node, ...globals.browser } },
    rules,
  },
  {
    // Test helper run by node.
    files: ["**/*.cjs"],
    languageOptions: { ecmaVersion: 2022, sourceType: "commonjs", globals: { ...globals.node } },
    rules,
  },
];
