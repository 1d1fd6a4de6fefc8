/**
 * English plans and their look-alikes: the terms of a contract told after it ("witnessed the signing of a contract under which X
 * will buy …") are the document's future, not the sentence's, so "On Friday" in a Monday report is the Friday just past; and
 * one who "agreed to lead a delegation of … businesses to the … Trade Fair in November" announces that trip, as "nhận lời dẫn
 * Đoàn" does.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';
import { isPlanned } from '../../../src/lib/pipeline/events';

const page = (...paragraphs: string[]) => paragraphs.join('\n\n');
const t = buildTimeline([
	{
		file: 'a.txt',
		text: page(
			'Houaphanh governor seeks Son La investors',
			'Monday, June 15, 2026 9:00 AM',
			'Vilayvanh Sengsouly, Governor of Houaphanh province, led a delegation of officials and businesses to Son La province last week.',
			'On Thursday, the governor met Son La Vice Chairman Cam Van Duong in Son La city.',
			'On Friday, Vilayvanh and Cam Van Duong witnessed the signing of a contract under which Moc Chau Milk JSC will buy 2,000 tonnes of corn a year from a Houaphanh cooperative.',
			'Duong also agreed to lead a delegation of Son La businesses to the Houaphanh Trade Fair in November.'
		)
	}
]);
const quoted = (q: string) => t.events.find((e) => e.sources.some((s) => s.quote.startsWith(q)));
const nameOf = (id: string | null) => t.people.find((p) => p.id === id)?.name;

describe("'under which … will', and 'agreed to lead a delegation'", () => {
	it('the future of the terms makes no plan of the signing', () => {
		expect(isPlanned('On Friday, they witnessed the signing of a contract under which the company will buy 2,000 tonnes.')).toBe(false);
		expect(isPlanned('Hai bên ký hợp đồng, theo đó công ty sẽ mua 2.000 tấn ngô mỗi năm.')).toBe(false);
		expect(isPlanned('The two sides will sign a contract under which the company buys corn.')).toBe(true);
		expect(isPlanned('Theo đó, Đoàn sẽ sang thăm tỉnh vào tháng 12.')).toBe(true);
	});
	it("'On Friday' in a Monday report of last week is the Friday just past, and done", () => {
		const signing = quoted('On Friday');
		expect(signing && [signing.start, signing.status, signing.role]).toEqual(['2026-06-12', 'occurred', 'main']);
	});
	it('the trip its host agreed to lead is announced, with him as its leader', () => {
		const plan = quoted('Duong also agreed');
		expect(plan && [plan.start, plan.end, plan.type, plan.status, plan.role]).toEqual(['2026-11-01', '2026-11-30', 'visit', 'planned', 'main']);
		const led = t.delegations.find((d) => d.events.includes(plan!.id));
		expect(nameOf(led?.leader ?? null)).toBe('Cam Van Duong');
	});
});
