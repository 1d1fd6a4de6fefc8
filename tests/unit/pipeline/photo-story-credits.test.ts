import { describe, expect, it } from 'vitest';
import { segment } from '../../../src/lib/pipeline/segment';
import { normalizeText } from '../../../src/lib/pipeline/normalize';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const seg = (text: string) => segment('t', 't.txt', normalizeText(text), 'vi');
const said = (text: string) => seg(text).sentences.map((s) => s.text);

// A photo story whose portal prints no stub for its pictures: each news line is a caption that ends in the
// photographer's credit, and the "[Ảnh] <headline>" stands over the page's stamp, then the lead. The page says it is a
// photo story, so those lines are its body (the credit left out); an ordinary article's credited captions stay furniture.
const lead =
	'Trong hai ngày 8 và 9/5, Đoàn đại biểu tỉnh Hà Tĩnh do đồng chí Đặng Quốc Vinh, Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã thăm, làm việc tại tỉnh Bô-ly-khăm-xay (Lào).';
const photos = [
	'Sáng 8/5, Đoàn làm thủ tục xuất cảnh tại cửa khẩu quốc tế Cầu Treo, sang huyện Khăm-cợt của tỉnh Bô-ly-khăm-xay.',
	'Chiều cùng ngày, đồng chí Khăm-phăn Xi-thi-đăm-pha, Phó Tỉnh trưởng tỉnh Bô-ly-khăm-xay tiếp và hội đàm với Đoàn tại Văn phòng Tỉnh.',
	'Sáng 9/5, Đoàn di chuyển đến huyện Pác-xăn và thăm trường tiểu học do tỉnh Hà Tĩnh tài trợ xây dựng.'
];
const credit = 'Ảnh: Thu Trang';
const page = (title: string) => `CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HÀ TĨNH
Trang chủ > Tin tức > Đối ngoại

${title}

Cập nhật 10-05-2022, 08:30

${lead}

${photos.map((p) => `${p} ${credit}`).join('\n\n')}

Thu Trang (Văn phòng UBND tỉnh)

TIN KHÁC
- Hà Tĩnh đón Đoàn đại biểu tỉnh Khăm-muộn (15/3/2022)
- Khai trương tuyến xe buýt Vinh - Hồng Lĩnh
`;

describe('a photo story with credited captions and no picture stubs', () => {
	const text = page('[Ảnh] Đoàn đại biểu tỉnh Hà Tĩnh thăm, làm việc tại tỉnh Bô-ly-khăm-xay');
	it('reads every credited line as the body, without its credit', () => {
		const s = said(text);
		expect(s[0]).toBe(lead);
		for (const p of photos) expect(s).toContain(p);
		expect(s.some((x) => x.includes('Ảnh:'))).toBe(false);
	});
	it('makes each picture line a dated event of the trip ("di chuyển đến" is a move made, not a trip put off)', () => {
		const t = buildTimeline([{ file: 'hatinh.txt', text }]);
		const day = (q: string) => t.events.find((e) => e.sources.some((s) => s.quote.startsWith(q)));
		expect(day('Sáng 8/5, Đoàn làm thủ tục xuất cảnh')?.start).toBe('2022-05-08');
		const talks = day('Chiều cùng ngày, đồng chí Khăm-phăn');
		expect(talks?.start).toBe('2022-05-08');
		expect(talks?.partOfDay).toBe('afternoon');
		const move = day('Sáng 9/5, Đoàn di chuyển đến huyện Pác-xăn');
		expect(move?.start).toBe('2022-05-09');
		expect(move?.status).toBe('occurred');
	});
	it('without the "[Ảnh]" tag the page says nothing of pictures, and its credited lines stay captions', () => {
		const s = said(page('Đoàn đại biểu tỉnh Hà Tĩnh thăm, làm việc tại tỉnh Bô-ly-khăm-xay'));
		for (const p of photos) expect(s).not.toContain(p);
	});
});

describe("an ordinary article's credited captions between its paragraphs stay furniture", () => {
	const paras = [
		'Sáng 8/5, tại Văn phòng Tỉnh, đồng chí Khăm-phăn Xi-thi-đăm-pha, Phó Tỉnh trưởng tỉnh Bô-ly-khăm-xay đã tiếp và hội đàm với Đoàn đại biểu tỉnh Hà Tĩnh.',
		'Hai bên trao đổi kết quả hợp tác thời gian qua và thống nhất phối hợp đào tạo nguồn nhân lực, phát triển thương mại qua cửa khẩu Cầu Treo.'
	];
	const captions = ['Đồng chí Đặng Quốc Vinh tặng quà lưu niệm lãnh đạo tỉnh Bô-ly-khăm-xay tại buổi hội đàm sáng 8/5. Ảnh: Thu Trang', 'Đoàn chụp ảnh lưu niệm cùng lãnh đạo tỉnh Bô-ly-khăm-xay trước khi rời Văn phòng Tỉnh. Ảnh: Thu Trang'];
	it('the captions are not read', () => {
		const text = `BÁO HÀ TĨNH
Trang chủ > Thời sự > Đối ngoại

Hà Tĩnh và Bô-ly-khăm-xay tăng cường hợp tác

Cập nhật 10-05-2022, 08:30

${lead}

${captions[0]}

${paras[0]}

${captions[1]}

${paras[1]}

Thu Trang
`;
		expect(said(text)).toEqual([lead, ...paras]);
	});
});
