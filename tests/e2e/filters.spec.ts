import { expect, test } from '@playwright/test';
import { foldKey } from '../../src/lib/pipeline/normalize';
import { m } from '../../src/lib/i18n';
import { dated, delegationsWith, ids, inCity, markIds, open, panelIds, timeline, withPerson } from './helpers';

test('without filters: one panel per delegation and one mark per dated event', async ({ page }) => {
	await open(page);
	expect(await panelIds(page)).toEqual(timeline.delegations.map((d) => d.id).sort());
	expect(await markIds(page)).toEqual(ids(dated(timeline.events)));
	// Panels draw their own small timelines with another attribute, so counting marks stays unambiguous.
	const mini = await page.locator('[data-mini-event-id]').count();
	if (timeline.delegations.length) expect(mini).toBeGreaterThan(0);
});

for (const city of timeline.cities) {
	test(`?city=${city.id} keeps only the events and delegations of that city`, async ({ page }) => {
		await open(page, `/?city=${city.id}`);
		const events = inCity(city.id);
		expect(await markIds(page)).toEqual(ids(dated(events)));
		expect(await panelIds(page)).toEqual(delegationsWith(events));
		for (const id of await page.locator('[data-delegation-id] [data-mini-event-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-mini-event-id')!)))
			expect(events.map((e) => e.id)).toContain(id);
		await expect(page.locator('tbody tr')).toHaveCount(events.length);
	});
}

const leaders = [...new Set(timeline.delegations.map((d) => d.leader).filter((x): x is string => !!x))];
for (const leader of leaders) {
	test(`?leader=${leader} keeps only the events that person took part in`, async ({ page }) => {
		await open(page, `/?leader=${leader}`);
		expect(await markIds(page)).toEqual(ids(dated(withPerson(leader))));
		expect(await panelIds(page)).toEqual(delegationsWith(withPerson(leader)));
	});
}

test('several values of a filter add up; different filters narrow', async ({ page }) => {
	test.skip(timeline.cities.length < 2, 'needs two cities');
	const [a, b] = timeline.cities.map((c) => c.id);
	await open(page, `/?city=${a}&city=${b}`);
	const either = timeline.events.filter((e) => inCity(a).includes(e) || inCity(b).includes(e));
	expect(await markIds(page)).toEqual(ids(dated(either)));
	const type = either[0]?.type;
	test.skip(!type, 'no event in those cities');
	await open(page, `/?city=${a}&city=${b}&type=${type}`);
	expect(await markIds(page)).toEqual(ids(dated(either.filter((e) => e.type === type))));
});

test('back and forward restore the filters; reload keeps them', async ({ page }) => {
	const city = timeline.cities.find((c) => inCity(c.id).length && inCity(c.id).length < timeline.events.length);
	test.skip(!city, 'needs a city that narrows the events');
	await open(page);
	const all = await markIds(page);
	// Choose the city by searching for it without diacritics, as a user typing on any keyboard would.
	await page.getByLabel(/find a city or person/i).fill(foldKey(city!.name.vi));
	await page.locator(`[data-search-hit="${city!.id}"]`).click();
	await expect(page).toHaveURL(new RegExp(`city=${city!.id}`));
	await expect.poll(() => markIds(page)).toEqual(ids(dated(inCity(city!.id))));
	await page.goBack();
	await expect(page).not.toHaveURL(/city=/);
	await expect.poll(() => markIds(page)).toEqual(all);
	await page.goForward();
	await expect.poll(() => markIds(page)).toEqual(ids(dated(inCity(city!.id))));
	await page.reload();
	await expect(page.locator('[data-ready="true"]')).toHaveCount(1);
	expect(await markIds(page)).toEqual(ids(dated(inCity(city!.id))));
	// Removing the chip is one more step in the history.
	await page.locator(`[data-chip="city-${city!.id}"]`).click();
	await expect.poll(() => markIds(page)).toEqual(all);
	await page.goBack();
	await expect.poll(() => markIds(page)).toEqual(ids(dated(inCity(city!.id))));
});

test('search finds people and cities by any alias, diacritics and case ignored', async ({ page }) => {
	await open(page);
	const input = page.getByLabel(/find a city or person/i);
	for (const p of timeline.people.slice(0, 4)) {
		await input.fill(foldKey(p.name).toUpperCase());
		await expect(page.locator(`[data-search-hit="${p.id}"]`)).toBeVisible();
	}
	for (const c of timeline.cities) {
		for (const alias of [...c.aliases, c.name.en]) {
			await input.fill(alias);
			await expect(page.locator(`[data-search-hit="${c.id}"]`)).toBeVisible();
		}
	}
});

test('unknown values are ignored and said so; the rest still applies', async ({ page }) => {
	const city = timeline.cities[0];
	await open(page, `/?city=no-such-city${city ? `&city=${city.id}` : ''}&lang=xx&type=party&from=2024-13-01`);
	const notice = page.locator('[data-notice="ignored"]');
	await expect(notice).toBeVisible();
	for (const s of ['city=no-such-city', 'lang=xx', 'type=party', 'from=2024-13-01']) await expect(notice).toContainText(s);
	expect(await markIds(page)).toEqual(ids(dated(city ? inCity(city.id) : timeline.events)));
	await notice.getByRole('button').click();
	await expect(notice).toHaveCount(0);
	await expect(page).not.toHaveURL(/no-such-city/);
});

test('context and planned events can be hidden, and the address says so', async ({ page }) => {
	await open(page);
	await page.getByLabel(/planned events/i).uncheck();
	await expect(page).toHaveURL(/planned=hide/);
	await expect.poll(() => markIds(page)).toEqual(ids(dated(timeline.events.filter((e) => e.status !== 'planned'))));
	await page.getByLabel(/context events/i).uncheck();
	await expect.poll(() => markIds(page)).toEqual(ids(dated(timeline.events.filter((e) => e.status !== 'planned' && e.role !== 'context'))));
});

test('a date range keeps the events that overlap it', async ({ page }) => {
	const days = dated(timeline.events).map((e) => e.start!).sort();
	test.skip(days.length < 2, 'needs dated events');
	const from = days.at(-1)!;
	await open(page, `/?from=${from}`);
	expect(await markIds(page)).toEqual(ids(dated(timeline.events).filter((e) => e.end! >= from)));
});

test('the overview brush sets the date range', async ({ page }) => {
	test.skip(dated(timeline.events).length < 2, 'needs dated events');
	await open(page);
	const strip = page.locator('svg.overview');
	await strip.scrollIntoViewIfNeeded();
	const box = (await strip.boundingBox())!;
	// Brush the right half of the strip.
	await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.4);
	await page.mouse.down();
	await page.mouse.move(box.x + box.width * 0.8, box.y + box.height * 0.4, { steps: 5 });
	await page.mouse.move(box.x + box.width - 4, box.y + box.height * 0.4, { steps: 5 });
	await page.mouse.up();
	await expect(page).toHaveURL(/from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/);
	const url = new URL(page.url());
	const [from, to] = [url.searchParams.get('from')!, url.searchParams.get('to')!];
	await expect.poll(() => markIds(page)).toEqual(ids(dated(timeline.events).filter((e) => e.end! >= from && e.start! <= to)));
});

test('an empty result says so and offers to clear the filters', async ({ page }) => {
	const used = new Set(timeline.events.map((e) => e.type));
	const unused = (['talks', 'courtesy_call', 'reception', 'working_session', 'conference', 'signing', 'visit', 'field_trip', 'ceremony', 'meeting', 'invitation'] as const).find((t) => !used.has(t));
	test.skip(!unused, 'every type is used');
	await open(page, `/?type=${unused}`);
	await expect(page.locator('[data-event-id]')).toHaveCount(0);
	const empty = page.locator('[data-notice="empty"]');
	await expect(empty).toBeVisible();
	await empty.getByRole('link').click();
	await expect.poll(() => markIds(page)).toEqual(ids(dated(timeline.events)));
});

test('"only this trip" keeps one delegation', async ({ page }) => {
	const d = timeline.delegations.at(-1);
	test.skip(!d, 'needs a delegation');
	await open(page);
	await page.locator(`[data-delegation-id="${d!.id}"]`).getByRole('link').click();
	await expect(page).toHaveURL(new RegExp(`delegation=${d!.id}`));
	await expect.poll(() => panelIds(page)).toEqual([d!.id]);
	const own = timeline.events.filter((e) => e.delegation === d!.id);
	expect(await markIds(page)).toEqual(ids(dated(own)));
});

test('the types list filters by event type and closes on a click elsewhere', async ({ page }) => {
	const type = dated(timeline.events)[0]?.type;
	test.skip(!type, 'needs a dated event');
	await open(page);
	const box = page.locator('details.types');
	await box.locator('summary').click();
	const label = box.locator('label', { has: page.locator('input[type="checkbox"]') }).filter({ hasText: new RegExp(`^\\s*${m('en').types_[type]}\\s*$`) });
	await label.locator('input').check();
	await expect(page).toHaveURL(new RegExp(`type=${type}`));
	await expect.poll(() => markIds(page)).toEqual(ids(dated(timeline.events.filter((e) => e.type === type))));
	await page.locator('h1').click();
	await expect(box).not.toHaveAttribute('open');
});
