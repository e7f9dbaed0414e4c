// `npm run test:e2e:slow`: reader-path.test.ts on the slow, busy device (its groups that run there). The
// switch is set here (`env`, as the tests see process.env) rather than in the npm script, so the
// command runs in any shell, Windows' too.
import { defineConfig } from 'vitest/config';
import e2e from './vitest.e2e.config.ts';

export default defineConfig({
  ...e2e,
  test: { ...e2e.test, include: ['test/e2e/reader-path.test.ts'], env: { BAOGAO_SLOW_DEVICE: '1' } },
});
