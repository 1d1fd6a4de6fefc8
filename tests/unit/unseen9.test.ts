/**
 * A ninth set of pages (tests/fixtures/unseen9) from outlets not used before — Báo Lai Châu (a saved HTML page
 * whose year is only in <meta property="article:published_time">), Báo Biên phòng (a military command's
 * delegation), Báo Quảng Ninh (a women's union in Luông Pha Băng, then in Viêng Chăn the next day), Nghệ An TV
 * announcing a Xiêng Khoảng visit and Lao National Radio in English reporting it, Báo Phú Thọ (a Lao youth union,
 * 'Đoàn Thanh niên' being the union, not a delegation) and Công an TP.HCM (a police delegation): 'Sáng thứ Tư,
 * ngày 15/5', 'Ngày 15 tháng 5', 'Từ ngày 13 đến 16-5-2024', '17/5/2024', 'Hôm qua (15/5)', 'Hôm nay (17-5)',
 * 'Chiều 16-5 (giờ địa phương)', 'Trước đó, ngày 14/5' inside the trip, undated 'Sau đó, Đoàn đã …', send-offs
 * ('lễ tiễn Đoàn về nước'), a seminar and a conference, 'President Ho Chi Minh's hometown', 'in Vinh City', and
 * 'Tin mới' / 'Xem thêm:' blocks with an unrelated dated lead — against gold written before the pipeline saw the pages.
 */
import { describe, expect, it } from 'vitest';
import { build, describeAgainstGold, describeChanged, goldCorpus, scorer } from './gold-corpus';

const DIR = 'tests/fixtures/unseen9';
describeAgainstGold('unseen-style articles, ninth set, against their gold', DIR);

describeChanged('the ninth unseen corpus, changed', DIR, {
	renames: [
		['Giàng A Tông', 'Lò Văn Pản'],
		['Tao Văn Ngọc', 'Vàng A Dình'],
		['Khăm-xỉ Xi-vông-xay', 'Vi-lăn Khăm-phăn-đi'],
		['Lê Văn Hưởng', 'Hồ Thanh Bình'],
		['Xỉ-sổm-phon Pha-ma-ny', 'Bun-mi Xay-nhạ-xỏn'],
		['Vũ Thị Thu Hằng', 'Đinh Thị Ngọc Lan'],
		['Bua-khăm Xay-nha-xỏn', 'Chăn-thạ-phon Sỉ-hả-chăc'],
		['Xỉ-xổm-phon Vông-khăm-xao', 'Vắt-xa-na Khun-phôm'],
		['Hoàng Nghĩa Thắng', 'Cao Tiến Dũng'],
		['Bun-thoong Xay-nha-vông', 'Thoong-xỉ Vi-lạ-vông'],
		['Bounthong Xaynhavong', 'Thongsy Vilavong'],
		['Phan Đức Hạnh', 'Lê Quang Vinh'],
		['Phan Duc Hanh', 'Le Quang Vinh'],
		['Xổm-xạ-nít Phôm-ma-chăn', 'Khăm-pheng Xỉ-thi-phon'],
		['Hà Thị Lan Anh', 'Nguyễn Thị Thu Hà'],
		['Trịnh Minh Đạt', 'Mai Hoàng Sơn'],
		['Phon-xa-vẳn Xi-thạ-mạ', 'Xổm-xay Vông-phạ-chăn']
	],
	// the delegations' leaders only: the hosts who receive them lead none
	leaders: ['Lò Văn Pản', 'Hồ Thanh Bình', 'Đinh Thị Ngọc Lan', 'Thoong-xỉ Vi-lạ-vông', 'Khăm-pheng Xỉ-thi-phon', 'Mai Hoàng Sơn']
});

// What a careful reader leaves off: the years named beside the trips ('Kế hoạch hợp tác năm 2023', 'năm nay',
// 'Kế hoạch hợp tác năm 2024', 'Tháng Thanh niên năm 2024', the aside's 'Tết Giáp Thìn') are no days of these
// trips, so every event these five reports tell lies within 13–17 May 2024.
describe('the ninth unseen corpus, no event outside the trips it tells', () => {
	const { corpus } = goldCorpus(DIR);
	const t = build(corpus());
	const s = scorer(t, { cities: {}, people: {}, articles: {}, events: [], delegations: [] });
	const files = [
		'01-baolaichau-laichau-phongsaly.html',
		'02-bienphong-quangtri-savannakhet-military.txt',
		'03-baoquangninh-quangninh-luangprabang-vientiane-women.txt',
		'06-baophutho-phutho-sainyabuli-youth.txt',
		'07-congantphcm-hcmc-vientiane-police.txt'
	];
	for (const file of files)
		it(`every event from ${file} lies within 13–17 May 2024`, () => {
			const out = t.events.filter((e) => e.sources.some((src) => s.fileOf.get(src.article) === file) && !(e.start! >= '2024-05-13' && e.end! <= '2024-05-17'));
			expect(out.map((e) => `${e.start}..${e.end} ${e.type}: ${e.sources[0].quote.slice(0, 60)}`)).toEqual([]);
		});
	it('no event quotes the review of last year\'s plan as its own', () => {
		const q = 'hai bên đã đánh giá kết quả thực hiện Kế hoạch hợp tác năm 2023';
		expect(t.events.filter((e) => s.quotes(e, files[1], q) && e.start! < '2024-01-01').map((e) => `${e.start}..${e.end}`)).toEqual([]);
	});
});
