import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Tauri serves the files itself; relative paths also let tests serve dist/ from anywhere.
  base: './',
  clearScreen: false,
  server: { port: 1420, strictPort: true, fs: { allow: ['..'] } },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    rollupOptions: {
      output: {
        // Translations in a chunk of their own, so the code's size can be measured without them.
        manualChunks: (id) => (id.includes('/locales/') ? 'locales' : undefined),
      },
    },
  },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
