// The documents live with the case-summary lib's own specs; e2e specs use the same ones.
export * from '../../libs/case-summary/src/testing/case-summary-fixtures';
