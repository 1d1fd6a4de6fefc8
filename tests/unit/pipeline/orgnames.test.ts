/**
 * A delegation sent by a body rather than a city is titled by that body. The English title gives the body's English
 * name, built from the standard English names of the kinds of body (ministries, departments, Party commissions, mass
 * organisations, commands), and never a Vietnamese name read as English words ("Delegation of công tác Bộ …").
 */
import { describe, expect, it } from 'vitest';
import { bodyInEnglish, bodyNameEnglish, bodyTitleEnglish } from '../../../src/lib/pipeline/orgnames';
import { defaultGazetteer as gaz } from '../../../src/lib/pipeline/gazetteer';
import { delegationLabel } from '../../../src/lib/pipeline/titles';
import { buildTimeline } from '../../../src/lib/pipeline/index';

describe('bodyInEnglish', () => {
	it('names a body before the one it belongs to, with the place first', () => {
		expect(bodyInEnglish('Ban Tuyên giáo Tỉnh ủy Nghệ An', gaz)).toBe('Commission for Information and Education of the Nghe An Provincial Party Committee');
		expect(bodyInEnglish('Ủy ban Kiểm tra Thành uỷ Hà Nội', gaz)).toBe('Inspection Commission of the Hanoi Party Committee');
		expect(bodyInEnglish('Trung ương Hội Liên hiệp Phụ nữ Lào', gaz)).toBe("Central Committee of the Lao Women's Union");
	});
	it('drops the words that only say what kind of delegation it is', () => {
		expect(bodyInEnglish('công tác Sở Ngoại vụ tỉnh Quảng Trị', gaz)).toBe('Quang Tri Department of Foreign Affairs');
		expect(bodyInEnglish('cán bộ Sở Y tế tỉnh Sê Kông', gaz)).toMatch(/^Se ?kong Department of Health$/i);
	});
	it("reads a place the gazetteer does not know by its kind, without the marks ('huyện Mường Xén')", () => {
		expect(bodyInEnglish('Hội Cựu chiến binh huyện Mường Xén', gaz)).toBe("Muong Xen District Veterans' Association");
	});
	it('names a command after its unit, and a ministry with its country', () => {
		expect(bodyInEnglish('Bộ Tư lệnh Quân đoàn 12', gaz)).toBe('Army Corps 12 Command');
		expect(bodyInEnglish('Bộ Y tế nước Cộng hòa Dân chủ Nhân dân Lào', gaz)).toBe('Lao Ministry of Health');
		expect(bodyInEnglish('Bộ Văn hóa, Thể thao và Du lịch Việt Nam', gaz)).toBe('Vietnam Ministry of Culture, Sports and Tourism');
	});
	it('steps back from a longer name when the rest cannot be read', () => {
		expect(bodyInEnglish('Văn phòng Trung ương Đảng', gaz)).toBe('Party Central Office');
		expect(bodyInEnglish('Văn phòng Trung ương Đảng Cộng sản Việt Nam', gaz)).toBe('Central Office of the Communist Party of Vietnam');
	});
	it('guesses at no name it cannot read', () => {
		expect(bodyInEnglish('Công ty Cổ phần Xi măng Bỉm Sơn', gaz)).toBeNull();
		expect(bodyInEnglish('thanh niên tiêu biểu của huyện', gaz)).toBeNull();
	});
});

describe('bodyTitleEnglish', () => {
	it('gives the article, keeps initials and names it cannot read as written, and drops mere descriptions', () => {
		expect(bodyTitleEnglish('công tác Bộ Tư pháp Lào', gaz)).toBe('the Lao Ministry of Justice');
		expect(bodyTitleEnglish('cán bộ Quân khu 7', gaz)).toBe('Military Region 7');
		expect(bodyTitleEnglish('HUST', gaz)).toBe('HUST');
		expect(bodyTitleEnglish('huyện Xê-pôn', gaz)).toBe('Xe-pon District');
		expect(bodyTitleEnglish('Quận 3', gaz)).toBe('District 3');
		expect(bodyTitleEnglish('công tác Công ty Cổ phần Xi măng Bỉm Sơn', gaz)).toBe('Công ty Cổ phần Xi măng Bỉm Sơn');
		expect(bodyTitleEnglish('thanh niên tiêu biểu của huyện', gaz)).toBeNull();
	});
	it('makes the English delegation title', () => {
		const l = delegationLabel('Bun-mi Xay-xạ-na', null, 'công tác Bộ Tư pháp Lào', { vi: 'Hà Nội', en: 'Hanoi' }, bodyTitleEnglish('công tác Bộ Tư pháp Lào', gaz));
		expect(l).toEqual({ vi: 'Đoàn công tác Bộ Tư pháp Lào do Bun-mi Xay-xạ-na dẫn đầu tại Hà Nội', en: 'Delegation of the Lao Ministry of Justice led by Bun-mi Xay-xạ-na to Hanoi' });
		expect(delegationLabel('X', null, 'thanh niên tiêu biểu', null, null).en).toBe('Delegation led by X');
	});
});

describe('bodyNameEnglish', () => {
	it('names the body without an article, keeps names it cannot read, and has none for mere descriptions', () => {
		expect(bodyNameEnglish('công tác Bộ Tư pháp Lào', gaz)).toBe('Lao Ministry of Justice');
		expect(bodyNameEnglish('huyện Xê-pôn', gaz)).toBe('Xe-pon District');
		expect(bodyNameEnglish('công tác Công ty Cổ phần Xi măng Bỉm Sơn', gaz)).toBe('Công ty Cổ phần Xi măng Bỉm Sơn');
		expect(bodyNameEnglish('thanh niên tiêu biểu của huyện', gaz)).toBeNull();
	});
});

describe('a body-led delegation in a timeline', () => {
	it('has its body in English in the English title', () => {
		const text = [
			'Bộ Y tế Lào thăm và làm việc tại Nghệ An',
			'',
			'14/06/2023 10:20',
			'',
			'Chiều 13/6, tại thành phố Vinh, đồng chí Lê Văn Hòa, Phó Chủ tịch UBND tỉnh Nghệ An đã tiếp Đoàn công tác Bộ Y tế Lào do ông Bun-khong Xỉ-hạ-vông, Thứ trưởng Bộ Y tế Lào làm trưởng đoàn đang thăm và làm việc tại tỉnh.',
			'',
			'Tại buổi tiếp, hai bên đã trao đổi về hợp tác đào tạo nhân lực y tế.',
			''
		].join('\n');
		const t = buildTimeline([{ file: 'a.txt', text }]);
		const labels = t.delegations.map((d) => d.label.en);
		expect(labels.some((l) => /^Delegation of the Lao Ministry of Health led by /.test(l)), JSON.stringify(labels)).toBe(true);
		// The route line names the body too, in English without the article, beside the Vietnamese it was read from.
		const d = t.delegations.find((x) => x.fromBody);
		expect(d && [d.fromBody, d.fromBodyEn]).toEqual(['công tác Bộ Y tế Lào', 'Lao Ministry of Health']);
	});
});
