import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    // labels are placed by the build's glyph widths in every test
    setupFiles: ['tests/support/glyph-widths.ts'],
  },
});
