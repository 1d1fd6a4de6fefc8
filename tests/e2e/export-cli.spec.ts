/** `npm run chart` against the dashboard: the same filters give the same chart as the page's. */
import { expect, test, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dated, ids, open, withPerson } from './helpers';
import { markIdsIn, narrowLeader as leader, svgBox } from './fixtures/views';

const TIMELINE = process.env.TIMELINE || 'data/timeline.json';

function cli(...args: string[]) {
	const out = test.info().outputPath(`cli-${args.join('_').replace(/[^a-z0-9_.-]+/gi, '-').slice(0, 60)}`);
	const file = args.includes('--format') && args[args.indexOf('--format') + 1] === 'png' ? `${out}.png` : `${out}.svg`;
	const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/chart.ts', ...args, '--timeline', TIMELINE, '--out', file], {
		encoding: 'utf8',
		env: { ...process.env, TZ: 'Asia/Ho_Chi_Minh' }
	});
	expect(r.status, r.stderr).toBe(0);
	return readFileSync(file);
}

async function download(page: Page, kind: 'svg' | 'png') {
	const [d] = await Promise.all([page.waitForEvent('download'), page.getByTestId(`download-${kind}`).click()]);
	return readFileSync((await d.path())!);
}

test.describe('the CLI draws the chart the page draws', () => {
	test.skip(!leader, 'needs a person in some but not all events');
	test.setTimeout(90_000);

	test('SVG: same marks and size as the page\'s download and, at the page\'s width, as the chart on screen', async ({ page }) => {
		await open(page, `/?leader=${leader}&lang=vi`);
		const fromPage = (await download(page, 'svg')).toString('utf8');
		const fromCli = cli('--leader', leader!, '--lang', 'vi').toString('utf8');
		expect(markIdsIn(fromCli)).toEqual(ids(dated(withPerson(leader!))));
		expect(markIdsIn(fromCli)).toEqual(markIdsIn(fromPage));
		expect(svgBox(fromCli)).toEqual(svgBox(fromPage));
		// The visible labels are the same too (lanes, axis, legend, marks).
		const texts = (svg: string) => [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).sort();
		expect(texts(fromCli)).toEqual(texts(fromPage));

		const screen = await page.locator('svg.timeline-chart').evaluate((el) => el.outerHTML);
		const width = svgBox(screen).width;
		const atWidth = cli('--leader', leader!, '--lang', 'vi', '--width', width).toString('utf8');
		expect(svgBox(atWidth)).toEqual(svgBox(screen));
		expect(markIdsIn(atWidth)).toEqual(markIdsIn(screen));
	});

	test('PNG: same size as the page\'s PNG and the same picture', async ({ page }) => {
		await open(page, `/?leader=${leader}`);
		const fromPage = await download(page, 'png');
		const fromCli = cli('--leader', leader!, '--format', 'png');
		const size = (b: Buffer) => [b.readUInt32BE(16), b.readUInt32BE(20)];
		expect(size(fromCli)).toEqual(size(fromPage));
		// Compared pixel by pixel in the browser: text drawn in a fallback font, or not at all, shows up here.
		const differing = await page.evaluate(
			async ([a, b]) => {
				const load = async (b64: string) => {
					const bmp = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
					const c = new OffscreenCanvas(bmp.width, bmp.height);
					const ctx = c.getContext('2d')!;
					ctx.drawImage(bmp, 0, 0);
					return ctx.getImageData(0, 0, bmp.width, bmp.height).data;
				};
				const [x, y] = await Promise.all([load(a), load(b)]);
				let diff = 0, ink = 0;
				for (let i = 0; i < x.length; i += 4) {
					const d = Math.abs(x[i] - y[i]) + Math.abs(x[i + 1] - y[i + 1]) + Math.abs(x[i + 2] - y[i + 2]);
					if (x[i] + x[i + 1] + x[i + 2] < 600 || y[i] + y[i + 1] + y[i + 2] < 600) ink++;
					if (d > 96) diff++;
				}
				return diff / Math.max(1, ink);
			},
			[fromPage.toString('base64'), fromCli.toString('base64')]
		);
		expect(differing).toBeLessThan(0.05);
	});
});
