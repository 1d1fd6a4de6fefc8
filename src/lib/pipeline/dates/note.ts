/** Dating notes in both languages: the details panel explains a date in the reader's language. */
import type { Bilingual } from '../../timeline/schema';

export type Note = Bilingual;

export const note = (vi: string, en: string): Note => ({ vi, en });
/** Joins notes part by part: cat(a, b, ', ') is "a.vi, b.vi" / "a.en, b.en". */
export const cat = (a: Note, b: Note, sep = ' '): Note => ({ vi: `${a.vi}${sep}${b.vi}`, en: `${a.en}${sep}${b.en}` });
