import type {Question} from '../questions';
import {questions as cks2} from './cks-2';
import {questions as kcsa1} from './kcsa-1';
import {questions as kcsa2} from './kcsa-2';
import {questions as kcsa3} from './kcsa-3';

/**
 * Every question, from one file per exam domain (so questions can be written
 * side by side). `npm run check:learning` validates the whole bank.
 */
export const questionBank: readonly Question[] = [...kcsa1, ...kcsa2, ...kcsa3, ...cks2];

/** The data file a question lives in, for error messages. */
export const BANK_DIR = 'src/lib/learning/questionBank';
