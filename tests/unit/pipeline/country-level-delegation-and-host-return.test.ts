/**
 * A delegation's name goes on past a comma to its country ("Đoàn đại biểu tỉnh X, nước CHDCND Lào do đồng chí Y … làm trưởng
 * đoàn"): Y leads it. And the host who accepts to come over to the visitors' province ("Dịp này, đồng chí Z nhận lời mời sang
 * thăm … tỉnh X trong năm 2024"), on a page that leaves the host's own province unnamed ("tại trụ sở UBND tỉnh"), leads a
 * return visit of his own, not the visitors' trip.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const text = [
	'Lãnh đạo tỉnh tiếp Đoàn đại biểu tỉnh Xiêng Khoảng',
	'',
	'20/06/2023 18:30',
	'',
	'Chiều 20/6, tại trụ sở UBND tỉnh, đồng chí Lê Quang Tùng, Chủ tịch UBND tỉnh đã tiếp và làm việc với Đoàn đại biểu tỉnh Xiêng Khoảng, nước CHDCND Lào do đồng chí Bun-mi Phăn-thạ-vông, Phó Tỉnh trưởng tỉnh Xiêng Khoảng làm trưởng đoàn.',
	'',
	'Hai bên trao đổi về hợp tác trong lĩnh vực giáo dục và nông nghiệp.',
	'',
	'Dịp này, đồng chí Lê Quang Tùng nhận lời mời sang thăm và làm việc tại tỉnh Xiêng Khoảng trong năm 2024.'
].join('\n');

const trips = (text: string) => {
	const t = buildTimeline([{ file: 'a.txt', text }]);
	return (q: string) => {
		const e = t.events.find((x) => x.sources.some((s) => s.quote.startsWith(q)));
		const d = e && t.delegations.find((x) => x.events.includes(e.id));
		return d && { leader: t.people.find((p) => p.id === d.leader)?.name, to: d.to };
	};
};

describe('a delegation named with its country, and the host\'s accepted visit', () => {
	const trip = trips(text);
	it('is led by whom "do … làm trưởng đoàn" names after the country', () => {
		expect(trip('Chiều 20/6')?.leader).toBe('Bun-mi Phăn-thạ-vông');
	});
	it('the host who accepts to come over leads his own trip to the visitors\' province', () => {
		expect(trip('Dịp này')).toEqual({ leader: 'Lê Quang Tùng', to: 'xiangkhouang' });
	});
	it('so with the delegation named by its country in brackets', () => {
		const other = trips(text.replace(', nước CHDCND Lào do', ' (Lào) do'));
		expect(other('Chiều 20/6')?.leader).toBe('Bun-mi Phăn-thạ-vông');
		expect(other('Dịp này')).toEqual({ leader: 'Lê Quang Tùng', to: 'xiangkhouang' });
	});
});
