/**
 * A twenty-eighth set of pages (tests/fixtures/unseen28) from outlets not used before — Lao động và Xã hội (Xiêng
 * Khoảng's labour department in Nghệ An: a QUESTION lead 'Làm gì để …?', the only stamp a footer line 'Ngày 22 tháng 11
 * năm 2025', 'trong 3 ngày qua', 'Sáng thứ Tư (19/11)', 'Tối thứ Sáu (21/11)', 'sáng chủ nhật'), Tạp chí Du lịch (a
 * photo story, Luang Prabang CITY in thị xã Sa Pa, '14.03.2025', 'Từ chiều 11/3 đến hết ngày 13/3', 'Ngày thứ ba của
 * chuyến thăm', 'giữa tháng này'), Dtinews in English (Bokeo in Hanoi → Ninh Binh → Hanoi, 'Sunday, November 23, 2025
 * 9:12 AM', 'since Nov 18', 'The next morning', 'On Nov 20', 'Earlier in the day', 'Two days later', 'the following
 * Monday'), Đời sống và Pháp luật as a saved HTML page (commune Na Mèo twinned with a Lao village cluster, 'Trong hai
 * ngày 21 và 22 tháng 11', 'Trong dịp này', 'Chiều tối 22/11'), Báo Dân sinh with NO stamp (Quảng Trị's Red Cross in
 * Savannakhet, the year only from a congress 'nhiệm kỳ 2025 - 2030', 'từ ngày 4 đến ngày 6 tháng 11', 'Ngày thứ hai của
 * chuyến thăm', 'trong tuần đầu tháng 12') and Báo Hải quan (Bolikhamxay in Hà Tĩnh, 'Hôm thứ Hai', 'Suốt tuần qua', an
 * in-body 'Tin liên quan', 'cuối tháng tới') — against gold written before the pipeline saw the pages.
 */
import { describe, expect, it } from 'vitest';
import { build, byPage, describeAgainstGold, describeChanged, goldCorpus, scorer } from './gold-corpus';

const DIR = 'tests/fixtures/unseen28';
// Faults this set found that are not mended yet (see the report that brought the set in).
const KNOWN_GAPS: Record<string, string> = {};
// Known-gap delegations the pipeline finds anyway (without their leader, split, or going elsewhere): counted among its
// delegations though not in the gold's.
const LEADERLESS_GAPS: string[] = [];

describeAgainstGold('unseen-style articles, twenty-eighth set, against their gold', DIR, KNOWN_GAPS, LEADERLESS_GAPS);

const RENAMES: [string, string][] = [
	['Bun-xỏn Xay-nha-vông', 'Thạ-vi-xắc Phôm-lạ-xay'],
	['Hoàng Thị Mai Hương', 'Đậu Thị Quỳnh Nga'],
	['Phan Đức Thịnh', 'Cao Xuân Toại'],
	['Xổm-xạ-nít Phim-ma-vông', 'Kẹo-ma-ny Xay-nha-lạt'],
	['Lương Đức Cảnh', 'Sùng A Vàng'],
	['Sengphet Keophilavanh', 'Bounmy Inthavong'],
	['according to Sengphet', 'according to Bounmy'],
	['Le Hong Thai', 'Trinh Quoc Bao'],
	['Thai said', 'Bao said'],
	['Dinh Van Thang', 'Bui Minh Hieu'],
	['Lò Văn Thắm', 'Hà Văn Quyết'],
	['Thoong-phết Xay-nha-xỏn', 'Bun-lai Xi-vi-lay'],
	['Hồ Thị Xuân Lan', 'Trương Thị Bích Ngọc'],
	['Khăm-xing Phôm-ma-chăn', 'Xổm-phon Kẹo-xỉ-đa'],
	['Vi-lay-vông Bút-đa-khăm', 'Phết-xa-mon In-tha-vông'],
	['Nguyễn Hữu Khiêm', 'Thái Văn Lộc'],
	['Khăm-phon Xi-xu-lạt', 'Vông-xay Pha-lạ-vông']
];
describeChanged('the twenty-eighth unseen corpus, changed', DIR, {
	renames: RENAMES,
	leaders: ['Thạ-vi-xắc Phôm-lạ-xay', 'Kẹo-ma-ny Xay-nha-lạt', 'Sùng A Vàng', 'Bounmy Inthavong', 'Hà Văn Quyết', 'Trương Thị Bích Ngọc', 'Xổm-phon Kẹo-xỉ-đa', 'Vông-xay Pha-lạ-vông', 'Thái Văn Lộc'],
	knownGaps: 0,
	alone: (f) => !f.optional && !KNOWN_GAPS[f.id]
});

// What a careful reader leaves off or keeps apart, decided from the text before the first run: the terms 'năm học 2025
// - 2026', 'giai đoạn 2025 - 2030', 'giai đoạn 2021 - 2025', 'nhiệm kỳ 2025 - 2030' (a congress named, its only use the
// year), 'năm 2026' of a plan's name, 'Năm 2024' and '10 tháng năm 2025' figures, 'since 2019' nothing; captions,
// sidebars, in-body boxes, tags, comments, scripts and meta are furniture.
describe('the twenty-eighth unseen corpus, no event outside the trips it tells', () => {
	const { corpus } = goldCorpus(DIR);
	const t = build(corpus());
	const s = scorer(t, { cities: {}, people: {}, articles: {}, events: [], delegations: [] });
	const F = {
		lx: '01-laodongxahoi-xiengkhouang-nghean-questionlead-footerdate.txt',
		dl: '02-tapchidulich-luangprabang-city-sapa-photostory.txt',
		dt: '03-dtinews-en-bokeo-hanoi-ninhbinh-hanoi-legs.txt',
		ds: '04-doisongphapluat-thanhhoa-namea-houaphanh-twinning.html',
		dn: '05-baodansinh-quangtri-redcross-savannakhet-nostamp-congress.txt',
		hq: '06-haiquan-bolikhamxay-hatinh-homthuhai-inbody-related.txt'
	};
	const { show, outside } = byPage(t, s.fileOf);

	it('every main event from the Lao động và Xã hội page lies within 19–23 November 2025', () => {
		expect(outside(F.lx, '2025-11-19', '2025-11-23')).toEqual([]);
	});
	it('every main event from the Tạp chí Du lịch page lies within 11–13 March 2025 or is the mid-March plan', () => {
		expect(outside(F.dl, '2025-03-11', '2025-03-13', ['2025-03-10', '2025-03-20'])).toEqual([]);
	});
	it('every main event from the Dtinews page lies within 18–24 November 2025', () => {
		expect(outside(F.dt, '2025-11-18', '2025-11-24')).toEqual([]);
	});
	it('every main event from the Đời sống và Pháp luật page lies within 21–22 November 2025', () => {
		expect(outside(F.ds, '2025-11-21', '2025-11-22')).toEqual([]);
	});
	it('every main event from the Báo Dân sinh page lies within 4–6 November 2025 or is the December plan', () => {
		expect(outside(F.dn, '2025-11-04', '2025-11-06', ['2025-12-01', '2025-12-07'])).toEqual([]);
	});
	it('every main event from the Báo Hải quan page lies within 14–21 November 2025 or is the late-December plan', () => {
		expect(outside(F.hq, '2025-11-14', '2025-11-21', ['2025-12-20', '2025-12-31'])).toEqual([]);
	});
	it('no event quotes the sidebars, the in-body boxes, the tags, the scripts, the stamps or the comments', () => {
		const qs: [string, string][] = [
			[F.lx, 'Nghệ An tiếp nhận 450 lưu học sinh Lào'],
			[F.lx, 'Đoàn Bộ Lao động - Phúc lợi xã hội Lào thăm Trường Cao đẳng'],
			[F.lx, 'Hội nghị kết nối cung - cầu lao động'],
			[F.lx, 'Lương hưu tháng 12/2025'],
			[F.lx, 'Quỹ Bảo trợ trẻ em trao 300 suất học bổng'],
			[F.lx, 'Năm 2022 tôi từng dạy lớp tiếng Việt'],
			[F.lx, 'thứ 2 từ phải'],
			[F.lx, 'Ngày 22 tháng 11 năm 2025'],
			[F.dl, 'Lễ hội Hoa đào Sa Pa'],
			[F.dl, 'lọt top điểm đến hấp dẫn nhất châu Á'],
			[F.dl, 'khai trương tuyến bay thẳng Hà Nội - Luông Pha-bang'],
			[F.dl, 'Giá vé cáp treo Fansipan'],
			[F.dl, 'Mùa lúa chín Mù Cang Chải'],
			[F.dt, 'Hanoi, Vientiane sign cooperation plan'],
			[F.dt, 'welcomes record 8 million visitors'],
			[F.dt, 'Mekong-Lancang summit'],
			[F.dt, 'Gold prices hit new high'],
			[F.dt, 'ban fossil fuel motorbikes'],
			[F.dt, 'I studied in Ninh Binh in 2020'],
			[F.ds, 'Hội nghị giao ban công tác biên giới'],
			[F.ds, 'trao tặng bò giống cho bản Pa-hang'],
			[F.ds, 'Tháng hành động phòng chống HIV/AIDS'],
			[F.ds, 'vận chuyển gỗ lậu qua biên giới'],
			[F.ds, 'Tăng mức hỗ trợ cho người có uy tín'],
			[F.ds, 'thứ 3 từ trái'],
			[F.ds, 'datePublished'],
			[F.ds, 'publish_day'],
			[F.dn, 'phát động Tháng Nhân đạo năm 2024'],
			[F.dn, 'Trao 200 căn nhà nhân đạo'],
			[F.dn, 'Hội nghị tổng kết công tác Hội Chữ thập đỏ'],
			[F.dn, 'Giọt hồng Thành cổ'],
			[F.dn, 'Mức trợ cấp xã hội mới'],
			[F.hq, 'Kim ngạch qua cửa khẩu Cầu Treo tăng 18%'],
			[F.hq, 'Hải quan Hà Tĩnh và Bô-li-khăm-xay ký quy chế phối hợp'],
			[F.hq, 'khai trương kho ngoại quan'],
			[F.hq, 'Thu ngân sách từ hoạt động xuất nhập khẩu'],
			[F.hq, 'Bắt giữ 2 tấn hàng lậu']
		];
		expect(t.events.filter((e) => qs.some(([f, q]) => s.quotes(e, f, q))).map(show)).toEqual([]);
		expect(t.events.filter((e) => e.start! < '2019-01-01' || e.start! > '2026-12-31').map(show)).toEqual([]);
	});
});
