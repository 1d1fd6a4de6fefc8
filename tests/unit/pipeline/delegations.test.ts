/**
 * Who travels and who hosts, from one sentence (readSetting), and trips (groupTrips). People and
 * cities are given as mentions found by name in the sentence, the way the pipeline passes them.
 */
import { describe, expect, it } from 'vitest';
import { groupTrips, readSetting, type CityInfo, type Mentioned, type Party, type Setting } from '../../../src/lib/pipeline/delegations';

const info = new Map<string, CityInfo>(
	[['can-tho', 'VN'], ['hai-phong', 'VN'], ['thanh-hoa', 'VN'], ['houaphanh', 'LA'], ['luang-namtha', 'LA'], ['sekong', 'LA'], ['da-nang', 'VN'], ['champasak', 'LA'], ['nghe-an', 'VN'], ['xiangkhouang', 'LA'], ['hanoi', 'VN'], ['vientiane', 'LA']].map(([id, country]) => [id, { id, country }])
);
/** Mentions of the given surface strings, each with its id. */
function at(text: string, names: [string, string][]): Mentioned[] {
	return names.map(([surface, id]) => {
		const start = text.indexOf(surface);
		if (start < 0) throw new Error(`"${surface}" is not in the sentence`);
		return { start, end: start + surface.length, id };
	});
}
function setting(text: string, people: [string, string][], cities: [string, string][], frame: Setting | null = null) {
	return readSetting(text, at(text, people), at(text, cities), info, frame);
}

describe('readSetting', () => {
	it('a reception with no "tại": the host official’s city, in the other country, is where it happened', () => {
		const s = 'Chiều hôm qua (15/12), ông Trần Việt Hưng, Phó Bí thư Thành ủy, Chủ tịch UBND TP Cần Thơ đã tiếp Đoàn đại biểu tỉnh Sê Kông (Lào) do ông Souksavanh Inthavong, Phó Tỉnh trưởng tỉnh Sê Kông làm trưởng đoàn đến thăm và làm việc tại thành phố.';
		const r = setting(s, [['Trần Việt Hưng', 'tvh'], ['Souksavanh Inthavong', 'si']], [['Cần Thơ', 'can-tho'], ['Sê Kông', 'sekong']]);
		expect(r.place).toBe('can-tho');
		expect(r.visitor).toMatchObject({ leader: 'si', fromCity: 'sekong' });
	});

	it('a city named by the visiting delegation’s own leader is not a host city', () => {
		const s = 'Đoàn đại biểu Thủ đô Hà Nội do đồng chí Nguyễn Văn A, Bí thư Thành ủy Hà Nội dẫn đầu đã có buổi làm việc.';
		const r = setting(s, [['Nguyễn Văn A', 'a']], [['Hà Nội', 'hanoi']]);
		expect(r.place).toBeNull();
	});

	it('"do đồng chí X, …, đứng đầu" names the delegation’s leader, as "dẫn đầu" does', () => {
		const s = 'Chiều 9/10, tại Hà Nội, đồng chí Trần Văn B đã hội đàm với Đoàn đại biểu Thành ủy Viêng Chăn do đồng chí Anouphap Tounalom, Bí thư Thành ủy Viêng Chăn, đứng đầu.';
		const r = setting(s, [['Trần Văn B', 'b'], ['Anouphap Tounalom', 'at']], [['Hà Nội', 'hanoi'], ['Viêng Chăn', 'vientiane']]);
		expect(r.visitor).toMatchObject({ leader: 'at', fromCity: 'vientiane' });
	});

	it('"sẽ sang thăm tỉnh X" names the place visited, with no "tại"', () => {
		const s = 'Trong hai ngày 14-15/9, Đoàn đại biểu tỉnh Nghệ An do Bí thư Tỉnh ủy Thái Thanh Quý dẫn đầu sẽ sang thăm tỉnh Xiêng Khoảng (Lào).';
		const r = setting(s, [['Thái Thanh Quý', 'ttq']], [['Nghệ An', 'nghe-an'], ['Xiêng Khoảng', 'xiangkhouang']]);
		expect(r.place).toBe('xiangkhouang');
		expect(r.visitor).toMatchObject({ leader: 'ttq', fromCity: 'nghe-an' });
		// "thăm" followed by no city ("thăm và làm việc tại …") leaves the place to "tại".
		expect(setting('Ngày 5/9, Đoàn đại biểu tỉnh Nghệ An thăm và làm việc tại tỉnh Xiêng Khoảng.', [], [['Nghệ An', 'nghe-an'], ['Xiêng Khoảng', 'xiangkhouang']]).place).toBe('xiangkhouang');
	});

	it('a bracket with commas between the delegation and its "do" ("Đoàn công tác phường X (thành phố Y, tỉnh Z) do bà …")', () => {
		const s = 'Ngày 15/11, Đoàn công tác phường Đông Thanh (thành phố Đông Hà, tỉnh Nghệ An) do bà Lê Thị Hoa, Bí thư Đảng ủy phường làm trưởng đoàn đã kết thúc chuyến thăm và làm việc tại tỉnh Xiêng Khoảng (Lào).';
		const r = setting(s, [['Lê Thị Hoa', 'lth']], [['Nghệ An', 'nghe-an'], ['Xiêng Khoảng', 'xiangkhouang']]);
		expect(r.visitor).toMatchObject({ leader: 'lth' });
		expect(r.place).toBe('xiangkhouang');
	});

	it('"Đoàn công tác huyện X, tỉnh Y (Lào) do …": the next level up after a comma is still where the delegation is from', () => {
		const s = 'Chiều 8/6, tại Nghệ An, lãnh đạo tỉnh đã tiếp Đoàn công tác huyện Khăm Cợt, tỉnh Xiêng Khoảng (Lào) do đồng chí Xổm-phết Mạ-ni-vông làm trưởng đoàn.';
		const r = setting(s, [['Xổm-phết Mạ-ni-vông', 'xm']], [['Nghệ An', 'nghe-an'], ['Xiêng Khoảng', 'xiangkhouang']]);
		expect(r.visitor).toMatchObject({ leader: 'xm', fromCity: 'xiangkhouang' });
	});
	it('a delegation of the youth union ("Đoàn đại biểu Đoàn Thanh niên … do anh X … làm trưởng đoàn") is led by X', () => {
		const s = 'Từ 14-16/11, Đoàn đại biểu Đoàn Thanh niên Nhân dân Cách mạng Lào Thủ đô Viêng Chăn do anh Xổm-phết Kẹo-ma-ni, Bí thư Đoàn Thanh niên Thủ đô Viêng Chăn, làm trưởng đoàn thăm và làm việc tại Hà Nội.';
		const r = setting(s, [['Xổm-phết Kẹo-ma-ni', 'xk']], [['Viêng Chăn', 'vientiane'], ['Hà Nội', 'hanoi']]);
		expect(r.visitor).toMatchObject({ leader: 'xk', fromCity: 'vientiane' });
	});

	it('a period inside an abbreviation ("UBND TP.HCM", "TP. Hồ Chí Minh") ends no clause: the leader and his city are read', () => {
		for (const [title, surface] of [['Bí thư Thành Đoàn TP.HCM', 'TP.HCM'], ['Phó Chủ tịch UBND TP. Hồ Chí Minh', 'TP. Hồ Chí Minh'], ['Giám đốc Sở Y tế Tp.HCM', 'Tp.HCM']]) {
			const s = `Đoàn do anh Trần Hữu Phước, ${title} làm trưởng đoàn, thăm và làm việc tại Thủ đô Viêng Chăn từ ngày 2 đến 5/4.`;
			const r = setting(s, [['Trần Hữu Phước', 'thp']], [[surface, 'ho-chi-minh-city'], ['Viêng Chăn', 'vientiane']]);
			expect(r.visitor, title).toMatchObject({ leader: 'thp', fromCity: 'ho-chi-minh-city' });
		}
	});

	it('a youth delegation told with its members ("gồm 40 đoàn viên, thanh niên do anh X …") is led by X', () => {
		const s = 'Từ ngày 3 đến 6/7, Đoàn đại biểu Tỉnh đoàn Nghệ An gồm 30 đoàn viên, thanh niên do anh Hồ Văn Tâm, Bí thư Tỉnh đoàn làm trưởng đoàn đã tham gia Trại hè Thanh niên tại tỉnh Xiêng Khoảng (Lào).';
		const r = setting(s, [['Hồ Văn Tâm', 'hvt']], [['Nghệ An', 'nghe-an'], ['Xiêng Khoảng', 'xiangkhouang']]);
		expect(r.visitor).toMatchObject({ leader: 'hvt', fromCity: 'nghe-an' });
	});

	it('"Tỉnh đoàn", "Huyện đoàn" are the youth union of a province, a district: no delegation', () => {
		const s = 'Tối 15/5, tại Thủ đô Hà Nội, Tỉnh đoàn Xiêng Khoảng tổ chức chương trình giao lưu văn nghệ.';
		expect(setting(s, [], [['Hà Nội', 'hanoi'], ['Xiêng Khoảng', 'xiangkhouang']]).visitor).toBeNull();
		const d = 'Chiều 15/5, tại Thủ đô Viêng Chăn, Huyện đoàn Nghi Lộc (Nghệ An) đã giao lưu với thanh niên Lào.';
		expect(setting(d, [], [['Viêng Chăn', 'vientiane'], ['Nghệ An', 'nghe-an']]).visitor).toBeNull();
	});
	it('English passive: "the delegation was received by Governor X" names the host, not a guest', () => {
		const s = 'On Tuesday (June 11), in Xiangkhouang, the delegation was received by Governor Phouvong Sisouvanh, who spoke highly of the support Nghe An has given the province.';
		const r = setting(s, [['Phouvong Sisouvanh', 'ps']], [['Xiangkhouang', 'xiangkhouang'], ['Nghe An', 'nghe-an']]);
		expect(r.place).toBe('xiangkhouang');
		expect(r.visitor?.leader ?? null).not.toBe('ps');
	});
	it('a department\'s name may list its fields with commas: "Đoàn công tác Sở Thông tin, Văn hóa và Du lịch tỉnh X do bà …"', () => {
		const s = 'Chiều 15-11, tại Nghệ An, lãnh đạo tỉnh đã tiếp Đoàn công tác Sở Thông tin, Văn hóa và Du lịch tỉnh Xiêng Khoảng do bà Vi-lạ-phon Kẹo-chăn-thạ, Giám đốc Sở làm trưởng đoàn.';
		const r = setting(s, [['Vi-lạ-phon Kẹo-chăn-thạ', 'vk']], [['Nghệ An', 'nghe-an'], ['Xiêng Khoảng', 'xiangkhouang']]);
		expect(r.visitor).toMatchObject({ leader: 'vk', fromCity: 'xiangkhouang' });
		// A comma before a title is no list: the delegation ends there.
		const t = 'Chiều 15-11, tại Nghệ An, lãnh đạo tỉnh đã tiếp Đoàn đại biểu tỉnh Xiêng Khoảng, Phó Bí thư Tỉnh ủy và các thành viên.';
		expect(setting(t, [], [['Nghệ An', 'nghe-an'], ['Xiêng Khoảng', 'xiangkhouang']]).visitor).toMatchObject({ fromCity: 'xiangkhouang' });
	});
	it('delegations counted ("hai đoàn công tác của nước CHDCND Lào") are none of them', () => {
		const s = 'Trong ngày 15-11, tại Nghệ An, lãnh đạo tỉnh đã tiếp hai đoàn công tác của nước CHDCND Lào.';
		expect(setting(s, [], [['Nghệ An', 'nghe-an']]).visitor).toBeNull();
	});
	it('English: "travelled to X" names where the event happened', () => {
		const s = 'On Saturday, the delegation travelled to Vientiane and met with the city leaders.';
		expect(setting(s, [], [['Vientiane', 'vientiane']]).place).toBe('vientiane');
	});
	it('English: "Officials from X Province led by Y visited Z" — a delegation with no word for one', () => {
		const s = 'Officials from Xieng Khouang Province led by Vice Governor Khamphanh Sisouvong visited Nghe An, Vietnam, from May 6 to 8 to discuss border trade.';
		const r = setting(s, [['Khamphanh Sisouvong', 'ks']], [['Xieng Khouang', 'xiangkhouang'], ['Nghe An', 'nghe-an']]);
		expect(r.visitor).toMatchObject({ leader: 'ks', fromCity: 'xiangkhouang' });
		// The Vietnamese "lãnh đạo tỉnh X do Y … dẫn đầu" is the same.
		const vi = 'Ngày 6/5, lãnh đạo tỉnh Xiêng Khoảng do ông Khamphanh Sisouvong, Phó Tỉnh trưởng dẫn đầu đã sang thăm và làm việc tại tỉnh Nghệ An.';
		expect(setting(vi, [['Khamphanh Sisouvong', 'ks']], [['Xiêng Khoảng', 'xiangkhouang'], ['Nghệ An', 'nghe-an']]).visitor).toMatchObject({ leader: 'ks', fromCity: 'xiangkhouang' });
		// Officials with no one leading them are no delegation; nor are a city's officials who receive.
		expect(setting('Officials from Nghe An attended the fair in Vientiane on May 6.', [], [['Nghe An', 'nghe-an'], ['Vientiane', 'vientiane']]).visitor).toBeNull();
	});

	it('English: "X is leading a delegation of Da Nang officials on a working visit to Champassak"', () => {
		const s = 'Mr Luong Minh Tam is leading a delegation of Da Nang officials on a working visit to Champassak from March 18 to 21.';
		const r = setting(s, [['Luong Minh Tam', 'lmt']], [['Da Nang', 'da-nang'], ['Champassak', 'champasak']]);
		expect(r.place).toBe('champasak');
		expect(r.visitor).toMatchObject({ leader: 'lmt', fromCity: 'da-nang' });
	});

	it('English: "a delegation from Vientiane, Laos, led by Vice Mayor X" after the appositive commas', () => {
		const s = "Chairman of the Hai Phong municipal People's Committee Tran Duc Minh received a delegation from Vientiane, Laos, led by Vice Mayor Sisomphone Keovilay in the northern port city on October 9.";
		const r = setting(s, [['Tran Duc Minh', 'tdm'], ['Sisomphone Keovilay', 'sk']], [['Hai Phong', 'hai-phong'], ['Vientiane', 'vientiane']]);
		expect(r.visitor).toMatchObject({ leader: 'sk', fromCity: 'vientiane' });
	});

	it('a leader received alone, with no "Đoàn": the guest’s own title names where the trip comes from', () => {
		const s = 'Chiều 7/6, tại Trụ sở Thành ủy, đồng chí Vũ Đình Khôi, Bí thư Thành ủy Hải Phòng đã tiếp đồng chí Bounthavy Sisomphou, Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Luông Nặm Tha đang có chuyến thăm và làm việc tại thành phố Hải Phòng.';
		const r = setting(s, [['Vũ Đình Khôi', 'host'], ['Bounthavy Sisomphou', 'guest']], [['Hải Phòng', 'hai-phong'], ['Luông Nặm Tha', 'luang-namtha'], ['thành phố Hải Phòng', 'hai-phong']]);
		expect(r.place).toBe('hai-phong');
		expect(r.visitor).toMatchObject({ leader: 'guest', fromCity: 'luang-namtha' });
		// The title before the name, in English.
		const en = 'Hai Phong Party Secretary Vu Dinh Khoi received Luang Namtha Governor Bounthavy Sisomphou in Hai Phong on June 7.';
		expect(setting(en, [['Vu Dinh Khoi', 'host'], ['Bounthavy Sisomphou', 'guest']], [['Hai Phong', 'hai-phong'], ['Luang Namtha', 'luang-namtha'], ['Hai Phong on', 'hai-phong']]).visitor).toMatchObject({ leader: 'guest', fromCity: 'luang-namtha' });
		// A leader who "paid a working visit", titled by their province before the name.
		const paid = "Luang Namtha Governor Bounthavy Sisomphou and his entourage paid a working visit to Vietnam's Hai Phong city on June 7-9.";
		expect(setting(paid, [['Bounthavy Sisomphou', 'guest']], [['Luang Namtha', 'luang-namtha'], ['Hai Phong', 'hai-phong']])).toMatchObject({ place: 'hai-phong', visitor: { leader: 'guest', fromCity: 'luang-namtha' } });
		// "đã có chuyến thăm": the trip told of its leader alone.
		const done = 'Từ ngày 6 - 8/6, đồng chí Bounthavy Sisomphou, Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Luông Nặm Tha đã có chuyến thăm và làm việc tại thành phố Hải Phòng.';
		expect(setting(done, [['Bounthavy Sisomphou', 'guest']], [['Luông Nặm Tha', 'luang-namtha'], ['Hải Phòng', 'hai-phong']]).visitor).toMatchObject({ leader: 'guest', fromCity: 'luang-namtha' });
		// No "tại <city>": the receiver is at home, in the city of their title.
		const recv = 'Sáng 7/6, đồng chí Vũ Đình Khôi, Bí thư Thành ủy Hải Phòng đã tiếp đồng chí Bounthavy Sisomphou, Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Luông Nặm Tha sang thăm và làm việc tại thành phố.';
		expect(setting(recv, [['Vũ Đình Khôi', 'host'], ['Bounthavy Sisomphou', 'guest']], [['Hải Phòng', 'hai-phong'], ['Luông Nặm Tha', 'luang-namtha']])).toMatchObject({ place: 'hai-phong', visitor: { leader: 'guest', fromCity: 'luang-namtha' } });
		// A host of the same side is nobody's guest.
		const home = 'Chiều 7/6, đồng chí Vũ Đình Khôi, Bí thư Thành ủy Hải Phòng đã tiếp đồng chí Trần Văn Nam, Giám đốc Cảng Hải Phòng tại thành phố Hải Phòng.';
		expect(setting(home, [['Vũ Đình Khôi', 'host'], ['Trần Văn Nam', 'x']], [['Hải Phòng', 'hai-phong']]).visitor).toBeNull();
	});

	it('the origin of a delegation: the leader’s own title, an English adjective, never the destination', () => {
		const en = "Vientiane Mayor Phoxay Chanthavong yesterday held talks with Vice Chairman of the Hanoi People's Committee Tran Van Long, who is leading a delegation on a working visit to the Lao capital.";
		const r = setting(en, [['Phoxay Chanthavong', 'pc'], ['Tran Van Long', 'tvl']], [['Vientiane', 'vientiane'], ['Hanoi', 'hanoi']]);
		expect(r.visitor).toMatchObject({ leader: 'tvl', fromCity: 'hanoi', country: 'VN' });
		expect(r.place).not.toBe('hanoi');
		const adj = 'The Hanoi delegation will also visit the That Luang stupa and the Vientiane Capital Hall today.';
		expect(setting(adj, [], [['Hanoi', 'hanoi'], ['Vientiane', 'vientiane']]).hosts.concat(setting(adj, [], [['Hanoi', 'hanoi'], ['Vientiane', 'vientiane']]).visitor ?? [])[0]).toMatchObject({ fromCity: 'hanoi' });
		const vi = 'Sáng 5/5, đoàn công tác do đồng chí Lê Văn Tâm, Bí thư Tỉnh ủy Nghệ An dẫn đầu đã làm việc tại tỉnh Xiêng Khoảng.';
		expect(setting(vi, [['Lê Văn Tâm', 'lvt']], [['Nghệ An', 'nghe-an'], ['Xiêng Khoảng', 'xiangkhouang']]).visitor).toMatchObject({ leader: 'lvt', fromCity: 'nghe-an' });
	});

	it('a leader’s own city is no sign of travel when nothing says where it happened', () => {
		const s = 'Sáng 12/4, đồng chí Nguyễn Quang Việt, Phó Bí thư Thành ủy Hà Nội cùng Đoàn đại biểu Thành ủy, HĐND, UBND thành phố Hà Nội đã đến thăm, chúc Tết Bunpimay tại Đại sứ quán Lào tại Việt Nam.';
		expect(setting(s, [['Nguyễn Quang Việt', 'nqv']], [['Hà Nội', 'hanoi']]).visitor).toBeNull();
	});

	it('the delegation named again without its leader is still the one the article introduced', () => {
		const lead = 'Trong các ngày 22-24/11/2023, Đoàn đại biểu cấp cao tỉnh Xiêng Khoảng (Lào) do đồng chí Phonxay Khammany, Bí thư Tỉnh ủy làm trưởng đoàn sang thăm và làm việc tại tỉnh Nghệ An.';
		const frame = setting(lead, [['Phonxay Khammany', 'pk']], [['Xiêng Khoảng', 'xiangkhouang'], ['Nghệ An', 'nghe-an']]);
		expect(frame.visitor?.leader).toBe('pk');
		const talks = 'Chiều 22/11, tại Trụ sở Tỉnh ủy, đồng chí Thái Văn Hào, Bí thư Tỉnh ủy Nghệ An đã chủ trì hội đàm với Đoàn đại biểu cấp cao tỉnh Xiêng Khoảng.';
		const r = setting(talks, [['Thái Văn Hào', 'tvh']], [['Nghệ An', 'nghe-an'], ['Xiêng Khoảng', 'xiangkhouang']], frame);
		expect(r.visitor).toMatchObject({ leader: 'pk', fromCity: 'xiangkhouang' });
		// Another province's delegation does not inherit that leader.
		const other = 'Chiều 23/11, lãnh đạo tỉnh Nghệ An đã tiếp Đoàn đại biểu Thủ đô Viêng Chăn.';
		expect(setting(other, [], [['Nghệ An', 'nghe-an'], ['Viêng Chăn', 'vientiane']], frame).visitor?.leader ?? null).toBeNull();
	});

	it('English: "Vice Governor of Xekong province, Mr. X, led a delegation … on a visit to Y" comes from Xekong', () => {
		const s = '(KPL) Vice Governor of Xekong province, Mr. Somsack Inthavong, led a delegation of provincial officials on a visit to Quang Nam province, Vietnam, on Oct 10-12.';
		const r = readSetting(s, at(s, [['Somsack Inthavong', 'si']]), at(s, [['Xekong', 'sekong'], ['Quang Nam', 'quang-nam']]), new Map([...info, ['quang-nam', { id: 'quang-nam', country: 'VN' }]]), null);
		expect(r).toMatchObject({ place: 'quang-nam', visitor: { leader: 'si', fromCity: 'sekong' } });
	});

	it('a delegation from where the frame’s trip goes travels the other way: a visit and its return', () => {
		const trip = 'Dự kiến, từ ngày 5 - 7/12, Đoàn đại biểu cấp cao tỉnh Nghệ An do đồng chí Thái Văn Hào dẫn đầu sẽ sang thăm và làm việc tại tỉnh Xiêng Khoảng.';
		const frame = setting(trip, [['Thái Văn Hào', 'tvh']], [['Nghệ An', 'nghe-an'], ['Xiêng Khoảng', 'xiangkhouang']]);
		expect(frame).toMatchObject({ place: 'xiangkhouang', visitor: { leader: 'tvh', fromCity: 'nghe-an' } });
		const call = 'Chiều 12/10, Bí thư Tỉnh ủy Thái Văn Hào đã tiếp Đoàn công tác tỉnh Xiêng Khoảng do ông Phonxay Khammany, Phó Tỉnh trưởng làm trưởng đoàn đến chào xã giao.';
		const r = setting(call, [['Thái Văn Hào', 'tvh'], ['Phonxay Khammany', 'pk']], [['Xiêng Khoảng', 'xiangkhouang']], frame);
		expect(r).toMatchObject({ place: 'nghe-an', visitor: { leader: 'pk', fromCity: 'xiangkhouang' } });
		// Both delegations named: the one from where the trip goes is its host, not a return visit.
		const talks = 'Sáng 6/12, Đoàn đại biểu tỉnh Xiêng Khoảng do ông Phonxay Khammany dẫn đầu đã hội đàm với Đoàn đại biểu cấp cao tỉnh Nghệ An do đồng chí Thái Văn Hào dẫn đầu.';
		const t = setting(talks, [['Phonxay Khammany', 'pk'], ['Thái Văn Hào', 'tvh']], [['Xiêng Khoảng', 'xiangkhouang'], ['Nghệ An', 'nghe-an']], frame);
		expect(t).toMatchObject({ place: 'xiangkhouang', visitor: { leader: 'tvh', fromCity: 'nghe-an' } });
	});
});

describe('readSetting: where a delegation arrived', () => {
	it('is the place, as "tại" is; where it came from ("đến từ") is not', () => {
		const s = 'Hôm 19-3, Đoàn công tác thành phố Cần Thơ do ông Lâm Văn Tài, Phó Chủ tịch UBND thành phố, làm trưởng đoàn đã đến tỉnh Sê Kông (Lào), bắt đầu chuyến thăm và làm việc.';
		const r = setting(s, [['Lâm Văn Tài', 'lvt']], [['Cần Thơ', 'can-tho'], ['Sê Kông', 'sekong']]);
		expect(r.place).toBe('sekong');
		expect(r.visitor).toMatchObject({ leader: 'lvt', fromCity: 'can-tho' });
		const from = 'Sáng 5/4, các em học sinh đến từ tỉnh Sê Kông đã giao lưu tại Cần Thơ.';
		expect(setting(from, [], [['Sê Kông', 'sekong'], ['Cần Thơ', 'can-tho']]).place).toBe('can-tho');
	});
});

describe('readSetting: the city a delegation left', () => {
	it('is no part of its name ("The Hai Phong delegation left Hanoi …" comes from Hai Phong)', () => {
		const s = 'The Hai Phong delegation left Hanoi on March 19 for a three-day working visit to Laos.';
		expect(setting(s, [], [['Hai Phong', 'hai-phong'], ['Hanoi', 'hanoi']]).visitor).toMatchObject({ fromCity: 'hai-phong' });
	});
});

describe('readSetting: the country visited', () => {
	it('is read from any "tại", not only the first (the airport the delegation left from names none)', () => {
		const s = 'Sáng 19-3, tại sân bay quốc tế Nội Bài, Đoàn đại biểu cấp cao TP Hải Phòng do đồng chí Đỗ Mạnh Hùng dẫn đầu đã lên đường thăm và làm việc tại nước Cộng hòa Dân chủ Nhân dân Lào.';
		const r = setting(s, [['Đỗ Mạnh Hùng', 'dmh']], [['Hải Phòng', 'hai-phong']]);
		expect(r.placeCountry).toBe('LA');
		expect(r.visitor).toMatchObject({ leader: 'dmh', fromCity: 'hai-phong' });
	});
});

describe('groupTrips', () => {
	const from = (leader: string | null, fromCity: string | null): Party => ({ leader, fromCity, fromBody: null, country: 'LA' });
	const ev = (key: number, visitor: Party, start: string) => ({ key, visitor, placeCountry: 'VN', place: 'nghe-an', role: 'main' as const, start, end: start });

	it('one trip when two outlets spell the leader differently but name the same home province', () => {
		const { trips } = groupTrips([ev(0, from('phonxay-khammany', 'xiangkhouang'), '2023-11-22'), ev(1, from('kham-ma-ni', 'xiangkhouang'), '2023-11-23')]);
		expect(trips).toHaveLength(1);
		expect(trips[0].members).toEqual([0, 1]);
	});

	it('two trips for two provinces on the same days, or the same province weeks apart', () => {
		expect(groupTrips([ev(0, from('a', 'xiangkhouang'), '2023-11-22'), ev(1, from('b', 'houaphanh'), '2023-11-22')]).trips).toHaveLength(2);
		expect(groupTrips([ev(0, from('a', 'xiangkhouang'), '2023-11-22'), ev(1, from('a', 'xiangkhouang'), '2024-01-15')]).trips).toHaveLength(2);
	});

	it('two trips when two leaders from one city are in two other cities on the same days (a youth union in one, a friendship association in another)', () => {
		const at = (key: number, leader: string, place: string) => ({ ...ev(key, from(leader, 'vientiane'), '2023-11-14'), place });
		const { trips } = groupTrips([at(0, 'youth', 'ho-chi-minh-city'), at(1, 'friends', 'hanoi'), at(2, 'youth', 'ho-chi-minh-city'), at(3, 'friends', 'hanoi')]);
		expect(trips.map((t) => t.members)).toEqual([[0, 2], [1, 3]]);
		// One leader spelled two ways in the same city stays one trip.
		expect(groupTrips([at(0, 'phonxay-khammany', 'hanoi'), at(1, 'phon-xay-kham-ma-ni', 'hanoi')]).trips).toHaveLength(1);
	});

	it("two trips for two plans from one city led by two leaders whose names share no more than a common syllable (a police force's and the city's)", () => {
		const plan = (key: number, leader: string, start: string, end: string) => ({ ...ev(key, from(leader, 'champasak'), start), end, place: 'da-nang', planned: true });
		const { trips } = groupTrips([plan(0, 'kham-phoui-xi-la-vong', '2025-01-01', '2025-03-31'), plan(1, 'bun-thong-si-phan-vong', '2025-01-01', '2025-12-31')]);
		expect(trips.map((t) => t.members)).toEqual([[0], [1]]);
		// One leader spelled two ways in two plans stays one trip.
		expect(groupTrips([plan(0, 'khamphoui-xilavong', '2025-01-01', '2025-03-31'), plan(1, 'kham-phoui-xi-la-vong', '2025-01-01', '2025-12-31')]).trips).toHaveLength(1);
		// A trip that took place goes by its home city still: outlets name one or the other of two co-leaders.
		const done = (key: number, leader: string) => ({ ...ev(key, from(leader, 'champasak'), '2025-03-10'), place: 'da-nang' });
		expect(groupTrips([done(0, 'kham-phoui-xi-la-vong'), done(1, 'bun-thong-si-phan-vong')]).trips).toHaveLength(1);
	});
});

describe('readSetting: a venue, then the place it is in', () => {
	it('"tại Quảng trường Lam Sơn, tỉnh Thanh Hóa" happened in Thanh Hóa', () => {
		const s = 'Ngày 25/12, tại Quảng trường Lam Sơn, tỉnh Thanh Hóa, UBND tỉnh phối hợp với tỉnh Hủa Phăn (Lào) khai mạc Ngày hội.';
		expect(setting(s, [], [['tỉnh Thanh Hóa', 'thanh-hoa'], ['Hủa Phăn', 'houaphanh']]).place).toBe('thanh-hoa');
	});
	it('but not a city named further on, past another clause', () => {
		const s = 'Ngày 25/12, tại hội trường, lãnh đạo tỉnh đã tiếp đoàn; ngày 26/12, Đoàn sang tỉnh Hủa Phăn.';
		expect(setting(s, [], [['Hủa Phăn', 'houaphanh']]).place).not.toBe('houaphanh');
	});
});

describe('readSetting: a trip announced by where it goes', () => {
	it('"sẽ sang Hà Nội làm việc": the place the delegation goes over to; "sang năm" is time', () => {
		const s = 'Dự kiến vào tháng 12 tới, Đoàn công tác Thủ đô Viêng Chăn do đồng chí Vi-lay-phon Xay-nhạ-sỏn dẫn đầu sẽ sang Hà Nội làm việc với Bộ Tư pháp Việt Nam.';
		const r = setting(s, [['Vi-lay-phon Xay-nhạ-sỏn', 'vx']], [['Viêng Chăn', 'vientiane'], ['Hà Nội', 'hanoi']]);
		expect(r.place).toBe('hanoi');
		expect(r.visitor).toMatchObject({ leader: 'vx', fromCity: 'vientiane' });
		const t = 'Hà Nội sẽ sang năm tổ chức hội nghị về hợp tác.';
		expect(setting(t, [], [['Hà Nội', 'hanoi']]).place).toBeNull();
	});
	it('"said she will lead a delegation to X": the speaker leads, from the city of her title, to X', () => {
		const s = 'Tran Thi Mai Lan, chairwoman of the Hanoi Vietnam-Laos Friendship Association, said she will lead a delegation to Vientiane next month.';
		const r = setting(s, [['Tran Thi Mai Lan', 'ml']], [['Hanoi', 'hanoi'], ['Vientiane', 'vientiane']]);
		expect(r.place).toBe('vientiane');
		expect(r.visitor).toMatchObject({ leader: 'ml', fromCity: 'hanoi' });
	});
});
