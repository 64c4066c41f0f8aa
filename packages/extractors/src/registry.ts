import { awardExtractor } from './award/index.js';
import type { Extractor } from './contract.js';
import { eventExtractor } from './event/index.js';
import { membershipExtractor } from './membership/index.js';
import { officialExtractor } from './official/index.js';
import { orgStatExtractor } from './org-stat/index.js';
import { participationExtractor } from './participation/index.js';
import { quantityExtractor } from './quantity/index.js';
import { ratingExtractor } from './rating/index.js';
import { referenceExtractor } from './reference/index.js';
import { targetExtractor } from './target/index.js';

/**
 * The built-in extractors, by hand. Priority decides who runs first and so who takes a number that two
 * want (a target item's "140 - 150 đảng viên" is not an admission); the order here breaks ties. Adding an
 * extractor is adding its folder and one line here.
 */
export const builtinExtractors: readonly Extractor[] = [
  targetExtractor, // 10
  awardExtractor, // 20
  ratingExtractor, // 30
  participationExtractor, // 35
  membershipExtractor, // 40
  referenceExtractor, // 50
  officialExtractor, // 60
  orgStatExtractor, // 60
  eventExtractor, // 70
  quantityExtractor, // 1000: the numbers nobody took
];
