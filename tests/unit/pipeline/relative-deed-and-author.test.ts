/**
 * Names told of, not present: the subjects of a relative clause "mà … đã …" ("tình hữu nghị mà Chủ tịch X và Chủ tịch Y đã dày
 * công vun đắp": who built it, long before), and the author of a work spoken of ("cuốn sách … của nhà văn X").
 */
import { describe, expect, it } from 'vitest';
import { isParticipant, findPeople } from '../../../src/lib/pipeline/people';

const who = (text: string) => findPeople(text).filter((m) => isParticipant(text, m)).map((m) => m.name);

describe('names told of in a sentence', () => {
	it('leaves out those a relative clause "mà … đã" tells a past deed of', () => {
		const text = 'Đồng chí Khăm-phăn Xỉ-vông-xay cảm ơn Đoàn, góp phần vun đắp tình hữu nghị mà Chủ tịch Xu-pha-nu-vông và Chủ tịch Tôn Đức Thắng đã dày công xây dựng.';
		expect(who(text)).toEqual(['Khăm-phăn Xỉ-vông-xay']);
	});
	it('leaves out the author of a book spoken of', () => {
		const text = 'Tại đây, ông Bua-khăm Vông-xay kể về cuốn tiểu thuyết "Rừng xà nu" của nhà văn Trần Văn Kha.';
		expect(who(text)).toEqual(['Bua-khăm Vông-xay']);
	});
});
