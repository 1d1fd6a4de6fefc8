/**
 * A sixty-third set of pages (tests/fixtures/unseen63) from outlets not used before — Kinh tế & Môi trường (a Đà Nẵng
 * delegation in Chăm-pa-xắc, 'Trong hai ngày qua' under '05/07/2024 - 17:40' and a byline 'Nhóm PV - 05/07/2024',
 * captions with their own days, an inline 'Xem thêm: Ngày 3/7, …' line, a video block '(03:25)', an editor's note '*
 * Bài viết được cập nhật lúc 20h ngày 5/7', a poll closing '31/7/2024', dated comments, 'sáng mai (6/7)'), Look at
 * Vietnam in English on the same trip ('Jul 5, 2024', 'since Thursday', 'late on Wednesday', 'on arrival', 'On Thursday
 * morning', 'In the afternoon', 'then', 'on Friday', 'Earlier in the day', 'on Saturday', 'at a convenient time'), Một
 * Thế Giới as a saved HTML page (an Át-tạ-pư delegation in Bình Định, a sapo that is the Lao leader's quote, 'Thứ sáu,
 * 05/07/2024 17:40 (GMT+7)', 'Từ chiều 3/7 đến hết ngày 6/7', dated bullets '- Ngày 3/7: …', an in-body 'Tin liên
 * quan', 'vào tháng 10 tới'), Hội Nông dân tỉnh Gia Lai with NO stamp (the year only in 'Chương trình hợp tác năm
 * 2019', a farmers' union leader titled by the union, Át-tạ-pư and Xê Kông a day each, 'Tối 20/11 (giờ địa phương)',
 * 'ngày thứ hai của chuyến thăm', 'Tối hôm trước'), Infonet (a Chăm-pa-xắc delegation at the Buôn Ma Thuột coffee
 * festival, 'Cập nhật 11-03-2019, 09:12', 'lần thứ 7 năm 2019', 'Quảng trường 10/3', a quiz) and Kiểm sát online (a
 * Gia Lai procuracy delegation in Xê Kông, 'Trong hai ngày 14 và 15 tháng 8', 'Sáng cùng ngày' after the afternoon,
 * an in-body 'Tin liên quan', 'Tối 15/8 (giờ địa phương)', 'chiều nay (16/8)') — against gold written before the
 * pipeline saw the pages.
 */
import { describe, expect, it } from 'vitest';
import { build, byPage, describeAgainstGold, describeChanged, goldCorpus, scorer } from './gold-corpus';

const DIR = 'tests/fixtures/unseen63';
// Faults this set found that are not mended yet (see the report that brought the set in).
const KNOWN_GAPS: Record<string, string> = {};
// Known-gap delegations the pipeline finds anyway (without their leader, split, or going elsewhere): counted among its
// delegations though not in the gold's.
const LEADERLESS_GAPS: string[] = [];

describeAgainstGold('unseen-style articles, sixty-third set, against their gold', DIR, KNOWN_GAPS, LEADERLESS_GAPS);

const RENAMES: [string, string][] = [
	['Lê Quang Nhật', 'Cao Xuân Thịnh'],
	['Le Quang Nhat', 'Cao Xuan Thinh'],
	["Nhat's delegation", "Thinh's delegation"],
	['Nhat invited', 'Thinh invited'],
	['Vi-xay Kẹo-ma-ni-vông', 'Phết-xạ-mỏn Vi-lạ-phăn'],
	['Vixay Keomanivong', 'Phetsamone Vilaphanh'],
	['Vixay said', 'Phetsamone said'],
	['invited Vixay', 'invited Phetsamone'],
	['Bun-thoong Xay-nha-phăn', 'Xỉ-vông Thăm-ma-chắc'],
	['Bounthong Xaiyaphanh', 'Sivong Thammachack'],
	['Lăm-phăn Xỉ-vi-lay', 'Khăm-liếng Pha-xay'],
	['Đặng Minh Khoa', 'Tô Văn Quyết'],
	['Nguyễn Tấn Hòa', 'Lưu Đình Phúc'],
	['Xổm-xạ-nít Phôm-ma-vông', 'Thoong-vănh Xay-xổm-bun'],
	['Khăm-phăn Xay-nhạ-vông', 'Vi-ăng-xay Lo-ma-ni'],
	['Khăm-xỉ Vông-xa-vạt', 'Bun-nhơn Xỉ-pa-xợt'],
	['Y Khoa Byă', 'Y Ngông Mlô'],
	['Trịnh Văn Sơn', 'Hà Quang Triều'],
	['Vi-lay-văn Xỉ-tha-chắc', 'Xổm-phon Kẹo-vi-lay'],
	['Bun-mi Phăn-xay', 'Chăn-xỉ Ma-ni-vông']
];
describeChanged('the sixty-third unseen corpus, changed', DIR, {
	renames: RENAMES,
	leaders: ['Cao Xuân Thịnh', 'Khăm-liếng Pha-xay', 'Tô Văn Quyết', 'Lưu Đình Phúc', 'Bun-nhơn Xỉ-pa-xợt', 'Hà Quang Triều'],
	knownGaps: 0,
	alone: (f) => !f.optional && !KNOWN_GAPS[f.id]
});

// What a careful reader leaves off or keeps apart, decided from the text before the first run: captions restating a
// meeting's day ('tại buổi tiếp sáng 4/7', 'chiều 4/7', 'ngày 21/11', 'chiều 8/3', 'chiều 14/8', 'on July 4'), the
// inline 'Xem thêm: Ngày 3/7, …' line, the video block, the editor's note, the poll's and the quiz's closing days, the
// bylines, tags, comments and related boxes (in-body 'Tin liên quan' too), terms ('2024 - 2028', '2024 - 2029', '2019 -
// 2023', '2024 - 2027'), figures ('Năm 2023', 'năm 2018'), the square 'Quảng trường 10/3', the hope 'by the end of the
// year' and every invitation 'vào thời gian phù hợp' / 'at a convenient time' nothing.
describe('the sixty-third unseen corpus, no event outside the trips it tells', () => {
	const { corpus } = goldCorpus(DIR);
	const t = build(corpus());
	const s = scorer(t, { cities: {}, people: {}, articles: {}, events: [], delegations: [] });
	const F = {
		km: '01-kinhtemoitruong-danang-champasak-widgets.txt',
		lv: '02-lookatvietnam-en-danang-champasak-onarrival.txt',
		mt: '03-motthegioi-attapeu-binhdinh-bullets-quotelead.html',
		hn: '04-hndgialai-attapeu-sekong-nostamp.txt',
		io: '05-infonet-champasak-daklak-coffeefestival-2019.txt',
		ks: '06-kiemsat-gialai-sekong-procuracy-tinlienquan.txt'
	};
	const { show, outside } = byPage(t, s.fileOf);

	it('every main event from the Kinh tế & Môi trường page lies within 3–6 July 2024', () => {
		expect(outside(F.km, '2024-07-03', '2024-07-06')).toEqual([]);
	});
	it('every main event from the Look at Vietnam page lies within 3–6 July 2024', () => {
		expect(outside(F.lv, '2024-07-03', '2024-07-06')).toEqual([]);
	});
	it('every main event from the Một Thế Giới page lies within 3–6 July 2024 or is the October plan', () => {
		expect(outside(F.mt, '2024-07-03', '2024-07-06', ['2024-10-01', '2024-10-31'])).toEqual([]);
	});
	it('every main event from the Hội Nông dân Gia Lai page lies within 20–22 November 2019', () => {
		expect(outside(F.hn, '2019-11-20', '2019-11-22')).toEqual([]);
	});
	it('every main event from the Infonet page lies within 8–11 March 2019', () => {
		expect(outside(F.io, '2019-03-08', '2019-03-11')).toEqual([]);
	});
	it('every main event from the Kiểm sát page lies within 14–16 August 2024', () => {
		expect(outside(F.ks, '2024-08-14', '2024-08-16')).toEqual([]);
	});
	it('no event quotes the captions, the widgets, the sidebars, the tags, the comments or the invitations', () => {
		const qs: [string, string][] = [
			[F.km, 'phát biểu tại buổi tiếp sáng 4/7'],
			[F.km, 'diễn đàn xúc tiến du lịch trực tuyến'],
			[F.km, 'Toàn cảnh lễ ký kết'],
			[F.km, 'trao Biên bản ghi nhớ chiều 4/7'],
			[F.km, 'vào thời gian phù hợp'],
			[F.km, 'Bài viết được cập nhật'],
			[F.km, 'Bình chọn kết thúc'],
			[F.km, 'Đà Nẵng tiếp Đoàn đại biểu tỉnh Xê Kông'],
			[F.km, 'Khu công nghệ cao Đà Nẵng'],
			[F.km, 'tổng kết hợp tác năm 2023'],
			[F.km, 'đường bay thẳng Đà Nẵng - Pặc-xế'],
			[F.km, 'Lễ hội pháo hoa quốc tế'],
			[F.lv, 'would reopen by the end of the year'],
			[F.lv, 'at the signing ceremony on July 4'],
			[F.lv, 'at a convenient time'],
			[F.lv, 'first direct flight from Busan'],
			[F.lv, 'Quang Nam, Sekong review cooperation'],
			[F.lv, 'joint tourism fair next month'],
			[F.lv, 'fireworks festival closes'],
			[F.mt, 'tặng quà lưu niệm cho đồng chí Lăm-phăn'],
			[F.mt, 'trao 30 suất học bổng'],
			[F.mt, 'Đoàn công tác tỉnh Bình Định thăm tỉnh Át-tạ-pư'],
			[F.mt, 'khởi công cao tốc Quy Nhơn - Pleiku'],
			[F.mt, 'Thời tiết ngày 6/7'],
			[F.mt, 'Tây Sơn Hào kiệt'],
			[F.mt, 'datePublished'],
			[F.mt, 'page_date'],
			[F.hn, 'tặng quà Ủy ban Mặt trận Lào xây dựng đất nước tỉnh Át-tạ-pư ngày 21/11'],
			[F.hn, 'sang thăm Gia Lai vào thời gian phù hợp'],
			[F.hn, 'tập huấn kỹ thuật trồng sâm Ngọc Linh'],
			[F.hn, 'Nhà nông đua tài'],
			[F.hn, 'Hội Nông dân tỉnh Đắk Lắk thăm tỉnh Chăm-pa-xắc'],
			[F.hn, 'Mong hội tổ chức thêm chuyến tham quan'],
			[F.hn, 'rất mong gặp đoàn trong nước'],
			[F.io, 'ký Biên bản ghi nhớ chiều 8/3'],
			[F.io, 'vào thời gian phù hợp'],
			[F.io, 'lần đầu tiên được tổ chức'],
			[F.io, 'Hạn trả lời'],
			[F.io, 'Chiến thắng Buôn Ma Thuột'],
			[F.io, 'Hội chợ triển lãm chuyên ngành cà phê'],
			[F.io, 'Giá cà phê hôm nay'],
			[F.io, 'ngày càng được bạn bè quốc tế biết đến'],
			[F.ks, 'làm việc với Viện Kiểm sát nhân dân tỉnh Át-tạ-pư'],
			[F.ks, 'Viện Kiểm sát nhân dân tối cao Lào thăm Việt Nam'],
			[F.ks, 'ký kết Biên bản ghi nhớ chiều 14/8'],
			[F.ks, 'vào thời gian phù hợp'],
			[F.ks, 'Hội nghị sơ kết 6 tháng đầu năm 2024'],
			[F.ks, 'Khởi tố 5 đối tượng'],
			[F.ks, 'Hội thi Kiểm sát viên giỏi'],
			[F.ks, 'phòng chống ma túy qua biên giới là rất cần thiết']
		];
		expect(t.events.filter((e) => qs.some(([f, q]) => s.quotes(e, f, q))).map(show)).toEqual([]);
		expect(t.events.filter((e) => e.start! < '2019-01-01' || e.start! > '2024-12-31').map(show)).toEqual([]);
	});
});
