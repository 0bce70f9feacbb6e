import { Autocomplete, Button, NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { CommunityRole, TagKind } from '@wide-open/shared/contracts';
import { CountrySelect, languageName } from '@wide-open/web/ui';
import { useTranslation } from 'react-i18next';
import { COMMON_LANGUAGES } from '../tags/common-languages';
import { useTagSuggestions } from '../tags/use-tag-suggestions.hook';

export interface DirectoryFilterValues {
  search: string;
  skill: string;
  interest: string;
  country: string;
  language: string;
  communityRole: CommunityRole | '';
}

export const noDirectoryFilters: DirectoryFilterValues = {
  search: '',
  skill: '',
  interest: '',
  country: '',
  language: '',
  communityRole: '',
};

function TagFilter({
  id,
  kind,
  label,
  value,
  onChange,
}: {
  id: string;
  kind: TagKind;
  label: string;
  value: string;
  onChange: (value: string) => void;
}) {
  const suggestions = useTagSuggestions(kind, value);
  return (
    <Autocomplete id={id} label={label} value={value} onChange={onChange} data={suggestions} />
  );
}

/** Search and filters of the directory; every control has a visible label. */
export function DirectoryFilters({
  values,
  onChange,
}: {
  values: DirectoryFilterValues;
  onChange: (values: DirectoryFilterValues) => void;
}) {
  const { t, i18n } = useTranslation('members');
  const lang = i18n.resolvedLanguage ?? 'en';
  const set =
    <K extends keyof DirectoryFilterValues>(key: K) =>
    (value: DirectoryFilterValues[K]) =>
      onChange({ ...values, [key]: value });
  const active = Object.values(values).some(Boolean);
  return (
    <>
      <TextInput
        id="member-search"
        type="search"
        label={t('directory.search')}
        description={t('directory.searchHelp')}
        value={values.search}
        onChange={(e) => set('search')(e.currentTarget.value)}
        maw={520}
      />
      <SimpleGrid
        cols={{ base: 1, xs: 2, md: 5 }}
        component="fieldset"
        style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}
      >
        <legend className="wo-visually-hidden">{t('directory.filters')}</legend>
        <TagFilter
          id="filter-skill"
          kind={TagKind.SKILL}
          label={t('directory.skill')}
          value={values.skill}
          onChange={set('skill')}
        />
        <TagFilter
          id="filter-interest"
          kind={TagKind.INTEREST}
          label={t('directory.interest')}
          value={values.interest}
          onChange={set('interest')}
        />
        <CountrySelect
          id="filter-country"
          label={t('directory.country')}
          emptyLabel={t('directory.anyCountry')}
          value={values.country}
          onChange={set('country')}
        />
        <NativeSelect
          id="filter-language"
          label={t('directory.language')}
          value={values.language}
          onChange={(e) => set('language')(e.currentTarget.value)}
          data={[
            { value: '', label: t('directory.anyLanguage') },
            ...COMMON_LANGUAGES.map((code) => ({ value: code, label: languageName(code, lang) })),
          ]}
        />
        <NativeSelect
          id="filter-role"
          label={t('directory.whoTheyAre')}
          value={values.communityRole}
          onChange={(e) => set('communityRole')(e.currentTarget.value as CommunityRole | '')}
          data={[
            { value: '', label: t('directory.anyone') },
            ...Object.values(CommunityRole).map((role) => ({
              value: role,
              label: t(`accounts:communityRole.${role}`),
            })),
          ]}
        />
      </SimpleGrid>
      {active ? (
        <Button variant="subtle" w="fit-content" onClick={() => onChange(noDirectoryFilters)}>
          {t('directory.clear')}
        </Button>
      ) : null}
    </>
  );
}
