import { Transform } from 'class-transformer';

/** class-transformer helpers: inputs are normalised before they are validated. */
export const trimmed = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim() : value;

export const lowerTrim = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;

/** Trims strings; turns blank ones into null so "clear this field" is an empty input. */
export const TrimToNull = () =>
  Transform(({ value }: { value: unknown }) => {
    if (typeof value !== 'string') return value;
    const trimmed = value.trim();
    return trimmed === '' ? null : trimmed;
  });

/** Normalises a tag list: trimmed, lower-case, single spaces, no duplicates, no blanks. */
export const NormaliseTags = () =>
  Transform(({ value }: { value: unknown }) =>
    Array.isArray(value)
      ? [
          ...new Set(
            (value as unknown[])
              .map((t) => (typeof t === 'string' ? t.trim().toLowerCase().replace(/\s+/g, ' ') : t))
              .filter((t) => t !== ''),
          ),
        ]
      : value,
  );

export const UpperCase = () =>
  Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.trim().toUpperCase() : value,
  );
