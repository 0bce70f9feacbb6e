import { type Challenge } from '@wide-open/shared/contracts';
import { type LessonInput } from '@wide-open/web/data-access';

export interface FigureValues {
  label: string;
  value: string;
  unit: string;
}

export interface LessonValues {
  challenge: Challenge | '';
  title: string;
  context: string;
  whatWeTried: string;
  outcome: string;
  advice: string;
  figures: FigureValues[];
}

export const lessonFieldOrder = [
  'challenge',
  'title',
  'context',
  'whatWeTried',
  'outcome',
  'advice',
  'figures',
] as const;
export type LessonField = (typeof lessonFieldOrder)[number];

export const emptyLesson: LessonValues = {
  challenge: '',
  title: '',
  context: '',
  whatWeTried: '',
  outcome: '',
  advice: '',
  figures: [],
};

/** Required fields, checked here too so people need not wait for the server. */
export function missingLessonFields(values: LessonValues): LessonField[] {
  const missing: LessonField[] = [];
  if (!values.challenge) missing.push('challenge');
  if (!values.title.trim()) missing.push('title');
  if (!values.whatWeTried.trim()) missing.push('whatWeTried');
  if (!values.outcome.trim()) missing.push('outcome');
  return missing;
}

const orNull = (value: string) => (value.trim() ? value.trim() : null);

/** Figure rows left blank are dropped; the value is a number in the reader's notation. */
export function lessonInput(values: LessonValues): LessonInput {
  return {
    challenge: values.challenge as Challenge,
    title: values.title.trim(),
    context: orNull(values.context),
    whatWeTried: values.whatWeTried.trim(),
    outcome: values.outcome.trim(),
    advice: orNull(values.advice),
    figures: values.figures
      .filter((f) => f.label.trim() || f.value.trim())
      .map((f) => ({
        label: f.label.trim(),
        value: Number(f.value.replace(',', '.').replace(/\s/g, '')),
        unit: orNull(f.unit),
      })),
  };
}
