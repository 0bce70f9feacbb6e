import { useQuery } from '@apollo/client/react';
import { graphql } from '../../generated';

/** What the web app needs of the configuration: map tiles and the upload size limit. */
export const platformSettingsQuery = graphql(`
  query PlatformSettings {
    platformSettings {
      mapTileUrl
      uploadMaxBytes
    }
  }
`);

// When the settings cannot be read, the server still enforces its own limit.
const FALLBACK_UPLOAD_MAX = 10 * 1024 * 1024;

/** The largest upload the server takes, to refuse bigger files before sending them. */
export function useUploadMaxBytes(): number {
  const { data } = useQuery(platformSettingsQuery);
  return data?.platformSettings.uploadMaxBytes ?? FALLBACK_UPLOAD_MAX;
}
