import { describe, expect, it } from 'vitest';
import { FilterState } from '../../../src/lib/filters/filters.svelte';

const known = { cities: new Set(['hanoi', 'vientiane']), people: new Set(['dinh-tien-dung']), delegations: new Set(['d1']), events: new Set(['e1']) };

describe('FilterState', () => {
	it('is unfiltered and not ready until it has read an address', () => {
		const fs = new FilterState(known);
		expect(fs.ready).toBe(false);
		expect(fs.active).toBe(false);
		expect(fs.href()).toBe('?');
	});

	it('reads an address, remembers what it ignored, and writes addresses for changes', () => {
		const fs = new FilterState(known);
		fs.read(new URLSearchParams('city=hanoi&city=atlantis&lang=vi'));
		expect(fs.ready).toBe(true);
		expect(fs.active).toBe(true);
		expect(fs.filters.cities).toEqual(['hanoi']);
		expect(fs.rejected).toEqual([{ param: 'city', value: 'atlantis' }]);
		// The ignored value is not carried into new addresses.
		expect(fs.toggle('cities', 'vientiane')).toBe('?city=hanoi&city=vientiane&lang=vi');
		expect(fs.toggle('cities', 'hanoi')).toBe('?lang=vi');
		expect(fs.href({ leaders: ['dinh-tien-dung'], event: 'e1' })).toBe('?city=hanoi&leader=dinh-tien-dung&event=e1&lang=vi');
	});

	it('follows the address back: reading an older address restores its state', () => {
		const fs = new FilterState(known);
		fs.read(new URLSearchParams('city=hanoi'));
		fs.read(new URLSearchParams(''));
		expect(fs.filters.cities).toEqual([]);
		expect(fs.rejected).toEqual([]);
	});
});
