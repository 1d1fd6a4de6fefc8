/**
 * English news tells a delegation's programme by verbs of their own: a week that "closed late on Wednesday", a troupe that
 * "performed", "the show … drew 3,000 people", guests who "joined … at a get-together", a bus route "launched", a delegation
 * "greeted by" its hosts on arrival, one that "will leave X for Y", "will then spend Oct. 14 and 15 in X", a team that "will
 * start a new search for the remains of fallen soldiers". "Over the weekend" is the Saturday and Sunday just gone.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';
import { classify } from '../../../src/lib/pipeline/events';

const page = (...paragraphs: string[]) => paragraphs.join('\n\n');

describe('English programme verbs', () => {
	it('name the happening', () => {
		expect(classify('The Hua Phan Culture Week in Thanh Hoa, which ran from October 3 to 9, closed late on Sunday at the provincial theatre.')).toBe('ceremony');
		expect(classify('On Saturday, the Xieng Khouang Provincial Art Troupe performed for hundreds of students in Vinh city.')).toBe('ceremony');
		expect(classify('The concert in Cua Lo on Sunday night drew more than 2,000 people.')).toBe('ceremony');
		expect(classify('Earlier in the day, the visitors joined former volunteer soldiers at a get-together in Do Luong district.')).toBe('ceremony');
		expect(classify('The two sides also launched a direct coach route linking Vinh with Phonsavan.')).toBe('ceremony');
		expect(classify('On arrival at Vinh International Airport, the delegation was greeted by provincial leaders.')).toBe('reception');
		expect(classify('The delegation will leave Nghe An for Hanoi on Tuesday.')).toBe('visit');
		expect(classify('It will then spend Oct. 14 and 15 in Thanh Hoa province before flying home.')).toBe('visit');
		expect(classify('A joint team will begin a new search for the remains of martyrs in Xieng Khouang next month.')).toBe('visit');
	});
	it('not what only looks like them', () => {
		expect(classify('The border gate was closed for two days by floods.')).toBeNull();
		expect(classify('The province drew lessons from the pandemic.')).toBeNull();
		expect(classify('The youth union launched a campaign against plastic waste.')).toBeNull();
		expect(classify('The two sides agreed to cooperate in the search for the remains of soldiers.')).toBeNull();
	});
	it('"over the weekend" and a show the next sentence tells are the delegation\'s, on Saturday and Sunday', () => {
		const t = buildTimeline([
			{
				file: 'a.txt',
				text: page(
					'Days of Xieng Khouang Culture in Nghe An close',
					'Wednesday, October 12, 2022 8:30 AM',
					'The Days of Xieng Khouang Culture in Nghe An, which ran from October 6 to 11 in Vinh city, closed late on Tuesday at the provincial theatre.',
					'Speaking at the closing, Bounma Chanthavong, Vice Governor of Xieng Khouang and head of the Lao delegation, thanked the hosts.',
					'Over the weekend, the Xieng Khouang Provincial Art Troupe performed for thousands of spectators in Cua Lo town and Thai Hoa town.',
					'The show in Thai Hoa on Sunday evening drew more than 2,000 people.',
					'On October 10, Nghe An Vice Chairman Tran Van Lam held talks with the Xieng Khouang delegation in Vinh.',
					'Earlier in the day, the guests joined local veterans at a get-together at the Truong Bon relic site.',
					'The delegation will leave Nghe An for Hanoi on Thursday before flying home.'
				)
			}
		]);
		const by = (q: string) => t.events.find((e) => e.sources.some((s) => s.quote.startsWith(q)));
		const days = (q: string) => {
			const e = by(q);
			return e && [e.start, e.end, e.status, e.role, !!e.delegation];
		};
		expect(days('The Days of Xieng Khouang')).toEqual(['2022-10-11', '2022-10-11', 'occurred', 'main', true]);
		expect(days('Over the weekend')).toEqual(['2022-10-08', '2022-10-09', 'occurred', 'main', true]);
		expect(days('The show in Thai Hoa')).toEqual(['2022-10-09', '2022-10-09', 'occurred', 'main', true]);
		expect(days('Earlier in the day')).toEqual(['2022-10-10', '2022-10-10', 'occurred', 'main', true]);
		expect(days('The delegation will leave')).toEqual(['2022-10-13', '2022-10-13', 'planned', 'main', true]);
	});
	it('a tour of several stops: an event naming its own stop does not get the most told one', () => {
		const t = buildTimeline([
			{
				file: 'b.txt',
				text: page(
					'Luang Prabang leaders visit Viet Nam',
					'Tuesday, May 16, 2023 9:00 AM',
					'A delegation from Luang Prabang province led by Governor Khamkhan Chanthavisouk is on a working visit to Viet Nam from May 15 to 19.',
					'On the afternoon of May 16, Chairman of the Hanoi People\'s Committee Nguyen Van Binh held talks with the delegation.',
					'The delegation is scheduled to visit Ninh Binh province on Wednesday.',
					'It will then spend May 18 and 19 in Ninh Binh province before flying back to Luang Prabang.'
				)
			}
		]);
		const talks = t.events.find((e) => e.sources.some((s) => s.quote.startsWith('On the afternoon of May 16')));
		expect(talks?.cities).toContain('hanoi');
		expect(talks?.cities).not.toContain('ninh-binh');
		const stay = t.events.find((e) => e.sources.some((s) => s.quote.startsWith('It will then spend')));
		expect(stay && [stay.start, stay.end, stay.status, stay.type]).toEqual(['2023-05-18', '2023-05-19', 'planned', 'visit']);
	});
});
