/**
 * The ways into the two countries, as places of the city or province they lie in: the main international airports ("On
 * arrival at Noi Bai International Airport …" is in Hà Nội, "về nước từ Cảng hàng không quốc tế Vân Đồn" in Quảng Ninh)
 * and the main Vietnam–Laos border gates ("The delegation returned home via Bo Y" is at the border, in Kon Tum; "nhập cảnh
 * qua cửa khẩu quốc tế Nậm Phao" in Bô-li-khăm-xay). A delegation is met, seen off and crosses there; the gazetteer lists
 * provinces, not the airports and gates named after a village or a pass.
 *
 * Source: the airports of the Airports Corporation of Vietnam (ACV) and of Lao Airports Authority, and the international
 * and main border gates of the Vietnam–Laos border as listed by the two governments' agreement on border gates (Hiệp định
 * về cửa khẩu biên giới Việt Nam – Lào, 2009, with its later additions), each with its pair. Left out: airports named after
 * their city ("sân bay Đà Nẵng", "Luang Prabang International Airport", "sân bay Pắc Xế"), which the gazetteer finds.
 */
import type { Gazetteer } from './gazetteer';
import type { PlaceMention } from './places';

const AIRPORTS: Record<string, string[]> = {
	hanoi: ['Nội Bài', 'Noi Bai'],
	'ho-chi-minh-city': ['Tân Sơn Nhất', 'Tan Son Nhat', 'Tân Sơn Nhứt'],
	'hai-phong': ['Cát Bi', 'Cat Bi'],
	'quang-ninh': ['Vân Đồn', 'Van Don'],
	hue: ['Phú Bài', 'Phu Bai'],
	'khanh-hoa': ['Cam Ranh'],
	'kien-giang': ['Phú Quốc', 'Phu Quoc'],
	'lam-dong': ['Liên Khương', 'Lien Khuong'],
	'thanh-hoa': ['Thọ Xuân', 'Tho Xuan'],
	'quang-nam': ['Chu Lai'],
	'nghe-an': ['Vinh'],
	vientiane: ['Wattay', 'Vát-tay', 'Vạt-tay', 'Wat Tay']
};

const GATES: Record<string, string[]> = {
	// Vietnam's side.
	'kon-tum': ['Bờ Y', 'Bờ-Y', 'Bo Y'],
	'quang-tri': ['Lao Bảo', 'Lao Bao', 'La Lay'],
	'ha-tinh': ['Cầu Treo', 'Cau Treo'],
	'quang-binh': ['Cha Lo', 'Cha Lò'],
	'nghe-an': ['Nậm Cắn', 'Nam Can', 'Thanh Thủy', 'Thanh Thuy'],
	'thanh-hoa': ['Na Mèo', 'Na Meo', 'Tén Tằn', 'Ten Tan'],
	'dien-bien': ['Tây Trang', 'Tay Trang'],
	'son-la': ['Chiềng Khương', 'Chieng Khuong', 'Lóng Sập', 'Long Sap'],
	'quang-nam': ['Nam Giang'],
	hue: ['Hồng Vân', 'Hong Van', 'A Đớt', 'A Dot'],
	// Laos's side, each the pair of one above.
	attapeu: ['Phu Cưa', 'Phù Cưa', 'Phou Keua', 'Phu Kua'],
	savannakhet: ['Đen-sa-vẳn', 'Đen Sa Vẳn', 'Đensavăn', 'Densavanh', 'Dansavanh', 'Densavan'],
	bolikhamxai: ['Nậm Phao', 'Nam Phao', 'Nậm On', 'Nam On'],
	khammouane: ['Na Phàu', 'Na Phao'],
	xiangkhouang: ['Nậm Khan', 'Nam Khan'],
	houaphanh: ['Nậm Xôi', 'Nam Xôi', 'Nam Xoi', 'Nam Soi'],
	phongsaly: ['Sốp Hùn', 'Sop Hun'],
	sekong: ['Đắc Tà Oọc', 'Đắk Tà Oọc', 'Dak Ta Ook', 'Dak Ta Oc']
};

// The provinces merged into another on 1 July 2025 (Nghị quyết 202/2025/QH15 of the National Assembly on rearranging the
// provinces), of those above: a gate or an airport named on a page of that date or later lies in the new province ("Đoàn về nước
// qua cửa khẩu quốc tế Cha Lo" in October 2025 is in Quảng Trị).
const MERGED_2025: Record<string, string> = { 'kon-tum': 'quang-ngai', 'quang-binh': 'quang-tri', 'quang-nam': 'da-nang', 'kien-giang': 'an-giang' };
const MERGER_DAY = '2025-07-01';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[\s-]+/g, String.raw`[\s-]+`);
const alternation = (t: Record<string, string[]>) => Object.values(t).flat().sort((a, b) => b.length - a.length).map(esc).join('|');
const keyOf = (s: string) => s.normalize('NFC').toLowerCase().replace(/[\s-]+/g, ' ');
const index = (t: Record<string, string[]>) => new Map(Object.entries(t).flatMap(([city, names]) => names.map((n) => [keyOf(n), city] as const)));
const AIRPORT_OF = index(AIRPORTS);
const GATE_OF = index(GATES);

const NAME_END = String.raw`(?![\p{L}\p{M}])`;
const AIRPORT_NAMES = alternation(AIRPORTS);
const GATE_NAMES = alternation(GATES);
// Each form in a pattern of its own, run only on a page holding its cue: a pattern opening on a name tries every name at every
// position of the page, and on pages with neither cue that scan was a third of the pipeline's time.
// "sân bay (quốc tế) Nội Bài", "Cảng hàng không quốc tế Vân Đồn".
const AIRPORT_VI = new RegExp(
	String.raw`(?<![\p{L}])(?:[Ss]ân\s+bay|[Cc]ảng\s+[Hh]àng\s+[Kk]hông|CHK)(?:\s+[Qq]uốc\s+[Tt]ế)?\s+(${AIRPORT_NAMES})${NAME_END}`,
	'gu'
);
// "Noi Bai International Airport", "Wattay airport".
const AIRPORT_EN = new RegExp(String.raw`(?<![\p{L}])(${AIRPORT_NAMES})\s+(?:[Ii]nternational\s+)?[Aa]irport(?![\p{L}])`, 'gu');
// "cửa khẩu (quốc tế) Lao Bảo", and a gate's pair after it ("cặp cửa khẩu Lao Bảo - Đen-sa-vẳn").
const GATE_VI = new RegExp(
	String.raw`(?<![\p{L}])[Cc]ửa\s+khẩu(?:\s+(?:[Qq]uốc\s+[Tt]ế|chính|phụ|song\s+phương))?\s+(${GATE_NAMES})${NAME_END}(?:\s*[-–]\s*(${GATE_NAMES})${NAME_END})?`,
	'gu'
);
// "returned home via Bo Y", "qua Nậm Phao": the name only, after its cue. Tried, sticky, only where a cue word stands: "qua" is
// on nearly every Vietnamese page ("vừa qua", "thông qua"), and a pattern with a look-behind first is tried at every position.
const GATE_AFTER_CUE = new RegExp(String.raw`\s+(?:the\s+)?(${GATE_NAMES})${NAME_END}`, 'uy');
const VIA_CUES = ['qua', 'via', 'through'];
// The cues of the patterns below, by plain text, each with the pattern it lets run: a page is read once for all of them (a
// search of the page for each, ten in all, cost three times as much: most are on no page, so each read it all).
const AIRPORT_VI_CUE = 1, AIRPORT_EN_CUE = 2, GATE_VI_CUE = 4, GATE_EN_CUE = 8;
const CUE_OF = new Map<string, number>([
	// "bay" for "sân bay", "àng không" for "Cảng hàng không" (single-spaced, as pages write it).
	...(['bay', 'CHK', 'àng không', 'àng Không', 'ÀNG KHÔNG'] as const).map((c) => [c, AIRPORT_VI_CUE] as const),
	['irport', AIRPORT_EN_CUE],
	['khẩu', GATE_VI_CUE],
	...(['gate', 'checkpoint', 'crossing'] as const).map((c) => [c, GATE_EN_CUE] as const)
]);
// No cue opens another, so each match is the one cue at its index; the search goes on from the next index, as a cue may
// open inside the last ("… khônggate").
const CUES = new RegExp([...CUE_OF.keys()].join('|'), 'g');
/** The cues of CUE_OF in `body`, as the bits of the patterns they let run. */
function cuesIn(body: string): number {
	let found = 0;
	CUES.lastIndex = 0;
	for (let m = CUES.exec(body); m && found !== 15; m = CUES.exec(body)) {
		found |= CUE_OF.get(m[0])!;
		CUES.lastIndex = m.index + 1;
	}
	return found;
}
const LETTER = /\p{L}/u;
// "the Bo Y international border gate", "the Bo Y - Phou Keua border gate pair".
const GATE_EN = new RegExp(
	String.raw`(?<![\p{L}])(${GATE_NAMES})(?:\s*[-–]\s*(${GATE_NAMES}))?\s+(?:(?:[Ii]nternational|main|border)\s+){0,2}(?:border\s+gate|checkpoint|border\s+crossing|gate)(?![\p{L}])`,
	'gu'
);

// A gate's name as a quote writes it, to tell two gates apart: any capitalised name after "cửa khẩu" (a gate missing from
// GATES is still not another gate), and in English the gates GATES knows ("at the Bo Y International Border Gate").
const GATE_NAME_VI = /cửa\s+khẩu(?:\s+(?:quốc\s+tế|chính|phụ|song\s+phương))?\s+(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})/gu;
/** The border gates `quote` names, as written ("qua cửa khẩu quốc tế Nậm Cắn" → "Nậm Cắn"). */
export function gateNamesIn(quote: string): string[] {
	const out: string[] = [];
	if (quote.includes('cửa khẩu')) for (const m of quote.matchAll(GATE_NAME_VI)) out.push(m[1]);
	if (/gate|checkpoint|crossing/i.test(quote)) for (const m of quote.matchAll(GATE_EN)) out.push(...m.slice(1).filter((n): n is string => !!n));
	return out;
}

/** A place mention made here: an airport or a border gate, a way through rather than a stop. */
export const isGateway = (p: PlaceMention) => p.designator === 'airport' || p.designator === 'gate';

/** The airports and border gates named in `body` (article offsets from `at`) that no place in `found` covers; `published`, the page's day. */
export function gatewayPlaces(body: string, at: number, found: PlaceMention[], gazetteer: Gazetteer, published?: string | null): PlaceMention[] {
	const out: PlaceMention[] = [];
	const merged = !!published && published.slice(0, 10) >= MERGER_DAY;
	const add = (start: number, end: number, old: string | undefined, designator: string) => {
		const city = old && merged ? (MERGED_2025[old] ?? old) : old;
		const entry = city ? gazetteer.cityById.get(city) : undefined;
		if (!entry || found.some((f) => f.start < end && start < f.end) || out.some((f) => f.start < end && start < f.end)) return;
		out.push({ start, end, surface: body.slice(start - at, end - at), cityId: entry.id, country: entry.country, designator, sense: 'place' });
	};
	const whole = (re: RegExp, of: Map<string, string>, designator: string) => {
		for (const m of body.matchAll(re)) add(at + m.index!, at + m.index! + m[0].length, of.get(keyOf(m[1])), designator);
	};
	// The cues by plain text (a regex test reading the whole page for a pattern costs as much as the pattern): see CUE_OF.
	const cues = cuesIn(body);
	if (cues & AIRPORT_VI_CUE) whole(AIRPORT_VI, AIRPORT_OF, 'airport');
	if (cues & AIRPORT_EN_CUE) whole(AIRPORT_EN, AIRPORT_OF, 'airport');
	// Of a pair, the first with its designator, the second its name only.
	const pairs = (re: RegExp) => {
		for (const m of body.matchAll(re)) {
			const start = at + m.index!;
			const [, first, second] = m;
			if (!second) {
				add(start, start + m[0].length, GATE_OF.get(keyOf(first)), 'gate');
				continue;
			}
			const f = m[0].indexOf(first);
			add(start, start + f + first.length, GATE_OF.get(keyOf(first)), 'gate');
			const s2 = m[0].indexOf(second, f + first.length);
			add(start + s2, start + s2 + second.length, GATE_OF.get(keyOf(second)), 'gate');
		}
	};
	if (cues & GATE_VI_CUE) pairs(GATE_VI);
	for (const cue of VIA_CUES)
		for (let i = body.indexOf(cue); i >= 0; i = body.indexOf(cue, i + cue.length)) {
			if (i > 0 && LETTER.test(body[i - 1])) continue;
			GATE_AFTER_CUE.lastIndex = i + cue.length;
			const m = GATE_AFTER_CUE.exec(body);
			if (!m) continue;
			const end = at + GATE_AFTER_CUE.lastIndex;
			add(end - m[1].length, end, GATE_OF.get(keyOf(m[1])), 'gate');
		}
	if (cues & GATE_EN_CUE) pairs(GATE_EN);
	return out.sort((a, b) => a.start - b.start);
}
