/**
 * "Đoàn" is a common Vietnamese surname: "BSCKII Đoàn Văn Lộc, Giám đốc Bệnh viện …" is a person, not the word "đoàn" (a
 * delegation). His own gift on a trip does not name the delegation, so its leader is not added; and a delegation he leads is led
 * by him, with no second delegation read off his name.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';
import { readSetting, type CityInfo, type Mentioned } from '../../../src/lib/pipeline/delegations';

const text = [
	'Bệnh viện Đa khoa tỉnh Quảng Nam hỗ trợ tỉnh Sê Kông',
	'',
	'20/06/2024 | 09:00',
	'',
	'Từ ngày 17 đến 19/6, Đoàn công tác tỉnh Quảng Nam do đồng chí Lê Văn Dũng, Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã thăm và làm việc tại tỉnh Sê Kông (Lào).',
	'',
	'Sáng 18/6, BSCKII Đoàn Văn Lộc, Giám đốc Bệnh viện Đa khoa tỉnh Quảng Nam trao tặng Bệnh viện tỉnh Sê Kông 2 máy siêu âm.',
	''
].join('\n');

const info = new Map<string, CityInfo>([['quang-nam', { id: 'quang-nam', country: 'VN' }], ['sekong', { id: 'sekong', country: 'LA' }]]);
const at = (s: string, names: [string, string][]): Mentioned[] => names.map(([n, id]) => ({ start: s.indexOf(n), end: s.indexOf(n) + n.length, id }));

describe('a person whose surname is Đoàn', () => {
	it('gives his own gift on the trip, without the delegation’s leader', () => {
		const t = buildTimeline([{ file: 'a.txt', text }]);
		const name = (id: string) => t.people.find((p) => p.id === id)?.name;
		const gift = t.events.find((e) => e.sources.some((s) => s.quote.includes('trao tặng Bệnh viện')))!;
		expect(gift.people.map(name)).toEqual(['Đoàn Văn Lộc']);
	});
	it('leads the delegation he is named after "do", and names no other', () => {
		const s = 'Sáng 10/6, Đoàn y, bác sĩ Bệnh viện Đa khoa tỉnh Quảng Nam do BSCKII Đoàn Văn Lộc, Phó Giám đốc Bệnh viện làm trưởng đoàn đã sang tỉnh Sê Kông.';
		const r = readSetting(s, at(s, [['Đoàn Văn Lộc', 'dvl']]), at(s, [['Quảng Nam', 'quang-nam'], ['Sê Kông', 'sekong']]), info, null);
		expect(r).toMatchObject({ place: 'sekong', visitor: { leader: 'dvl', fromCity: 'quang-nam' }, hosts: [] });
	});
});
