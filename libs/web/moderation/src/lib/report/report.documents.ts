import { graphql } from '@wide-open/web/data-access';

export const reportContentMutation = graphql(`
  mutation ReportContent($input: ReportInput!) {
    reportContent(input: $input) {
      id
      status
    }
  }
`);
