/**
 * Remains handed over and buried, told in English: "… Provincial Military Command on Thursday handed over the remains of …"
 * and "Later that day, the X delegation joined Y officials at a memorial and burial service at …" are two ceremonies. In "the
 * X delegation joined Y officials", X is where the delegation comes from and Y the hosts at home, where it was: the
 * delegation's phrase ends at its verb ("joined", "attended", …), so Y is not read as its origin. Told by a Vietnamese page
 * too ("Lễ tiếp nhận … hài cốt" at the gate, "Chiều cùng ngày, … Lễ truy điệu và an táng …"), the handover and the burial
 * stay two events, each with its own report in each language.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';
import { classify } from '../../../src/lib/pipeline/events';
import { readSetting } from '../../../src/lib/pipeline/delegations';

const english = [
	'Attapeu hands over remains of 14 Vietnamese volunteer soldiers to Kon Tum',
	'',
	'Friday, 12 April 2024',
	'',
	'The Attapeu Provincial Military Command on Thursday handed over the remains of 14 Vietnamese volunteer soldiers who died in Laos to the Military Command of Kon Tum province, Vietnam.',
	'',
	'The ceremony took place at the Bo Y international border gate. It was attended by an Attapeu delegation led by Colonel Bounmy Sihalath, Deputy Commander of the provincial military command.',
	'',
	'Later that day, the Attapeu delegation joined Kon Tum officials at a memorial and burial service at the Ngoc Hoi district cemetery.'
].join('\n');

const vietnamese = [
	'Kon Tum tiếp nhận và an táng 14 hài cốt liệt sĩ hy sinh tại Lào',
	'',
	'11/04/2024 18:20',
	'',
	'Ngày 11/4, tại cửa khẩu quốc tế Bờ Y (huyện Ngọc Hồi), Bộ Chỉ huy Quân sự tỉnh Kon Tum tổ chức Lễ tiếp nhận 14 hài cốt liệt sĩ quân tình nguyện Việt Nam hy sinh tại Lào do tỉnh Át-tạ-pư bàn giao.',
	'',
	'Chiều cùng ngày, tại Nghĩa trang liệt sĩ huyện Ngọc Hồi (tỉnh Kon Tum), UBND tỉnh Kon Tum tổ chức Lễ truy điệu và an táng 14 hài cốt liệt sĩ. Dự lễ có đồng chí Nguyễn Văn Phúc, Phó Chủ tịch UBND tỉnh và Đoàn đại biểu tỉnh Át-tạ-pư.'
].join('\n');

describe('English remains handed over, then buried', () => {
	it('the handover of remains and the burial service are ceremonies', () => {
		expect(classify('The Attapeu Provincial Military Command on Thursday handed over the remains of 14 Vietnamese volunteer soldiers.')).toBe('ceremony');
		expect(classify('Later that day, the Attapeu delegation joined Kon Tum officials at a memorial and burial service at the district cemetery.')).toBe('ceremony');
		expect(classify('The provincial military command handed over 9 sets of remains to its Vietnamese counterpart.')).toBe('ceremony');
		// (Burial sites searched for are no ceremony.)
		expect(classify('Villagers guided the team to burial sites deep in the forest.')).toBeNull();
	});

	it("in 'the X delegation joined Y officials', X is where it comes from and Y where it was", () => {
		const text = 'Later that day, the Attapeu delegation joined Kon Tum officials at a memorial and burial service.';
		const at = (name: string) => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length });
		const info = new Map([
			['attapeu', { id: 'attapeu', country: 'LA' }],
			['kon-tum', { id: 'kon-tum', country: 'VN' }]
		]);
		const s = readSetting(text, [], [{ ...at('Attapeu'), id: 'attapeu' }, { ...at('Kon Tum'), id: 'kon-tum' }], info, null);
		expect(s.visitor?.fromCity).toBe('attapeu');
		expect(s.place).toBe('kon-tum');
	});

	const t = buildTimeline([{ file: 'en.txt', text: english }]);
	const day = t.events.filter((e) => e.start === '2024-04-11');
	it('makes both events, on the day told, in the hosts\' province', () => {
		const handover = day.find((e) => e.sources.some((s) => s.quote.includes('handed over the remains')));
		const burial = day.find((e) => e.sources.some((s) => s.quote.includes('burial service')));
		expect(handover?.type).toBe('ceremony');
		expect(burial?.type).toBe('ceremony');
		expect(handover).not.toBe(burial);
		expect(handover?.cities[0]).toBe('kon-tum');
		expect(burial?.cities[0]).toBe('kon-tum');
	});
	it('both are the Attapeu delegation\'s, gone to Kon Tum', () => {
		const d = t.delegations.find((x) => x.to === 'kon-tum');
		expect(d?.from).toBe('attapeu');
		expect(d?.events).toHaveLength(2);
	});

	it('told by a Vietnamese page too, the handover and the burial stay two events, each with both reports', () => {
		const both = buildTimeline([
			{ file: 'en.txt', text: english },
			{ file: 'vi.txt', text: vietnamese }
		]);
		const on = both.events.filter((e) => e.start === '2024-04-11');
		const handover = on.find((e) => e.sources.some((s) => s.quote.includes('handed over the remains')));
		const burial = on.find((e) => e.sources.some((s) => s.quote.includes('burial service')));
		expect(handover).not.toBe(burial);
		expect(handover?.sources.some((s) => s.quote.includes('Lễ tiếp nhận'))).toBe(true);
		expect(burial?.sources.some((s) => s.quote.includes('Lễ truy điệu'))).toBe(true);
	});
});
