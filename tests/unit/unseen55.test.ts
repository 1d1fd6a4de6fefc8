/**
 * A fifty-fifth set of pages (tests/fixtures/unseen55) from outlets not used before, on culture, sport, tourism and youth —
 * the Hà Tĩnh Department of Culture, Sports and Tourism announcing a Hà Tĩnh – Bô-li-khăm-xay festival ('sẽ diễn ra từ
 * ngày 20 đến 23/6' under 'Đăng ngày 19/06/2024 lúc 15:10', bullets 'Tối 20/6 (thứ Năm)', 'Từ 20-22/6', 'Sáng thứ Bảy
 * 22/6', 'vào trưa mai (20/6)', 'Chiều nay', a 'Tin liên quan' block inside the body), Thể Thao 247 reporting it as a
 * saved HTML page ('24-06-2024 7:30 AM', a 'Thời gian | Nội dung' <table>, 'trong 3 ngày (20-22/6)', 'chiều qua
 * (23/6)', 'vào năm 2025'), TTG Asia in English on a Quảng Trị tourism roadshow in Savannakhet ('June 24, 2024 07:30
 * (GMT+7)', 'from June 20 to 23', 'On arrival on Thursday', 'on Thursday night', 'the following morning, June 21',
 * 'Earlier in the day', 'late on Sunday', 'later this week', a quote lead by the Lao official), Báo Du lịch's VIDEO page
 * on the same roadshow ('24.06.2024 | 06:45', 'Lời bình:', 'Phóng sự:', 'Từ chiều 20/6', 'Tối hôm đó', 'Ngày 27/6 tới'),
 * Đồng Nai radio and television's PODCAST page on a Champasak delegation at Lao students' sports day ('Cập nhật
 * 24-06-2024, 07:30', 'Trong hai ngày qua', 'Sáng Chủ nhật 23/6', 'Suốt tuần qua', 'Trong tuần này', 'tháng 10 tới')
 * and the Quảng Trị youth union's page with NO stamp on the 'Trại hè thanh niên Việt Nam - Lào năm 2015' ('Từ 20-23/7',
 * 'Tối 20/7 (thứ Hai)', 'Ngày thứ hai của Trại (21/7)', 'Tối hôm trước', 'tháng 8 tới', two Lao youth delegations) —
 * against gold written before the pipeline saw the pages.
 */
import { describe, expect, it } from 'vitest';
import { build, byPage, describeAgainstGold, describeChanged, goldCorpus, scorer } from './gold-corpus';

const DIR = 'tests/fixtures/unseen55';
// Faults this set found that are not mended yet (see the report that brought the set in).
const KNOWN_GAPS: Record<string, string> = {
};
// Known-gap delegations the pipeline finds anyway (without their leader, split, or going elsewhere): counted among its
// delegations though not in the gold's.
const LEADERLESS_GAPS: string[] = [];

describeAgainstGold('unseen-style articles, fifty-fifth set, against their gold', DIR, KNOWN_GAPS, LEADERLESS_GAPS);

const RENAMES: [string, string][] = [
	['Khăm-phui Xay-nha-vông', 'Xổm-xi Thong-pha-chăn'],
	['Trần Minh Khiêm', 'Đoàn Quốc Vượng'],
	['Hoàng Thị Minh Nguyệt', 'Lương Thị Bích Hạnh'],
	['Hoang Thi Minh Nguyet', 'Luong Thi Bich Hanh'],
	['Nguyet and Bounmy', 'Hanh and Khamsing'],
	['Nguyet said', 'Hanh said'],
	['Bà Hoàng Thị Minh Nguyệt', 'Bà Lương Thị Bích Hạnh'],
	['Bun-mi Phăn-tha-vông', 'Khăm-xinh Vi-la-hong'],
	['Bounmy Phanthavong', 'Khamsing Vilahong'],
	['Xổm-phon Kẹo-vông-xa', 'Thoong-bay Xỉ-ha-chăk'],
	['Somphone Keovongsa', 'Thongbay Sihachack'],
	['led by Somphone', 'led by Thongbay'],
	['Vi-lay-vông Bút-đa-khăm', 'Chăn-thạ-vông In-xỉ-xiêng-may'],
	['Phạm Thị Hồng Vân', 'Giang Thị Mỹ Lệ'],
	['Bà Hồng Vân', 'Bà Mỹ Lệ'],
	['Phon-xay Văn-na-xinh', 'Bua-khăm Xay-nha-lạt'],
	['Xỉ-tha-phon Lăm-phun', 'Vi-xay Phông-xạ-vẳn'],
	['Lê Văn Hòa', 'Tạ Quang Thiều']
];
describeChanged('the fifty-fifth unseen corpus, changed', DIR, {
	renames: RENAMES,
	leaders: ['Xổm-xi Thong-pha-chăn', 'Lương Thị Bích Hạnh', 'Thoong-bay Xỉ-ha-chăk', 'Chăn-thạ-vông In-xỉ-xiêng-may', 'Bua-khăm Xay-nha-lạt', 'Vi-xay Phông-xạ-vẳn', 'Tạ Quang Thiều'],
	alone: (f) => !f.optional && !KNOWN_GAPS[f.id]
});

// What a careful reader leaves off or keeps apart, decided from the text before the first run: a plan's term ('giai
// đoạn 2024 - 2026'), a school year ('năm học 2024 - 2025'), 'in 2023' and 'năm 2019' figures, the training 'suốt tuần
// qua' / 'Suốt tuần qua', the 'Phóng sự:' quotes and a score '2-1' date nothing; captions, sidebars, 'Tin liên quan' and
// 'Xem thêm' lines, tags, comments, scripts and meta are furniture.
describe('the fifty-fifth unseen corpus, no event outside the trips it tells', () => {
	const { corpus } = goldCorpus(DIR);
	const t = build(corpus());
	const s = scorer(t, { cities: {}, people: {}, articles: {}, events: [], delegations: [] });
	const F = {
		ht: '01-vhttdlhatinh-lienhoan-bolikhamxay-sediendra.txt',
		tt: '02-thethao247-bongda-giaohuu-hatinh-bolikhamxay-table.html',
		tg: '03-ttgasia-en-quangtri-savannakhet-roadshow-famtrip.txt',
		dl: '04-baodulich-video-quangtri-xuctien-savannakhet.txt',
		dn: '05-dongnaitv-podcast-champasak-sinhvienlao-ngayhoithethao.txt',
		td: '06-tinhdoanquangtri-traihe-2015-savannakhet-salavan-nostamp.txt'
	};
	const { show, outside } = byPage(t, s.fileOf);

	it('every main event from the Sở VHTTDL Hà Tĩnh page lies within 19–23 June 2024', () => {
		expect(outside(F.ht, '2024-06-19', '2024-06-23')).toEqual([]);
	});
	it('every main event from the Thể Thao 247 page lies within 20–23 June 2024 or is the 2025 festival', () => {
		expect(outside(F.tt, '2024-06-20', '2024-06-23', ['2025-01-01', '2025-12-31'])).toEqual([]);
	});
	// The quote lead's "today" is the speaker's: it dates nothing (TG1, optional, is left undated, not put on the stamp's day).
	it('every main event from the TTG Asia page lies within 20–23 June 2024 or is the famtrip later that week', () => {
		expect(outside(F.tg, '2024-06-20', '2024-06-23', ['2024-06-25', '2024-06-30'])).toEqual([]);
	});
	it('every main event from the Báo Du lịch page lies within 20–23 June 2024 or is the 27 June famtrip', () => {
		expect(outside(F.dl, '2024-06-20', '2024-06-23', ['2024-06-27', '2024-06-27'])).toEqual([]);
	});
	it('every main event from the Đồng Nai page lies within 22–30 June 2024 or is the October plan', () => {
		expect(outside(F.dn, '2024-06-22', '2024-06-30', ['2024-10-01', '2024-10-31'])).toEqual([]);
	});
	it('every main event from the Tỉnh đoàn Quảng Trị page lies within 20–23 July 2015 or is the August plan', () => {
		expect(outside(F.td, '2015-07-20', '2015-07-23', ['2015-08-01', '2015-08-31'])).toEqual([]);
	});
	it('no event quotes the sidebars, the tags, the scripts, the stamps, the comments or the Phóng sự quotes', () => {
		const qs: [string, string][] = [
			[F.ht, 'Lễ hội Du lịch biển Thiên Cầm'],
			[F.ht, 'Lễ hội Bun Pi Mai ở Pắc-xan'],
			[F.ht, 'Hội thi tuyên truyền lưu động'],
			[F.ht, 'Câu lạc bộ Ví, Giặm'],
			[F.ht, 'Giải Việt dã tỉnh Hà Tĩnh'],
			[F.ht, 'Mùa hè xanh'],
			[F.ht, 'khẩn trương tập luyện'],
			[F.tt, 'Hồng Lĩnh Hà Tĩnh chia tay'],
			[F.tt, 'U23 Lào tập huấn'],
			[F.tt, 'Lịch thi đấu V-League'],
			[F.tt, 'Giải bóng đá Thanh niên Việt - Lào tại Viêng Chăn'],
			[F.tt, 'Đội tuyển Lào giao hữu với Việt Nam'],
			[F.tg, 'Mekong cruise circuit'],
			[F.tg, 'Vietjet launches'],
			[F.tg, 'ASEAN Tourism Forum'],
			[F.tg, 'Da Nang tourism roadshow'],
			[F.tg, '45,000 Lao visitors'],
			[F.dl, 'ít nhất hai đêm'],
			[F.dl, 'không chỉ là con đường hàng hóa'],
			[F.dl, 'Tôi đã đi đường 9'],
			[F.dl, 'tour đêm Tràng An'],
			[F.dl, 'Năm Du lịch quốc gia 2024'],
			[F.dl, 'Hội nghị xúc tiến du lịch Việt Nam tại Viêng Chăn'],
			[F.dn, 'trao học bổng cho 50 lưu học sinh Lào'],
			[F.dn, 'Tết Bun Pi Mai tại Biên Hòa'],
			[F.dn, 'Giá sầu riêng'],
			[F.dn, 'cao tốc Biên Hòa - Vũng Tàu'],
			[F.dn, 'Kỷ niệm 60 năm Ngày thành lập'],
			[F.dn, 'Chúc mừng các bạn sinh viên'],
			[F.dn, 'Suốt tuần qua, các đội'],
			[F.td, 'Chiến dịch Thanh niên tình nguyện hè 2014'],
			[F.td, 'Đại hội Đoàn TNCS Hồ Chí Minh tỉnh Quảng Trị'],
			[F.td, 'trao 200 suất quà']
		];
		expect(t.events.filter((e) => qs.some(([f, q]) => s.quotes(e, f, q))).map(show)).toEqual([]);
		expect(t.events.filter((e) => e.start! < '2015-01-01' || e.start! > '2025-12-31').map(show)).toEqual([]);
	});
});
