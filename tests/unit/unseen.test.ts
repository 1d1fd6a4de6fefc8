/**
 * Articles written the way other outlets write (tests/fixtures/unseen/*.txt: other provinces, other
 * date forms, other page furniture, invented leaders, two in English) against their hand-annotated
 * gold (gold.json, in the format of the shared seed gold). The checks are the shared scorer's,
 * strict: every required event dated right with its people, cities, status and part of day; exactly
 * the gold's delegations; merged reports; nothing quoted from page furniture. Then the same corpus
 * changed the way unseen articles differ: each article alone, leaders renamed, years moved.
 */
import { describe, expect, it } from 'vitest';
import { build, describeAgainstGold, describeChanged, goldCorpus, scorer } from './gold-corpus';

const DIR = 'tests/fixtures/unseen';
describeAgainstGold('unseen-style articles against their gold', DIR);

// Articles whose dates rest on another article (an undated visit, a yearless report) are left out of "alone".
describeChanged('the unseen corpus, changed', DIR, {
	renames: [
		['Lò Văn Thạch', 'Hà Quang Dũng'],
		['Phonxay Khammany', 'Bouasone Vongphachanh'],
		['Lê Quang Chiến', 'Võ Thành Luân'],
		['Phết-sạ-vắt Xi-la-phăn', 'Khăm-xay Phôm-ma-vông'],
		['Bounleua Xaysana', 'Somphet Inthilath'],
		['Luong Minh Tam', 'Ho Quoc Bao'],
		['Souksavanh Inthavong', 'Vilayphone Sengmany'],
		['Khamphone Sisavath', 'Bounmy Phanthaly'],
		['Sisomphone Keovilay', 'Chanthone Sitthixay'],
		['Y Ngọc Bình', 'Nguyễn Hữu Tháp'],
		['Bounthavy Sisomphou', 'Kongkeo Xaiyavong'],
		['Tran Van Long', 'Pham Hong Son']
	],
	alone: (f) => !f.optional && !f.within && !/02-|06-/.test(f.file)
});

describe('the unseen corpus, re-stamped', () => {
	const { gold, corpus } = goldCorpus(DIR);

	it('moves with the stamp: a page posted a year later dates its "sáng nay" and "hôm qua" a year later', () => {
		const input = corpus().find((a) => a.file.includes('10-cantho'))!;
		const t = build([{ ...input, text: input.text.replace('16-12-2022', '16-12-2025') }]);
		const s = scorer(t, gold);
		expect(s.find(gold.events.find((f) => f.id === 'CS1')!)?.start).toBe('2025-12-15');
		expect(s.find(gold.events.find((f) => f.id === 'CS2')!)?.start).toBe('2025-12-16');
	});
});
