import { Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatWeek } from '../format';

export interface WeeklyChartProps {
  title: string;
  weeks: ReadonlyArray<{ weekStart: string; count: number }>;
  color: string;
}

/**
 * A bar per week. The drawing is for the eye only: its figures are in a table that screen
 * readers read instead (visually hidden), and a one-line summary everyone can read.
 */
export function WeeklyChart({ title, weeks, color }: WeeklyChartProps) {
  const { t, i18n } = useTranslation('moderation');
  const language = i18n.resolvedLanguage ?? 'en';
  const headingId = useId();
  const data = weeks.map((w) => ({ week: formatWeek(w.weekStart, language), count: w.count }));
  const total = weeks.reduce((sum, w) => sum + w.count, 0);
  const last = weeks[weeks.length - 1]?.count ?? 0;
  return (
    <Stack component="section" aria-labelledby={headingId} gap="xs">
      <Title order={3} size="h4" id={headingId}>
        {title}
      </Title>
      <Text size="sm">{t('dashboard.chartSummary', { total, last })}</Text>
      <div className="wo-chart" aria-hidden="true" data-testid="weekly-chart">
        <ResponsiveContainer
          width="100%"
          height="100%"
          initialDimension={{ width: 600, height: 220 }}
        >
          <BarChart
            data={data}
            margin={{ top: 8, right: 8, bottom: 0, left: -16 }}
            accessibilityLayer={false}
          >
            <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#ced4da" />
            <XAxis
              dataKey="week"
              tick={{ fill: '#343a40', fontSize: 12 }}
              interval="preserveStartEnd"
            />
            <YAxis allowDecimals={false} tick={{ fill: '#343a40', fontSize: 12 }} />
            <Tooltip cursor={{ fill: '#f1f3f5' }} />
            <Bar dataKey="count" name={title} fill={color} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <VisuallyHidden>
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dashboard.weekColumn')}</th>
              <th scope="col">{t('dashboard.countColumn')}</th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((w) => (
              <tr key={w.weekStart}>
                <th scope="row">
                  <time dateTime={w.weekStart}>{formatWeek(w.weekStart, language)}</time>
                </th>
                <td>{w.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </VisuallyHidden>
    </Stack>
  );
}
