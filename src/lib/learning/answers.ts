/**
 * Grading a multiple-choice answer. Kept apart from the question schema
 * (questions.ts) so the quiz on an article page carries no schema library.
 */
export function isCorrect(
  question: {readonly options: ReadonlyArray<{readonly correct: boolean}>},
  chosen: ReadonlySet<number>,
): boolean {
  return question.options.every((o, i) => o.correct === chosen.has(i));
}
