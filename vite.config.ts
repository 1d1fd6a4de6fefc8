import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	server: { fs: { allow: ['data'] } },
	test: {
		// Unit tests live beside nothing but their fixtures; e2e tests are Playwright's.
		include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'],
		environment: 'node',
		// Chart and date maths must not depend on the machine's zone.
		env: { TZ: 'Asia/Ho_Chi_Minh' }
	}
});
