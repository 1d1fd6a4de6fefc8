import { defineConfig, devices } from '@playwright/test';

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
		baseURL: 'http://127.0.0.1:4173',
		timezoneId: 'Asia/Ho_Chi_Minh',
		launchOptions: { executablePath, args }
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: { executablePath, args } } }],
	webServer: {
		// The e2e tests run against the seed timeline built from data/articles, as a user would see it.
		command: 'npm run preprocess && npm run build && npm run preview',
		url: 'http://127.0.0.1:4173',
		reuseExistingServer: !process.env.CI,
		timeout: 180_000
	}
});
