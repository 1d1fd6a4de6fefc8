/**
 * Days told by their name across the year's end (dates/named-days.ts, lunar.ts, english.ts): "Đêm giao thừa Tết Dương
 * lịch" is the night of 31 December, "Ngày đầu năm mới" 1 January, "New Year's Eve"/"New Year's Day" the same, each in
 * the year the stamp or the trip gives; the lunar new year's eve is lunar. And English talks told by what took place
 * ("Talks between the two sides took place on the 20th"), from which "Earlier in the day", "The previous evening" count.
 */
import { describe, expect, it } from 'vitest';
import { findTimeMentions, resolveMention, type ResolveContext } from '../../../src/lib/pipeline/dates/index';
import { parseIso } from '../../../src/lib/pipeline/dates/calendar';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const stamp = (day: string): ResolveContext => ({ now: { date: parseIso(day), dating: 'publication', confidence: 0.9, how: 'stamp' }, anchor: null, year: null });
const one = (s: string, lang: 'vi' | 'en' = 'vi') => {
	const ms = findTimeMentions(s, lang);
	expect(ms, `mentions in "${s}"`).toHaveLength(1);
	return ms[0];
};
const page = (title: string, stampLine: string, ...paragraphs: string[]) =>
	buildTimeline([{ file: 'a.txt', text: [title, '', stampLine, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n') }]);
const eventOf = (t: ReturnType<typeof buildTimeline>, quote: string) => {
	const e = t.events.find((x) => x.sources[0].quote.startsWith(quote));
	expect(e, `an event quoting "${quote}"`).toBeTruthy();
	return e!;
};

describe('named days of the solar new year', () => {
	it('reads the eve and the first day in Vietnamese, with the year the stamp gives', () => {
		expect(resolveMention(one('Đêm giao thừa Tết Dương lịch, Đoàn dự chương trình đón năm mới tại quảng trường.'), stamp('2020-01-04'))).toMatchObject({ start: '2019-12-31', end: '2019-12-31', partOfDay: 'night' });
		expect(resolveMention(one('Ngày đầu năm mới, Đoàn tham quan thác Khôn Phạ Phềng.'), stamp('2020-01-04'))).toMatchObject({ start: '2020-01-01', end: '2020-01-01' });
		expect(resolveMention(one('Sáng ngày Tết Dương lịch, Đoàn dâng hoa tại tượng đài.'), stamp('2019-12-30'))).toMatchObject({ start: '2020-01-01', partOfDay: 'morning' });
		// A year written with the eve is the year it opens.
		expect(one('Tối giao thừa Tết Dương lịch 2021, hai đoàn giao lưu văn nghệ.')).toMatchObject({ day: 31, month: 12, year: 2020, partOfDay: 'evening' });
		expect(one('Sáng mùng 1 Tết Dương lịch 2021, Đoàn dâng hương.')).toMatchObject({ day: 1, month: 1, year: 2021, partOfDay: 'morning' });
		expect(one('Sáng mùng 1 Tết Dương lịch 2021, Đoàn dâng hương.').lunar).toBeUndefined();
	});

	it('leaves the lunar new year to the lunar calendar, and "những ngày đầu năm mới" undated', () => {
		expect(findTimeMentions('Trong những ngày đầu năm mới, hai huyện thăm hỏi nhau.', 'vi')).toEqual([]);
		expect(findTimeMentions('Ngày đầu năm mới Canh Tý, Đoàn chúc Tết lãnh đạo tỉnh bạn.', 'vi')).toEqual([]);
		// Tết Canh Tý fell on 25/1/2020: its eve is the 24th.
		expect(resolveMention(one('Đêm giao thừa Tết Nguyên đán, Đoàn cùng lưu học sinh đón xuân.'), stamp('2020-01-28'))).toMatchObject({ start: '2020-01-24', partOfDay: 'night' });
		expect(one('Tối giao thừa Xuân Canh Tý, Đoàn thăm bộ đội biên phòng.')).toMatchObject({ day: 30, month: 12, lunar: true, partOfDay: 'evening' });
	});

	it('reads New Year\'s Eve and Day in English, not the Lunar or Lao new year', () => {
		expect(resolveMention(one("On New Year's Eve, the delegation joined a concert in Pakse.", 'en'), stamp('2020-01-03'))).toMatchObject({ start: '2019-12-31' });
		expect(resolveMention(one('New Year’s Day saw the visitors tour the Plain of Jars.', 'en'), stamp('2020-01-03'))).toMatchObject({ start: '2020-01-01' });
		expect(findTimeMentions("On Lunar New Year's Eve, the hosts held a dinner.", 'en')).toEqual([]);
	});

	it('dates a trip\'s days across the year\'s end, the celebration attended among them', () => {
		const t = page(
			'Hà Giang - Phông-sả-lỳ: đón năm mới bên nhau',
			'Thứ Bảy, 04/01/2020 - 10:15',
			'Từ ngày 30/12/2019 đến 3/1/2020, Đoàn đại biểu tỉnh Hà Giang do đồng chí Lò Minh Tuệ, Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã thăm, làm việc tại tỉnh Phông-sả-lỳ (Lào).',
			'Ngày 31/12, Đoàn thăm Trường Dân tộc nội trú tỉnh Phông-sả-lỳ.',
			'Đêm giao thừa Tết Dương lịch, các thành viên Đoàn dự chương trình đón năm mới tại trung tâm thành phố.',
			'Ngày đầu năm mới, Đoàn tham quan làng nghề dệt của đồng bào Lự.',
			'Sáng 3/1, Đoàn về nước qua cửa khẩu Tây Trang.'
		);
		expect(eventOf(t, 'Đêm giao thừa Tết Dương lịch')).toMatchObject({ start: '2019-12-31', end: '2019-12-31', status: 'occurred', role: 'main' });
		expect(eventOf(t, 'Ngày đầu năm mới')).toMatchObject({ start: '2020-01-01', end: '2020-01-01', status: 'occurred', role: 'main' });
	});
});

describe('English talks told by their taking place, and the days counted from them', () => {
	it('"Talks … took place on the 20th" is the talks of that day; "Earlier in the day" and "The previous evening" count from it', () => {
		const t = page(
			'Hai Duong, Bokeo strengthen farm links',
			'Saturday, October 24, 2020 9:00 AM',
			'A Hai Duong delegation led by Tran Van Quan, Vice Chairman of the provincial People\'s Committee, paid a working visit to Bokeo province of Laos on Oct. 19 and 20.',
			'On arrival in Houayxay on Monday morning, the delegation was welcomed by Bokeo Vice Governor Somphone Inthavong.',
			'Talks between the two sides took place on the 20th at the provincial hall, co-chaired by Quan and Bokeo Governor Bounthong Sayavong.',
			'Earlier in the day, the delegation toured a rice mill in Tonpheung district.',
			'The previous evening, the Bokeo administration hosted a welcome dinner for the delegation.'
		);
		expect(eventOf(t, 'Talks between the two sides took place')).toMatchObject({ start: '2020-10-20', end: '2020-10-20', type: 'talks' });
		expect(eventOf(t, 'Earlier in the day')).toMatchObject({ start: '2020-10-20' });
		expect(eventOf(t, 'The previous evening')).toMatchObject({ start: '2020-10-19', partOfDay: 'evening' });
	});
});
