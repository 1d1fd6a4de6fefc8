/**
 * A delegation of a body named by its kind alone ("đoàn đại biểu Hội do ông X làm Trưởng đoàn sẽ sang thăm, làm việc với Hội Hữu
 * nghị Lào – Việt Nam tỉnh Y"): Vietnamese news names a foreign body with its country or province, so a body left unnamed is the
 * page's own, and travels from the page's own city, named by its masthead — "THÀNH PHỐ X" of a city run by the centre as much
 * as "TỈNH X" (delegations.ts readSetting, places.ts mastheadProvince). (Invented names, places and dates.)
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';
import { mastheadProvince } from '../../../src/lib/pipeline/places';

const page = (masthead: string, plan: string) =>
	[
		masthead,
		'Trang chủ  Tin hoạt động  Đối ngoại nhân dân',
		'',
		'Hội Hữu nghị Việt Nam – Lào thành phố gặp mặt lưu học sinh Lào',
		'',
		'Ngày đăng: 03/05/2024',
		'',
		'Chiều 2/5, Hội Hữu nghị Việt Nam – Lào thành phố tổ chức gặp mặt hơn 120 lưu học sinh Lào đang học tập trên địa bàn.',
		'',
		plan
	].join('\n');
const PLAN = 'Theo kế hoạch, từ ngày 14 đến 17/5, đoàn đại biểu Hội do ông Phan Văn Lực làm Trưởng đoàn sẽ sang thăm, làm việc với Hội Hữu nghị Lào – Việt Nam tỉnh Xê Kông và trao quà cho học sinh nghèo.';
const trips = (masthead: string, plan = PLAN) => buildTimeline([{ file: 'a.txt', text: page(masthead, plan) }]).delegations;

describe("a body left unnamed is the page's own", () => {
	it('"đoàn đại biểu Hội" led over to a Lao province is a delegation from the masthead\'s city', () => {
		const d = trips('ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM THÀNH PHỐ ĐÀ NẴNG');
		expect(d).toHaveLength(1);
		expect(d[0]).toMatchObject({ leader: 'phan-van-luc', from: 'da-nang', to: 'sekong', start: '2024-05-14', end: '2024-05-17' });
	});
	it('with no masthead, still a Vietnamese delegation to the Lao province', () => {
		const d = trips('Bản tin đối ngoại nhân dân');
		expect(d).toHaveLength(1);
		expect(d[0]).toMatchObject({ leader: 'phan-van-luc', to: 'sekong' });
	});
	it('"Đoàn công tác Ủy ban MTTQ" too', () => {
		const d = trips('ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM THÀNH PHỐ ĐÀ NẴNG', 'Từ ngày 14 đến 17/5, Đoàn công tác Ủy ban MTTQ do bà Trần Thị Hoa dẫn đầu sẽ sang thăm, làm việc tại tỉnh Xê Kông.');
		expect(d).toHaveLength(1);
		expect(d[0]).toMatchObject({ leader: 'tran-thi-hoa', from: 'da-nang', to: 'sekong' });
	});
});

describe("a masthead's city", () => {
	it('a city run by the centre, as a province is', () => {
		expect(mastheadProvince('ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM THÀNH PHỐ ĐÀ NẴNG\nTrang chủ')).toBe('da-nang');
		expect(mastheadProvince('Cổng thông tin điện tử thành phố Cần Thơ\nTrang chủ')).toBe('can-tho');
		expect(mastheadProvince('SỞ NGOẠI VỤ TỈNH XÊ KÔNG\nTrang chủ')).toBeNull();
		expect(mastheadProvince('ĐẢNG BỘ TỈNH QUẢNG NAM - CỔNG THÔNG TIN ĐIỆN TỬ\nTrang chủ')).toBe('quang-nam');
	});
	it("not a province's town, though the gazetteer files it under its province", () => {
		expect(mastheadProvince('ỦY BAN NHÂN DÂN THÀNH PHỐ VINH\nTrang chủ')).toBeNull();
	});
});
