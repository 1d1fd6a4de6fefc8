/**
 * A fifty-second set of pages (tests/fixtures/unseen52) from outlets not used before, on border, defence and security
 * cooperation — the Nghệ An Border Guard Command's portal as a saved HTML page (the yearly talks 'hội đàm định kỳ năm
 * 2022' with the Xiêng Khoảng military command, 'Từ ngày 5 đến 7/9' under 'Thứ Tư, 07/09/2022 - 14:30', a joint patrol
 * at a border marker 'Chiều cùng ngày', 'Tối hôm trước', 'Dịp này', 'Sáng nay (7/9)', the anniversaries '(5/9/1962 -
 * 5/9/2022)'), People's Army Newspaper in English on the same trip ('on 6 September', '5-7 September', 'On arrival on 5
 * September', 'Earlier in the day, before the talks opened', 'The previous evening', under 'Updated: 07/09/2022 |
 * 18:20'), the Sơn La police portal on Hủa Phăn's police at the 'Hội đàm định kỳ năm 2024' ('Trong 3 ngày, từ 20 đến
 * 22/11' under '14:30 23/11/2024', '- Ngày 20/11: …' bullets, an in-body 'Tin liên quan', 'quý IV/2025'), the Kon Tum
 * party paper's remains handover ('lễ bàn giao hài cốt liệt sĩ') with NO stamp ('Ngày 20/4/2012', 'Trước đó, chiều
 * 19/4', 'Chiều cùng ngày 20/4', 'mùa khô 2011 - 2012', 'Tết cổ truyền Bun-pi-mày'), the Hà Tĩnh veterans' association's
 * photo story with a quote lead by the Lao leader ('06.03.2024', 'Trong hai ngày qua', captions, 'ngày 15 tháng Giêng
 * âm lịch') and QPVN on a Military Region 4 delegation to two Lao provinces ('Trong các ngày 10 và 11 tháng 9' under
 * '12/09/2024 16:40 (GMT+07:00)', 'Ngày thứ hai của chuyến thăm', 'Tối 11/9 (giờ địa phương)', 'tháng 12 tới') —
 * against gold written before the pipeline saw the pages.
 */
import { describe, expect, it } from 'vitest';
import { build, byPage, describeAgainstGold, describeChanged, goldCorpus, scorer } from './gold-corpus';

const DIR = 'tests/fixtures/unseen52';
// Faults this set found that are not mended yet (see the report that brought the set in).
const KNOWN_GAPS: Record<string, string> = {
};
// Known-gap delegations the pipeline finds anyway (without their leader, split, or going elsewhere): counted among its
// delegations though not in the gold's.
const LEADERLESS_GAPS: string[] = [];

describeAgainstGold('unseen-style articles, fifty-second set, against their gold', DIR, KNOWN_GAPS, LEADERLESS_GAPS);

const RENAMES: [string, string][] = [
	['Lục Văn Thành', 'Giáp Văn Khiêm'],
	['Luc Van Thanh', 'Giap Van Khiem'],
	['Thanh paid', 'Khiem paid'],
	['by Thanh and', 'by Khiem and'],
	['Xỉ-xổm-bắt Kẹo-vông-xa', 'Khăm-lạ Vi-lay-phăn'],
	['Sisombath Keovongsa', 'Khamla Vilayphanh'],
	['Bounmy Phommachanh', 'Chanthavong Sengdara'],
	['Vice Governor Bounmy', 'Vice Governor Chanthavong'],
	['Bun-thăn Xay-nha-vông', 'Phết-xa-mon In-thạ-vông'],
	['Đinh Công Lực', 'Hà Quang Tiến'],
	['Khăm-xỉ Vông-phi-chít', 'Xổm-chít Bun-nhạ-vông'],
	['Hồ Sĩ Mạnh', 'Lê Bá Cường'],
	['Xổm-phết Phôm-ma-vông', 'Kẹo-ma-ni Xỉ-thi-xắc'],
	['Trần Hữu Lộc', 'Phạm Đức Nhuận'],
	['Nguyễn Đình Phúc', 'Đào Văn Chính'],
	['Vi-lạ-phon Sỉ-hả-chăc', 'Bun-xỏn Khăm-phui'],
	['Thoong-xạ-văn Phăn-thạ-vông', 'Xỉ-xa-vạt Lạ-sa-mi'],
	['Khăm-bay Ăn-ta-chắc', 'Phon-xay Mi-xay']
];
describeChanged('the fifty-second unseen corpus, changed', DIR, {
	renames: RENAMES,
	// The delegations found: all seven of the gold's (Military Region 4's trip and its planned one share their leader).
	leaders: ['Giáp Văn Khiêm', 'Phết-xa-mon In-thạ-vông', 'Xổm-chít Bun-nhạ-vông', 'Lê Bá Cường', 'Phạm Đức Nhuận', 'Đào Văn Chính', 'Đào Văn Chính'],
	alone: (f) => !f.optional && !KNOWN_GAPS[f.id]
});

// What a careful reader leaves off or keeps apart, decided from the text before the first run: the anniversaries
// ('5/9/1962 - 5/9/2022', '18/7/1977 - 18/7/2022', '5 September 1962'), the named years ('Năm Đoàn kết hữu nghị Việt Nam
// - Lào 2022', 'Hội đàm định kỳ năm 2022/2024/2025'), the plans' years ('năm 2023', 'năm 2025'), a programme's term
// ('giai đoạn 2024 - 2029'), 'mùa khô 2024 - 2025', 'since their last talks in 2021', the yearly 'ngày 15 tháng Giêng
// âm lịch' and the wished-for 'Tết cổ truyền Bun-pi-mày' date nothing; the HTML page's top bar, meta, JSON-LD, gtag and
// scripts, the captions of pages that are not photo stories, sidebars, tags, the in-body 'Tin liên quan' and comments
// are furniture.
describe('the fifty-second unseen corpus, no event outside the trips it tells', () => {
	const { corpus } = goldCorpus(DIR);
	const t = build(corpus());
	const s = scorer(t, { cities: {}, people: {}, articles: {}, events: [], delegations: [] });
	const F = {
		bn: '01-bdbpnghean-xiengkhouang-hoidamdinhky-2022.html',
		pa: '02-peoplesarmy-en-nghean-xiengkhouang-border-talks.txt',
		cs: '03-congansonla-huaphan-hoidamdinhky2024-bullets.txt',
		kt: '04-tinhuykontum-attapeu-banhaicot-2012-nostamp.txt',
		cb: '05-hoiccbhatinh-bolikhamxay-photostory-quotelead.txt',
		qp: '06-qpvn-quankhu4-khammouane-savannakhet-twoprovinces.txt'
	};
	const { show, outside } = byPage(t, s.fileOf);

	it('every main event from the Nghệ An border guard portal lies within 5–7 September 2022', () => {
		expect(outside(F.bn, '2022-09-05', '2022-09-07')).toEqual([]);
	});
	it("every main event from the People's Army Newspaper page lies within 5–7 September 2022", () => {
		expect(outside(F.pa, '2022-09-05', '2022-09-07')).toEqual([]);
	});
	it('every main event from the Sơn La police page lies within 20–22 November 2024 or is the 2025 talks', () => {
		expect(outside(F.cs, '2024-11-20', '2024-11-22', ['2025-10-01', '2025-12-31'])).toEqual([]);
	});
	it('every main event from the Kon Tum page lies within 19–20 April 2012 or is the next dry season', () => {
		expect(outside(F.kt, '2012-04-19', '2012-04-20', ['2012-10-01', '2013-05-31'])).toEqual([]);
	});
	// 'Mỗi năm, cứ đến ngày 15 tháng Giêng âm lịch, Hội lại tổ chức gặp mặt …' is a yearly habit: no event.
	it("every main event from the Hà Tĩnh veterans' page lies within 4–6 March 2024", () => {
		expect(outside(F.cb, '2024-03-04', '2024-03-06')).toEqual([]);
	});
	it('every main event from the QPVN page lies within 10–12 September 2024 or is the December plan', () => {
		expect(outside(F.qp, '2024-09-10', '2024-09-12', ['2024-12-01', '2024-12-31'])).toEqual([]);
	});
	it('the Nghệ An border guards told by two outlets are one delegation', () => {
		const of = (f: string, q: string) => t.delegations.filter((d) => d.events.some((id) => t.events.some((e) => e.id === id && s.quotes(e, f, q))));
		const vi = of(F.bn, 'Đoàn hội đàm với Bộ Chỉ huy Quân sự tỉnh Xiêng Khoảng');
		const en = of(F.pa, 'the delegation laid a wreath at the Vietnam-Laos Alliance Monument');
		expect(vi).toHaveLength(1);
		expect(en.map((d) => d.id)).toEqual(vi.map((d) => d.id));
	});
	it('no event quotes the sidebars, the tags, the scripts, the stamps or the comments', () => {
		const qs: [string, string][] = [
			[F.bn, 'vận chuyển 6 bánh heroin'],
			[F.bn, '50 con bò giống'],
			[F.bn, 'đến chúc Tết Bun-pi-mày'],
			[F.bn, 'bản Xiềng Tắm'],
			[F.bn, 'Hội thi Dân vận khéo'],
			[F.bn, 'Tiếp nhận 8 hài cốt liệt sĩ'],
			[F.bn, 'thứ 3 từ phải'],
			[F.bn, 'datePublished'],
			[F.bn, 'pubDate'],
			[F.bn, 'Giấy phép số 112'],
			[F.pa, 'hand over rice to Lao border posts'],
			[F.pa, 'receives delegation of Lao Ministry'],
			[F.pa, "joint search for martyrs' remains"],
			[F.cs, 'đường dây mua bán 40 bánh heroin'],
			[F.cs, 'Công an huyện Viêng Xay'],
			[F.cs, 'Hội nghị sơ kết công tác phối hợp'],
			[F.cs, 'Chúc tình đoàn kết'],
			[F.cs, 'đồng bào vùng biên giới Sốp Cộp'],
			[F.cs, 'Toàn dân bảo vệ an ninh Tổ quốc'],
			[F.kt, 'Nghị định 152'],
			[F.kt, 'giao ban công tác quân sự'],
			[F.kt, 'Diễn tập khu vực phòng thủ'],
			[F.kt, 'Ban Tuyên giáo Tỉnh ủy Át-tạ-pư'],
			[F.kt, 'Đời đời nhớ ơn'],
			[F.cb, 'tổng kết công tác Hội năm 2023'],
			[F.cb, 'Gặp mặt cựu quân tình nguyện'],
			[F.cb, 'CCB Hương Khê'],
			[F.qp, 'lễ truy điệu, an táng hài cốt liệt sĩ hy sinh tại Lào'],
			[F.qp, 'giúp Lào xây dựng bản văn hóa'],
			[F.qp, 'trên tuyến biên giới Quảng Trị'],
			[F.qp, 'Tọa đàm 45 năm Hiệp ước']
		];
		expect(t.events.filter((e) => qs.some(([f, q]) => s.quotes(e, f, q))).map(show)).toEqual([]);
		expect(t.events.filter((e) => e.start! < '2011-01-01' || e.start! > '2026-12-31').map(show)).toEqual([]);
	});
});
