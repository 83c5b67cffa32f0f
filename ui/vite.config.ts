import { readFileSync } from 'node:fs';
import { FluentBundle, FluentResource } from '@fluent/bundle';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * `import x from '…/locales/<lang>/app.ftl?autonym'`: the language's own name (its
 * `language-autonym` message) as a string, so the language list needs none of the translations.
 */
function autonyms(): Plugin {
  return {
    name: 'veikart-autonym',
    enforce: 'pre',
    load(id) {
      const [file, query] = id.split('?');
      if (query !== 'autonym' || !file?.endsWith('.ftl')) return null;
      this.addWatchFile(file);
      const bundle = new FluentBundle('und', { useIsolating: false });
      bundle.addResource(new FluentResource(readFileSync(file, 'utf8')));
      const msg = bundle.getMessage('language-autonym');
      if (!msg?.value) this.error(`${file} has no language-autonym`);
      return `export default ${JSON.stringify(bundle.formatPattern(msg.value, null, []))};`;
    },
  };
}

export default defineConfig({
  // Tauri serves the files itself; relative paths also let tests serve dist/ from anywhere.
  base: './',
  clearScreen: false,
  plugins: [autonyms()],
  server: { port: 1420, strictPort: true, fs: { allow: ['..'] } },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    // The polyfill would fetch() module chunks, which the app's CSP (connect-src: the IPC only)
    // refuses; every webview the app runs in knows <link rel=modulepreload> or does without it.
    modulePreload: { polyfill: false },
    rollupOptions: {
      output: {
        // Each language's translations in a chunk of its own (locales-<lang>), loaded on demand,
        // so the code's size can be measured without them and a device loads only its language.
        manualChunks: (id) => {
          const m = /\/locales\/([a-z]+)\/app\.ftl\?raw$/.exec(id);
          return m ? `locales-${m[1]}` : undefined;
        },
      },
    },
  },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    setupFiles: ['tests/unit/setup.ts'],
    environment: 'node',
  },
});
