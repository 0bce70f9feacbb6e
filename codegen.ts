// GraphQL Code Generator: typed documents for the web app from the API's printed schema.
// `nx run web-data-access:codegen` prints the schema first; the output is rebuilt, never edited.
import type { CodegenConfig } from '@graphql-codegen/cli';

const sharedEnums = [
  'MemberStatus',
  'MemberRole',
  'CommunityRole',
  'Sector',
  'PlaceKind',
  'PlaceStatus',
  'Challenge',
  'NotificationType',
  'NotificationDelivery',
  'StoryStatus',
];

const config: CodegenConfig = {
  schema: 'dist/schema.graphql',
  documents: [
    'libs/web/*/src/**/*.{ts,tsx}',
    '!libs/web/data-access/src/generated/**',
    '!libs/web/**/*.spec.{ts,tsx}',
  ],
  ignoreNoDocuments: false,
  generates: {
    'libs/web/data-access/src/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false, gqlTagName: 'graphql' },
      config: {
        useTypeImports: true,
        strictScalars: true,
        // JSON (notification payloads) is read through type guards, never trusted as a shape.
        scalars: { DateTime: 'string', JSON: 'unknown' },
        // The web app compares against the shared enums, so the generated types reuse them.
        enumValues: Object.fromEntries(
          sharedEnums.map((name) => [name, `@wide-open/shared/contracts#${name}`]),
        ),
      },
    },
  },
};

export default config;
