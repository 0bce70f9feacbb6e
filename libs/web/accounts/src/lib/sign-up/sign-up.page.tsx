import { useMutation } from '@apollo/client/react';
import {
  Anchor,
  Button,
  Container,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { ErrorCode, Limits, type CommunityRole, type Sector } from '@wide-open/shared/contracts';
import {
  currentLanguage,
  errorCode,
  fieldErrors,
  retryAfterSeconds,
  useRefreshSession,
} from '@wide-open/web/data-access';
import { characterCount, FormErrorSummary, PageHeading } from '@wide-open/web/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { registerMutation } from '../accounts.documents';
import { CommunityRoleField, LocaleField, SectorField } from './sign-up-fields';
import { type SignUpField, type SignUpValues, validateSignUp } from './sign-up.validation';

const fieldOrder: SignUpField[] = [
  'displayName',
  'email',
  'password',
  'communityRole',
  'sector',
  'motivation',
  'locale',
];

/** The application form: everything a moderator needs to decide, with the server's limits. */
export function SignUpPage() {
  const { t, i18n } = useTranslation('accounts');
  const navigate = useNavigate();
  const refreshSession = useRefreshSession();
  const [register, { loading }] = useMutation(registerMutation);
  const [values, setValues] = useState<SignUpValues>({
    displayName: '',
    email: '',
    password: '',
    communityRole: '',
    sector: '',
    motivation: '',
    locale: currentLanguage(i18n),
  });
  const [errors, setErrors] = useState<Partial<Record<SignUpField, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);

  const set =
    <K extends SignUpField>(key: K) =>
    (value: SignUpValues[K]) => {
      setValues((v) => ({ ...v, [key]: value }));
    };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormError(null);
    const found = validateSignUp(values, t);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    try {
      await register({
        variables: {
          input: {
            displayName: values.displayName.trim(),
            email: values.email.trim(),
            password: values.password,
            communityRole: values.communityRole as CommunityRole,
            sector: values.sector ? values.sector : null,
            motivation: values.motivation.trim(),
            locale: values.locale,
          },
        },
      });
      await refreshSession();
      await navigate('/application');
    } catch (error) {
      const fromServer = fieldErrors(error);
      const known = Object.fromEntries(
        Object.entries(fromServer).filter(([field]) => fieldOrder.includes(field as SignUpField)),
      );
      setErrors(known);
      const code = errorCode(error);
      if (code === ErrorCode.CONFLICT && !known['email']) setFormError(t('signUp.emailTaken'));
      else if (code === ErrorCode.RATE_LIMITED) {
        const minutes = Math.max(1, Math.ceil((retryAfterSeconds(error) ?? 60) / 60));
        setFormError(t('signUp.rateLimited', { minutes }));
      } else if (!code) setFormError(t('signUp.network'));
      else if (Object.keys(known).length === 0) setFormError(t('signUp.failed'));
    }
  };

  const summary = Object.fromEntries(
    fieldOrder.flatMap((field) => (errors[field] ? [[field, errors[field]]] : [])),
  );
  const motivationCount = characterCount(values.motivation.trim());

  return (
    <Container size="sm">
      <Stack gap="md">
        <PageHeading title={t('signUp.title')} />
        <Text>{t('signUp.intro')}</Text>
        <FormErrorSummary message={formError} fields={summary} />
        <form noValidate onSubmit={(event) => void onSubmit(event)}>
          <Stack gap="md">
            <TextInput
              id="displayName"
              label={t('signUp.displayName')}
              autoComplete="name"
              required
              value={values.displayName}
              onChange={(e) => set('displayName')(e.currentTarget.value)}
              error={errors.displayName}
            />
            <TextInput
              id="email"
              type="email"
              label={t('signUp.email')}
              autoComplete="email"
              required
              value={values.email}
              onChange={(e) => set('email')(e.currentTarget.value)}
              error={errors.email}
            />
            <PasswordInput
              id="password"
              label={t('signUp.password')}
              description={t('signUp.passwordRules', Limits.password)}
              autoComplete="new-password"
              required
              value={values.password}
              onChange={(e) => set('password')(e.currentTarget.value)}
              error={errors.password}
            />
            <CommunityRoleField
              value={values.communityRole}
              error={errors.communityRole}
              onChange={(v) => set('communityRole')(v as CommunityRole)}
            />
            <SectorField value={values.sector} onChange={(v) => set('sector')(v as Sector | '')} />
            <Textarea
              id="motivation"
              label={t('signUp.motivation')}
              description={`${t('signUp.motivationHelp', Limits.motivation)} ${t('ui:characterCount', { count: motivationCount, max: Limits.motivation.max })}`}
              required
              autosize
              minRows={5}
              value={values.motivation}
              onChange={(e) => set('motivation')(e.currentTarget.value)}
              error={errors.motivation}
            />
            <LocaleField
              value={values.locale}
              onChange={(v) => set('locale')(v === 'fr' ? 'fr' : 'en')}
            />
            <Button type="submit" loading={loading} size="md">
              {t('signUp.submit')}
            </Button>
            <Text size="sm">
              {t('signUp.haveAccount')}{' '}
              <Anchor component={Link} to="/sign-in">
                {t('signIn.submit')}
              </Anchor>
            </Text>
          </Stack>
        </form>
      </Stack>
    </Container>
  );
}
