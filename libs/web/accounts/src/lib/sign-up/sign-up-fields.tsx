import { NativeSelect, Radio, Stack, Text } from '@mantine/core';
import { CommunityRole, Sector } from '@wide-open/shared/contracts';
import { useTranslation } from 'react-i18next';

export function CommunityRoleField({
  value,
  error,
  onChange,
}: {
  value: string;
  error?: string;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation('accounts');
  return (
    <Radio.Group
      id="communityRole"
      name="communityRole"
      label={t('signUp.whoYouAre')}
      value={value}
      onChange={onChange}
      error={error}
      withAsterisk
    >
      <Stack gap="sm" mt="xs">
        {Object.values(CommunityRole).map((role) => (
          <Radio
            key={role}
            value={role}
            label={t(`communityRole.${role}`)}
            description={
              <Text span size="sm">
                {t(`communityRoleHelp.${role}`)}
              </Text>
            }
          />
        ))}
      </Stack>
    </Radio.Group>
  );
}

export function SectorField({
  value,
  onChange,
}: {
  value: string;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation('accounts');
  return (
    <NativeSelect
      id="sector"
      label={t('signUp.sector')}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      data={[
        { value: '', label: t('signUp.sectorNone') },
        ...Object.values(Sector).map((s) => ({ value: s, label: t(`sector.${s}`) })),
      ]}
    />
  );
}

export function LocaleField({
  value,
  onChange,
}: {
  value: string;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation('accounts');
  return (
    <NativeSelect
      id="locale"
      label={t('signUp.locale')}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      data={[
        { value: 'fr', label: 'Français' },
        { value: 'en', label: 'English' },
      ]}
    />
  );
}
