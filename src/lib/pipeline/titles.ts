/** Short bilingual titles built from what the pipeline knows: type, people, place. */
import type { Bilingual, EventType } from '../timeline/schema';

export const TYPE_LABELS: Record<EventType, Bilingual> = {
	talks: { vi: 'Hội đàm', en: 'Talks' },
	courtesy_call: { vi: 'Chào xã giao', en: 'Courtesy call' },
	reception: { vi: 'Tiếp đoàn', en: 'Reception' },
	working_session: { vi: 'Làm việc', en: 'Working session' },
	conference: { vi: 'Hội nghị', en: 'Conference' },
	signing: { vi: 'Ký kết', en: 'Signing' },
	visit: { vi: 'Chuyến thăm', en: 'Visit' },
	field_trip: { vi: 'Khảo sát thực tế', en: 'Field trip' },
	ceremony: { vi: 'Buổi lễ', en: 'Ceremony' },
	meeting: { vi: 'Cuộc gặp', en: 'Meeting' },
	invitation: { vi: 'Lời mời', en: 'Invitation' }
};

const join = (names: string[], and: string) => (names.length <= 2 ? names.join(` ${and} `) : `${names.slice(0, 2).join(', ')} ${and} ${names.length - 2}+`);

export function eventTitle(type: EventType, people: string[], place: Bilingual | null, status: 'occurred' | 'planned'): Bilingual {
	const t = TYPE_LABELS[type];
	const vi = [status === 'planned' ? `${t.vi} (dự kiến)` : t.vi, people.length ? join(people, 'và') : '', place ? `tại ${place.vi}` : ''].filter(Boolean);
	const en = [status === 'planned' ? `Planned ${t.en.toLowerCase()}` : t.en, people.length ? join(people, 'and') : '', place ? `in ${place.en}` : ''].filter(Boolean);
	return { vi: vi.length > 1 ? `${vi[0]}: ${vi.slice(1).join(' ')}` : vi[0], en: en.length > 1 ? `${en[0]}: ${en.slice(1).join(' ')}` : en[0] };
}

/** `bodyEn` is the body's name for English with its article (see orgnames.ts): null when the body's words only describe it. */
export function delegationLabel(leader: string | null, from: Bilingual | null, body: string | null, to: Bilingual | null, bodyEn: string | null = body): Bilingual {
	const who = from
		? { vi: `Đoàn ${from.vi}`, en: `${from.en} delegation` }
		: { vi: body ? `Đoàn ${body}` : 'Đoàn', en: bodyEn ? `Delegation of ${bodyEn}` : 'Delegation' };
	const lead = leader ? { vi: ` do ${leader} dẫn đầu`, en: ` led by ${leader}` } : { vi: '', en: '' };
	const dest = to ? { vi: ` tại ${to.vi}`, en: ` to ${to.en}` } : { vi: '', en: '' };
	return { vi: `${who.vi}${lead.vi}${dest.vi}`, en: `${who.en}${lead.en}${dest.en}` };
}
