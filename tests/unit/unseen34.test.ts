/**
 * A thirty-fourth set of pages (tests/fixtures/unseen34) from outlets not used before, on Tết and named seasons and
 * trips told across days — TTV Thanh Hóa saved from its mobile/AMP view ('Theo dõi TTV trên Google News', 'Đọc tiếp';
 * a Hủa Phăn delegation wishing Tết Nguyên đán Giáp Thìn 2024 'từ ngày 14 đến 16/1' under '15/01/2024 - 17:52
 * (GMT+07:00)', 'Chiều hôm qua (14/1)', 'Sáng nay (15/1)', 'Chiều cùng ngày', 'sáng mai (16/1)', a sidebar's 'ngày 28
 * tháng Chạp'), Người Đưa Tin as a saved HTML page in windows-1258 (the SAME trip, the leader spelled the Lao way, 'Từ
 * chiều 14/1 đến hết ngày 16/1' under 'Thứ Ba, ngày 16/1/2024 - 20:15', 'Sáng thứ Hai (15/1)', 'Chiều hôm qua', 'Tối
 * 15/1', 'Sáng nay (16/1)', 'Tuần trước', 'đầu tuần này'), Lao Star in English (Sekong in Quang Nam 'from 14-16 January'
 * under 'Friday, January 17, 2020 9:12 AM', 'On arrival … on 14 January', 'The previous evening', 'In the afternoon',
 * 'Late on Thursday', 'in April'), the Sơn La portal (Bun-pi-mạy in Luông Pha-bang and U-đôm-xay under 'Cập nhật
 * 12-04-2025, 16:30', bullets '- Ngày 9/4:', 'Tối 9/4 (giờ địa phương)', 'Trong ngày thứ hai của chuyến thăm', 'Sáng cùng
 * ngày', 'tháng 9 tới'), the Hà Tĩnh Party portal with NO stamp (a youth union photo story, the year only in 'Tuần lễ
 * Văn hóa Việt Nam tại Lào năm 2025', 'trong hai ngày 20 và 21 tháng 11', a 'TIN LIÊN QUAN' block inside the body,
 * 'tháng 3 năm sau') and Báo Quân khu 2 with NO stamp and NO date (a quotation lead, the Oudomxay day of the Sơn La
 * trip) — against gold written before the pipeline saw the pages.
 *
 * The windows-1258 page is kept as bytes; the shared helpers decode every page the way the command line does
 * (decodeArticle).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeArticle } from '../../src/lib/pipeline/decode';
import { build, byPage, describeAgainstGold, describeChanged, goldCorpus, scorer } from './gold-corpus';

const FIXTURES = 'tests/fixtures/unseen34';
const DIR = FIXTURES;

// Faults this set found that are not mended yet (see the report that brought the set in).
const KNOWN_GAPS: Record<string, string> = {};
// Known-gap delegations the pipeline finds anyway (without their leader, split, or going elsewhere): counted among its
// delegations though not in the gold's.
const LEADERLESS_GAPS: string[] = [];

describe('the thirty-fourth set, windows-1258', () => {
	it('the Người Đưa Tin page is windows-1258 bytes and decodes as such', () => {
		const d = decodeArticle(new Uint8Array(readFileSync(join(FIXTURES, '02-nguoiduatin-houaphanh-thanhhoa-tet-weekday-cp1258.html'))));
		expect('encoding' in d && d.encoding).toBe('windows-1258');
		expect('text' in d && d.text.normalize('NFC').includes('Hủa Phăn chúc Tết Thanh Hóa')).toBe(true);
	});
});

describeAgainstGold('unseen-style articles, thirty-fourth set, against their gold', DIR, KNOWN_GAPS, LEADERLESS_GAPS);

const RENAMES: [string, string][] = [
	['Xay-xổm-phon Vông-phạ-chăn', 'Bun-không Thăm-mạ-vông'],
	['Xaysomphone Vongphachanh', 'Bounkhong Thammavong'],
	['Vũ Đình Khiêm', 'Đàm Quang Triệu'],
	['Hà Quang Thịnh', 'Mạc Văn Tưởng'],
	['Khamphoui Inthavong', 'Vilaphone Senglathsamy'],
	['Mr. Khamphoui', 'Mr. Vilaphone'],
	['Tran Dinh Phuc', 'Ha Minh Quoc'],
	['Nguyen Ngoc Tam', 'Luu Van Hao'],
	['Tòng Văn Lượng', 'Quàng Văn Thiết'],
	['Khăm-pheng Xay-nha-lạt', 'Phon-xay Kẹo-ma-ni'],
	['Xỉ-xa-vạt Phôm-mạ-chăn', 'Bua-la Xi-vông-xay'],
	['Hà Văn Sáng', 'Lường Văn Thiêm'],
	['Nguyễn Hữu Phước', 'Kiều Thanh Bình'],
	['Khăm-phon Xi-xổm-bắt', 'Vi-lay-vông Phăn-thạ-vông']
];
describeChanged('the thirty-fourth unseen corpus, changed', DIR, {
	renames: RENAMES,
	leaders: ['Bun-không Thăm-mạ-vông', 'Ha Minh Quoc', 'Kiều Thanh Bình', 'Phon-xay Kẹo-ma-ni', 'Quàng Văn Thiết', 'Vi-lay-vông Phăn-thạ-vông', 'Vilaphone Senglathsamy'],
	knownGaps: 0,
	// The Báo Quân khu 2 page has no date at all: alone, nothing can date it.
	alone: (f) => !f.optional && !KNOWN_GAPS[f.id] && !f.file.startsWith('06-')
});

// What a careful reader leaves off or keeps apart, decided from the text before the first run: 'năm 2023' figures,
// 'năm qua', '15 suất học bổng mỗi năm', 'for 2016-2020', 'in 2019', 'quý I/2025', 'giai đoạn 2026 - 2030' date
// nothing; captions of a photo story are body; menus, the in-body 'TIN LIÊN QUAN' block, sidebars, tags, comments,
// JSON-LD, dataLayer and scripts are furniture.
describe('the thirty-fourth unseen corpus, no event outside the trips it tells', () => {
	const { corpus } = goldCorpus(DIR);
	const t = build(corpus());
	const s = scorer(t, { cities: {}, people: {}, articles: {}, events: [], delegations: [] });
	const F = {
		tt: '01-ttvthanhhoa-houaphanh-tet-giapthin-amp.txt',
		nd: '02-nguoiduatin-houaphanh-thanhhoa-tet-weekday-cp1258.html',
		ls: '03-laostar-en-sekong-quangnam-tet-2020.txt',
		sl: '04-sonlaportal-sonla-bunpimay-luangprabang-oudomxay-bullets.txt',
		ht: '05-dangbohatinh-youth-bolikhamxay-culturalweek-nostamp-photostory.txt',
		qk: '06-baoquankhu2-oudomxay-sonla-quotelead-nostamp-nodate.txt'
	};
	const { show, outside } = byPage(t, s.fileOf);

	it('every main event from the TTV page lies within 14–16 January 2024', () => {
		expect(outside(F.tt, '2024-01-14', '2024-01-16')).toEqual([]);
	});
	it('every main event from the Người Đưa Tin page lies within 14–16 January 2024', () => {
		expect(outside(F.nd, '2024-01-14', '2024-01-16')).toEqual([]);
	});
	it('every main event from the Lao Star page lies within 14–16 January 2020 or is the April plan', () => {
		expect(outside(F.ls, '2020-01-14', '2020-01-16', ['2020-04-01', '2020-04-30'])).toEqual([]);
	});
	it('every main event from the Sơn La portal page lies within 9–11 April 2025 or is the September plan', () => {
		expect(outside(F.sl, '2025-04-09', '2025-04-11', ['2025-09-01', '2025-09-30'])).toEqual([]);
	});
	it('every main event from the Hà Tĩnh Party portal page lies within 20–21 November 2025 or is the March 2026 plan', () => {
		expect(outside(F.ht, '2025-11-20', '2025-11-21', ['2026-03-01', '2026-03-31'])).toEqual([]);
	});
	it('every main event from the Báo Quân khu 2 page lies within the Sơn La trip, 9–11 April 2025', () => {
		expect(outside(F.qk, '2025-04-09', '2025-04-11')).toEqual([]);
	});
	it('the Hủa Phăn trip told by two outlets, its leader spelled two ways, is one delegation', () => {
		const of = (f: string, q: string) => t.delegations.filter((d) => d.events.some((id) => t.events.some((e) => e.id === id && s.quotes(e, f, q))));
		const a = of(F.tt, 'Chiều hôm qua (14/1), Đoàn làm thủ tục nhập cảnh');
		const b = of(F.nd, 'Chiều cùng ngày, Đoàn về nước qua Cửa khẩu quốc tế Na Mèo');
		expect(a).toHaveLength(1);
		expect(b).toHaveLength(1);
		expect(a[0].id).toBe(b[0].id);
	});
	it('no event quotes the sidebars, the tags, the scripts, the stamps or the comments', () => {
		const qs: [string, string][] = [
			[F.tt, 'Chợ hoa Xuân Giáp Thìn'],
			[F.tt, 'Tổng Lãnh sự Lào tại Vinh'],
			[F.tt, 'trao 300 suất quà cho học sinh Lào'],
			[F.tt, 'Giá cá tươi chợ Tết'],
			[F.tt, 'Thông xe cầu Hoằng Phong'],
			[F.tt, 'tặng quà Tết Đoàn đại biểu tỉnh Hủa Phăn. Ảnh'],
			[F.nd, 'Nghệ An gửi thư chúc Tết tỉnh Xiêng Khoảng'],
			[F.nd, 'Hội chợ Xuân Giáp Thìn tại TP Vinh'],
			[F.nd, 'ký kết biên bản hợp tác năm 2022'],
			[F.nd, 'Giá đào Tết'],
			[F.nd, 'buôn lậu pháo'],
			[F.nd, 'datePublished'],
			[F.nd, 'page_date'],
			[F.nd, '_pubDate'],
			[F.ls, 'That Luang Festival'],
			[F.ls, 'direct flights'],
			[F.ls, 'expand coffee area'],
			[F.ls, 'Railway tunnel'],
			[F.ls, 'ban plastic bags'],
			[F.sl, 'Khu du lịch quốc gia Mộc Châu'],
			[F.sl, 'Lễ hội Hoa ban'],
			[F.sl, 'chúc Tết Nguyên đán tại Sơn La'],
			[F.sl, 'thiết bị y tế cho tỉnh Xay-nha-bu-ly'],
			[F.ht, 'Chiến dịch Thanh niên tình nguyện hè 2025'],
			[F.ht, 'Tỉnh đoàn Bô-li-khăm-xay thăm, làm việc tại Hà Tĩnh'],
			[F.ht, 'tổng kết công tác Đoàn'],
			[F.ht, 'phụ nữ nghèo huyện Khăm Cợt'],
			[F.ht, 'Lễ hội Cam'],
			[F.qk, 'bản Huổi Puốc'],
			[F.qk, 'diễn tập khu vực phòng thủ'],
			[F.qk, 'Đoàn công tác Quân khu 2 thăm, làm việc tại tỉnh Phông-sa-lỳ'],
			[F.qk, 'mãi xanh tươi']
		];
		expect(t.events.filter((e) => qs.some(([f, q]) => s.quotes(e, f, q))).map(show)).toEqual([]);
	});
	it('no event lies outside 2019–2026', () => {
		expect(t.events.filter((e) => e.start! < '2019-01-01' || e.start! > '2026-12-31').map(show)).toEqual([]);
	});
});
