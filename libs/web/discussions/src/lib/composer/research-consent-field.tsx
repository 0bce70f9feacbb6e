import { Checkbox } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Opt-in, unticked by default, with what it means spelled out beside it. */
export function ResearchConsentField({
  checked,
  onChange,
}: {
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const { t } = useTranslation('discussions');
  return (
    <Checkbox
      checked={checked}
      onChange={(event) => onChange(event.currentTarget.checked)}
      label={t('composer.researchConsent')}
      description={t('composer.researchConsentHelp')}
    />
  );
}
