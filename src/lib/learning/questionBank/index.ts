import type {Question} from '../questions';
import {questions as articles1} from './articles-1';
import {questions as articles2} from './articles-2';
import {questions as articles3} from './articles-3';
import {questions as articles4} from './articles-4';
import {questions as cks1} from './cks-1';
import {questions as cks2} from './cks-2';
import {questions as cks3} from './cks-3';
import {questions as cks4} from './cks-4';
import {questions as cks5} from './cks-5';
import {questions as cks6} from './cks-6';
import {questions as kcsa1} from './kcsa-1';
import {questions as kcsa2} from './kcsa-2';
import {questions as kcsa3} from './kcsa-3';
import {questions as kcsa4} from './kcsa-4';
import {questions as kcsa5} from './kcsa-5';
import {questions as kcsa6} from './kcsa-6';

/**
 * Every question, from one file per exam domain (so questions can be written
 * side by side), plus the article quizzes' files. `npm run check:learning`
 * validates the whole bank.
 */
export const questionBank: readonly Question[] = [
  ...articles1,
  ...articles2,
  ...articles3,
  ...articles4,
  ...cks1,
  ...cks2,
  ...cks3,
  ...cks4,
  ...cks5,
  ...cks6,
  ...kcsa1,
  ...kcsa2,
  ...kcsa3,
  ...kcsa4,
  ...kcsa5,
  ...kcsa6,
];

/** The data file a question lives in, for error messages. */
export const BANK_DIR = 'src/lib/learning/questionBank';
