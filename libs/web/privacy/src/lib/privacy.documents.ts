import { graphql } from '@wide-open/web/data-access';

export const dataExportFieldsFragment = graphql(`
  fragment DataExportFields on DataExport {
    id
    status
    progress
    createdAt
    readyAt
    expiresAt
    bytes
    downloadUrl
  }
`);

export const myDataExportsQuery = graphql(`
  query MyDataExports {
    myDataExports {
      ...DataExportFields
    }
  }
`);

export const requestDataExportMutation = graphql(`
  mutation RequestDataExport {
    requestDataExport {
      ...DataExportFields
    }
  }
`);

export const deleteAccountMutation = graphql(`
  mutation DeleteAccount($password: String!) {
    deleteAccount(password: $password)
  }
`);
