import { defineConfig, devices } from '@playwright/test';
import { resolve } from 'node:path';

// The suite runs on the hand-made fixture unless TIMELINE says otherwise, so it tests the dashboard
// rather than the extraction's current quality; the tests read the same file to know what to expect.
// `TIMELINE=data/timeline.json npx playwright test` runs it on the seed articles as a user would see them.
process.env.TIMELINE ||= 'tests/fixtures/timeline/sample.json';
const onSeed = resolve(process.env.TIMELINE) === resolve('data/timeline.json');
// Its own port, so a dashboard left running on the usual 4173 (npm start) cannot be mistaken for the build under test.
const port = Number(process.env.E2E_PORT || 4391);
const serve = `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`;

// Debian's Chromium: Playwright's own browser download cannot reach the network here.
const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const args = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

export default defineConfig({
	testDir: 'tests/e2e',
	timeout: 30_000,
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
	reporter: process.env.CI ? [['list']] : [['list']],
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		timezoneId: 'Asia/Ho_Chi_Minh',
		locale: 'en-US',
		launchOptions: { executablePath, args }
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], locale: 'en-US', launchOptions: { executablePath, args } } }],
	webServer: {
		// TIMELINE is in the environment the server inherits: the site is built from the file the tests read.
		command: onSeed ? `npm run preprocess && npm run build && ${serve}` : `npm run build && ${serve}`,
		url: `http://127.0.0.1:${port}`,
		reuseExistingServer: !process.env.CI,
		timeout: 180_000
	}
});
