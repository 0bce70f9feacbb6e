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
