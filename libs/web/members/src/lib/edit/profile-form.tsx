import { useMutation } from '@apollo/client/react';
import { Button, NativeSelect, Stack, TagsInput, Textarea, TextInput } from '@mantine/core';
import { CommunityRole, ErrorCode, Limits, Sector, TagKind } from '@wide-open/shared/contracts';
import { errorCode, fieldErrors, type MemberProfileFragment } from '@wide-open/web/data-access';
import { characterCount, CountrySelect, FormErrorSummary, languageName } from '@wide-open/web/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { updateProfileMutation } from '../members.documents';
import { COMMON_LANGUAGES } from '../tags/common-languages';
import { TagsField } from '../tags/tags-field';
import { type AvatarChange, AvatarField } from './avatar-field';
import {
  isProfileField,
  type ProfileField,
  profileFieldOrder,
  profileInput,
  profileValues,
  type ProfileValues,
} from './profile-values';

export interface ProfileFormProps {
  member: MemberProfileFragment;
  uploadMaxBytes: number;
  onSaved: (member: MemberProfileFragment) => void;
}

/** The signed-in member's profile; the server's per-field messages land on their fields. */
export function ProfileForm({ member, uploadMaxBytes, onSaved }: ProfileFormProps) {
  const { t, i18n } = useTranslation('members');
  const lang = i18n.resolvedLanguage ?? 'en';
  const [values, setValues] = useState<ProfileValues>(() => profileValues(member));
  const [avatar, setAvatar] = useState<AvatarChange>({ kind: 'unchanged' });
  const [errors, setErrors] = useState<Partial<Record<ProfileField, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [update, { loading }] = useMutation(updateProfileMutation);

  const set =
    <K extends keyof ProfileValues>(key: K) =>
    (value: ProfileValues[K]) =>
      setValues((v) => ({ ...v, [key]: value }));

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormError(null);
    setErrors({});
    try {
      const { data } = await update({ variables: { input: profileInput(values, avatar) } });
      if (data) onSaved(data.updateProfile);
    } catch (error) {
      // `skills.2` or `links[0]` point at one item: the message belongs to the whole field.
      const found: Partial<Record<ProfileField, string>> = {};
      for (const [key, message] of Object.entries(fieldErrors(error))) {
        const field = key.split(/[.[]/)[0] ?? key;
        if (isProfileField(field)) found[field] ??= message;
      }
      const code = errorCode(error);
      if (code === ErrorCode.CONFLICT && !found.handle) found.handle = t('edit.handleTaken');
      setErrors(found);
      if (!code) setFormError(t('edit.network'));
      else if (Object.keys(found).length === 0) setFormError(t('edit.failed'));
    }
  };

  const summary = Object.fromEntries(
    profileFieldOrder.flatMap((field) => (errors[field] ? [[field, errors[field]]] : [])),
  );
  const languageOptions = COMMON_LANGUAGES.map((code) => ({
    value: code,
    label: languageName(code, lang),
  }));

  return (
    <Stack gap="md">
      <FormErrorSummary message={formError} fields={summary} />
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        <Stack gap="md">
          <AvatarField
            name={values.displayName}
            currentUrl={member.avatarUrl}
            maxBytes={uploadMaxBytes}
            onChange={setAvatar}
            error={errors.avatarId}
          />
          <TextInput
            id="displayName"
            label={t('edit.displayName')}
            autoComplete="name"
            required
            maxLength={Limits.displayName.max}
            value={values.displayName}
            onChange={(e) => set('displayName')(e.currentTarget.value)}
            error={errors.displayName}
          />
          <TextInput
            id="handle"
            label={t('edit.handle')}
            description={t('edit.handleHelp')}
            required
            autoCapitalize="none"
            spellCheck={false}
            maxLength={Limits.handle.max}
            value={values.handle}
            onChange={(e) => set('handle')(e.currentTarget.value)}
            error={errors.handle}
          />
          <TextInput
            id="headline"
            label={t('edit.headline')}
            description={t('edit.headlineHelp')}
            maxLength={Limits.profile.headline}
            value={values.headline}
            onChange={(e) => set('headline')(e.currentTarget.value)}
            error={errors.headline}
          />
          <NativeSelect
            id="communityRole"
            label={t('edit.whoYouAre')}
            value={values.communityRole}
            onChange={(e) => set('communityRole')(e.currentTarget.value as CommunityRole)}
            data={Object.values(CommunityRole).map((role) => ({
              value: role,
              label: t(`accounts:communityRole.${role}`),
            }))}
            error={errors.communityRole}
          />
          <NativeSelect
            id="sector"
            label={t('edit.sector')}
            value={values.sector}
            onChange={(e) => set('sector')(e.currentTarget.value as Sector | '')}
            data={[
              { value: '', label: t('edit.sectorNone') },
              ...Object.values(Sector).map((s) => ({ value: s, label: t(`accounts:sector.${s}`) })),
            ]}
            error={errors.sector}
          />
          <TextInput
            id="city"
            label={t('edit.city')}
            autoComplete="address-level2"
            maxLength={Limits.profile.city}
            value={values.city}
            onChange={(e) => set('city')(e.currentTarget.value)}
            error={errors.city}
          />
          <CountrySelect
            id="country"
            label={t('edit.country')}
            emptyLabel={t('edit.countryNone')}
            value={values.country}
            onChange={set('country')}
            error={errors.country}
          />
          <TagsInput
            id="languages"
            label={t('edit.languages')}
            description={t('edit.languagesHelp')}
            data={languageOptions}
            value={values.languages}
            onChange={set('languages')}
            maxTags={Limits.profile.languages}
            error={errors.languages}
          />
          <TagsField
            id="skills"
            kind={TagKind.SKILL}
            label={t('edit.skills')}
            description={t('edit.skillsHelp')}
            value={values.skills}
            onChange={set('skills')}
            error={errors.skills}
          />
          <TagsField
            id="interests"
            kind={TagKind.INTEREST}
            label={t('edit.interests')}
            description={t('edit.interestsHelp')}
            value={values.interests}
            onChange={set('interests')}
            error={errors.interests}
          />
          <Textarea
            id="links"
            label={t('edit.links')}
            description={t('edit.linksHelp', { max: Limits.profile.links })}
            autosize
            minRows={2}
            value={values.links}
            onChange={(e) => set('links')(e.currentTarget.value)}
            error={errors.links}
          />
          <Textarea
            id="bio"
            label={t('edit.bio')}
            description={`${t('edit.bioHelp')} ${t('ui:characterCount', { count: characterCount(values.bio), max: Limits.profile.bio })}`}
            autosize
            minRows={5}
            value={values.bio}
            onChange={(e) => set('bio')(e.currentTarget.value)}
            error={errors.bio}
          />
          <NativeSelect
            id="locale"
            label={t('edit.locale')}
            value={values.locale}
            onChange={(e) => set('locale')(e.currentTarget.value)}
            data={[
              { value: 'fr', label: 'Français' },
              { value: 'en', label: 'English' },
            ]}
            error={errors.locale}
          />
          <Button type="submit" loading={loading} size="md" w="fit-content">
            {t('edit.save')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
