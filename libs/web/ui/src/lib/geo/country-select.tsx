import { NativeSelect } from '@mantine/core';
import { COUNTRY_CODES } from '@wide-open/shared/contracts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { countryOptions } from './display-names';

export interface CountrySelectProps {
  id: string;
  label: string;
  value: string;
  onChange: (code: string) => void;
  /** The label of the empty choice ("Any country", "Not given"). */
  emptyLabel: string;
  error?: string;
  required?: boolean;
  description?: string;
}

/**
 * Every ISO country, named in the reader's language. A native select: typing the first letters
 * jumps to a country with every keyboard and screen reader, on phones too.
 */
export function CountrySelect({ value, onChange, emptyLabel, ...props }: CountrySelectProps) {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const data = useMemo(
    () => [{ value: '', label: emptyLabel }, ...countryOptions(COUNTRY_CODES, language)],
    [emptyLabel, language],
  );
  return (
    <NativeSelect
      {...props}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      data={data}
    />
  );
}
