/**
 * A sixty-fourth set of pages (tests/fixtures/unseen64) from outlets not used before, on cities and their spellings —
 * Nhiếp ảnh & Đời sống (a photo story: thành phố Vinh to thành phố Thà Khẹc/Thakhek of Khăm Muồn, 'Từ ngày 9 đến 11/4'
 * under '12.04.2019 | 16:40', 'Chiều cùng ngày', 'Tối 10/4 (giờ địa phương)', 'Ngày thứ ba của chuyến thăm', 'tháng
 * 5/2020'), Ngày Mới Online (Hội Nông dân TP Đồng Hới in thành phố Cay-xỏn Phôm-vi-hản, 'Trong hai ngày 20 và 21 tháng 6'
 * under 'Thứ sáu, ngày 23/6/2023', 'Tối hôm trước', a TIN LIÊN QUAN block inside the body, '- Ngày 20/6:' bullets, a Thai
 * leg 'Từ chiều 21/6' / 'Đến hết ngày 22/6', 'tháng 10 tới'), SGGP News in English (HCMC in Vientiane: 'late on
 * Monday', 'on the 20th', 'Earlier in the day' at the Kaysone Phomvihane Memorial, 'this November', 'on Wednesday … on
 * June 22', a Cambodian leg), Người Quan sát as a saved HTML page (the same trip's Luông Pha-bang forum, '23-06-2023
 * 07:30' and '2023-06-23T07:30:00+07:00', 'Sáng cùng ngày', 'Trong dịp này', 'Trước đó, ngày 20/6', 'Hôm nay (23/6) …
 * sang Vương quốc Campuchia … đến hết ngày 24/6'), Phụ Nữ Today with NO stamp (Hội LHPN Thành phố Huế in Pắc-xế of
 * Chăm-pa-xắc, a lead opening with the Lao host's words, the year only in 'Tuần lễ Văn hóa Việt Nam tại Chăm-pa-xắc năm
 * 2019', 'Ngày thứ hai của chuyến thăm', 'mùa Festival Huế năm sau') and Reatimes (Thủ đô Viêng Chăn / Nakhon Luang in
 * Hà Nội, '23-06-2023 07:30', bullets, 'Hai ngày qua', 'quý IV/2023', 'chiều nay') — against gold written before the
 * pipeline saw the pages.
 */
import { describe, expect, it } from 'vitest';
import { build, byPage, describeAgainstGold, describeChanged, goldCorpus, scorer } from './gold-corpus';

const DIR = 'tests/fixtures/unseen64';
// Faults this set found that are not mended yet (see the report that brought the set in).
const KNOWN_GAPS: Record<string, string> = {
};
// Known-gap delegations the pipeline finds anyway (without their leader, split, or going elsewhere): counted among its
// delegations though not in the gold's.
const LEADERLESS_GAPS: string[] = [];

describeAgainstGold('unseen-style articles, sixty-fourth set, against their gold', DIR, KNOWN_GAPS, LEADERLESS_GAPS);

const RENAMES: [string, string][] = [
	['Trần Ngọc Hoàn', 'Khúc Văn Thiện'],
	['Khăm-liêng Vông-xa-văn', 'Xổm-chít Phăn-đa-la'],
	['Hoàng Văn Lực', 'Lã Đình Quyết'],
	['Vi-lạ-phon Xỉ-xổm-bặt', 'Thoong-dăm Keo-ma-ni'],
	['Dương Minh Khoa', 'Ông Văn Tường'],
	['Duong Minh Khoa', 'Ong Van Tuong'],
	['Vice Chairman Khoa', 'Vice Chairman Tuong'],
	['Somsanith Keovongsa', 'Vilayphone Chanthala'],
	['Bounthavy Sisoulath', 'Vongdeuane Phimmasone'],
	['Mayor Bounthavy', 'Mayor Vongdeuane'],
	['Khăm-phăn Phôm-ma-thắt', 'Bun-nhăng Xay-xổm-phu'],
	['Tôn Nữ Diệu Hiền', 'Nghiêm Thị Thoa'],
	['Bua-khăm Xay-nha-vông', 'Nang-nọi Khăm-phi-thắc'],
	['Phon-xa-vẳn Xỉ-ha-xạ', 'Xỉ-xa-vạt Bun-nhạ-vông'],
	['Lưu Đình Khải', 'Mạc Quang Vinh']
];
describeChanged('the sixty-fourth unseen corpus, changed', DIR, {
	renames: RENAMES,
	leaders: ['Khúc Văn Thiện', 'Xổm-chít Phăn-đa-la', 'Lã Đình Quyết', 'Thoong-dăm Keo-ma-ni', 'Ông Văn Tường', 'Vongdeuane Phimmasone', 'Nghiêm Thị Thoa', 'Nang-nọi Khăm-phi-thắc', 'Xỉ-xa-vạt Bun-nhạ-vông', 'Mạc Quang Vinh'],
	alone: (f) => !f.optional && !KNOWN_GAPS[f.id]
});

// What a careful reader leaves off or keeps apart, decided from the text before the first run: a memorandum's or a plan's
// period ('giai đoạn 2019 - 2023', '2023-2027', '2023 - 2028', 'đến năm 2030, tầm nhìn 2050'), 'Năm 2022' and 'năm
// 2022' figures, 'từ năm 2016', 'Ngày Phụ nữ Việt Nam 20/10' nothing; a third country's leg (Mukdahan in Thailand to
// 22/6, Phnom Penh on 23 and 24/6) is not Vietnam–Laos; captions, sidebars, tags, comments, scripts and meta are furniture.
describe('the sixty-fourth unseen corpus, no event outside the trips it tells', () => {
	const { corpus } = goldCorpus(DIR);
	const t = build(corpus());
	const s = scorer(t, { cities: {}, people: {}, articles: {}, events: [], delegations: [] });
	const F = {
		na: '01-nhiepanhdoisong-photostory-vinh-thakhek-2019.txt',
		nm: '02-ngaymoionline-hoinongdan-donghoi-kaysone-mukdahan.txt',
		sg: '03-sggpnews-en-hcmc-vientiane-talks-luangprabang-cambodia.txt',
		nq: '04-nguoiquansat-hcmc-luangprabang-forum-cambodia.html',
		pt: '05-phunutoday-hoiphunu-hue-pakse-nostamp.txt',
		rt: '06-reatimes-vientiane-nakhonluang-hanoi-urban-bullets.txt'
	};
	const { show, outside } = byPage(t, s.fileOf);

	it('every main event from the Nhiếp ảnh & Đời sống page lies within 9–11 April 2019 or is the May 2020 plan', () => {
		expect(outside(F.na, '2019-04-09', '2019-04-11', ['2020-05-01', '2020-05-31'])).toEqual([]);
	});
	it('every main event from the Ngày Mới Online page lies within 19–21 June 2023 or is the October plan', () => {
		expect(outside(F.nm, '2023-06-19', '2023-06-21', ['2023-10-01', '2023-10-31'])).toEqual([]);
	});
	it('every main event from the SGGP News page lies within 19–22 June 2023 or is the November plan', () => {
		expect(outside(F.sg, '2023-06-19', '2023-06-22', ['2023-11-01', '2023-11-30'])).toEqual([]);
	});
	it('every main event from the Người Quan sát page lies within 20–23 June 2023', () => {
		expect(outside(F.nq, '2023-06-20', '2023-06-23')).toEqual([]);
	});
	it('every main event from the Phụ Nữ Today page lies within 15–16 October 2019 or is the 2020 plan', () => {
		expect(outside(F.pt, '2019-10-15', '2019-10-16', ['2020-01-01', '2020-12-31'])).toEqual([]);
	});
	it('every main event from the Reatimes page lies within 19–23 June 2023 or is the fourth-quarter plan', () => {
		expect(outside(F.rt, '2023-06-19', '2023-06-23', ['2023-10-01', '2023-12-31'])).toEqual([]);
	});
	it('the wreath at the Kaysone Phomvihane Memorial is laid in Vientiane, not in Savannakhet', () => {
		const e = t.events.filter((x) => s.quotes(x, F.sg, 'laid a wreath at the Kaysone Phomvihane Memorial'));
		expect(e.length).toBeGreaterThan(0);
		const names = (id: string) => { const c = t.cities.find((x) => x.id === id)!; return [c.name.en, c.name.vi, ...c.aliases].join(' '); };
		expect(e.flatMap((x) => x.cities.map(names)).filter((n) => /Savannakhet/i.test(n))).toEqual([]);
	});
	it('no event quotes the sidebars, the tags, the scripts, the stamps, the comments or a third country\'s leg', () => {
		const qs: [string, string][] = [
			[F.na, 'Đoàn đại biểu thành phố Pắc-xế'],
			[F.na, 'Nghệ An - đất và người'],
			[F.na, 'Vinh - 231 năm'],
			[F.na, 'mùa hoa ban Tây Bắc'],
			[F.na, 'thứ 2 từ phải'],
			[F.nm, 'ký kết hợp tác với Mặt trận tỉnh Khăm Muồn'],
			[F.nm, 'Hội chợ nông sản an toàn'],
			[F.nm, 'Nông dân Lệ Thủy'],
			[F.nm, 'Đến hết ngày 22/6, Đoàn ở lại Mukdahan'],
			[F.nm, 'tổng kết 6 tháng đầu năm'],
			[F.nm, 'rất đáng học hỏi'],
			[F.sg, 'boost cooperation in tourism'],
			[F.sg, 'farewell visit to HCMC leaders'],
			[F.sg, 'Vietnam-Laos business forum on July 5'],
			[F.sg, 'Saigon river tunnel'],
			[F.sg, 'Welcome to Nakhon Luang'],
			[F.nq, 'thu hút 2,1 tỷ USD vốn FDI'],
			[F.nq, 'dẫn đầu đầu tư tại Lào'],
			[F.nq, 'Hội nghị xúc tiến đầu tư TP.HCM - Phnôm Pênh'],
			[F.nq, 'Giá vàng hôm nay'],
			[F.nq, 'datePublished'],
			[F.nq, 'Quang cảnh Diễn đàn'],
			[F.pt, 'Duyên dáng áo dài'],
			[F.pt, 'Hội Phụ nữ tỉnh Sa-la-van'],
			[F.pt, 'Tôn vinh phụ nữ Cố đô'],
			[F.pt, 'tặng áo dài cho hội viên'],
			[F.pt, 'Chúc tình hữu nghị'],
			[F.rt, 'quy hoạch phân khu đô thị sông Hồng'],
			[F.rt, 'Giá chung cư Hà Nội'],
			[F.rt, 'nhà ở xã hội tại Long Biên'],
			[F.rt, 'Khu đô thị Ecopark'],
			[F.rt, 'đấu giá 4 khu đất Thủ Thiêm']
		];
		expect(t.events.filter((e) => qs.some(([f, q]) => s.quotes(e, f, q))).map(show)).toEqual([]);
		expect(t.events.filter((e) => e.start! < '2019-01-01' || e.start! > '2026-12-31').map(show)).toEqual([]);
	});
});
