/**
 * At a tribute, the one its words of thanks are for ("bày tỏ lòng biết ơn … đối với Đại tướng X") is the honoured dead, and those a
 * relative clause tells a past deed of ("X - người đã cùng ông Y … xây dựng …") are figures of the story: neither takes part. Thanks
 * told with no tribute may be to a host who is there.
 */
import { describe, expect, it } from 'vitest';
import { findPeople, isParticipant } from '../../../src/lib/pipeline/people';

const who = (s: string) => findPeople(s).map((m) => [m.name, isParticipant(s, m)]);

describe('the honoured at a tribute and those of a deed clause', () => {
	const s = 'Sau khi dâng hương tại Đài tưởng niệm, Đoàn bày tỏ lòng biết ơn sâu sắc đối với Anh hùng Lê Văn Thọ - người đã cùng đồng chí Khăm-phăn Xi-xổm-phon xây dựng căn cứ cách mạng ở vùng biên giới.';
	it('the one thanked at the tribute takes no part', () => expect(who(s)).toContainEqual(['Lê Văn Thọ', false]));
	it('one told of in the deed clause takes no part', () => expect(who(s)).toContainEqual(['Khăm-phăn Xi-xổm-phon', false]));
	it('one told of in a deed clause takes no part, whatever the happening', () => {
		const t = 'Tỉnh trao Huân chương Lao động cho ông Hoàng Đức Mạnh, người từng cùng ông Bun-mi Xay-xổm-phon mở tuyến đường qua cửa khẩu.';
		expect(who(t)).toContainEqual(['Bun-mi Xay-xổm-phon', false]);
		expect(who(t)).toContainEqual(['Hoàng Đức Mạnh', true]);
	});
	it('thanks with no tribute are to one who may be there', () => {
		expect(who('Đồng chí Đinh Văn Hùng bày tỏ lòng biết ơn đối với đồng chí Khăm-phăn Xi-xổm-phon đã quan tâm giúp đỡ.')).toContainEqual(['Khăm-phăn Xi-xổm-phon', true]);
	});
});
