/**
 * The ways into the two countries are places: an airport is in its city ("On arrival at Tan Son Nhat International Airport …"
 * is in Ho Chi Minh City), a border gate in its province ("returned home via Cau Treo" is in Hà Tĩnh; after the provinces
 * merged on 1 July 2025, "cửa khẩu quốc tế Cha Lo" is in Quảng Trị). A gate a delegation passes names no city of the event
 * otherwise ("Đoàn đến thành phố Vinh sau khi nhập cảnh qua cửa khẩu …" is in Nghệ An alone). And a stop a page names only
 * as its plan ("It will then spend … in Y") does not colour what the page tells of the days before it.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';
import { gatewayPlaces, gateNamesIn } from '../../../src/lib/pipeline/gateways';
import { defaultGazetteer } from '../../../src/lib/pipeline/gazetteer';

const of = (t: ReturnType<typeof buildTimeline>, q: string) => t.events.find((e) => e.sources.some((s) => s.quote.includes(q)));

describe('airports and border gates as places', () => {
	it('finds them in Vietnamese and in English, with the pair of a gate', () => {
		const at = (s: string, published?: string) => gatewayPlaces(s, 0, [], defaultGazetteer, published).map((p) => p.cityId);
		expect(at('Đoàn đã làm thủ tục xuất cảnh tại cửa khẩu quốc tế Nậm Phao.')).toEqual(['bolikhamxai']);
		expect(at('The guests landed at Tan Son Nhat International Airport.')).toEqual(['ho-chi-minh-city']);
		expect(at('qua cặp cửa khẩu quốc tế Lao Bảo - Đen-sa-vẳn')).toEqual(['quang-tri', 'savannakhet']);
		expect(at('The delegation flew home via Wattay airport.')).toEqual(['vientiane']);
		// (After the merger of 1 July 2025 the gate lies in the new province.)
		expect(at('Đoàn về nước qua cửa khẩu quốc tế Cha Lo.', '2025-10-02T08:00:00+07:00')).toEqual(['quang-tri']);
		expect(at('Đoàn về nước qua cửa khẩu quốc tế Cha Lo.', '2024-10-02T08:00:00+07:00')).toEqual(['quang-binh']);
		// (A name alone, with no word of a gate or an airport, is not one: "Nam Giang" the district is found elsewhere.)
		expect(at('Đoàn thăm Trường Tiểu học Nội Bài.')).toEqual([]);
	});

	const en = [
		'Khammouane delegation wraps up Nghe An visit',
		'',
		'Friday, March 14, 2025 6:10 PM',
		'',
		'A delegation from Khammouane province led by Vice Governor Bounlom Sisavath paid a working visit to Nghe An province from March 11 to 14.',
		'',
		'On Wednesday, Nghe An Vice Chairman Hoang Van Minh received the delegation in Vinh city.',
		'',
		'On arrival at Vinh International Airport on Tuesday afternoon, the delegation was greeted by officials of the provincial Department of Foreign Affairs.',
		'',
		'The delegation returned home via Cau Treo late on Friday.'
	].join('\n');

	it('an arrival at an airport is in its city, and going home via a gate at that gate', () => {
		const t = buildTimeline([{ file: 'en.txt', text: en }]);
		expect(of(t, 'On arrival at Vinh')?.cities).toEqual(['nghe-an', 'khammouane']);
		expect(of(t, 'returned home via Cau Treo')?.cities).toContain('ha-tinh');
		expect(of(t, 'returned home via Cau Treo')?.cities).not.toContain('nghe-an');
		// (The gate gone home through is no stop of the trip.)
		expect(t.delegations.map((d) => d.to)).toEqual(['nghe-an']);
	});

	const vi = [
		'Đoàn đại biểu tỉnh Xiêng Khoảng thăm Thanh Hóa',
		'',
		'12/05/2024 09:15',
		'',
		'Từ ngày 9 đến 11/5, Đoàn đại biểu tỉnh Xiêng Khoảng (Lào) do đồng chí Khăm-phon Xỉ-xổm-bun, Phó Tỉnh trưởng làm trưởng đoàn đã thăm, làm việc tại tỉnh Thanh Hóa.',
		'',
		'Tối 9/5, Đoàn đến thành phố Thanh Hóa sau khi nhập cảnh qua cửa khẩu quốc tế Nậm Cắn.',
		'',
		'Sáng 10/5, đồng chí Lê Đức Giang, Phó Chủ tịch UBND tỉnh Thanh Hóa đã tiếp Đoàn.',
		'',
		'Ngày 11/5, Đoàn thăm Khu di tích Lam Kinh trước khi về nước qua cửa khẩu quốc tế Na Mèo.'
	].join('\n');

	it('a gate passed on the way is no city of the event, and a visit before going home stays where it was', () => {
		const t = buildTimeline([{ file: 'vi.txt', text: vi }]);
		expect(of(t, 'sau khi nhập cảnh')?.cities).not.toContain('nghe-an');
		expect(of(t, 'Khu di tích Lam Kinh')?.cities).toContain('thanh-hoa');
		expect(t.delegations.map((d) => d.to)).toEqual(['thanh-hoa']);
	});
});

describe('a later stop named only as a plan', () => {
	const text = [
		'Da Nang, Savannakhet leaders vow closer ties',
		'',
		'Thursday, June 12, 2025 7:30 PM',
		'',
		'A delegation from Savannakhet province led by Governor Santiphap Phomvihane is on a working visit to Viet Nam from June 10 to 14, with Da Nang as its first stop.',
		'',
		'On the morning of June 12, Chairman of the Da Nang People\'s Committee Le Trung Chinh held talks with the delegation.',
		'',
		'The previous evening, Chinh hosted a dinner for the guests at a riverside restaurant.',
		'',
		'It will then spend June 13 and 14 in Quang Ngai province, before flying back to Savannakhet.'
	].join('\n');

	it('does not colour what happened before it', () => {
		const t = buildTimeline([{ file: 'plan.txt', text }]);
		expect(of(t, 'The previous evening')?.cities).not.toContain('quang-ngai');
		expect(of(t, 'It will then spend')?.cities).toContain('quang-ngai');
	});
});

describe('the gates a quote names', () => {
	it('reads them as written, in Vietnamese (any gate) and in English (the gates known), with a pair', () => {
		expect(gateNamesIn('Đoàn nhập cảnh qua cửa khẩu quốc tế Nậm Cắn và được đón tại cửa khẩu.')).toEqual(['Nậm Cắn']);
		// A gate no list holds is still told apart from the others.
		expect(gateNamesIn('Lực lượng hai bên tuần tra tại cửa khẩu phụ Pa Háng tỉnh Sơn La.')).toEqual(['Pa Háng']);
		expect(gateNamesIn('The guests were welcomed at the Cau Treo - Nam Phao international border gate.')).toEqual(['Cau Treo', 'Nam Phao']);
		expect(gateNamesIn('The delegation was welcomed at the border gate.')).toEqual([]);
	});
});
