/** The contract's own fields per record type, in column order (the common fields are not listed). */
export const recordFields: Record<string, string[]> = {
  document: ['title', 'publishedAt', 'source', 'author', 'organization', 'province', 'chars', 'encoding', 'warnings'],
  event: ['date', 'partOfDay', 'kind', 'activities', 'period', 'organizer', 'inferred'],
  official: ['name', 'titles'],
  membership: ['organization', 'action', 'count', 'target', 'percentOfTarget', 'period'],
  rating: ['organization', 'subject', 'level', 'count', 'total', 'percent', 'orAbove', 'period'],
  target: ['organization', 'index', 'text', 'period', 'values'],
  reference: ['kind', 'symbol', 'number', 'date', 'issuer', 'term', 'name'],
  orgStat: ['organization', 'entity', 'count', 'asOf'],
  participation: ['organization', 'sessions', 'attended', 'total', 'percent', 'topic'],
  award: ['organization', 'form', 'count', 'recipients', 'title', 'period'],
  quantity: ['value', 'unit', 'kind', 'qualifier'],
  error: ['code', 'message'],
};
