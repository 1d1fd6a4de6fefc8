// Browser tests use Debian's Chromium (Playwright cannot download its own browser here).
// Where it is missing and we are root with apt-get, install it; otherwise say how.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (!existsSync(path)) {
	const root = typeof process.getuid === 'function' && process.getuid() === 0;
	let hasApt = false;
	try {
		execSync('command -v apt-get', { stdio: 'ignore' });
		hasApt = true;
	} catch {}
	if (root && hasApt) {
		console.error(`${path} not found: installing Debian's chromium with apt-get…`);
		execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
	} else {
		console.error(
			`Chromium not found at ${path}. Install it (Debian/Ubuntu: "sudo apt-get install chromium") ` +
				'or point CHROMIUM_PATH at a Chromium or Chrome binary, then run the tests again.'
		);
		process.exit(1);
	}
}
