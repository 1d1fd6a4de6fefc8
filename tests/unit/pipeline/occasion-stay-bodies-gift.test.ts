/**
 * Three readings of who and when around a delegation's stay (invented names, places and dates):
 * - a happening told "nhân dịp Đoàn thăm … từ ngày A đến B" at the end of its sentence: the stay is a happening of its own over
 *   those days, quoted apart, without the host of the day's happening; the day's happening keeps its day and its words;
 * - named bodies as the subject ("Sở X và Sở Y sẽ ký …"): the delegation's leader is not lent to what they do;
 * - a host who "received the aid" goes on with the handover told before, not with the arrival told between.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const vi = [
	'Đà Nẵng - Xa-va-na-khẹt tăng cường hợp tác y tế',
	'',
	'18/10/2023 09:15',
	'',
	'Chiều 16/10, tại trụ sở UBND thành phố, Phó Chủ tịch UBND thành phố Trần Minh Hòa đã tiếp và làm việc với Đoàn đại biểu tỉnh Xa-va-na-khẹt (Lào) do đồng chí Khăm-mun Xi-la-vông, Phó Tỉnh trưởng tỉnh Xa-va-na-khẹt làm trưởng đoàn, nhân dịp Đoàn thăm và làm việc tại Đà Nẵng từ ngày 16 đến 19/10.',
	'',
	'Đồng chí Khăm-mun Xi-la-vông cảm ơn sự giúp đỡ của thành phố Đà Nẵng.',
	'',
	'Trong dịp này, Sở Y tế thành phố Đà Nẵng và Sở Y tế tỉnh Xa-va-na-khẹt sẽ ký Biên bản ghi nhớ hợp tác giai đoạn 2024 - 2026.',
	'',
	'Tối cùng ngày, Phó Chủ tịch UBND thành phố Trần Minh Hòa chủ trì tiệc chiêu đãi Đoàn.'
].join('\n');

const en = [
	'Quang Tri hands medical aid to Salavan at border gate',
	'',
	'Aug 21, 2021',
	'',
	"A working group from Quang Tri province on Thursday handed over medical supplies worth VND1.8 billion to Laos' Salavan province at the La Lay international border gate.",
	"The group, led by Ho Dai Nam, Vice Chairman of the Quang Tri provincial People's Committee, had arrived at the border area the previous evening.",
	'Salavan Vice Governor Bounmy Keovongsa received the aid on the Lao side of the border. The package includes 5,000 test kits.',
	'Earlier in the day, Nam and Bounmy held a short meeting at the checkpoint.'
].join('\n');

const enSign = [
	'Attapeu delegation visits Binh Dinh',
	'',
	'Mar 9, 2024',
	'',
	"A delegation from Laos' Attapeu province led by Vice Governor Souksavanh Phommachanh arrived in Quy Nhon on Wednesday for a three-day working visit to Binh Dinh.",
	"On Thursday, the Attapeu Department of Health and the Binh Dinh Department of Health signed a cooperation plan for 2024-2026.",
	'On Friday, the delegation visited a seafood processing plant.'
].join('\n');

describe('a stay told as the occasion, bodies that sign, a host who receives the gift', () => {
	const t = buildTimeline([{ file: 'vi.txt', text: vi }]);
	const name = (id: string) => t.people.find((p) => p.id === id)?.name;
	const of = (q: string) => t.events.find((e) => e.sources.some((s) => s.quote.startsWith(q)));
	it('the stay closing the sentence is an event of its own over its days, without the host of the day', () => {
		const stay = of('nhân dịp Đoàn thăm');
		expect([stay?.start, stay?.end, stay?.type]).toEqual(['2023-10-16', '2023-10-19', 'visit']);
		expect(stay!.people.map(name)).toEqual(['Khăm-mun Xi-la-vông']);
	});
	it('the day’s happening keeps its day and the words before the stay', () => {
		const day = of('Chiều 16/10');
		expect([day?.start, day?.end, day?.partOfDay]).toEqual(['2023-10-16', '2023-10-16', 'afternoon']);
		expect(day!.sources[0].quote.endsWith('làm trưởng đoàn')).toBe(true);
	});
	it('the departments sign: the delegation’s leader is not lent to them', () => {
		const sign = of('Trong dịp này, Sở Y tế');
		expect(sign?.type).toBe('signing');
		expect(sign!.people.map(name)).not.toContain('Khăm-mun Xi-la-vông');
	});
	it('in English too: the departments sign, not the delegation’s leader', () => {
		const u = buildTimeline([{ file: 'en2.txt', text: enSign }]);
		const sign = u.events.find((e) => e.sources.some((s) => s.quote.startsWith('On Thursday, the Attapeu')));
		expect(sign?.type).toBe('signing');
		expect(sign!.people.map((id) => u.people.find((p) => p.id === id)?.name)).not.toContain('Souksavanh Phommachanh');
	});
	it('the host who received the aid is at the handover, not at the arrival', () => {
		const u = buildTimeline([{ file: 'en.txt', text: en }]);
		const who = (q: string) => (u.events.find((e) => e.sources.some((s) => s.quote.startsWith(q)))?.people ?? []).map((id) => u.people.find((p) => p.id === id)?.name);
		expect(who('The group, led by')).not.toContain('Bounmy Keovongsa');
		expect(who('A working group from Quang Tri')).toContain('Bounmy Keovongsa');
	});
});
