/**
 * A forty-eighth set of pages (tests/fixtures/unseen48) from outlets not used before, about Party and mass-organisation
 * delegations told the way such pages are — the Hải Phòng Party portal (a Thành ủy delegation to Sa-van-na-khẹt and Khăm
 * Muồn, a day each, under '13/05/2023 - 21:30 (GMT+07:00)': 'Tối 11/5 (giờ địa phương)', 'chào xã giao', 'Ngay sau đó'
 * talks 'trao đổi kinh nghiệm công tác xây dựng Đảng', 'Chiều cùng ngày', 'Tối cùng ngày', 'Sáng nay (13/5)', a meeting
 * recalled 'hồi tháng 3', 'Trước đó, đầu tháng này', 'ngày mai (14/5), Đoàn sẽ', an invitation 'vào thời gian thích
 * hợp'), Asia News Network in English (the SAME trip under 'Tuesday, May 16, 2023 9:12 AM': 'on Friday', 'Later in the
 * day', 'late on Thursday', 'On the 13th', 'on Sunday', the host spelled 'Xaysomphone'), Huế Ngày Nay as a saved HTML
 * page (a Luông Pha-bang Party delegation received by the Thừa Thiên Huế Party secretary, 'Cập nhật 22-10-2019, 20:45',
 * 'Giữa tháng trước', 'Trước đó, sáng 22/10', an in-body 'Tin liên quan' block, 'Tối hôm trước (21/10)', 'ngày mai
 * (23/10)', 'ngày kia'), Tạp chí Kiểm tra (the SAME trip: a quote lead by the Lao leader spelled 'Sổm-phết Xay-nhạ-vông',
 * 'Luang Prabang', 'Trong 4 ngày (từ 21 - 24/10/2019)', 'Ngày thứ hai của chuyến thăm', 'Trong dịp này'), Thành đoàn Cần
 * Thơ with NO stamp (a youth union in Xay-xổm-bun led by 'Bí thư Thành đoàn', the year only in 'Ngày hội Thanh niên Việt
 * Nam - Lào tỉnh Xay-xổm-bun năm 2023', bullets '- Ngày 15/8:', 'Ngày thứ ba của chuyến thăm', 'Tối hôm trước') and Tạp
 * chí Tổ chức Nhà nước's photo story (a Khăm Muồn Party organisation board in Hải Phòng, '21.11.2019', 'Trong hai ngày 20
 * và 21 tháng 11', captions with their own dates, 'Chiều nay') — against gold written before the pipeline saw the pages.
 */
import { describe, expect, it } from 'vitest';
import { build, byPage, describeAgainstGold, describeChanged, goldCorpus, scorer } from './gold-corpus';

const DIR = 'tests/fixtures/unseen48';
// Faults this set found that are not mended yet (see the report that brought the set in).
const KNOWN_GAPS: Record<string, string> = {};
// Known-gap delegations the pipeline finds anyway (without their leader, split, or going elsewhere): counted among its
// delegations though not in the gold's.
const LEADERLESS_GAPS: string[] = [];

describeAgainstGold('unseen-style articles, forty-eighth set, against their gold', DIR, KNOWN_GAPS, LEADERLESS_GAPS);

const RENAMES: [string, string][] = [
	['Đoàn Quang Thiều', 'Lã Văn Khiêm'],
	['Doan Quang Thieu', 'La Van Khiem'],
	['by Thieu', 'by Khiem'],
	['Thieu invited', 'Khiem invited'],
	['Xay-xổm-phon Vông-xa-vẳn', 'Khăm-hù Pha-lạ-xay'],
	['Xaysomphone Vongsavanh', 'Khamhou Phalasay'],
	['Xaysomphone', 'Khamhou'],
	['Bun-mạ In-thạ-vông', 'Xỉ-lạ Vông-khăm'],
	['Bounma Inthavong', 'Sila Vongkham'],
	['Vông-xay Thăm-mạ-chắc', 'Thoong-đăm Kẹo-phăn'],
	['Vongxay Thammachak', 'Thongdam Keophanh'],
	['Hồ Sĩ Nguyên', 'Cao Đình Thạc'],
	['Xổm-phết Xay-nha-vông', 'Phút-xạ-vông Xỉ-khăm'],
	['Sổm-phết Xay-nhạ-vông', 'Phút-xạ-vông Xỉ-khăm'],
	['Phan Thị Thu Hà', 'Khúc Thị Ngọc Diệp'],
	['Nguyễn Thanh Tùng', 'Ông Văn Lộc'],
	['Xổm-chăn Phom-ma-lạt', 'Đuông-xay Mi-xay'],
	['Ăn-lạ Kẹo-xổm-bắt', 'Lăm-phun Ma-ni-xay'],
	['Bun-xỉ Lạ-xạ-vông', 'Khăm-phui Xay-nha-xỏn'],
	['Trần Văn Bình', 'Hà Quốc Tuấn']
];
describeChanged('the forty-eighth unseen corpus, changed', DIR, {
	renames: RENAMES,
	leaders: ['Lã Văn Khiêm', 'Phút-xạ-vông Xỉ-khăm', 'Ông Văn Lộc', 'Khăm-phui Xay-nha-xỏn'],
	knownGaps: 0,
	alone: (f) => !f.optional && !KNOWN_GAPS[f.id]
});

// What a careful reader leaves off or keeps apart, decided from the text before the first run: 'năm 2022' and '9 tháng
// năm 2019' figures, the terms 'nhiệm kỳ 2015 - 2020', '2020 - 2025', '2025 - 2030', 'since 2010' nothing; the invitations
// 'vào thời gian thích hợp' / 'at a convenient time' are no events; captions, sidebars, in-body related news, tags,
// comments, scripts and meta are furniture.
describe('the forty-eighth unseen corpus, no event outside the trips it tells', () => {
	const { corpus } = goldCorpus(DIR);
	const t = build(corpus());
	const s = scorer(t, { cities: {}, people: {}, articles: {}, events: [], delegations: [] });
	const F = {
		hp: '01-dangbohaiphong-thanhuy-savannakhet-khammouane-ngaymai.txt',
		an: '02-asianews-en-savannakhet-haiphong-party-friday.txt',
		hu: '03-huengaynay-luangprabang-tinhuy-bithu-ngaykia-2019.html',
		kt: '04-tapchikiemtra-luangprabang-hue-ubkt-quotelead-2019.txt',
		ct: '05-thanhdoancantho-xaisomboun-youth-bullets-nostamp.txt',
		tc: '06-tcnn-photostory-khammouane-bantochuc-haiphong-2019.txt'
	};
	const { show, outside } = byPage(t, s.fileOf);

	it('every main event from the Hải Phòng Party portal page lies within 11–14 May 2023', () => {
		expect(outside(F.hp, '2023-05-11', '2023-05-14')).toEqual([]);
	});
	it('every main event from the Asia News Network page lies within 11–14 May 2023', () => {
		expect(outside(F.an, '2023-05-11', '2023-05-14')).toEqual([]);
	});
	it('every main event from the Huế Ngày Nay page lies within 21–24 October 2019', () => {
		expect(outside(F.hu, '2019-10-21', '2019-10-24')).toEqual([]);
	});
	it('every main event from the Tạp chí Kiểm tra page lies within 21–24 October 2019', () => {
		expect(outside(F.kt, '2019-10-21', '2019-10-24')).toEqual([]);
	});
	it('every main event from the Thành đoàn Cần Thơ page lies within 15–18 August 2023', () => {
		expect(outside(F.ct, '2023-08-15', '2023-08-18')).toEqual([]);
	});
	it('every main event from the Tạp chí Tổ chức Nhà nước page lies within 20–21 November 2019', () => {
		expect(outside(F.tc, '2019-11-20', '2019-11-21')).toEqual([]);
	});
	it('the two Hải Phòng pages make one delegation, and so do the two Huế pages', () => {
		const of = (f: string, q: string) => t.delegations.filter((d) => d.events.some((id) => t.events.some((e) => e.id === id && s.quotes(e, f, q))));
		const hp = of(F.hp, 'Đoàn đến chào xã giao đồng chí Xay-xổm-phon');
		const an = of(F.an, 'On the 13th, the delegation travelled to Khammouane');
		expect(hp).toHaveLength(1);
		expect(an.map((d) => d.id)).toEqual(hp.map((d) => d.id));
		const hu = of(F.hu, 'Đoàn đã hội đàm với Ủy ban Kiểm tra Tỉnh ủy Thừa Thiên Huế');
		const kt = of(F.kt, 'Ngày 23/10, Đoàn làm việc với Ban Tổ chức Tỉnh ủy');
		expect(hu).toHaveLength(1);
		expect(kt.map((d) => d.id)).toEqual(hu.map((d) => d.id));
	});
	it('no event quotes the sidebars, the related news, the captions, the scripts, the stamps or the comments', () => {
		const qs: [string, string][] = [
			[F.hp, 'Chỉ thị 05-CT/TW'],
			[F.hp, 'Đoàn đại biểu tỉnh Khăm Muồn thăm, làm việc tại Hải Phòng'],
			[F.hp, 'Ban Chấp hành Đảng bộ thành phố lần thứ 12'],
			[F.hp, 'Học viện Chính trị khu vực I'],
			[F.hp, 'Lễ hội Hoa Phượng Đỏ'],
			[F.hp, 'tặng quà lưu niệm đồng chí Xay-xổm-phon'],
			[F.an, '48 years of provincial administration'],
			[F.an, 'review security cooperation'],
			[F.an, 'ASEAN Tourism Forum'],
			[F.an, 'Rice prices in Laos'],
			[F.an, '(right) and Doan Quang Thieu'],
			[F.hu, 'ký kết hợp tác giai đoạn 2019 - 2024'],
			[F.hu, 'Đoàn đại biểu tỉnh Thừa Thiên Huế thăm Luông Pha-bang'],
			[F.hu, 'Festival Nghề truyền thống Huế'],
			[F.hu, 'Khai mạc kỳ họp thứ 9'],
			[F.hu, 'tặng quà lưu niệm đồng chí Xổm-phết'],
			[F.hu, 'Cảm ơn Huế'],
			[F.hu, 'datePublished'],
			[F.hu, 'page_date'],
			[F.kt, 'Ủy ban Kiểm tra Trung ương Đảng Nhân dân Cách mạng Lào'],
			[F.kt, 'Hội nghị tập huấn nghiệp vụ'],
			[F.kt, 'Thi hành kỷ luật 5 đảng viên'],
			[F.kt, 'Quang cảnh buổi hội đàm'],
			[F.ct, 'Chiến dịch Thanh niên tình nguyện hè'],
			[F.ct, 'Tết Bun-pi-mày'],
			[F.ct, 'Hội Liên hiệp Thanh niên Việt Nam thành phố Cần Thơ'],
			[F.ct, 'Tự hào tuổi trẻ Cần Thơ'],
			[F.ct, 'trao quà lưu niệm cho đồng chí Ăn-lạ'],
			[F.tc, 'phát biểu chào mừng Đoàn sáng 20/11'],
			[F.tc, 'Lưu học sinh Lào tặng hoa'],
			[F.tc, 'Bộ Nội vụ tổng kết công tác năm 2018'],
			[F.tc, 'chính quyền đô thị'],
			[F.tc, 'Ban Tổ chức Trung ương Đảng Nhân dân Cách mạng Lào thăm Việt Nam']
		];
		expect(t.events.filter((e) => qs.some(([f, q]) => s.quotes(e, f, q))).map(show)).toEqual([]);
		expect(t.events.filter((e) => e.start! < '2019-01-01' || e.start! > '2023-12-31').map(show)).toEqual([]);
	});
});
