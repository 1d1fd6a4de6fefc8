/**
 * A photo story whose lead is someone's words ('"…" - đồng chí X, Phó Tỉnh trưởng tỉnh Y chia sẻ trong chuyến thăm … của Đoàn
 * đại biểu tỉnh Y (Lào)'), then "Đoàn do đồng chí X làm trưởng đoàn đã thăm …" with no place of its own: X leads the
 * delegation from Y. (Invented names, places and dates.)
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const page = [
	'Phóng sự ảnh',
	'',
	'08.02.2024',
	'',
	'Quảng Ngãi – Sê Kông thắm tình hữu nghị dịp Xuân Giáp Thìn',
	'',
	'"Chúng tôi sang Quảng Ngãi để chúc Tết và học hỏi kinh nghiệm phát triển nông nghiệp của tỉnh bạn" - đồng chí Bun-mi Xi-xu-vông, Phó Tỉnh trưởng tỉnh Sê Kông chia sẻ trong chuyến thăm, chúc Tết tỉnh Quảng Ngãi của Đoàn đại biểu tỉnh Sê Kông (Lào).',
	'',
	'Trong hai ngày qua, Đoàn do đồng chí Bun-mi Xi-xu-vông làm trưởng đoàn đã thăm, chúc Tết Đảng bộ, chính quyền và Nhân dân tỉnh Quảng Ngãi.',
	'',
	'[Ảnh 1/3]',
	'Chiều 6/2, tại trụ sở UBND tỉnh, đồng chí Võ Phiên, Phó Chủ tịch UBND tỉnh Quảng Ngãi tiếp Đoàn. Ảnh: Minh Thu',
	'',
	'[Ảnh 2/3]',
	'Sáng 7/2, Đoàn tham quan Khu kinh tế Dung Quất. Ảnh: Minh Thu'
].join('\n');

describe('a quote lead names the delegation\'s home', () => {
	it('the leader of "Đoàn do đồng chí X …" comes from the province of the quote lead\'s "Đoàn đại biểu tỉnh Y"', () => {
		const t = buildTimeline([{ file: 'photo.txt', text: page }]);
		const d = t.delegations.map((x) => ({ leader: t.people.find((p) => p.id === x.leader)?.name, from: x.from, to: x.to }));
		expect(d).toContainEqual({ leader: 'Bun-mi Xi-xu-vông', from: 'sekong', to: 'quang-ngai' });
	});
});
