/**
 * A second set of articles the way other outlets write (tests/fixtures/unseen2/*.txt: Nhân Dân, Hà Nội
 * Mới, VietnamPlus/TTXVN, KPL's Vietnamese page, Chinhphu.vn; stamps after the title and sapo, dates
 * only in the lead, "tối 4-9", "sáng thứ Sáu (6/9)", "ngày 5/9 vừa qua", a visit and its return visit)
 * against their hand-annotated gold (gold.json, in the format of the shared seed gold). The checks are the shared scorer's,
 * strict: every required event dated right with its people, cities, status and part of day; exactly
 * the gold's delegations; merged reports; nothing quoted from page furniture.
 */
import { describeAgainstGold, describeChanged } from './gold-corpus';

const DIR = 'tests/fixtures/unseen2';
describeAgainstGold('unseen-style articles, second set, against their gold', DIR);

describeChanged('the second unseen corpus, changed', DIR, {
	renames: [
		['Vilayphong Sisomvang', 'Chanthaly Douangvilay'],
		['Khamla Phetsomphou', 'Phouvanh Keomixay'],
		['Cầm Văn Thịnh', 'Quàng Văn Lực'],
		['Sengphet Inthalath', 'Bounkham Sayavong'],
		['Somphone Vongkhamsao', 'Thongdy Phommachanh']
	]
});
