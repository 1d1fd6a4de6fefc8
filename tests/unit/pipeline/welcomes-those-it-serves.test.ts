/**
 * A school, a hospital or a resort welcoming those it serves ("The new school will welcome its first students when classes
 * start on October 2", "the clinic has received 400 patients") is no reception: no delegation is received and no host acts.
 * A leader welcoming a delegation, or a students' delegation, still is.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';
import { classify } from '../../../src/lib/pipeline/events';

describe('welcoming pupils, patients or tourists', () => {
	it('is no reception', () => {
		expect(classify('The new kindergarten will welcome its first children when classes start on October 2.')).toBeNull();
		expect(classify('Since it opened in March, the district hospital has received more than 1,200 patients.')).toBeNull();
		expect(classify('The resort welcomed 3,000 tourists during the festival.')).toBeNull();
	});
	it('while welcoming a delegation, or a students\u2019 one, still is', () => {
		expect(classify('Governor Sonexay welcomed the Quang Binh delegation at the provincial hall.')).toBe('reception');
		expect(classify('Vice Governor Kham received the students\u2019 delegation from Hue University.')).toBe('reception');
	});
	it('makes no planned event of a trip on the day classes start', () => {
		const text = [
			'Quang Binh hands over classrooms in Khammouane',
			'',
			'14 September 2024',
			'',
			'On Thursday, a delegation of Quang Binh province led by Vice Chairman Tran Van Phong handed over a six-classroom building to Nhommalat district, Khammouane province.',
			'',
			'The building will welcome its first pupils when the new school year begins on September 30.'
		].join('\n');
		const t = buildTimeline([{ file: 'a.txt', text }]);
		expect(t.events.filter((e) => e.start === '2024-09-30')).toEqual([]);
	});
});
