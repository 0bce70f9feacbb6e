import { Button, Fieldset, Group, Stack, TextInput } from '@mantine/core';
import { Limits } from '@wide-open/shared/contracts';
import { useTranslation } from 'react-i18next';
import { type FigureValues } from './lesson-values';

/** Zero or more figures (a cost, people reached), each a label, a value and a unit. */
export function FiguresField({
  figures,
  onChange,
  error,
}: {
  figures: FigureValues[];
  onChange: (figures: FigureValues[]) => void;
  error?: string;
}) {
  const { t } = useTranslation('placePages');
  const update = (index: number, patch: Partial<FigureValues>) =>
    onChange(figures.map((f, i) => (i === index ? { ...f, ...patch } : f)));
  return (
    <Fieldset
      legend={t('lessons.figures')}
      id="figures"
      aria-describedby={error ? 'figures-error' : undefined}
    >
      <Stack gap="sm">
        {figures.map((figure, index) => {
          const n = index + 1;
          return (
            <Group
              key={index}
              align="flex-end"
              gap="xs"
              role="group"
              aria-label={t('lessons.figure', { index: n })}
            >
              <TextInput
                label={t('lessons.figureLabel')}
                maxLength={Limits.lesson.figureLabel}
                value={figure.label}
                onChange={(e) => update(index, { label: e.currentTarget.value })}
                style={{ flex: '2 1 10rem' }}
              />
              <TextInput
                label={t('lessons.figureValue')}
                inputMode="decimal"
                value={figure.value}
                onChange={(e) => update(index, { value: e.currentTarget.value })}
                style={{ flex: '1 1 6rem' }}
              />
              <TextInput
                label={t('lessons.figureUnit')}
                maxLength={Limits.lesson.figureUnit}
                value={figure.unit}
                onChange={(e) => update(index, { unit: e.currentTarget.value })}
                style={{ flex: '1 1 5rem' }}
              />
              <Button
                variant="outline"
                color="red.9"
                onClick={() => onChange(figures.filter((_, i) => i !== index))}
              >
                {t('lessons.removeFigure', { index: n })}
              </Button>
            </Group>
          );
        })}
        {figures.length < Limits.lesson.figures ? (
          <Button
            variant="outline"
            w="fit-content"
            onClick={() => onChange([...figures, { label: '', value: '', unit: '' }])}
          >
            {t('lessons.addFigure')}
          </Button>
        ) : null}
        {error ? (
          <div id="figures-error" style={{ color: 'var(--mantine-color-red-9)', fontSize: 14 }}>
            {error}
          </div>
        ) : null}
      </Stack>
    </Fieldset>
  );
}
