/**
 * A forty-fifth set of pages (tests/fixtures/unseen45) from outlets not used before, all messy saves — Báo Gia đình &
 * Xã hội copied from the PDF of its printed page (lines hard-wrapped mid-sentence, the running header 'Trang 3 · Báo Gia
 * đình & Xã hội · Thứ Sáu 9/3/2018' between paragraphs as the only stamp; a Quảng Trị health delegation in
 * Sa-van-na-khẹt 'Trong hai ngày 7 và 8/3', 'Tối 6/3', 'Chiều cùng ngày' after a repeated header, 'Trong ngày thứ hai của
 * chuyến thăm', 'tháng 6 tới'), the Quảng Trị health department's old site saved in windows-1258 with combining tone
 * marks (the SAME trip, 'Cập nhật 08-03-2018, 21:40', 'Từ chiều 6/3 đến hết ngày 8/3', 'Sáng hôm qua (7/3)', 'Tối hôm
 * trước', 'Trong dịp này', 'Hôm nay (8/3)', 'Chiều nay', 'giữa năm nay'), Vietnam Agriculture in English (Quảng Bình in
 * Khammouane and Bolikhamxay 'on Nov. 20 and 21' under 'Sunday, November 24, 2024 9:12 AM', a quote lead, 'The previous
 * evening', 'On arrival … on the 20th', 'Earlier in the day', 'on the 21st', 'Late on Thursday', 'March next year'), the
 * province portal's Facebook post ('2 giờ trước', emoji, hashtags, '… Xem thêm', comments with their own years; the SAME
 * trip, a quote lead dated 'sáng 21/11/2024', 'Chiều cùng ngày', 'Trước đó, ngày 20/11', 'quý II/2025'), Tạp chí Giao
 * thông vận tải saved by a browser's reader mode as Markdown with NO stamp (the SAME trip's bus route opening, the year
 * only in 'Tuần lễ Văn hóa - Du lịch Quảng Bình tại Khăm Muồn năm 2024', a 'Tin liên quan' block inside the body,
 * '> quote', 'tháng 3 năm sau') and the Nghệ An Party portal pasted into Notepad as UTF-16 LE with BOM (a Hội Nông dân
 * delegation to Xiêng Khoảng led by its chairman, bullets '- Ngày 9/4:', 'tối 9/4 (giờ địa phương)', 'tháng 10/2024')
 * — against gold written before the pipeline saw the pages.
 *
 * The windows-1258 and UTF-16 pages are kept as bytes; the shared helpers decode every page the way the command line
 * does (decodeArticle).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeArticle } from '../../src/lib/pipeline/decode';
import { build, byPage, describeAgainstGold, describeChanged, goldCorpus, scorer } from './gold-corpus';

const FIXTURES = 'tests/fixtures/unseen45';
const DIR = FIXTURES;

// Faults this set found that are not mended yet (see the report that brought the set in).
const KNOWN_GAPS: Record<string, string> = {
};
// Known-gap delegations the pipeline finds anyway (without their leader, split, or going elsewhere): counted among its
// delegations though not in the gold's.
const LEADERLESS_GAPS: string[] = [];

describe('the forty-fifth set, its encodings', () => {
	it('the health department page is windows-1258 bytes with combining tones and decodes as such', () => {
		const d = decodeArticle(new Uint8Array(readFileSync(join(FIXTURES, '02-soytequangtri-savannakhet-health-cp1258.html'))));
		expect('encoding' in d && d.encoding).toBe('windows-1258');
		expect('text' in d && d.text.normalize('NFC').includes('Đoàn công tác tỉnh Quảng Trị thăm, làm việc')).toBe(true);
	});
	it('the Notepad page is UTF-16 LE with a BOM and decodes as such', () => {
		const d = decodeArticle(new Uint8Array(readFileSync(join(FIXTURES, '06-tinhuynghean-hoinongdan-xiengkhouang-bullets-utf16.txt'))));
		expect('encoding' in d && d.encoding).toBe('utf-16le');
		expect('text' in d && d.text.includes('Hội Nông dân tỉnh Nghệ An thăm')).toBe(true);
	});
});

describeAgainstGold('unseen-style articles, forty-fifth set, against their gold', DIR, KNOWN_GAPS, LEADERLESS_GAPS);

const RENAMES: [string, string][] = [
	['Nguyễn Quang Chiến', 'Lương Đình Khải'],
	['Khăm-lạ Vông-xay-nha', 'Bun-xỉ Thạ-mạ-xắc'],
	['Đinh Công Thuận', 'Tống Viết Lâm'],
	['Dinh Cong Thuan', 'Tong Viet Lam'],
	['Vi-lay-văn Phôm-ma-chăn', 'Khăm-xỉ Lạ-vông-xay'],
	['Vilayvanh Phommachanh', 'Khamsy Lavongsay'],
	['Vilayvanh', 'Khamsy'],
	['Xẻng-đươn Kẹo-ma-ni', 'Thoong-la Xi-vi-lay'],
	['Sengdeuane Keomany', 'Thongla Sivilay'],
	['Võ Đình Thạc', 'Cù Huy Tấn'],
	['Phết-xạ-mỏn Vông-phạ-chăn', 'Nọi Xay-nha-vông'],
	['Thoong-chăn Xỉ-phăn-đon', 'Bua-khăm Mạ-ni-vông']
];
describeChanged('the forty-fifth unseen corpus, changed', DIR, {
	renames: RENAMES,
	leaders: ['Lương Đình Khải', 'Bun-xỉ Thạ-mạ-xắc', 'Tống Viết Lâm', 'Khăm-xỉ Lạ-vông-xay', 'Thoong-la Xi-vi-lay', 'Cù Huy Tấn', 'Bua-khăm Mạ-ni-vông'],
	knownGaps: 0,
	alone: (f) => !f.optional && !KNOWN_GAPS[f.id]
});

// What a careful reader leaves off or keeps apart, decided from the text before the first run: the memorandum's term
// ('giai đoạn 2018 - 2020'), '11.000 lượt', 'in 2025' (seed and training pledges), 'Năm 2023' background; the printed
// paper's running headers, the PDF's other story ('Từ ngày 1/2 đến 28/2/2018'), captions, sidebars, related news,
// hashtags, reactions, comments, 'Tin liên quan' and 'Xem thêm' links, scripts and meta are furniture.
describe('the forty-fifth unseen corpus, no event outside the trips it tells', () => {
	const { corpus } = goldCorpus(DIR);
	const t = build(corpus());
	const s = scorer(t, { cities: {}, people: {}, articles: {}, events: [], delegations: [] });
	const F = {
		gx: '01-giadinhxahoi-pdf-quangtri-savannakhet-health-2018.txt',
		sy: '02-soytequangtri-savannakhet-health-cp1258.html',
		va: '03-vietnamagriculture-en-quangbinh-khammouane-bolikhamxay.txt',
		fb: '04-facebook-quangbinh-bolikhamxay-post-quotelead.txt',
		tc: '05-tapchigiaothong-readermode-markdown-donghoi-thakhek-bus-nostamp.txt',
		nf: '06-tinhuynghean-hoinongdan-xiengkhouang-bullets-utf16.txt'
	};
	const { show, outside } = byPage(t, s.fileOf);

	it('every main event from the Gia đình & Xã hội page lies within 6–8 March 2018 or is the June plan', () => {
		expect(outside(F.gx, '2018-03-06', '2018-03-08', ['2018-06-01', '2018-06-30'])).toEqual([]);
	});
	it('every main event from the Sở Y tế Quảng Trị page lies within 6–8 March 2018 or is the mid-year plan', () => {
		expect(outside(F.sy, '2018-03-06', '2018-03-08', ['2018-05-01', '2018-08-31'])).toEqual([]);
	});
	it('every main event from the Vietnam Agriculture page lies within 19–21 November 2024 or is the March plan', () => {
		expect(outside(F.va, '2024-11-19', '2024-11-21', ['2025-03-01', '2025-03-31'])).toEqual([]);
	});
	it('every main event from the Facebook post lies within 20–21 November 2024 or is the second-quarter plan', () => {
		expect(outside(F.fb, '2024-11-20', '2024-11-21', ['2025-04-01', '2025-06-30'])).toEqual([]);
	});
	it('every main event from the Tạp chí Giao thông vận tải page lies on 20 November 2024 or is the March plan', () => {
		expect(outside(F.tc, '2024-11-20', '2024-11-20', ['2025-03-01', '2025-03-31'])).toEqual([]);
	});
	it('every main event from the Tỉnh ủy Nghệ An page lies within 9–11 April 2024 or is the October plan', () => {
		expect(outside(F.nf, '2024-04-09', '2024-04-11', ['2024-10-01', '2024-10-31'])).toEqual([]);
	});
	// Going home is its own event: the department's 'Chiều nay, Đoàn đã về nước qua cửa khẩu quốc tế Lao Bảo' and the
	// printed paper's 'Chiều 8/3, Đoàn về nước …' are one, apart from the Sê-pôn clinic of the same day.
	it('the journey home on 8 March is one event in both pages, apart from the Sê-pôn clinic', () => {
		const of = (f: string, q: string) => t.events.filter((e) => s.quotes(e, f, q));
		const home = of(F.sy, 'Chiều nay, Đoàn đã về nước qua cửa khẩu quốc tế Lao Bảo');
		const clinic = of(F.sy, 'Hôm nay (8/3), Đoàn đến huyện Sê-pôn');
		expect(home).toHaveLength(1);
		expect(home[0].id).not.toBe(clinic[0]?.id);
		expect(s.quotes(home[0], F.gx, 'Chiều 8/3, Đoàn về nước qua cửa khẩu')).toBe(true);
	});
	it('no event quotes the running headers, the sidebars, the tags, the scripts, the stamps or the comments', () => {
		const qs: [string, string][] = [
			[F.gx, 'Trang 3 · Báo Gia đình'],
			[F.gx, '12 ca sởi trong tháng 2'],
			[F.gx, 'Trung tâm Kiểm soát bệnh tật Hà Nội'],
			[F.gx, 'Bác sĩ Bệnh viện Đa khoa tỉnh Quảng Trị khám bệnh cho người dân'],
			[F.sy, 'Bệnh viện tỉnh Sa-la-van'],
			[F.sy, 'tiêm vắc xin sởi - rubella'],
			[F.sy, 'Hội nghị tổng kết công tác y tế năm 2017'],
			[F.sy, 'thứ 4 từ trái'],
			[F.sy, 'pubDate'],
			[F.sy, 'Tổng lượt truy cập'],
			[F.va, 'winter-spring rice sowing'],
			[F.va, 'Lao rice exports to China'],
			[F.va, 'Ha Tinh and Bolikhamxay sign livestock vaccine deal'],
			[F.va, 'Durian prices drop'],
			[F.va, 'Dinh Cong Thuan (left) and Vilayvanh'],
			[F.fb, 'Hồi tháng 8/2019 mình đi xe khách'],
			[F.fb, 'Năm 2023 em đi làm bên Pạc-xăn'],
			[F.fb, 'tuyến Đồng Hới - Viêng Chăn từ năm 2025'],
			[F.fb, '#HuuNghiVietLao'],
			[F.tc, 'nâng cấp Quốc lộ 12A'],
			[F.tc, 'Khởi công cầu vượt sông Gianh'],
			[F.tc, 'quy hoạch bến xe khách liên tỉnh'],
			[F.tc, 'Các đại biểu cắt băng'],
			[F.nf, 'trồng 5.000 cây gừng'],
			[F.nf, 'Đại hội Hội Nông dân tỉnh Nghệ An lần thứ XI'],
			[F.nf, 'Hội nghị đối thoại giữa Chủ tịch UBND tỉnh'],
			[F.nf, 'Thứ Bảy, 13/04/2024']
		];
		expect(t.events.filter((e) => qs.some(([f, q]) => s.quotes(e, f, q))).map(show)).toEqual([]);
		expect(t.events.filter((e) => e.start! < '2018-01-01' || e.start! > '2025-12-31').map(show)).toEqual([]);
	});
});
